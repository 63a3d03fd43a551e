/**
 * The `effect-livekit` command line end to end: every command as a real process against a dev server started by the
 * `dev-server` command, output parsed; bad input gives one line on stderr and a non-zero exit.
 */
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { McapFile } from "@effect-livekit/realsense"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { createHmac } from "node:crypto"
import { existsSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll } from "vitest"
import {
  baseEnv,
  claimsOf,
  CLI,
  cli,
  type DevServerProcess,
  type Exit,
  lines,
  start,
  startDevServer,
  stopAll
} from "./Process.ts"

let server: DevServerProcess
let rooms = 0
/** A room of its own for each test, so that the tests can run side by side. */
const freshRoom = () => `cli-${process.pid}-${++rooms}`
const at = (room: string) => ["--url", server.url, "--room", room]

let identities = 0
/** Starts `tail` under a fresh identity and waits until the server has seen it join (it is silent until frames come). */
const startTail = async (args: ReadonlyArray<string>, on: DevServerProcess = server, env?: NodeJS.ProcessEnv) => {
  const identity = `tail-${process.pid}-${++identities}`
  const tail = start(CLI, ["tail", ...args, "--identity", identity], env === undefined ? {} : { env })
  await on.process.waitFor(new RegExp(`participant ${identity} \\(PA_\\w+\\) joined room`), { timeoutMs: 20_000 })
  return tail
}

/** The one line a failed command printed on stderr, after checking the exit code and that there is no stack trace. */
const errorLine = (exit: Exit, code = 1): string => {
  const errorLines = lines(exit.stderr)
  assert.strictEqual(exit.code, code, `exit ${exit.code}\nstdout:\n${exit.stdout}\nstderr:\n${exit.stderr}`)
  assert.strictEqual(errorLines.length, 1, `expected one line on stderr, got:\n${exit.stderr}`)
  assert.notMatch(exit.stderr, /^\s+at /m)
  return errorLines[0]!
}

/** The sequence numbers `#<n>` of the frames `tail` printed. */
const tailedSequence = (stdout: string): ReadonlyArray<number> =>
  lines(stdout).map((line) => {
    const match = /^frame (\d+) {2}(\d+) B {2}latency (-?[\d.]+) ms {2}text "#(\d+) /.exec(line)
    assert.isNotNull(match, `unexpected tail line: ${line}`)
    return Number(match![4])
  })

/** Frames missing between consecutive sequence numbers (which must increase: the core never reorders). */
const gapsIn = (seqs: ReadonlyArray<number>): number => {
  let gaps = 0
  for (let i = 1; i < seqs.length; i++) {
    assert.isAbove(seqs[i]!, seqs[i - 1]!, `out of order: ${seqs.join(",")}`)
    gaps += seqs[i]! - seqs[i - 1]! - 1
  }
  return gaps
}

/**
 * The transport is lossy by design (unordered, no retransmits), and this machine may be busy: a rare lost frame is
 * allowed, but `tail` must count exactly the gaps it printed.
 */
const assertDeliveredAndCounted = (seqs: ReadonlyArray<number>, stderr: string, maxGaps = 2) => {
  const gaps = gapsIn(seqs)
  assert.isAtMost(gaps, maxGaps, `gaps in ${seqs.join(",")}`)
  assert.match(stderr, new RegExp(`^${seqs.length} frames, [\\d.]+ k?B in [\\d.]+ s, ${gaps} drops$`, "m"))
}

beforeAll(async () => {
  // On Linux as root the children must share this process's private namespace (run under isolate.ts).
  await Effect.runPromise(Isolation.requireIsolation())
  // --log-level info: the server logs each participant that joins, which tells the tests when a tail is listening.
  server = await startDevServer([
    "--port",
    "0",
    "--room",
    "lab",
    "--identity",
    "alice",
    "--identity",
    "bob",
    "--log-level",
    "info"
  ])
}, 30_000)

afterAll(async () => {
  const exit = await server?.process.stop("SIGINT")
  await stopAll()
  // Ctrl-C is how a dev server stops: cleanly, exit 0.
  assert.strictEqual(exit?.code, 0, exit?.stderr)
})

