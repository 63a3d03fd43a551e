/** Replays a Stream of timestamped items at the pace of their timestamps (scaled by `speed`), on the Effect clock. */
import { Clock, Effect, Stream } from "effect"

export interface PaceOptions<A> {
  /** The item's time in microseconds (any origin). */
  readonly timeOf: (item: A) => bigint
  /** 1 = real time, 2 = twice as fast; `Infinity` or 0 = as fast as the consumer pulls. */
  readonly speed?: number | undefined
}

/**
 * Emits each item when `speed`-scaled time since the first item has elapsed on the clock. A time that goes
 * backwards (a looped recording) starts a new origin; a slow consumer is never "caught up" with a burst.
 */
export const pace = <A, E, R>(stream: Stream.Stream<A, E, R>, options: PaceOptions<A>): Stream.Stream<A, E, R> => {
  const speed = options.speed ?? 1
  if (!(speed > 0) || speed === Number.POSITIVE_INFINITY) return stream
  return Stream.suspend(() => {
    let origin: { readonly item: bigint; readonly wallMillis: number } | undefined
    return Stream.mapEffect(stream, (item) =>
      Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        const time = options.timeOf(item)
        if (origin === undefined || time < origin.item) {
          origin = { item: time, wallMillis: now }
          return item
        }
        const due = origin.wallMillis + Number(time - origin.item) / 1000 / speed
        if (due > now) yield* Effect.sleep(due - now)
        else if (now - due > 1000) origin = { item: time, wallMillis: now } // fell behind by > 1 s: re-anchor
        return item
      }))
  })
}
