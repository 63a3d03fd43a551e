/**
 * LiveKit's browser SDK (`livekit-client`, in headless Debian Chromium) against the dev server, with a participant
 * on the real Rust core (LiveKitRoom over the FFI) on the other side: joins, frames both ways at the rates an
 * operator's page sees, publication events with names and schemas, a dropped signalling connection, and a token
 * that may not subscribe. Runs inside the private network namespace (`isolate.ts`), browser included.
 */
import { DataTrackFrame, DataTrackSchemaId, type LocalDataTrack, type RoomShape } from "@effect-livekit/core"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { PageBundle, PageServer } from "@effect-livekit/view"
import { expect, layer } from "@effect/vitest"
import { Context, Effect, Fiber, Layer, Schedule, Stream } from "effect"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import * as Chromium from "./Chromium.ts"
import { intactPayload, payloadOf, seqOfPayload } from "./fixtures/SequencedPayload.ts"
import type { Harness } from "./page/HarnessApi.ts"

const HARNESS_ENTRY = fileURLToPath(new URL("./page/harness.ts", import.meta.url))

/** Frames pushed before a subscriber's path exists are lost by design: warm-up frames carry sequences from here. */
const WARMUP_SEQ = 2_000_000_000
const TEST_TIMEOUT = 60_000
const SMALL = { count: 60, size: 1_024, rateHz: 20 }
const LARGE = { count: 30, size: 40_000, rateHz: 10 }

class HarnessPage extends Context.Service<HarnessPage, { readonly browser: Browser; readonly url: string }>()(
  "test/HarnessPage"
) {}

const HarnessPageLive = Layer.effect(
  HarnessPage,
  Effect.gen(function*() {
    const script = yield* PageBundle.bundle(HARNESS_ENTRY)
    const server = yield* PageServer.serve({ title: "interop harness", script, config: Effect.succeed({}) })
    const browser = yield* Chromium.launch
    return { browser, url: server.url }
  })
)

const Live = Layer.mergeAll(DevServer.layer({ port: 0 }), FfiClient.layer, HarnessPageLive)

type Method = keyof Harness
type Result<M extends Method> = Awaited<ReturnType<Harness[M]>>

/** Calls `window.harness[method](...args)` in the page. */
const call = <M extends Method>(page: Page, method: M, ...args: Parameters<Harness[M]>) =>
  Chromium.evaluate(
    page,
    ([m, a]: readonly [string, ReadonlyArray<unknown>]) =>
      (globalThis as unknown as { harness: Record<string, (...args: ReadonlyArray<unknown>) => unknown> }).harness[m]!(
        ...a
      ),
    [method, args] as const
  ) as Effect.Effect<Result<M>, Chromium.BrowserFailed>

let rooms = 0

/** A fresh room, its name, and helpers to join it from the browser and from the SDK. */
const freshRoom = Effect.gen(function*() {
  yield* Isolation.requireIsolation()
  const server = yield* DevServer
  const { browser, url } = yield* HarnessPage
  const room = `browser-${process.pid}-${++rooms}`
  const log: Array<string> = []
  const sdk = (identity: string) =>
    Effect.flatMap(
      server.token(identity, { room }),
      (token) => LiveKitRoom.make({ url: server.url, token, sendPacing: LiveKitRoom.SHARED_PROCESS_PACING })
    )
  const browserJoin = (identity: string, grants: { readonly canSubscribe?: boolean } = {}) =>
    Effect.gen(function*() {
      const page = yield* Chromium.open(browser, url, log)
      yield* Effect.tryPromise(() => page.waitForFunction("globalThis.harness !== undefined"))
      const token = yield* server.token(identity, { room, ...grants })
      yield* call(page, "join", server.url, token)
      return page
    })
  return { server, room, sdk, browserJoin, log }
})

/** Waits (bounded) until `check` holds for what the page returns. */
const awaitPage = <M extends Method>(
  page: Page,
  check: (value: Result<M>) => boolean,
  method: M,
  ...args: Parameters<Harness[M]>
) =>
  call(page, method, ...args).pipe(
    Effect.filterOrFail(check, () => "not yet" as const),
    Effect.retry(Schedule.spaced("50 millis")),
    Effect.timeout("10 seconds")
  )

