import { DataTrackFrame, DataTrackSchemaId, PipelineOptions, RoomEvent } from "@effect-livekit/core"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Layer, Logger, Option, Redacted, Schema, Scope, Stream } from "effect"
import { TestClock } from "effect/testing"
import { FfiClient } from "../src/FfiClient.ts"
import * as C from "../src/FfiCodec.ts"
import * as LiveKitRoom from "../src/LiveKitRoom.ts"
import {
  connectResult,
  dataChannelStats,
  type Fake,
  makeFake,
  participant,
  requestsOf,
  type Respond
} from "./FakeNative.ts"

const ROOM = 100n
const LOCAL_PARTICIPANT = 101n

type PublishAnswer =
  | { readonly result: "track"; readonly track: C.OwnedLocalDataTrack }
  | { readonly result: "error"; readonly error: C.PublishDataTrackError }

type StreamDetail =
  | { readonly detail: "frameReceived"; readonly frameReceived: C.DataTrackStreamFrameReceived }
  | { readonly detail: "eos"; readonly eos: C.DataTrackStreamEOS }

interface FakeStream {
  /** Events the core holds for the next reads. */
  readonly queue: Array<StreamDetail>
  /** A read was sent and not answered yet. */
  reading: boolean
  /** Answer every read with this end of stream (in the read's response). */
  eosOnRead: C.DataTrackStreamEOS | undefined
}

/**
 * A model of the core over the fake binding: it answers what LiveKitRoom asks, with callbacks on a later turn of the
 * event loop; what it answers can be changed by the test between calls.
 */
const makeCore = () => {
  let nextLocalTrack = 300n
  let nextStream = 400n
  const streams = new Map<bigint, FakeStream>()
  /** Publish requests whose callback the test sends itself (`publishAnswer` returned undefined). */
  const heldPublishes: Array<bigint> = []
  const core = {
    connectAnswer: "result" as "result" | "silent" | { readonly error: string },
    publishAnswer: (options: C.DataTrackOptions): PublishAnswer | undefined => ({
      result: "track",
      track: {
        handle: { id: nextLocalTrack++ },
        info: {
          name: options.name,
          sid: `DTR_${options.name}`,
          usesE2ee: false,
          ...(options.schema === undefined ? {} : { schema: options.schema }),
          ...(options.frameEncoding === undefined ? {} : { frameEncoding: options.frameEncoding })
        }
      }
    }),
    pushAnswer: (_request: C.LocalDataTrackTryPushRequest): C.LocalDataTrackTryPushResponse => ({}),
    localPublished: true,
    remotePublished: true,
    rejectUnpublish: false,
    refuseSubscribe: false,
    defineSchemaAnswer: (_request: C.DefineSchemaRequest): Omit<C.DefineSchemaCallback, "asyncId"> => ({}),
    getSchemaAnswer: (_request: C.GetSchemaRequest): Omit<C.GetSchemaCallback, "asyncId"> => ({ definition: "{}" }),
    sessionStats: undefined as C.GetSessionStatsResult | undefined,
    /** The events each new stream holds from the start, one list per subscription in order. */
    streamScripts: [] as Array<Array<StreamDetail>>,
    /** The stream handles, in the order they were subscribed. */
    subscribed: [] as Array<bigint>,
    /** The handles disposed so far, at each unpublish request. */
    disposedAtUnpublish: [] as Array<ReadonlyArray<bigint>>,
    streams,
    heldPublishes
  }
  const respond: Respond = (request, fake) => {
    switch (request.message) {
      case "connect": {
        const asyncId = request.connect.requestAsyncId ?? 0n
        const answer = core.connectAnswer
        if (answer === "silent") return undefined
        fake.emitLater(
          answer === "result"
            ? connectResult(asyncId)
            : { message: "connect", connect: { asyncId, message: "error", error: answer.error } }
        )
        return undefined
      }
      case "disconnect": {
        const asyncId = request.disconnect.requestAsyncId ?? 0n
        fake.emitLater({ message: "disconnect", disconnect: { asyncId } })
        return { message: "disconnect", disconnect: { asyncId } }
      }
      case "publishDataTrack": {
        const asyncId = request.publishDataTrack.requestAsyncId ?? 0n
        const answer = core.publishAnswer(request.publishDataTrack.options)
        if (answer === undefined) heldPublishes.push(asyncId)
        else fake.emitLater({ message: "publishDataTrack", publishDataTrack: { asyncId, ...answer } })
        return undefined
      }
      case "localDataTrackTryPush":
        return {
          message: "localDataTrackTryPush",
          localDataTrackTryPush: core.pushAnswer(request.localDataTrackTryPush)
        }
      case "localDataTrackUnpublish":
        core.disposedAtUnpublish.push([...fake.disposed])
        if (core.rejectUnpublish) throw new Error("handle not found")
        return { message: "localDataTrackUnpublish", localDataTrackUnpublish: {} }
      case "localDataTrackIsPublished":
        return { message: "localDataTrackIsPublished", localDataTrackIsPublished: { isPublished: core.localPublished } }
      case "remoteDataTrackIsPublished":
        return {
          message: "remoteDataTrackIsPublished",
          remoteDataTrackIsPublished: { isPublished: core.remotePublished }
        }
      case "remoteDataTrackSetPipelineOptions":
        return { message: "remoteDataTrackSetPipelineOptions", remoteDataTrackSetPipelineOptions: {} }
      case "subscribeDataTrack": {
        if (core.refuseSubscribe) throw new Error("handle not found")
        const handle = nextStream++
        core.subscribed.push(handle)
        streams.set(handle, { queue: core.streamScripts.shift() ?? [], reading: false, eosOnRead: undefined })
        return { message: "subscribeDataTrack", subscribeDataTrack: { stream: { handle: { id: handle } } } }
      }
      case "dataTrackStreamRead": {
        const streamHandle = request.dataTrackStreamRead.streamHandle
        const stream = streams.get(streamHandle)
        if (stream === undefined) throw new Error("handle not found")
        if (stream.eosOnRead !== undefined) {
          return { message: "dataTrackStreamRead", dataTrackStreamRead: { eosEvent: stream.eosOnRead } }
        }
        const next = stream.queue.shift()
        if (next === undefined) stream.reading = true
        else fake.emitLater({ message: "dataTrackStreamEvent", dataTrackStreamEvent: { streamHandle, ...next } })
        return { message: "dataTrackStreamRead", dataTrackStreamRead: {} }
      }
      case "defineSchema": {
        const asyncId = request.defineSchema.requestAsyncId ?? 0n
        fake.emitLater({
          message: "defineSchema",
          defineSchema: { asyncId, ...core.defineSchemaAnswer(request.defineSchema) }
        })
        return { message: "defineSchema", defineSchema: { asyncId } }
      }
      case "getSchema": {
        const asyncId = request.getSchema.requestAsyncId ?? 0n
        fake.emitLater({ message: "getSchema", getSchema: { asyncId, ...core.getSchemaAnswer(request.getSchema) } })
        return { message: "getSchema", getSchema: { asyncId } }
      }
      case "getSessionStats": {
        const asyncId = request.getSessionStats.requestAsyncId ?? 0n
        const result = core.sessionStats
        if (result !== undefined) {
          fake.emitLater({ message: "getSessionStats", getSessionStats: { asyncId, message: "result", result } })
        }
        return { message: "getSessionStats", getSessionStats: { asyncId } }
      }
      default:
        return undefined
    }
  }
  return { core, respond }
}

