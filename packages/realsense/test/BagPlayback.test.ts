import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Stream } from "effect"
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as BagPlayback from "../src/BagPlayback.ts"
import * as RosBag from "../src/RosBag.ts"
import { type BagMessageSpec, rosCameraInfo, rosFloat32, rosImage, writeBag } from "./BagWriter.ts"

const W = 16
const H = 12
const FRAMES = 6
const PERIOD = 100_000_000n // 100 ms between frames

const rawDepth = (i: number) => {
  const data = new Uint16Array(W * H)
  for (let p = 0; p < data.length; p++) data[p] = p % 7 === 0 ? 0 : 5_000 + i * 100 + p
  return data
}
const rawColor = (i: number) => Uint8Array.from({ length: W * H * 3 }, (_, p) => (p * 7 + i) & 0xff)

/** A recording as librealsense lays it out: times from 0, frame_id "1", 100 µm depth units, extra bytes in images. */
const recording = (): ReadonlyArray<BagMessageSpec> => {
  const out: Array<BagMessageSpec> = [
    { topic: "/device_0/sensor_0/option/Depth Units/value", timeNanos: 0n, data: rosFloat32(0.0001) },
    {
      topic: "/device_0/sensor_0/Depth_0/info/camera_info",
      timeNanos: 0n,
      data: rosCameraInfo({ width: W, height: H, fx: 10, fy: 11, cx: 8, cy: 6 })
    }
  ]
  for (let i = 0; i < FRAMES; i++) {
    const t = BigInt(i) * PERIOD + 1_000_000n
    const depth = rawDepth(i)
    out.push({
      topic: "/device_0/sensor_1/Color_0/image/data",
      timeNanos: t - 500_000n,
      data: rosImage({
        stampNanos: t,
        frameId: "2",
        width: W,
        height: H,
        encoding: "rgb8",
        step: W * 3,
        data: rawColor(i)
      })
    })
    out.push({
      topic: "/device_0/sensor_0/Depth_0/image/data",
      timeNanos: t,
      data: rosImage({
        stampNanos: t,
        frameId: "1",
        width: W,
        height: H,
        encoding: "mono16",
        step: W * 2,
        data: new Uint8Array(depth.buffer),
        trailing: rosFloat32(0.0001)
      })
    })
  }
  return out
}

const connections = [
  { topic: "/device_0/sensor_0/option/Depth Units/value", type: "std_msgs/Float32" },
  { topic: "/device_0/sensor_0/Depth_0/info/camera_info", type: "sensor_msgs/CameraInfo" },
  { topic: "/device_0/sensor_0/Depth_0/image/data", type: "sensor_msgs/Image" },
  { topic: "/device_0/sensor_1/Color_0/image/data", type: "sensor_msgs/Image" }
]

const bagFile = (compression: "none" | "lz4") => {
  const path = join(mkdtempSync(join(tmpdir(), "rgbd-bag-")), `test-${compression}.bag`)
  writeFileSync(path, writeBag(connections, recording(), { compression, messagesPerChunk: 5 }))
  return path
}

describe("RosBag", () => {
  it.effect("reads every message of lz4 and uncompressed bags, with connection topics and types", () =>
    Effect.gen(function*() {
      for (const compression of ["none", "lz4"] as const) {
        const messages = yield* RosBag.readAll(bagFile(compression))
        expect(messages.length).toBe(2 + FRAMES * 2)
        expect(new Set(messages.map((m) => m.connection.type))).toEqual(
          new Set(["std_msgs/Float32", "sensor_msgs/CameraInfo", "sensor_msgs/Image"])
        )
      }
    }))

  it.effect("fails with BagError on a file that is not a bag", () =>
    Effect.gen(function*() {
      const path = join(mkdtempSync(join(tmpdir(), "rgbd-bag-")), "not.bag")
      writeFileSync(path, "hello")
      const error = yield* Effect.flip(RosBag.readAll(path))
      expect(error._tag).toBe("BagError")
    }))
})

describe("BagPlayback", () => {
  it.effect("turns a librealsense recording into RGB-D frames in millimetres with its intrinsics", () =>
    Effect.gen(function*() {
      const frames = yield* Stream.runCollect(
        BagPlayback.stream({ path: bagFile("lz4"), speed: 0, startMicros: 1_000_000n })
      )
      expect(frames.length).toBe(FRAMES)
      frames.forEach((frame, i) => {
        expect(frame.sequence).toBe(i)
        expect(frame.timestampMicros).toBe(1_000_000n + BigInt(i) * 100_000n)
        const expected = Array.from(rawDepth(i), (raw) => Math.round(raw / 10))
        expect(Array.from(frame.depth.data)).toEqual(expected)
        expect(frame.intrinsics.fx).toBe(10)
        expect(frame.intrinsics.cy).toBe(6)
        // the color captured 0.5 ms before is attached (one 100 ms older would not be)
        expect(frame.color?.data).toEqual(rawColor(i))
      })
    }))

  it.effect("loops with capture times that keep increasing", () =>
    Effect.gen(function*() {
      const frames = yield* Stream.runCollect(
        BagPlayback.stream({ path: bagFile("none"), speed: 0, loop: true }).pipe(Stream.take(FRAMES * 2 + 1))
      )
      expect(frames.map((f) => f.sequence)).toEqual(Array.from({ length: FRAMES * 2 + 1 }, (_, i) => i))
      for (let i = 1; i < frames.length; i++) {
        expect(frames[i]!.timestampMicros > frames[i - 1]!.timestampMicros).toBe(true)
      }
    }))

  it.live("paces frames by capture time, scaled by speed", () =>
    Effect.gen(function*() {
      const started = Date.now()
      const frames = yield* Stream.runCollect(BagPlayback.stream({ path: bagFile("lz4"), speed: 4 }))
      const elapsed = Date.now() - started
      expect(frames.length).toBe(FRAMES)
      // 500 ms of recording at 4x: ~125 ms
      expect(elapsed).toBeGreaterThanOrEqual(110)
      expect(elapsed).toBeLessThan(1_000)
    }))
})

