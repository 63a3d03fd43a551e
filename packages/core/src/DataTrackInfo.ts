/**
 * What is known about a published data track, locally or remotely.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { DataTrackSchemaId, FrameEncoding } from "./Encoding.ts"

/**
 * A published data track's server-assigned id, name, end-to-end encryption flag, schema and frame encoding.
 *
 * @since 0.1.0
 * @category models
 */
export class DataTrackInfo extends Schema.Class<DataTrackInfo>("@effect-livekit/core/DataTrackInfo")({
  /** Server-assigned id (`DTR_...`); changes when the track is republished after a full reconnect. */
  sid: Schema.String,
  name: Schema.String,
  usesE2ee: Schema.Boolean,
  schema: Schema.optional(DataTrackSchemaId),
  frameEncoding: Schema.optional(FrameEncoding)
}) {}