describe.concurrent("effect-livekit dev-server", { timeout: 30_000 }, () => {
  it("prints its URL, key pair and a working token per --identity", async () => {
    const out = server.process.stdout()
    assert.match(server.url, /^ws:\/\/127\.0\.0\.1:\d+$/)
    assert.match(out, /api key:\s+devkey/)
    assert.match(out, /api secret:\s+secret/)
    assert.deepStrictEqual([...server.tokens.keys()], ["alice", "bob"])
    const claims = claimsOf(server.tokens.get("alice")!)
    assert.strictEqual(claims["sub"], "alice")
    assert.strictEqual(claims["iss"], "devkey")
    assert.deepInclude(claims["video"] as object, { room: "lab", roomJoin: true })
    // the printed token is accepted: `tracks` joins with it as alice
    const exit = await cli(["tracks", "--url", server.url, "--token", server.tokens.get("bob")!, "--seconds", "1"])
    assert.strictEqual(exit.code, 0, exit.stderr)
    assert.match(exit.stderr, /watching data tracks in room "lab" on ws:\/\/127\.0\.0\.1:\d+ as bob/)
    // after ready, the server says who came and went (info by default)
    await server.process.waitFor(/^\[[\d:.]+\] INFO .*participant bob \(PA_\w+\) joined room lab$/m, {
      stream: "stdout"
    })
    await server.process.waitFor(/participant bob left room lab \(client left\)$/m, { stream: "stdout" })
  })

  it("--quiet prints nothing after ready but warnings and errors", async () => {
    const quiet = await startDevServer(["--port", "0", "--quiet"])
    try {
      const exit = await cli(["tracks", "--url", quiet.url, "--room", "lab", "--seconds", "1"])
      assert.strictEqual(exit.code, 0, exit.stderr)
    } finally {
      const stopped = await quiet.process.stop("SIGTERM")
      assert.strictEqual(stopped.code, 0, stopped.stderr)
    }
    const afterReady = quiet.process.stdout().split(/^ready.*$/m)[1] ?? ""
    assert.notMatch(afterReady, /joined|left|INFO/)
  })

  it("refuses a URL it cannot listen on and a port already in use", async () => {
    assert.match(errorLine(await cli(["dev-server", "--url", "wss://example.com"])), /plain ws:\/\/ only/)
    const port = new URL(server.url).port
    assert.match(errorLine(await cli(["dev-server", "--port", port])), /cannot start the dev server/)
  })
})

const verify = (token: string, secret: string) => {
  const [header, payload, signature] = token.split(".")
  const expected = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url")
  assert.strictEqual(signature, expected, "HS256 signature with the API secret")
}

