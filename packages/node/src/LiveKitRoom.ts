/**
 * The core `Room` service over the LiveKit Rust core, driven through the FFI: connects to any LiveKit
 * server (the embedded dev server, LiveKit Cloud, a self-hosted cluster).
 *
 * - Publishing and subscribing are scoped: closing a publication's scope unpublishes and disposes its
 *   handle; closing a subscription's scope disposes the stream handle, which unsubscribes.
 * - Reads are demand-driven: one `data_track_stream_read` per pulled frame, so a slow consumer never
 *   makes this SDK buffer; the core's own ring (sized by `bufferSize`, drop-oldest) absorbs bursts.
 * - EOS without error ends a subscription's streams; EOS with error fails them with a typed error.
 *
 * @since 0.1.0
 */
import {
  AccessToken,
  awaitDisconnected,
  type ConnectionState,
  DataTrackSubscription,
  Disconnected,
  FrameRing,
  Internal,
  makeRoom,
  normalizeSubscribeOptions,
  type PublishOptions,
  RemoteDataTrack,
  Room,
  RoomEvent,
  type RoomShape,
  SendPacer,
  type SubscribeError,
  type SubscribeOptionsInput,
  Unpublished
} from "@effect-livekit/core"
import type {
  DataTrackFrame,
  DataTrackSchemaId,
  LocalDataTrack,
  PipelineOptions,
  TimestampUnit
} from "@effect-livekit/core"
import {
  Cause,
  Config,
  Deferred,
  Duration,
  Effect,
  Exit,
  Layer,
  Option,
  PubSub,
  Redacted,
  Schema,
  Scope,
  Semaphore,
  Stream,
  SubscriptionRef
} from "effect"
import * as Mapping from "./DataTrackMapping.ts"
import { FfiClient, type FfiError, type FfiLogLevel } from "./FfiClient.ts"
import type * as Ffi from "./FfiCodec.ts"
import * as Codec from "./FfiCodec.ts"
import * as FfiRoomConnection from "./FfiRoomConnection.ts"
import * as SessionStats from "./SessionStats.ts"

/**
 * How a participant connects to a LiveKit server (URL, token, join retries and timeout) and paces its frames.
 *
 * @since 0.1.0
 * @category models
 */
export interface LiveKitRoomOptions {
  /** `ws(s)://` URL of the LiveKit server. */
  readonly url: string
  /** An access token for this participant (see `AccessToken.mint`). */
  readonly token: string | Redacted.Redacted<string>
  /** Join attempts after the first; default 1 (the core's default of 3 makes a dead URL take ~20 s). */
  readonly joinRetries?: number | undefined
  /** Per-attempt connect timeout; default 5 s. */
  readonly connectTimeout?: Duration.Input | undefined
  /** How `push` and `sink` space this participant's frames for the core's transport; default {@link SEND_PACING}. */
  readonly sendPacing?: SendPacer.PacerOptions | undefined
}

/**
 * A LiveKit room: the `Room` service, and what the core's transport counted.
 *
 * @since 0.1.0
 * @category models
 */
export interface LiveKitRoomShape extends RoomShape {
  /**
   * The data-track packets this participant's transport sent and received so far (see
   * `SessionStats.DataTrackTransport`): where a frame went missing, these and the server's counts tell whether it
   * left the publisher and reached the subscriber's channel. `undefined` while the core cannot tell (reconnecting).
   */
  readonly dataTrackTransport: Effect.Effect<SessionStats.DataTrackTransport | undefined>
}

/**
 * How the core's transport was measured to move a participant's frames (16,000-byte packets, one at a time): every
 * 3.0-3.4 ms at the median for a participant in its own process, 5.7 ms when two cores share a process (and
 * libwebrtc's network thread), with outliers past 9 ms on a loaded 2-core machine. The estimate decides when a paced
 * push may go; behind multi-packet frames it then also waits for the core's own count of packets sent (read from the
 * session statistics, see `SessionStats`), so an outlier delays the next frame instead of evicting it. It caps a
 * participant's paced throughput near 1.8 MB/s, which `tryPush` does not observe.
 *
 * @since 0.1.0
 * @category constants
 */
export const SEND_PACING: SendPacer.PacerOptions = { msPerPacket: 6, minGapMs: 2, margin: 0.5 }

