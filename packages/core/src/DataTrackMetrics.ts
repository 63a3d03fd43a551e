/**
 * Effect metrics of data-track traffic, shared by every `Room` implementation.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Metric } from "effect"
import type { DataTrackFrame } from "./DataTrackFrame.ts"

/**
 * Counter of the frames local data tracks accepted (by `tryPush` or `push`).
 *
 * @since 0.1.0
 * @category metrics
 */
export const framesPushed = Metric.counter("effect_livekit_frames_pushed", {
  description: "Frames accepted by LocalDataTrack.tryPush",
  incremental: true
})

/**
 * Counter of the payload bytes of the frames local data tracks accepted.
 *
 * @since 0.1.0
 * @category metrics
 */
export const bytesPushed = Metric.counter("effect_livekit_bytes_pushed", {
  description: "Payload bytes accepted by LocalDataTrack.tryPush",
  incremental: true
})

const framesRejected = Metric.counter("effect_livekit_frames_rejected", {
  description: "Frames refused by LocalDataTrack.tryPush, by reason",
  incremental: true
})

/**
 * Counter of the frames delivered to subscription streams (`frames` and `latest`).
 *
 * @since 0.1.0
 * @category metrics
 */
export const framesReceived = Metric.counter("effect_livekit_frames_received", {
  description: "Frames delivered to subscription streams",
  incremental: true
})

/**
 * Histogram of receive time minus the sender's user timestamp, in milliseconds, for frames that carry one.
 *
 * @since 0.1.0
 * @category metrics
 */
export const latencyMillis = Metric.histogram("effect_livekit_frame_latency_ms", {
  description: "Receive time minus the sender's user timestamp, in milliseconds",
  boundaries: Metric.exponentialBoundaries({ start: 0.25, factor: 2, count: 16 })
})

// Each record is one step of the fiber that runs it (they run once per frame): the metrics are updated in place in
// the fiber's registry, as `Metric.update` does, without an effect per metric.

/**
 * Counts an accepted push and its bytes.
 *
 * @since 0.1.0
 * @category metrics
 */
export const recordPushed = (frame: DataTrackFrame): Effect.Effect<void> =>
  Effect.withFiberSucceed((fiber) => {
    framesPushed.updateUnsafe(1, fiber.context)
    bytesPushed.updateUnsafe(frame.payload.byteLength, fiber.context)
  })

/**
 * Counts a refused push, by the error's tag.
 *
 * @since 0.1.0
 * @category metrics
 */
export const recordRejected = (reason: string): Effect.Effect<void> =>
  Metric.update(Metric.withAttributes(framesRejected, { reason }), 1)

/**
 * Counts a delivered frame and, when it carries a timestamp, its latency by the fiber's clock.
 *
 * @since 0.1.0
 * @category metrics
 */
export const recordReceived = (frame: DataTrackFrame): Effect.Effect<void> =>
  Effect.withFiberSucceed((fiber) => {
    framesReceived.updateUnsafe(1, fiber.context)
    const latency = frame.latencyMillis(fiber.getRef(Clock.Clock).currentTimeMillisUnsafe())
    if (latency !== undefined) latencyMillis.updateUnsafe(latency, fiber.context)
  })
