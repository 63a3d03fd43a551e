/**
 * A data track published by another participant of the room.
 *
 * @since 0.1.0
 */
import type { Effect, Scope } from "effect"
import type { Internal, SubscribeError, Unpublished } from "./DataTrackError.ts"
import type { DataTrackInfo } from "./DataTrackInfo.ts"
import type { PipelineOptions, SubscribeOptionsInput } from "./DataTrackOptions.ts"
import type { DataTrackSubscription } from "./DataTrackSubscription.ts"

/**
 * A data track published by another participant, to subscribe to.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteDataTrack {
  readonly info: DataTrackInfo
  /** Identity of the participant publishing the track; with the name, the key that survives reconnects. */
  readonly publisherIdentity: string
  readonly isPublished: Effect.Effect<boolean>
  /** Completes once the track is unpublished (at once if it already is). */
  readonly awaitUnpublished: Effect.Effect<void>
  /**
   * Subscribes until the scope closes (closing it unsubscribes). Fails with `Unpublished` when the
   * track is already gone. Frames pushed before the subscription exists are never delivered.
   */
  readonly subscribe: (
    options?: SubscribeOptionsInput
  ) => Effect.Effect<DataTrackSubscription, SubscribeError, Scope.Scope>
  /** Tunes how the receiving pipeline reassembles frames. */
  readonly setPipelineOptions: (options: PipelineOptions) => Effect.Effect<void, Unpublished | Internal>
}

/**
 * The stable identity of a remote track: its publisher and name (SIDs change across reconnects).
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackKey {
  readonly publisher: string
  readonly name: string
}

/**
 * The stable key of a remote track: its publisher's identity and its name.
 *
 * @since 0.1.0
 * @category utils
 */
export const keyOf = (track: RemoteDataTrack): DataTrackKey => ({
  publisher: track.publisherIdentity,
  name: track.info.name
})
