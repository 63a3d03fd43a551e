/**
 * Measuring helpers for fault and load tests: a pusher that counts every outcome, a receiver that records
 * sequence numbers with arrival times, bounded polling.
 */
import type { DataTrackFrame, LocalDataTrack, RoomEvent, RoomShape } from "@effect-livekit/core"
import { Effect, Stream } from "effect"
import type { Scope } from "effect"
import { seqFrame, seqOf } from "../contract/Harness.ts"

/** Wall-clock milliseconds (the tests run with live services). */
export const now = (): number => performance.now()

export interface PushCounts {
  next: number
  ok: number
  /** failures by error tag */
  readonly failed: Record<string, number>
}

/** Pushes sequence-numbered frames every `intervalMs` until the scope closes; never fails, counts every outcome. */
export const countingPusher = Effect.fnUntraced(function*(
  track: LocalDataTrack.LocalDataTrack,
  options: { readonly intervalMs: number; readonly size?: number }
) {
  const counts: PushCounts = { next: 0, ok: 0, failed: {} }
  yield* Effect.gen(function*() {
    const seq = counts.next++
    yield* track.tryPush(seqFrame(seq, options.size ?? 64)).pipe(
      Effect.match({
        onSuccess: () => {
          counts.ok++
        },
        onFailure: (error) => {
          counts.failed[error._tag] = (counts.failed[error._tag] ?? 0) + 1
        }
      })
    )
    yield* Effect.sleep(options.intervalMs)
  }).pipe(Effect.forever, Effect.forkScoped)
  return counts
})

export interface Received {
  readonly seqs: Array<number>
  readonly at: Array<number>
  ended: boolean
  endedAt: number
  error: string | undefined
}

/** Runs a frame stream in the background, recording sequence numbers and arrival times. */
export const recordFrames = <E>(
  frames: Stream.Stream<DataTrackFrame, E>
): Effect.Effect<Received, never, Scope.Scope> =>
  Effect.gen(function*() {
    const received: Received = { seqs: [], at: [], ended: false, endedAt: 0, error: undefined }
    yield* frames.pipe(
      Stream.runForEach((frame) =>
        Effect.sync(() => {
          received.seqs.push(seqOf(frame))
          received.at.push(now())
        })
      ),
      Effect.matchCause({
        onSuccess: () => {
          received.ended = true
          received.endedAt = now()
        },
        onFailure: (cause) => {
          received.ended = true
          received.endedAt = now()
          received.error = String(cause)
        }
      }),
      Effect.forkScoped
    )
    return received
  })

export interface TimedEvent {
  readonly at: number
  readonly event: RoomEvent
}

/** Records a room's events from now on. */
export const recordEvents = (room: RoomShape): Effect.Effect<Array<TimedEvent>, never, Scope.Scope> =>
  Effect.gen(function*() {
    const events: Array<TimedEvent> = []
    yield* room.events.pipe(
      Stream.runForEach((event) => Effect.sync(() => events.push({ at: now(), event }))),
      Effect.forkScoped
    )
    return events
  })

/** Polls `condition` every `everyMs` until it holds; dies with `what` after `withinMs`. Returns the time it held. */
export const waitUntil = (what: string, withinMs: number, condition: () => boolean, everyMs = 10) =>
  Effect.gen(function*() {
    const deadline = now() + withinMs
    while (!condition()) {
      if (now() > deadline) return yield* Effect.die(new Error(`${what}: not within ${withinMs} ms`))
      yield* Effect.sleep(everyMs)
    }
    return now()
  })

/** Like {@link waitUntil} with an effectful condition. */
export const waitUntilEffect = <E, R>(what: string, withinMs: number, condition: Effect.Effect<boolean, E, R>) =>
  Effect.gen(function*() {
    const deadline = now() + withinMs
    while (!(yield* condition)) {
      if (now() > deadline) return yield* Effect.die(new Error(`${what}: not within ${withinMs} ms`))
      yield* Effect.sleep(10)
    }
    return now()
  })

/** Frames missing between the first and the last sequence number received (duplicates counted once). */
export const lost = (seqs: ReadonlyArray<number>, from = 0, to = Number.POSITIVE_INFINITY): number => {
  const inRange = seqs.filter((s) => s >= from && s <= to)
  if (inRange.length === 0) return 0
  const unique = new Set(inRange)
  const lo = Math.min(...unique)
  const hi = Math.max(...unique)
  return hi - lo + 1 - unique.size
}

export const ms = (value: number): string => `${Math.round(value)} ms`
