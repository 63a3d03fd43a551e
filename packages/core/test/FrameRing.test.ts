import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Fiber, Schema } from "effect"
import { FrameRing } from "../src/FrameRing.ts"

const Op = Schema.Struct({
  kind: Schema.Literals(["write", "take", "latest"]),
  reader: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 2 }))
})

/**
 * The oracle, stated differently from the ring: the ring holds the last `capacity` frames written;
 * a reader takes the oldest held frame newer than what it last saw (or, for `latest`, the newest).
 */
const model = (capacity: number, readers: number) => {
  const written: Array<number> = []
  const lastSeen = Array.from({ length: readers }, () => -1)
  const joinedAt = Array.from({ length: readers }, () => -1)
  return {
    write: (seq: number) => written.push(seq),
    read: (reader: number, latest: boolean): number | undefined => {
      const held = written.slice(-capacity).filter((seq) =>
        seq > Math.max(lastSeen[reader] ?? -1, joinedAt[reader] ?? -1)
      )
      const pick = latest ? held[held.length - 1] : held[0]
      if (pick !== undefined) lastSeen[reader] = pick
      return pick
    }
  }
}

describe("FrameRing", () => {
  it.prop("matches the drop-oldest broadcast model under random writes and reads", {
    capacity: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 6 })),
    ops: Schema.Array(Op)
  }, ({ capacity, ops }) => {
    const ring = new FrameRing<number, never>(capacity)
    const readers = [ring.reader(), ring.reader(), ring.reader()]
    const oracle = model(capacity, readers.length)
    let seq = 0
    for (const op of ops) {
      if (op.kind === "write") {
        ring.write(seq)
        oracle.write(seq)
        seq++
        continue
      }
      const reader = readers[op.reader]!
      const expected = oracle.read(op.reader, op.kind === "latest")
      if (ring.available(reader) === 0) {
        expect(expected).toBeUndefined()
      } else {
        const got = Effect.runSync(op.kind === "latest" ? ring.takeLatest(reader) : ring.take(reader))
        expect(got).toBe(expected)
      }
    }
  }, { arbitrary: { size: 80, runs: 300 } })

  it.effect("a reader waits for the next write, then drains and ends after end()", () =>
    Effect.gen(function*() {
      const ring = new FrameRing<string, string>(4)
      const reader = ring.reader()
      const waiting = yield* Effect.forkChild(ring.take(reader))
      yield* Effect.yieldNow
      ring.write("a")
      ring.write("b")
      ring.end()
      expect(yield* Fiber.join(waiting)).toBe("a")
      expect(yield* ring.take(reader)).toBe("b")
      const end = yield* Effect.exit(ring.take(reader))
      expect(Exit.isFailure(end) && Cause.hasFails(end.cause)).toBe(true)
      ring.write("ignored")
      expect(ring.written).toBe(2)
    }))

  it.effect("fail() fails readers after what they hold; closeReader ends one reader only", () =>
    Effect.gen(function*() {
      const ring = new FrameRing<number, string>(2)
      const a = ring.reader()
      const b = ring.reader()
      ring.write(1)
      ring.closeReader(b)
      ring.fail("boom")
      expect(yield* ring.take(a)).toBe(1)
      expect(yield* Effect.flip(ring.take(a))).toBe("boom")
      const closed = yield* Effect.exit(ring.take(b))
      expect(Exit.isFailure(closed)).toBe(true)
    }))

  it.effect("a reader created after writes sees none of them", () =>
    Effect.gen(function*() {
      const ring = new FrameRing<number, never>(8)
      ring.write(1)
      const late = ring.reader()
      expect(ring.available(late)).toBe(0)
      ring.write(2)
      expect(yield* ring.take(late)).toBe(2)
    }))
})
