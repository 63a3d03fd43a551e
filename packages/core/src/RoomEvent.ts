/**
 * What happens in a room, as seen by the local participant.
 *
 * @since 0.1.0
 */
import { Data, Effect, Stream, SubscriptionRef } from "effect"
import type { RemoteDataTrack } from "./RemoteDataTrack.ts"

/**
 * The state of the local participant's connection to the room.
 *
 * @since 0.1.0
 * @category models
 */
export type ConnectionState = "connected" | "reconnecting" | "disconnected"

/**
 * Completes once a room's connection state is `disconnected` (at once when it already is): a room does not come back
 * from it, so whatever waits on the room can stop.
 *
 * @since 0.1.0
 * @category utils
 */
export const awaitDisconnected = (state: SubscriptionRef.SubscriptionRef<ConnectionState>): Effect.Effect<void> =>
  SubscriptionRef.changes(state).pipe(
    Stream.filter((current) => current === "disconnected"),
    Stream.runHead,
    Effect.asVoid
  )

/**
 * A room event: a data track published or unpublished, a participant connected or disconnected, or a change of
 * connection state.
 *
 * @since 0.1.0
 * @category models
 */
export type RoomEvent = Data.TaggedEnum<{
  DataTrackPublished: { readonly track: RemoteDataTrack }
  DataTrackUnpublished: { readonly sid: string; readonly publisher: string; readonly name: string }
  ParticipantConnected: { readonly identity: string }
  ParticipantDisconnected: { readonly identity: string }
  ConnectionStateChanged: { readonly state: ConnectionState }
}>

/**
 * Constructors, guards (`$is`) and matchers (`$match`) of `RoomEvent` values.
 *
 * @since 0.1.0
 * @category constructors
 */
export const RoomEvent = Data.taggedEnum<RoomEvent>()
