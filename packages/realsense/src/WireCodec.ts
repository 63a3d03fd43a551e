/**
 * The wire codec of depth frames: the whole encoded `foxglove.RawImage` compressed with zlib level 1 (the default,
 * wire-compatible with the upstream C++ viewer), zstd, or sent as is; or `delta-zstd`, this project's depth codec:
 * the image bytes (field 6) as 16-bit samples, delta-coded (zigzag) and byte-shuffled, then zstd — about a quarter
 * smaller than zlib-1 and several times faster (see the README). Receivers need no metadata: the codec is detected
 * from the first bytes (zlib `78 01`, zstd `28 b5 2f fd`, delta-zstd `89 4c 4b 44` = "\x89LKD"; a RawImage
 * protobuf starts with `0a`).
 *
 * delta-zstd layout: magic (4) | version 1 (1) | u32 LE length H | the message without its field 6 (H bytes) |
 * zstd(low bytes of the zigzag-coded sample deltas, then their high bytes, then an odd trailing byte). Decoding
 * appends field 6 to the rest of the message: protobuf merges concatenated fields, so the result has the original
 * message's content.
 */
import { Effect, Schema } from "effect"
import * as zlib from "node:zlib"

export const WireCodecName = Schema.Literals(["zlib", "zstd", "delta-zstd", "none"])
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
const DELTA_MAGIC = [0x89, 0x4c, 0x4b, 0x44] as const
const DELTA_VERSION = 1
/** The field of the image bytes in `foxglove.RawImage`. */
const DATA_FIELD = 6

/** zstd level: 1 is the fastest and, on depth images, within a few percent of level 3. */
export const ZSTD_LEVEL = 1

const view = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

/** Compresses an encoded message for the wire. */
export const encode = (codec: WireCodecName, message: Uint8Array): Uint8Array => {
  switch (codec) {
    case "zlib":
      return view(zlib.deflateSync(message, { level: 1 }))
    case "zstd":
      return zstd(message)
    case "delta-zstd":
      return deltaEncode(message)
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
  if (b0 === DELTA_MAGIC[0] && b1 === DELTA_MAGIC[1] && b2 === DELTA_MAGIC[2] && b3 === DELTA_MAGIC[3]) {
    return "delta-zstd"
  }
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
    case "delta-zstd":
      return deltaDecode(payload)
    case "none":
      return payload
  }
}

const zstd = (bytes: Uint8Array): Uint8Array =>
  view(zlib.zstdCompressSync(bytes, { params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }))

const readVarint = (bytes: Uint8Array, at: number): readonly [value: number, next: number] => {
  let value = 0
  let shift = 0
  let p = at
  for (;;) {
    const byte = bytes[p++]
    if (byte === undefined) throw new RangeError("truncated varint")
    value += (byte & 0x7f) * 2 ** shift
    if ((byte & 0x80) === 0) return [value, p]
    shift += 7
    if (shift > 49) throw new RangeError("varint too long")
  }
}

const writeVarint = (value: number): Uint8Array => {
  const out: Array<number> = []
  let v = value
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80)
    v = Math.floor(v / 0x80)
  }
  out.push(v)
  return Uint8Array.from(out)
}

/** Splits a protobuf message into its field-6 bytes and everything else (top-level fields only). */
const splitData = (message: Uint8Array): { readonly rest: Uint8Array; readonly data: Uint8Array } => {
  let p = 0
  while (p < message.byteLength) {
    const start = p
    const [key, afterKey] = readVarint(message, p)
    const wire = key & 7
    p = afterKey
    if (wire === 0) p = readVarint(message, p)[1]
    else if (wire === 1) p += 8
    else if (wire === 5) p += 4
    else if (wire === 2) {
      const [length, afterLength] = readVarint(message, p)
      p = afterLength + length
      if (Math.floor(key / 8) === DATA_FIELD) {
        const rest = new Uint8Array(message.byteLength - (p - start))
        rest.set(message.subarray(0, start))
        rest.set(message.subarray(p), start)
        return { rest, data: message.subarray(afterLength, p) }
      }
    } else throw new RangeError(`unsupported wire type ${wire}`)
    if (p > message.byteLength) throw new RangeError("field past the message end")
  }
  return { rest: message, data: new Uint8Array() }
}

/** The samples of little-endian 16-bit data as a Uint16Array (a view when aligned, else an aligned copy). */
const samplesOf = (data: Uint8Array): Uint16Array => {
  const count = data.byteLength >> 1
  if ((data.byteOffset & 1) === 0) return new Uint16Array(data.buffer, data.byteOffset, count)
  return new Uint16Array(data.slice(0, count * 2).buffer, 0, count)
}

const deltaEncode = (message: Uint8Array): Uint8Array => {
  const { data, rest } = splitData(message)
  const input = samplesOf(data) // little-endian platforms only, as every Node target
  const samples = input.length
  const filtered = new Uint8Array(data.byteLength)
  let previous = 0
  for (let i = 0; i < samples; i++) {
    const sample = input[i]!
    const delta = ((sample - previous) << 16) >> 16 // the difference as a signed 16-bit value
    const zigzag = (delta << 1) ^ (delta >> 15) // small magnitudes -> small codes, either sign
    previous = sample
    filtered[i] = zigzag
    filtered[samples + i] = zigzag >> 8
  }
  if ((data.byteLength & 1) === 1) filtered[data.byteLength - 1] = data[data.byteLength - 1]!
  const body = zstd(filtered)
  const out = new Uint8Array(9 + rest.byteLength + body.byteLength)
  out.set(DELTA_MAGIC, 0)
  out[4] = DELTA_VERSION
  new DataView(out.buffer).setUint32(5, rest.byteLength, true)
  out.set(rest, 9)
  out.set(body, 9 + rest.byteLength)
  return out
}

const deltaDecode = (payload: Uint8Array): Uint8Array => {
  if (payload.byteLength < 9 || payload[4] !== DELTA_VERSION) throw new RangeError("bad delta-zstd header")
  const restLength = new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(5, true)
  if (9 + restLength > payload.byteLength) throw new RangeError("delta-zstd header past the end")
  const rest = payload.subarray(9, 9 + restLength)
  const filtered = view(zlib.zstdDecompressSync(payload.subarray(9 + restLength)))
  const tag = writeVarint((DATA_FIELD << 3) | 2)
  const length = writeVarint(filtered.byteLength)
  const header = rest.byteLength + tag.byteLength + length.byteLength
  // the data goes at an even offset of its own buffer so that it can be written as 16-bit samples
  const pad = header & 1
  const buffer = new Uint8Array(pad + header + filtered.byteLength)
  const out = buffer.subarray(pad)
  out.set(rest, 0)
  out.set(tag, rest.byteLength)
  out.set(length, rest.byteLength + tag.byteLength)
  const samples = filtered.byteLength >> 1
  const output = new Uint16Array(buffer.buffer, pad + header, samples)
  let previous = 0
  for (let i = 0; i < samples; i++) {
    const zigzag = filtered[i]! | (filtered[samples + i]! << 8)
    previous = (previous + ((zigzag >>> 1) ^ -(zigzag & 1))) & 0xffff
    output[i] = previous
  }
  if ((filtered.byteLength & 1) === 1) out[header + filtered.byteLength - 1] = filtered[filtered.byteLength - 1]!
  return out
}
