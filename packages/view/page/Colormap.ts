/**
 * Depth images as colour: each valid sample (non-zero) is scaled to the image's own depth range (2nd..98th
 * percentile, so a few far or near outliers do not wash it out) and coloured with the Turbo colour map, near = red,
 * far = blue; holes (0) are black.
 */

const clamp = (v: number) => Math.min(255, Math.max(0, Math.round(v)))

/** Turbo, as Google's polynomial approximation: t in [0, 1] -> [r, g, b] in [0, 255]. */
export const turbo = (t: number): readonly [number, number, number] => {
  const x = Math.min(1, Math.max(0, t))
  const r = 34.61 + x * (1172.33 - x * (10793.56 - x * (33300.12 - x * (38394.49 - x * 14825.05))))
  const g = 23.31 + x * (557.33 + x * (1225.33 - x * (3574.96 - x * (1073.77 + x * 707.56))))
  const b = 27.2 + x * (3211.1 - x * (15327.97 - x * (27814 - x * (22569.18 - x * 6838.66))))
  return [clamp(r), clamp(g), clamp(b)]
}

const LUT_SIZE = 256
const LUT: ReadonlyArray<readonly [number, number, number]> = Array.from(
  { length: LUT_SIZE },
  (_, i) => turbo(i / (LUT_SIZE - 1))
)

/** Where on Turbo the farthest and the nearest depths go. */
const TURBO_FAR = 0.1
const TURBO_NEAR = 0.9

/** The 2nd and 98th percentiles of the non-zero samples, or undefined when there are none. */
export const depthRange = (samples: ArrayLike<number>): { readonly near: number; readonly far: number } | undefined => {
  const valid: Array<number> = []
  for (let i = 0; i < samples.length; i++) if (samples[i]! > 0) valid.push(samples[i]!)
  if (valid.length === 0) return undefined
  valid.sort((a, b) => a - b)
  return { near: valid[Math.floor(valid.length * 0.02)]!, far: valid[Math.floor(valid.length * 0.98)]! }
}

/** RGBA pixels (for an `ImageData`) of a depth image of `width` x `height` samples. */
export const colourDepth = (
  samples: ArrayLike<number>,
  width: number,
  height: number
): Uint8ClampedArray<ArrayBuffer> => {
  const rgba = new Uint8ClampedArray(width * height * 4)
  const range = depthRange(samples)
  const span = range === undefined ? 1 : Math.max(1, range.far - range.near)
  const near = range?.near ?? 0
  const n = Math.min(samples.length, width * height)
  for (let i = 0; i < n; i++) {
    const d = samples[i]!
    const o = i * 4
    rgba[o + 3] = 255
    if (d <= 0) continue
    // near -> the red end of Turbo, far -> the blue end; both ends kept off Turbo's dark extremes, which would read
    // as holes
    const t = TURBO_FAR + (TURBO_NEAR - TURBO_FAR) * (1 - Math.min(1, Math.max(0, (d - near) / span)))
    const [r, g, b] = LUT[Math.round(t * (LUT_SIZE - 1))]!
    rgba[o] = r
    rgba[o + 1] = g
    rgba[o + 2] = b
  }
  return rgba
}
