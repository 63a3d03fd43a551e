import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as Foxglove from "../src/FoxgloveMessages.ts"
import { Intrinsics } from "../src/RgbdFrame.ts"
import * as RgbdMessages from "../src/RgbdMessages.ts"
import { render } from "../src/SyntheticCamera.ts"
import * as WireCodec from "../src/WireCodec.ts"

const Codec = WireCodec.WireCodecName
const Side = Schema.Int.check(Schema.isBetween({ minimum: 8, maximum: 320 }))

/** Encodes a depth frame as the publisher does, then as a receiver: detect, decompress, decode. */
const roundTrip = (codec: WireCodec.WireCodecName, depth: Uint16Array, width: number, height: number) =>
  Effect.gen(function*() {
    const message = Foxglove.encodeRawImage({
      timestampNanos: 1_764_000_000_000_000_000n,
      frameId: RgbdMessages.DEPTH_FRAME_ID,
      width,
      height,
      encoding: "16UC1",
      step: width * 2,
      data: new Uint8Array(depth.buffer, depth.byteOffset, depth.byteLength)
    })
    const wire = WireCodec.encode(codec, message)
    expect(WireCodec.detect(wire)).toBe(codec)
    const decoded = yield* WireCodec.decode(wire)
    expect(decoded.codec).toBe(codec)
    return RgbdMessages.depthFromImage(Foxglove.decodeRawImage(decoded.message))
  })

describe("WireCodec", () => {
  it.effect.prop("synthetic depth survives every codec at any frame size", {
    codec: Codec,
    width: Side,
    height: Side,
    frame: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 1000 }))
  }, ({ codec, frame, height, width }) =>
    Effect.gen(function*() {
      const { depth } = render(Intrinsics.d435(width, height), frame, 30, 7, false)
      const back = yield* roundTrip(codec, depth.data, width, height)
      expect(back.width).toBe(width)
      expect(back.height).toBe(height)
      expect(back.data).toEqual(depth.data)
    }), { arbitrary: { runs: 40 } })

  it.effect.prop("arbitrary 16-bit pixels survive every codec", {
    codec: Codec,
    width: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 64 })),
    pixels: Schema.Array(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 65_535 })))
  }, ({ codec, pixels, width }) =>
    Effect.gen(function*() {
      const height = Math.max(1, Math.ceil(pixels.length / width))
      const depth = new Uint16Array(width * height)
      depth.set(pixels.slice(0, depth.length))
      const back = yield* roundTrip(codec, depth, width, height)
      expect(back.data).toEqual(depth)
    }), { arbitrary: { size: 2000 } })

  it("detects by magic bytes and refuses what it does not know", () =>
    Effect.gen(function*() {
      expect(WireCodec.detect(Uint8Array.of(0x78, 0x01, 0, 0))).toBe("zlib")
      expect(WireCodec.detect(Uint8Array.of(0x78, 0x9c))).toBe("zlib")
      expect(WireCodec.detect(Uint8Array.of(0x28, 0xb5, 0x2f, 0xfd, 0))).toBe("zstd")
      expect(WireCodec.detect(Uint8Array.of(0x0a, 0x00))).toBe("none")
      expect(WireCodec.detect(Uint8Array.of(0x89, 0x4c, 0x4b, 0x44, 1))).toBe("delta-zstd")
      expect(WireCodec.detect(Uint8Array.of(0x78, 0x02))).toBeUndefined()
      expect(WireCodec.detect(new Uint8Array())).toBeUndefined()
      const unknown = yield* Effect.flip(WireCodec.decode(Uint8Array.of(0x12, 0x34)))
      expect(unknown._tag).toBe("UnknownWireFormat")
      const corrupt = yield* Effect.flip(WireCodec.decode(Uint8Array.of(0x78, 0x01, 0xff, 0xff, 0xff)))
      expect(corrupt._tag).toBe("WireDecodeError")
    }).pipe(Effect.runSync))

  it.prop("delta-zstd gives back the same message for any RawImage (odd data lengths, any field values)", {
    frameId: Schema.String.check(Schema.isPattern(/^[\x20-\x7e]*$/)),
    encoding: Schema.String.check(Schema.isPattern(/^[\x20-\x7e]*$/)),
    data: Schema.Uint8Array,
    width: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 100_000 }))
  }, ({ data, encoding, frameId, width }) => {
    const image: Foxglove.RawImage = { timestampNanos: 12_345n, frameId, width, height: 7, encoding, step: 3, data }
    const wire = WireCodec.encode("delta-zstd", Foxglove.encodeRawImage(image))
    expect(WireCodec.detect(wire)).toBe("delta-zstd")
    expect(Foxglove.decodeRawImage(WireCodec.decompress("delta-zstd", wire))).toEqual(image)
  }, { arbitrary: { size: 300 } })

  it("zlib level 1 stays wire-compatible with the upstream viewer (78 01 header)", () => {
    const wire = WireCodec.encode("zlib", Uint8Array.of(0x0a, 1, 2, 3))
    expect([wire[0], wire[1]]).toEqual([0x78, 0x01])
  })
})