describe.concurrent("effect-livekit token", { timeout: 30_000 }, () => {
  it("mints a signed token with the requested grants", async () => {
    const exit = await cli(["token", "--identity", "robot", "--room", "lab", "--publish"])
    assert.strictEqual(exit.code, 0, exit.stderr)
    assert.strictEqual(lines(exit.stdout).length, 1)
    const token = exit.stdout.trim()
    verify(token, "secret")
    const claims = claimsOf(token)
    assert.strictEqual(claims["sub"], "robot")
    assert.strictEqual(claims["iss"], "devkey")
    assert.deepStrictEqual(claims["video"], {
      roomJoin: true,
      room: "lab",
      canPublish: true,
      canPublishData: true,
      canSubscribe: false
    })
    assert.strictEqual((claims["exp"] as number) - (claims["nbf"] as number), 6 * 3600)
  })

  it("grants both without flags, and reads key, secret, identity and room from the environment", async () => {
    const env = baseEnv({
      LIVEKIT_API_KEY: "APIkey1",
      LIVEKIT_API_SECRET: "s3cret-from-env",
      LIVEKIT_IDENTITY: "viewer",
      LIVEKIT_ROOM: "hall",
      LIVEKIT_URL: "wss://example.livekit.cloud"
    })
    const exit = await cli(["token", "--ttl", "60"], { env })
    assert.strictEqual(exit.code, 0, exit.stderr)
    const token = exit.stdout.trim()
    verify(token, "s3cret-from-env")
    const claims = claimsOf(token)
    assert.strictEqual(claims["iss"], "APIkey1")
    assert.strictEqual(claims["sub"], "viewer")
    assert.deepInclude(claims["video"] as object, { room: "hall", canPublish: true, canSubscribe: true })
    assert.strictEqual((claims["exp"] as number) - (claims["nbf"] as number), 60)
  })

  it("says what is missing or wrong in one line", async () => {
    assert.match(errorLine(await cli(["token", "--room", "lab"]), 2), /Missing required flag: --identity/)
    assert.match(
      errorLine(await cli(["token", "--identity", "a", "--room", "lab", "--url", "wss://example.livekit.cloud"])),
      /^effect-livekit: no credentials for wss:\/\/example\.livekit\.cloud: pass --token, or --api-key and --api-secret/
    )
    assert.match(
      errorLine(await cli(["token", "--identity", "a", "--room", "lab", "--ttl", "0"])),
      /--ttl must be positive/
    )
    assert.match(errorLine(await cli(["view", "--port", "70000"])), /^effect-livekit: --port must be 0 to 65535/)
    assert.match(errorLine(await cli(["foxglove", "--port", "-1"])), /^effect-livekit: --port must be 0 to 65535/)
    for (const args of [["frobnicate"], ["frobnicate", "--help"], ["frobnicate", "tail", "--help"]]) {
      assert.match(
        errorLine(await cli(args), 2),
        /^effect-livekit: unknown command "frobnicate" \(see effect-livekit --help\)$/
      )
    }
    assert.match(
      errorLine(await cli(["view", "--url", "wss://example.livekit.cloud"])),
      /^effect-livekit: no credentials for wss:\/\/example\.livekit\.cloud/
    )
  })

  it("--help names the flags and their environment variables", async () => {
    const commands = ["token", "tracks", "tail", "publish", "dev-server", "view", "foxglove", "exec"]
    const exits = await Promise.all(commands.map((command) => cli([command, "--help"])))
    for (const [i, command] of commands.entries()) {
      const exit = exits[i]!
      assert.strictEqual(exit.code, 0)
      for (const variable of ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"]) {
        assert.include(exit.stdout, variable, `${command} --help`)
      }
      if (command !== "token" && command !== "dev-server") assert.include(exit.stdout, "LIVEKIT_TOKEN")
      assert.include(exit.stdout, "--url")
    }
  })
})

