/**
 * Frames pushed back to back through the real Rust core. The core's transport holds one waiting frame per
 * participant and drops it for a newer one; `push` and `sink` pace frames so that none is dropped that way, where
 * `tryPush` in a burst loses all but the first and the last. Every figure is printed as a `[pacing]` line.
 */
import { DataTrackFrame } from "@effect-livekit/core"
import { expect, layer } from "@effect/vitest"
import { Effect, Stream } from "effect"
import { puller, seqFrame, seqOf, twoParticipants } from "../contract/Harness.ts"
import { LiveKitHarness } from "./LiveKitHarness.ts"

const report = (line: string) => console.log(`[pacing] ${line}`)

/** Publishes `name` and subscribes to it, and waits until a warm-up frame arrives (the path exists). */
const flowingTrack = Effect.fnUntraced(function*(name: string) {
  const { robot, human } = yield* twoParticipants
  const track = yield* robot.publishDataTrack({ name })
  const remote = yield* human.dataTrack({ publisher: "robot", name })
  const subscription = yield* remote.subscribe({ bufferSize: 64 })
  const frames = yield* puller(subscription.frames)
  let warmUp = 1_000_000
  let first: number | undefined
  while (first === undefined) {
    yield* track.push(seqFrame(warmUp++, 16))
    const next = yield* frames.next(200)
    if (next._tag === "Item") first = seqOf(next.value)
  }
  return { robot, track, frames }
})

layer(LiveKitHarness, { excludeTestServices: true, timeout: 120_000 })("pacing (real core)", (it) => {
  it.effect("a burst of 40 frames through sink arrives whole and in order", () =>
    Effect.gen(function*() {
      const { frames, track } = yield* flowingTrack("burst")
      const sizes = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 40_000 : 1024))
      const started = performance.now()
      const summary = yield* Stream.fromIterable(sizes.map((size, i) => seqFrame(i, size))).pipe(
        Stream.run(track.sink())
      )
      report(`sink: 40 frames (10 of 40 KB) handed over in ${Math.round(performance.now() - started)} ms`)
      expect(summary).toEqual({ pushed: 40, dropped: 0 })
      const { items } = yield* frames.collect(40, 3_000)
      const seqs = items.map(seqOf)
      report(`sink: received ${seqs.join(",")}`)
      expect(seqs).toEqual(sizes.map((_, i) => i))
    }), 30_000)

  it.effect(
    "small frames of other tracks pushed right behind multi-packet frames all arrive",
    () =>
      Effect.gen(function*() {
        const { frames, robot, track } = yield* flowingTrack("depth")
        const info = yield* robot.publishDataTrack({ name: "info" })
        for (let round = 0; round < 10; round++) {
          yield* track.push(seqFrame(round, 150_000))
          yield* info.push(new DataTrackFrame({ payload: new Uint8Array(64) }))
          yield* track.push(seqFrame(100 + round, 64))
        }
        const { items } = yield* frames.collect(20, 3_000)
        const expected = Array.from({ length: 10 }, (_, round) => [round, 100 + round]).flat()
        expect(items.map(seqOf)).toEqual(expected)
      }),
    30_000
  )

  it.effect("the same burst through tryPush loses frames in the core (what push avoids)", () =>
    Effect.gen(function*() {
      const { frames, track } = yield* flowingTrack("unpaced")
      for (let i = 0; i < 10; i++) yield* track.tryPush(seqFrame(i, 20_000))
      const { items } = yield* frames.collect(10, 1_000)
      report(`tryPush: ${items.length} of 10 frames pushed back to back arrived`)
      expect(items.length).toBeLessThan(10)
    }), 30_000)
})
