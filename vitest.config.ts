import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "test/vitest.config.ts", "bench/vitest.config.ts"],
    // Each project says how many of its files run at once (a project's default is one fewer than the cores: one, on a
    // small CI machine). The packages' unit tests and the benchmarks' smoke runs (`sequence.groupOrder` 0) run two at a
    // time; the end-to-end project (`test/`, groupOrder 1) runs after them, one file at a time, alone: its files drive
    // real Rust clients that need both cores of a small machine to keep their delivery and latency bars. The dev
    // server's own tests run last, one at a time (see packages/dev-server/vitest.config.ts).
    maxWorkers: 2
  }
})