type Core = ReturnType<typeof makeCore>["core"]

/** Lets other fibers and the fake's later callbacks run until `done()` holds. */
const eventually = (done: () => boolean, what: string) =>
  Effect.gen(function*() {
    for (let i = 0; i < 1000; i++) {
      if (done()) return
      yield* Effect.yieldNow
    }
    return yield* Effect.die(new Error(`never happened: ${what}`))
  })

interface Harness {
  readonly fake: Fake
  readonly core: Core
  readonly requests: <K extends C.FfiRequestCase>(kind: K) => Array<C.FfiRequestCases[K]>
  /** Sends a room event of the connected room. */
  readonly roomEvent: (event: C.RoomEvent) => void
  /** Delivers a stream event now if a read waits for it, else at the next read. */
  readonly deliver: (streamHandle: bigint, detail: StreamDetail) => void
}

/**
 * Runs `body` with a fake core behind an FfiClient. The body's own scope closes before the client's, as an
 * application's would.
 */
const withCore = <A, E>(
  body: (harness: Harness) => Effect.Effect<A, E, FfiClient | Scope.Scope>,
  setup: (core: Core) => void = () => {}
) => {
  const { core, respond } = makeCore()
  setup(core)
  const fake = makeFake(respond)
  const harness: Harness = {
    fake,
    core,
    requests: (kind) => requestsOf(fake.requests, kind),
    roomEvent: (event) => fake.emit({ message: "roomEvent", roomEvent: event }),
    deliver: (streamHandle, detail) => {
      const stream = core.streams.get(streamHandle)
      if (stream === undefined) throw new Error(`no stream ${streamHandle}`)
      if (stream.reading) {
        stream.reading = false
        fake.emit({ message: "dataTrackStreamEvent", dataTrackStreamEvent: { streamHandle, ...detail } })
      } else {
        stream.queue.push(detail)
      }
    }
  }
  return Effect.scoped(body(harness)).pipe(
    Effect.provide(FfiClient.layerWith({ native: Effect.succeed(fake.native) }))
  )
}

const connectOptions = { url: "ws://127.0.0.1:7880", token: "a-token" }

/** The room, in a scope of its own (closed by the test, or with the body's scope). */
const openRoom = (options: LiveKitRoom.LiveKitRoomOptions = connectOptions) =>
  Effect.gen(function*() {
    const scope = yield* Scope.make()
    yield* Effect.addFinalizer(() => Scope.close(scope, Exit.void))
    const room = yield* LiveKitRoom.make(options).pipe(Scope.provide(scope))
    return { room, scope }
  })

type RoomEventBody = C.RoomEvent extends infer E ? E extends unknown ? Omit<E, "roomHandle"> : never : never

const roomEventOf = (event: RoomEventBody) => ({ roomHandle: ROOM, ...event }) as C.RoomEvent

/** How many handles the client owns and has not disposed. */
const liveHandles = Effect.gen(function*() {
  const client = yield* FfiClient
  return yield* client.liveHandles
})

const remoteTrack = (
  handle: bigint,
  name: string,
  info: Partial<C.DataTrackInfo> = {},
  publisherIdentity = "robot"
): C.OwnedRemoteDataTrack => ({
  handle: { id: handle },
  info: { name, sid: `DTR_${name}`, usesE2ee: false, ...info },
  publisherIdentity
})

const trackPublished = (track: C.OwnedRemoteDataTrack) =>
  roomEventOf({ message: "dataTrackPublished", dataTrackPublished: { track } })

const trackUnpublished = (sid: string) =>
  roomEventOf({ message: "dataTrackUnpublished", dataTrackUnpublished: { sid } })

/** An event that only shows that the room handled every event sent before it. */
const fence = (identity: string) =>
  roomEventOf({
    message: "participantDisconnected",
    participantDisconnected: { participantIdentity: identity, disconnectReason: C.DisconnectReason.UNKNOWN_REASON }
  })

const frameEvent = (text: string, userTimestamp?: bigint): StreamDetail => ({
  detail: "frameReceived",
  frameReceived: {
    frame: userTimestamp === undefined
      ? { payload: new TextEncoder().encode(text) }
      : { payload: new TextEncoder().encode(text), userTimestamp }
  }
})

const eos = (error?: C.SubscribeDataTrackError): StreamDetail => ({
  detail: "eos",
  eos: error === undefined ? {} : { error }
})

const textOf = (frame: DataTrackFrame) => new TextDecoder().decode(frame.payload)

/**
 * The room's events from now on, one at a time. `room.events` subscribes on its first pull: this runs it and sends
 * probe events until one comes through, so that nothing sent after this returns is missed (probes are dropped).
 */
const eventsFrom = (harness: Harness, room: LiveKitRoom.LiveKitRoomShape) =>
  Effect.gen(function*() {
    const seen: Array<RoomEvent> = []
    const fiber = yield* Effect.forkScoped(
      Stream.runForEach(room.events, (event) => Effect.sync(() => seen.push(event)))
    )
    const probeSeen = (identity: string) =>
      seen.findIndex((event) => event._tag === "ParticipantDisconnected" && event.identity === identity)
    for (let probe = 0;; probe++) {
      if (probe === 100) return yield* Effect.die(new Error("the room's events never started"))
      const identity = `probe-${probe}`
      harness.roomEvent(fence(identity))
      for (let i = 0; i < 50 && probeSeen(identity) < 0; i++) yield* Effect.yieldNow
      // events keep their order: every earlier probe seen comes before this one
      const at = probeSeen(identity)
      if (at >= 0) {
        seen.splice(0, at + 1)
        break
      }
    }
    return {
      /** The next event. */
      next: Effect.gen(function*() {
        yield* eventually(() => seen.length > 0, "a room event")
        return seen.shift()!
      }),
      /** The events not taken yet. */
      pending: seen,
      /** How the room's event stream ended. */
      ended: Fiber.await(fiber)
    }
  })

