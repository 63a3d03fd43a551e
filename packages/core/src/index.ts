/**
 * Effect API for LiveKit data tracks: the domain model, typed errors, the `Room` service and an in-memory room.
 *
 * @since 0.1.0
 */

/**
 * Minting LiveKit access tokens.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as AccessToken from "./AccessToken.ts"
/**
 * The typed errors of data-track operations, as a namespace.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as DataTrackError from "./DataTrackError.ts"
/**
 * The typed errors of data-track operations.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * from "./DataTrackError.ts"
/**
 * Frames of a data track, and the unit of their user timestamp.
 *
 * @since 0.1.0
 * @category re-exports
 */
export { DataTrackFrame, guessTimestampUnit, TimestampUnit } from "./DataTrackFrame.ts"
/**
 * What is known about a published data track.
 *
 * @since 0.1.0
 * @category re-exports
 */
export { DataTrackInfo } from "./DataTrackInfo.ts"
/**
 * The LiveKit core's limits on track names and frame sizes, checked locally.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as DataTrackLimits from "./DataTrackLimits.ts"
/**
 * Effect metrics of data-track traffic.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as DataTrackMetrics from "./DataTrackMetrics.ts"
/**
 * Options for publishing, subscribing to and receiving data tracks.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * from "./DataTrackOptions.ts"
/**
 * Subscriptions to remote data tracks.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as DataTrackSubscription from "./DataTrackSubscription.ts"
/**
 * Schema and frame encodings of data tracks.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * from "./Encoding.ts"
/**
 * Human-readable previews, sequence numbers and counts of frames.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as FramePreview from "./FramePreview.ts"
/**
 * The drop-oldest broadcast ring behind subscriber buffers.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as FrameRing from "./FrameRing.ts"
/**
 * Data tracks published by the local participant.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as LocalDataTrack from "./LocalDataTrack.ts"
/**
 * An in-memory `Room` with the LiveKit core's data-track semantics, for tests.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as MemoryRoom from "./MemoryRoom.ts"
/**
 * Data tracks published by other participants.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as RemoteDataTrack from "./RemoteDataTrack.ts"
/**
 * The `Room` service, and `makeRoom` for its implementations.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * from "./Room.ts"
/**
 * What happens in a room.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * from "./RoomEvent.ts"
/**
 * Pacing of a participant's pushes, so that the transport drops no frame.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as SendPacer from "./SendPacer.ts"
/**
 * Fixed-rate ticks against deadlines.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as Ticker from "./Ticker.ts"