/**
 * For participants that share a process with other LiveKit rooms that stream (tests, demos with every participant in
 * one program): their cores share libwebrtc's network thread, and a packet takes about twice as long to leave.
 *
 * @since 0.1.0
 * @category constants
 */
export const SHARED_PROCESS_PACING: SendPacer.PacerOptions = { msPerPacket: 12, minGapMs: 4, margin: 0.5 }

/** Publish requests handed to the core at once (its request channel holds 4). */
const MAX_PUBLISHES_IN_FLIGHT = 2

const trackGone = () => new Unpublished({ code: "TRACK_UNPUBLISHED", message: "the track is unpublished" })

/** An FFI failure the application cannot act on, as the core's `Internal` error. */
const internal = (error: FfiError) => new Internal({ code: "ffi", message: error.message, cause: error })

const connectionStateOf = (state: Ffi.ConnectionState): ConnectionState =>
  state === Codec.ConnectionState.CONN_CONNECTED
    ? "connected"
    : state === Codec.ConnectionState.CONN_RECONNECTING
    ? "reconnecting"
    : "disconnected"

interface RemoteEntry {
  readonly view: RemoteDataTrack.RemoteDataTrack
  readonly handle: bigint
  published: boolean
  readonly unpublished: Deferred.Deferred<void>
  readonly release: Effect.Effect<void>
}

/** Core subscriptions opened again for one `subscribe` after the core tore them down under us (see below). */
const MAX_REOPENS = 3

/** What a pull of a subscription gives: the next frame, or how the subscription ended. */
type Pulled = Effect.Effect<DataTrackFrame, SubscribeError | Cause.Done>

const endOfStream: Pulled = Exit.fail(Cause.Done())

/**
 * Reads a track's frames on demand, one `data_track_stream_read` per pulled frame: a slow consumer never makes this
 * SDK buffer, the core's own ring (sized by `bufferSize`, drop-oldest) absorbs bursts.
 *
 * A pull sends the read and parks its fiber; the stream's event, delivered by the native callback, resumes it there
 * (no queue, no fiber per event, no scheduler turn in between). A read whose answer has not been taken (its puller
 * was interrupted) is not sent again: its answer is what the next pull takes.
 *
 * An end of stream without error while the track is still published is not the end: the core (livekit-datatrack's
 * remote manager) tears a closed subscription down asynchronously, and a subscribe it handles before that teardown
 * joins the dying subscription's frame channel, which then closes. The core has processed the teardown by the time
 * that end arrives, so a subscription opened then starts afresh (a new subscriber handle from the server).
 *
 * The core sends no end of stream for the subscriptions of a room that disconnected: the room's state turning
 * `disconnected` ends them with `Disconnected` instead of leaving a pull waiting forever.
 */
