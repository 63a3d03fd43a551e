/** Effect metrics of data-track traffic, shared by every `Room` implementation. */
import { Effect, Metric } from "effect"
import type { DataTrackFrame } from "./DataTrackFrame.ts"

export const framesPushed = Metric.counter("effect_livekit_frames_pushed", {
  description: "Frames accepted by LocalDataTrack.tryPush",
  incremental: true
})

export const bytesPushed = Metric.counter("effect_livekit_bytes_pushed", {
  description: "Payload bytes accepted by LocalDataTrack.tryPush",
  incremental: true
})

const framesRejected = Metric.counter("effect_livekit_frames_rejected", {
  description: "Frames refused by LocalDataTrack.tryPush, by reason",
  incremental: true
})

export const framesReceived = Metric.counter("effect_livekit_frames_received", {
  description: "Frames delivered to subscription streams",
  incremental: true
})

export const latencyMillis = Metric.histogram("effect_livekit_frame_latency_ms", {
  description: "Receive time minus the sender's user timestamp, in milliseconds",
  boundaries: Metric.exponentialBoundaries({ start: 0.25, factor: 2, count: 16 })
})

/** Counts an accepted push and its bytes. */
export const recordPushed = (frame: DataTrackFrame): Effect.Effect<void> =>
  Effect.andThen(Metric.update(framesPushed, 1), Metric.update(bytesPushed, frame.payload.byteLength))

/** Counts a refused push under its reason (the error's tag). */
export const recordRejected = (reason: string): Effect.Effect<void> =>
  Metric.update(Metric.withAttributes(framesRejected, { reason }), 1)

/** Counts a received frame and, when it carries a user timestamp, its latency. */
export const recordReceived = (frame: DataTrackFrame, nowMillis: number): Effect.Effect<void> => {
  const latency = frame.latencyMillis(nowMillis)
  return latency === undefined
    ? Metric.update(framesReceived, 1)
    : Effect.andThen(Metric.update(framesReceived, 1), Metric.update(latencyMillis, latency))
}
