import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { colourDepth, depthRange, turbo } from "../page/Colormap.ts"

const redness = (rgb: ArrayLike<number>) => rgb[0]! - rgb[2]!

describe("Colormap", () => {
  it("uses Turbo from blue (far) to red (near)", () => {
    expect(redness(turbo(0.1))).toBeLessThan(0)
    expect(redness(turbo(0.9))).toBeGreaterThan(0)
    expect(redness(colourDepth([1000, 2000], 2, 1).subarray(0, 3))).toBeGreaterThan(0)
    expect(redness(colourDepth([1000, 2000], 2, 1).subarray(4, 7))).toBeLessThan(0)
  })

  it.prop("colours every pixel opaque, holes black, and nearer never bluer than farther", {
    samples: Schema.Array(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 65_535 }))).check(
      Schema.isMinLength(1)
    )
  }, ({ samples }) => {
    const rgba = colourDepth(samples, samples.length, 1)
    expect(rgba.length).toBe(samples.length * 4)
    const range = depthRange(samples)
    samples.forEach((d, i) => {
      expect(rgba[i * 4 + 3]).toBe(255)
      if (d === 0) expect(Array.from(rgba.subarray(i * 4, i * 4 + 3))).toEqual([0, 0, 0])
    })
    // Within the range, the colour map position falls as depth rises: compare the two ends' redness.
    if (range !== undefined && range.far > range.near) {
      const near = samples.indexOf(samples.filter((d) => d > 0 && d <= range.near)[0]!)
      const far = samples.indexOf(samples.filter((d) => d >= range.far)[0]!)
      expect(redness(rgba.subarray(near * 4))).toBeGreaterThanOrEqual(redness(rgba.subarray(far * 4)))
    }
  })
})
