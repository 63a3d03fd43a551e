/**
 * The `Room` service: the local participant's view of a LiveKit room, for data tracks.
 *
 * Implementations (the in-memory room, the LiveKit room over the FFI) provide a `RoomBackend`;
 * `makeRoom` adds what is the same everywhere: input checks, metrics and the track streams.
 */
import { Context, Effect, Option, Result, Stream } from "effect"
import type { Scope } from "effect"
import {
  type DefineSchemaError,
  type GetSchemaError,
  InvalidSchema,
  LOCAL_CODE,
  type PublishError
} from "./DataTrackError.ts"
import { checkName } from "./DataTrackLimits.ts"
import { PublishOptions, type PublishOptionsInput } from "./DataTrackOptions.ts"
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
  /** Stores a schema definition under an id, for subscribers to fetch with `getSchema`. */
  readonly defineSchema: (id: DataTrackSchemaId, definition: string) => Effect.Effect<void, DefineSchemaError>
  /** Fetches the definition `publisher` stored for a schema id. */
  readonly getSchema: (id: DataTrackSchemaId, publisher: string) => Effect.Effect<string, GetSchemaError>
  /** Room events from now on. */
  readonly events: Stream.Stream<RoomEvent>
  readonly connectionState: Effect.Effect<ConnectionState>
}

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

/** Builds the `Room` service over a backend. */
export const makeRoom = (backend: RoomBackend): RoomShape => {
  const remoteDataTracks = Stream.unwrap(Effect.map(backend.snapshot, remoteDataTracksOf))
  return {
    localIdentity: backend.localIdentity,
    publishDataTrack: (input) =>
      checkPublishOptions(input).pipe(
        Effect.flatMap(backend.publish),
        Effect.map(LocalDataTrack.make)
      ),
    remoteDataTracks,
    dataTrack: (key) =>
      remoteDataTracks.pipe(
        Stream.filter((track) => track.publisherIdentity === key.publisher && track.info.name === key.name),
        Stream.runHead,
        Effect.flatMap(Option.match({
          onNone: () => Effect.die(new Error("the room's track stream ended")),
          onSome: Effect.succeed
        }))
      ),
    defineSchema: backend.defineSchema,
    getSchema: backend.getSchema,
    events: Stream.unwrap(Effect.map(backend.snapshot, (snapshot) => snapshot.events)),
    connectionState: backend.connectionState
  }
}
