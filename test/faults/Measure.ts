/**
 * Measuring helpers for fault and load tests: a pusher that counts every outcome, a receiver that records
 * sequence numbers with arrival times, bounded polling.
 */
import type { DataTrackFrame, LocalDataTrack, RoomEvent, RoomShape } from "@effect-livekit/core"
import { Effect, Stream } from "effect"
import type { Scope } from "effect"
import { availableParallelism, loadavg } from "node:os"
import { seqFrame, seqOf } from "../contract/Harness.ts"

/** Wall-clock milliseconds (the tests run with live services). */
export const now = (): number => performance.now()

export interface PushCounts {
  next: number
  ok: number
  /** failures by error tag */
  readonly failed: Record<string, number>
  /** sequence numbers the core accepted */
  readonly okSeqs: Set<number>
  /** when each accepted frame was pushed */
  readonly pushedAt: Map<number, number>
  readonly startedAt: number
}

/**
 * Pushes sequence-numbered frames on a fixed schedule (frame i at start + i * intervalMs, so timer jitter does not
 * lower the rate) until the scope closes or `count` frames were pushed; never fails, counts every outcome.
 */
export const countingPusher = Effect.fnUntraced(function*(
  track: LocalDataTrack.LocalDataTrack,
  options: { readonly intervalMs: number; readonly size?: number; readonly count?: number }
) {
  const counts: PushCounts = {
    next: 0,
    ok: 0,
    failed: {},
    okSeqs: new Set(),
    pushedAt: new Map(),
    startedAt: now()
  }
  yield* Effect.gen(function*() {
    const seq = counts.next++
    const at = now()
    yield* track.tryPush(seqFrame(seq, options.size ?? 64)).pipe(
      Effect.match({
        onSuccess: () => {
          counts.ok++
          counts.okSeqs.add(seq)
          counts.pushedAt.set(seq, at)
        },
        onFailure: (error) => {
          counts.failed[error._tag] = (counts.failed[error._tag] ?? 0) + 1
        }
      })
    )
    const due = counts.startedAt + counts.next * options.intervalMs
    yield* Effect.sleep(Math.max(0, due - now()))
  }).pipe(
    Effect.repeat({ while: () => options.count === undefined || counts.next < options.count }),
    Effect.forkScoped
  )
  return counts
})

/** Delivery of the frames the core accepted from `fromSeq` on (frames before a subscription exists are lost). */
export const delivery = (
  pushed: PushCounts,
  received: { readonly seqs: ReadonlyArray<number> },
  fromSeq: number,
  toSeq = Number.POSITIVE_INFINITY
) => {
  const got = new Set(received.seqs)
  let expected = 0
  let delivered = 0
  for (const seq of pushed.okSeqs) {
    if (seq < fromSeq || seq > toSeq) continue
    expected++
    if (got.has(seq)) delivered++
  }
  return { expected, delivered, ratio: expected === 0 ? 1 : delivered / expected }
}

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

/** Polls `condition` until it holds or `withinMs` passed; whether it held. */
export const poll = (withinMs: number, condition: () => boolean, everyMs = 10): Effect.Effect<boolean> =>
  Effect.gen(function*() {
    const deadline = now() + withinMs
    while (!condition()) {
      if (now() > deadline) return false
      yield* Effect.sleep(everyMs)
    }
    return true
  })

/** The accepted frames from `fromSeq` on that did not arrive, as ranges `a-b`. */
export const missingRanges = (
  pushed: PushCounts,
  received: { readonly seqs: ReadonlyArray<number> },
  fromSeq: number,
  limit = 10
): Array<string> => {
  const got = new Set(received.seqs)
  const missing = [...pushed.okSeqs].filter((s) => s >= fromSeq && !got.has(s)).toSorted((a, b) => a - b)
  const ranges: Array<string> = []
  let start = missing[0]
  for (let i = 1; i <= missing.length && start !== undefined; i++) {
    const prev = missing[i - 1] as number
    const cur = missing[i]
    if (cur !== prev + 1) {
      ranges.push(start === prev ? `${start}` : `${start}-${prev}`)
      start = cur
    }
  }
  return ranges.slice(0, limit)
}

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

/** p50 / p99 / max one-way latency (same process: push call to read) of the frames received. */
export const latency = (pushed: PushCounts, received: Received) => {
  const samples: Array<number> = []
  received.seqs.forEach((seq, i) => {
    const sent = pushed.pushedAt.get(seq)
    const at = received.at[i]
    if (sent !== undefined && at !== undefined) samples.push(at - sent)
  })
  samples.sort((a, b) => a - b)
  const q = (p: number) =>
    samples.length === 0 ? 0 : samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? 0
  return { p50: Number(q(0.5).toFixed(1)), p99: Number(q(0.99).toFixed(1)), max: Number(q(1).toFixed(1)) }
}

/**
 * Whether other processes compete for the CPU (load average above the core count): the Rust clients then miss
 * deadlines of their own (frames dropped, 5 s request timeouts), and bars measure the machine, not the SDK.
 */
export const machineContended = (): { readonly load: number; readonly contended: boolean } => {
  const load = loadavg()[0] ?? 0
  return { load: Number(load.toFixed(2)), contended: load > availableParallelism() }
}
