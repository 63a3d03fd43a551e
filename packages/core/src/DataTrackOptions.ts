/**
 * Options for publishing, subscribing to and receiving data tracks.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import { TimestampUnit } from "./DataTrackFrame.ts"
import { DataTrackSchemaId, FrameEncoding } from "./Encoding.ts"

/**
 * How to publish a data track: its name, and the schema and frame encoding of its frames.
 *
 * @since 0.1.0
 * @category models
 */
export class PublishOptions extends Schema.Class<PublishOptions>("@effect-livekit/core/PublishOptions")({
  /** Unique per publisher, 1 to 256 characters. */
  name: Schema.String,
  /** The schema describing frames; must be compatible with `frameEncoding`. */
  schema: Schema.optional(DataTrackSchemaId),
  frameEncoding: Schema.optional(FrameEncoding)
}) {}

/**
 * The core's default subscriber buffer, in frames.
 *
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_BUFFER_SIZE = 16

/**
 * How to subscribe to a remote data track: the size of its frame buffer and the unit of its user timestamps.
 *
 * @since 0.1.0
 * @category models
 */
export class SubscribeOptions extends Schema.Class<SubscribeOptions>("@effect-livekit/core/SubscribeOptions")({
  /**
   * Frames kept for slow readers (drop-oldest). The buffer is shared by every subscription of the track,
   * and the first subscription sets its size. 0 means 1, as in the core.
   */
  bufferSize: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 65_535 })).pipe(
    Schema.withConstructorDefault(Effect.succeed(DEFAULT_BUFFER_SIZE))
  ),
  /** How to read the unitless user timestamp of received frames. */
  timestampUnit: TimestampUnit.pipe(Schema.withConstructorDefault(Effect.succeed("milliseconds" as const)))
}) {}

/**
 * How the receiving pipeline of a remote data track reassembles frames.
 *
 * @since 0.1.0
 * @category models
 */
export class PipelineOptions extends Schema.Class<PipelineOptions>("@effect-livekit/core/PipelineOptions")({
  /** Frames reassembled concurrently before older partial frames are abandoned (core default 1). */
  maxPartialFrames: Schema.optional(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 1024 })))
}) {}

/**
 * What `Room.publishDataTrack` takes.
 *
 * @since 0.1.0
 * @category models
 */
export interface PublishOptionsInput {
  readonly name: string
  readonly schema?: DataTrackSchemaId | undefined
  readonly frameEncoding?: FrameEncoding | undefined
}

/**
 * What `RemoteDataTrack.subscribe` takes.
 *
 * @since 0.1.0
 * @category models
 */
export interface SubscribeOptionsInput {
  readonly bufferSize?: number | undefined
  readonly timestampUnit?: TimestampUnit | undefined
}

/**
 * The core takes any u32 and treats 0 as 1; we clamp to what it would use.
 *
 * @since 0.1.0
 * @category constructors
 */
export const normalizeSubscribeOptions = (input: SubscribeOptionsInput = {}): SubscribeOptions =>
  new SubscribeOptions({
    bufferSize: Math.min(65_535, Math.max(1, Math.floor(input.bufferSize ?? DEFAULT_BUFFER_SIZE))),
    timestampUnit: input.timestampUnit ?? "milliseconds"
  })
