import { describe, expect, it } from "@effect/vitest"
import { Clock, Effect, Fiber, Schema } from "effect"
import { TestClock } from "effect/testing"
import { DataTrackFrame } from "../src/DataTrackFrame.ts"
import * as SendPacer from "../src/SendPacer.ts"

const options: SendPacer.PacerOptions = { msPerPacket: 6, minGapMs: 2, margin: 0.5 }

const frameOf = (bytes: number) => new DataTrackFrame({ payload: new Uint8Array(bytes) })

/**
 * A model of the core's send path: one frame in flight, one waiting slot, a newer frame evicts the waiting one.
 * A frame holds the transport for `rounds * msPerPacket * (1 + slowdown)` ms (a frame the channel takes at once
 * holds it for `minGapMs`, the sender's hop). Returns the indexes of the evicted frames.
 */
const evictions = (
  pushes: ReadonlyArray<{ readonly at: number; readonly bytes: number }>,
  slowdown: number
): Array<number> => {
  const holdMs = (bytes: number) =>
    (bytes <= 8 * 1024
      ? options.minGapMs
      : SendPacer.packetsOf(frameOf(bytes)) * options.msPerPacket) * (1 + slowdown)
  const evicted: Array<number> = []
  let busyUntil = Number.NEGATIVE_INFINITY
  let waiting: number | undefined
  pushes.forEach(({ at, bytes }, i) => {
    if (waiting !== undefined && busyUntil <= at) {
      busyUntil += holdMs(pushes[waiting]!.bytes)
      waiting = undefined
    }
    if (busyUntil <= at) busyUntil = at + holdMs(bytes)
    else {
      if (waiting !== undefined) evicted.push(waiting)
      waiting = i
    }
  })
  return evicted
}

const sizes = Schema.Array(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 400_000 })))

describe("SendPacer", () => {
  it.effect.prop(
    "paced pushes are never evicted by a transport up to the margin slower than booked",
    { bytes: sizes, slowdown: Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 0.5 })) },
    ({ bytes, slowdown }) =>
      Effect.gen(function*() {
        const pacer = yield* SendPacer.make(options)
        const pushes: Array<{ at: number; bytes: number }> = []
        const fiber = yield* Effect.forEach(bytes, (size) =>
          pacer.paced(
            frameOf(size),
            Effect.map(Clock.currentTimeMillis, (at) => void pushes.push({ at, bytes: size }))
          )).pipe(Effect.forkChild)
        yield* TestClock.adjust(bytes.length * 10_000)
        yield* Fiber.join(fiber)
        expect(pushes.map((p) => p.bytes)).toEqual(bytes)
        expect(evictions(pushes, slowdown)).toEqual([])
      }),
    { arbitrary: { size: 40, runs: 200 } }
  )

  it("frames pushed back to back lose all but the first and the last to the same model", () => {
    const pushes = [20_000, 300, 300, 300].map((bytes) => ({ at: 0, bytes }))
    expect(evictions(pushes, 0)).toEqual([1, 2])
  })

  it.effect("tryPush books: a paced push after it waits for its packets", () =>
    Effect.gen(function*() {
      const pacer = yield* SendPacer.make(options)
      yield* pacer.book(frameOf(3 * 15_976))
      const fiber = yield* pacer.paced(frameOf(10), Clock.currentTimeMillis.pipe(Effect.asVoid)).pipe(
        Effect.andThen(Clock.currentTimeMillis),
        Effect.forkChild
      )
      yield* TestClock.adjust(26)
      expect(fiber.pollUnsafe()).toBeUndefined()
      yield* TestClock.adjust(1)
      expect(yield* Fiber.join(fiber)).toBe(27)
    }))
})
