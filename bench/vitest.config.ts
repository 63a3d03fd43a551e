import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // with the packages' unit tests, before the end-to-end project (see test/vitest.config.ts)
    sequence: { groupOrder: 0 }
  }
})