const sequence = (count: number) => Array.from({ length: count }, (_, i) => i)

/** The SDK pushes warm-up frames until the browser's subscription delivers one. */
const warmUpToBrowser = (track: LocalDataTrack.LocalDataTrack, page: Page, publisher: string, name: string) =>
  Effect.gen(function*() {
    const pusher = yield* Stream.iterate(WARMUP_SEQ, (n) => n + 1).pipe(
      Stream.schedule(Schedule.spaced("50 millis")),
      Stream.runForEach((seq) => Effect.ignore(track.push(new DataTrackFrame({ payload: payloadOf(seq, 16) })))),
      Effect.forkChild
    )
    yield* awaitPage(page, (r) => (r?.seqs.length ?? 0) > 0, "received", publisher, name)
    yield* Fiber.interrupt(pusher)
  })

/** Pushes `count` sequenced frames of `size` bytes at `rateHz` from the SDK. */
const pushFromSdk = (track: LocalDataTrack.LocalDataTrack, spec: typeof SMALL) =>
  Stream.range(0, spec.count - 1).pipe(
    Stream.schedule(Schedule.spaced(`${Math.round(1000 / spec.rateHz)} millis`)),
    Stream.runForEach((seq) =>
      track.push(new DataTrackFrame({ payload: payloadOf(seq, spec.size), userTimestamp: BigInt(Date.now()) }))
    )
  )

/** The sequences the browser received past the warm-up, sorted, and how many were corrupt. */
const receivedInBrowser = (page: Page, publisher: string, name: string, expected: number) =>
  awaitPage(
    page,
    (r) => (r?.seqs.filter((s) => s < WARMUP_SEQ).length ?? 0) >= expected,
    "received",
    publisher,
    name
  ).pipe(
    Effect.catchTag("TimeoutError", () => call(page, "received", publisher, name)),
    Effect.map((r) => ({
      seqs: (r?.seqs ?? []).filter((s) => s < WARMUP_SEQ).toSorted((a, b) => a - b),
      corrupt: r?.corrupt ?? 0,
      error: r?.error
    }))
  )

/** Collects the SDK's frames of a track past the warm-up until `count` arrived (bounded). */
const collectInSdk = (room: RoomShape, publisher: string, name: string) =>
  Effect.gen(function*() {
    const remote = yield* room.dataTrack({ publisher, name }).pipe(Effect.timeout("10 seconds"))
    const subscription = yield* remote.subscribe({ bufferSize: 64 })
    const frames: Array<DataTrackFrame> = []
    yield* subscription.frames.pipe(
      Stream.runForEach((frame) => Effect.sync(() => frames.push(frame))),
      Effect.forkScoped
    )
    return frames
  })

/** The browser pushes warm-up frames until the SDK's subscription delivers one. */
const warmUpToSdk = (page: Page, name: string, frames: ReadonlyArray<DataTrackFrame>) =>
  Effect.gen(function*() {
    let seq = WARMUP_SEQ
    yield* call(page, "push", name, seq, 1, 16, 1).pipe(
      Effect.andThen(Effect.sleep("50 millis")),
      Effect.andThen(Effect.sync(() => void seq++)),
      Effect.repeat({ until: () => frames.length > 0 }),
      Effect.timeout("10 seconds")
    )
  })

/** The SDK's frames past the warm-up, once `count` arrived (or 10 s passed): sorted sequences, corrupt count. */
const receivedInSdk = (frames: ReadonlyArray<DataTrackFrame>, count: number) => {
  const real = () => frames.filter((frame) => seqOfPayload(frame.payload) < WARMUP_SEQ)
  return Effect.suspend(() => (real().length >= count ? Effect.void : Effect.fail("not yet" as const))).pipe(
    Effect.retry(Schedule.spaced("50 millis")),
    Effect.timeout("10 seconds"),
    Effect.ignore,
    Effect.map(() => ({
      seqs: real().map((frame) => seqOfPayload(frame.payload)).toSorted((a, b) => a - b),
      corrupt: real().filter((frame) => !intactPayload(frame.payload)).length
    }))
  )
}

