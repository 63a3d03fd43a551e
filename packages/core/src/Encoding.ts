/**
 * Schema and frame encodings of a data track, and the Rust core's rule for which pairs are compatible.
 *
 * The well-known encodings mirror MCAP's well-known encodings; anything else is a custom encoding
 * (a non-empty string of at most 25 characters).
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"

/**
 * Longest custom encoding name the LiveKit core accepts.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_CUSTOM_ENCODING_LENGTH = 25

const CustomEncoding = Schema.String.check(Schema.isBetweenLength(1, MAX_CUSTOM_ENCODING_LENGTH))

/**
 * Well-known frame encodings, named as MCAP's message encodings.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WellKnownFrameEncoding = Schema.Literals([
  "ros1",
  "cdr",
  "protobuf",
  "flatbuffer",
  "cbor",
  "msgpack",
  "json"
])
/**
 * One of the well-known frame encodings.
 *
 * @since 0.1.0
 * @category models
 */
export type WellKnownFrameEncoding = typeof WellKnownFrameEncoding.Type

/**
 * Well-known schema encodings, named as MCAP's schema encodings.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WellKnownSchemaEncoding = Schema.Literals([
  "protobuf",
  "flatbuffer",
  "ros1msg",
  "ros2msg",
  "ros2idl",
  "omgidl",
  "jsonschema"
])
/**
 * One of the well-known schema encodings.
 *
 * @since 0.1.0
 * @category models
 */
export type WellKnownSchemaEncoding = typeof WellKnownSchemaEncoding.Type

/**
 * How frame payloads are encoded: a well-known encoding or `{ custom: "..." }`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const FrameEncoding = Schema.Union([WellKnownFrameEncoding, Schema.Struct({ custom: CustomEncoding })])
/**
 * How frame payloads are encoded: a well-known encoding or `{ custom: "..." }`.
 *
 * @since 0.1.0
 * @category models
 */
export type FrameEncoding = typeof FrameEncoding.Type

/**
 * How a schema definition is written: a well-known encoding or `{ custom: "..." }`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const SchemaEncoding = Schema.Union([WellKnownSchemaEncoding, Schema.Struct({ custom: CustomEncoding })])
/**
 * How a schema definition is written: a well-known encoding or `{ custom: "..." }`.
 *
 * @since 0.1.0
 * @category models
 */
export type SchemaEncoding = typeof SchemaEncoding.Type

/**
 * Identifies a schema: its name plus the encoding its definition is written in.
 *
 * @since 0.1.0
 * @category models
 */
export class DataTrackSchemaId extends Schema.Class<DataTrackSchemaId>("@effect-livekit/core/DataTrackSchemaId")({
  name: Schema.String,
  encoding: SchemaEncoding
}) {
  /** A stable string key, for maps and logs. */
  get key(): string {
    return `${encodingName(this.encoding)}:${this.name}`
  }
}

/**
 * The display name of an encoding (the custom string for custom encodings).
 *
 * @since 0.1.0
 * @category utils
 */
export const encodingName = (encoding: FrameEncoding | SchemaEncoding): string =>
  typeof encoding === "string" ? encoding : encoding.custom

const selfDescribing: ReadonlySet<FrameEncoding> = new Set<FrameEncoding>(["cbor", "msgpack", "json"])

const describedBy: Readonly<Record<WellKnownFrameEncoding, ReadonlyArray<WellKnownSchemaEncoding>>> = {
  ros1: ["ros1msg"],
  cdr: ["ros2msg", "ros2idl", "omgidl"],
  protobuf: ["protobuf"],
  flatbuffer: ["flatbuffer"],
  json: ["jsonschema"],
  cbor: [],
  msgpack: []
}

/**
 * Checks a track's schema / frame-encoding pair as the Rust core does before publishing:
 * a schema needs a frame encoding, a frame encoding that is not self-describing needs a schema,
 * and well-known pairs must match. Custom encodings are opaque to the core, so they pair with anything.
 *
 * Returns a human-readable reason on failure.
 *
 * @since 0.1.0
 * @category validation
 */
export const validateSchemaPair = (
  schema: DataTrackSchemaId | undefined,
  frameEncoding: FrameEncoding | undefined
): Result.Result<void, string> => {
  if (schema === undefined) {
    if (frameEncoding === undefined || typeof frameEncoding !== "string" || selfDescribing.has(frameEncoding)) {
      return Result.succeed(undefined)
    }
    return Result.fail(`frame encoding "${frameEncoding}" is not self-describing and needs a schema`)
  }
  if (frameEncoding === undefined) {
    return Result.fail(`schema "${schema.name}" needs a frame encoding`)
  }
  if (typeof frameEncoding !== "string" || typeof schema.encoding !== "string") {
    return Result.succeed(undefined)
  }
  return describedBy[frameEncoding].includes(schema.encoding)
    ? Result.succeed(undefined)
    : Result.fail(`frame encoding "${frameEncoding}" cannot be described by a "${schema.encoding}" schema`)
}