/** Sends the publication of a remote track and returns the room's view of it (from `remoteDataTracks`). */
const publishRemote = (harness: Harness, room: LiveKitRoom.LiveKitRoomShape, track: C.OwnedRemoteDataTrack) =>
  Effect.gen(function*() {
    harness.roomEvent(trackPublished(track))
    // a snapshot and the events after it: the track is in one of them, whenever the room handles the event
    const view = yield* room.remoteDataTracks.pipe(
      Stream.filter((remote) => remote.info.sid === track.info.sid),
      Stream.runHead
    )
    if (Option.isNone(view)) return yield* Effect.die(new Error("the room's track stream ended"))
    return view.value
  })

describe("LiveKitRoom: connecting", () => {
  it.effect("sends the connect request, waits for its callback, then asks for room events", () =>
    withCore(({ requests, fake }) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const [connect] = requests("connect")
        expect(connect?.url).toBe("ws://127.0.0.1:7880")
        expect(connect?.token).toBe("a-token")
        expect(connect?.options.autoSubscribe).toBe(true)
        // the core's default of 3 join retries makes a dead URL take ~20 s
        expect(connect?.options.joinRetries).toBe(1)
        expect(connect?.options.connectTimeoutMs).toBe(5000n)
        expect(fake.requests.map((r) => r.message)).toEqual(["connect", "readyForRoomEvent"])
        expect(requests("readyForRoomEvent")).toEqual([{ roomHandle: ROOM }])
        expect(room.localIdentity).toBe("me")
        expect(yield* room.connectionState).toBe("connected")
        // the room, local participant and remote participant handles are the room's
        expect(yield* liveHandles).toBe(3)
      })
    ))

  it.effect("passes a redacted token in clear, and the join retries and timeout given", () =>
    withCore(({ requests }) =>
      Effect.gen(function*() {
        yield* openRoom({
          url: "wss://example.livekit.cloud",
          token: Redacted.make("secret-token"),
          joinRetries: 3,
          connectTimeout: "2500 millis"
        })
        const [connect] = requests("connect")
        expect(connect?.url).toBe("wss://example.livekit.cloud")
        expect(connect?.token).toBe("secret-token")
        expect(connect?.options.joinRetries).toBe(3)
        expect(connect?.options.connectTimeoutMs).toBe(2500n)
      })
    ))

  it.effect("a connect callback carrying an error fails with FfiConnectError and owns nothing", () =>
    withCore(({ fake, requests }) =>
      Effect.gen(function*() {
        const error = yield* Effect.flip(openRoom())
        expect(error._tag).toBe("FfiConnectError")
        if (error._tag !== "FfiConnectError") return
        expect(error.message).toBe("invalid token")
        expect(error.timedOut).toBe(false)
        expect(error.url).toBe(connectOptions.url)
        expect(requests("readyForRoomEvent")).toEqual([])
        expect(fake.disposed).toEqual([])
        expect(yield* liveHandles).toBe(0)
      }), (core) => {
      core.connectAnswer = { error: "invalid token" }
    }))

  it.effect("a core that never answers fails after the JS-side deadline ((5 s + 3 s) x 2 attempts + 5 s)", () =>
    withCore(() =>
      Effect.gen(function*() {
        const fiber = yield* Effect.forkChild(Effect.flip(openRoom()))
        yield* TestClock.adjust("20 seconds")
        expect(fiber.pollUnsafe()).toBeUndefined()
        yield* TestClock.adjust("1 second")
        const error = yield* Fiber.join(fiber)
        expect(error._tag).toBe("FfiConnectError")
        expect(error._tag === "FfiConnectError" && error.timedOut).toBe(true)
      }), (core) => {
      core.connectAnswer = "silent"
    }))
})

describe("LiveKitRoom: connection state", () => {
  it.effect("follows reconnecting / reconnected and the core's ConnectionStateChanged, announcing each change once", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(roomEventOf({ message: "reconnecting", reconnecting: {} }))
        expect(yield* next).toEqual(RoomEvent.ConnectionStateChanged({ state: "reconnecting" }))
        expect(yield* room.connectionState).toBe("reconnecting")
        // the same state again is no change
        h.roomEvent(roomEventOf({
          message: "connectionStateChanged",
          connectionStateChanged: { state: C.ConnectionState.CONN_RECONNECTING }
        }))
        h.roomEvent(roomEventOf({ message: "reconnected", reconnected: {} }))
        expect(yield* next).toEqual(RoomEvent.ConnectionStateChanged({ state: "connected" }))
        expect(yield* room.connectionState).toBe("connected")
        h.roomEvent(roomEventOf({
          message: "connectionStateChanged",
          connectionStateChanged: { state: C.ConnectionState.CONN_RECONNECTING }
        }))
        expect(yield* next).toEqual(RoomEvent.ConnectionStateChanged({ state: "reconnecting" }))
        h.roomEvent(roomEventOf({
          message: "connectionStateChanged",
          connectionStateChanged: { state: C.ConnectionState.CONN_CONNECTED }
        }))
        h.roomEvent(roomEventOf({ message: "reconnected", reconnected: {} }))
        h.roomEvent(fence("fence"))
        expect(yield* next).toEqual(RoomEvent.ConnectionStateChanged({ state: "connected" }))
        expect(yield* next).toEqual(RoomEvent.ParticipantDisconnected({ identity: "fence" }))
      })
    ))

  it.effect("connectionStates gives the state now, then each change", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const states: Array<string> = []
        yield* Effect.forkScoped(
          Stream.runForEach(room.connectionStates, (state) => Effect.sync(() => states.push(state)))
        )
        // the state now comes first, as soon as the stream runs
        yield* eventually(() => states.length === 1, "the state now")
        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(roomEventOf({ message: "reconnecting", reconnecting: {} }))
        yield* next
        h.roomEvent(roomEventOf({ message: "reconnected", reconnected: {} }))
        yield* next
        h.roomEvent(
          roomEventOf({ message: "disconnected", disconnected: { reason: C.DisconnectReason.CLIENT_INITIATED } })
        )
        yield* next
        yield* eventually(() => states.length === 4, "every change")
        expect(states).toEqual(["connected", "reconnecting", "connected", "disconnected"])
      })
    ))

  const goneEvents: ReadonlyArray<readonly [string, RoomEventBody]> = [
    ["Disconnected", { message: "disconnected", disconnected: { reason: C.DisconnectReason.SERVER_SHUTDOWN } }],
    ["ConnectionStateChanged(CONN_DISCONNECTED)", {
      message: "connectionStateChanged",
      connectionStateChanged: { state: C.ConnectionState.CONN_DISCONNECTED }
    }],
    ["the room's EOS", { message: "eos", eos: {} }]
  ]
  for (const [name, gone] of goneEvents) {
    it.effect(`${name}: the room is gone for good, its remote tracks unpublished, then "disconnected"`, () =>
      withCore((h) =>
        Effect.gen(function*() {
          const { room } = yield* openRoom()
          const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
          const { next } = yield* eventsFrom(h, room)
          h.roomEvent(roomEventOf(gone))
          expect(yield* next).toEqual(
            RoomEvent.DataTrackUnpublished({ sid: "DTR_lidar", publisher: "robot", name: "lidar" })
          )
          expect(yield* next).toEqual(RoomEvent.ConnectionStateChanged({ state: "disconnected" }))
          expect(yield* room.connectionState).toBe("disconnected")
          yield* view.awaitUnpublished
          expect(yield* view.isPublished).toBe(false)
          expect(h.fake.disposed).toContain(200n)
          // a second end changes nothing
          h.roomEvent(roomEventOf(gone))
          h.roomEvent(fence("after"))
          expect(yield* next).toEqual(RoomEvent.ParticipantDisconnected({ identity: "after" }))
          // nothing is published in a room that is gone, and nothing is asked of the core for it
          const error = yield* Effect.flip(Effect.scoped(room.publishDataTrack({ name: "late" })))
          expect(error._tag).toBe("Disconnected")
          expect(error.code).toBe("local")
          expect(h.requests("publishDataTrack")).toEqual([])
          // nor is a track waited for
          const waited = yield* Effect.flip(room.dataTrack({ publisher: "robot", name: "lidar" }))
          expect(waited._tag).toBe("Disconnected")
        })
      ))
  }

  it.effect("a participant joining and leaving becomes events; the joining participant's handle is released at once", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(
          roomEventOf({ message: "participantConnected", participantConnected: { info: participant(150n, "arm") } })
        )
        expect(yield* next).toEqual(RoomEvent.ParticipantConnected({ identity: "arm" }))
        yield* eventually(() => h.fake.disposed.includes(150n), "the participant handle is disposed")
        h.roomEvent(fence("arm"))
        expect(yield* next).toEqual(RoomEvent.ParticipantDisconnected({ identity: "arm" }))
      })
    ))
})

