/**
 * The CLI and the demo as real processes: spawned with this Node (24 under pnpm), output collected line by line,
 * waits bounded. The tests run inside the private network namespace (`isolate.ts`), so every child shares it.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

export const CLI = fileURLToPath(new URL("../../packages/cli/src/bin.ts", import.meta.url))
export const DEMO = fileURLToPath(new URL("../../examples/src/demo.ts", import.meta.url))

/** Variables that would point a child somewhere else than the test's own server. */
const CLEARED = [
  "LIVEKIT_URL",
  "LIVEKIT_TOKEN",
  "LIVEKIT_API_KEY",
  "LIVEKIT_API_SECRET",
  "LIVEKIT_ROOM",
  "LIVEKIT_IDENTITY",
  "LIVEKIT_ROBOT_TOKEN",
  "LIVEKIT_HUMAN_TOKEN"
]

export const baseEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" }
  for (const name of CLEARED) delete env[name]
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return env
}

export interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface Running {
  readonly child: ChildProcess
  readonly stdout: () => string
  readonly stderr: () => string
  /** Resolves with the first match of `pattern` in stdout (or stderr), rejects after `timeoutMs` or at exit. */
  readonly waitFor: (
    pattern: RegExp,
    options?: { stream?: "stdout" | "stderr"; timeoutMs?: number }
  ) => Promise<RegExpMatchArray>
  readonly exited: Promise<Exit>
  /** Writes to the child's stdin (`end` closes it). */
  readonly write: (text: string, end?: boolean) => void
  /** Sends `signal` and waits for the exit (SIGKILL after 10 s). */
  readonly stop: (signal?: NodeJS.Signals) => Promise<Exit>
}

const alive = new Set<Running>()

/** Stops every process still running (for `afterAll`: a failed test must not leave its children behind). */
export const stopAll = (): Promise<ReadonlyArray<Exit>> =>
  Promise.all([...alive].map((running) => running.stop("SIGKILL")))

export const start = (
  script: string,
  args: ReadonlyArray<string>,
  options: { readonly env?: NodeJS.ProcessEnv; readonly stdin?: string } = {}
): Running => {
  const child = spawn(process.execPath, [script, ...args], {
    env: options.env ?? baseEnv(),
    stdio: ["pipe", "pipe", "pipe"]
  })
  let stdout = ""
  let stderr = ""
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString()
    notify()
  })
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString()
    notify()
  })
  if (options.stdin !== undefined) child.stdin.end(options.stdin)
  let done: Exit | undefined
  const exited = new Promise<Exit>((resolve) => {
    child.on("close", (code, signal) => {
      alive.delete(running)
      done = { code, signal, stdout, stderr }
      notify()
      resolve(done)
    })
  })
  const waitFor: Running["waitFor"] = (pattern, waitOptions = {}) =>
    new Promise((resolve, reject) => {
      const read =
        () => (waitOptions.stream === "stderr" ? stderr : waitOptions.stream === "stdout" ? stdout : stdout + stderr)
      const timer = setTimeout(() => {
        listeners.delete(check)
        reject(
          new Error(
            `no ${pattern} within ${waitOptions.timeoutMs ?? 15_000} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`
          )
        )
      }, waitOptions.timeoutMs ?? 15_000)
      const check = () => {
        const match = read().match(pattern)
        if (match !== null) {
          clearTimeout(timer)
          listeners.delete(check)
          resolve(match)
        } else if (done !== undefined) {
          clearTimeout(timer)
          listeners.delete(check)
          reject(
            new Error(`exited (${done.code ?? done.signal}) before ${pattern}\nstdout:\n${stdout}\nstderr:\n${stderr}`)
          )
        }
      }
      listeners.add(check)
      check()
    })
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    if (done === undefined) {
      child.kill(signal)
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      void exited.then(() => clearTimeout(timer))
    }
    return exited
  }
  const write = (text: string, end = false) => {
    if (end) child.stdin.end(text)
    else child.stdin.write(text)
  }
  const running: Running = { child, stdout: () => stdout, stderr: () => stderr, waitFor, exited, stop, write }
  alive.add(running)
  return running
}

/** Runs to completion (killed after `timeoutMs`). */
export const run = async (
  script: string,
  args: ReadonlyArray<string>,
  options: { readonly env?: NodeJS.ProcessEnv; readonly stdin?: string; readonly timeoutMs?: number } = {}
): Promise<Exit> => {
  const running = start(script, args, options)
  const timer = setTimeout(() => running.child.kill("SIGKILL"), options.timeoutMs ?? 30_000)
  const exit = await running.exited
  clearTimeout(timer)
  return exit
}

export const cli = (args: ReadonlyArray<string>, options?: Parameters<typeof run>[2]) => run(CLI, args, options)

/** The non-empty lines of a text. */
export const lines = (text: string): ReadonlyArray<string> => text.split("\n").filter((line) => line.trim().length > 0)

/** The claims of a JWT (not verified). */
export const claimsOf = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>

/** A started `effect-livekit dev-server`, with what it printed. */
export interface DevServerProcess {
  readonly process: Running
  readonly url: string
  readonly tokens: ReadonlyMap<string, string>
}

export const startDevServer = async (
  args: ReadonlyArray<string> = ["--port", "0"],
  env?: NodeJS.ProcessEnv
): Promise<DevServerProcess> => {
  const server = start(CLI, ["dev-server", ...args], env === undefined ? {} : { env })
  await server.waitFor(/^ready/m, { stream: "stdout", timeoutMs: 20_000 })
  const out = server.stdout()
  const url = /url:\s+(\S+)/.exec(out)?.[1]
  if (url === undefined) throw new Error(`no url in\n${out}`)
  const tokens = new Map<string, string>()
  for (const match of out.matchAll(/token for "([^"]+)" in room "[^"]+":\s+(\S+)/g)) tokens.set(match[1]!, match[2]!)
  return { process: server, url, tokens }
}
