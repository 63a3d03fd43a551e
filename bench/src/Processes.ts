/**
 * The parent side of a benchmark: participant agents and the dev server as child processes, each a scoped
 * resource (closing the scope ends the child), and CPU readings of a child from /proc.
 */
import { AccessToken } from "@effect-livekit/core"
import { Duration, Effect, Schema, Scope } from "effect"
import { type ChildProcess, fork, spawn, spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { Command, Envelope, Reply } from "./Protocol.ts"

export class AgentError extends Schema.TaggedError<AgentError>()("AgentError", {
  agent: Schema.String,
  message: Schema.String
}) {}

export interface Agent {
  readonly name: string
  readonly pid: number
  /** Sends a command and waits for its reply (default timeout 60 s). */
  readonly call: <R>(command: Command, timeout?: Duration.Input) => Effect.Effect<R, AgentError>
}

export type AgentKind = "sdk" | "raw"

const agentScript = (kind: AgentKind): string =>
  fileURLToPath(new URL(kind === "sdk" ? "./agent-sdk.ts" : "./agent-raw.ts", import.meta.url))

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), ms)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

/** Starts a participant agent; closing the scope asks it to exit (SIGKILL after 15 s). */
export const spawnAgent = (
  name: string,
  kind: AgentKind,
  options: { readonly execArgv?: ReadonlyArray<string>; readonly env?: NodeJS.ProcessEnv } = {}
): Effect.Effect<Agent, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const child = fork(agentScript(kind), [], {
        execArgv: [...(options.execArgv ?? [])],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
        env: { ...process.env, ...options.env }
      })
      const pending = new Map<number, (reply: Reply | { readonly exited: string }) => void>()
      let nextId = 0
      let exited: string | undefined
      child.on("message", (message) => {
        const reply = message as Reply
        const resolve = pending.get(reply.id)
        pending.delete(reply.id)
        resolve?.(reply)
      })
      child.once("exit", (code, signal) => {
        exited = `agent ${name} exited (${signal ?? code})`
        for (const resolve of pending.values()) resolve({ exited })
        pending.clear()
      })
      const call = <R>(command: Command, timeout: Duration.Input = "60 seconds") =>
        Effect.callback<R, AgentError>((resume) => {
          if (exited !== undefined) return resume(Effect.fail(new AgentError({ agent: name, message: exited })))
          const id = nextId++
          pending.set(id, (reply) => {
            if ("exited" in reply) resume(Effect.fail(new AgentError({ agent: name, message: reply.exited })))
            else if (reply.ok) resume(Effect.succeed(reply.result as R))
            else resume(Effect.fail(new AgentError({ agent: name, message: `${command.cmd}: ${reply.error}` })))
          })
          const envelope: Envelope = { ...command, id }
          child.send(envelope)
          return Effect.sync(() => pending.delete(id))
        }).pipe(
          Effect.timeoutOrElse({
            duration: timeout,
            orElse: () =>
              Effect.fail(
                new AgentError({
                  agent: name,
                  message: `${command.cmd}: no reply within ${Duration.format(Duration.fromInputUnsafe(timeout))}`
                })
              )
          })
        )
      return { agent: { name, pid: child.pid ?? -1, call } satisfies Agent, child }
    }),
    ({ child }) =>
      Effect.promise(async () => {
        if (child.exitCode !== null || child.signalCode !== null) return
        if (child.connected) child.send({ cmd: "exit", id: -1 } satisfies Envelope)
        if (!(await waitForExit(child, 15_000))) {
          child.kill("SIGKILL")
          await waitForExit(child, 5_000)
        }
      })
  ).pipe(Effect.map(({ agent }) => agent))

export class ServerError extends Schema.TaggedError<ServerError>()("ServerError", { message: Schema.String }) {}

export interface ServerProcess {
  readonly pid: number
  readonly url: string
  readonly apiKey: string
  readonly apiSecret: string
  /** Mints a token for `identity` in `room`. */
  readonly token: (identity: string, room: string) => Effect.Effect<string, AccessToken.TokenSigningFailed>
}

const devServerBin = (): string => fileURLToPath(new URL("./bin.ts", import.meta.resolve("@effect-livekit/dev-server")))

/** Runs the dev server's bin as a child process on a free port; closing the scope stops it. */
export const spawnServer: Effect.Effect<ServerProcess, ServerError, Scope.Scope> = Effect.acquireRelease(
  Effect.callback<{ readonly server: ServerProcess; readonly child: ChildProcess }, ServerError>((resume) => {
    const child = spawn(process.execPath, [devServerBin(), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] })
    let output = ""
    let settled = false
    const timer = setTimeout(() => {
      if (settled) return
      settled = true
      child.kill("SIGKILL")
      resume(Effect.fail(new ServerError({ message: `the dev server printed no URL within 30 s: ${output}` })))
    }, 30_000)
    child.stdout?.setEncoding("utf8")
    child.stdout?.on("data", (chunk: string) => {
      output += chunk
      const url = /url:\s+(\S+)/.exec(output)?.[1]
      const apiKey = /api key:\s+(\S+)/.exec(output)?.[1]
      const apiSecret = /api secret:\s+(\S+)/.exec(output)?.[1]
      if (settled || url === undefined || apiKey === undefined || apiSecret === undefined) return
      settled = true
      clearTimeout(timer)
      resume(Effect.succeed({
        child,
        server: {
          pid: child.pid ?? -1,
          url,
          apiKey,
          apiSecret,
          token: (identity, room) => AccessToken.mint({ apiKey, apiSecret, identity, room })
        }
      }))
    })
    child.once("exit", (code) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resume(Effect.fail(new ServerError({ message: `the dev server exited (${code}): ${output}` })))
    })
  }),
  ({ child }) =>
    Effect.promise(async () => {
      child.kill("SIGTERM")
      if (!(await waitForExit(child, 10_000))) child.kill("SIGKILL")
    })
).pipe(Effect.map(({ server }) => server))

let clockTicks: number | undefined

const ticksPerSecond = (): number => {
  if (clockTicks === undefined) {
    const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" })
    const value = Number(out.stdout?.trim())
    clockTicks = Number.isFinite(value) && value > 0 ? value : 100
  }
  return clockTicks
}

/** User + system CPU of another process so far (from /proc/<pid>/stat), microseconds. */
export const processCpuUs = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
  // fields after "(comm)": state is field 3; utime and stime are fields 14 and 15
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1_000_000) / ticksPerSecond()
}

/** Resident set size of another process (from /proc/<pid>/status), bytes. */
export const processRss = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8")
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1]
  return kb === undefined ? 0 : Number(kb) * 1024
}