describe("LiveKitRoom: remote data tracks", () => {
  it.effect("a published track becomes a DataTrackPublished event with the track's info, and a remoteDataTracks entry", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(
          h,
          room,
          remoteTrack(200n, "pose", {
            schema: { name: "foxglove.PoseInFrame", encoding: { encoding: "wellKnown", wellKnown: 1 } },
            frameEncoding: { encoding: "wellKnown", wellKnown: C.WellKnownFrameEncoding.PROTOBUF }
          })
        )
        expect(view.publisherIdentity).toBe("robot")
        expect(view.info.sid).toBe("DTR_pose")
        expect(view.info.name).toBe("pose")
        expect(view.info.usesE2ee).toBe(false)
        expect(view.info.frameEncoding).toBe("protobuf")
        expect(view.info.schema).toEqual(new DataTrackSchemaId({ name: "foxglove.PoseInFrame", encoding: "protobuf" }))
        // the track's handle is owned (not disposed) while it is published
        expect(h.fake.disposed).not.toContain(200n)

        // the tracks published now come first, then the later ones
        const tracks = yield* Stream.toPull(room.remoteDataTracks)
        expect(Array.from(yield* tracks, (t) => t.info.name)).toEqual(["pose"])
        h.roomEvent(trackPublished(remoteTrack(201n, "lidar", {}, "rover")))
        const later = yield* tracks
        expect(later.map((t) => [t.publisherIdentity, t.info.name, t.info.frameEncoding])).toEqual([[
          "rover",
          "lidar",
          undefined
        ]])
        // dataTrack finds a published track by its key
        const found = yield* room.dataTrack({ publisher: "rover", name: "lidar" })
        expect(found.info.sid).toBe("DTR_lidar")
      })
    ))

  it.effect("dataTrack waits for a track published later", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const waiting = yield* Effect.forkChild(room.dataTrack({ publisher: "robot", name: "imu" }))
        // another publisher's track of the same name is not it
        yield* publishRemote(h, room, remoteTrack(200n, "imu", {}, "drone"))
        expect(waiting.pollUnsafe()).toBeUndefined()
        yield* publishRemote(h, room, remoteTrack(201n, "imu"))
        const track = yield* Fiber.join(waiting)
        expect([track.publisherIdentity, track.info.name]).toEqual(["robot", "imu"])
      })
    ))

  it.effect("an unpublished track becomes DataTrackUnpublished, leaves remoteDataTracks and has its handle released", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const lidar = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        yield* publishRemote(h, room, remoteTrack(201n, "camera"))
        expect(yield* lidar.isPublished).toBe(true)
        expect(h.requests("remoteDataTrackIsPublished")).toEqual([{ trackHandle: 200n }])

        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(trackUnpublished("DTR_lidar"))
        expect(yield* next).toEqual(
          RoomEvent.DataTrackUnpublished({ sid: "DTR_lidar", publisher: "robot", name: "lidar" })
        )
        yield* lidar.awaitUnpublished
        // released right after the event
        yield* eventually(() => h.fake.disposed.includes(200n), "the unpublished track's handle is disposed")
        expect(h.fake.disposed).toEqual([200n])
        // an unpublished track answers without asking the core
        expect(yield* lidar.isPublished).toBe(false)
        expect(h.requests("remoteDataTrackIsPublished")).toHaveLength(1)
        // a sid the room does not know is ignored
        h.roomEvent(trackUnpublished("DTR_unknown"))
        h.roomEvent(fence("f"))
        expect(yield* next).toEqual(RoomEvent.ParticipantDisconnected({ identity: "f" }))

        const tracks = yield* Stream.toPull(room.remoteDataTracks)
        expect(Array.from(yield* tracks, (t) => t.info.name)).toEqual(["camera"])
      })
    ))

  it.effect("isPublished is the core's answer; setPipelineOptions reaches the core while published, fails after", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        h.core.remotePublished = false
        expect(yield* view.isPublished).toBe(false)
        yield* view.setPipelineOptions(new PipelineOptions({ maxPartialFrames: 4 }))
        yield* view.setPipelineOptions(new PipelineOptions({}))
        expect(h.requests("remoteDataTrackSetPipelineOptions")).toEqual([
          { trackHandle: 200n, options: { maxPartialFrames: 4 } },
          { trackHandle: 200n, options: {} }
        ])
        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(trackUnpublished("DTR_lidar"))
        yield* next
        const error = yield* Effect.flip(view.setPipelineOptions(new PipelineOptions({ maxPartialFrames: 2 })))
        expect(error._tag).toBe("Unpublished")
        expect(error.code).toBe("local")
        expect(h.requests("remoteDataTrackSetPipelineOptions")).toHaveLength(2)
      })
    ))
})

