/**
 * Participants in separate processes: two child processes (Node 24 running fixtures/participant.ts with type
 * stripping; they inherit the private network namespace) join one room on the dev server this process runs,
 * one publishes and one subscribes; a participant of this process in another room sees none of it.
 */
import { expect, layer } from "@effect/vitest"
import { Deferred, Effect, Fiber, Stream } from "effect"
import { RoomHarness } from "../contract/Harness.ts"
import { participant } from "./ChildParticipant.ts"
import { LiveKitHarness, TestServer, tokenFor } from "./LiveKitHarness.ts"

const report = (line: string) => console.log(`[separate-processes] ${line}`)

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
