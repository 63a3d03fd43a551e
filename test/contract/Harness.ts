/**
 * What the contract suite needs from a backend: participants joining a fresh room, and helpers
 * that drive tracks the way applications do (sequence-numbered frames, bounded waits).
 */
import { DataTrackFrame } from "@effect-livekit/core"
import type { LocalDataTrack, RoomShape } from "@effect-livekit/core"
import { Context, Effect, Fiber, Option, Pull, Stream } from "effect"
import type { Scope } from "effect"

export interface Grants {
  readonly canPublishData?: boolean
  readonly canSubscribe?: boolean
}

/** Joins participants to one room; every call of `newRoom` gives a room no other test uses. */
export type Join = (identity: string, grants?: Grants) => Effect.Effect<RoomShape, unknown, Scope.Scope>

export class RoomHarness extends Context.Service<RoomHarness, {
  readonly name: string
  readonly newRoom: Effect.Effect<Join>
  /** Bound for things that take one network round trip on this backend. */
  readonly roundTripMs: number
}>()("test/RoomHarness") {}

/** A frame whose payload starts with a big-endian u32 sequence number. */
export const seqFrame = (seq: number, size = 16, userTimestamp?: bigint): DataTrackFrame => {
  const payload = new Uint8Array(Math.max(4, size))
  new DataView(payload.buffer).setUint32(0, seq)
  for (let i = 4; i < payload.length; i++) payload[i] = (seq + i) & 0xff
  return new DataTrackFrame(userTimestamp === undefined ? { payload } : { payload, userTimestamp })
}

export const seqOf = (frame: DataTrackFrame): number =>
  new DataView(frame.payload.buffer, frame.payload.byteOffset, frame.payload.byteLength).getUint32(0)

export type Next<A> =
  | { readonly _tag: "Item"; readonly value: A }
  | { readonly _tag: "End" }
  | { readonly _tag: "Timeout" }

/** Pulls a stream one element at a time, with a bound on every wait; failures propagate. */
export const puller = Effect.fnUntraced(function*<A, E>(stream: Stream.Stream<A, E>) {
  const pull = yield* Stream.toPull(stream)
  const buffered: Array<A> = []
  const next = (timeoutMs: number): Effect.Effect<Next<A>, E> => {
    const head = buffered.shift()
    if (head !== undefined) return Effect.succeed({ _tag: "Item", value: head })
    return pull.pipe(
      Effect.map((chunk): Next<A> => {
        buffered.push(...chunk)
        return { _tag: "Item", value: buffered.shift() as A }
      }),
      Pull.catchDone(() => Effect.succeed<Next<A>>({ _tag: "End" })),
      Effect.timeoutOption(timeoutMs),
      Effect.map(Option.getOrElse((): Next<A> => ({ _tag: "Timeout" })))
    )
  }
  /** Takes items until `count` arrived, the stream ended, or `idleMs` passed without one. */
  const collect = (count: number, idleMs: number) =>
    Effect.gen(function*() {
      const items: Array<A> = []
      while (items.length < count) {
        const item = yield* next(idleMs)
        if (item._tag !== "Item") return { items, last: item._tag }
        items.push(item.value)
      }
      return { items, last: "Item" as const }
    })
  return { next, collect }
})

/**
 * Pushes sequence-numbered frames every `intervalMs` until interrupted. Frames refused with
 * `BufferFull` are counted; other push failures stop the pusher (its fiber fails).
 */
export const startPusher = Effect.fnUntraced(function*(
  track: LocalDataTrack.LocalDataTrack,
  options: { readonly intervalMs: number; readonly size?: number; readonly from?: number }
) {
  const state = { next: options.from ?? 0, bufferFull: 0 }
  const fiber = yield* Effect.gen(function*() {
    while (true) {
      const seq = state.next
      yield* track.tryPush(seqFrame(seq, options.size)).pipe(
        Effect.catchTag("BufferFull", () => Effect.sync(() => state.bufferFull++))
      )
      state.next = seq + 1
      yield* Effect.sleep(options.intervalMs)
    }
  }).pipe(Effect.forkScoped)
  return { state, stop: Fiber.interrupt(fiber), fiber }
})

/**
 * Waits until frames flow from a pusher to a subscription (a frame pushed before the subscriber's
 * path exists is lost by design), and returns the first sequence number received.
 */
export const awaitFlow = <E>(
  next: (timeoutMs: number) => Effect.Effect<Next<DataTrackFrame>, E>,
  boundMs: number
) =>
  Effect.gen(function*() {
    const item = yield* next(boundMs)
    if (item._tag !== "Item") {
      return yield* Effect.die(new Error(`no frame arrived within ${boundMs} ms (${item._tag})`))
    }
    return seqOf(item.value)
  })

/** A new room with a publisher `robot` and a subscriber `human`, joined side by side. */
export const twoParticipants = Effect.gen(function*() {
  const harness = yield* RoomHarness
  const join = yield* harness.newRoom
  const [robot, human] = yield* Effect.all([join("robot"), join("human")], { concurrency: 2 })
  return { robot, human, join }
})
