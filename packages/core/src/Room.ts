/**
 * The `Room` service: the local participant's view of a LiveKit room, for data tracks.
 *
 * Implementations (the in-memory room, the LiveKit room over the FFI) provide a `RoomBackend`;
 * `makeRoom` adds what is the same everywhere: input checks, metrics and the track streams.
 *
 * @since 0.1.0
 */
import { Context, Duration, Effect, Option, Result, Schedule, Stream, SubscriptionRef } from "effect"
import type { Scope } from "effect"
import {
  type DefineSchemaError,
  Disconnected,
  type GetSchemaError,
  InvalidSchema,
  LOCAL_CODE,
  type PublishError,
  SubscribeTimeout
} from "./DataTrackError.ts"
import type { DataTrackFrame } from "./DataTrackFrame.ts"
import { checkName } from "./DataTrackLimits.ts"
import { PublishOptions, type PublishOptionsInput, type SubscribeOptionsInput } from "./DataTrackOptions.ts"
import type { DataTrackSchemaId } from "./Encoding.ts"
import { encodingName, MAX_CUSTOM_ENCODING_LENGTH, validateSchemaPair } from "./Encoding.ts"
import * as LocalDataTrack from "./LocalDataTrack.ts"
import type { DataTrackKey, RemoteDataTrack } from "./RemoteDataTrack.ts"
import { awaitDisconnected, type ConnectionState, type RoomEvent } from "./RoomEvent.ts"

/**
 * What the local participant can do in a room with data tracks: publish (scoped), find and follow other
 * participants' tracks, store and fetch schemas, watch events and the connection. Every backend gets it from
 * `makeRoom`, so the in-memory room and the LiveKit room behave alike.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomShape {
  /** Identity of the local participant. */
  readonly localIdentity: string
  /** Publishes a data track until the scope closes (closing it unpublishes). */
  readonly publishDataTrack: (
    options: PublishOptionsInput
  ) => Effect.Effect<LocalDataTrack.LocalDataTrack, PublishError, Scope.Scope>
  /** The tracks other participants publish: those published now, then each new one as it is published. */
  readonly remoteDataTracks: Stream.Stream<RemoteDataTrack>
  /**
   * Waits until `publisher` publishes a track called `name` (returns at once if it already does); fails with
   * `Disconnected` when the room closes first.
   */
  readonly dataTrack: (key: DataTrackKey) => Effect.Effect<RemoteDataTrack, Disconnected>
  /**
   * The frames of the track `publisher` publishes as `name`, across republications: when the subscription ends
   * (the track was unpublished, or the publisher or this participant reconnected and the track came back under a new
   * SID) it subscribes again to the track with the same key. See {@link FollowOptions} for the bounds.
   */
  readonly follow: (
    key: DataTrackKey,
    options?: FollowOptions
  ) => Stream.Stream<DataTrackFrame, SubscribeTimeout | Disconnected>
  /** Stores a schema definition under an id, for subscribers to fetch with `getSchema`. */
  readonly defineSchema: (id: DataTrackSchemaId, definition: string) => Effect.Effect<void, DefineSchemaError>
  /** Fetches the definition `publisher` stored for a schema id. */
  readonly getSchema: (id: DataTrackSchemaId, publisher: string) => Effect.Effect<string, GetSchemaError>
  /** Room events from now on. */
  readonly events: Stream.Stream<RoomEvent>
  /** The connection's state now. */
  readonly connectionState: Effect.Effect<ConnectionState>
  /** The connection's state now, then each change (`disconnected` is the last: a room does not come back). */
  readonly connectionStates: Stream.Stream<ConnectionState>
}

/**
 * How `Room.follow` subscribes and how long it waits.
 *
 * @since 0.1.0
 * @category models
 */
export interface FollowOptions extends SubscribeOptionsInput {
  /**
   * Longest wait for the track to be published (default 30 s). The first wait failing fails the stream with
   * `SubscribeTimeout`; a later one (the track was unpublished and did not come back) ends it.
   */
  readonly within?: Duration.Input | undefined
  /** Called each time a subscription starts: the track subscribed to, and how many subscriptions came before. */
  readonly onSubscribed?: ((track: RemoteDataTrack, resubscriptions: number) => Effect.Effect<void>) | undefined
}