describe("LiveKitRoom: a track announced twice", () => {
  it.effect("a second dataTrackPublished with a known SID ends the first entry and starts the new one", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const first = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(trackPublished(remoteTrack(201n, "lidar")))
        expect(yield* next).toEqual(
          RoomEvent.DataTrackUnpublished({ sid: "DTR_lidar", publisher: "robot", name: "lidar" })
        )
        const announced = yield* next
        expect(announced._tag).toBe("DataTrackPublished")
        // the first view is over and its handle released; the new one is the room's track under that SID
        yield* first.awaitUnpublished
        expect(yield* first.isPublished).toBe(false)
        expect(h.fake.disposed).toContain(200n)
        expect(h.fake.disposed).not.toContain(201n)
        const found = yield* room.dataTrack({ publisher: "robot", name: "lidar" })
        expect(found).not.toBe(first)
        expect(found.info.sid).toBe("DTR_lidar")
      })
    ))
})

describe("LiveKitRoom: publishing", () => {
  it.effect("sends the publish request with the mapped options and returns the core's track", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const track = yield* room.publishDataTrack({
          name: "pose",
          schema: new DataTrackSchemaId({ name: "foxglove.PoseInFrame", encoding: "protobuf" }),
          frameEncoding: "protobuf"
        })
        const plain = yield* room.publishDataTrack({ name: "status", frameEncoding: { custom: "my-text" } })
        const [pose, status] = h.requests("publishDataTrack")
        expect(pose?.localParticipantHandle).toBe(LOCAL_PARTICIPANT)
        expect(pose?.options).toEqual({
          name: "pose",
          schema: {
            name: "foxglove.PoseInFrame",
            encoding: { encoding: "wellKnown", wellKnown: C.WellKnownSchemaEncoding.PROTOBUF }
          },
          frameEncoding: { encoding: "wellKnown", wellKnown: C.WellKnownFrameEncoding.PROTOBUF }
        })
        expect(status?.options).toEqual({ name: "status", frameEncoding: { encoding: "custom", custom: "my-text" } })
        expect(track.info.sid).toBe("DTR_pose")
        expect(track.info.frameEncoding).toBe("protobuf")
        expect(track.info.schema?.name).toBe("foxglove.PoseInFrame")
        expect(plain.info.frameEncoding).toEqual({ custom: "my-text" })
        expect(yield* track.isPublished).toBe(true)
        expect(h.requests("localDataTrackIsPublished")).toEqual([{ trackHandle: 300n }])
        h.core.localPublished = false
        expect(yield* track.isPublished).toBe(false)
      })
    ))

  it.effect("a publish error in the callback is the typed error, with the core's code and message", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const cases = [
          [C.PublishDataTrackErrorCode.DUPLICATE_NAME, "DuplicateName", "DUPLICATE_NAME"],
          [C.PublishDataTrackErrorCode.NOT_ALLOWED, "NotAllowed", "NOT_ALLOWED"],
          [C.PublishDataTrackErrorCode.TIMEOUT, "PublishTimeout", "TIMEOUT"],
          [C.PublishDataTrackErrorCode.DISCONNECTED, "Disconnected", "DISCONNECTED"]
        ] as const
        for (const [code, tag, name] of cases) {
          h.core.publishAnswer = () => ({ result: "error", error: { code, message: `refused: ${name}` } })
          const error = yield* Effect.flip(Effect.scoped(room.publishDataTrack({ name: "dup" })))
          expect([error._tag, error.code, error.message]).toEqual([tag, name, `refused: ${name}`])
        }
        // nothing was published, so nothing is unpublished or disposed
        expect(h.requests("localDataTrackUnpublish")).toEqual([])
        expect(yield* liveHandles).toBe(3)
      })
    ))

  it.effect("a publish request the binding refuses is Internal; invalid options never reach the core", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const invalid = yield* Effect.flip(Effect.scoped(room.publishDataTrack({ name: "" })))
        expect(invalid._tag).toBe("InvalidName")
        expect(h.requests("publishDataTrack")).toEqual([])
        h.core.publishAnswer = () => {
          throw new Error("handle not found")
        }
        const error = yield* Effect.flip(Effect.scoped(room.publishDataTrack({ name: "x" })))
        expect(error._tag).toBe("Internal")
        expect(error.message).toMatch(/handle not found/)
      })
    ))

  it.effect("closing the publication's scope unpublishes, then disposes the track's handle", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const scope = yield* Scope.make()
        const track = yield* room.publishDataTrack({ name: "status" }).pipe(Scope.provide(scope))
        expect(h.requests("localDataTrackUnpublish")).toEqual([])
        expect(track.info.name).toBe("status")
        yield* Scope.close(scope, Exit.void)
        expect(h.requests("localDataTrackUnpublish")).toEqual([{ trackHandle: 300n }])
        // unpublished first: the handle was still alive when the unpublish request went out
        expect(h.core.disposedAtUnpublish).toEqual([[]])
        expect(h.fake.disposed).toEqual([300n])
      })
    ))

  it.effect("unpublish is sent once; a failing unpublish is logged, and the handle still released", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const scope = yield* Scope.make()
        const track = yield* room.publishDataTrack({ name: "status" }).pipe(Scope.provide(scope))
        yield* track.unpublish
        yield* track.unpublish
        expect(h.requests("localDataTrackUnpublish")).toEqual([{ trackHandle: 300n }])
        // an unpublished track answers without asking the core
        expect(yield* track.isPublished).toBe(false)
        const pushed = yield* Effect.flip(track.tryPush(DataTrackFrame.text("late")))
        expect([pushed._tag, pushed.code]).toEqual(["Unpublished", "TRACK_UNPUBLISHED"])
        expect(h.requests("localDataTrackTryPush")).toEqual([])
        expect(h.requests("localDataTrackIsPublished")).toEqual([])
        yield* Scope.close(scope, Exit.void)
        expect(h.requests("localDataTrackUnpublish")).toHaveLength(1)
        expect(h.fake.disposed).toEqual([300n])

        h.core.rejectUnpublish = true
        const warnings: Array<string> = []
        const capture = Logger.make((options) => {
          if (options.logLevel === "Warn") {
            warnings.push(String(Array.isArray(options.message) ? options.message[0] : options.message))
          }
        })
        const other = yield* Scope.make()
        yield* room.publishDataTrack({ name: "other" }).pipe(Scope.provide(other))
        yield* Scope.close(other, Exit.void).pipe(Effect.provideService(Logger.CurrentLoggers, new Set([capture])))
        expect(h.requests("localDataTrackUnpublish")).toEqual([{ trackHandle: 300n }, { trackHandle: 301n }])
        expect(warnings).toEqual(["unpublishing a data track failed"])
        expect(h.fake.disposed).toEqual([300n, 301n])
      })
    ))

  it.effect("at most two publish requests are in the core's hands at once", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        h.core.publishAnswer = () => undefined
        const fibers = yield* Effect.forEach(
          ["a", "b", "c"],
          (name) => Effect.forkChild(Effect.exit(Effect.scoped(room.publishDataTrack({ name }))))
        )
        yield* eventually(() => h.requests("publishDataTrack").length === 2, "two publish requests")
        for (let i = 0; i < 20; i++) yield* Effect.yieldNow
        expect(h.requests("publishDataTrack").map((r) => r.options.name)).toEqual(["a", "b"])
        const refuse = (asyncId: bigint) =>
          h.fake.emit({
            message: "publishDataTrack",
            publishDataTrack: {
              asyncId,
              result: "error",
              error: { code: C.PublishDataTrackErrorCode.LIMIT_REACHED, message: "too many" }
            }
          })
        refuse(h.core.heldPublishes[0]!)
        yield* eventually(() => h.requests("publishDataTrack").length === 3, "the third publish request")
        refuse(h.core.heldPublishes[1]!)
        refuse(h.core.heldPublishes[2]!)
        const errors = yield* Effect.forEach(fibers, (fiber) => Effect.flip(Effect.flatten(Fiber.join(fiber))))
        expect(errors.map((error) => error._tag)).toEqual(["LimitReached", "LimitReached", "LimitReached"])
      })
    ))
})