/**
 * `fixtures/ros-lz4.bag` was written by ROS's own bag writer (Debian's python3-rosbag, LZ4 chunks by roslz4, the
 * stream code librealsense embeds), by `fixtures/ros-lz4-bag.py`: 8 frames of 32x24, 33 ms apart, from 1 ms, each
 * color image 0.4 ms before its depth image but written after it, chunks of about 2 KiB.
 */
const ROS_BAG = join(import.meta.dirname, "fixtures", "ros-lz4.bag")
const ROS_W = 32
const ROS_H = 24
const ROS_FRAMES = 8
const rosDepthMm = (i: number) =>
  Array.from({ length: ROS_W * ROS_H }, (_, p) => p % 9 === 0 ? 0 : Math.round((4_000 + i * 10 + (p >> 3)) / 10))
const rosColor = (i: number) =>
  Uint8Array.from({ length: ROS_W * ROS_H * 3 }, (_, p) => (Math.floor(p / 3) * 5 + i) & 0xff)

describe("RosBag on a bag written by ROS's writer (roslz4)", () => {
  it.effect("reads its lz4 chunks, in time order across chunks", () =>
    Effect.gen(function*() {
      const messages = yield* RosBag.readAll(ROS_BAG)
      expect(messages.length).toBe(2 + ROS_FRAMES * 2)
      expect(new Set(messages.map((m) => `${m.connection.topic} ${m.connection.type}`))).toEqual(
        new Set([
          "/device_0/sensor_0/option/Depth Units/value std_msgs/Float32",
          "/device_0/sensor_0/Depth_0/info/camera_info sensor_msgs/CameraInfo",
          "/device_0/sensor_0/Depth_0/image/data sensor_msgs/Image",
          "/device_0/sensor_1/Color_0/image/data sensor_msgs/Image"
        ])
      )
      const times = messages.map((m) => m.timeNanos)
      expect(times).toEqual(times.toSorted((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      expect(times.at(-1)).toBe(1_000_000n + BigInt(ROS_FRAMES - 1) * 33_000_000n)
    }))

  it.effect("plays it back as RGB-D frames, each with the color written after it", () =>
    Effect.gen(function*() {
      const frames = yield* Stream.runCollect(BagPlayback.stream({ path: ROS_BAG, speed: 0, startMicros: 0n }))
      expect(frames.length).toBe(ROS_FRAMES)
      frames.forEach((frame, i) => {
        expect(frame.timestampMicros).toBe(BigInt(i) * 33_000n)
        expect(Array.from(frame.depth.data)).toEqual(rosDepthMm(i))
        expect(frame.color?.data).toEqual(rosColor(i))
        expect([frame.intrinsics.fx, frame.intrinsics.fy, frame.intrinsics.cx, frame.intrinsics.cy]).toEqual([
          20,
          21,
          16,
          12
        ])
        expect(frame.intrinsics.distortionModel).toBe("brown_conrady")
      })
    }))
})

describe("RosBag resources", () => {
  it.effect("closes the file when the stream ends early or is interrupted", () =>
    Effect.gen(function*() {
      const openFiles = () => readdirSync("/proc/self/fd").length
      const before = openFiles()
      for (let i = 0; i < 20; i++) {
        yield* Stream.runDrain(RosBag.messages(ROS_BAG).pipe(Stream.take(3)))
        // interrupted after its first message
        const first = yield* Deferred.make<void>()
        const fiber = yield* Effect.forkChild(Stream.runDrain(
          RosBag.messages(ROS_BAG).pipe(
            Stream.tap(() => Effect.andThen(Deferred.succeed(first, undefined), Effect.never))
          )
        ))
        yield* Deferred.await(first)
        yield* Fiber.interrupt(fiber)
      }
      expect(openFiles() - before).toBeLessThan(5)
    }))

  it.effect("refuses a bag without an index (a recording that was not closed)", () =>
    Effect.gen(function*() {
      const bytes = writeBag(connections, recording(), { compression: "none" })
      // as ROS leaves the header until the bag is closed: no index position, no connection or chunk counts
      for (const [field, size] of [["index_pos=", 8], ["conn_count=", 4], ["chunk_count=", 4]] as const) {
        const at = Buffer.from(bytes).indexOf(field) + field.length
        bytes.fill(0, at, at + size)
      }
      const path = join(mkdtempSync(join(tmpdir(), "rgbd-bag-")), "unindexed.bag")
      writeFileSync(path, bytes)
      const error = yield* Effect.flip(RosBag.readAll(path))
      expect(error.message).toContain("no index")
    }))
})
