/**
 * A live subscription to a remote data track.
 *
 * @since 0.1.0
 */
import { Stream } from "effect"
import type { SubscribeError } from "./DataTrackError.ts"
import type { DataTrackFrame } from "./DataTrackFrame.ts"
import * as DataTrackMetrics from "./DataTrackMetrics.ts"
import type { RemoteDataTrack } from "./RemoteDataTrack.ts"

/**
 * A subscription to a remote data track: its frames, every one in order or only the newest.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackSubscription {
  readonly track: RemoteDataTrack
  /**
   * Every frame the core delivers, in order. A reader slower than the sender loses the oldest frames
   * of the track's buffer. Ends when the track is unpublished; fails when the subscription fails.
   * Read it from one consumer: two readers of one subscription would share its frames.
   */
  readonly frames: Stream.Stream<DataTrackFrame, SubscribeError>
  /**
   * The newest frame each time the consumer pulls: a slow consumer skips stale frames and memory
   * stays flat. Ends and fails as `frames` does. Use either `frames` or `latest`, not both.
   */
  readonly latest: Stream.Stream<DataTrackFrame, SubscribeError>
}

/**
 * The frame streams a `Room` implementation provides for a subscription; `make` adds the receive metrics.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackSubscriptionBackend {
  readonly frames: Stream.Stream<DataTrackFrame, SubscribeError>
  readonly latest: Stream.Stream<DataTrackFrame, SubscribeError>
}

const observed = <E>(frames: Stream.Stream<DataTrackFrame, E>): Stream.Stream<DataTrackFrame, E> =>
  Stream.tap(
    frames,
    DataTrackMetrics.recordReceived
  )

/**
 * Builds the public subscription over a backend, adding the receive metrics.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (track: RemoteDataTrack, backend: DataTrackSubscriptionBackend): DataTrackSubscription => ({
  track,
  frames: observed(backend.frames),
  latest: observed(backend.latest)
})
