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

/**
 * The same send path with the count of packets handed to the network over time, as the transport reports it: the
 * sender takes a waiting frame `hopMs` after its push at the earliest and once the frame before is out; it hands a
 * frame the channel takes at once over whole, and a bigger one packet by packet, `msPerPacket` apart, then waits
 * `roundMs` for the channel to take the last packet. Records the indexes of the frames evicted.
 */
const modelTransport = (hopMs: number, msPerPacket: number, roundMs: number) => {
  let handed: Array<number> = []
  let busyUntil = Number.NEGATIVE_INFINITY
  let waiting: { readonly index: number; readonly pickup: number; readonly before: number } | undefined
  const evicted: Array<number> = []
  return {
    evicted,
    push: (at: number, bytes: number, index: number) => {
      if (waiting !== undefined && waiting.pickup > at) {
        const pickup = waiting.pickup
        evicted.push(waiting.index)
        handed = handed.filter((t) => t < pickup)
        busyUntil = waiting.before
      }
      const before = busyUntil
      const pickup = Math.max(at + hopMs, busyUntil)
      if (bytes <= 8 * 1024) {
        handed.push(pickup)
        busyUntil = pickup
      } else {
        const packets = SendPacer.packetsOf(frameOf(bytes))
        for (let k = 0; k < packets; k++) handed.push(pickup + k * msPerPacket)
        busyUntil = pickup + (packets - 1) * msPerPacket + roundMs
      }
      waiting = { index, pickup, before }
    },
    packetsSent: Effect.map(Clock.currentTimeMillis, (now) => handed.filter((t) => t <= now).length)
  }
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

  it.effect.prop(
    "with the transport's progress, paced pushes are never evicted, however slow the packets of a frame",
    {
      bytes: Schema.Array(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 200_000 }))),
      // the sender's hop and one round of the channel within what is booked for them (3 ms and 9 ms)
      hopMs: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3 })),
      roundMs: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 9 })),
      // a frame's packets up to 10 times slower than booked
      msPerPacket: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 90 }))
    },
    ({ bytes, hopMs, msPerPacket, roundMs }) =>
      Effect.gen(function*() {
        const transport = modelTransport(hopMs, msPerPacket, roundMs)
        const pacer = yield* SendPacer.make(options, transport)
        const pushed: Array<number> = []
        const fiber = yield* Effect.forEach(bytes, (size, i) =>
          pacer.paced(
            frameOf(size),
            Effect.map(Clock.currentTimeMillis, (at) => {
              transport.push(at, size, i)
              pushed.push(size)
            })
          )).pipe(Effect.forkChild)
        yield* TestClock.adjust(bytes.length * 2_000)
        yield* Fiber.join(fiber)
        expect(pushed).toEqual(bytes)
        expect(transport.evicted).toEqual([])
      }),
    { arbitrary: { size: 20, runs: 100 } }
  )

  it.effect("frames the core dropped are owed no longer once the count stops moving", () =>
    Effect.gen(function*() {
      const transport = modelTransport(0, 3, 3)
      const pacer = yield* SendPacer.make(options, transport)
      // tryPush back to back: the core keeps the first and the last, the 8 between are never sent
      for (let i = 0; i < 10; i++) {
        transport.push(0, 20_000, i)
        yield* pacer.book(frameOf(20_000))
      }
      expect(transport.evicted).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
      const fiber = yield* pacer.paced(frameOf(10), Effect.void).pipe(
        Effect.andThen(Clock.currentTimeMillis),
        Effect.forkChild
      )
      yield* TestClock.adjust(1_000)
      // the estimate books 10 frames of 2 packets (180 ms); the 4 packets sent are out by then, and the count stands
      // still from there on
      const doneAt = yield* Fiber.join(fiber)
      expect(doneAt).toBeGreaterThanOrEqual(180 + SendPacer.PROGRESS_STALL_MS)
      expect(doneAt).toBeLessThanOrEqual(180 + SendPacer.PROGRESS_STALL_MS + SendPacer.PROGRESS_POLL_MS)
    }))

  it.effect("a count lower than the last (a new transport after a reconnect) starts afresh", () =>
    Effect.gen(function*() {
      let sent = 0
      const pacer = yield* SendPacer.make({ msPerPacket: 0, minGapMs: 0, margin: 0 }, {
        packetsSent: Effect.sync(() => sent)
      })
      yield* pacer.book(frameOf(40_000))
      sent = 3
      yield* pacer.paced(frameOf(40_000), Effect.void)
      // 3 more packets are owed now, and the transport starts again from nothing
      sent = 1
      const fiber = yield* pacer.paced(frameOf(10), Effect.void).pipe(
        Effect.andThen(Clock.currentTimeMillis),
        Effect.forkChild
      )
      yield* TestClock.adjust(1)
      expect(yield* Fiber.join(fiber)).toBe(0)
    }))

  it.effect("a transport that cannot tell leaves the time estimate alone in charge", () =>
    Effect.gen(function*() {
      const pacer = yield* SendPacer.make(options, { packetsSent: Effect.succeed(undefined) })
      yield* pacer.book(frameOf(3 * 15_976))
      const fiber = yield* pacer.paced(frameOf(10), Effect.void).pipe(
        Effect.andThen(Clock.currentTimeMillis),
        Effect.forkChild
      )
      yield* TestClock.adjust(100)
      expect(yield* Fiber.join(fiber)).toBe(27)
    }))

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
