import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema, Stream } from "effect"
import * as lz4 from "lz4js"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as BagPlayback from "../src/BagPlayback.ts"
import { decompressFrame } from "../src/Lz4.ts"
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

describe("Lz4", () => {
  it.prop("decompresses what an independent LZ4 frame encoder wrote", {
    seed: Schema.Int,
    length: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 100_000 }))
  }, ({ length, seed }) => {
    // compressible data: runs and repeats, as depth chunks have
    const data = new Uint8Array(length)
    let s = seed >>> 0
    for (let i = 0; i < length; i++) {
      s = (Math.imul(s, 1_103_515_245) + 12_345) >>> 0
      data[i] = i > 64 && (s & 3) !== 0 ? data[i - 1 - ((s >>> 8) & 63)]! : s >>> 24
    }
    expect(decompressFrame(lz4.compress(data), length)).toEqual(data)
  }, { timeout: 30_000 })
})
