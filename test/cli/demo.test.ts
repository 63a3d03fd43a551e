/**
 * `pnpm demo` end to end, as a real process: the robot and the human on the embedded dev server through the LiveKit
 * Rust core, on a server named by LIVEKIT_URL, and in memory; its summary parsed; bad configuration in one line.
 */
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { afterAll, beforeAll } from "vitest"
import { baseEnv, DEMO, type Exit, lines, run, startDevServer, stopAll } from "./Process.ts"

interface DemoOutput {
  readonly received: ReadonlyArray<number>
  readonly pushed: number
  readonly attempted: number
  readonly receivedCount: number
  readonly beforeFirst: number
  readonly lost: number
  readonly p50: number
  readonly p99: number
}

const parse = (exit: Exit): DemoOutput => {
  const out = exit.stdout
  const field = (pattern: RegExp): RegExpExecArray => {
    const match = pattern.exec(out)
    assert.isNotNull(match, `no ${pattern} in\n${out}\n${exit.stderr}`)
    return match!
  }
  const received = lines(out).flatMap((line) => {
    const match = /^\[human\] robot status #(\d+) uptime=\d+ms {2}latency ([\d.]+) ms$/.exec(line)
    return match === null ? [] : [Number(match[1])]
  })
  const pushed = field(/^frames pushed: +(\d+) of (\d+) in [\d.]+ s$/m)
  const latency = field(/^latency: +p50 ([\d.]+) ms, p99 ([\d.]+) ms$/m)
  return {
    received,
    pushed: Number(pushed[1]),
    attempted: Number(pushed[2]),
    receivedCount: Number(field(/^frames received: +(\d+)$/m)[1]),
    beforeFirst: Number(field(/^frames dropped: +(\d+) before the human's subscription/m)[1]),
    lost: Number(field(/^frames lost after the first one received: (\d+)$/m)[1]),
    p50: Number(latency[1]),
    p99: Number(latency[2])
  }
}

/** What every successful run shows: the lines printed are the frames counted, none lost after the first, a clean end. */
const assertCleanRun = (exit: Exit, rateHz: number, seconds: number) => {
  assert.strictEqual(exit.code, 0, `stderr:\n${exit.stderr}\nstdout:\n${exit.stdout}`)
  const demo = parse(exit)
  assert.strictEqual(demo.attempted, rateHz * seconds)
  assert.strictEqual(demo.pushed, demo.attempted)
  assert.strictEqual(demo.receivedCount, demo.received.length)
  assert.strictEqual(demo.lost, 0)
  // every status line from the first one received to the last one pushed, in order
  const first = demo.received[0]!
  assert.strictEqual(first, demo.beforeFirst)
  assert.deepStrictEqual(demo.received, Array.from({ length: demo.attempted - first }, (_, i) => first + i))
  assert.isAtLeast(demo.received.length, demo.attempted - 3)
  assert.isAtMost(demo.p50, demo.p99)
  const out = lines(exit.stdout)
  const done = out.findIndex((line) => line.startsWith("[robot] done after"))
  const end = out.indexOf("[human] end of stream: robot-status was unpublished")
  assert.isAbove(done, 0)
  assert.isAbove(end, done, "the human sees the end of the stream after the robot unpublishes")
  assert.strictEqual(exit.stderr, "")
  return demo
}

beforeAll(() => Effect.runPromise(Isolation.requireIsolation()))
afterAll(() => stopAll())

describe("demo", { timeout: 45_000 }, () => {
  it("runs robot and human on the embedded dev server through the Rust core", async () => {
    const exit = await run(DEMO, ["--seconds", "2"], { env: baseEnv() })
    assert.match(exit.stdout, /on the embedded dev server at ws:\/\/127\.0\.0\.1:\d+/)
    assert.match(exit.stdout, /^\[robot\] publishing robot-status \(DTR_\w+\) at 10 Hz$/m)
    assert.match(exit.stdout, /^\[human\] subscribed to robot\/robot-status \(DTR_\w+\)$/m)
    const demo = assertCleanRun(exit, 10, 2)
    // real network latency, well below the 100 ms period
    assert.isAbove(demo.p50, 0)
    assert.isBelow(demo.p99, 100)
  })

  it("runs against the server LIVEKIT_URL names (here: `effect-livekit dev-server`)", async () => {
    const server = await startDevServer(["--port", "0"])
    try {
      const exit = await run(DEMO, ["--seconds", "2", "--room", "lab"], {
        env: baseEnv({ LIVEKIT_URL: server.url, LIVEKIT_API_KEY: "devkey", LIVEKIT_API_SECRET: "secret" })
      })
      assert.include(exit.stdout, `join a room on ${server.url}`)
      assertCleanRun(exit, 10, 2)
    } finally {
      await server.process.stop("SIGINT")
    }
  })

  it("--memory runs the same programs on the in-memory room", async () => {
    const exit = await run(DEMO, ["--seconds", "1", "--memory"], { env: baseEnv() })
    assert.match(exit.stdout, /in an in-memory room/)
    const demo = assertCleanRun(exit, 10, 1)
    assert.strictEqual(demo.received.length, 10)
  })

  it("bad configuration: one line on stderr, exit 1, no stack trace", async () => {
    const refused = await run(DEMO, ["--seconds", "1"], { env: baseEnv({ LIVEKIT_URL: "ws://127.0.0.1:9" }) })
    assert.strictEqual(refused.code, 1)
    assert.deepStrictEqual(lines(refused.stderr).length, 1, refused.stderr)
    assert.match(refused.stderr, /^demo: cannot join .*ws:\/\/127\.0\.0\.1:9.*Connection refused/)

    const noKeys = await run(DEMO, ["--seconds", "1"], { env: baseEnv({ LIVEKIT_URL: "wss://example.livekit.cloud" }) })
    assert.strictEqual(noKeys.code, 1)
    assert.strictEqual(
      noKeys.stderr,
      "demo: LIVEKIT_URL is set: set LIVEKIT_API_KEY and LIVEKIT_API_SECRET, or LIVEKIT_ROBOT_TOKEN and LIVEKIT_HUMAN_TOKEN\n"
    )

    const badFlag = await run(DEMO, ["--seconds", "soon"], { env: baseEnv() })
    assert.notStrictEqual(badFlag.code, 0)
    assert.match(badFlag.stderr, /--seconds/)
    assert.notMatch(badFlag.stderr, /^\s+at /m)
  })
})
