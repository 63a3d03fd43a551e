/**
 * The dev server as a child process (`packages/dev-server/src/bin.ts`), for fault tests that kill and restart it.
 * The child inherits the test's private network namespace.
 */
import { Data, Effect } from "effect"
import type { Scope } from "effect"
import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const bin = fileURLToPath(new URL("../../packages/dev-server/src/bin.ts", import.meta.url))

export class ServerProcessError extends Data.TaggedError("ServerProcessError")<{ readonly message: string }> {}

export interface ServerProcess {
  readonly url: string
  readonly port: number
  readonly pid: number
  /** SIGKILLs the process and waits (bounded) until it is gone. */
  readonly kill: Effect.Effect<void>
}

/**
 * Starts `bin.ts --port <port>` (0 = any free port) and waits up to `timeoutMs` for it to print its URL.
 * The scope kills it if it still runs.
 */
export const start = (port = 0, timeoutMs = 10_000): Effect.Effect<ServerProcess, ServerProcessError, Scope.Scope> =>
  Effect.gen(function*() {
    const child: ChildProcess = yield* Effect.acquireRelease(
      Effect.sync(() =>
        spawn(process.execPath, [bin, "--port", String(port), "--host", "127.0.0.1"], {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, FORCE_COLOR: "0" }
        })
      ),
      (child) => killChild(child)
    )
    const url = yield* Effect.callback<string, ServerProcessError>((resume) => {
      let out = ""
      const onData = (chunk: Buffer) => {
        out += chunk.toString("utf8")
        const match = /url:\s+(ws:\/\/\S+)/.exec(out)
        if (match !== null) {
          child.stdout?.off("data", onData)
          resume(Effect.succeed(match[1] as string))
        }
      }
      child.stdout?.on("data", onData)
      child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")))
      child.once("exit", (code, signal) =>
        resume(
          Effect.fail(
            new ServerProcessError({ message: `dev server exited (${code ?? signal}) before listening: ${out}` })
          )
        ))
    }).pipe(
      Effect.timeoutOrElse({
        duration: timeoutMs,
        orElse: () =>
          Effect.fail(new ServerProcessError({ message: `dev server did not listen within ${timeoutMs} ms` }))
      })
    )
    // keep draining its output so that a full pipe never blocks it
    const sink = process.env["FAULTS_SERVER_LOG"]
    if (sink !== undefined) {
      const { appendFileSync } = yield* Effect.promise(() => import("node:fs"))
      const write = (chunk: Buffer) => appendFileSync(sink, chunk)
      child.stdout?.on("data", write)
      child.stderr?.on("data", write)
    }
    child.stdout?.resume()
    child.stderr?.resume()
    return { url, port: Number(new URL(url).port), pid: child.pid ?? -1, kill: killChild(child) }
  })

const killChild = (child: ChildProcess): Effect.Effect<void> =>
  Effect.callback<void>((resume) => {
    if (child.exitCode !== null || child.signalCode !== null) return resume(Effect.void)
    child.once("exit", () => resume(Effect.void))
    child.kill("SIGKILL")
  }).pipe(Effect.timeout(5000), Effect.ignore)

const participantScript = fileURLToPath(new URL("./participant.ts", import.meta.url))

export interface ParticipantProcess {
  readonly pid: number
  /** SIGKILLs the process and waits (bounded) until it is gone. */
  readonly kill: Effect.Effect<void>
}

/**
 * Runs `participant.ts` (a publisher or a follower in its own process) and waits up to `timeoutMs` until it prints
 * `ready`. The scope kills it if it still runs.
 */
export const participant = (
  mode: "publish" | "subscribe",
  url: string,
  token: string,
  timeoutMs = 15_000
): Effect.Effect<ParticipantProcess, ServerProcessError, Scope.Scope> =>
  Effect.gen(function*() {
    const child: ChildProcess = yield* Effect.acquireRelease(
      Effect.sync(() =>
        spawn(process.execPath, [participantScript, mode, url, token], {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, FORCE_COLOR: "0" }
        })
      ),
      (child) => killChild(child)
    )
    yield* Effect.callback<void, ServerProcessError>((resume) => {
      let out = ""
      const onData = (chunk: Buffer) => {
        out += chunk.toString("utf8")
        if (/^ready$/m.test(out)) {
          child.stdout?.off("data", onData)
          resume(Effect.void)
        }
      }
      child.stdout?.on("data", onData)
      child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")))
      child.once("exit", (code, signal) =>
        resume(
          Effect.fail(new ServerProcessError({ message: `${mode} participant exited (${code ?? signal}): ${out}` }))
        ))
    }).pipe(
      Effect.timeoutOrElse({
        duration: timeoutMs,
        orElse: () =>
          Effect.fail(new ServerProcessError({ message: `${mode} participant not ready within ${timeoutMs} ms` }))
      })
    )
    child.stdout?.resume()
    child.stderr?.resume()
    return { pid: child.pid ?? -1, kill: killChild(child) }
  })
