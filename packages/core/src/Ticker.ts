/**
 * Ticks at a fixed rate against deadlines, for publishers that push "R frames per second".
 *
 * `Stream.tick` waits a whole period after each element is pulled, so the consumer's work and every timer's lateness
 * add up: 100 Hz came out near 92 Hz. Here tick `n` is due at `origin + n / rateHz` on the Effect clock, whatever the
 * consumer did in between, so `R x S` ticks take `S` seconds. A consumer that falls behind gets the ticks it missed at
 * once; one more than {@link MAX_BEHIND_MS} late starts a new origin instead of a burst (a suspended laptop, a
 * debugger).
 *
 * @since 0.1.0
 */
import { Clock, Duration, Effect, Stream } from "effect"

/**
 * How late a tick may be and still be caught up with; later, the ticker starts over from it.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_BEHIND_MS = 1000

const nowMillis = Effect.map(Clock.currentTimeNanos, (nanos) => Number(nanos) / 1e6)

/**
 * The tick numbers 0, 1, 2, ... at `rateHz`, tick 0 at once. Dies with a `RangeError` when `rateHz` is not a positive
 * finite number.
 *
 * @since 0.1.0
 * @category constructors
 */
export const every = (rateHz: number): Stream.Stream<number> =>
  !(rateHz > 0 && Number.isFinite(rateHz))
    ? Stream.die(
      new RangeError(`Ticker.every: the rate must be a positive finite number of ticks per second, got ${rateHz}`)
    )
    : Stream.suspend(() => {
      const periodMs = 1000 / rateHz
      let origin: { readonly tick: number; readonly atMs: number } | undefined
      return Stream.mapEffect(Stream.iterate(0, (n) => n + 1), (n) =>
        Effect.gen(function*() {
          const now = yield* nowMillis
          if (origin === undefined) {
            origin = { tick: n, atMs: now }
            return n
          }
          const due = origin.atMs + (n - origin.tick) * periodMs
          if (due > now) yield* Effect.sleep(Duration.millis(due - now))
          else if (now - due > MAX_BEHIND_MS) origin = { tick: n, atMs: now }
          return n
        }))
    })
