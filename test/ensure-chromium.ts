/**
 * Run by `pnpm test` before the suite: the browser tests need Debian's Chromium (`/usr/bin/chromium`, or the path in
 * CHROMIUM_PATH). When it is missing and this runs as root on a machine with apt-get, it installs Debian's
 * `chromium` package (a minute or two); otherwise it stops with one line saying how. The suite never downloads a
 * browser build of its own.
 */
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Console, Data, Effect } from "effect"
import { ChildProcess } from "effect/process"
import { existsSync } from "node:fs"

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"
const HOW = "install it with `sudo apt-get install chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary"

class ChromiumMissing extends Data.TaggedError("ChromiumMissing")<{ readonly message: string }> {}

const run = (command: string, args: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const child = yield* ChildProcess.make(command, args, {
      env: { DEBIAN_FRONTEND: "noninteractive" },
      extendEnv: true,
      stdout: "inherit",
      stderr: "inherit"
    })
    const code = yield* child.exitCode
    if (code !== 0) {
      return yield* new ChromiumMissing({ message: `\`${command} ${args.join(" ")}\` failed (exit ${code}): ${HOW}` })
    }
  }).pipe(Effect.scoped)

const ensure = Effect.gen(function*() {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    return yield* new ChromiumMissing({ message: `the browser tests need Chromium at ${CHROMIUM}: ${HOW}` })
  }
  yield* Console.error(`Chromium is missing: installing Debian's chromium package for the browser tests`)
  yield* run("apt-get", ["update", "-qq"])
  yield* run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"])
  if (!existsSync(CHROMIUM)) {
    return yield* new ChromiumMissing({ message: `apt-get installed chromium but ${CHROMIUM} is missing: ${HOW}` })
  }
})

ensure.pipe(
  Effect.catchTag(
    "ChromiumMissing",
    (error) => Console.error(error.message).pipe(Effect.andThen(Effect.sync(() => process.exit(1))))
  ),
  Effect.provide(NodeServices.layer),
  NodeRuntime.runMain
)
