import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "test/vitest.config.ts", "bench/vitest.config.ts"],
    // One test file at a time within a project: the end-to-end files run real Rust clients, which need both cores of
    // a small CI machine to keep their delivery and latency bars; in parallel they starve each other. Projects run
    // side by side unless their `sequence.groupOrder` differs: the end-to-end project (`test/`) runs alone, last.
    fileParallelism: false
  }
})
