import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Layer, Schema, Scope, Stream } from "effect"
import { DataTrackFrame } from "../src/DataTrackFrame.ts"
import * as MemoryRoom from "../src/MemoryRoom.ts"
import { Room } from "../src/Room.ts"

const seqFrame = (seq: number) => DataTrackFrame.of(Uint8Array.of(seq & 0xff, seq >> 8))
const seqOf = (frame: DataTrackFrame) => (frame.payload[0] ?? 0) | ((frame.payload[1] ?? 0) << 8)

/** Lets the publisher's transport fiber move what was pushed into the subscribers' ring. */
const settle = Effect.andThen(Effect.yieldNow, Effect.yieldNow)

describe("MemoryRoom", () => {
  it.live.prop("keeps the core's buffer semantics under random push/read interleavings", {
    bufferSize: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 6 })),
    ops: Schema.Array(Schema.Literals(["push", "push", "read"]))
  }, ({ bufferSize, ops }) =>
    Effect.gen(function*() {
      const robot = yield* MemoryRoom.make({ identity: "robot" })
      const human = yield* MemoryRoom.make({ identity: "human" })
      const track = yield* robot.publishDataTrack({ name: "t" })
      const remote = yield* human.dataTrack({ publisher: "robot", name: "t" })
      const subscription = yield* remote.subscribe({ bufferSize })
      const pull = yield* Stream.toPull(subscription.frames)
      // the oracle: the ring holds the newest `bufferSize` frames; a read takes the oldest unseen one
      const written: Array<number> = []
      let lastRead = -1
      let seq = 0
      for (const op of ops) {
        if (op === "push") {
          yield* track.tryPush(seqFrame(seq))
          written.push(seq++)
          yield* settle
          continue
        }
        const expected = written.slice(-bufferSize).find((s) => s > lastRead)
        if (expected === undefined) continue
        const chunk = yield* pull
        expect(chunk.length).toBe(1)
        lastRead = seqOf(chunk[0]!)
        expect(lastRead).toBe(expected)
      }
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)), { arbitrary: { size: 60, runs: 60 } })

  it.live("answers BufferFull once 16 frames wait in the publisher queue", () =>
    Effect.gen(function*() {
      const robot = yield* MemoryRoom.make({ identity: "robot" })
      const track = yield* robot.publishDataTrack({ name: "burst" })
      // no yield between pushes: the transport fiber cannot drain the queue
      const results = yield* Effect.forEach(
        Array.from({ length: 20 }, (_, i) => i),
        (i) => Effect.result(track.tryPush(seqFrame(i)))
      )
      const refused = results.filter((result) => result._tag === "Failure")
      expect(results.length - refused.length).toBe(MemoryRoom.PUBLISHER_QUEUE_FRAMES)
      expect(refused.map((result) => result._tag === "Failure" && result.failure._tag)).toEqual(
        Array.from({ length: 4 }, () => "BufferFull")
      )
      yield* settle
      yield* track.tryPush(seqFrame(99))
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("push waits for room in the publisher queue where tryPush answers BufferFull", () =>
    Effect.gen(function*() {
      const robot = yield* MemoryRoom.make({ identity: "robot" })
      const human = yield* MemoryRoom.make({ identity: "human" })
      const track = yield* robot.publishDataTrack({ name: "burst" })
      const remote = yield* human.dataTrack({ publisher: "robot", name: "burst" })
      const subscription = yield* remote.subscribe({ bufferSize: 64 })
      const count = MemoryRoom.PUBLISHER_QUEUE_FRAMES + 8
      yield* Effect.forEach(Array.from({ length: count }, (_, i) => i), (i) => track.push(seqFrame(i)))
      const received = yield* subscription.frames.pipe(Stream.take(count), Stream.runCollect)
      expect(Array.from(received, seqOf)).toEqual(Array.from({ length: count }, (_, i) => i))
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("serves the Room service as a layer, and a second participant with the same identity is refused", () =>
    Effect.gen(function*() {
      const room = yield* Room
      expect(room.localIdentity).toBe("robot")
      expect(yield* room.connectionState).toBe("connected")
      const error = yield* Effect.flip(MemoryRoom.make({ identity: "robot" }))
      expect(error._tag).toBe("Internal")
      expect(error.code).toBe("DUPLICATE_IDENTITY")
    }).pipe(
      Effect.provide(MemoryRoom.layer({ identity: "robot" }).pipe(Layer.provideMerge(MemoryRoom.MemorySfu.layer)))
    ))

  it.live("refuses a subscribe the token does not grant with NotAllowed", () =>
    Effect.gen(function*() {
      const robot = yield* MemoryRoom.make({ identity: "robot" })
      const deaf = yield* MemoryRoom.make({ identity: "deaf", canSubscribe: false })
      yield* robot.publishDataTrack({ name: "status" })
      const remote = yield* deaf.dataTrack({ publisher: "robot", name: "status" })
      const error = yield* Effect.flip(Effect.scoped(remote.subscribe()))
      expect([error._tag, error.code]).toEqual(["NotAllowed", "NOT_ALLOWED"])
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("reports participants joining and leaving, and unpublishes a leaver's tracks", () =>
    Effect.gen(function*() {
      const human = yield* MemoryRoom.make({ identity: "human" })
      // a Stream subscribes when it starts running: start it before anything happens
      const events = yield* human.events.pipe(Stream.take(4), Stream.runCollect, Effect.forkScoped)
      yield* Effect.sleep(10)
      const remote = yield* Effect.scoped(Effect.gen(function*() {
        const robot = yield* MemoryRoom.make({ identity: "robot" })
        yield* robot.publishDataTrack({ name: "status" })
        return yield* human.dataTrack({ publisher: "robot", name: "status" })
      }))
      const tags = (yield* Fiber.join(events)).map((event) => event._tag)
      expect(tags).toEqual([
        "ParticipantConnected",
        "DataTrackPublished",
        "DataTrackUnpublished",
        "ParticipantDisconnected"
      ])
      expect(yield* remote.isPublished).toBe(false)
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("closing the room ends its connection states with disconnected and fails a waiting dataTrack", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const human = yield* MemoryRoom.make({ identity: "human" }).pipe(Scope.provide(scope))
      const states = yield* human.connectionStates.pipe(
        Stream.takeUntil((state) => state === "disconnected"),
        Stream.runCollect,
        Effect.forkScoped
      )
      // nobody publishes "status": the wait outlives the room
      const waiting = yield* human.dataTrack({ publisher: "robot", name: "status" }).pipe(Effect.forkScoped)
      yield* Effect.sleep(10)
      yield* Scope.close(scope, Exit.void)
      const error = yield* Effect.flip(Fiber.join(waiting))
      expect(error._tag).toBe("Disconnected")
      expect(yield* Fiber.join(states)).toEqual(["connected", "disconnected"])
      expect(yield* human.connectionState).toBe("disconnected")
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))
})
