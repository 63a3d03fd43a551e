/**
 * The `Room` service: the local participant's view of a LiveKit room, for data tracks.
 *
 * Implementations (the in-memory room, the LiveKit room over the FFI) provide a `RoomBackend`;
 * `makeRoom` adds what is the same everywhere: input checks, metrics and the track streams.
 */
import { Context, Duration, Effect, Option, Result, Stream } from "effect"
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
import type { ConnectionState, RoomEvent } from "./RoomEvent.ts"

export interface RoomShape {
  /** Identity of the local participant. */
  readonly localIdentity: string
  /** Publishes a data track until the scope closes (closing it unpublishes). */
  readonly publishDataTrack: (
    options: PublishOptionsInput
  ) => Effect.Effect<LocalDataTrack.LocalDataTrack, PublishError, Scope.Scope>
  /** The tracks other participants publish: those published now, then each new one as it is published. */
  readonly remoteDataTracks: Stream.Stream<RemoteDataTrack>
  /** Waits until `publisher` publishes a track called `name` (returns at once if it already does). */
  readonly dataTrack: (key: DataTrackKey) => Effect.Effect<RemoteDataTrack>
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
  readonly connectionState: Effect.Effect<ConnectionState>
}

/** How `Room.follow` subscribes and how long it waits. */
export interface FollowOptions extends SubscribeOptionsInput {
  /**
   * Longest wait for the track to be published (default 30 s). The first wait failing fails the stream with
   * `SubscribeTimeout`; a later one (the track was unpublished and did not come back) ends it.
   */
  readonly within?: Duration.Input | undefined
  /** Called each time a subscription starts: the track subscribed to, and how many subscriptions came before. */
  readonly onSubscribed?: ((track: RemoteDataTrack, resubscriptions: number) => Effect.Effect<void>) | undefined
}

/** Pause between two subscriptions that delivered nothing, doubling up to {@link FOLLOW_MAX_BACKOFF_MS}. */
const FOLLOW_MIN_BACKOFF_MS = 50
const FOLLOW_MAX_BACKOFF_MS = 1_000
/** How often a waiting `follow` looks whether the room disconnected for good. */
const FOLLOW_STATE_POLL_MS = 250

export class Room extends Context.Service<Room, RoomShape>()("@effect-livekit/core/Room") {}

/** A consistent view of the room: the tracks published now, and every event after that moment. */
export interface RoomSnapshot {
  readonly tracks: ReadonlyArray<RemoteDataTrack>
  readonly events: Stream.Stream<RoomEvent>
}

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
  readonly connectionState: Effect.Effect<ConnectionState>
}

const invalidSchema = (message: string) => new InvalidSchema({ code: LOCAL_CODE, message })

/** Checks publish options locally, as the core would, so that bad ones fail before any round trip. */
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
  connectionState: Effect.Effect<ConnectionState>
) =>
(key: DataTrackKey, options: FollowOptions = {}): Stream.Stream<DataTrackFrame, SubscribeTimeout | Disconnected> =>
  Stream.suspend(() => {
    const within = Duration.fromInputUnsafe(options.within ?? Duration.seconds(30))
    let subscriptions = 0
    let backoffMs = 0
    // a room that disconnected for good publishes nothing again: stop waiting at once
    const untilDisconnected = Effect.gen(function*() {
      while ((yield* connectionState) !== "disconnected") yield* Effect.sleep(FOLLOW_STATE_POLL_MS)
      return Option.none<RemoteDataTrack>()
    })
    let ended = false
    const subscribeOptions: SubscribeOptionsInput = {
      ...(options.bufferSize === undefined ? {} : { bufferSize: options.bufferSize }),
      ...(options.timestampUnit === undefined ? {} : { timestampUnit: options.timestampUnit })
    }
    const round: Effect.Effect<Stream.Stream<DataTrackFrame>, SubscribeTimeout | Disconnected> = Effect.gen(
      function*() {
        if (backoffMs > 0) yield* Effect.sleep(backoffMs)
        backoffMs = Math.min(FOLLOW_MAX_BACKOFF_MS, Math.max(FOLLOW_MIN_BACKOFF_MS, backoffMs * 2))
        const found = yield* Effect.raceFirst(findTrack(key), untilDisconnected).pipe(Effect.timeoutOption(within))
        // Some(None): the room's track stream ended, the room is closed
        const closed = Option.isSome(found) && Option.isNone(found.value)
        if (closed || (Option.isNone(found) && (yield* connectionState) === "disconnected")) {
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
            Stream.tap(() => Effect.sync(() => (backoffMs = 0))),
            Stream.catch(() => Stream.empty)
          )
        }))
      }
    )
    const next: Effect.Effect<Stream.Stream<DataTrackFrame> | undefined, SubscribeTimeout | Disconnected> = Effect
      .suspend(() => ended ? Effect.succeed(undefined) : round)
    return Stream.fromEffectRepeat(next).pipe(
      Stream.takeWhile((frames): frames is Stream.Stream<DataTrackFrame> => frames !== undefined),
      Stream.flatMap((frames) => frames)
    )
  })

/** Builds the `Room` service over a backend. */
export const makeRoom = (backend: RoomBackend): RoomShape => {
  const remoteDataTracks = Stream.unwrap(Effect.map(backend.snapshot, remoteDataTracksOf))
  /** The first track with this key, now or later; `None` when the room's track stream ends (the room closed). */
  const findTrack = (key: DataTrackKey) =>
    remoteDataTracks.pipe(
      Stream.filter((track) => track.publisherIdentity === key.publisher && track.info.name === key.name),
      Stream.runHead
    )
  const dataTrack = (key: DataTrackKey) =>
    findTrack(key).pipe(
      Effect.flatMap(Option.match({
        onNone: () => Effect.die(new Error("the room's track stream ended")),
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
    connectionState: backend.connectionState
  }
}
