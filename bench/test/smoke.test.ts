/**
 * Smoke runs of the benchmarks (seconds each), so they never rot: each must exit 0 and write sane results.
 * The full runs (`pnpm bench:*`) stay out of the test suite. Runs inside the private network namespace, as the
 * root test script does (`isolate.ts -- vitest run`).
 */
import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const out = mkdtempSync(join(tmpdir(), "effect-livekit-bench-"))

const runSmoke = (script: string): string => {
  const path = fileURLToPath(new URL(`../src/${script}`, import.meta.url))
  const result = spawnSync(process.execPath, [path, "--smoke", "--out", out], {
    encoding: "utf8",
    timeout: 150_000,
    maxBuffer: 16 * 2 ** 20
  })
  const output = `${result.stdout}\n${result.stderr}`
  // the output is in the failure message
  expect({ status: result.status, output }).toMatchObject({ status: 0 })
  return output
}

const readJson = (name: string) => JSON.parse(readFileSync(join(out, name), "utf8")) as Record<string, unknown>

const expectFiles = (...names: ReadonlyArray<string>) =>
  expect(names.filter((name) => !existsSync(join(out, name)))).toEqual([])

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe("benchmark smoke runs", { timeout: 180_000 }, () => {
  it("sweep writes a CSV, a table, a heatmap and the machine", () => {
    runSmoke("sweep.ts")
    expectFiles("sweep.csv", "sweep.md", "sweep.png", "sweep.json")
    expect([...readFileSync(join(out, "sweep.png")).subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    const { machine, rows } = readJson("sweep.json") as {
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

  it("overhead compares the SDK with the raw driver and the two codecs", () => {
    runSmoke("overhead.ts")
    expectFiles("overhead.csv", "overhead.md", "overhead.json")
    const { codec, summary } = readJson("overhead.json") as {
      summary: ReadonlyArray<
        {
          size: number
          pushRatio: number
          receiveRatio: number
          sdk: { push: number; receive: number; delivery: number }
          raw: { push: number; receive: number; delivery: number }
        }
      >
      codec: ReadonlyArray<{ oursNs: number; officialNs: number }>
    }
    expect(summary.map((row) => row.size)).toEqual([64, 1024, 65_536])
    for (const row of summary) {
      // CPU per frame is positive and finite on both sides, and frames got through on both
      for (
        const value of [row.sdk.push, row.sdk.receive, row.raw.push, row.raw.receive, row.pushRatio, row.receiveRatio]
      ) {
        expect(Number.isFinite(value)).toBe(true)
      }
      expect(row.sdk.push).toBeGreaterThan(0)
      expect(row.raw.push).toBeGreaterThan(0)
      expect(row.sdk.delivery).toBeGreaterThan(0)
      expect(row.raw.delivery).toBeGreaterThan(0)
    }
    expect(codec.length).toBeGreaterThan(0)
    for (const row of codec) {
      expect(row.oursNs).toBeGreaterThan(0)
      expect(row.officialNs).toBeGreaterThan(0)
    }
  })

  it("memory samples the subscriber on latest and on frames", () => {
    runSmoke("memory.ts")
    expectFiles("memory.csv", "memory.md", "memory.json")
    const { results } = readJson("memory.json") as {
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

  it("server measures the dev server's CPU per MB/s and per 1,000 packets", () => {
    runSmoke("server.ts")
    expectFiles("server.csv", "server.md", "server.json")
    const { rows } = readJson("server.json") as {
      rows: ReadonlyArray<{ subscribers: number; forwardedMBps: number; deliveryRatio: number; serverCpuPct: number }>
    }
    expect(rows.map((r) => r.subscribers)).toEqual([1, 2])
    for (const row of rows) {
      expect(row.forwardedMBps).toBeGreaterThan(0)
      expect(row.deliveryRatio).toBeGreaterThan(0.5)
      expect(row.serverCpuPct).toBeGreaterThanOrEqual(0)
    }
    expect(readFileSync(join(out, "server.md"), "utf8")).toContain("Rust clients")
  })
})