layer(Live, { timeout: 120_000, excludeTestServices: true })("livekit-client in Chromium", (it) => {
  it.effect(
    "the browser joins and receives every frame the SDK publishes, with the tracks' names and schemas",
    () =>
      Effect.gen(function*() {
        const { browserJoin, log, sdk } = yield* freshRoom
        const robot = yield* sdk("robot")
        const page = yield* browserJoin("operator")
        expect(yield* call(page, "state")).toBe("connected")

        const telemetry = yield* robot.publishDataTrack({
          name: "telemetry",
          schema: new DataTrackSchemaId({ name: "robot.Telemetry", encoding: "jsonschema" }),
          frameEncoding: "json"
        })
        const depth = yield* robot.publishDataTrack({
          name: "camera/depth",
          schema: new DataTrackSchemaId({ name: "foxglove.RawImage", encoding: "protobuf" }),
          frameEncoding: "protobuf"
        })
        const published = yield* awaitPage(page, (events) => events.length >= 2, "events")
        expect(
          published.map(({ frameEncoding, name, publisher, schemaName, type }) => ({
            type,
            publisher,
            name,
            frameEncoding,
            schemaName
          })).toSorted((a, b) => (a.name ?? "").localeCompare(b.name ?? ""))
        ).toEqual([
          {
            type: "published",
            publisher: "robot",
            name: "camera/depth",
            frameEncoding: "protobuf",
            schemaName: "foxglove.RawImage"
          },
          {
            type: "published",
            publisher: "robot",
            name: "telemetry",
            frameEncoding: "json",
            schemaName: "robot.Telemetry"
          }
        ])

        yield* call(page, "subscribe", "robot", "telemetry")
        yield* call(page, "subscribe", "robot", "camera/depth")
        yield* warmUpToBrowser(telemetry, page, "robot", "telemetry")
        yield* warmUpToBrowser(depth, page, "robot", "camera/depth")
        yield* Effect.all([pushFromSdk(telemetry, SMALL), pushFromSdk(depth, LARGE)], { concurrency: 2 })

        const small = yield* receivedInBrowser(page, "robot", "telemetry", SMALL.count)
        const large = yield* receivedInBrowser(page, "robot", "camera/depth", LARGE.count)
        expect({ small, large, log }).toEqual({
          small: { seqs: sequence(SMALL.count), corrupt: 0, error: undefined },
          large: { seqs: sequence(LARGE.count), corrupt: 0, error: undefined },
          log: []
        })

        const telemetrySid = published.find((e) => e.name === "telemetry")?.sid
        yield* telemetry.unpublish
        const unpublished = yield* awaitPage(page, (events) => events.length >= 3, "events")
        expect(unpublished[2]).toEqual({ type: "unpublished", sid: telemetrySid })
      }).pipe(Effect.scoped),
    TEST_TIMEOUT
  )

  it.effect(
    "the SDK receives every frame the browser publishes",
    () =>
      Effect.gen(function*() {
        const { browserJoin, log, sdk } = yield* freshRoom
        const robot = yield* sdk("robot")
        const page = yield* browserJoin("operator")
        yield* call(page, "publish", "commands")
        yield* call(page, "publish", "map")
        const commands = yield* collectInSdk(robot, "operator", "commands")
        const map = yield* collectInSdk(robot, "operator", "map")
        yield* warmUpToSdk(page, "commands", commands)
        yield* warmUpToSdk(page, "map", map)
        const [small, large] = yield* Effect.all([
          call(page, "push", "commands", 0, SMALL.count, SMALL.size, SMALL.rateHz),
          call(page, "push", "map", 0, LARGE.count, LARGE.size, LARGE.rateHz)
        ], { concurrency: 2 })
        expect([small, large]).toEqual([{ pushed: SMALL.count, failures: [] }, { pushed: LARGE.count, failures: [] }])
        expect({
          small: yield* receivedInSdk(commands, SMALL.count),
          large: yield* receivedInSdk(map, LARGE.count),
          log
        }).toEqual({
          small: { seqs: sequence(SMALL.count), corrupt: 0 },
          large: { seqs: sequence(LARGE.count), corrupt: 0 },
          log: []
        })
      }).pipe(Effect.scoped),
    TEST_TIMEOUT
  )

  it.effect(
    "a browser whose signalling connection drops rejoins, and frames flow again both ways",
    () =>
      Effect.gen(function*() {
        const { browserJoin, log, room, sdk, server } = yield* freshRoom
        const robot = yield* sdk("robot")
        const page = yield* browserJoin("operator")
        const telemetry = yield* robot.publishDataTrack({ name: "telemetry" })
        yield* call(page, "publish", "commands")
        // The SDK follows the operator's track across its republication (a rejoin gives it a new SID).
        const commands: Array<DataTrackFrame> = []
        yield* robot.follow({ publisher: "operator", name: "commands" }).pipe(
          Stream.runForEach((frame) => Effect.sync(() => commands.push(frame))),
          Effect.forkScoped
        )
        yield* call(page, "subscribe", "robot", "telemetry")
        yield* warmUpToBrowser(telemetry, page, "robot", "telemetry")

        expect(yield* server.dropSignalling(room, "operator")).toBe(true)
        yield* awaitPage(page, (state) => state !== "connected", "state")
        yield* awaitPage(page, (state) => state === "connected", "state")

        // After the rejoin the page subscribes again, as an application does on `dataTrackPublished`.
        yield* call(page, "subscribe", "robot", "telemetry")
        yield* warmUpToBrowser(telemetry, page, "robot", "telemetry")
        yield* pushFromSdk(telemetry, SMALL)
        expect(yield* receivedInBrowser(page, "robot", "telemetry", SMALL.count)).toEqual({
          seqs: sequence(SMALL.count),
          corrupt: 0,
          error: undefined
        })

        commands.length = 0
        yield* warmUpToSdk(page, "commands", commands)
        expect(yield* call(page, "push", "commands", 0, SMALL.count, SMALL.size, SMALL.rateHz)).toEqual({
          pushed: SMALL.count,
          failures: []
        })
        expect(yield* receivedInSdk(commands, SMALL.count)).toEqual({ seqs: sequence(SMALL.count), corrupt: 0 })
        // What the page logs is the dropped socket and the old session's peer connection closing, nothing else.
        const expected =
          /signal disconnected|error reading from signal stream|DataChannel error on|data channel '\w+' closed unexpectedly/
        expect(log.filter((line) => !expected.test(line)))
          .toEqual([])
      }).pipe(Effect.scoped),
    TEST_TIMEOUT
  )

  it.effect(
    "a browser whose token may not subscribe gets no frames, while one that may gets them",
    () =>
      Effect.gen(function*() {
        const { browserJoin, sdk, server } = yield* freshRoom
        const robot = yield* sdk("robot")
        const allowed = yield* browserJoin("operator")
        const refused = yield* browserJoin("visitor", { canSubscribe: false })
        const telemetry = yield* robot.publishDataTrack({ name: "telemetry" })
        yield* call(allowed, "subscribe", "robot", "telemetry")
        yield* call(refused, "subscribe", "robot", "telemetry")
        yield* warmUpToBrowser(telemetry, allowed, "robot", "telemetry")
        yield* pushFromSdk(telemetry, SMALL)
        expect((yield* receivedInBrowser(allowed, "robot", "telemetry", SMALL.count)).seqs).toEqual(
          sequence(SMALL.count)
        )
        // The server refuses the subscription (it logs the refusal; the client is not told): no frame comes.
        const got = yield* call(refused, "received", "robot", "telemetry")
        const stats = yield* server.stats
        expect({ frames: got?.seqs.length ?? 0, subscriptions: stats.subscriptions }).toEqual({
          frames: 0,
          subscriptions: 1
        })
      }).pipe(Effect.scoped),
    TEST_TIMEOUT
  )
})
