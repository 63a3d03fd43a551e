/**
 * Typed failures of data-track operations. Each keeps the LiveKit core's error code (when one exists)
 * and message, so nothing the core said is lost on the way to the application.
 */
import { Schema } from "effect"

const fields = {
  /** Human-readable explanation. */
  message: Schema.String,
  /** The LiveKit core's error code name (e.g. `QUEUE_FULL`), or `local` for checks done by this SDK. */
  code: Schema.String
}

/** The track is no longer published (push to an unpublished track; subscribe to an unpublished track). */
export class Unpublished extends Schema.TaggedError<Unpublished>()("Unpublished", fields) {}

/** The publisher queue is full: the frame was not sent. */
export class BufferFull extends Schema.TaggedError<BufferFull>()("BufferFull", fields) {}

/** The frame is larger than any receiver can reassemble; rejected before it reaches the core. */
export class FrameTooLarge extends Schema.TaggedError<FrameTooLarge>()("FrameTooLarge", {
  ...fields,
  size: Schema.Int,
  limit: Schema.Int
}) {}

/** The frame has no payload bytes; the core would send no packets for it. */
export class EmptyFrame extends Schema.TaggedError<EmptyFrame>()("EmptyFrame", fields) {}

/** The participant's token does not grant publishing data. */
export class NotAllowed extends Schema.TaggedError<NotAllowed>()("NotAllowed", fields) {}

/** The participant already publishes a track with this name. */
export class DuplicateName extends Schema.TaggedError<DuplicateName>()("DuplicateName", fields) {}

/** The track name is not acceptable (1 to 256 characters). */
export class InvalidName extends Schema.TaggedError<InvalidName>()("InvalidName", fields) {}

/** The schema / frame-encoding pair is incompatible, or an encoding is malformed. */
export class InvalidSchema extends Schema.TaggedError<InvalidSchema>()("InvalidSchema", fields) {}

/** The server did not confirm the publication in time. */
export class PublishTimeout extends Schema.TaggedError<PublishTimeout>()("PublishTimeout", fields) {}

/** The server refuses more tracks for this participant. */
export class LimitReached extends Schema.TaggedError<LimitReached>()("LimitReached", fields) {}

/** The subscription was not established in time. */
export class SubscribeTimeout extends Schema.TaggedError<SubscribeTimeout>()("SubscribeTimeout", fields) {}

/** The room is not connected. */
export class Disconnected extends Schema.TaggedError<Disconnected>()("Disconnected", fields) {}

/** The core or the server failed in a way the application cannot fix (protocol error, invalid handle, ...). */
export class Internal extends Schema.TaggedError<Internal>()("Internal", fields) {}

/** A schema with this id is already defined by this participant. */
export class DuplicateSchema extends Schema.TaggedError<DuplicateSchema>()("DuplicateSchema", fields) {}

/** No schema with this id is defined by that participant. */
export class SchemaNotFound extends Schema.TaggedError<SchemaNotFound>()("SchemaNotFound", fields) {}

/** The schema definition is larger than the server stores. */
export class SchemaTooLarge extends Schema.TaggedError<SchemaTooLarge>()("SchemaTooLarge", {
  ...fields,
  size: Schema.Int,
  limit: Schema.Int
}) {}

/** What `LocalDataTrack.tryPush` can fail with. */
export type PushError = Unpublished | BufferFull | FrameTooLarge | EmptyFrame | Internal

/** What `Room.publishDataTrack` can fail with. */
export type PublishError =
  | NotAllowed
  | DuplicateName
  | InvalidName
  | InvalidSchema
  | PublishTimeout
  | LimitReached
  | Disconnected
  | Internal

/** What subscribing to a remote track, and reading its frames, can fail with. */
export type SubscribeError = Unpublished | SubscribeTimeout | Disconnected | Internal

/** What `Room.defineSchema` can fail with. */
export type DefineSchemaError = DuplicateSchema | SchemaTooLarge | Disconnected | Internal

/** What `Room.getSchema` can fail with. */
export type GetSchemaError = SchemaNotFound | Disconnected | Internal

/** The error code used for failures detected by this SDK before reaching the core. */
export const LOCAL_CODE = "local"