const makeStreamReader = Effect.fnUntraced(function*(
  trackHandle: bigint,
  options: { readonly bufferSize: number; readonly timestampUnit: TimestampUnit },
  connectionState: SubscriptionRef.SubscriptionRef<ConnectionState>
) {
  const client = yield* FfiClient
  const subscriptionScope = yield* Effect.scope
  let closed = false
  /** Set once the subscription is over: every later pull gets it. */
  let ended: Pulled | undefined
  /** A read was sent and its answer has not arrived. */
  let outstanding = false
  /** The parked pull, resumed by the next answer. */
  let waiter: ((pulled: Pulled) => void) | undefined
  /** Answers that arrived while no pull was parked (at most one: reads are sent one at a time). */
  const arrived: Array<Ffi.DataTrackStreamEvent> = []
  let reopens = 0

  const wake = (pulled: Pulled) => {
    const resume = waiter
    waiter = undefined
    resume?.(pulled)
  }
  // A pull parks only when no answer is waiting in `arrived`, so a parked pull can be woken with the end at once.
  const finish = (pulled: Pulled) => {
    if (ended !== undefined) return
    ended = pulled
    wake(pulled)
  }

  /** Opens a core subscription in a scope of its own: closing it disposes the handle, which unsubscribes. */
  const open = Effect.gen(function*() {
    const scope = yield* Scope.fork(subscriptionScope)
    const response = yield* client.request("subscribeDataTrack", {
      trackHandle,
      options: { bufferSize: options.bufferSize }
    }).pipe(
      Effect.mapError(internal),
      Effect.tapError(() => Scope.close(scope, Exit.void))
    )
    const owned = yield* client.own(response.stream.handle).pipe(Scope.provide(scope))
    // Registered before any read is sent, so no answer can slip past.
    yield* client.listen(owned.id, {
      onEvent: (event) => {
        if (event.message !== "dataTrackStreamEvent") return
        outstanding = false
        if (waiter === undefined) arrived.push(event.dataTrackStreamEvent)
        else wake(answer(event.dataTrackStreamEvent))
      },
      onClosed: () => finish(endOfStream)
    }).pipe(Scope.provide(scope))
    return { handle: owned.id, scope }
  })

  // Runs before the stream handle is disposed (finalizers run in reverse): a closed subscription ends.
  yield* Effect.addFinalizer(() =>
    Effect.sync(() => {
      closed = true
      wake(endOfStream)
    })
  )
  let current = yield* open
  yield* awaitDisconnected(connectionState).pipe(
    Effect.andThen(
      Effect.sync(() => finish(Exit.fail(new Disconnected({ code: "DISCONNECTED", message: "the room disconnected" }))))
    ),
    Effect.forkIn(subscriptionScope)
  )

  const stillPublished = client.request("remoteDataTrackIsPublished", { trackHandle }).pipe(
    Effect.map((response) => response.isPublished),
    Effect.orElseSucceed(() => false)
  )

  /** After an end of stream: the next pull's answer (from a new core subscription, or the end). */
  const afterEnd = (eos: Ffi.DataTrackStreamEOS): Pulled =>
    Effect.gen(function*() {
      if (eos.error === undefined && !closed && reopens < MAX_REOPENS && (yield* stillPublished)) {
        reopens++
        yield* Effect.logDebug("the core ended a subscription of a published track (teardown race): subscribing again")
        yield* Scope.close(current.scope, Exit.void)
        outstanding = false
        current = yield* open
      } else {
        finish(eos.error === undefined ? endOfStream : Exit.fail(Mapping.subscribeError(eos.error)))
      }
      return yield* pull
    })

  const answer = (event: Ffi.DataTrackStreamEvent): Pulled => {
    if (event.detail === "frameReceived") {
      return Exit.succeed(Mapping.frameFromFfi(event.frameReceived.frame, options.timestampUnit))
    }
    if (event.detail === "eos") return afterEnd(event.eos)
    return pull
  }

  /** The answer a pull can have at once, or `undefined` when it must wait for the native callback. */
  const next = (): Pulled | undefined => {
    if (closed) return endOfStream
    const event = arrived.shift()
    if (event !== undefined) return answer(event)
    if (ended !== undefined) return ended
    if (outstanding) return undefined
    const response = client.requestUnsafe("dataTrackStreamRead", { streamHandle: current.handle })
    if (Exit.isFailure(response)) return Exit.failCause(Cause.map(response.cause, internal))
    if (response.value.eosEvent !== undefined) return afterEnd(response.value.eosEvent)
    outstanding = true
    return undefined
  }

  const pull: Pulled = Effect.callback((resume) => {
    const now = next()
    if (now !== undefined) return resume(now)
    waiter = resume
    return Effect.sync(() => {
      if (waiter === resume) waiter = undefined
    })
  })
  return pull
})

