/**
 * The behavioural contract of the `Room` service, written against the service only and run against
 * every backend: the in-memory room here, the LiveKit room over the FFI on the dev server in test/e2e.
 */
import { DataTrackFrame, DataTrackLimits, DataTrackSchemaId } from "@effect-livekit/core"
import type { RoomShape } from "@effect-livekit/core"
import { expect, layer } from "@effect/vitest"
import { Effect, Exit, Fiber, Layer, Scope, Stream } from "effect"
import { awaitFlow, puller, RoomHarness, seqFrame, seqOf, startPusher } from "./Harness.ts"

const twoParticipants = Effect.gen(function*() {
  const harness = yield* RoomHarness
  const join = yield* harness.newRoom
  const robot = yield* join("robot")
  const human = yield* join("human")
  return { robot, human, join, harness }
})

/** Waits, with a bound, until `human` sees the robot's track `name`. */
const robotTrack = (human: RoomShape, name: string) =>
  Effect.flatMap(
    RoomHarness,
    (harness) => human.dataTrack({ publisher: "robot", name }).pipe(Effect.timeout(harness.roundTripMs * 5))
  )

const failureTag = <A, E extends { readonly _tag: string }, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.map(Effect.flip(effect), (error) => error._tag)

/** Publishes on `robot`, subscribes on `human`, and waits until frames flow. */
const flowing = (
  robot: RoomShape,
  human: RoomShape,
  options: { readonly name: string; readonly bufferSize?: number; readonly intervalMs?: number }
) =>
  Effect.gen(function*() {
    const harness = yield* RoomHarness
    const track = yield* robot.publishDataTrack({ name: options.name })
    const remote = yield* robotTrack(human, options.name)
    const subscription = yield* remote.subscribe({ bufferSize: options.bufferSize ?? 16 })
    const frames = yield* puller(subscription.frames)
    const pusher = yield* startPusher(track, { intervalMs: options.intervalMs ?? 10 })
    const first = yield* awaitFlow(frames.next, harness.roundTripMs * 10)
    return { track, remote, subscription, frames, pusher, first }
  })

