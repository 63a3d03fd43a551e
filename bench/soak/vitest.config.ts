/**
 * The long load and leak runs (`pnpm soak`): the test/stress suites with EFFECT_LIVEKIT_SOAK=1 — 60 s of 1 KiB every
 * 5 ms and of 64 KiB every 50 ms, 256 tracks with 196,608-byte frames, 30 s of fan-out to 20 subscribers, 100
 * subscriber join/leave cycles, 30 s of subscription churn, 1,000 connect and 1,000 publish/subscribe cycles.
 * One file at a time: the Rust clients are CPU-heavy and the figures should measure them, not each other.
 */
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../../test", import.meta.url)),
    include: ["stress/**/*.test.ts"],
    env: { EFFECT_LIVEKIT_SOAK: "1" },
    fileParallelism: false,
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000
  }
})
