import { createFileRegistry, fromBinary } from "@bufbuild/protobuf"
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt"
import { DataTrackFrame, MemoryRoom, Room } from "@effect-livekit/core"
import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Exit, Fiber, Schedule, Scope, Stream } from "effect"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Foxglove from "../src/FoxgloveMessages.ts"
import * as McapFile from "../src/McapFile.ts"
import * as Recorder from "../src/Recorder.ts"
import type { RgbdFrame } from "../src/RgbdFrame.ts"
import * as RgbdMessages from "../src/RgbdMessages.ts"
import * as RgbdPublisher from "../src/RgbdPublisher.ts"
import * as SyntheticCamera from "../src/SyntheticCamera.ts"
import type { WireCodecName } from "../src/WireCodec.ts"

const tmpFile = (name: string) => join(mkdtempSync(join(tmpdir(), "rgbd-rec-")), name)

const FRAMES = 8
const source = (width = 64, height = 48) =>
  Stream.runCollect(SyntheticCamera.stream({ width, height, frames: FRAMES, realtime: false, seed: 3 }))

/** Lets the in-memory room move frames and events along. */
const settle = Effect.sleep("30 millis")

/** Polls until `done()` holds. */
const until = (done: () => boolean) =>
  Effect.suspend(() => (done() ? Effect.void : Effect.fail("waiting" as const))).pipe(
    Effect.retry(Schedule.spaced("5 millis")),
    Effect.timeout("5 seconds")
  )

/** Starts recording `room` into `path` as `recorder`; returns the fiber, the stop switch and a subscription count. */
const startRecorder = (room: string, path: string, tracks?: ReadonlyArray<string>) =>
  startRecorderWith(room, path, { tracks })

const startRecorderWith = (room: string, path: string, input: Recorder.RecorderInput) =>
  Effect.gen(function*() {
    const recorderRoom = yield* MemoryRoom.make({ identity: "recorder", room })
    const stop = yield* Deferred.make<void>()
    let subscribed = 0
    let written = 0
    const fiber = yield* Recorder.record({
      ...input,
      path,
      until: Deferred.await(stop),
      onSubscribed: () => Effect.sync(() => void subscribed++),
      onWritten: (summary) => Effect.sync(() => void (written = summary.messages))
    }).pipe(Effect.provideService(Room, recorderRoom), Effect.forkChild)
    /** Waits until the recorder has subscribed to `n` tracks in all. */
    const subscribedTo = (n: number) => until(() => subscribed >= n)
    /** Waits until the recorder has written `n` messages in all. */
    const wrote = (n: number) => until(() => written >= n)
    return { fiber, stop, subscribedTo, wrote }
  })

const publishFrames = (
  room: string,
  frames: ReadonlyArray<RgbdFrame>,
  codec: WireCodecName,
  ready: Effect.Effect<unknown, unknown>
) =>
  Effect.gen(function*() {
    const camera = yield* MemoryRoom.make({ identity: "camera", room })
    const publisher = yield* RgbdPublisher.make({ codec, colorIntervalMs: 0 }).pipe(Effect.provideService(Room, camera))
    yield* ready // the recorder has subscribed to the new tracks
    for (const frame of frames) {
      yield* publisher.pushFrame(frame)
      yield* Effect.sleep("3 millis")
    }
    yield* settle
    return publisher.stats
  })

const strictDecoder = (schema: { readonly name: string; readonly data: Uint8Array }) => {
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, schema.data))
  const desc = registry.getMessage(schema.name)
  if (desc === undefined) throw new Error(`no ${schema.name} in the stored descriptors`)
  return (bytes: Uint8Array) => fromBinary(desc, bytes)
}

