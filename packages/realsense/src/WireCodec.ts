/**
 * The wire codec of depth frames: the whole encoded `foxglove.RawImage` compressed with zlib level 1 (the default,
 * wire-compatible with the upstream C++ viewer), zstd, or sent as is. Receivers need no metadata: the codec is
 * detected from the first bytes (zlib `78 01`, zstd `28 b5 2f fd`; a RawImage protobuf starts with `0a`).
 */
import { Effect, Schema } from "effect"
import * as zlib from "node:zlib"

export const WireCodecName = Schema.Literals(["zlib", "zstd", "none"])
export type WireCodecName = typeof WireCodecName.Type

/** The wire codec the upstream viewer speaks. */
export const DEFAULT_WIRE_CODEC: WireCodecName = "zlib"

export class UnknownWireFormat extends Schema.TaggedError<UnknownWireFormat>()("UnknownWireFormat", {
  /** The first bytes of the payload, hex. */
  head: Schema.String
}) {}

export class WireDecodeError extends Schema.TaggedError<WireDecodeError>()("WireDecodeError", {
  codec: WireCodecName,
  message: Schema.String
}) {}

const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd] as const

/** zstd level: 1 is the fastest and, on depth images, within a few percent of level 3. */
export const ZSTD_LEVEL = 1

const view = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

/** Compresses an encoded message for the wire. */
export const encode = (codec: WireCodecName, message: Uint8Array): Uint8Array => {
  switch (codec) {
    case "zlib":
      return view(zlib.deflateSync(message, { level: 1 }))
    case "zstd":
      return view(zlib.zstdCompressSync(message, { params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }))
    case "none":
      return message
  }
}

/** Which codec produced a payload, from its magic bytes; `undefined` when none matches. */
export const detect = (payload: Uint8Array): WireCodecName | undefined => {
  const [b0, b1, b2, b3] = payload
  // zlib: CMF 0x78 (deflate, 32 KiB window) and a FLG that makes CMF*256+FLG a multiple of 31 (01, 5e, 9c, da).
  if (b0 === 0x78 && b1 !== undefined && ((0x78 << 8) | b1) % 31 === 0) return "zlib"
  if (b0 === ZSTD_MAGIC[0] && b1 === ZSTD_MAGIC[1] && b2 === ZSTD_MAGIC[2] && b3 === ZSTD_MAGIC[3]) return "zstd"
  // An uncompressed protobuf message: a field-1 length-delimited tag (a Foxglove message's timestamp).
  if (b0 === 0x0a) return "none"
  return undefined
}

const hexHead = (payload: Uint8Array): string => Buffer.from(payload.subarray(0, 8)).toString("hex")

/** Undoes the wire codec, detected from the payload's first bytes. */
export const decode = (
  payload: Uint8Array
): Effect.Effect<
  { readonly codec: WireCodecName; readonly message: Uint8Array },
  UnknownWireFormat | WireDecodeError
> =>
  Effect.suspend((): Effect.Effect<
    { readonly codec: WireCodecName; readonly message: Uint8Array },
    UnknownWireFormat | WireDecodeError
  > => {
    const codec = detect(payload)
    if (codec === undefined) return Effect.fail(new UnknownWireFormat({ head: hexHead(payload) }))
    return Effect.try({
      try: () => ({ codec, message: decompress(codec, payload) }),
      catch: (error) => new WireDecodeError({ codec, message: error instanceof Error ? error.message : String(error) })
    })
  })

/** Decompresses with a known codec (throws on corrupt input). */
export const decompress = (codec: WireCodecName, payload: Uint8Array): Uint8Array => {
  switch (codec) {
    case "zlib":
      return view(zlib.inflateSync(payload))
    case "zstd":
      return view(zlib.zstdDecompressSync(payload))
    case "none":
      return payload
  }
}
