/**
 * Sizes of the load and leak cases: short for CI (the README's test command), long for `pnpm soak`
 * (`EFFECT_LIVEKIT_SOAK=1`, see bench/soak).
 */
export const soak = process.env["EFFECT_LIVEKIT_SOAK"] === "1"

export const params = soak
  ? {
    label: "soak",
    smallFrames: { size: 1024, intervalMs: 5, seconds: 60 },
    largeFrames: { size: 64 * 1024, intervalMs: 50, seconds: 60 },
    manyTracks: { tracks: 256, frameSize: 196_608, pushIntervalMs: 70 },
    fanOut: { subscribers: 20, size: 1024, intervalMs: 20, seconds: 30 },
    joinLeave: { cycles: 100 },
    churn: { everyMs: 200, seconds: 30 },
    leaks: { connectCycles: 1000, trackCycles: 1000 },
    testTimeoutMs: 30 * 60_000
  }
  : {
    label: "ci",
    smallFrames: { size: 1024, intervalMs: 5, seconds: 4 },
    largeFrames: { size: 64 * 1024, intervalMs: 50, seconds: 4 },
    manyTracks: { tracks: 256, frameSize: 1024, pushIntervalMs: 2 },
    fanOut: { subscribers: 20, size: 1024, intervalMs: 20, seconds: 3 },
    joinLeave: { cycles: 10 },
    churn: { everyMs: 200, seconds: 5 },
    leaks: { connectCycles: 50, trackCycles: 100 },
    testTimeoutMs: 120_000
  }