const subscribeRemote = Effect.fnUntraced(function*(
  entry: { readonly handle: bigint; readonly published: boolean; readonly name: string },
  input: SubscribeOptionsInput | undefined,
  view: RemoteDataTrack.RemoteDataTrack,
  connectionState: SubscriptionRef.SubscriptionRef<ConnectionState>
) {
  if (!entry.published) {
    return yield* new Unpublished({ code: "local", message: `track "${entry.name}" is not published` })
  }
  const options = normalizeSubscribeOptions(input)
  const subscriptionScope = yield* Effect.scope
  const pull = yield* makeStreamReader(entry.handle, options, connectionState)
  // `latest` keeps only the newest frame: a pump reads as fast as frames come, into a ring of one. (A
  // `Queue.sliding(1)` in its place cost 7-10 % more CPU per frame with a consumer that keeps up, measured in
  // process: 3.2-3.4 against 3.0-3.1 µs.)
  const startLatest = yield* Effect.cached(Effect.gen(function*() {
    const ring = new FrameRing.FrameRing<DataTrackFrame, SubscribeError>(1)
    const reader = ring.reader()
    yield* pull.pipe(
      Effect.tap((frame) => Effect.sync(() => ring.write(frame))),
      Effect.forever,
      Effect.catchCause((cause) =>
        Effect.sync(() => {
          const failure = Cause.findErrorOption(cause)
          if (Option.isSome(failure) && failure.value._tag !== "Done") ring.fail(failure.value)
          else ring.end()
        })
      ),
      Effect.forkIn(subscriptionScope)
    )
    return ring.takeLatest(reader)
  }))
  return DataTrackSubscription.make(view, {
    frames: Stream.fromEffectRepeat(pull),
    latest: Stream.unwrap(Effect.map(startLatest, Stream.fromEffectRepeat))
  })
})

/**
 * The core registers its wait for a data-blob answer only when it first polls that wait, after its request has left
 * (`store_data_blob` / `get_data_blob` in the livekit crate's local participant): an answer that comes back sooner — a
 * server on the same machine, a busy core — is dropped, and the call fails after 5 s with "... data blob timed out".
 * Storing and fetching a blob are idempotent, so such a call is made again (twice at most).
 */
const BLOB_TIMEOUT = /data blob timed out/
/**
 * Runs an effect again, twice at most, while it fails with the core's data-blob timeout (an `Internal` error whose
 * message says "data blob timed out"): the core can drop an answer that comes back quickly, and storing or fetching
 * a blob is idempotent.
 *
 * @since 0.1.0
 * @category utils
 */
export const retryBlobTimeout = <A, E extends { readonly _tag: string; readonly message: string }, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E, R> =>
  Effect.retry(effect, { times: 2, while: (error) => error._tag === "Internal" && BLOB_TIMEOUT.test(error.message) })

