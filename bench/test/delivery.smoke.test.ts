/** Smoke runs of the delivery and memory benchmarks (see Smoke.ts). */
import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expectFiles, makeOut, PNG_SIGNATURE, readJson, runSmoke } from "./Smoke.ts"

const out = makeOut()

describe("benchmark smoke runs: delivery and memory", { timeout: 180_000 }, () => {
  it("sweep writes a CSV, a table, a heatmap and the machine", () => {
    runSmoke("sweep.ts", out)
    expectFiles(out, "sweep.csv", "sweep.md", "sweep.png", "sweep.json")
    expect([...readFileSync(join(out, "sweep.png")).subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    const { machine, rows } = readJson(out, "sweep.json") as {
      machine: { hostCpus: number; node: string }
      rows: ReadonlyArray<{ size: number; rateHz: number; skipped: boolean; deliveryRatio: number; p50Ms: number }>
    }
    expect(machine.hostCpus).toBeGreaterThan(0)
    expect(machine.node).toMatch(/^v24\./)
    const small = rows.filter((row) => row.size === 1024 && !row.skipped)
    expect(small.length).toBeGreaterThan(0)
    for (const row of small) {
      // 1 KiB at 10-100 Hz is far below the ceiling: nearly everything arrives, within a second
      expect(row.deliveryRatio).toBeGreaterThanOrEqual(0.8)
      expect(row.p50Ms).toBeGreaterThan(0)
      expect(row.p50Ms).toBeLessThan(1000)
    }
    const csv = readFileSync(join(out, "sweep.csv"), "utf8").trim().split("\n")
    expect(csv[0]).toContain("delivery_ratio")
    expect(csv.length).toBe(rows.length + 1)
    expect(readFileSync(join(out, "sweep.md"), "utf8")).toContain("| size \\ rate |")
  })
  it("memory samples the subscriber on latest and on frames", () => {
    runSmoke("memory.ts", out)
    expectFiles(out, "memory.csv", "memory.md", "memory.json")
    const { results } = readJson(out, "memory.json") as {
      results: ReadonlyArray<
        { mode: string; consumed: number; pushed: number; samples: ReadonlyArray<{ rss: number }> }
      >
    }
    expect(results.map((r) => r.mode)).toEqual(["latest", "frames"])
    for (const result of results) {
      expect(result.pushed).toBeGreaterThan(0)
      expect(result.consumed).toBeGreaterThan(0)
      // a 100 ms consumer cannot take more than ~10 frames a second
      expect(result.consumed).toBeLessThan(result.pushed)
      expect(result.samples.length).toBeGreaterThan(3)
      expect(result.samples.every((s) => s.rss > 0)).toBe(true)
    }
  })
  it("foxglove measures the bridge against a direct subscriber on the RGB-D topics", () => {
    runSmoke("foxglove.ts", out)
    expectFiles(out, "foxglove.md", "foxglove.json")
    const { rows } = readJson(out, "foxglove.json") as {
      rows: ReadonlyArray<
        { topic: string; pushed: number; direct: { frames: number }; bridge: { frames: number; p50Ms: number } }
      >
    }
    expect(rows.map((row) => row.topic)).toEqual([
      "camera/depth",
      "camera/color",
      "camera/pose",
      "camera/depth/camera_info"
    ])
    for (const row of rows) {
      expect(row.pushed).toBeGreaterThan(0)
      expect(row.direct.frames).toBeGreaterThan(0)
      expect(row.bridge.frames).toBeGreaterThan(0)
      expect(Number.isFinite(row.bridge.p50Ms)).toBe(true)
    }
  })
})
