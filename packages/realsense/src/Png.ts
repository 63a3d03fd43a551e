/**
 * A minimal PNG encoder over node:zlib: 8-bit samples, one IDAT, no interlace, filter 0. Enough for previews and
 * charts; used by the depth preview and by the benchmarks' heatmaps.
 */
import { crc32, deflateSync } from "node:zlib"

/** Grayscale (1 byte per pixel) or RGBA (4 bytes per pixel). */
export type ColourType = "gray" | "rgba"

const channels: Record<ColourType, number> = { gray: 1, rgba: 4 }
const colourTypeCode: Record<ColourType, number> = { gray: 0, rgba: 6 }

const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const chunk = (type: string, data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(12 + data.byteLength)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.byteLength)
  out.set(new TextEncoder().encode(type), 4)
  out.set(data, 8)
  view.setUint32(8 + data.byteLength, crc32(out.subarray(4, 8 + data.byteLength)))
  return out
}

/** Encodes row-major pixels of the given colour type as a PNG file. */
export const encode = (width: number, height: number, pixels: Uint8Array, colour: ColourType): Uint8Array => {
  const header = new Uint8Array(13)
  const view = new DataView(header.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  header[8] = 8 // bit depth
  header[9] = colourTypeCode[colour]
  const stride = width * channels[colour]
  const raw = new Uint8Array((stride + 1) * height) // each scanline starts with filter byte 0
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  const parts = [signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())]
  const out = new Uint8Array(parts.reduce((n, part) => n + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}
