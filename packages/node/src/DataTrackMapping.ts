/**
 * Conversions between the core's domain values and the FFI's, and from the FFI's error codes to the
 * core's typed errors. Kept apart from the room so the table can be read (and tested) on its own.
 *
 * @since 0.1.0
 */
import {
  BufferFull,
  type DataTrackErrorCode,
  DataTrackFrame,
  DataTrackInfo,
  DataTrackSchemaId,
  Disconnected,
  DuplicateName,
  DuplicateSchema,
  type FrameEncoding,
  Internal,
  InvalidName,
  InvalidSchema,
  LimitReached,
  NotAllowed,
  PublishTimeout,
  type SchemaEncoding,
  SchemaNotFound,
  SchemaTooLarge,
  SubscribeTimeout,
  type TimestampUnit,
  Unpublished,
  type WellKnownFrameEncoding,
  type WellKnownSchemaEncoding
} from "@effect-livekit/core"
import type * as Ffi from "./FfiCodec.ts"
import * as Codec from "./FfiCodec.ts"

const frameEncodings: ReadonlyArray<readonly [WellKnownFrameEncoding, Ffi.WellKnownFrameEncoding]> = [
  ["ros1", Codec.WellKnownFrameEncoding.ROS1],
  ["cdr", Codec.WellKnownFrameEncoding.CDR],
  ["protobuf", Codec.WellKnownFrameEncoding.PROTOBUF],
  ["flatbuffer", Codec.WellKnownFrameEncoding.FLATBUFFER],
  ["cbor", Codec.WellKnownFrameEncoding.CBOR],
  ["msgpack", Codec.WellKnownFrameEncoding.MSGPACK],
  ["json", Codec.WellKnownFrameEncoding.JSON]
]

const schemaEncodings: ReadonlyArray<readonly [WellKnownSchemaEncoding, Ffi.WellKnownSchemaEncoding]> = [
  ["protobuf", Codec.WellKnownSchemaEncoding.PROTOBUF],
  ["flatbuffer", Codec.WellKnownSchemaEncoding.FLATBUFFER],
  ["ros1msg", Codec.WellKnownSchemaEncoding.ROS1_MSG],
  ["ros2msg", Codec.WellKnownSchemaEncoding.ROS2_MSG],
  ["ros2idl", Codec.WellKnownSchemaEncoding.ROS2_IDL],
  ["omgidl", Codec.WellKnownSchemaEncoding.OMG_IDL],
  ["jsonschema", Codec.WellKnownSchemaEncoding.JSON_SCHEMA]
]

const toWire = <A, B>(table: ReadonlyArray<readonly [A, B]>, value: A): B | undefined =>
  table.find(([ours]) => ours === value)?.[1]
const fromWire = <A, B>(table: ReadonlyArray<readonly [A, B]>, value: B): A | undefined =>
  table.find(([, theirs]) => theirs === value)?.[0]

/**
 * A frame encoding as the FFI's: a well-known one by its enum value, a custom one by name.
 *
 * @since 0.1.0
 * @category codecs
 */
export const frameEncodingToFfi = (encoding: FrameEncoding): Ffi.DataTrackFrameEncoding =>
  typeof encoding === "string"
    ? { encoding: "wellKnown", wellKnown: toWire(frameEncodings, encoding) ?? Codec.WellKnownFrameEncoding.UNSPECIFIED }
    : { encoding: "custom", custom: encoding.custom }

/**
 * A schema encoding as the FFI's: a well-known one by its enum value, a custom one by name.
 *
 * @since 0.1.0
 * @category codecs
 */
export const schemaEncodingToFfi = (encoding: SchemaEncoding): Ffi.DataTrackSchemaEncoding =>
  typeof encoding === "string"
    ? {
      encoding: "wellKnown",
      wellKnown: toWire(schemaEncodings, encoding) ?? Codec.WellKnownSchemaEncoding.UNSPECIFIED
    }
    : { encoding: "custom", custom: encoding.custom }

/**
 * The FFI's frame encoding as the core's; `undefined` when the track declares none (absent or unspecified).
 * A newer core may send encodings this SDK does not know: they surface as custom encodings named by number.
 *
 * @since 0.1.0
 * @category codecs
 */
