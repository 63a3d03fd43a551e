import { describe, expect, it } from "@effect/vitest"
import { Clock, Effect, Stream } from "effect"
import { Intrinsics } from "../src/RgbdFrame.ts"
import * as SyntheticCamera from "../src/SyntheticCamera.ts"

describe("SyntheticCamera", () => {
  it.effect("is deterministic: the same seed gives the same frames", () =>
    Effect.gen(function*() {
      const options = { width: 160, height: 120, frames: 3, realtime: false, startMicros: 1_000_000n }
      const a = yield* Stream.runCollect(SyntheticCamera.stream(options))
      const b = yield* Stream.runCollect(SyntheticCamera.stream(options))
      const c = yield* Stream.runCollect(SyntheticCamera.stream({ ...options, seed: 2 }))
      expect(a.map((f) => f.depth.data)).toEqual(b.map((f) => f.depth.data))
      expect(a.map((f) => f.color?.data)).toEqual(b.map((f) => f.color?.data))
      expect(a[0]!.depth.data).not.toEqual(c[0]!.depth.data)
      expect(a.map((f) => f.timestampMicros)).toEqual([1_000_000n, 1_033_333n, 1_066_667n])
      expect(a[0]!.pose?.orientation.w).toBeCloseTo(1, 2)
    }))

  it.live("in real time, stamps each frame when it leaves the camera, even when the consumer is slower than fps", () =>
    Effect.gen(function*() {
      // 50 fps, a consumer that takes 100 ms per frame: nominal stamps would fall 80 ms further behind per frame.
      const lags = yield* SyntheticCamera.stream({ width: 16, height: 16, fps: 50, frames: 4 }).pipe(
        Stream.mapEffect((frame) =>
          Clock.currentTimeNanos.pipe(
            Effect.map((nanos) => Number(nanos / 1000n - frame.timestampMicros) / 1000),
            Effect.tap(() => Effect.sleep("100 millis"))
          )
        ),
        Stream.runCollect
      )
      expect(lags).toHaveLength(4)
      for (const lag of lags) expect(lag).toBeLessThan(50)
    }))

  it("has D435 intrinsics, holes, and noise that grows with z²", () => {
    const intrinsics = Intrinsics.d435()
    expect([intrinsics.fx, intrinsics.fy, intrinsics.cx, intrinsics.cy]).toEqual([383, 383, 320, 240])
    const frames = [0, 1, 2, 3].map((i) => SyntheticCamera.render(intrinsics, 0, 30, i + 1, false).depth)
    const holes = frames[0]!.data.filter((d) => d === 0).length / frames[0]!.data.length
    expect(holes).toBeGreaterThan(0.01)
    expect(holes).toBeLessThan(0.2)
    // per-pixel spread across seeds: near floor pixels (bottom rows) vs the far back wall (image centre rows)
    const spread = (u: number, v: number) => {
      const values = frames.map((f) => f.data[v * 640 + u]!).filter((d) => d > 0)
      if (values.length < 2) return { mean: 0, sd: 0 }
      const mean = values.reduce((a, b) => a + b, 0) / values.length
      return { mean, sd: Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) }
    }
    let nearSd = 0, farSd = 0
    for (let u = 40; u < 600; u += 7) {
      nearSd += spread(u, 470).sd
      farSd += spread(u, 150).sd
    }
    expect(spread(320, 470).mean).toBeLessThan(1_400)
    expect(farSd).toBeGreaterThan(nearSd * 3)
  })
})
