import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // beside the packages' unit tests, two files at a time, before the end-to-end project (see test/vitest.config.ts)
    maxWorkers: 2,
    sequence: { groupOrder: 0 }
  }
})