describe("LiveKitRoom: pushing", () => {
  it.effect.prop("a pushed frame reaches the core as given: the track's handle, the payload and the timestamp", {
    bytes: Schema.Array(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 255 }))).check(
      Schema.isMinLength(1)
    ),
    userTimestamp: Schema.optional(
      Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 0xffff_ffff_ffff_ffffn }))
    )
  }, ({ bytes, userTimestamp }) =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const track = yield* room.publishDataTrack({ name: "bytes" })
        const payload = Uint8Array.from(bytes)
        yield* track.tryPush(
          new DataTrackFrame(userTimestamp === undefined ? { payload } : { payload, userTimestamp })
        )
        const [push] = h.requests("localDataTrackTryPush")
        expect(push?.trackHandle).toBe(300n)
        expect(Array.from(push?.frame.payload ?? [])).toEqual(bytes)
        expect(push?.frame.userTimestamp).toBe(userTimestamp)
      })
    ), { arbitrary: { runs: 25 } })

  it.effect("a push answered with an error code is the typed error; a refused request is Internal", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const track = yield* room.publishDataTrack({ name: "status" })
        const frame = DataTrackFrame.text("hello", 1_700_000_000_000n)
        // paced: the first push goes at once
        yield* track.push(frame)
        const cases = [
          [C.LocalDataTrackTryPushErrorCode.QUEUE_FULL, "BufferFull", "QUEUE_FULL"],
          [C.LocalDataTrackTryPushErrorCode.TRACK_UNPUBLISHED, "Unpublished", "TRACK_UNPUBLISHED"],
          [C.LocalDataTrackTryPushErrorCode.INTERNAL, "Internal", "INTERNAL"]
        ] as const
        for (const [code, tag, name] of cases) {
          h.core.pushAnswer = () => ({ error: { code, message: `push: ${name}` } })
          const error = yield* Effect.flip(track.tryPush(frame))
          expect([error._tag, error.code, error.message]).toEqual([tag, name, `push: ${name}`])
        }
        h.core.pushAnswer = () => {
          throw new Error("handle not found")
        }
        const refused = yield* Effect.flip(track.tryPush(frame))
        expect(refused._tag).toBe("Internal")
        expect(refused.message).toMatch(/handle not found/)
        expect(h.requests("localDataTrackTryPush")).toHaveLength(5)
        // the local checks come first: an empty frame never reaches the core
        const empty = yield* Effect.flip(track.tryPush(DataTrackFrame.of(new Uint8Array())))
        expect(empty._tag).toBe("EmptyFrame")
        expect(h.requests("localDataTrackTryPush")).toHaveLength(5)
      })
    ))
})

