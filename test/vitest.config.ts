import { tmpdir } from "node:os"
import { join } from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    // The end-to-end files run real Rust clients, which need both cores of a small machine: one file at a time, and
    // only after every other project is done (projects otherwise run side by side; the benchmarks' smoke runs,
    // streaming through their own agents, cost delivery here).
    fileParallelism: false,
    sequence: { groupOrder: 1 },
    // The files start a few hundred Node processes (commands, participants, demos): V8's compile cache spares each
    // one compiling the same modules again, a third of its start-up.
    env: { NODE_COMPILE_CACHE: join(tmpdir(), "effect-livekit-test-compile-cache") }
  }
})