/** Pause before a subscription that follows one which delivered nothing: from 50 ms, doubling, at most 1 s. */
const FOLLOW_BACKOFF = Schedule.min([Schedule.exponential("50 millis"), Schedule.spaced("1 second")])

/**
 * The `Room` service: the local participant of one room. Provided by `MemoryRoom.layer` (in-process, for tests) or
 * by the LiveKit room layer of `@effect-livekit/node`; the layer's scope is the connection.
 *
 * @since 0.1.0
 * @category services
 */
export class Room extends Context.Service<Room, RoomShape>()("@effect-livekit/core/Room") {}

/**
 * A consistent view of the room: the tracks published now, and every event after that moment.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomSnapshot {
  readonly tracks: ReadonlyArray<RemoteDataTrack>
  readonly events: Stream.Stream<RoomEvent>
}

/**
 * What a room implementation provides; `makeRoom` builds the `Room` service over it. The LiveKit room (over the FFI)
 * and the in-memory room are the two backends; both pass the same contract suite.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomBackend {
  readonly localIdentity: string
  /** Publishes checked options; the returned track's scope finalizer must unpublish. */
  readonly publish: (
    options: PublishOptions
  ) => Effect.Effect<LocalDataTrack.LocalDataTrackBackend, PublishError, Scope.Scope>
  /** Subscribes to events, then takes the snapshot, so that nothing falls between the two. */
  readonly snapshot: Effect.Effect<RoomSnapshot, never, Scope.Scope>
  readonly defineSchema: (id: DataTrackSchemaId, definition: string) => Effect.Effect<void, DefineSchemaError>
  readonly getSchema: (id: DataTrackSchemaId, publisher: string) => Effect.Effect<string, GetSchemaError>
  /** The connection's state, set by the backend; `disconnected` once the room closed for good. */
  readonly connectionState: SubscriptionRef.SubscriptionRef<ConnectionState>
}

const invalidSchema = (message: string) => new InvalidSchema({ code: LOCAL_CODE, message })

/**
 * Checks publish options locally, as the core would, so that bad ones fail before any round trip.
 *
 * @since 0.1.0
 * @category validation
 */
export const checkPublishOptions = Effect.fn("Room.checkPublishOptions")(function*(input: PublishOptionsInput) {
  yield* checkName(input.name)
  for (const encoding of [input.schema?.encoding, input.frameEncoding]) {
    if (encoding !== undefined) {
      const length = encodingName(encoding).length
      if (length < 1 || length > MAX_CUSTOM_ENCODING_LENGTH) {
        return yield* invalidSchema(`a custom encoding has 1 to ${MAX_CUSTOM_ENCODING_LENGTH} characters`)
      }
    }
  }
  const pair = validateSchemaPair(input.schema, input.frameEncoding)
  if (Result.isFailure(pair)) return yield* invalidSchema(pair.failure)
  return new PublishOptions({
    name: input.name,
    ...(input.schema === undefined ? {} : { schema: input.schema }),
    ...(input.frameEncoding === undefined ? {} : { frameEncoding: input.frameEncoding })
  })
})

/** The tracks of a snapshot followed by those published later, each sid once. */
const remoteDataTracksOf = (snapshot: RoomSnapshot): Stream.Stream<RemoteDataTrack> => {
  const seen = new Set<string>()
  const firstTime = (track: RemoteDataTrack): boolean => {
    if (seen.has(track.info.sid)) return false
    seen.add(track.info.sid)
    return true
  }
  const later = Stream.filterMap(
    snapshot.events,
    (event) =>
      event._tag === "DataTrackPublished" && firstTime(event.track) ? Result.succeed(event.track) : Result.fail(event)
  )
  return Stream.concat(Stream.fromIterable(snapshot.tracks.filter(firstTime)), later)
}

/**
 * `Room.follow` over `dataTrack`: one subscription after the other, each ending when its track goes away. A
 * subscription that fails (the track vanished between lookup and subscribe) is retried with a growing pause; the room
 * disconnecting for good fails the stream with `Disconnected`.
 */
