/**
 * End to end through the real Rust core: a camera and a recorder participant, each a LiveKitRoom over the FFI,
 * on the embedded dev server (inside the private network namespace: run through `isolate.ts`, as `pnpm test` does).
 */
import { Room } from "@effect-livekit/core"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import {
  FoxgloveMessages as Foxglove,
  McapFile,
  Recorder,
  RgbdMessages,
  RgbdPublisher,
  SyntheticCamera
} from "@effect-livekit/realsense"
import { expect, layer } from "@effect/vitest"
import { Deferred, Effect, Fiber, Layer, Schedule, Stream } from "effect"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const Live = Layer.mergeAll(DevServer.layer({ port: 0 }), FfiClient.layer)

const FRAMES = 20

layer(Live, { timeout: 90_000, excludeTestServices: true })("RGB-D over LiveKit", (it) => {
  it.effect(
    "a synthetic camera published through the dev server is recorded to MCAP, depth pixel-exact",
    () =>
      Effect.gen(function*() {
        yield* Isolation.requireIsolation()
        const server = yield* DevServer
        const join_ = (identity: string) =>
          Effect.flatMap(
            server.token(identity, { room: "rgbd" }),
            (token) =>
              LiveKitRoom.make({
                url: server.url,
                token,
                sendPacing: LiveKitRoom.SHARED_PROCESS_PACING /* camera and recorder share this process */
              })
          )
        const recorderRoom = yield* join_("recorder")
        const camera = yield* join_("camera")
        const path = join(mkdtempSync(join(tmpdir(), "rgbd-e2e-")), "e2e.mcap")
        const stop = yield* Deferred.make<void>()
        let subscribed = 0
        const recording = yield* Recorder.record({
          path,
          until: Deferred.await(stop),
          onSubscribed: () => Effect.sync(() => void subscribed++)
        }).pipe(
          Effect.provideService(Room, recorderRoom),
          Effect.forkChild
        )
        const frames = yield* Stream.runCollect(
          SyntheticCamera.stream({ width: 320, height: 240, frames: FRAMES, realtime: false })
        )
        const publisher = yield* RgbdPublisher.make({ codec: "zlib" }).pipe(Effect.provideService(Room, camera))
        // the recorder sees the four tracks and subscribes
        yield* Effect.suspend(() => (subscribed >= 4 ? Effect.void : Effect.fail("waiting"))).pipe(
          Effect.retry(Schedule.spaced("20 millis")),
          Effect.timeout("10 seconds")
        )
        for (const frame of frames) {
          yield* publisher.pushFrame(frame)
          yield* Effect.sleep("100 millis")
        }
        yield* Effect.sleep("1 second")
        yield* Deferred.succeed(stop, undefined)
        const summary = yield* Fiber.join(recording)
        expect(publisher.stats.tracks.depth?.pushed).toBe(FRAMES)

        const contents = yield* McapFile.readAll(path)
        expect(contents.indexed).toBe(true)
        // The recorder's four subscriptions, opened at once, each get every frame the publisher pushed.
        const recorded = (topic: string) => contents.messages.filter((m) => m.channel.topic === topic)
        const counts = Object.fromEntries(
          ["camera/depth", "camera/depth/camera_info", "camera/pose", "camera/color"].map((
            t
          ) => [t, recorded(t).length])
        )
        // where a missing frame was lost: never sent by the camera's core (received < pushed packets), or after
        const { packets } = yield* server.stats
        const pushedPackets = Object.values(publisher.stats.tracks).reduce((sum, t) => sum + (t?.packets ?? 0), 0)
        console.log(
          `[rgbd] recorded ${JSON.stringify(counts)} of ${FRAMES} frames; packets: camera pushed ${pushedPackets}, ` +
            `server received ${packets.received}, forwarded ${packets.forwarded}, dropped ${packets.dropped}, ` +
            `not delivered ${packets.notDelivered}`
        )
        expect(counts).toEqual({
          "camera/depth": FRAMES,
          "camera/depth/camera_info": FRAMES,
          "camera/pose": FRAMES,
          "camera/color": publisher.stats.tracks.color?.pushed
        })
        for (const message of recorded("camera/depth")) {
          const source = frames.find((f) => f.timestampMicros * 1000n === message.publishTime)
          expect(source).toBeDefined()
          expect(RgbdMessages.depthFromImage(Foxglove.decodeRawImage(message.data)).data).toEqual(source?.depth.data)
        }
        expect(summary.messages).toBe(contents.messages.length)
        const channel = contents.channels.find((c) => c.topic === "camera/depth")
        expect(channel?.metadata.get("participant")).toBe("camera")
        expect(channel?.metadata.get("track_sid")).toMatch(/^DTR_/)
        expect(channel?.schema?.name).toBe("foxglove.RawImage")
      }),
    60_000
  )
})
