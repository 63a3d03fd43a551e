/**
 * A PNG preview of a depth image: 8-bit grayscale, near = bright, holes black, scaled to the image's own depth
 * range (2nd..98th percentile).
 */
import * as Png from "./Png.ts"
import type { DepthImage } from "./RgbdFrame.ts"

/** Encodes an 8-bit grayscale image as PNG. */
export const encodeGrayPng = (width: number, height: number, pixels: Uint8Array): Uint8Array =>
  Png.encode(width, height, pixels, "gray")

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