describe("LiveKitRoom: subscribing", () => {
  it.effect("subscribes with the buffer size, then reads one frame per pull, with the subscription's timestamp unit", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const subscription = yield* view.subscribe({ bufferSize: 4, timestampUnit: "microseconds" })
        expect(subscription.track).toBe(view)
        expect(h.requests("subscribeDataTrack")).toEqual([{ trackHandle: 200n, options: { bufferSize: 4 } }])
        const stream = h.core.subscribed[0]!
        // nothing is read before the first pull
        expect(h.requests("dataTrackStreamRead")).toEqual([])
        const pull = yield* Stream.toPull(subscription.frames)
        h.deliver(stream, frameEvent("a", 1_700_000_000_000_000n))
        h.deliver(stream, frameEvent("b"))
        h.deliver(stream, frameEvent("c", 7n))
        const first = yield* pull
        expect(first.map(textOf)).toEqual(["a"])
        expect(first[0]?.userTimestamp).toBe(1_700_000_000_000_000n)
        expect(first[0]?.timestampUnit).toBe("microseconds")
        expect(first[0]?.timestampMillis).toBe(1_700_000_000_000)
        // demand-driven: one read per frame pulled, none ahead
        expect(h.requests("dataTrackStreamRead")).toEqual([{ streamHandle: stream }])
        const second = yield* pull
        expect(second.map(textOf)).toEqual(["b"])
        expect(second[0]?.userTimestamp).toBeUndefined()
        expect(h.requests("dataTrackStreamRead")).toHaveLength(2)
        expect((yield* pull).map((f) => [textOf(f), f.userTimestamp])).toEqual([["c", 7n]])
        expect(h.requests("dataTrackStreamRead")).toHaveLength(3)
      })
    ))

  it.effect("the buffer size is clamped as the core would (0 -> 1, at most 65,535), 16 by default", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        yield* view.subscribe()
        yield* view.subscribe({ bufferSize: 0 })
        yield* view.subscribe({ bufferSize: 1_000_000 })
        expect(h.requests("subscribeDataTrack").map((r) => r.options.bufferSize)).toEqual([16, 1, 65_535])
      })
    ))

  it.effect("an end of stream of an unpublished track ends the frames; closing the subscription disposes its stream", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        h.core.streamScripts.push([frameEvent("a"), frameEvent("b"), eos()])
        h.core.remotePublished = false
        const scope = yield* Scope.make()
        const subscription = yield* view.subscribe().pipe(Scope.provide(scope))
        const frames = yield* Stream.runCollect(subscription.frames)
        expect(frames.map(textOf)).toEqual(["a", "b"])
        // the core was asked whether the track is still published, and said no: no new subscription
        expect(h.requests("remoteDataTrackIsPublished")).toEqual([{ trackHandle: 200n }])
        expect(h.requests("subscribeDataTrack")).toHaveLength(1)
        // every later pull ends at once, without asking the core
        expect(yield* Stream.runCollect(subscription.frames)).toEqual([])
        expect(h.requests("dataTrackStreamRead")).toHaveLength(3)
        expect(h.fake.disposed).not.toContain(h.core.subscribed[0])
        yield* Scope.close(scope, Exit.void)
        expect(h.fake.disposed).toContain(h.core.subscribed[0])
      })
    ))

  it.effect("an end of stream with an error fails the frames with the typed error, in a read's answer or an event", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        h.core.streamScripts.push([
          frameEvent("a"),
          eos({ code: C.SubscribeDataTrackErrorCode.TIMEOUT, message: "no subscriber handle" })
        ])
        const timedOut = yield* view.subscribe()
        const seen: Array<string> = []
        const error = yield* Effect.flip(
          Stream.runForEach(timedOut.frames, (frame) => Effect.sync(() => seen.push(textOf(frame))))
        )
        expect(seen).toEqual(["a"])
        expect([error._tag, error.code, error.message]).toEqual(["SubscribeTimeout", "TIMEOUT", "no subscriber handle"])
        // a failed subscription stays failed
        expect((yield* Effect.flip(Stream.runCollect(timedOut.frames)))._tag).toBe("SubscribeTimeout")

        const unpublished = yield* view.subscribe()
        h.core.streams.get(h.core.subscribed[1]!)!.eosOnRead = {
          error: { code: C.SubscribeDataTrackErrorCode.UNPUBLISHED, message: "gone" }
        }
        const gone = yield* Effect.flip(Stream.runCollect(unpublished.frames))
        expect([gone._tag, gone.code, gone.message]).toEqual(["Unpublished", "UNPUBLISHED", "gone"])
        // an end with an error is not the teardown race: no second subscription
        expect(h.requests("subscribeDataTrack")).toHaveLength(2)
        expect(h.requests("remoteDataTrackIsPublished")).toEqual([])
      })
    ))

  it.effect("an end of stream while the track is still published subscribes again, three times at most", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        h.core.streamScripts.push(
          [frameEvent("a"), eos()],
          [frameEvent("b"), eos()],
          [frameEvent("c"), eos()],
          [frameEvent("d"), eos()],
          [frameEvent("never")]
        )
        const subscription = yield* view.subscribe({ bufferSize: 8 })
        const frames = yield* Stream.runCollect(subscription.frames)
        expect(frames.map(textOf)).toEqual(["a", "b", "c", "d"])
        expect(h.requests("subscribeDataTrack")).toEqual(
          Array.from({ length: 4 }, () => ({ trackHandle: 200n, options: { bufferSize: 8 } }))
        )
        // each dying subscription's stream handle was released before the next one was opened
        const [s0, s1, s2, s3] = h.core.subscribed
        expect(h.fake.disposed).toEqual(expect.arrayContaining([s0, s1, s2]))
        expect(h.fake.disposed).not.toContain(s3)
        // reads went to the current stream each time
        expect(h.requests("dataTrackStreamRead").map((r) => r.streamHandle)).toEqual([s0, s0, s1, s1, s2, s2, s3, s3])
      })
    ))

  it.effect("a read whose puller was interrupted is not sent again: the next pull takes its answer", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const subscription = yield* view.subscribe()
        const stream = h.core.subscribed[0]!
        const first = yield* Effect.forkChild(Stream.runHead(subscription.frames))
        yield* eventually(() => h.requests("dataTrackStreamRead").length === 1, "the first read")
        yield* Fiber.interrupt(first)
        const second = yield* Effect.forkChild(Stream.runHead(subscription.frames))
        for (let i = 0; i < 20; i++) yield* Effect.yieldNow
        expect(h.requests("dataTrackStreamRead")).toHaveLength(1)
        h.deliver(stream, frameEvent("answer"))
        const frame = yield* Fiber.join(second)
        expect(Option.map(frame, textOf)).toEqual(Option.some("answer"))
        expect(h.requests("dataTrackStreamRead")).toHaveLength(1)
      })
    ))

  it.effect("latest gives the newest frame: a pump reads ahead into a ring of one", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const subscription = yield* view.subscribe()
        const stream = h.core.subscribed[0]!
        const pull = yield* Stream.toPull(subscription.latest)
        // the first pull starts the pump
        const first = yield* Effect.forkChild(pull)
        yield* eventually(() => h.requests("dataTrackStreamRead").length === 1, "the pump's first read")
        h.deliver(stream, frameEvent("1"))
        expect((yield* Fiber.join(first)).map(textOf)).toEqual(["1"])
        // the pump keeps reading while nobody pulls: a read is sent only once the frame before is in the ring
        for (const text of ["2", "3", "4"]) h.deliver(stream, frameEvent(text))
        yield* eventually(() => h.requests("dataTrackStreamRead").length === 5, "the pump read every frame")
        expect((yield* pull).map(textOf)).toEqual(["4"])
        // and the next pull waits for a newer frame
        const next = yield* Effect.forkChild(pull)
        for (let i = 0; i < 20; i++) yield* Effect.yieldNow
        expect(next.pollUnsafe()).toBeUndefined()
        h.deliver(stream, frameEvent("5"))
        expect((yield* Fiber.join(next)).map(textOf)).toEqual(["5"])
      })
    ))

  it.effect("subscribing to an unpublished track fails with Unpublished and asks the core nothing", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const built = view.subscribe()
        const { next } = yield* eventsFrom(h, room)
        h.roomEvent(trackUnpublished("DTR_lidar"))
        yield* next
        const error = yield* Effect.flip(view.subscribe())
        expect([error._tag, error.code]).toEqual(["Unpublished", "local"])
        // whether the track is published is read when the subscription runs, not when it was built
        expect((yield* Effect.flip(built))._tag).toBe("Unpublished")
        expect(error.message).toContain("lidar")
        expect(h.requests("subscribeDataTrack")).toEqual([])
      })
    ))

  it.effect("a refused subscribe request is Internal", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        h.core.refuseSubscribe = true
        const error = yield* Effect.flip(view.subscribe())
        expect(error._tag).toBe("Internal")
        expect(error.message).toMatch(/handle not found/)
      })
    ))
})

