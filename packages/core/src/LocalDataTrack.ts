/**
 * A data track published by the local participant.
 *
 * @since 0.1.0
 */
import { Effect, Sink } from "effect"
import type { PushError } from "./DataTrackError.ts"
import type { DataTrackFrame } from "./DataTrackFrame.ts"
import type { DataTrackInfo } from "./DataTrackInfo.ts"
import { checkFrame } from "./DataTrackLimits.ts"
import * as DataTrackMetrics from "./DataTrackMetrics.ts"
import * as SendPacer from "./SendPacer.ts"

/**
 * Options of `LocalDataTrack.sink`.
 *
 * @since 0.1.0
 * @category models
 */
export interface SinkOptions {
  /** What to do when the publisher queue is full: drop the frame (counted) or fail the stream. */
  readonly onFull: "drop" | "fail"
}

/**
 * What a `sink` did with the frames it was given.
 *
 * @since 0.1.0
 * @category models
 */
export interface PushSummary {
  readonly pushed: number
  /** Frames dropped because the publisher queue was full (`onFull: "drop"`). */
  readonly dropped: number
}

/**
 * A data track the local participant publishes: push frames into it one at a time, or run a Stream into its `sink`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrack {
  readonly info: DataTrackInfo
  /**
   * Hands a frame to the transport without waiting. Empty and oversized frames are refused before
   * they reach the core; `BufferFull` means the publisher queue is full and the frame was not sent.
   */
  readonly tryPush: (frame: DataTrackFrame) => Effect.Effect<void, PushError>
  /**
   * Pushes when the transport can take the frame without dropping one it holds: waits until the participant's
   * frames pushed before it are out (see `SendPacer`), then pushes as `tryPush` does. Use it, or `sink`, when
   * every frame matters; `tryPush` when only the freshest does.
   */
  readonly push: (frame: DataTrackFrame) => Effect.Effect<void, PushError>
  readonly isPublished: Effect.Effect<boolean>
  /** Unpublishes now; closing the publishing scope does the same. Idempotent. */
  readonly unpublish: Effect.Effect<void>
  /** Runs any Stream of frames into the track, each with `push`. */
  readonly sink: (options?: SinkOptions) => Sink.Sink<PushSummary, DataTrackFrame, never, PushError>
}

/**
 * How a `Room` implementation pushes a frame that has passed the local checks.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackBackend {
  readonly info: DataTrackInfo
  readonly push: (frame: DataTrackFrame) => Effect.Effect<void, PushError>
  readonly isPublished: Effect.Effect<boolean>
  readonly unpublish: Effect.Effect<void>
  /** The participant's transport pacing, shared by its tracks; none when every frame is queued. */
  readonly pacer?: SendPacer.SendPacer | undefined
}

const rejected = (error: PushError) => Effect.andThen(DataTrackMetrics.recordRejected(error._tag), Effect.fail(error))

/**
 * Builds the public track over a backend: local checks, metrics and the sink are the same everywhere.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (backend: LocalDataTrackBackend): LocalDataTrack => {
  const pacer = backend.pacer ?? SendPacer.unpaced
  // One push is a handful of fiber steps: it runs once per frame.
  const attempt = (frame: DataTrackFrame, accepted: Effect.Effect<void>): Effect.Effect<void, PushError> => {
    const invalid = checkFrame(frame)
    return invalid === undefined
      ? Effect.matchEffect(backend.push(frame), { onFailure: rejected, onSuccess: () => accepted })
      : rejected(invalid)
  }
  const tryPush = (frame: DataTrackFrame) =>
    attempt(frame, Effect.andThen(DataTrackMetrics.recordPushed(frame), pacer.book(frame)))
  const push = (frame: DataTrackFrame) => pacer.paced(frame, attempt(frame, DataTrackMetrics.recordPushed(frame)))
  const sink = (options: SinkOptions = { onFull: "drop" }): Sink.Sink<PushSummary, DataTrackFrame, never, PushError> =>
    Sink.suspend(() => {
      let pushed = 0
      let dropped = 0
      const pushOne = (frame: DataTrackFrame) =>
        push(frame).pipe(
          Effect.map(() => {
            pushed++
          }),
          Effect.catchTag("BufferFull", (error) =>
            options.onFull === "drop"
              ? Effect.sync(() => {
                dropped++
              })
              : Effect.fail(error))
        )
      return Sink.forEach(pushOne).pipe(Sink.map((): PushSummary => ({ pushed, dropped })))
    })
  return {
    info: backend.info,
    tryPush,
    push,
    isPublished: backend.isPublished,
    unpublish: backend.unpublish,
    sink
  }
}
