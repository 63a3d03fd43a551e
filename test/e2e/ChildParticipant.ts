/**
 * A participant in a child process (Node 24 running fixtures/participant.ts with type stripping; it inherits the
 * private network namespace), for end-to-end tests that need a second process: the child reports on stdout as
 * `@@participant <json>` lines, and the scope kills it if it still runs.
 */
import { Data, Effect } from "effect"
import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const SCRIPT = fileURLToPath(new URL("./fixtures/participant.ts", import.meta.url))
const MARK = "@@participant "

/** A child participant reported an error, or did not report in time. */
export class ParticipantFailed extends Data.TaggedError("ParticipantFailed")<{ readonly message: string }> {}

export interface ParticipantEvent {
  readonly event: string
  readonly [field: string]: unknown
}

export interface Child {
  readonly process: ChildProcess
  readonly events: Array<ParticipantEvent>
  /** Everything the child wrote, for failure messages. */
  readonly output: Array<string>
  /** Waits (bounded) for the first event named `name`. */
  readonly awaitEvent: (name: string, timeoutMs: number) => Effect.Effect<ParticipantEvent, ParticipantFailed>
  /** Waits (bounded) for the exit code. */
  readonly awaitExit: (timeoutMs: number) => Effect.Effect<number | null, ParticipantFailed>
}

/** Spawns a participant; the scope kills it if it still runs. */
export const participant = (role: "publish" | "subscribe", env: Record<string, string>) =>
  Effect.acquireRelease(
    Effect.sync((): Child => {
      const child = spawn(process.execPath, [SCRIPT, role], {
        env: { ...process.env, ...env },
        stdio: ["pipe", "pipe", "pipe"]
      })
      const events: Array<ParticipantEvent> = []
      const output: Array<string> = []
      let exitCode: number | null | undefined
      const waiters = new Set<() => void>()
      const notify = () => waiters.forEach((wake) => wake())
      let pending = ""
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        pending += chunk
        const lines = pending.split("\n")
        pending = lines.pop() ?? ""
        for (const line of lines) {
          output.push(line)
          if (line.startsWith(MARK)) events.push(JSON.parse(line.slice(MARK.length)) as ParticipantEvent)
        }
        notify()
      })
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => output.push(chunk))
      child.on("exit", (code) => {
        exitCode = code
        notify()
      })
      const waitFor = <A>(check: () => A | undefined, what: string, timeoutMs: number) =>
        Effect.callback<A, ParticipantFailed>((resume) => {
          const wake = () => {
            const value = check()
            if (value !== undefined) {
              waiters.delete(wake)
              clearTimeout(timer)
              resume(Effect.succeed(value))
            }
          }
          const timer = setTimeout(() => {
            waiters.delete(wake)
            resume(
              Effect.fail(
                new ParticipantFailed({
                  message: `${role}: no ${what} within ${timeoutMs} ms; output:\n${output.join("\n")}`
                })
              )
            )
          }, timeoutMs)
          waiters.add(wake)
          wake()
          return Effect.sync(() => {
            waiters.delete(wake)
            clearTimeout(timer)
          })
        })
      return {
        process: child,
        events,
        output,
        awaitEvent: (name, timeoutMs) =>
          waitFor(() => events.find((event) => event.event === name || event.event === "error"), name, timeoutMs)
            .pipe(
              Effect.filterOrFail(
                (event) => event.event !== "error",
                (event) => new ParticipantFailed({ message: `${role} failed: ${String(event["message"])}` })
              )
            ),
        awaitExit: (timeoutMs) =>
          waitFor(() => (exitCode === undefined ? undefined : { code: exitCode }), "exit", timeoutMs).pipe(
            Effect.map(({ code }) => code)
          )
      }
    }),
    (child) =>
      Effect.sync(() => {
        if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL")
      })
  )