describe.concurrent("effect-livekit tracks, tail, publish", { timeout: 40_000 }, () => {
  it("tracks lists publications live; tail prints the frames publish pushes", async () => {
    const room = freshRoom()
    const tracks = start(CLI, ["tracks", ...at(room)])
    await tracks.waitFor(/watching data tracks/)
    const tail = await startTail(["publisher/cam", ...at(room), "--count", "20", "--wait", "20"])
    const publish = await cli([
      "publish",
      "cam",
      ...at(room),
      "--rate",
      "40",
      "--count",
      "60",
      "--frame-encoding",
      "json"
    ])
    assert.strictEqual(publish.code, 0, publish.stderr)
    assert.match(publish.stderr, /publishing publisher\/cam \(sid=DTR_\w+ schema=- encoding=json\) in room "cli-/)
    assert.match(publish.stderr, /^60 frames pushed in [\d.]+ s, \d+ BufferFull$/m)

    const tailed = await tail.exited
    assert.strictEqual(tailed.code, 0, tailed.stderr)
    const seqs = tailedSequence(tailed.stdout)
    assert.strictEqual(seqs.length, 20)
    assertDeliveredAndCounted(seqs, tailed.stderr)
    assert.match(tailed.stderr, /tailing publisher\/cam \(sid=DTR_\w+ schema=- encoding=json\)/)
    assert.match(tailed.stderr, /^20 frames, 1\.3 kB in /m)
    for (const line of lines(tailed.stdout)) {
      assert.match(line, / 64 B {2}latency [\d.]+ ms {2}text "#\d+ effect-livekit/)
    }

    await tracks.waitFor(/^unpublished publisher\/cam/m, { stream: "stdout" })
    const listed = await tracks.stop("SIGINT")
    assert.strictEqual(listed.code, 0, listed.stderr)
    const [published, unpublished, ...rest] = lines(listed.stdout)
    assert.match(published!, /^published {3}publisher\/cam\s+sid=(DTR_\w+) schema=- encoding=json$/)
    assert.match(unpublished!, /^unpublished publisher\/cam\s+sid=DTR_\w+ schema=- encoding=json$/)
    assert.deepStrictEqual(rest, [])
  })

  it("tail follows a track to its end: every frame from the first, the end of stream, a live status line", async () => {
    const room = freshRoom()
    const tail = await startTail(["publisher/status", ...at(room), "--wait", "20"])
    const publish = await cli(["publish", "status", ...at(room), "--rate", "20", "--count", "40", "--size", "100"])
    assert.strictEqual(publish.code, 0, publish.stderr)
    assert.match(publish.stderr, /^status: [\d.]+ frames\/s, \d+ pushed, 0 BufferFull$/m)
    const tailed = await tail.exited
    assert.strictEqual(tailed.code, 0, tailed.stderr)
    const seqs = tailedSequence(tailed.stdout)
    assertDeliveredAndCounted(seqs, tailed.stderr)
    // the last frame arrives too: publish lingers before unpublishing (the core drops frames queued at unpublish)
    assert.strictEqual(seqs.at(-1), 39)
    assert.isAtLeast(seqs.length, 30)
    assert.match(tailed.stderr, /^status: [\d.]+ frames\/s, [\d.]+ (B|kB)\/s, \d+ frames, \d+ drops$/m)
    assert.match(tailed.stderr, /^end of stream: publisher\/status was unpublished$/m)
  })

  it("publish --rate R --seconds S offers R x S frames in S seconds (ticks against deadlines, no drift)", async () => {
    const room = freshRoom()
    const publish = await cli(["publish", "rate", ...at(room), "--rate", "100", "--seconds", "3"])
    assert.strictEqual(publish.code, 0, publish.stderr)
    const summary = /^(\d+) frames pushed in ([\d.]+) s, (\d+) BufferFull$/m.exec(publish.stderr)
    assert.isNotNull(summary, publish.stderr)
    const offered = Number(summary![1]) + Number(summary![3])
    // R x S frames (with Stream.tick, 3 s gave about 276: it waited a whole period after each frame); that they come
    // on time, without drift, is Ticker's own test (test clock). Here only: about S seconds, not a burst.
    assert.strictEqual(offered, 300, publish.stderr)
    assert.isAtLeast(Number(summary![2]), 2.9, publish.stderr)
  })

  it("tail --latest prints the newest frames, in order", async () => {
    const room = freshRoom()
    const tail = await startTail(["publisher/fast", ...at(room), "--latest", "--count", "5", "--wait", "20"])
    const publish = start(CLI, ["publish", "fast", ...at(room), "--rate", "50", "--seconds", "10"])
    const tailed = await tail.exited
    await publish.stop("SIGINT")
    assert.strictEqual(tailed.code, 0, tailed.stderr)
    assert.match(tailed.stderr, /latest-frame semantics/)
    const seqs = tailedSequence(tailed.stdout)
    assert.strictEqual(seqs.length, 5)
    for (let i = 1; i < seqs.length; i++) assert.isAbove(seqs[i]!, seqs[i - 1]!)
  })

  it("publish --stdin sends each line as a frame and stops at the end of input", async () => {
    const room = freshRoom()
    const tail = await startTail(["publisher/lines", ...at(room), "--wait", "20"])
    const publish = start(CLI, ["publish", "lines", ...at(room), "--stdin"])
    await tail.waitFor(/^tailing publisher\/lines/m, { stream: "stderr" })
    // A frame pushed before the tail's subscription reaches the publisher is never delivered (the core does not
    // replay), and how long that takes depends on the machine's load: send warm-up lines until one arrives.
    let warmups = 0
    const warmup = setInterval(() => {
      warmups++
      publish.write("warm-up\n")
    }, 200)
    try {
      await tail.waitFor(/text "warm-up"$/m, { stream: "stdout", timeoutMs: 20_000 })
    } finally {
      clearInterval(warmup)
    }
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300))
    // The core's sender keeps the freshest frame when frames queue up behind each other (a line right behind
    // another was lost once on a loaded machine): lines arrive at a human pace here, as they would from a person.
    await pause()
    publish.write("first line\n")
    await pause()
    publish.write("\n") // empty lines are skipped: a frame needs at least one byte
    await pause()
    publish.write("second line ünïcödé\n", true)
    const published = await publish.exited
    assert.strictEqual(published.code, 0, published.stderr)
    assert.match(published.stderr, /from stdin/)
    assert.match(published.stderr, new RegExp(`^${warmups + 2} frames pushed in [\\d.]+ s, 0 BufferFull$`, "m"))
    const tailed = await tail.exited
    assert.strictEqual(tailed.code, 0, tailed.stderr)
    const printed = lines(tailed.stdout).filter((line) => !line.endsWith(`text "warm-up"`))
    assert.strictEqual(printed.length, 2, tailed.stdout)
    assert.match(printed[0]!, /^frame \d+ {2}10 B {2}latency [\d.]+ ms {2}text "first line"$/)
    assert.match(printed[1]!, /^frame \d+ {2}\d+ B {2}latency [\d.]+ ms {2}text "second line ünïcödé"$/)
    assert.match(tailed.stderr, /end of stream: publisher\/lines was unpublished/)
  })
})