export const roomContract = (harness: Layer.Layer<RoomHarness, unknown>, timeout = 30_000) =>
  layer(harness, { timeout, excludeTestServices: true })("Room contract", (it) => {
    // Every case gets the backend's bound: a loaded machine can make a real round trip slow.
    const test = (name: string, body: () => Effect.Effect<void, unknown, RoomHarness | Scope.Scope>) =>
      it.effect(name, body, timeout)

    test("publish and unpublish change the published state locally and remotely", () =>
      Effect.gen(function*() {
        const { robot, human } = yield* twoParticipants
        const track = yield* robot.publishDataTrack({ name: "state" })
        expect(yield* track.isPublished).toBe(true)
        expect(track.info.name).toBe("state")
        expect(track.info.sid.startsWith("DTR_")).toBe(true)
        const remote = yield* robotTrack(human, "state")
        expect(remote.info.sid).toBe(track.info.sid)
        expect(yield* remote.isPublished).toBe(true)
        yield* track.unpublish
        expect(yield* track.isPublished).toBe(false)
        yield* remote.awaitUnpublished.pipe(Effect.timeout(2_000))
        expect(yield* remote.isPublished).toBe(false)
        yield* track.unpublish
      }))

    test("closing the publishing scope unpublishes; closing a subscription scope ends its stream", () =>
      Effect.gen(function*() {
        const { robot, human, harness } = yield* twoParticipants
        const publishScope = yield* Scope.make()
        const track = yield* robot.publishDataTrack({ name: "scoped" }).pipe(Scope.provide(publishScope))
        const remote = yield* robotTrack(human, "scoped")
        const subscribeScope = yield* Scope.make()
        const subscription = yield* remote.subscribe().pipe(Scope.provide(subscribeScope))
        const frames = yield* puller(subscription.frames)
        yield* Scope.close(subscribeScope, Exit.void)
        expect((yield* frames.next(harness.roundTripMs * 10))._tag).toBe("End")
        yield* Scope.close(publishScope, Exit.void)
        expect(yield* track.isPublished).toBe(false)
        yield* remote.awaitUnpublished.pipe(Effect.timeout(2_000))
      }))

    test("tryPush refuses empty, oversized and unpublished frames with typed errors", () =>
      Effect.gen(function*() {
        const { robot } = yield* twoParticipants
        const track = yield* robot.publishDataTrack({ name: "push-errors" })
        expect(yield* failureTag(track.tryPush(DataTrackFrame.of(new Uint8Array(0))))).toBe("EmptyFrame")
        expect(yield* failureTag(track.tryPush(seqFrame(0, DataTrackLimits.MAX_FRAME_BYTES + 1, 1n)))).toBe(
          "FrameTooLarge"
        )
        yield* track.tryPush(seqFrame(0, DataTrackLimits.MAX_FRAME_BYTES, 1n))
        yield* track.unpublish
        expect(yield* failureTag(track.tryPush(seqFrame(1)))).toBe("Unpublished")
      }))

    test("delivers frames in order, without loss at a modest rate", () =>
      Effect.gen(function*() {
        const { robot, human } = yield* twoParticipants
        const { frames, first, pusher } = yield* flowing(robot, human, { name: "ordered", intervalMs: 10 })
        const { items } = yield* frames.collect(40, 2_000)
        yield* pusher.stop
        const seqs = items.map(seqOf)
        expect(seqs).toEqual(seqs.map((_, i) => first + 1 + i))
        expect(pusher.state.bufferFull).toBe(0)
      }))

    test("latest skips stale frames for a slow consumer and ends on the newest", () =>
      Effect.gen(function*() {
        const { robot, human, harness } = yield* twoParticipants
        const track = yield* robot.publishDataTrack({ name: "latest" })
        const remote = yield* robotTrack(human, "latest")
        const subscription = yield* remote.subscribe({ bufferSize: 16 })
        const latest = yield* puller(subscription.latest)
        const pusher = yield* startPusher(track, { intervalMs: 5 })
        yield* awaitFlow(latest.next, harness.roundTripMs * 10)
        const seen: Array<number> = []
        for (let i = 0; i < 5; i++) {
          yield* Effect.sleep(60) // a consumer much slower than the 5 ms sender
          const item = yield* latest.next(2_000)
          if (item._tag === "Item") seen.push(seqOf(item.value))
        }
        yield* pusher.stop
        const lastPushed = pusher.state.next - 1
        yield* Effect.sleep(harness.roundTripMs * 2)
        let newest = seen[seen.length - 1] ?? -1
        for (let item = yield* latest.next(200); item._tag === "Item"; item = yield* latest.next(200)) {
          newest = seqOf(item.value)
        }
        expect(seen.length).toBe(5)
        for (let i = 1; i < seen.length; i++) {
          // each pull skipped the frames sent while the consumer was busy
          expect((seen[i] ?? 0) - (seen[i - 1] ?? 0)).toBeGreaterThan(3)
        }
        expect(newest).toBe(lastPushed)
      }))

    test("a full subscriber buffer drops the oldest frames", () =>
      Effect.gen(function*() {
        const { robot, human, harness } = yield* twoParticipants
        const track = yield* robot.publishDataTrack({ name: "overflow" })
        const remote = yield* robotTrack(human, "overflow")
        // The first subscription sizes the track's buffer. Its first frame shows it is active: a second subscription
        // opened before that could size the buffer instead (the core handles each subscribe on a task of its own).
        const idle = yield* puller((yield* remote.subscribe({ bufferSize: 4 })).frames)
        const pusher = yield* startPusher(track, { intervalMs: 10 })
        yield* awaitFlow(idle.next, harness.roundTripMs * 10)
        // A second subscription shares that buffer and reads as frames come: it tells when the burst has arrived.
        const probe = yield* puller((yield* remote.subscribe({ bufferSize: 64 })).frames)
        yield* awaitFlow(probe.next, harness.roundTripMs * 10)
        yield* pusher.stop
        // From here on the first subscription is not read until the end: its buffer overflows.
        // (paced pushes: frames pushed back to back are the publisher's transport's to drop)
        for (let seq = 1000; seq < 1020; seq++) yield* track.push(seqFrame(seq))
        let last = 0
        while (last !== 1019) {
          const next = yield* probe.next(harness.roundTripMs * 3)
          if (next._tag !== "Item") {
            return yield* Effect.die(new Error(`the burst's last frame never arrived (${next._tag})`))
          }
          last = seqOf(next.value)
        }
        const { items } = yield* idle.collect(50, harness.roundTripMs * 3)
        expect(items.map(seqOf)).toEqual([1016, 1017, 1018, 1019])
      }))

    test("unpublishing ends the subscribers' streams", () =>
      Effect.gen(function*() {
        const { robot, human, harness } = yield* twoParticipants
        const { frames, pusher, track } = yield* flowing(robot, human, { name: "eos" })
        yield* pusher.stop
        yield* track.unpublish
        let last = yield* frames.next(harness.roundTripMs * 10)
        while (last._tag === "Item") last = yield* frames.next(harness.roundTripMs * 10)
        expect(last._tag).toBe("End")
      }))

    test("closing the publisher's scope ends the subscriber's stream", () =>
      Effect.gen(function*() {
        const { robot, human, harness } = yield* twoParticipants
        const scope = yield* Scope.make()
        const track = yield* robot.publishDataTrack({ name: "scope-eos" }).pipe(Scope.provide(scope))
        const remote = yield* robotTrack(human, "scope-eos")
        const subscription = yield* remote.subscribe()
        const frames = yield* puller(subscription.frames)
        const pusher = yield* startPusher(track, { intervalMs: 10 })
        yield* awaitFlow(frames.next, harness.roundTripMs * 10)
        yield* pusher.stop
        yield* Scope.close(scope, Exit.void)
        let last = yield* frames.next(harness.roundTripMs * 10)
        while (last._tag === "Item") last = yield* frames.next(harness.roundTripMs * 10)
        expect(last._tag).toBe("End")
      }))

    test("subscribing after unpublish fails with Unpublished", () =>
      Effect.gen(function*() {
        const { robot, human } = yield* twoParticipants
        const track = yield* robot.publishDataTrack({ name: "gone" })
        const remote = yield* robotTrack(human, "gone")
        yield* track.unpublish
        yield* remote.awaitUnpublished.pipe(Effect.timeout(2_000))
        expect(yield* failureTag(Effect.scoped(remote.subscribe()))).toBe("Unpublished")
      }))

    test("duplicate and invalid names are refused", () =>
      Effect.gen(function*() {
        const { robot } = yield* twoParticipants
        yield* robot.publishDataTrack({ name: "twice" })
        expect(yield* failureTag(robot.publishDataTrack({ name: "twice" }))).toBe("DuplicateName")
        expect(yield* failureTag(robot.publishDataTrack({ name: "" }))).toBe("InvalidName")
        expect(yield* failureTag(robot.publishDataTrack({ name: "n".repeat(257) }))).toBe("InvalidName")
        const longest = yield* robot.publishDataTrack({ name: "n".repeat(256) })
        expect(longest.info.name.length).toBe(256)
      }))

    test("schema and frame encoding are visible to subscribers", () =>
      Effect.gen(function*() {
        const { robot, human } = yield* twoParticipants
        const schema = new DataTrackSchemaId({ name: "foxglove.RawImage", encoding: "protobuf" })
        yield* robot.publishDataTrack({ name: "typed", schema, frameEncoding: "protobuf" })
        yield* robot.publishDataTrack({ name: "custom", frameEncoding: { custom: "x-robot-status" } })
        const typed = yield* robotTrack(human, "typed")
        expect(typed.info.schema?.name).toBe("foxglove.RawImage")
        expect(typed.info.schema?.encoding).toBe("protobuf")
        expect(typed.info.frameEncoding).toBe("protobuf")
        const custom = yield* robotTrack(human, "custom")
        expect(custom.info.frameEncoding).toEqual({ custom: "x-robot-status" })
        expect(custom.info.schema).toBeUndefined()
      }))

    test("incompatible schema / frame-encoding pairs are refused before publishing", () =>
      Effect.gen(function*() {
        const { robot } = yield* twoParticipants
        const ros1 = new DataTrackSchemaId({ name: "std_msgs/String", encoding: "ros1msg" })
        expect(yield* failureTag(robot.publishDataTrack({ name: "a", schema: ros1, frameEncoding: "protobuf" })))
          .toBe("InvalidSchema")
        expect(yield* failureTag(robot.publishDataTrack({ name: "b", schema: ros1 }))).toBe("InvalidSchema")
        expect(yield* failureTag(robot.publishDataTrack({ name: "c", frameEncoding: "cdr" }))).toBe("InvalidSchema")
        expect(yield* failureTag(robot.publishDataTrack({ name: "d", frameEncoding: { custom: "x".repeat(26) } })))
          .toBe("InvalidSchema")
        const ok = yield* robot.publishDataTrack({ name: "e", schema: ros1, frameEncoding: "ros1" })
        expect(ok.info.schema?.encoding).toBe("ros1msg")
      }))

    test("schemas are defined once and fetched by other participants", () =>
      Effect.gen(function*() {
        const { robot, human } = yield* twoParticipants
        const id = new DataTrackSchemaId({ name: "robot.Status", encoding: "jsonschema" })
        const definition = `{"title":"${"s".repeat(59_988)}"}`
        expect(definition.length).toBe(60_000)
        yield* robot.defineSchema(id, definition)
        expect(yield* human.getSchema(id, "robot")).toBe(definition)
        expect(yield* failureTag(robot.defineSchema(id, "{}"))).toBe("DuplicateSchema")
        const big = new DataTrackSchemaId({ name: "robot.Big", encoding: "jsonschema" })
        expect(yield* failureTag(robot.defineSchema(big, "b".repeat(120_000)))).toBe("SchemaTooLarge")
        const missing = new DataTrackSchemaId({ name: "robot.Missing", encoding: "jsonschema" })
        expect(yield* failureTag(human.getSchema(missing, "robot"))).toBe("SchemaNotFound")
      }))

    test("resubscribing 10 times delivers frames each time", () =>
      Effect.gen(function*() {
        const { robot, human, harness } = yield* twoParticipants
        const track = yield* robot.publishDataTrack({ name: "resubscribe" })
        const remote = yield* robotTrack(human, "resubscribe")
        yield* startPusher(track, { intervalMs: 10 })
        const firsts: Array<number> = []
        for (let round = 0; round < 10; round++) {
          const first = yield* Effect.scoped(Effect.gen(function*() {
            const subscription = yield* remote.subscribe()
            const frames = yield* puller(subscription.frames)
            return yield* awaitFlow(frames.next, harness.roundTripMs * 10)
          }))
          firsts.push(first)
        }
        expect(firsts.length).toBe(10)
        for (let i = 1; i < firsts.length; i++) expect(firsts[i]).toBeGreaterThan(firsts[i - 1] ?? 0)
      }))

    test("user timestamps arrive unchanged", () =>
      Effect.gen(function*() {
        const { robot, human } = yield* twoParticipants
        const { frames, pusher, track } = yield* flowing(robot, human, { name: "timestamps" })
        yield* pusher.stop
        while ((yield* frames.next(300))._tag === "Item") { /* drain the warm-up */ }
        const stamps = [1n, 1_732_000_000_000n, 0xffff_ffff_ffff_ffffn]
        for (const [i, stamp] of stamps.entries()) {
          yield* track.tryPush(seqFrame(5000 + i, 32, stamp))
          yield* Effect.sleep(10)
        }
        const { items } = yield* frames.collect(stamps.length, 2_000)
        expect(items.map((frame) => frame.userTimestamp)).toEqual(stamps)
        expect(items.map(seqOf)).toEqual([5000, 5001, 5002])
        expect(items[1]?.timestampMillis).toBe(1_732_000_000_000)
      }))

    test("a late joiner sees the tracks already published exactly once", () =>
      Effect.gen(function*() {
        const harness = yield* RoomHarness
        const join = yield* harness.newRoom
        const robot = yield* join("robot")
        yield* robot.publishDataTrack({ name: "early-1" })
        yield* robot.publishDataTrack({ name: "early-2" })
        const late = yield* join("late")
        const tracks = yield* late.remoteDataTracks.pipe(
          Stream.takeUntil((track) => track.info.name === "later"),
          Stream.interruptWhen(Effect.sleep(harness.roundTripMs * 10)),
          Stream.runCollect,
          Effect.forkScoped
        )
        yield* Effect.sleep(harness.roundTripMs * 2)
        yield* robot.publishDataTrack({ name: "later" })
        const names = (yield* Fiber.join(tracks)).map((track) => track.info.name).toSorted()
        expect(names).toEqual(["early-1", "early-2", "later"])
      }))

    test("a participant without the publish grant cannot publish", () =>
      Effect.gen(function*() {
        const harness = yield* RoomHarness
        const join = yield* harness.newRoom
        const viewer = yield* join("viewer", { canPublishData: false })
        expect(yield* failureTag(viewer.publishDataTrack({ name: "nope" }))).toBe("NotAllowed")
      }))

    test("participants of different rooms never see each other's tracks", () =>
      Effect.gen(function*() {
        const harness = yield* RoomHarness
        const roomA = yield* harness.newRoom
        const roomB = yield* harness.newRoom
        const robot = yield* roomA("robot")
        const stranger = yield* roomB("stranger")
        yield* robot.publishDataTrack({ name: "private" })
        const seen = yield* stranger.remoteDataTracks.pipe(
          Stream.interruptWhen(Effect.sleep(harness.roundTripMs * 3)),
          Stream.runCollect
        )
        expect(seen).toEqual([])
      }))
  })