/**
 * Joins a LiveKit room through the FFI until the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.fn("LiveKitRoom.make")(function*(options: LiveKitRoomOptions) {
  const client = yield* FfiClient
  const roomScope = yield* Effect.scope
  const connection = yield* FfiRoomConnection.connect({
    url: options.url,
    token: Redacted.isRedacted(options.token) ? Redacted.value(options.token) : options.token,
    ...(options.joinRetries === undefined ? {} : { joinRetries: options.joinRetries }),
    ...(options.connectTimeout === undefined ? {} : { connectTimeout: options.connectTimeout })
  })
  const localParticipantHandle = connection.localParticipant.handle.id
  const pacer = yield* SendPacer.make(
    options.sendPacing ?? SEND_PACING,
    yield* SessionStats.transportProgress(connection.room.handle.id)
  )
  const dataTrackTransport = yield* SessionStats.transportCounts(connection.room.handle.id)
  const localIdentity = connection.localParticipant.info.identity
  const remotes = new Map<string, RemoteEntry>()
  const events = yield* PubSub.unbounded<RoomEvent>()
  /** `disconnected` once the room is gone for good (the core gave up reconnecting, or the server removed us). */
  const connectionState = yield* SubscriptionRef.make<ConnectionState>("connected")

  /** Sets the state; the `ConnectionStateChanged` event follows separately (see `onDisconnected` for the order). */
  const setConnectionState = (state: ConnectionState): Effect.Effect<boolean> =>
    SubscriptionRef.modify(connectionState, (current) => [current !== state, state])
  const announce = (state: ConnectionState) =>
    Effect.sync(() => PubSub.publishUnsafe(events, RoomEvent.ConnectionStateChanged({ state })))
  const changeState = (state: ConnectionState) =>
    Effect.flatMap(setConnectionState(state), (changed) => (changed ? announce(state) : Effect.void))

  const remoteView = (
    entry: Omit<RemoteEntry, "view">,
    info: Ffi.OwnedRemoteDataTrack
  ): RemoteDataTrack.RemoteDataTrack => {
    const state = { handle: entry.handle, name: info.info.name }
    // this view's own entry: a track announced again under the same SID has a new entry with a new handle
    const published = () => {
      const current = remotes.get(info.info.sid)
      return current !== undefined && current.handle === entry.handle && current.published
    }
    const view: RemoteDataTrack.RemoteDataTrack = {
      info: Mapping.infoFromFfi(info.info),
      publisherIdentity: info.publisherIdentity,
      isPublished: Effect.suspend(() =>
        published()
          ? client.request("remoteDataTrackIsPublished", { trackHandle: entry.handle }).pipe(
            Effect.map((response) => response.isPublished),
            Effect.orElseSucceed(() => false)
          )
          : Effect.succeed(false)
      ),
      awaitUnpublished: Deferred.await(entry.unpublished),
      // read whether the track is published when the effect runs, not when it is built
      subscribe: (input) =>
        Effect.suspend(() =>
          subscribeRemote({ ...state, published: published() }, input, view, connectionState).pipe(
            Effect.provideService(FfiClient, client)
          )
        ),
      setPipelineOptions: (pipeline: PipelineOptions) =>
        Effect.suspend((): Effect.Effect<void, Internal | Unpublished> =>
          published()
            ? client.request("remoteDataTrackSetPipelineOptions", {
              trackHandle: entry.handle,
              options: pipeline.maxPartialFrames === undefined ? {} : { maxPartialFrames: pipeline.maxPartialFrames }
            }).pipe(Effect.asVoid, Effect.mapError(internal))
            : Effect.fail(new Unpublished({ code: "local", message: `track "${state.name}" is not published` }))
        )
    }
    return view
  }

  const onPublished = Effect.fnUntraced(function*(track: Ffi.OwnedRemoteDataTrack) {
    // A track the core announces again under the same SID comes with a new handle: the entry for the old one ends as
    // an unpublish would end it (its subscriptions, `awaitUnpublished`, its handle), then the new one starts.
    if (remotes.has(track.info.sid)) yield* onUnpublished(track.info.sid)
    // The handle is ours to release: when the track is unpublished, or with the room.
    const owned = yield* client.own(track.handle).pipe(Scope.provide(roomScope))
    const base = {
      handle: owned.id,
      published: true,
      unpublished: yield* Deferred.make<void>(),
      release: owned.dispose
    }
    const entry: RemoteEntry = { ...base, view: remoteView(base, track) }
    remotes.set(track.info.sid, entry)
    PubSub.publishUnsafe(events, RoomEvent.DataTrackPublished({ track: entry.view }))
  })

  const onUnpublished = (sid: string) =>
    Effect.suspend(() => {
      const entry = remotes.get(sid)
      if (entry === undefined) return Effect.void
      remotes.delete(sid)
      entry.published = false
      Deferred.doneUnsafe(entry.unpublished, Effect.void)
      PubSub.publishUnsafe(
        events,
        RoomEvent.DataTrackUnpublished({ sid, publisher: entry.view.publisherIdentity, name: entry.view.info.name })
      )
      return entry.release
    })

  /**
   * The room is gone for good: the state becomes `disconnected` (waiting reads fail with `Disconnected`), every
   * remote track is reported unpublished (the core says nothing about them), then `ConnectionStateChanged`.
   */
  const onDisconnected: Effect.Effect<void> = Effect.flatMap(
    setConnectionState("disconnected"),
    (changed) =>
      changed
        ? Effect.forEach(Array.from(remotes.keys()), onUnpublished, { discard: true }).pipe(
          Effect.andThen(announce("disconnected"))
        )
        : Effect.void
  )

  const onRoomEvent = (event: Ffi.RoomEvent): Effect.Effect<void> => {
    switch (event.message) {
      case "dataTrackPublished":
        return onPublished(event.dataTrackPublished.track)
      case "dataTrackUnpublished":
        return onUnpublished(event.dataTrackUnpublished.sid)
      case "participantConnected": {
        const participant = event.participantConnected.info
        PubSub.publishUnsafe(events, RoomEvent.ParticipantConnected({ identity: participant.info.identity }))
        // We keep no participant state: release the handle the core gave us at once.
        return client.own(participant.handle).pipe(Effect.flatMap((owned) => owned.dispose), Effect.scoped)
      }
      case "participantDisconnected":
        return Effect.sync(() =>
          PubSub.publishUnsafe(
            events,
            RoomEvent.ParticipantDisconnected({ identity: event.participantDisconnected.participantIdentity })
          )
        )
      case "reconnecting":
        return changeState("reconnecting")
      case "reconnected":
        return changeState("connected")
      case "disconnected":
      case "eos":
        return onDisconnected
      case "connectionStateChanged":
        return event.connectionStateChanged.state === Codec.ConnectionState.CONN_DISCONNECTED
          ? onDisconnected
          : changeState(connectionStateOf(event.connectionStateChanged.state))
      default:
        return Effect.void
    }
  }

  yield* connection.events.pipe(Stream.runForEach(onRoomEvent), Effect.forkScoped)
  yield* Effect.addFinalizer(() =>
    SubscriptionRef.set(connectionState, "disconnected").pipe(
      Effect.andThen(Effect.sync(() => {
        for (const entry of remotes.values()) {
          entry.published = false
          Deferred.doneUnsafe(entry.unpublished, Effect.void)
        }
      })),
      Effect.andThen(PubSub.shutdown(events))
    )
  )

  // The core queues publish requests in a channel of 4 and answers a full one with DISCONNECTED, which would
  // turn a burst of publishes (say 256 tracks at once) into misleading failures: keep a few in flight at most.
  const publishPermits = yield* Semaphore.make(MAX_PUBLISHES_IN_FLIGHT)
  const publish = Effect.fnUntraced(function*(publishOptions: PublishOptions) {
    const callback = yield* publishPermits.withPermit(client.requestAsync("publishDataTrack", {
      localParticipantHandle,
      options: {
        name: publishOptions.name,
        ...(publishOptions.schema === undefined ? {} : { schema: Mapping.schemaIdToFfi(publishOptions.schema) }),
        ...(publishOptions.frameEncoding === undefined
          ? {}
          : { frameEncoding: Mapping.frameEncodingToFfi(publishOptions.frameEncoding) })
      }
    })).pipe(Effect.mapError(internal))
    if (callback.result === "error") return yield* Mapping.publishError(callback.error)
    if (callback.result !== "track") {
      return yield* new Internal({ code: "ffi", message: "the publish callback carried no track" })
    }
    const owned = yield* client.own(callback.track.handle)
    const trackHandle = owned.id
    let unpublished = false
    const unpublish = Effect.suspend(() => {
      if (unpublished) return Effect.void
      unpublished = true
      return client.request("localDataTrackUnpublish", { trackHandle }).pipe(
        Effect.catch((error) => Effect.logWarning("unpublishing a data track failed", error)),
        Effect.asVoid
      )
    })
    // Registered after `own`, so it runs first: unpublish, then dispose the handle.
    yield* Effect.addFinalizer(() => unpublish)
    const backend: LocalDataTrack.LocalDataTrackBackend = {
      info: Mapping.infoFromFfi(callback.track.info),
      push: (frame) =>
        Effect.suspend(() => {
          if (unpublished) return Exit.fail(trackGone())
          const response = client.requestUnsafe("localDataTrackTryPush", {
            trackHandle,
            frame: Mapping.frameToFfi(frame)
          })
          if (Exit.isFailure(response)) return Exit.failCause(Cause.map(response.cause, internal))
          return response.value.error === undefined ? Exit.void : Exit.fail(Mapping.pushError(response.value.error))
        }),
      isPublished: Effect.suspend(() =>
        unpublished
          ? Effect.succeed(false)
          : client.request("localDataTrackIsPublished", { trackHandle }).pipe(
            Effect.map((response) => response.isPublished),
            Effect.orElseSucceed(() => false)
          )
      ),
      unpublish,
      pacer
    }
    return backend
  })

  const defineSchema = (id: DataTrackSchemaId, definition: string) =>
    retryBlobTimeout(
      client.requestAsync("defineSchema", {
        localParticipantHandle,
        schemaId: Mapping.schemaIdToFfi(id),
        definition
      }).pipe(
        Effect.mapError(internal),
        Effect.flatMap((callback) =>
          callback.error === undefined
            ? Effect.void
            : Effect.fail(Mapping.defineSchemaError(callback.error, new TextEncoder().encode(definition).byteLength))
        )
      )
    )

  const getSchema = (id: DataTrackSchemaId, publisher: string) =>
    retryBlobTimeout(
      client.requestAsync("getSchema", {
        localParticipantHandle,
        schemaId: Mapping.schemaIdToFfi(id),
        participantIdentity: publisher
      }).pipe(
        Effect.mapError(internal),
        Effect.flatMap((callback) =>
          callback.error !== undefined
            ? Effect.fail(Mapping.getSchemaError(callback.error))
            : callback.definition === undefined
            ? Effect.fail(Mapping.getSchemaError("not found"))
            : Effect.succeed(callback.definition)
        )
      )
    )

  const snapshot = Effect.gen(function*() {
    const subscription = yield* PubSub.subscribe(events)
    const tracks = [...remotes.values()].filter((entry) => entry.published).map((entry) => entry.view)
    return { tracks, events: Stream.fromSubscription(subscription) }
  })

  const shape: LiveKitRoomShape = {
    ...makeRoom({
      localIdentity,
      publish: (publishOptions) =>
        Effect.suspend(() =>
          SubscriptionRef.getUnsafe(connectionState) === "disconnected"
            ? Effect.fail(new Disconnected({ code: "local", message: "the room is disconnected" }))
            : publish(publishOptions)
        ),
      snapshot,
      defineSchema,
      getSchema,
      connectionState
    }),
    dataTrackTransport
  }
  return shape
})

