import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // two files at a time with the other packages and the benchmarks' smoke runs, before the end-to-end project
    // (see test/vitest.config.ts); every project of one group must name the same maxWorkers
    maxWorkers: 2,
    sequence: { groupOrder: 0 }
  }
})
