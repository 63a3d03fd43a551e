/**
 * A PNG preview of a depth image: 8-bit grayscale, near = bright, holes black, scaled to the image's own depth
 * range (2nd..98th percentile). A minimal PNG encoder (IHDR, one zlib IDAT, IEND) over node:zlib.
 */
import * as zlib from "node:zlib"
import type { DepthImage } from "./RgbdFrame.ts"

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(12 + data.byteLength)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.byteLength)
  out.set(new TextEncoder().encode(type), 4)
  out.set(data, 8)
  view.setUint32(8 + data.byteLength, crc32(out.subarray(4, 8 + data.byteLength)))
  return out
}

/** Encodes an 8-bit grayscale image as PNG. */
export const encodeGrayPng = (width: number, height: number, pixels: Uint8Array): Uint8Array => {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header[8] = 8 // bit depth
  header[9] = 0 // grayscale
  const raw = new Uint8Array((width + 1) * height)
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1)
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const parts = [
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", new Uint8Array())
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

/** The depth image as a grayscale PNG. */
export const depthPng = (depth: DepthImage): Uint8Array => {
  const valid = depth.data.filter((d) => d > 0).toSorted()
  const near = valid[Math.floor(valid.length * 0.02)] ?? 0
  const far = valid[Math.floor(valid.length * 0.98)] ?? 1
  const span = Math.max(1, far - near)
  const pixels = new Uint8Array(depth.width * depth.height)
  depth.data.forEach((d, i) => {
    pixels[i] = d === 0 ? 0 : 255 - Math.round(Math.min(1, Math.max(0, (d - near) / span)) * 215)
  })
  return encodeGrayPng(depth.width, depth.height, pixels)
}
