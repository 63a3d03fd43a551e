/**
 * `Room.follow` on the in-memory room (same `makeRoom` as the LiveKit room): it resubscribes when the track is
 * republished under a new SID, ends when the track does not come back in time, fails with `SubscribeTimeout` when
 * the track never appears, and with `Disconnected` when the room closes.
 */
import { MemoryRoom } from "@effect-livekit/core"
import { expect, layer } from "@effect/vitest"
import { Effect, Exit, Scope } from "effect"
import { seqFrame } from "../contract/Harness.ts"
import { recordFrames, waitUntil } from "./Measure.ts"

const key = { publisher: "robot", name: "telemetry" }

layer(MemoryRoom.MemorySfu.layer, { excludeTestServices: true, timeout: 30_000 })("Room.follow", (it) => {
  it.effect("resubscribes across republications and ends when the track stays away", () =>
    Effect.gen(function*() {
      const robot = yield* MemoryRoom.make({ identity: "robot", room: "follow-1" })
      const human = yield* MemoryRoom.make({ identity: "human", room: "follow-1" })
      const sids: Array<string> = []
      const received = yield* recordFrames(
        human.follow(key, { within: "500 millis", onSubscribed: (t) => Effect.sync(() => sids.push(t.info.sid)) })
      )
      let seq = 0
      for (let round = 0; round < 3; round++) {
        const scope = yield* Scope.make()
        const track = yield* robot.publishDataTrack({ name: key.name }).pipe(Scope.provide(scope))
        yield* waitUntil("subscribed", 2_000, () => sids.length === round + 1)
        const first = received.seqs.length
        while (received.seqs.length < first + 5) {
          yield* track.tryPush(seqFrame(seq++)).pipe(Effect.ignore)
          yield* Effect.sleep(5)
        }
        yield* Scope.close(scope, Exit.void)
      }
      yield* waitUntil("the follow ended", 3_000, () => received.ended)
      expect(new Set(sids).size).toBe(3)
      expect(received.error).toBeUndefined()
      expect(received.seqs.length).toBeGreaterThanOrEqual(15)
    }))

  it.effect("fails with SubscribeTimeout when the track never appears", () =>
    Effect.gen(function*() {
      const human = yield* MemoryRoom.make({ identity: "human", room: "follow-2" })
      const received = yield* recordFrames(human.follow(key, { within: "200 millis" }))
      yield* waitUntil("the follow failed", 2_000, () => received.ended)
      expect(received.error).toContain("SubscribeTimeout")
    }))

  it.effect("fails with Disconnected when the room closes", () =>
    Effect.gen(function*() {
      const roomScope = yield* Scope.make()
      const human = yield* MemoryRoom.make({ identity: "human", room: "follow-3" }).pipe(Scope.provide(roomScope))
      const received = yield* recordFrames(human.follow(key, { within: "10 seconds" }))
      yield* Effect.sleep(50)
      yield* Scope.close(roomScope, Exit.void)
      yield* waitUntil("the follow failed", 2_000, () => received.ended)
      expect(received.error).toContain("Disconnected")
    }))
})
