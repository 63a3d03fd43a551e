/** Smoke runs of the CPU cost benchmarks (see Smoke.ts). */
import { describe, expect, it } from "@effect/vitest"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { expectFiles, makeOut, readJson, runSmoke } from "./Smoke.ts"

const out = makeOut()

describe("benchmark smoke runs: CPU cost", { timeout: 180_000 }, () => {
  it("overhead compares the SDK with the raw driver and the two codecs", () => {
    runSmoke("overhead.ts", out)
    expectFiles(out, "overhead.csv", "overhead.md", "overhead.json")
    const { codec, summary } = readJson(out, "overhead.json") as {
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
  it("server measures the dev server's CPU per MB/s and per 1,000 packets", () => {
    runSmoke("server.ts", out)
    expectFiles(out, "server.csv", "server.md", "server.json")
    const { rows } = readJson(out, "server.json") as {
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
  it("relay-floor measures a bare Node relay per variant, beside the dev server's figure", () => {
    runSmoke("relay-floor.ts", out)
    expectFiles(out, "relay-floor.md", "relay-floor.json")
    const { rows, serverPctPerMBps } = readJson(out, "relay-floor.json") as {
      rows: ReadonlyArray<{ variant: string; sent: number; delivered: number; relayNetPct: number }>
      serverPctPerMBps: number | undefined
    }
    expect(rows.map((r) => r.variant)).toEqual(["udp", "udp+acks", "udp+acks+aes-gcm"])
    for (const row of rows) {
      // loopback inside the test's namespace: every packet sent on time reaches the subscriber
      expect(row.sent).toBe(500)
      expect(row.delivered).toBeGreaterThan(row.sent / 2)
      expect(row.relayNetPct).toBeGreaterThanOrEqual(0)
    }
    // the server smoke run above wrote server.json into the same directory
    expect(serverPctPerMBps).toBeGreaterThan(0)
  })
})