export const frameEncodingFromFfi = (encoding: Ffi.DataTrackFrameEncoding | undefined): FrameEncoding | undefined => {
  if (encoding?.encoding === "custom") return { custom: encoding.custom }
  if (encoding?.encoding === "wellKnown") {
    if (encoding.wellKnown === Codec.WellKnownFrameEncoding.UNSPECIFIED) return undefined
    return fromWire(frameEncodings, encoding.wellKnown) ?? { custom: `unknown-${encoding.wellKnown}` }
  }
  return undefined
}

/**
 * The FFI's schema encoding as the core's: an unknown well-known value becomes the custom encoding `unknown-<n>`, a
 * missing one the custom encoding `unspecified`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const schemaEncodingFromFfi = (encoding: Ffi.DataTrackSchemaEncoding | undefined): SchemaEncoding => {
  if (encoding?.encoding === "custom") return { custom: encoding.custom }
  if (encoding?.encoding === "wellKnown") {
    return fromWire(schemaEncodings, encoding.wellKnown) ?? { custom: `unknown-${encoding.wellKnown}` }
  }
  return { custom: "unspecified" }
}

/**
 * A schema id as the FFI's.
 *
 * @since 0.1.0
 * @category codecs
 */
export const schemaIdToFfi = (id: DataTrackSchemaId): Ffi.DataTrackSchemaId => ({
  name: id.name,
  encoding: schemaEncodingToFfi(id.encoding)
})

/**
 * The FFI's schema id as the core's `DataTrackSchemaId`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const schemaIdFromFfi = (id: Ffi.DataTrackSchemaId): DataTrackSchemaId =>
  new DataTrackSchemaId({ name: id.name, encoding: schemaEncodingFromFfi(id.encoding) })

/**
 * The FFI's description of a published track as the core's `DataTrackInfo`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const infoFromFfi = (info: Ffi.DataTrackInfo): DataTrackInfo => {
  const frameEncoding = frameEncodingFromFfi(info.frameEncoding)
  return new DataTrackInfo({
    sid: info.sid,
    name: info.name,
    usesE2ee: info.usesE2ee,
    ...(info.schema === undefined ? {} : { schema: schemaIdFromFfi(info.schema) }),
    ...(frameEncoding === undefined ? {} : { frameEncoding })
  })
}

/**
 * A frame as the FFI's: its payload, and its user timestamp when it has one.
 *
 * @since 0.1.0
 * @category codecs
 */
export const frameToFfi = (frame: DataTrackFrame): Ffi.DataTrackFrame =>
  frame.userTimestamp === undefined
    ? { payload: frame.payload }
    : { payload: frame.payload, userTimestamp: frame.userTimestamp }

/**
 * The FFI's frame as the core's, with the subscription's timestamp unit.
 * The codec typed the frame already (a u64 read from the wire is in range): no checks again, once per frame.
 *
 * @since 0.1.0
 * @category codecs
 */
export const frameFromFfi = (frame: Ffi.DataTrackFrame, timestampUnit: TimestampUnit): DataTrackFrame =>
  new DataTrackFrame(
    frame.userTimestamp === undefined
      ? { payload: frame.payload, timestampUnit }
      : { payload: frame.payload, timestampUnit, userTimestamp: frame.userTimestamp },
    { disableChecks: true }
  )

/**
 * The core's code by name, with its message. Every name of `table` must be a `DataTrackErrorCode`; a number from a
 * newer core that the table does not list becomes `UNKNOWN`, its number kept in the message.
 */
const fieldsOf = <K extends DataTrackErrorCode>(
  table: Readonly<Record<K, number>>,
  error: { readonly code: number; readonly message: string }
): { readonly code: DataTrackErrorCode; readonly message: string } => {
  const name = (Object.keys(table) as Array<K>).find((key) => table[key] === error.code)
  if (name !== undefined) return { code: name, message: error.message }
  const number = `core error code ${error.code}`
  return { code: "UNKNOWN", message: error.message === "" ? number : `${error.message} (${number})` }
}

