import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Stream } from "effect"
import { TestClock } from "effect/testing"
import * as Ticker from "../src/Ticker.ts"

/** Runs `ticks` with a consumer that works `workMs` (of test clock) per tick, for `seconds` of test clock. */
const countFor = (ticks: Stream.Stream<number>, seconds: number, workMs: (n: number) => number) =>
  Effect.gen(function*() {
    const seen: Array<number> = []
    const fiber = yield* ticks.pipe(
      Stream.runForEach((n) =>
        Effect.andThen(
          Effect.sync(() => seen.push(n)),
          workMs(n) > 0 ? Effect.sleep(workMs(n)) : Effect.void
        )
      ),
      Effect.forkChild
    )
    // step the clock a millisecond at a time, as real time would pass
    for (let t = 0; t < seconds * 1000; t++) yield* TestClock.adjust("1 millis")
    yield* Fiber.interrupt(fiber)
    return seen
  })

describe("Ticker.every", () => {
  it.effect("gives rate x seconds ticks, tick n at n / rate, while the consumer works part of each period", () =>
    Effect.gen(function*() {
      const seen = yield* countFor(Ticker.every(100), 10, () => 4)
      // ticks 0..1000 fall within [0, 10 s]; Stream.tick would have given 1 + 10,000 / (10 + 4) = 715
      assert.strictEqual(seen.length, 1001)
      assert.deepStrictEqual(seen, Array.from({ length: 1001 }, (_, i) => i))
    }))

  it.effect("catches up with the ticks a stalled consumer missed", () =>
    Effect.gen(function*() {
      // tick 10 takes 300 ms: ticks 11..40 are late and come at once after it
      const seen = yield* countFor(Ticker.every(100), 2, (n) => (n === 10 ? 300 : 0))
      assert.strictEqual(seen.length, 201)
    }))

  it.effect("starts a new origin rather than bursting after a stall longer than MAX_BEHIND_MS", () =>
    Effect.gen(function*() {
      // tick 5 stalls 3 s: the ticks it missed are not replayed; afterwards the pace is 100 Hz again
      const seen = yield* countFor(Ticker.every(100), 5, (n) => (n === 5 ? 3000 : 0))
      // 0..5 before the stall (50 ms), then 1 + 100 per second over the remaining ~1.95 s
      assert.isAtLeast(seen.length, 6 + 190)
      assert.isAtMost(seen.length, 6 + 200)
    }))

  it.effect("dies on a rate that is not a positive finite number", () =>
    Effect.gen(function*() {
      for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        const exit = yield* Stream.runDrain(Stream.take(Ticker.every(rate), 1)).pipe(Effect.exit)
        assert.isTrue(exit._tag === "Failure")
      }
    }))
})
