import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber } from "effect"
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { networkInterfaces, tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as Isolation from "../src/Isolation.ts"

const isolationModule = new URL("../src/Isolation.ts", import.meta.url).href
const isolateBin = fileURLToPath(new URL("../src/isolate.ts", import.meta.url))

const canIsolate = process.platform === "linux" && process.getuid?.() === 0
const skipReason = canIsolate
  ? ""
  : ` (skipped: needs Linux and root, this is ${process.platform} uid ${process.getuid?.()})`

/**
 * Runs inside the namespace. It refuses to send anything unless it sees exactly the veth pair of a namespace made by
 * Isolation (so it can never put traffic on a real interface), then talks 10.77.0.1 -> 10.77.0.2 over TCP and UDP and
 * writes what it saw to the file named by its first argument.
 */
const probe = `
import { networkInterfaces } from "node:os"
import { createServer, connect } from "node:net"
import { createSocket } from "node:dgram"
import { writeFileSync } from "node:fs"
const Isolation = await import(${JSON.stringify(isolationModule)})
const out = process.argv[1]
const interfaces = Object.fromEntries(Object.entries(networkInterfaces()).map(([name, infos]) =>
  [name, infos.filter((info) => info.family === "IPv4").map((info) => info.address)]))
const status = Isolation.isolationStatus()
if (status._tag !== "Isolated" || Object.keys(interfaces).sort().join() !== "lo,v0,v1") {
  writeFileSync(out, JSON.stringify({ refused: true, interfaces, status }))
  process.exit(0)
}
const tcp = await new Promise((resolve, reject) => {
  const server = createServer((socket) => socket.end("pong:" + socket.remoteAddress))
  server.listen(0, "10.77.0.2", () => {
    const client = connect({ host: "10.77.0.2", port: server.address().port, localAddress: "10.77.0.1" })
    let data = ""
    client.on("data", (chunk) => { data += chunk })
    client.on("end", () => { server.close(); resolve(data) })
    client.on("error", reject)
  })
})
const udp = await new Promise((resolve, reject) => {
  const rx = createSocket("udp4")
  const tx = createSocket("udp4")
  const timer = setTimeout(() => reject(new Error("no UDP datagram within 5 s")), 5000)
  rx.on("message", (message, from) => {
    clearTimeout(timer)
    rx.close()
    tx.close()
    resolve(message.toString() + ":" + from.address)
  })
  rx.bind(0, "10.77.0.2", () => tx.bind(0, "10.77.0.1", () => tx.send("ping", rx.address().port, "10.77.0.2")))
})
writeFileSync(out, JSON.stringify({ refused: false, env: process.env.EFFECT_LIVEKIT_NETNS, interfaces, status, tcp, udp }))
`

interface ProbeReport {
  readonly refused: boolean
  readonly env?: string
  readonly interfaces: Record<string, ReadonlyArray<string>>
  readonly status: Isolation.IsolationStatus
  readonly tcp?: string
  readonly udp?: string
}

const withProbe = <E>(
  runner: (argv: ReadonlyArray<string>) => Effect.Effect<Isolation.ExitStatus, E>
): Effect.Effect<{ readonly exit: Isolation.ExitStatus; readonly report: ProbeReport }, E> =>
  Effect.acquireUseRelease(
    Effect.sync(() => mkdtempSync(join(tmpdir(), "isolation-test-"))),
    (dir) =>
      Effect.gen(function*() {
        const out = join(dir, "report.json")
        const exit = yield* runner([process.execPath, "--input-type=module", "-e", probe, out])
        const report = JSON.parse(readFileSync(out, "utf8")) as ProbeReport
        return { exit, report }
      }),
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

const assertIsolatedReport = (report: ProbeReport) => {
  assert.isFalse(report.refused, JSON.stringify(report))
  assert.strictEqual(report.env, "1")
  assert.deepStrictEqual(report.interfaces, { lo: ["127.0.0.1"], v0: ["10.77.0.1"], v1: ["10.77.0.2"] })
  assert.deepStrictEqual(report.status, {
    _tag: "Isolated",
    serverAddress: "10.77.0.1",
    clientAddress: "10.77.0.2",
    signallingHost: "127.0.0.1"
  })
  assert.strictEqual(report.tcp, "pong:10.77.0.1")
  assert.strictEqual(report.udp, "ping:10.77.0.1")
}

/** Why `decide` runs in place (or "isolate"). */
const inPlaceReason = (environment: Isolation.Environment) => {
  const decision = Isolation.decide(environment)
  return decision._tag === "InPlace" ? decision.reason : "isolate"
}

const hostInterfaces = () =>
  Object.entries(networkInterfaces())
    .map(([name, infos]) => `${name}=${(infos ?? []).map((info) => info.address).toSorted().join(",")}`)
    .toSorted()

/** Runs a command (not through Effect) with piped stdout, for testing the bin as a shell would. */
const spawnBin = (
  args: ReadonlyArray<string>,
  onStdout?: (text: string, kill: (signal?: NodeJS.Signals) => void) => void
) =>
  Effect.callback<{ readonly stdout: string; readonly code: number | null; readonly signal: string | null }>(
    (resume) => {
      const child = spawn(process.execPath, [isolateBin, ...args], { stdio: ["ignore", "pipe", "inherit"] })
      let stdout = ""
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString()
        onStdout?.(stdout, (signal = "SIGTERM") => child.kill(signal))
      })
      child.on("close", (code, signal) => resume(Effect.succeed({ stdout, code, signal })))
      return Effect.sync(() => child.kill("SIGKILL"))
    }
  )

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A temporary directory, and a wait for a file in it: the scripts below write their pid (`echo $$ > f.tmp && mv ...`,
 * so that it is never read half written) once their traps are set.
 */