const followWith = (
  findTrack: (key: DataTrackKey) => Effect.Effect<Option.Option<RemoteDataTrack>>,
  connectionState: SubscriptionRef.SubscriptionRef<ConnectionState>
) =>
(key: DataTrackKey, options: FollowOptions = {}): Stream.Stream<DataTrackFrame, SubscribeTimeout | Disconnected> =>
  Stream.suspend(() => {
    const within = Duration.fromInputUnsafe(options.within ?? Duration.seconds(30))
    let subscriptions = 0
    /** Sleeps the next pause of FOLLOW_BACKOFF; `undefined` when the next subscription may start at once. */
    let pause: ((input: unknown) => Effect.Effect<unknown, unknown>) | undefined
    let ended = false
    const subscribeOptions: SubscribeOptionsInput = {
      ...(options.bufferSize === undefined ? {} : { bufferSize: options.bufferSize }),
      ...(options.timestampUnit === undefined ? {} : { timestampUnit: options.timestampUnit })
    }
    const round: Effect.Effect<Stream.Stream<DataTrackFrame>, SubscribeTimeout | Disconnected> = Effect.gen(
      function*() {
        if (pause === undefined) pause = yield* Schedule.toStepWithSleep(FOLLOW_BACKOFF)
        else yield* Effect.ignore(pause(undefined))
        const found = yield* findTrack(key).pipe(Effect.timeoutOption(within))
        // Some(None): the room disconnected for good, or closed
        const closed = Option.isSome(found) && Option.isNone(found.value)
        if (closed || (Option.isNone(found) && SubscriptionRef.getUnsafe(connectionState) === "disconnected")) {
          return yield* new Disconnected({ code: LOCAL_CODE, message: "the room is disconnected" })
        }
        if (Option.isNone(found) || Option.isNone(found.value)) {
          if (subscriptions > 0) {
            ended = true
            return Stream.empty
          }
          return yield* new SubscribeTimeout({
            code: LOCAL_CODE,
            message: `${key.publisher} did not publish "${key.name}" within ${Duration.format(within)}`
          })
        }
        const track = found.value.value
        return Stream.unwrap(Effect.gen(function*() {
          const subscription = yield* Effect.result(track.subscribe(subscribeOptions))
          if (Result.isFailure(subscription)) return Stream.empty
          if (options.onSubscribed !== undefined) yield* options.onSubscribed(track, subscriptions)
          subscriptions++
          return subscription.success.frames.pipe(
            Stream.tap(() => Effect.sync(() => (pause = undefined))),
            Stream.catch(() => Stream.empty)
          )
        }))
      }
    )
    const next: Effect.Effect<Stream.Stream<DataTrackFrame> | undefined, SubscribeTimeout | Disconnected> = Effect
      .suspend(() => ended ? Effect.undefined : round)
    return Stream.fromEffectRepeat(next).pipe(
      Stream.takeWhile((frames): frames is Stream.Stream<DataTrackFrame> => frames !== undefined),
      Stream.flatMap((frames) => frames)
    )
  })

/**
 * Builds the `Room` service over a backend.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeRoom = (backend: RoomBackend): RoomShape => {
  const remoteDataTracks = Stream.unwrap(Effect.map(backend.snapshot, remoteDataTracksOf))
  // a room that disconnected for good publishes nothing again: stop waiting at once
  const untilDisconnected = Effect.as(awaitDisconnected(backend.connectionState), Option.none<RemoteDataTrack>())
  /** The first track with this key, now or later; `None` once the room disconnected for good or closed. */
  const findTrack = (key: DataTrackKey) =>
    Effect.raceFirst(
      remoteDataTracks.pipe(
        Stream.filter((track) => track.publisherIdentity === key.publisher && track.info.name === key.name),
        Stream.runHead
      ),
      untilDisconnected
    )
  const dataTrack = (key: DataTrackKey) =>
    findTrack(key).pipe(
      Effect.flatMap(Option.match({
        onNone: () => Effect.fail(new Disconnected({ code: LOCAL_CODE, message: "the room is disconnected" })),
        onSome: Effect.succeed
      }))
    )
  return {
    localIdentity: backend.localIdentity,
    publishDataTrack: (input) =>
      checkPublishOptions(input).pipe(
        Effect.flatMap(backend.publish),
        Effect.map(LocalDataTrack.make)
      ),
    remoteDataTracks,
    dataTrack,
    follow: followWith(findTrack, backend.connectionState),
    defineSchema: backend.defineSchema,
    getSchema: backend.getSchema,
    events: Stream.unwrap(Effect.map(backend.snapshot, (snapshot) => snapshot.events)),
    connectionState: SubscriptionRef.get(backend.connectionState),
    connectionStates: SubscriptionRef.changes(backend.connectionState)
  }
}