describe("LiveKitRoom: the room going away", () => {
  it.effect("the room disconnecting fails a waiting read with Disconnected", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const subscription = yield* view.subscribe()
        const reading = yield* Effect.forkChild(Effect.flip(Stream.runCollect(subscription.frames)))
        yield* eventually(() => h.requests("dataTrackStreamRead").length === 1, "the first read")
        h.roomEvent(roomEventOf({ message: "disconnected", disconnected: { reason: C.DisconnectReason.ROOM_DELETED } }))
        const error = yield* Fiber.join(reading)
        expect([error._tag, error.code]).toEqual(["Disconnected", "DISCONNECTED"])
        // a later pull gets the same end at once
        expect((yield* Effect.flip(Stream.runCollect(subscription.frames)))._tag).toBe("Disconnected")
        expect(h.requests("dataTrackStreamRead")).toHaveLength(1)
      })
    ))

  it.effect("closing the room disconnects, releases every handle, fails waiting reads and ends the events", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room, scope } = yield* openRoom()
        const view = yield* publishRemote(h, room, remoteTrack(200n, "lidar"))
        const subscription = yield* view.subscribe()
        const reading = yield* Effect.forkChild(Effect.flip(Stream.runCollect(subscription.frames)))
        const events = yield* eventsFrom(h, room)
        yield* eventually(() => h.requests("dataTrackStreamRead").length === 1, "the first read")
        yield* Scope.close(scope, Exit.void)
        expect(h.requests("disconnect").map((r) => r.roomHandle)).toEqual([ROOM])
        expect(h.fake.disposed).toEqual(expect.arrayContaining([ROOM, LOCAL_PARTICIPANT, 102n, 200n]))
        expect(yield* room.connectionState).toBe("disconnected")
        yield* view.awaitUnpublished
        expect(yield* view.isPublished).toBe(false)
        const error = yield* Fiber.join(reading)
        expect(error._tag).toBe("Disconnected")
        const late = yield* Effect.flip(Effect.scoped(room.publishDataTrack({ name: "late" })))
        expect([late._tag, late.code]).toEqual(["Disconnected", "local"])
        // the events end, without an event for a close the application asked for
        expect(yield* events.ended).toEqual(Exit.void)
        expect(events.pending).toEqual([])
      })
    ))

  it.effect("the room's subscriptions end when the FfiClient closes under them", () => {
    const { core, respond } = makeCore()
    const fake = makeFake(respond)
    return Effect.gen(function*() {
      const clientScope = yield* Scope.make()
      const context = yield* Layer.buildWithScope(
        FfiClient.layerWith({ native: Effect.succeed(fake.native) }),
        clientScope
      )
      const roomScope = yield* Scope.make()
      const room = yield* LiveKitRoom.make(connectOptions).pipe(Scope.provide(roomScope), Effect.provide(context))
      const pull = yield* Stream.toPull(room.remoteDataTracks)
      fake.emit({ message: "roomEvent", roomEvent: trackPublished(remoteTrack(200n, "lidar")) })
      const [view] = yield* pull
      const subscription = yield* view!.subscribe()
      const reading = yield* Effect.forkChild(Stream.runCollect(subscription.frames))
      yield* eventually(() => requestsOf(fake.requests, "dataTrackStreamRead").length === 1, "the first read")
      expect(core.subscribed).toHaveLength(1)
      yield* Scope.close(clientScope, Exit.void)
      expect(yield* Fiber.join(reading)).toEqual([])
      // the room closes after its client: what it would still ask fails (logged), its handles are released
      yield* Scope.close(roomScope, Exit.void)
      expect(fake.disposed.toSorted((a, b) => (a < b ? -1 : 1))).toEqual([ROOM, LOCAL_PARTICIPANT, 102n, 200n])
    })
  })
})

describe("LiveKitRoom: schemas and transport counts", () => {
  it.effect("defineSchema and getSchema send the schema id and map the core's answers", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const id = new DataTrackSchemaId({ name: "Status", encoding: "jsonschema" })
        yield* room.defineSchema(id, "{\"type\":\"object\"}")
        const [define] = h.requests("defineSchema")
        expect(define?.requestAsyncId).toBeTypeOf("bigint")
        expect({ ...define, requestAsyncId: undefined }).toEqual({
          requestAsyncId: undefined,
          localParticipantHandle: LOCAL_PARTICIPANT,
          schemaId: {
            name: "Status",
            encoding: { encoding: "wellKnown", wellKnown: C.WellKnownSchemaEncoding.JSON_SCHEMA }
          },
          definition: "{\"type\":\"object\"}"
        })
        h.core.defineSchemaAnswer = () => ({ error: "schema already exists" })
        expect((yield* Effect.flip(room.defineSchema(id, "{}")))._tag).toBe("DuplicateSchema")

        h.core.getSchemaAnswer = () => ({ definition: "{\"type\":\"string\"}" })
        expect(yield* room.getSchema(id, "robot")).toBe("{\"type\":\"string\"}")
        expect(h.requests("getSchema").map((r) => [r.localParticipantHandle, r.participantIdentity, r.schemaId.name]))
          .toEqual([[LOCAL_PARTICIPANT, "robot", "Status"]])
        h.core.getSchemaAnswer = () => ({ error: "blob not found" })
        expect((yield* Effect.flip(room.getSchema(id, "robot")))._tag).toBe("SchemaNotFound")
        // an answer with neither definition nor error: not found either
        h.core.getSchemaAnswer = () => ({})
        expect((yield* Effect.flip(room.getSchema(id, "robot")))._tag).toBe("SchemaNotFound")
      })
    ))

  it.effect("a data-blob wait that timed out in the core is asked again, twice at most", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const id = new DataTrackSchemaId({ name: "Status", encoding: "jsonschema" })
        let answers = 0
        h.core.getSchemaAnswer = () =>
          answers++ < 2 ? { error: "room failure: get data blob timed out" } : { definition: "{}" }
        expect(yield* room.getSchema(id, "robot")).toBe("{}")
        expect(h.requests("getSchema")).toHaveLength(3)
        h.core.defineSchemaAnswer = () => ({ error: "room failure: store data blob timed out" })
        const error = yield* Effect.flip(room.defineSchema(id, "{}"))
        expect(error._tag).toBe("Internal")
        expect(h.requests("defineSchema")).toHaveLength(3)
      })
    ))

  it.effect("dataTrackTransport sums the _data_track channels of both peer connections; undefined without an answer", () =>
    withCore((h) =>
      Effect.gen(function*() {
        const { room } = yield* openRoom()
        const channel = dataChannelStats
        h.core.sessionStats = {
          publisherStats: [channel("_data_track", 5, 1), channel("_reliable", 100, 100)],
          subscriberStats: [channel("_data_track", 2, 7)]
        }
        expect(yield* room.dataTrackTransport).toEqual({ packetsSent: 7, packetsReceived: 8 })
        expect(h.requests("getSessionStats").map((r) => r.roomHandle)).toEqual([ROOM])
        h.core.sessionStats = undefined
        const unanswered = yield* Effect.forkChild(room.dataTrackTransport)
        yield* eventually(() => h.requests("getSessionStats").length === 2, "the second query")
        yield* TestClock.adjust("1 second")
        expect(yield* Fiber.join(unanswered)).toBeUndefined()
      })
    ))
})