const withTempDir = <A, E>(use: (dir: string) => Effect.Effect<A, E>) =>
  Effect.acquireUseRelease(
    Effect.sync(() => mkdtempSync(join(tmpdir(), "isolation-test-"))),
    use,
    (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
  )

const readPid = (file: string) =>
  Effect.promise(async () => {
    while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 20))
    return Number(readFileSync(file, "utf8").trim())
  })

const writePid = (file: string) => `echo $$ > ${file}.tmp && mv ${file}.tmp ${file}`

describe("Isolation", () => {
  describe("decide", () => {
    const base: Isolation.Environment = { platform: "linux", uid: 0, env: {}, hasVethPair: false }

    it("isolates on Linux as root when not yet isolated", () => {
      assert.deepStrictEqual(Isolation.decide(base), { _tag: "Isolate" })
    })

    it("runs in place elsewhere, saying why", () => {
      assert.match(inPlaceReason({ ...base, platform: "darwin" }), /need Linux \(this is darwin\)/)
      assert.match(inPlaceReason({ ...base, uid: 1000 }), /need root \(uid 1000\)/)
      assert.match(inPlaceReason({ ...base, uid: undefined }), /need root/)
      assert.match(
        inPlaceReason({ ...base, env: { EFFECT_LIVEKIT_NETNS: "1" }, hasVethPair: true }),
        /already isolated/
      )
    })

    it("does not trust a stray EFFECT_LIVEKIT_NETNS without the veth pair", () => {
      assert.deepStrictEqual(Isolation.decide({ ...base, env: { EFFECT_LIVEKIT_NETNS: "1" } }), { _tag: "Isolate" })
    })

    it.effect("requireIsolation refuses to run on the host where isolation is possible", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Isolation.requireIsolation(base))
        assert.strictEqual(error.reason, "NotIsolated")
        const host = yield* Isolation.requireIsolation({ ...base, uid: 1000 })
        assert.strictEqual(host._tag, "Host")
      }))

    it.effect("reexecIsolated completes at once when running in place", () =>
      Isolation.reexecIsolated({ ...base, platform: "darwin" }))
  })

  describe("tools", () => {
    it.effect("names the Debian packages of missing tools", () =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(Isolation.findTools(["/nonexistent-dir"]))
        assert.strictEqual(error.reason, "MissingTool")
        assert.include(error.message, "`unshare`")
        assert.include(error.message, "`ip`")
        assert.include(error.message, "util-linux")
        assert.include(error.message, "iproute2")
      }))

    it("builds an unshare command that sets up the veth pair and execs the command", () => {
      const tools = { unshare: "/usr/bin/unshare", ip: "/sbin/ip", sh: "/bin/sh" }
      const { args, command } = Isolation.namespaceCommand(tools, ["vitest", "run"])
      assert.strictEqual(command, "/usr/bin/unshare")
      assert.deepStrictEqual(args.slice(0, 4), ["--net", "--", "/bin/sh", "-c"])
      assert.deepStrictEqual(args.slice(5), ["effect-livekit-netns", "vitest", "run"])
      const script = args[4]!
      assert.include(script, "'/sbin/ip' link add v0 type veth peer name v1")
      assert.include(script, "'/sbin/ip' addr add 10.77.0.1/24 dev v0")
      assert.include(script, "'/sbin/ip' addr add 10.77.0.2/24 dev v1")
      assert.include(script, "'/sbin/ip' link set lo up")
      assert.match(script, /exec "\$@"$/)
    })
  })

  describe.skipIf(process.platform === "win32")("child processes (through effect/process)", () => {
    it.effect("runInPlace: exit codes, deaths by signal and commands that cannot be run", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* Isolation.runInPlace(["sh", "-c", "exit 7"]), { code: 7 })
        assert.deepStrictEqual(yield* Isolation.runInPlace(["sh", "-c", "kill -TERM $$"]), {
          code: 143,
          signal: "SIGTERM"
        })
        assert.deepStrictEqual(yield* Isolation.runInPlace(["sh", "-c", "kill -KILL $$"]), {
          code: 137,
          signal: "SIGKILL"
        })
        const missing = yield* Effect.flip(Isolation.runInPlace(["effect-livekit-no-such-command"]))
        assert.strictEqual(missing.reason, "SpawnFailed")
        assert.strictEqual(
          missing.message,
          "cannot run effect-livekit-no-such-command: spawn effect-livekit-no-such-command ENOENT"
        )
        assert.strictEqual((yield* Effect.flip(Isolation.runInPlace([]))).reason, "SpawnFailed")
      }), 20_000)

    it.effect("runInPlace: the command gets exactly the environment given", () =>
      Effect.gen(function*() {
        const env = { PATH: process.env["PATH"], ISOLATION_TEST: "5" }
        const script = `test -z "$HOME" && exit "$ISOLATION_TEST"`
        assert.deepStrictEqual(yield* Isolation.runInPlace(["sh", "-c", script], env), { code: 5 })
      }), 20_000)

    it.live(
      "interrupted: a command that ignores SIGTERM is SIGKILLed after the 5 s grace period",
      () =>
        withTempDir((dir) =>
          Effect.gen(function*() {
            const pidFile = join(dir, "pid")
            const script = `trap '' TERM; ${writePid(pidFile)}; while :; do sleep 0.1; done`
            const fiber = yield* Effect.forkChild(Isolation.runInPlace(["sh", "-c", script]))
            const pid = yield* readPid(pidFile)
            const started = Date.now()
            yield* Fiber.interrupt(fiber)
            const elapsed = Date.now() - started
            assert.isAtLeast(elapsed, 4_900, "SIGTERM is ignored: SIGKILL only after the grace period")
            assert.isBelow(elapsed, 8_000)
            assert.isFalse(isAlive(pid), "the command is gone once the interruption completes")
          })
        ),
      20_000
    )

    it.live(
      "interrupted: a command that stops on SIGTERM is not held to the grace period",
      () =>
        withTempDir((dir) =>
          Effect.gen(function*() {
            const pidFile = join(dir, "pid")
            const marker = join(dir, "terminated")
            const script = `trap 'touch ${marker}; exit 0' TERM; ${writePid(pidFile)}; while :; do sleep 0.1; done`
            const fiber = yield* Effect.forkChild(Isolation.runInPlace(["sh", "-c", script]))
            const pid = yield* readPid(pidFile)
            const started = Date.now()
            yield* Fiber.interrupt(fiber)
            assert.isBelow(Date.now() - started, 2_000)
            assert.isTrue(existsSync(marker), "the command got SIGTERM")
            assert.isFalse(isAlive(pid))
          })
        ),
      20_000
    )

    it.effect(
      "bin: SIGINT to the wrapper reaches the command, whose exit code the wrapper exits with",
      () =>
        Effect.gen(function*() {
          let sent = false
          const script = `trap 'echo got SIGINT; exit 42' INT; echo ready; while :; do sleep 0.1; done`
          const result = yield* spawnBin(["--", "sh", "-c", script], (stdout, kill) => {
            if (!sent && stdout.includes("ready")) {
              sent = true
              kill("SIGINT")
            }
          })
          assert.include(result.stdout, "got SIGINT")
          assert.deepStrictEqual({ code: result.code, signal: result.signal }, { code: 42, signal: null })
        }),
      20_000
    )

    it.effect(
      "bin: every signal is passed on, also while the command outlives the first",
      () =>
        Effect.gen(function*() {
          const sent = new Set<string>()
          const script = `trap 'echo got SIGINT' INT; trap 'echo got SIGTERM; exit 43' TERM; echo ready; ` +
            `while :; do sleep 0.1; done`
          const result = yield* spawnBin(["--", "sh", "-c", script], (stdout, kill) => {
            if (!sent.has("SIGINT") && stdout.includes("ready")) {
              sent.add("SIGINT")
              kill("SIGINT")
            } else if (!sent.has("SIGTERM") && stdout.includes("got SIGINT")) {
              sent.add("SIGTERM")
              kill("SIGTERM")
            }
          })
          assert.include(result.stdout, "got SIGINT\ngot SIGTERM")
          assert.deepStrictEqual({ code: result.code, signal: result.signal }, { code: 43, signal: null })
        }),
      20_000
    )
  })

  describe.runIf(canIsolate)(`in a private network namespace${skipReason}`, () => {
    it.effect(
      "runInNamespace: the child sees only lo, v0 and v1 and reaches 10.77.0.2 from 10.77.0.1",
      () =>
        Effect.gen(function*() {
          const before = hostInterfaces()
          const { exit, report } = yield* withProbe((argv) => Isolation.runInNamespace(argv))
          assert.deepStrictEqual(exit, { code: 0 })
          assertIsolatedReport(report)
          assert.deepStrictEqual(hostInterfaces(), before, "the interfaces of this process are unchanged")
        }),
      20_000
    )

    it.effect(
      "isolated: isolates (or, already isolated, runs in place in the same namespace)",
      () =>
        Effect.gen(function*() {
          const { exit, report } = yield* withProbe((argv) => Isolation.isolated(argv))
          assert.deepStrictEqual(exit, { code: 0 })
          assertIsolatedReport(report)
        }),
      20_000
    )

    it.effect("forwards exit codes and deaths by signal", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* Isolation.runInNamespace(["sh", "-c", "exit 7"]), { code: 7 })
        assert.deepStrictEqual(yield* Isolation.runInNamespace(["sh", "-c", "kill -TERM $$"]), {
          code: 143,
          signal: "SIGTERM"
        })
        const error = yield* Effect.flip(Isolation.runInNamespace([]))
        assert.strictEqual(error.reason, "SpawnFailed")
      }), 20_000)

    it.effect("bin: `node isolate.ts -- ip -o addr` shows only lo, v0 and v1", () =>
      Effect.gen(function*() {
        const { code, stdout } = yield* spawnBin(["--", "ip", "-o", "-4", "addr"])
        assert.strictEqual(code, 0)
        const lines = stdout.trim().split("\n").map((line) => line.split(/\s+/).slice(1, 4).join(" "))
        assert.deepStrictEqual(lines.toSorted(), [
          "lo inet 127.0.0.1/8",
          "v0 inet 10.77.0.1/24",
          "v1 inet 10.77.0.2/24"
        ])
        const links = yield* spawnBin(["--", "ip", "-o", "link"])
        const names = links.stdout.trim().split("\n").map((line) => line.split(/:\s+/)[1]!.split("@")[0]).toSorted()
        assert.deepStrictEqual(names, ["lo", "v0", "v1"])
      }), 20_000)

    it.effect(
      "bin: SIGTERM to the wrapper reaches the command, and the wrapper dies the same way",
      () =>
        Effect.gen(function*() {
          let killed = false
          const result = yield* spawnBin(["--", "sh", "-c", "echo ready; exec sleep 30"], (stdout, kill) => {
            if (!killed && stdout.includes("ready")) {
              killed = true
              kill()
            }
          })
          assert.isTrue(killed)
          assert.deepStrictEqual({ code: result.code, signal: result.signal }, { code: null, signal: "SIGTERM" })
        }),
      20_000
    )

    it.effect("bin: exit code of the command, 127 for a missing one, usage without one", () =>
      Effect.gen(function*() {
        assert.strictEqual((yield* spawnBin(["--", "sh", "-c", "exit 3"])).code, 3)
        assert.strictEqual((yield* spawnBin(["--", "effect-livekit-no-such-command"])).code, 127)
        assert.strictEqual((yield* spawnBin([])).code, 2)
      }), 20_000)

    it.effect(
      "acquireNamedNamespace: sets up the veth pair, runs commands in it, deletes it with the scope",
      () =>
        Effect.gen(function*() {
          const name = `effect-livekit-test-${process.pid}`
          assert.isFalse(Isolation.namedNamespaceExists(name))
          yield* Effect.scoped(Effect.gen(function*() {
            assert.deepStrictEqual(yield* Isolation.acquireNamedNamespace(name), { name, owned: true })
            assert.isTrue(Isolation.namedNamespaceExists(name))
            const check = `ip -o -4 addr show dev v0 | grep -q ' 10.77.0.1/24 ' && ` +
              `ip -o -4 addr show dev v1 | grep -q ' 10.77.0.2/24 ' && test "$EFFECT_LIVEKIT_NETNS" = '${name}'`
            assert.deepStrictEqual(yield* Isolation.runInNamedNamespace(name, ["sh", "-c", check]), { code: 0 })
            assert.deepStrictEqual(yield* Isolation.runInNamedNamespace(name, ["sh", "-c", "exit 9"]), { code: 9 })
          }))
          assert.isFalse(Isolation.namedNamespaceExists(name), "deleted when the scope closed")
          const invalid = yield* Effect.flip(Effect.scoped(Isolation.acquireNamedNamespace("no/such name")))
          assert.strictEqual(invalid.reason, "NamespaceUnavailable")
        }),
      20_000
    )
  })
})