/**
 * Minimum level of the Rust core's log records captured into the Effect logger (default `None`: not captured).
 *
 * @since 0.1.0
 * @category models
 */
export type LogLevel = FfiLogLevel

const clientLayer = (logLevel: LogLevel | undefined) =>
  logLevel === undefined ? FfiClient.layer : FfiClient.layerWith({ logLevel })

/**
 * The `Room` of one participant, connected through the FFI; the layer's scope is the connection.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: LiveKitRoomOptions & { readonly logLevel?: LogLevel | undefined }) =>
  Layer.effect(Room, make(options)).pipe(Layer.provide(clientLayer(options.logLevel)))

/**
 * Where to connect, read from the environment.
 *
 * @since 0.1.0
 * @category constants
 */
export const ConnectionConfig = Config.all({
  url: Config.String("LIVEKIT_URL"),
  token: Config.option(Config.Redacted("LIVEKIT_TOKEN")),
  apiKey: Config.option(Config.String("LIVEKIT_API_KEY")),
  apiSecret: Config.option(Config.Redacted("LIVEKIT_API_SECRET"))
})

/**
 * The environment names no credentials: neither `LIVEKIT_TOKEN` nor `LIVEKIT_API_KEY` and `LIVEKIT_API_SECRET`.
 *
 * @since 0.1.0
 * @category errors
 */
