/**
 * Participants in separate processes: two child processes (Node 24 running fixtures/participant.ts with type
 * stripping; they inherit the private network namespace) join one room on the dev server this process runs,
 * one publishes and one subscribes; a participant of this process in another room sees none of it.
 */
import { expect, layer } from "@effect/vitest"
import { Data, Deferred, Effect, Fiber, Stream } from "effect"
import { type ChildProcess, spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { RoomHarness } from "../contract/Harness.ts"
import { LiveKitHarness, TestServer, tokenFor } from "./LiveKitHarness.ts"

const report = (line: string) => console.log(`[separate-processes] ${line}`)

const SCRIPT = fileURLToPath(new URL("./fixtures/participant.ts", import.meta.url))
const MARK = "@@participant "

/** A child participant reported an error, or did not report in time. */
class ParticipantFailed extends Data.TaggedError("ParticipantFailed")<{ readonly message: string }> {}

interface ParticipantEvent {
  readonly event: string
  readonly [field: string]: unknown
}

interface Child {
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
const participant = (role: "publish" | "subscribe", env: Record<string, string>) =>
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

layer(LiveKitHarness, { excludeTestServices: true, timeout: 60_000 })("participants in separate processes", (it) => {
  it.effect(
    "a publisher and a subscriber in two child processes; another room sees nothing",
    () =>
      Effect.gen(function*() {
        const server = yield* TestServer
        const harness = yield* RoomHarness
        const room = `procs-${process.pid}`
        const count = 40

        // The observer: this process, another room, watching for tracks and participants the whole time.
        const observer = yield* (yield* harness.newRoom)("observer")
        const done = yield* Deferred.make<void>()
        const seenTracks = yield* observer.remoteDataTracks.pipe(
          Stream.interruptWhen(Deferred.await(done)),
          Stream.runCollect,
          Effect.forkScoped
        )
        const seenEvents = yield* observer.events.pipe(
          Stream.interruptWhen(Deferred.await(done)),
          Stream.runCollect,
          Effect.forkScoped
        )

        const start = performance.now()
        const common = { LIVEKIT_URL: server.url, TRACK_NAME: "telemetry" }
        const publisher = yield* participant("publish", {
          ...common,
          LIVEKIT_TOKEN: yield* tokenFor("robot-proc", room),
          FRAME_BYTES: "4096",
          INTERVAL_MS: "20"
        })
        const subscriber = yield* participant("subscribe", {
          ...common,
          LIVEKIT_TOKEN: yield* tokenFor("human-proc", room),
          PUBLISHER: "robot-proc",
          COUNT: String(count)
        })

        const published = yield* publisher.awaitEvent("published", 15_000)
        const subscribed = yield* subscriber.awaitEvent("subscribed", 15_000)
        const frames = yield* subscriber.awaitEvent("frames", 15_000)
        const subscriberExit = yield* subscriber.awaitExit(5_000)
        const elapsed = performance.now() - start
        publisher.process.stdin?.end()
        const stopped = yield* publisher.awaitEvent("stopped", 10_000)
        const publisherExit = yield* publisher.awaitExit(10_000)

        const seqs = frames["seqs"] as Array<number>
        // Latency over the second half: the first frames include the children's cold start.
        const latencies = (frames["latencyMs"] as Array<number>).toSorted((a, b) => a - b)
        report(
          `child processes: publisher ${String(published["sid"])}, subscriber got ${seqs.length} frames`
            + ` (seq ${seqs[0]}..${seqs[seqs.length - 1]}, latency p50 ${
              latencies[Math.floor(latencies.length / 2)]
            } ms)`
            + ` ${Math.round(elapsed)} ms after spawning; the publisher pushed ${String(stopped["pushed"])} frames`
        )
        expect(subscribed["sid"]).toBe(published["sid"])
        expect(published["identity"]).toBe("robot-proc")
        expect(subscribed["identity"]).toBe("human-proc")
        expect(seqs.length).toBe(count)
        expect(frames["intact"]).toBe(true)
        expect((frames["bytes"] as Array<number>).every((bytes) => bytes === 4096)).toBe(true)
        // In order, and at least 90 % of the frames sent over that span (a lossy transport on a busy machine).
        for (let i = 1; i < seqs.length; i++) expect(seqs[i] as number).toBeGreaterThan(seqs[i - 1] as number)
        expect(count / ((seqs[seqs.length - 1] as number) - (seqs[0] as number) + 1)).toBeGreaterThanOrEqual(0.9)
        expect(subscriberExit).toBe(0)
        expect(publisherExit).toBe(0)

        // The other room saw no track and no participant of the children's room, the whole time.
        yield* Deferred.succeed(done, undefined)
        const tracks = yield* Fiber.join(seenTracks).pipe(Effect.timeout(2_000))
        const events = yield* Fiber.join(seenEvents).pipe(Effect.timeout(2_000))
        report(`observer in another room: ${tracks.length} tracks, ${events.length} events`)
        expect(tracks).toEqual([])
        expect(events.filter((event) => event._tag === "ParticipantConnected")).toEqual([])
      }),
    60_000
  )
})
