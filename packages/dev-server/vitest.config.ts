import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One file at a time, alone (a project of one worker in group 0 runs in vitest's sequential group, after the
    // others): beside each other or other files, its WebRTC loopback tests lost their ICE connection and a signal
    // forwarding test timed out, on a 2-core machine.
    fileParallelism: false,
    sequence: { groupOrder: 0 }
  }
})
