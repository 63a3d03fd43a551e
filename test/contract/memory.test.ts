import { MemoryRoom } from "@effect-livekit/core"
import { Effect, Layer } from "effect"
import { RoomHarness } from "./Harness.ts"
import { roomContract } from "./RoomContract.ts"

const MemoryHarness = Layer.effect(
  RoomHarness,
  Effect.gen(function*() {
    const sfu = yield* MemoryRoom.MemorySfu
    let rooms = 0
    return {
      name: "memory",
      roundTripMs: 20,
      newRoom: Effect.sync(() => {
        const room = `room-${++rooms}`
        return (identity, grants) =>
          MemoryRoom.make({ identity, room, ...grants }).pipe(Effect.provideService(MemoryRoom.MemorySfu, sfu))
      })
    }
  })
).pipe(Layer.provide(MemoryRoom.MemorySfu.layer))

roomContract(MemoryHarness)
