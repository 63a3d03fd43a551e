/**
 * What the page shows of a frame, decided by the track's frame encoding and schema: Foxglove images as pictures
 * (`foxglove.RawImage` depth colour-mapped, `foxglove.CompressedImage` as the image itself), other Foxglove
 * messages and JSON as text, anything else as printable text or hex.
 *
 * Depth frames may come through the publisher's wire codec (see the realsense package): zlib is inflated with the
 * browser's own `DecompressionStream`; zstd and delta-zstd have no decoder in a browser and are shown as such.
 */
import * as FramePreview from "@effect-livekit/core/FramePreview"
import { foxglove } from "@effect-livekit/realsense/foxglove-codec"
import { colourDepth } from "./Colormap.ts"
import type { TrackMetadata } from "./TrackMetadata.ts"

export type FrameView =
  | { readonly kind: "text"; readonly text: string }
  | {
    readonly kind: "pixels"
    readonly width: number
    readonly height: number
    readonly rgba: Uint8ClampedArray<ArrayBuffer>
    readonly text: string
  }
  | { readonly kind: "image"; readonly mime: string; readonly bytes: Uint8Array<ArrayBuffer>; readonly text: string }

const MAX_TEXT = 160

const startsWith = (bytes: Uint8Array, magic: ReadonlyArray<number>) => magic.every((b, i) => bytes[i] === b)

/** zlib's two-byte header: CM = 8 (deflate), and the check bits make the pair a multiple of 31. */
const isZlib = (bytes: Uint8Array) =>
  bytes.length > 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0

const inflate = async (bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> => {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The protobuf message inside the wire codec, or a reason it cannot be read here. */
const unwrap = async (payload: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer> | string> => {
  if (startsWith(payload, [0x28, 0xb5, 0x2f, 0xfd])) return "zstd-compressed (no zstd decoder in the browser)"
  if (startsWith(payload, [0x89, 0x4c, 0x4b, 0x44])) return "delta-zstd (no zstd decoder in the browser)"
  return isZlib(payload) ? inflate(payload) : payload
}

const truncate = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text)

/** Samples of a 16-bit little-endian image, row by row (`step` bytes per row). */
const samples16 = (data: Uint8Array, width: number, height: number, step: number): Uint16Array => {
  const out = new Uint16Array(width * height)
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const at = v * step + u * 2
      if (at + 2 <= data.byteLength) out[v * width + u] = view.getUint16(at, true)
    }
  }
  return out
}

/** RGBA of an 8-bit colour or grey image. */
const rgbaOf = (data: Uint8Array, width: number, height: number, step: number, encoding: string) => {
  const rgba = new Uint8ClampedArray(width * height * 4)
  const channels = encoding === "mono8" ? 1 : encoding === "rgba8" || encoding === "bgra8" ? 4 : 3
  const bgr = encoding.startsWith("bgr")
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const at = v * step + u * channels
      const o = (v * width + u) * 4
      const c0 = data[at] ?? 0
      const c1 = channels === 1 ? c0 : data[at + 1] ?? 0
      const c2 = channels === 1 ? c0 : data[at + 2] ?? 0
      rgba[o] = bgr ? c2 : c0
      rgba[o + 1] = c1
      rgba[o + 2] = bgr ? c0 : c2
      rgba[o + 3] = 255
    }
  }
  return rgba
}

const rawImage = (message: Uint8Array): FrameView => {
  const image = foxglove.RawImage.decode(message)
  const { encoding, height, step, width } = image
  const data = image.data
  const text = `${width}x${height} ${encoding}`
  switch (encoding) {
    case "16UC1":
    case "mono16":
      return {
        kind: "pixels",
        width,
        height,
        rgba: colourDepth(samples16(data, width, height, step), width, height),
        text
      }
    case "mono8":
    case "rgb8":
    case "bgr8":
    case "rgba8":
    case "bgra8":
      return { kind: "pixels", width, height, rgba: rgbaOf(data, width, height, step, encoding), text }
    default:
      return { kind: "text", text: `${text} (encoding not shown)` }
  }
}

const compressedImage = (message: Uint8Array): FrameView => {
  const image = foxglove.CompressedImage.decode(message)
  const format = image.format.toLowerCase()
  const mime = format.includes("png") ? "image/png" : format.includes("webp") ? "image/webp" : "image/jpeg"
  return { kind: "image", mime, bytes: new Uint8Array(image.data), text: `${image.format} ${image.data.byteLength} B` }
}

const foxgloveText = (schema: string, message: Uint8Array): FrameView | undefined => {
  const type = schema === "foxglove.PoseInFrame"
    ? foxglove.PoseInFrame
    : schema === "foxglove.CameraCalibration"
    ? foxglove.CameraCalibration
    : undefined
  if (type === undefined) return undefined
  const object = type.toObject(type.decode(message) as never, { longs: String, defaults: false })
  return { kind: "text", text: truncate(JSON.stringify(object)) }
}

const plain = (payload: Uint8Array, metadata: TrackMetadata): FrameView => {
  const text = FramePreview.printableText(payload)
  if (metadata.frameEncoding === "json" && text !== undefined) {
    try {
      return { kind: "text", text: truncate(JSON.stringify(JSON.parse(text))) }
    } catch {
      // not JSON after all: shown as text
    }
  }
  return { kind: "text", text: FramePreview.preview(payload, MAX_TEXT) }
}

/** How to show `payload`, a frame of a track with `metadata`. Never fails: what cannot be decoded is shown raw. */
export const viewOf = async (payload: Uint8Array<ArrayBuffer>, metadata: TrackMetadata): Promise<FrameView> => {
  const schema = metadata.schemaName
  if (metadata.frameEncoding !== "protobuf" || schema === undefined || !schema.startsWith("foxglove.")) {
    return plain(payload, metadata)
  }
  try {
    const message = await unwrap(payload)
    if (typeof message === "string") return { kind: "text", text: `${schema}, ${message}` }
    if (schema === "foxglove.RawImage") return rawImage(message)
    if (schema === "foxglove.CompressedImage") return compressedImage(message)
    return foxgloveText(schema, message) ?? plain(payload, metadata)
  } catch (error) {
    return { kind: "text", text: `undecodable ${schema}: ${error instanceof Error ? error.message : String(error)}` }
  }
}