describe("effect-livekit record", { timeout: 40_000 }, () => {
  it("records the tracks a publisher pushes into an MCAP file that reads back with CRCs checked", async () => {
    const room = freshRoom()
    const out = join(mkdtempSync(join(tmpdir(), "record-")), "room.mcap")
    const record = start(CLI, ["record", "--out", out, ...at(room), "--seconds", "6", "--timestamp-unit", "ms"])
    await record.waitFor(/^recording every data track of room/m, { stream: "stderr", timeoutMs: 20_000 })
    const publish = start(CLI, ["publish", "status", ...at(room), "--rate", "20", "--count", "60", "--size", "100"])
    await record.waitFor(/^subscribed to publisher\/status$/m, { stream: "stderr", timeoutMs: 20_000 })
    const published = await publish.exited
    assert.strictEqual(published.code, 0, published.stderr)
    const recorded = await record.exited
    assert.strictEqual(recorded.code, 0, recorded.stderr)
    const summaryLine = /^status +(\d+) messages/m.exec(recorded.stdout)
    assert.isNotNull(summaryLine, recorded.stdout)
    const contents = await Effect.runPromise(McapFile.readAll(out))
    assert.isTrue(contents.indexed)
    assert.deepStrictEqual(contents.channels.map((channel) => channel.topic), ["status"])
    assert.strictEqual(contents.messages.length, Number(summaryLine![1]))
    // frames pushed before the recorder's subscription reached the publisher are never delivered; the rest are
    assert.isAtLeast(contents.messages.length, 40)
    assert.strictEqual(contents.channels[0]?.metadata.get("participant"), "publisher")
    for (const message of contents.messages) assert.strictEqual(message.data.byteLength, 100)
  })

  it("refuses an output that is not an .mcap file", async () => {
    assert.match(
      errorLine(await cli(["record", "--out", "room.txt", "--url", server.url])),
      /--out must name a \.mcap file/
    )
  })
})

describe.concurrent("effect-livekit exec", { timeout: 30_000 }, () => {
  it("runs a program with the connection in its environment and passes its exit status through", async () => {
    const script = `echo "$LIVEKIT_URL $LIVEKIT_API_KEY $LIVEKIT_API_SECRET $LIVEKIT_ROOM"; exit 7`
    const exit = await cli(["exec", "--url", server.url, "--room", "lab", "--", "sh", "-c", script])
    assert.strictEqual(exit.code, 7)
    assert.strictEqual(exit.stdout, `${server.url} devkey secret lab\n`)
    const token = server.tokens.get("alice")!
    const withToken = await cli([
      "exec",
      "--url",
      server.url,
      "--token",
      token,
      "--",
      "sh",
      "-c",
      "echo $LIVEKIT_TOKEN"
    ])
    assert.strictEqual(withToken.stdout.trim(), token)
    assert.match(errorLine(await cli(["exec", "--url", server.url]), 2), /Missing required argument: command/)
  })
})