/**
 * The core's `tryPush` error as a typed error: `Unpublished`, `BufferFull`, or else `Internal`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const pushError = (error: Ffi.LocalDataTrackTryPushError) => {
  const fields = fieldsOf(Codec.LocalDataTrackTryPushErrorCode, error)
  switch (error.code) {
    case Codec.LocalDataTrackTryPushErrorCode.TRACK_UNPUBLISHED:
      return new Unpublished(fields)
    case Codec.LocalDataTrackTryPushErrorCode.QUEUE_FULL:
      return new BufferFull(fields)
    default:
      return new Internal(fields)
  }
}

/**
 * The core's publish error as the typed error of its code, or else `Internal`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const publishError = (error: Ffi.PublishDataTrackError) => {
  const fields = fieldsOf(Codec.PublishDataTrackErrorCode, error)
  switch (error.code) {
    case Codec.PublishDataTrackErrorCode.NOT_ALLOWED:
      return new NotAllowed(fields)
    case Codec.PublishDataTrackErrorCode.DUPLICATE_NAME:
      return new DuplicateName(fields)
    case Codec.PublishDataTrackErrorCode.INVALID_NAME:
      return new InvalidName(fields)
    case Codec.PublishDataTrackErrorCode.INVALID_SCHEMA:
      return new InvalidSchema(fields)
    case Codec.PublishDataTrackErrorCode.TIMEOUT:
      return new PublishTimeout(fields)
    case Codec.PublishDataTrackErrorCode.LIMIT_REACHED:
      return new LimitReached(fields)
    case Codec.PublishDataTrackErrorCode.DISCONNECTED:
      return new Disconnected(fields)
    default:
      return new Internal(fields)
  }
}

/**
 * The core's subscribe error as a typed error: `Unpublished`, `SubscribeTimeout`, `Disconnected`, or else `Internal`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const subscribeError = (error: Ffi.SubscribeDataTrackError) => {
  const fields = fieldsOf(Codec.SubscribeDataTrackErrorCode, error)
  switch (error.code) {
    case Codec.SubscribeDataTrackErrorCode.UNPUBLISHED:
      return new Unpublished(fields)
    case Codec.SubscribeDataTrackErrorCode.TIMEOUT:
      return new SubscribeTimeout(fields)
    case Codec.SubscribeDataTrackErrorCode.DISCONNECTED:
      return new Disconnected(fields)
    default:
      return new Internal(fields)
  }
}

/**
 * Schema errors come back from the core as text only; classify them by what the text says, keeping it. The code is
 * the SDK's `schema-store`: the core named none.
 */
const SCHEMA_STORE = "schema-store"

/**
 * The core's text for a failed `defineSchema`, classified: `DuplicateSchema`, `SchemaTooLarge`, `Disconnected`, or
 * else `Internal`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const defineSchemaError = (message: string, size: number) => {
  const lower = message.toLowerCase()
  if (/already|duplicate|exists/.test(lower)) return new DuplicateSchema({ code: SCHEMA_STORE, message })
  if (/large|size|limit|exceed/.test(lower)) {
    const limit = /exceeds\D*(\d+)/.exec(lower)?.[1]
    return new SchemaTooLarge({ code: SCHEMA_STORE, message, size, limit: limit === undefined ? 0 : Number(limit) })
  }
  if (/disconnect/.test(lower)) return new Disconnected({ code: SCHEMA_STORE, message })
  return new Internal({ code: SCHEMA_STORE, message })
}

/**
 * The core's text for a failed `getSchema`, classified: `SchemaNotFound`, `Disconnected`, or else `Internal`.
 *
 * @since 0.1.0
 * @category codecs
 */
export const getSchemaError = (message: string) => {
  const lower = message.toLowerCase()
  if (/not found|no such|undefined|unknown|missing|not defined/.test(lower)) {
    return new SchemaNotFound({ code: SCHEMA_STORE, message })
  }
  if (/disconnect/.test(lower)) return new Disconnected({ code: SCHEMA_STORE, message })
  return new Internal({ code: SCHEMA_STORE, message })
}
