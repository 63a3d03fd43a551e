/**
 * The Rust core's native builds against the dev server: 0.12.75 (the pinned binding) and 0.12.80 (the newer Linux
 * build, installed by the workspace as `rtc-ffi-core-0.12.80`). A build other than the binding's own is chosen with
 * napi-rs's `NAPI_RS_NATIVE_LIBRARY_PATH`, which applies to every napi-rs module of a process (this test runner's
 * bundler is one), so each build runs in a child participant; its peer is a participant of this process (0.12.75).
 * Frames go both ways, and the child reports which library it mapped.
 */
import { expect, layer } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { participant } from "./ChildParticipant.ts"
import { frameOf, intact, seqOf } from "./fixtures/SequencedFrame.ts"
import { joinRoom, LiveKitHarness, TestServer, tokenFor } from "./LiveKitHarness.ts"

const report = (line: string) => console.log(`[core-builds] ${line}`)

const require = createRequire(import.meta.url)
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`))

interface Build {
  readonly version: string
  /** `NAPI_RS_NATIVE_LIBRARY_PATH` for the child; none for the pinned binding's own build. */
  readonly library: string | undefined
}

const builds: ReadonlyArray<Build> = [
  { version: "0.12.75", library: undefined },
  { version: "0.12.80", library: join(packageDir("rtc-ffi-core-0.12.80"), "rtc-node.linux-x64-gnu.node") }
]

const FRAME_BYTES = 1024
const COUNT = 20

layer(LiveKitHarness, { excludeTestServices: true, timeout: 90_000 })("the Rust core's native builds", (it) => {
  for (const build of builds) {
    it.effect(
      `${build.version}: a child on that build publishes to and subscribes from a participant here`,
      () =>
        Effect.gen(function*() {
          const server = yield* TestServer
          const room = `builds-${build.version.replaceAll(".", "-")}-${process.pid}`
          const child = `core-${build.version.replaceAll(".", "-")}`
          const env = {
            LIVEKIT_URL: server.url,
            ...(build.library === undefined ? {} : { NAPI_RS_NATIVE_LIBRARY_PATH: build.library })
          }
          const here = yield* joinRoom("here", room)

          // the child publishes, this process subscribes
          const publisher = yield* participant("publish", {
            ...env,
            LIVEKIT_TOKEN: yield* tokenFor(child, room),
            TRACK_NAME: "telemetry",
            FRAME_BYTES: String(FRAME_BYTES),
            INTERVAL_MS: "20"
          })
          const core = yield* publisher.awaitEvent("core", 15_000)
          yield* publisher.awaitEvent("published", 15_000)
          const remote = yield* here.dataTrack({ publisher: child, name: "telemetry" }).pipe(Effect.timeout(10_000))
          const subscription = yield* remote.subscribe()
          const received = yield* subscription.frames.pipe(
            Stream.take(COUNT),
            Stream.runCollect,
            Effect.timeout(10_000)
          )
          publisher.process.stdin?.end()
          yield* publisher.awaitEvent("stopped", 10_000)
          const publisherExit = yield* publisher.awaitExit(10_000)

          // this process publishes, the child subscribes
          const track = yield* here.publishDataTrack({ name: "commands" })
          const subscriber = yield* participant("subscribe", {
            ...env,
            LIVEKIT_TOKEN: yield* tokenFor(`${child}-sub`, room),
            TRACK_NAME: "commands",
            PUBLISHER: "here",
            COUNT: String(COUNT)
          })
          yield* subscriber.awaitEvent("subscribed", 15_000)
          // Paced pushes until the child has its frames: the first ones may precede its subscription.
          let pushed = 0
          const frames = yield* subscriber.awaitEvent("frames", 15_000).pipe(
            Effect.raceFirst(
              Effect.forever(
                Effect.andThen(Effect.suspend(() => track.push(frameOf(pushed++, FRAME_BYTES))), Effect.sleep(20))
              )
            )
          )
          const subscriberExit = yield* subscriber.awaitExit(10_000)

          const libraries = core["libraries"] as Array<string>
          const seqs = received.map(seqOf)
          const childSeqs = frames["seqs"] as Array<number>
          report(
            `${build.version}: child mapped ${libraries.join(", ")}; child -> here ${received.length} frames ` +
              `(seq ${seqs[0]}..${seqs[seqs.length - 1]}), here -> child ${childSeqs.length} frames ` +
              `(seq ${childSeqs[0]}..${childSeqs[childSeqs.length - 1]}) of ${pushed} pushed`
          )
          expect(libraries.length).toBe(1)
          expect(libraries[0]).toContain(`@${build.version}/`)
          expect(received.length).toBe(COUNT)
          expect(received.every(intact)).toBe(true)
          for (let i = 1; i < seqs.length; i++) expect(seqs[i] as number).toBeGreaterThan(seqs[i - 1] as number)
          expect(childSeqs.length).toBe(COUNT)
          expect(frames["intact"]).toBe(true)
          for (let i = 1; i < childSeqs.length; i++) {
            expect(childSeqs[i] as number).toBeGreaterThan(childSeqs[i - 1] as number)
          }
          expect(publisherExit).toBe(0)
          expect(subscriberExit).toBe(0)
        }),
      90_000
    )
  }
})
