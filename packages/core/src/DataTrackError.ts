/**
 * Typed failures of data-track operations. Each keeps the LiveKit core's error code (when one exists)
 * and message, so nothing the core said is lost on the way to the application.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * Every `code` a data-track error can carry. The tag says what went wrong; the code says who said so.
 *
 * Upper-case codes are the LiveKit core's own error code names, spelled as in its FFI enums
 * (`LocalDataTrackTryPushErrorCode`, `PublishDataTrackErrorCode`, `SubscribeDataTrackErrorCode`); the in-memory room
 * uses the same names where it plays the core's part. Lower-case codes are this SDK's, for failures the core did not
 * name.
 *
 * @since 0.1.0
 * @category schemas
 */
export const DataTrackErrorCode = Schema.Literals([
  // -- The LiveKit core's codes ----------------------------------------------------------------------------------
  /** The core's catch-all; also a numeric code from a newer core unknown to this SDK (the number is in the message). */
  "UNKNOWN",
  /** The core no longer knows the handle it was given (push, publish, subscribe). */
  "INVALID_HANDLE",
  /** The core failed internally (push, publish, subscribe). */
  "INTERNAL",
  /** The server broke the signalling protocol (publish, subscribe). */
  "PROTOCOL_ERROR",
  /** Push: the track is unpublished. */
  "TRACK_UNPUBLISHED",
  /** Push: the publisher queue is full. */
  "QUEUE_FULL",
  /** Publish: the token does not grant publishing data (the in-memory room also uses it for a refused subscribe). */
  "NOT_ALLOWED",
  /** Publish: the participant already publishes a track with this name. */
  "DUPLICATE_NAME",
  /** Publish: the track name is not acceptable. */
  "INVALID_NAME",
  /** Publish: the schema / frame-encoding pair is incompatible. */
  "INVALID_SCHEMA",
  /** Publish, subscribe: the server did not answer in time. */
  "TIMEOUT",
  /** Publish: the server refuses more tracks for this participant. */
  "LIMIT_REACHED",
  /** Publish, subscribe: the room is disconnected (also used when the room disconnects under a pending call). */
  "DISCONNECTED",
  /** Subscribe: the track is not published. */
  "UNPUBLISHED",
  /** LiveKit's name (a disconnect reason) for a second participant joining with an identity already in the room. */
  "DUPLICATE_IDENTITY",
  // -- This SDK's codes ------------------------------------------------------------------------------------------
  /** Checked by this SDK before reaching the core: names, frame sizes, schema / encoding pairs, a closed room. */
  "local",
  /** Reported by the in-memory room (`MemoryRoom`) where the core has no code of its own. */
  "memory",
  /** The FFI call to the core failed, or its answer made no sense; the `FfiError`, when there is one, is the cause. */
  "ffi",
  /** The core's schema store (data blobs) failed: it reports these as text only, which the SDK classifies. */
  "schema-store"
])
/**
 * One of the codes a data-track error can carry (see {@link DataTrackErrorCode}).
 *
 * @since 0.1.0
 * @category models
 */
export type DataTrackErrorCode = typeof DataTrackErrorCode.Type

const fields = {
  /** Human-readable explanation. */
  message: Schema.String,
  /** Who reported the failure: the LiveKit core's error code name, or this SDK's (see {@link DataTrackErrorCode}). */
  code: DataTrackErrorCode,
  /** The failure this error wraps, when it wraps one. */
  cause: Schema.optional(Schema.Defect())
}

/**
 * The track is no longer published (push to an unpublished track; subscribe to an unpublished track).
 *
 * @since 0.1.0
 * @category errors
 */
export class Unpublished extends Schema.TaggedError<Unpublished>()("Unpublished", fields) {}

/**
 * The publisher queue is full: the frame was not sent.
 *
 * @since 0.1.0
 * @category errors
 */
export class BufferFull extends Schema.TaggedError<BufferFull>()("BufferFull", fields) {}

/**
 * The frame is larger than any receiver can reassemble; rejected before it reaches the core.
 *
 * @since 0.1.0
 * @category errors
 */
export class FrameTooLarge extends Schema.TaggedError<FrameTooLarge>()("FrameTooLarge", {
  ...fields,
  size: Schema.Int,
  limit: Schema.Int
}) {}

