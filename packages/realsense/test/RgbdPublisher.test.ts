import { DataTrackSchemaId, MemoryRoom, Room } from "@effect-livekit/core"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Scope, Stream } from "effect"
import { schemaDefinition } from "../src/FoxgloveDescriptors.ts"
import * as RgbdPublisher from "../src/RgbdPublisher.ts"
import * as SyntheticCamera from "../src/SyntheticCamera.ts"

describe("RgbdPublisher", () => {
  it.live("publishes four tracks with schema ids, frame encoding and stored schemas", () =>
    Effect.gen(function*() {
      const camera = yield* MemoryRoom.make({ identity: "camera", room: "p" })
      const viewer = yield* MemoryRoom.make({ identity: "viewer", room: "p" })
      const publisher = yield* RgbdPublisher.make({}).pipe(Effect.provideService(Room, camera))
      expect(publisher.tracks).toEqual({
        depth: "camera/depth",
        color: "camera/color",
        pose: "camera/pose",
        cameraInfo: "camera/depth/camera_info"
      })
      const depth = yield* viewer.dataTrack({ publisher: "camera", name: "camera/depth" })
      expect(depth.info.frameEncoding).toBe("protobuf")
      expect(depth.info.schema?.name).toBe("foxglove.RawImage")
      const stored = yield* viewer.getSchema(
        new DataTrackSchemaId({ name: "foxglove.CameraCalibration", encoding: "protobuf" }),
        "camera"
      )
      expect(stored).toBe(schemaDefinition("foxglove.CameraCalibration"))
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("counts failed pushes by reason and keeps going", () =>
    Effect.gen(function*() {
      const camera = yield* MemoryRoom.make({ identity: "camera", room: "q" })
      const scope = yield* Scope.make()
      const publisher = yield* RgbdPublisher.make({ color: false }).pipe(
        Effect.provideService(Room, camera),
        Scope.provide(scope)
      )
      const frames = yield* Stream.runCollect(
        SyntheticCamera.stream({ width: 32, height: 24, frames: 5, realtime: false })
      )
      yield* publisher.pushFrame(frames[0]!)
      yield* Scope.close(scope, Exit.void) // unpublishes the tracks
      for (const frame of frames.slice(1)) yield* publisher.pushFrame(frame)
      expect(publisher.stats.frames).toBe(5)
      expect(publisher.stats.tracks.depth?.pushed).toBe(1)
      expect(publisher.stats.tracks.depth?.failed).toEqual({ Unpublished: 4 })
      expect(publisher.stats.tracks.pose?.failed).toEqual({ Unpublished: 4 })
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))
})