describe("Recorder (in-memory room)", () => {
  it("takes a frame's publish time from its user timestamp, unless MCAP's 64-bit nanoseconds cannot hold it", () => {
    const stamped = (userTimestamp: bigint) => new DataTrackFrame({ payload: Uint8Array.of(1), userTimestamp })
    expect(Recorder.publishTimeNanos(stamped(1_764_000_000_000n), "milliseconds")).toBe(1_764_000_000_000_000_000n)
    expect(Recorder.publishTimeNanos(stamped(1_764_000_000_000_000n), "auto")).toBe(1_764_000_000_000_000_000n)
    expect(Recorder.publishTimeNanos(new DataTrackFrame({ payload: Uint8Array.of(1) }), "auto")).toBeUndefined()
    // 2^64 ns is in the year 2554: a later stamp falls back to the receive time
    expect(Recorder.publishTimeNanos(stamped(18_446_744_073_709n), "milliseconds")).toBe(18_446_744_073_709_000_000n)
    expect(Recorder.publishTimeNanos(stamped(18_446_744_073_710n), "milliseconds")).toBeUndefined()
    expect(Recorder.publishTimeNanos(stamped(2n ** 63n), "microseconds")).toBeUndefined()
  })

  for (const codec of ["zlib", "zstd", "delta-zstd", "none"] as const) {
    it.live(`records every track to a valid MCAP file (${codec} depth)`, () =>
      Effect.gen(function*() {
        const path = tmpFile(`rec-${codec}.mcap`)
        const frames = yield* source()
        const { fiber, stop, subscribedTo, wrote } = yield* startRecorder("lab", path)
        const stats = yield* publishFrames("lab", frames, codec, subscribedTo(4))
        expect(stats.tracks.depth?.pushed).toBe(FRAMES)
        yield* wrote(FRAMES * 4)
        yield* Deferred.succeed(stop, undefined)
        const summary = yield* Fiber.join(fiber)
        expect(summary.messages).toBe(FRAMES * 4)

        const contents = yield* McapFile.readAll(path)
        expect(contents.indexed).toBe(true)
        const topics = contents.channels.map((c) => c.topic).toSorted()
        expect(topics).toEqual(["camera/color", "camera/depth", "camera/depth/camera_info", "camera/pose"])
        for (const channel of contents.channels) {
          expect(channel.messageEncoding).toBe("protobuf")
          expect(channel.schema?.encoding).toBe("protobuf")
          expect(channel.metadata.get("participant")).toBe("camera")
          expect(channel.metadata.get("track_sid")).toMatch(/^DTR_/)
          const messages = contents.messages.filter((m) => m.channel.id === channel.id)
          expect(messages.length).toBe(FRAMES)
          const strict = strictDecoder(channel.schema!)
          messages.forEach((message, i) => {
            const frame = frames[i]!
            expect(message.publishTime).toBe(frame.timestampMicros * 1000n)
            expect(message.logTime > 0n).toBe(true)
            const decoded = strict(message.data) as unknown as { frameId: string }
            switch (channel.topic) {
              case "camera/depth": {
                const image = Foxglove.decodeRawImage(message.data)
                expect(image.encoding).toBe("16UC1")
                expect(image.timestampNanos).toBe(frame.timestampMicros * 1000n)
                expect(RgbdMessages.depthFromImage(image).data).toEqual(frame.depth.data)
                expect(decoded.frameId).toBe("camera_depth")
                expect(new Uint8Array((decoded as unknown as { data: Uint8Array }).data)).toEqual(
                  RgbdMessages.depthBytes(frame.depth)
                )
                break
              }
              case "camera/color": {
                const image = Foxglove.decodeCompressedImage(message.data)
                expect(image.format).toBe("jpeg")
                expect([image.data[0], image.data[1]]).toEqual([0xff, 0xd8])
                break
              }
              case "camera/pose":
                expect(Foxglove.decodePoseInFrame(message.data).orientation.w).toBeCloseTo(frame.pose!.orientation.w, 9)
                break
              case "camera/depth/camera_info": {
                const calibration = Foxglove.decodeCameraCalibration(message.data)
                expect(calibration.K).toEqual(frame.intrinsics.K)
                expect(calibration.width).toBe(64)
                expect(decoded.frameId).toBe("camera_depth")
                break
              }
            }
          })
        }
      }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))
  }

  it.live("leaves a valid, indexed file when interrupted mid-recording", () =>
    Effect.gen(function*() {
      const path = tmpFile("interrupted.mcap")
      const frames = yield* source()
      const { fiber, subscribedTo } = yield* startRecorder("lab", path)
      const camera = yield* MemoryRoom.make({ identity: "camera", room: "lab" })
      const publisher = yield* RgbdPublisher.make({ colorIntervalMs: 0 }).pipe(Effect.provideService(Room, camera))
      yield* subscribedTo(4)
      // frames keep coming while the recorder is interrupted
      const pusher = yield* Effect.forkChild(
        Effect.forEach(frames, (frame) => Effect.andThen(publisher.pushFrame(frame), Effect.sleep("40 millis")))
      )
      yield* Effect.sleep("200 millis")
      yield* Fiber.interrupt(fiber)
      yield* Fiber.join(pusher)
      const contents = yield* McapFile.readAll(path)
      expect(contents.indexed).toBe(true)
      expect(contents.messages.length).toBeGreaterThan(0)
      expect(contents.messages.length).toBeLessThan(FRAMES * 4)
      for (const message of contents.messages.filter((m) => m.channel.topic === "camera/depth")) {
        expect(Foxglove.decodeRawImage(message.data).encoding).toBe("16UC1")
      }
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("follows tracks as they are unpublished and published again, and records only the chosen ones", () =>
    Effect.gen(function*() {
      const path = tmpFile("follow.mcap")
      const frames = yield* source()
      const { fiber, stop, subscribedTo, wrote } = yield* startRecorder("lab", path, ["camera/depth"])
      for (const round of [0, 1]) {
        const scope = yield* Scope.make()
        yield* publishFrames("lab", frames.slice(round * 4, round * 4 + 4), "zlib", subscribedTo(round + 1)).pipe(
          Scope.provide(scope)
        )
        yield* wrote(round * 4 + 4)
        yield* Scope.close(scope, Exit.void) // the camera leaves: its tracks are unpublished
        yield* settle
      }
      yield* Deferred.succeed(stop, undefined)
      yield* Fiber.join(fiber)
      const contents = yield* McapFile.readAll(path)
      expect(contents.channels.map((c) => c.topic)).toEqual(["camera/depth", "camera/depth"])
      const sids = new Set(contents.channels.map((c) => c.metadata.get("track_sid")))
      expect(sids.size).toBe(2)
      const depth = contents.messages.map((m) => RgbdMessages.depthFromImage(Foxglove.decodeRawImage(m.data)).data)
      expect(depth).toEqual(frames.map((f) => f.depth.data))
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))

  it.live("records tracks of any kind: schemaless JSON with the sender's millisecond timestamps", () =>
    Effect.gen(function*() {
      const path = tmpFile("json.mcap")
      const { fiber, stop, subscribedTo, wrote } = yield* startRecorderWith("lab", path, {
        timestampUnit: "milliseconds"
      })
      const robot = yield* MemoryRoom.make({ identity: "robot", room: "lab" })
      const track = yield* robot.publishDataTrack({ name: "status", frameEncoding: "json" })
      yield* subscribedTo(1)
      for (let i = 0; i < 3; i++) {
        yield* track.tryPush(DataTrackFrame.text(JSON.stringify({ i }), 1_700_000_000_000n + BigInt(i)))
      }
      yield* wrote(3)
      yield* Deferred.succeed(stop, undefined)
      yield* Fiber.join(fiber)
      const contents = yield* McapFile.readAll(path)
      expect(contents.channels.map((c) => [c.topic, c.messageEncoding, c.schema])).toEqual([[
        "status",
        "json",
        undefined
      ]])
      expect(contents.messages.map((m) => new TextDecoder().decode(m.data))).toEqual([
        "{\"i\":0}",
        "{\"i\":1}",
        "{\"i\":2}"
      ])
      expect(contents.messages.map((m) => m.publishTime)).toEqual(
        [0n, 1n, 2n].map((i) => (1_700_000_000_000n + i) * 1_000_000n)
      )
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))
  it.live("by default, publish times are wall-clock times for senders stamping ms and for senders stamping µs", () =>
    Effect.gen(function*() {
      const path = tmpFile("units.mcap")
      const { fiber, stop, subscribedTo, wrote } = yield* startRecorderWith("units", path, {})
      const robot = yield* MemoryRoom.make({ identity: "robot", room: "units" })
      const millis = yield* robot.publishDataTrack({ name: "stamped-ms" })
      const micros = yield* robot.publishDataTrack({ name: "stamped-us" })
      yield* subscribedTo(2)
      const sentAt = Date.now()
      // as the Rust core's helpers and the browser SDK stamp, and as this project's RGB-D publisher does
      yield* millis.tryPush(DataTrackFrame.text("ms", BigInt(sentAt)))
      yield* micros.tryPush(DataTrackFrame.text("us", BigInt(sentAt) * 1000n))
      yield* wrote(2)
      yield* Deferred.succeed(stop, undefined)
      yield* Fiber.join(fiber)
      const contents = yield* McapFile.readAll(path)
      const publishMillis = new Map(
        contents.messages.map((m) => [m.channel.topic, Number(m.publishTime / 1_000_000n)])
      )
      const receivedMillis = contents.messages.map((m) => Number(m.logTime / 1_000_000n))
      expect([...publishMillis.keys()].toSorted()).toEqual(["stamped-ms", "stamped-us"])
      for (const millisSinceEpoch of publishMillis.values()) {
        expect(Math.abs(millisSinceEpoch - sentAt)).toBeLessThan(5_000)
      }
      // logTime stays the receive time
      for (const at of receivedMillis) expect(Math.abs(at - Date.now())).toBeLessThan(60_000)
    }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer)))
})