/**
 * The frame has no payload bytes; the core would send no packets for it.
 *
 * @since 0.1.0
 * @category errors
 */
export class EmptyFrame extends Schema.TaggedError<EmptyFrame>()("EmptyFrame", fields) {}

/**
 * The participant's token does not grant publishing data (or, in the in-memory room, subscribing).
 *
 * @since 0.1.0
 * @category errors
 */
export class NotAllowed extends Schema.TaggedError<NotAllowed>()("NotAllowed", fields) {}

/**
 * The participant already publishes a track with this name.
 *
 * @since 0.1.0
 * @category errors
 */
export class DuplicateName extends Schema.TaggedError<DuplicateName>()("DuplicateName", fields) {}

/**
 * The track name is not acceptable (1 to 256 characters).
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidName extends Schema.TaggedError<InvalidName>()("InvalidName", fields) {}

/**
 * The schema / frame-encoding pair is incompatible, or an encoding is malformed.
 *
 * @since 0.1.0
 * @category errors
 */
export class InvalidSchema extends Schema.TaggedError<InvalidSchema>()("InvalidSchema", fields) {}

/**
 * The server did not confirm the publication in time.
 *
 * @since 0.1.0
 * @category errors
 */
export class PublishTimeout extends Schema.TaggedError<PublishTimeout>()("PublishTimeout", fields) {}

/**
 * The server refuses more tracks for this participant.
 *
 * @since 0.1.0
 * @category errors
 */
export class LimitReached extends Schema.TaggedError<LimitReached>()("LimitReached", fields) {}

/**
 * The subscription was not established in time.
 *
 * @since 0.1.0
 * @category errors
 */
export class SubscribeTimeout extends Schema.TaggedError<SubscribeTimeout>()("SubscribeTimeout", fields) {}

/**
 * The room is not connected.
 *
 * @since 0.1.0
 * @category errors
 */
export class Disconnected extends Schema.TaggedError<Disconnected>()("Disconnected", fields) {}

/**
 * The core or the server failed in a way the application cannot fix (protocol error, invalid handle, ...).
 *
 * @since 0.1.0
 * @category errors
 */
export class Internal extends Schema.TaggedError<Internal>()("Internal", fields) {}

/**
 * A schema with this id is already defined by this participant.
 *
 * @since 0.1.0
 * @category errors
 */
export class DuplicateSchema extends Schema.TaggedError<DuplicateSchema>()("DuplicateSchema", fields) {}

/**
 * No schema with this id is defined by that participant.
 *
 * @since 0.1.0
 * @category errors
 */
export class SchemaNotFound extends Schema.TaggedError<SchemaNotFound>()("SchemaNotFound", fields) {}

/**
 * The schema definition is larger than the server stores.
 *
 * @since 0.1.0
 * @category errors
 */
export class SchemaTooLarge extends Schema.TaggedError<SchemaTooLarge>()("SchemaTooLarge", {
  ...fields,
  size: Schema.Int,
  limit: Schema.Int
}) {}

/**
 * What `LocalDataTrack.tryPush` can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type PushError = Unpublished | BufferFull | FrameTooLarge | EmptyFrame | Internal

/**
 * What `Room.publishDataTrack` can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type PublishError =
  | NotAllowed
  | DuplicateName
  | InvalidName
  | InvalidSchema
  | PublishTimeout
  | LimitReached
  | Disconnected
  | Internal

/**
 * What subscribing to a remote track, and reading its frames, can fail with. `NotAllowed` when the token does not
 * grant subscribing and the room can tell at once (the in-memory room); a LiveKit server instead subscribes nothing,
 * which ends in `SubscribeTimeout`.
 *
 * @since 0.1.0
 * @category errors
 */
export type SubscribeError = Unpublished | SubscribeTimeout | NotAllowed | Disconnected | Internal

/**
 * What `Room.defineSchema` can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type DefineSchemaError = DuplicateSchema | SchemaTooLarge | Disconnected | Internal

/**
 * What `Room.getSchema` can fail with.
 *
 * @since 0.1.0
 * @category errors
 */
export type GetSchemaError = SchemaNotFound | Disconnected | Internal

/**
 * The error code used for failures detected by this SDK before reaching the core.
 *
 * @since 0.1.0
 * @category constants
 */
export const LOCAL_CODE = "local"