export class MissingCredentials extends Schema.TaggedError<MissingCredentials>()("MissingCredentials", {
  message: Schema.String
}) {}

/**
 * Resolves a token for `identity` in `room` from the environment: `LIVEKIT_TOKEN` as is, or one minted
 * from `LIVEKIT_API_KEY` / `LIVEKIT_API_SECRET`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const optionsFromConfig = Effect.fn("LiveKitRoom.optionsFromConfig")(function*(participant: {
  readonly identity: string
  readonly room: string
}) {
  const config = yield* ConnectionConfig
  if (Option.isSome(config.token)) return { url: config.url, token: config.token.value }
  if (Option.isSome(config.apiKey) && Option.isSome(config.apiSecret)) {
    const token = yield* AccessToken.mint({
      apiKey: config.apiKey.value,
      apiSecret: config.apiSecret.value,
      identity: participant.identity,
      room: participant.room
    })
    return { url: config.url, token }
  }
  return yield* new MissingCredentials({
    message: "set LIVEKIT_TOKEN, or LIVEKIT_API_KEY and LIVEKIT_API_SECRET, next to LIVEKIT_URL"
  })
})

/**
 * The `Room` of `identity` in `room`, on the server the environment names (`LIVEKIT_URL`, ...).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = (
  participant: { readonly identity: string; readonly room: string; readonly logLevel?: LogLevel | undefined }
) =>
  Layer.effect(Room, Effect.flatMap(optionsFromConfig(participant), make)).pipe(
    Layer.provide(clientLayer(participant.logLevel))
  )