describe.concurrent("bad input: one line on stderr, non-zero exit, no stack trace", { timeout: 30_000 }, () => {
  it("tail: an unknown track names the tracks that exist", async () => {
    const room = freshRoom()
    const publish = start(CLI, ["publish", "real-track", ...at(room), "--rate", "5", "--seconds", "20"])
    await publish.waitFor(/^publishing/m, { stream: "stderr" })
    const exit = await cli(["tail", "robot/no-such-track", ...at(room), "--wait", "1"])
    await publish.stop("SIGINT")
    assert.match(
      errorLine(exit),
      /^effect-livekit: no data track "no-such-track" published by "robot" in room "cli-[\d-]+" after 1 s \(published: publisher\/real-track\)$/
    )
  })

  it("tail: a malformed track reference, a token that is not one", async () => {
    assert.match(errorLine(await cli(["tail", "robot", ...at("x")])), /expected <publisher>\/<track>/)
    assert.match(
      errorLine(await cli(["tail", "a/b", "--url", server.url, "--token", "abc"])),
      /is not a LiveKit access token/
    )
  })

  it("tracks: a bad URL, a server that is not there, a rejected token", async () => {
    assert.match(errorLine(await cli(["tracks", "--url", "not a url"])), /^effect-livekit: invalid URL "not a url"/)
    assert.match(errorLine(await cli(["tracks", "--url", "ftp://127.0.0.1:7880"])), /invalid URL .* \(got ftp:\)/)
    assert.match(
      errorLine(await cli(["tracks", "--url", "ws://127.0.0.1:9", "--seconds", "1"])),
      /^effect-livekit: cannot join room "dev" on ws:\/\/127\.0\.0\.1:9 as tracks-\w+: .*Connection refused.*\(is `effect-livekit dev-server` running\?\)$/
    )
    assert.match(
      errorLine(await cli(["tracks", ...at("x"), "--api-key", "devkey", "--api-secret", "wrong", "--seconds", "1"])),
      /cannot join room "x" .*401 Unauthorized - invalid access token signature$/
    )
  })

  it("publish: a token without the publish grant, bad sizes and rates", async () => {
    const token = (await cli(["token", "--identity", "viewer", "--room", "lab", "--subscribe"])).stdout.trim()
    assert.match(
      errorLine(await cli(["publish", "cam", "--url", server.url, "--token", token, "--count", "1"])),
      /^effect-livekit: not allowed: .*\(does the token grant it\?\)$/
    )
    const [size0, sizeHuge, rate0, noName] = await Promise.all([
      cli(["publish", "cam", ...at("x"), "--size", "0"]),
      cli(["publish", "cam", ...at("x"), "--size", "3000000"]),
      cli(["publish", "cam", ...at("x"), "--rate", "0"]),
      cli(["publish", ...at("x")])
    ])
    assert.match(errorLine(size0!), /--size must be 1 to \d+ bytes/)
    assert.match(errorLine(sizeHuge!), /dropped by every receiver/)
    assert.match(errorLine(rate0!), /--rate must be a positive/)
    assert.match(errorLine(noName!, 2), /Missing required argument/)
  })
})

const canShareNamespace = process.platform === "linux" && process.getuid?.() === 0

describe.runIf(canShareNamespace)("separate terminals on Linux as root", { timeout: 30_000 }, () => {
  it("dev-server makes a named network namespace that tail and publish join, and deletes it on exit", async () => {
    const name = `elk-test-${process.pid}`
    // As a shell would: not isolated yet, so each command finds its namespace by name.
    const env = baseEnv({ [Isolation.NETNS_ENV]: undefined, [Isolation.SHARED_NAMESPACE_ENV]: name })
    const shared = await startDevServer(["--port", "7990", "--log-level", "info"], env)
    try {
      assert.isTrue(existsSync(`/run/netns/${name}`))
      assert.match(shared.process.stdout(), new RegExp(`network namespace "${name}"`))
      // Nothing listens on 7990 in this test's own namespace: frames flowing prove both joined the shared one.
      const tail = start(CLI, ["tail", "publisher/shared", "--url", shared.url, "--count", "5", "--wait", "20"], {
        env
      })
      const publish = await cli(["publish", "shared", "--url", shared.url, "--rate", "20", "--count", "20"], { env })
      assert.strictEqual(publish.code, 0, publish.stderr)
      const tailed = await tail.exited
      assert.strictEqual(tailed.code, 0, tailed.stderr)
      const seqs = tailedSequence(tailed.stdout)
      assert.strictEqual(seqs.length, 5)
      assertDeliveredAndCounted(seqs, tailed.stderr)
      // exec runs any program there, with the connection in its environment and its exit status passed through
      const identify = await cli(["exec", "--url", shared.url, "--", "ip", "netns", "identify"], { env })
      assert.strictEqual(identify.code, 0, identify.stderr)
      assert.strictEqual(identify.stdout.trim(), name)
    } finally {
      const exit = await shared.process.stop("SIGTERM")
      assert.strictEqual(exit.code, 0, exit.stderr)
    }
    assert.isFalse(existsSync(`/run/netns/${name}`), "the namespace is deleted when the dev server stops")
  })
})
