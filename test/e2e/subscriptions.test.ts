/**
 * Dependable subscriptions through the real Rust core: a subscription opened right after another one on the same
 * track was closed delivers frames (the core tears the old one down asynchronously), and several subscriptions
 * opened at once all deliver. Every figure is printed as a `[subscriptions]` line.
 */
import { expect, layer } from "@effect/vitest"
import { Effect } from "effect"
import { awaitFlow, puller, seqFrame, seqOf, startPusher, twoParticipants } from "../contract/Harness.ts"
import { LiveKitHarness } from "./LiveKitHarness.ts"

const report = (line: string) => console.log(`[subscriptions] ${line}`)

layer(LiveKitHarness, { excludeTestServices: true, timeout: 120_000 })("subscriptions (real core)", (it) => {
  it.effect("50 subscribe/close cycles on one track each deliver frames", () =>
    Effect.gen(function*() {
      const { robot, human } = yield* twoParticipants
      const track = yield* robot.publishDataTrack({ name: "cycles" })
      const remote = yield* human.dataTrack({ publisher: "robot", name: "cycles" })
      yield* startPusher(track, { intervalMs: 10 })
      const firsts: Array<number> = []
      const started = performance.now()
      for (let cycle = 0; cycle < 50; cycle++) {
        firsts.push(
          yield* Effect.scoped(Effect.gen(function*() {
            const subscription = yield* remote.subscribe()
            const frames = yield* puller(subscription.frames)
            return yield* awaitFlow(frames.next, 2_000)
          }))
        )
      }
      report(`50 cycles in ${Math.round(performance.now() - started)} ms`)
      expect(firsts).toHaveLength(50)
      for (let i = 1; i < firsts.length; i++) expect(firsts[i]).toBeGreaterThan(firsts[i - 1] ?? 0)
    }), 30_000)

  it.effect("8 tracks subscribed at once all deliver", () =>
    Effect.gen(function*() {
      const { robot, human } = yield* twoParticipants
      const names = Array.from({ length: 8 }, (_, i) => `sensor-${i}`)
      const tracks = yield* Effect.forEach(names, (name) => robot.publishDataTrack({ name }))
      const remotes = yield* Effect.forEach(names, (name) => human.dataTrack({ publisher: "robot", name }))
      // round robin, one frame every 5 ms: frames pushed back to back are the publisher core's to drop
      yield* Effect.gen(function*() {
        for (let seq = 0;; seq++) {
          for (const track of tracks) {
            yield* track.tryPush(seqFrame(seq, 64))
            yield* Effect.sleep(5)
          }
        }
      }).pipe(Effect.forkScoped)
      const subscriptions = yield* Effect.forEach(remotes, (remote) => remote.subscribe(), { concurrency: "unbounded" })
      const pullers = yield* Effect.forEach(subscriptions, (s) => puller(s.frames))
      const received = yield* Effect.forEach(pullers, (frames) =>
        Effect.gen(function*() {
          const first = yield* awaitFlow(frames.next, 2_000)
          const { items } = yield* frames.collect(10, 2_000)
          return [first, ...items.map(seqOf)]
        }), { concurrency: "unbounded" })
      report(`first frames ${received.map((seqs) => seqs[0]).join(", ")}`)
      for (const seqs of received) expect(seqs).toHaveLength(11)
    }), 30_000)
})
