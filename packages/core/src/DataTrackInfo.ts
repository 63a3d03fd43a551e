/** What is known about a published data track, locally or remotely. */
import { Schema } from "effect"
import { DataTrackSchemaId, FrameEncoding } from "./Encoding.ts"

export class DataTrackInfo extends Schema.Class<DataTrackInfo>("@effect-livekit/core/DataTrackInfo")({
  /** Server-assigned id (`DTR_...`); changes when the track is republished after a full reconnect. */
  sid: Schema.String,
  name: Schema.String,
  usesE2ee: Schema.Boolean,
  schema: Schema.optional(DataTrackSchemaId),
  frameEncoding: Schema.optional(FrameEncoding)
}) {}
