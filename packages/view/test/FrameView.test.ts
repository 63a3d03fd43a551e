import { FoxgloveMessages as Foxglove, WireCodec } from "@effect-livekit/realsense"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { type FrameView, viewOf } from "../page/FrameView.ts"
import type { TrackMetadata } from "../page/TrackMetadata.ts"

const foxgloveTrack = (schemaName: string): TrackMetadata => ({
  frameEncoding: "protobuf",
  schemaName,
  schemaEncoding: "protobuf"
})
const untyped: TrackMetadata = { frameEncoding: undefined, schemaName: undefined, schemaEncoding: undefined }

/** A 4x2 depth image: a hole, then depths from near to far. */
const SAMPLES = [0, 500, 1000, 1500, 2000, 2500, 3000, 3500]
const depthMessage = () => {
  const data = new Uint8Array(SAMPLES.length * 2)
  const view = new DataView(data.buffer)
  SAMPLES.forEach((d, i) => view.setUint16(i * 2, d, true))
  return Foxglove.encodeRawImage({
    timestampNanos: 1n,
    frameId: "camera_depth",
    width: 4,
    height: 2,
    encoding: "16UC1",
    step: 8,
    data
  })
}

const bytes = (data: Uint8Array) => new Uint8Array(data) as Uint8Array<ArrayBuffer>

const pixel = (view: FrameView, i: number) => {
  if (view.kind !== "pixels") throw new Error(`expected pixels, got ${view.kind}: ${view.text}`)
  return Array.from(view.rgba.subarray(i * 4, i * 4 + 4))
}

describe("FrameView", () => {
  it("draws a depth RawImage, sent as is or zlib-compressed, colour-mapped: holes black, near red, far blue", async () => {
    for (const codec of ["none", "zlib"] as const) {
      const view = await viewOf(bytes(WireCodec.encode(codec, depthMessage())), foxgloveTrack("foxglove.RawImage"))
      expect(view.text).toBe("4x2 16UC1")
      expect(pixel(view, 0)).toEqual([0, 0, 0, 255])
      const [nearRed, , nearBlue] = pixel(view, 1)
      const [farRed, , farBlue] = pixel(view, 7)
      expect(nearRed! > nearBlue!, "near is red").toBe(true)
      expect(farBlue! > farRed!, "far is blue").toBe(true)
    }
  })

  it("says so for the zstd codecs, which a browser cannot decode", async () => {
    for (const codec of ["zstd", "delta-zstd"] as const) {
      const view = await viewOf(bytes(WireCodec.encode(codec, depthMessage())), foxgloveTrack("foxglove.RawImage"))
      expect(view).toEqual({ kind: "text", text: expect.stringMatching(/^foxglove\.RawImage, .*zstd/) })
    }
  })

  it("shows a CompressedImage as the image itself, and other Foxglove messages as JSON", async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    const image = await viewOf(
      bytes(Foxglove.encodeCompressedImage({ timestampNanos: 5n, frameId: "c", format: "jpeg", data: jpeg })),
      foxgloveTrack("foxglove.CompressedImage")
    )
    expect(image).toEqual({ kind: "image", mime: "image/jpeg", bytes: jpeg, text: "jpeg 7 B" })
    const pose = await viewOf(
      bytes(Foxglove.encodePoseInFrame({
        timestampNanos: 1_500_000_000n,
        frameId: "world",
        position: { x: 1, y: 2, z: 3 },
        orientation: { x: 0, y: 0, z: 0, w: 1 }
      })),
      foxgloveTrack("foxglove.PoseInFrame")
    )
    expect(pose.kind).toBe("text")
    expect(JSON.parse(pose.text)).toMatchObject({ frameId: "world", pose: { position: { x: 1, y: 2, z: 3 } } })
  })

  it("shows JSON compactly, text quoted and binary in hex", async () => {
    const encode = (text: string) => bytes(new TextEncoder().encode(text))
    const json: TrackMetadata = { ...untyped, frameEncoding: "json" }
    expect(await viewOf(encode("{ \"speed\": 1.5 }"), json)).toEqual({ kind: "text", text: "{\"speed\":1.5}" })
    expect(await viewOf(encode("not json"), json)).toEqual({ kind: "text", text: "text \"not json\"" })
    expect(await viewOf(encode("robot status #3"), untyped)).toEqual({ kind: "text", text: "text \"robot status #3\"" })
    expect(await viewOf(bytes(new Uint8Array([0, 1, 0xfe])), untyped)).toEqual({ kind: "text", text: "hex 00 01 fe" })
  })

  it.prop("never fails, whatever the bytes and whatever the track claims they are", {
    payload: Schema.Uint8Array,
    schemaName: Schema.Literals(["foxglove.RawImage", "foxglove.CompressedImage", "foxglove.PoseInFrame", "x.Y"]),
    frameEncoding: Schema.Literals(["protobuf", "json", "cdr"])
  }, async ({ frameEncoding, payload, schemaName }) => {
    const view = await viewOf(bytes(payload), { frameEncoding, schemaName, schemaEncoding: "protobuf" })
    expect(["text", "pixels", "image"]).toContain(view.kind)
  })
})
