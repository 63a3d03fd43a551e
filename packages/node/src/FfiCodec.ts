/**
 * The codec of the LiveKit FFI protocol subset in `proto/ffi`, and the only module that imports the generated
 * protobufjs code. Everything else sees plain, immutable TypeScript values:
 *
 * - 64-bit integers (handles, async ids, timestamps) are `bigint`;
 * - enums are their numeric wire values (named constants below; a newer FFI may send values not listed);
 * - a oneof is a discriminated union on the oneof's name (`{ message: "connect", connect: {...} }`), with an
 *   empty variant for "none of the cases this subset knows";
 * - repeated fields are always arrays, maps always records, unset proto2 optionals are absent;
 * - a received frame's payload is a view into the event's bytes, which the native binding allocates for each event
 *   and hands over (napi-rs wraps the `Vec` it encoded, never reused): no copy per frame. Callers that decode bytes
 *   of their own (tests, fakes) must not reuse them while a frame is alive. Other `bytes` are views too.
 *
 * The per-frame messages (`local_data_track_try_push` and `data_track_stream_read` requests, their responses, the
 * `frame_received` event) go through a direct path: our typed values are the generated encoder's input as they are
 * (bigints as `Long`s), and decoded messages are read field by field instead of through `toObject`. The other
 * messages go through `verify`/`fromObject` and `toObject`, which cost more and catch more.
 *
 * The shapes are exactly what protobufjs' `toObject` produces with {@link toObjectOptions}; the conformance
 * test checks them, message by message, against the official classes shipped with the binding. protobufjs' own
 * generated typings (`generated/ffi.d.ts`) describe its message classes instead: 64-bit fields as `number | Long`,
 * every field optional and nullable, a oneof as optional fields beside a string naming the case — nothing to narrow
 * an event on — so the types here are written out once, next to the code that produces them.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import Long from "long"
import { livekit } from "./generated/ffi.js"

const pb = livekit.proto

// ---------------------------------------------------------------------------------------------------------------
// helpers

/** One variant per case, keyed by the oneof name, plus the "no known case" variant. */
type OneOf<Name extends string, Cases> =
  | {
    readonly [C in keyof Cases & string]: { readonly [N in Name]: C } & { readonly [K in C]: Cases[C] }
  }[keyof Cases & string]
  | { readonly [N in Name]?: undefined }

/** The same, without the empty variant: for values we send (a request must carry a case). */
type OneOfRequired<Name extends string, Cases> = {
  readonly [C in keyof Cases & string]: { readonly [N in Name]: C } & { readonly [K in C]: Cases[C] }
}[keyof Cases & string]

type ValueOf<T> = T[keyof T]

// ---------------------------------------------------------------------------------------------------------------
// handle.proto

/**
 * A handle the foreign side owns and must dispose exactly once.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiOwnedHandle {
  readonly id: bigint
}

// ---------------------------------------------------------------------------------------------------------------
// track.proto (subset)

/**
 * The `TrackSource` enum of `track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const TrackSource = {
  SOURCE_UNKNOWN: 0,
  SOURCE_CAMERA: 1,
  SOURCE_MICROPHONE: 2,
  SOURCE_SCREENSHARE: 3,
  SOURCE_SCREENSHARE_AUDIO: 4
} as const
/**
 * A `TrackSource` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type TrackSource = ValueOf<typeof TrackSource>

// ---------------------------------------------------------------------------------------------------------------
// participant.proto

/**
 * The `ParticipantState` enum of `participant.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const ParticipantState = {
  PARTICIPANT_STATE_JOINING: 0,
  PARTICIPANT_STATE_JOINED: 1,
  PARTICIPANT_STATE_ACTIVE: 2,
  PARTICIPANT_STATE_DISCONNECTED: 3
} as const
/**
 * A `ParticipantState` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type ParticipantState = ValueOf<typeof ParticipantState>

/**
 * The `ParticipantKind` enum of `participant.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const ParticipantKind = {
  PARTICIPANT_KIND_STANDARD: 0,
  PARTICIPANT_KIND_INGRESS: 1,
  PARTICIPANT_KIND_EGRESS: 2,
  PARTICIPANT_KIND_SIP: 3,
  PARTICIPANT_KIND_AGENT: 4,
  PARTICIPANT_KIND_CONNECTOR: 5,
  PARTICIPANT_KIND_BRIDGE: 6
} as const
/**
 * A `ParticipantKind` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type ParticipantKind = ValueOf<typeof ParticipantKind>

/**
 * The `ParticipantKindDetail` enum of `participant.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const ParticipantKindDetail = {
  PARTICIPANT_KIND_DETAIL_CLOUD_AGENT: 0,
  PARTICIPANT_KIND_DETAIL_FORWARDED: 1,
  PARTICIPANT_KIND_DETAIL_CONNECTOR_WHATSAPP: 2,
  PARTICIPANT_KIND_DETAIL_CONNECTOR_TWILIO: 3,
  PARTICIPANT_KIND_DETAIL_BRIDGE_RTSP: 4,
  PARTICIPANT_KIND_DETAIL_SIMULATION: 5
} as const
/**
 * A `ParticipantKindDetail` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type ParticipantKindDetail = ValueOf<typeof ParticipantKindDetail>

/**
 * The `DisconnectReason` enum of `participant.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const DisconnectReason = {
  UNKNOWN_REASON: 0,
  CLIENT_INITIATED: 1,
  DUPLICATE_IDENTITY: 2,
  SERVER_SHUTDOWN: 3,
  PARTICIPANT_REMOVED: 4,
  ROOM_DELETED: 5,
  STATE_MISMATCH: 6,
  JOIN_FAILURE: 7,
  MIGRATION: 8,
  SIGNAL_CLOSE: 9,
  ROOM_CLOSED: 10,
  USER_UNAVAILABLE: 11,
  USER_REJECTED: 12,
  SIP_TRUNK_FAILURE: 13,
  CONNECTION_TIMEOUT: 14,
  MEDIA_FAILURE: 15,
  AGENT_ERROR: 16
} as const
/**
 * A `DisconnectReason` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type DisconnectReason = ValueOf<typeof DisconnectReason>

/**
 * The `ParticipantPermission` message of `participant.proto`. What a participant is allowed to do.
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantPermission {
  readonly canSubscribe: boolean
  readonly canPublish: boolean
  readonly canPublishData: boolean
  readonly canPublishSources: ReadonlyArray<TrackSource>
  readonly hidden: boolean
  readonly canUpdateMetadata: boolean
  readonly canSubscribeMetrics: boolean
  readonly canManageAgentSession: boolean
}

/**
 * The `ParticipantInfo` message of `participant.proto`. A participant's identity, state and metadata.
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantInfo {
  readonly sid: string
  readonly name: string
  readonly identity: string
  readonly state: ParticipantState
  readonly metadata: string
  readonly attributes: { readonly [key: string]: string }
  readonly kind: ParticipantKind
  readonly disconnectReason: DisconnectReason
  readonly joinedAt: bigint
  readonly kindDetails: ReadonlyArray<ParticipantKindDetail>
  readonly permission?: ParticipantPermission
  readonly clientProtocol: number
}

/**
 * The `OwnedParticipant` message of `participant.proto`. A participant's handle and info.
 *
 * @since 0.1.0
 * @category models
 */
export interface OwnedParticipant {
  readonly handle: FfiOwnedHandle
  readonly info: ParticipantInfo
}

// ---------------------------------------------------------------------------------------------------------------
// data_track.proto

/**
 * The `DataTrackErrorCode` enum of `data_track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const DataTrackErrorCode = {
  UNKNOWN: 0,
  INVALID_HANDLE: 1,
  DUPLICATE_TRACK_NAME: 2,
  TRACK_UNPUBLISHED: 3,
  BUFFER_FULL: 4,
  SUBSCRIPTION_CLOSED: 5,
  CANCELLED: 6,
  PROTOCOL_ERROR: 7,
  INTERNAL: 8
} as const
/**
 * A `DataTrackErrorCode` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type DataTrackErrorCode = ValueOf<typeof DataTrackErrorCode>

/**
 * The `PublishDataTrackErrorCode` enum of `data_track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const PublishDataTrackErrorCode = {
  UNKNOWN: 0,
  INVALID_HANDLE: 1,
  DUPLICATE_NAME: 2,
  TIMEOUT: 3,
  DISCONNECTED: 4,
  NOT_ALLOWED: 5,
  INVALID_NAME: 6,
  LIMIT_REACHED: 7,
  PROTOCOL_ERROR: 8,
  INTERNAL: 9,
  INVALID_SCHEMA: 10
} as const
/**
 * A `PublishDataTrackErrorCode` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type PublishDataTrackErrorCode = ValueOf<typeof PublishDataTrackErrorCode>

/**
 * The `LocalDataTrackTryPushErrorCode` enum of `data_track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const LocalDataTrackTryPushErrorCode = {
  UNKNOWN: 0,
  INVALID_HANDLE: 1,
  TRACK_UNPUBLISHED: 2,
  QUEUE_FULL: 3,
  INTERNAL: 4
} as const
/**
 * A `LocalDataTrackTryPushErrorCode` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type LocalDataTrackTryPushErrorCode = ValueOf<typeof LocalDataTrackTryPushErrorCode>

/**
 * The `SubscribeDataTrackErrorCode` enum of `data_track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const SubscribeDataTrackErrorCode = {
  UNKNOWN: 0,
  INVALID_HANDLE: 1,
  UNPUBLISHED: 2,
  TIMEOUT: 3,
  DISCONNECTED: 4,
  PROTOCOL_ERROR: 5,
  INTERNAL: 6
} as const
/**
 * A `SubscribeDataTrackErrorCode` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type SubscribeDataTrackErrorCode = ValueOf<typeof SubscribeDataTrackErrorCode>

/**
 * The `DataTrackSchemaEncoding.WellKnownSchemaEncoding` enum of `data_track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const WellKnownSchemaEncoding = {
  UNSPECIFIED: 0,
  PROTOBUF: 1,
  FLATBUFFER: 2,
  ROS1_MSG: 3,
  ROS2_MSG: 4,
  ROS2_IDL: 5,
  OMG_IDL: 6,
  JSON_SCHEMA: 7
} as const
/**
 * A `DataTrackSchemaEncoding.WellKnownSchemaEncoding` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type WellKnownSchemaEncoding = ValueOf<typeof WellKnownSchemaEncoding>

/**
 * The `DataTrackFrameEncoding.WellKnownFrameEncoding` enum of `data_track.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const WellKnownFrameEncoding = {
  UNSPECIFIED: 0,
  ROS1: 1,
  CDR: 2,
  PROTOBUF: 3,
  FLATBUFFER: 4,
  CBOR: 5,
  MSGPACK: 6,
  JSON: 7
} as const
/**
 * A `DataTrackFrameEncoding.WellKnownFrameEncoding` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type WellKnownFrameEncoding = ValueOf<typeof WellKnownFrameEncoding>

/**
 * The `DataTrackSchemaEncoding` message of `data_track.proto`. A well-known or custom schema encoding.
 *
 * @since 0.1.0
 * @category models
 */
export type DataTrackSchemaEncoding = OneOf<"encoding", {
  readonly wellKnown: WellKnownSchemaEncoding
  readonly custom: string
}>

/**
 * The `DataTrackFrameEncoding` message of `data_track.proto`. A well-known or custom frame encoding.
 *
 * @since 0.1.0
 * @category models
 */
export type DataTrackFrameEncoding = OneOf<"encoding", {
  readonly wellKnown: WellKnownFrameEncoding
  readonly custom: string
}>

/**
 * The `DataTrackSchemaId` message of `data_track.proto`. A schema's name and encoding.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackSchemaId {
  readonly name: string
  readonly encoding?: DataTrackSchemaEncoding
}

/**
 * The `DataTrackInfo` message of `data_track.proto`. What is known about a published data track.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackInfo {
  readonly name: string
  readonly sid: string
  readonly usesE2ee: boolean
  readonly schema?: DataTrackSchemaId
  readonly frameEncoding?: DataTrackFrameEncoding
}

/**
 * The `DataTrackFrame` message of `data_track.proto`. A frame's payload and optional user timestamp.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackFrame {
  readonly payload: Uint8Array
  /** Unitless on the wire: the unit is the application's convention. */
  readonly userTimestamp?: bigint
}

/**
 * The `DataTrackError` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackError {
  readonly code: DataTrackErrorCode
  readonly message: string
}

/**
 * The `PublishDataTrackError` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface PublishDataTrackError {
  readonly code: PublishDataTrackErrorCode
  readonly message: string
}

/**
 * The `LocalDataTrackTryPushError` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackTryPushError {
  readonly code: LocalDataTrackTryPushErrorCode
  readonly message: string
}

/**
 * The `SubscribeDataTrackError` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface SubscribeDataTrackError {
  readonly code: SubscribeDataTrackErrorCode
  readonly message: string
}

/**
 * The `DataTrackOptions` message of `data_track.proto`. The name, schema and frame encoding of a track to publish.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackOptions {
  readonly name: string
  readonly schema?: DataTrackSchemaId
  readonly frameEncoding?: DataTrackFrameEncoding
}

/**
 * The `PublishDataTrackRequest` message of `data_track.proto`. Publishes a data track; answered by a
 * `PublishDataTrackCallback`.
 *
 * @since 0.1.0
 * @category models
 */
export interface PublishDataTrackRequest {
  readonly localParticipantHandle: bigint
  readonly options: DataTrackOptions
  readonly requestAsyncId?: bigint
}

/**
 * The `PublishDataTrackResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface PublishDataTrackResponse {
  readonly asyncId: bigint
}

/**
 * The `OwnedLocalDataTrack` message of `data_track.proto`. A published track's handle and info.
 *
 * @since 0.1.0
 * @category models
 */
export interface OwnedLocalDataTrack {
  readonly handle: FfiOwnedHandle
  readonly info: DataTrackInfo
}

/**
 * The `PublishDataTrackCallback` message of `data_track.proto`. The published track, or why it was not published.
 *
 * @since 0.1.0
 * @category models
 */
export type PublishDataTrackCallback =
  & { readonly asyncId: bigint }
  & OneOf<"result", {
    readonly track: OwnedLocalDataTrack
    readonly error: PublishDataTrackError
  }>

/**
 * The `LocalDataTrackTryPushRequest` message of `data_track.proto`. Pushes a frame without waiting.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackTryPushRequest {
  readonly trackHandle: bigint
  readonly frame: DataTrackFrame
}

/**
 * The `LocalDataTrackTryPushResponse` message of `data_track.proto`. An error when the frame was not taken.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackTryPushResponse {
  readonly error?: LocalDataTrackTryPushError
}

/**
 * The `LocalDataTrackIsPublishedRequest` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackIsPublishedRequest {
  readonly trackHandle: bigint
}

/**
 * The `LocalDataTrackIsPublishedResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackIsPublishedResponse {
  readonly isPublished: boolean
}

/**
 * The `LocalDataTrackUnpublishRequest` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackUnpublishRequest {
  readonly trackHandle: bigint
}

/**
 * The `LocalDataTrackUnpublishResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LocalDataTrackUnpublishResponse {}

/**
 * The `OwnedRemoteDataTrack` message of `data_track.proto`. A remote track's handle, info and publisher.
 *
 * @since 0.1.0
 * @category models
 */
export interface OwnedRemoteDataTrack {
  readonly handle: FfiOwnedHandle
  readonly info: DataTrackInfo
  readonly publisherIdentity: string
}

/**
 * The `OwnedDataTrackStream` message of `data_track.proto`. A subscription's stream handle; disposing it unsubscribes.
 *
 * @since 0.1.0
 * @category models
 */
export interface OwnedDataTrackStream {
  readonly handle: FfiOwnedHandle
}

/**
 * The `DataTrackSubscribeOptions` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackSubscribeOptions {
  readonly bufferSize?: number
}

/**
 * The `RemoteDataTrackIsPublishedRequest` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteDataTrackIsPublishedRequest {
  readonly trackHandle: bigint
}

/**
 * The `RemoteDataTrackIsPublishedResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteDataTrackIsPublishedResponse {
  readonly isPublished: boolean
}

/**
 * The `RemoteDataTrackPipelineOptions` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteDataTrackPipelineOptions {
  readonly maxPartialFrames?: number
}

/**
 * The `RemoteDataTrackSetPipelineOptionsRequest` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteDataTrackSetPipelineOptionsRequest {
  readonly trackHandle: bigint
  readonly options: RemoteDataTrackPipelineOptions
}

/**
 * The `RemoteDataTrackSetPipelineOptionsResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RemoteDataTrackSetPipelineOptionsResponse {}

/**
 * The `SubscribeDataTrackRequest` message of `data_track.proto`. Subscribes at once, answering with the stream handle.
 *
 * @since 0.1.0
 * @category models
 */
export interface SubscribeDataTrackRequest {
  readonly trackHandle: bigint
  readonly options: DataTrackSubscribeOptions
}

/**
 * The `SubscribeDataTrackResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface SubscribeDataTrackResponse {
  readonly stream: OwnedDataTrackStream
}

/**
 * The `DataTrackStreamReadRequest` message of `data_track.proto`. Releases exactly one `DataTrackStreamEvent`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackStreamReadRequest {
  readonly streamHandle: bigint
}

/**
 * The `DataTrackStreamEOS` message of `data_track.proto`. No error: the track was unpublished; an error: the
 * subscription failed.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackStreamEOS {
  readonly error?: SubscribeDataTrackError
}

/**
 * The `DataTrackStreamReadResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackStreamReadResponse {
  readonly eosEvent?: DataTrackStreamEOS
}

/**
 * The `DataTrackStreamFrameReceived` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackStreamFrameReceived {
  readonly frame: DataTrackFrame
}

/**
 * The `DataTrackStreamEvent` message of `data_track.proto`. A received frame or the end of a subscription's stream.
 *
 * @since 0.1.0
 * @category models
 */
export type DataTrackStreamEvent =
  & { readonly streamHandle: bigint }
  & OneOf<"detail", {
    readonly frameReceived: DataTrackStreamFrameReceived
    readonly eos: DataTrackStreamEOS
  }>

/**
 * The `DefineSchemaRequest` message of `data_track.proto`. Defines a schema; answered by a `DefineSchemaCallback`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DefineSchemaRequest {
  readonly localParticipantHandle: bigint
  readonly schemaId: DataTrackSchemaId
  readonly definition: string
  readonly requestAsyncId?: bigint
}

/**
 * The `DefineSchemaResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DefineSchemaResponse {
  readonly asyncId: bigint
}

/**
 * The `DefineSchemaCallback` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DefineSchemaCallback {
  readonly asyncId: bigint
  readonly error?: string
}

/**
 * The `GetSchemaRequest` message of `data_track.proto`. Fetches a participant's schema definition; answered by a
 * `GetSchemaCallback`.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetSchemaRequest {
  readonly localParticipantHandle: bigint
  readonly schemaId: DataTrackSchemaId
  readonly participantIdentity: string
  readonly requestAsyncId?: bigint
}

/**
 * The `GetSchemaResponse` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetSchemaResponse {
  readonly asyncId: bigint
}

/**
 * The `GetSchemaCallback` message of `data_track.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetSchemaCallback {
  readonly asyncId: bigint
  readonly definition?: string
  readonly error?: string
}

// ---------------------------------------------------------------------------------------------------------------
// room.proto (subset)

/**
 * The `IceTransportType` enum of `room.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const IceTransportType = { TRANSPORT_RELAY: 0, TRANSPORT_NOHOST: 1, TRANSPORT_ALL: 2 } as const
/**
 * A `IceTransportType` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type IceTransportType = ValueOf<typeof IceTransportType>

/**
 * The `ContinualGatheringPolicy` enum of `room.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const ContinualGatheringPolicy = { GATHER_ONCE: 0, GATHER_CONTINUALLY: 1 } as const
/**
 * A `ContinualGatheringPolicy` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type ContinualGatheringPolicy = ValueOf<typeof ContinualGatheringPolicy>

/**
 * The `ConnectionState` enum of `room.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const ConnectionState = { CONN_DISCONNECTED: 0, CONN_CONNECTED: 1, CONN_RECONNECTING: 2 } as const
/**
 * A `ConnectionState` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type ConnectionState = ValueOf<typeof ConnectionState>

/**
 * The `IceServer` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface IceServer {
  readonly urls: ReadonlyArray<string>
  readonly username?: string
  readonly password?: string
}

/**
 * The `RtcConfig` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RtcConfig {
  readonly iceTransportType?: IceTransportType
  readonly continualGatheringPolicy?: ContinualGatheringPolicy
  readonly iceServers: ReadonlyArray<IceServer>
}

/**
 * The `RoomOptions` message of `room.proto`. How the core joins a room.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomOptions {
  readonly autoSubscribe?: boolean
  readonly adaptiveStream?: boolean
  readonly dynacast?: boolean
  readonly rtcConfig?: RtcConfig
  /** Unset means 3 retries: a dead URL then takes ~20 s to fail. */
  readonly joinRetries?: number
  readonly singlePeerConnection?: boolean
  readonly connectTimeoutMs?: bigint
  readonly otherSdks?: string
}

/**
 * The `ConnectRequest` message of `room.proto`. Joins a room; answered by a `ConnectCallback`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectRequest {
  readonly url: string
  readonly token: string
  readonly options: RoomOptions
  readonly requestAsyncId?: bigint
}

/**
 * The `ConnectResponse` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectResponse {
  readonly asyncId: bigint
}

/**
 * The `RoomInfo` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomInfo {
  readonly sid?: string
  readonly name: string
  readonly metadata: string
  readonly lossyDcBufferedAmountLowThreshold: bigint
  readonly reliableDcBufferedAmountLowThreshold: bigint
  readonly emptyTimeout: number
  readonly departureTimeout: number
  readonly maxParticipants: number
  readonly creationTime: bigint
  readonly numParticipants: number
  readonly numPublishers: number
  readonly activeRecording: boolean
}

/**
 * The `OwnedRoom` message of `room.proto`. A room's handle and info.
 *
 * @since 0.1.0
 * @category models
 */
export interface OwnedRoom {
  readonly handle: FfiOwnedHandle
  readonly info: RoomInfo
}

/**
 * The `ConnectCallback.ParticipantWithTracks` message of `room.proto`. A participant already in the room.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectCallbackParticipantWithTracks {
  readonly participant: OwnedParticipant
}

/**
 * The `ConnectCallback.Result` message of `room.proto`. The joined room, the local participant and those already
 * there.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectCallbackResult {
  readonly room: OwnedRoom
  readonly localParticipant: OwnedParticipant
  readonly participants: ReadonlyArray<ConnectCallbackParticipantWithTracks>
}

/**
 * The `ConnectCallback` message of `room.proto`. The joined room, or why it could not be joined.
 *
 * @since 0.1.0
 * @category models
 */
export type ConnectCallback =
  & { readonly asyncId: bigint }
  & OneOf<"message", {
    readonly error: string
    readonly result: ConnectCallbackResult
  }>

/**
 * The `DisconnectRequest` message of `room.proto`. Leaves a room; answered by a `DisconnectCallback`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DisconnectRequest {
  readonly roomHandle: bigint
  readonly requestAsyncId?: bigint
  readonly reason?: DisconnectReason
}

/**
 * The `DisconnectResponse` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DisconnectResponse {
  readonly asyncId: bigint
}

/**
 * The `DisconnectCallback` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DisconnectCallback {
  readonly asyncId: bigint
}

/**
 * The `ReadyForRoomEventRequest` message of `room.proto`. Tells the core to start delivering the room's events.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReadyForRoomEventRequest {
  readonly roomHandle: bigint
}

/**
 * The `ReadyForRoomEventResponse` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ReadyForRoomEventResponse {}

/**
 * A session's WebRTC statistics; this SDK reads its data channels' (see `stats.proto`).
 *
 * @since 0.1.0
 * @category models
 */
export interface GetSessionStatsRequest {
  readonly roomHandle: bigint
  readonly requestAsyncId?: bigint
}

/**
 * The `GetSessionStatsResponse` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetSessionStatsResponse {
  readonly asyncId: bigint
}

/**
 * The `GetSessionStatsCallback.Result` message of `room.proto`. The statistics of the publisher and subscriber peer
 * connections.
 *
 * @since 0.1.0
 * @category models
 */
export interface GetSessionStatsResult {
  readonly publisherStats: ReadonlyArray<RtcStats>
  readonly subscriberStats: ReadonlyArray<RtcStats>
}

/**
 * The `GetSessionStatsCallback` message of `room.proto`. The session's statistics, or why they could not be read.
 *
 * @since 0.1.0
 * @category models
 */
export type GetSessionStatsCallback =
  & { readonly asyncId: bigint }
  & OneOf<"message", {
    readonly error: string
    readonly result: GetSessionStatsResult
  }>

/**
 * The `ParticipantConnected` message of `room.proto`. Its owned participant handle is the receiver's to dispose.
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantConnected {
  readonly info: OwnedParticipant
}

/**
 * The `ParticipantActive` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantActive {
  readonly participantIdentity: string
}

/**
 * The `ParticipantDisconnected` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ParticipantDisconnected {
  readonly participantIdentity: string
  readonly disconnectReason: DisconnectReason
}

/**
 * The `RoomSidChanged` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomSidChanged {
  readonly sid: string
}

/**
 * The `ConnectionStateChanged` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectionStateChanged {
  readonly state: ConnectionState
}

/**
 * The `Disconnected` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Disconnected {
  readonly reason: DisconnectReason
}

/**
 * The `Reconnecting` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reconnecting {}

/**
 * The `Reconnected` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface Reconnected {}

/**
 * The `RoomEOS` message of `room.proto`. The end of the room's event stream.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomEOS {}

/**
 * The `DataTrackPublished` message of `room.proto`. Its owned track handle is the receiver's to dispose.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackPublished {
  readonly track: OwnedRemoteDataTrack
}

/**
 * The `DataTrackUnpublished` message of `room.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackUnpublished {
  readonly sid: string
}

/**
 * The cases of `RoomEvent` this subset knows, by oneof member name.
 *
 * @since 0.1.0
 * @category models
 */
export interface RoomEventCases {
  readonly participantConnected: ParticipantConnected
  readonly participantDisconnected: ParticipantDisconnected
  readonly roomSidChanged: RoomSidChanged
  readonly connectionStateChanged: ConnectionStateChanged
  readonly disconnected: Disconnected
  readonly reconnecting: Reconnecting
  readonly reconnected: Reconnected
  readonly eos: RoomEOS
  readonly participantActive: ParticipantActive
  readonly dataTrackPublished: DataTrackPublished
  readonly dataTrackUnpublished: DataTrackUnpublished
}

/**
 * The `RoomEvent` message of `room.proto`. An event of one room, by its handle.
 *
 * @since 0.1.0
 * @category models
 */
export type RoomEvent = { readonly roomHandle: bigint } & OneOf<"message", RoomEventCases>

// ---------------------------------------------------------------------------------------------------------------
// stats.proto (subset)

/**
 * The `RtcStatsData` message of `stats.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RtcStatsData {
  readonly id: string
  readonly timestamp: bigint
}

/**
 * The `DataChannelStats` message of `stats.proto`. The statistics of one data channel.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataChannelStats {
  readonly label: string
  readonly protocol: string
  readonly dataChannelIdentifier: number
  /** Messages the channel has handed to the SCTP transport. */
  readonly messagesSent: number
  readonly bytesSent: bigint
  readonly messagesReceived: number
  readonly bytesReceived: bigint
}

/**
 * The `RtcStats.DataChannel` message of `stats.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface RtcStatsDataChannel {
  readonly rtc: RtcStatsData
  readonly dc: DataChannelStats
}

/**
 * One statistics record; only the data-channel case is in this subset.
 *
 * @since 0.1.0
 * @category models
 */
export type RtcStats = OneOf<"stats", { readonly dataChannel: RtcStatsDataChannel }>

// ---------------------------------------------------------------------------------------------------------------
// ffi.proto (subset)

/**
 * The `LogLevel` enum of `ffi.proto`: its values by name.
 *
 * @since 0.1.0
 * @category constants
 */
export const LogLevel = { LOG_ERROR: 0, LOG_WARN: 1, LOG_INFO: 2, LOG_DEBUG: 3, LOG_TRACE: 4 } as const
/**
 * A `LogLevel` wire value (a newer FFI may send values not listed).
 *
 * @since 0.1.0
 * @category models
 */
export type LogLevel = ValueOf<typeof LogLevel>

/**
 * `async` must stay `false`: `true` aborts the process (unimplemented in the Rust core).
 *
 * @since 0.1.0
 * @category models
 */
export interface DisposeRequest {
  readonly async: boolean
}

/**
 * The `DisposeResponse` message of `ffi.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DisposeResponse {
  readonly asyncId?: bigint
}

/**
 * The `DisposeCallback` message of `ffi.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface DisposeCallback {
  readonly asyncId: bigint
}

/**
 * The `LogRecord` message of `ffi.proto`. One record of the Rust core's log.
 *
 * @since 0.1.0
 * @category models
 */
export interface LogRecord {
  readonly level: LogLevel
  readonly target: string
  readonly modulePath?: string
  readonly file?: string
  readonly line?: number
  readonly message: string
}

/**
 * The `LogBatch` message of `ffi.proto`.
 *
 * @since 0.1.0
 * @category models
 */
export interface LogBatch {
  readonly records: ReadonlyArray<LogRecord>
}

/**
 * The `Panic` message of `ffi.proto`. A panic of the Rust core.
 *
 * @since 0.1.0
 * @category models
 */
export interface Panic {
  readonly message: string
}

/**
 * The request cases this SDK sends, by oneof member name.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiRequestCases {
  readonly dispose: DisposeRequest
  readonly connect: ConnectRequest
  readonly disconnect: DisconnectRequest
  readonly getSessionStats: GetSessionStatsRequest
  readonly publishDataTrack: PublishDataTrackRequest
  readonly localDataTrackTryPush: LocalDataTrackTryPushRequest
  readonly localDataTrackUnpublish: LocalDataTrackUnpublishRequest
  readonly localDataTrackIsPublished: LocalDataTrackIsPublishedRequest
  readonly subscribeDataTrack: SubscribeDataTrackRequest
  readonly remoteDataTrackIsPublished: RemoteDataTrackIsPublishedRequest
  readonly dataTrackStreamRead: DataTrackStreamReadRequest
  readonly readyForRoomEvent: ReadyForRoomEventRequest
  readonly remoteDataTrackSetPipelineOptions: RemoteDataTrackSetPipelineOptionsRequest
  readonly defineSchema: DefineSchemaRequest
  readonly getSchema: GetSchemaRequest
}

/**
 * The response to each request case: same member names, different field numbers on the wire.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiResponseCases {
  readonly dispose: DisposeResponse
  readonly connect: ConnectResponse
  readonly disconnect: DisconnectResponse
  readonly getSessionStats: GetSessionStatsResponse
  readonly publishDataTrack: PublishDataTrackResponse
  readonly localDataTrackTryPush: LocalDataTrackTryPushResponse
  readonly localDataTrackUnpublish: LocalDataTrackUnpublishResponse
  readonly localDataTrackIsPublished: LocalDataTrackIsPublishedResponse
  readonly subscribeDataTrack: SubscribeDataTrackResponse
  readonly remoteDataTrackIsPublished: RemoteDataTrackIsPublishedResponse
  readonly dataTrackStreamRead: DataTrackStreamReadResponse
  readonly readyForRoomEvent: ReadyForRoomEventResponse
  readonly remoteDataTrackSetPipelineOptions: RemoteDataTrackSetPipelineOptionsResponse
  readonly defineSchema: DefineSchemaResponse
  readonly getSchema: GetSchemaResponse
}

/**
 * The event cases this SDK knows, by oneof member name.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiEventCases {
  readonly roomEvent: RoomEvent
  readonly connect: ConnectCallback
  readonly disconnect: DisconnectCallback
  readonly dispose: DisposeCallback
  readonly logs: LogBatch
  readonly panic: Panic
  readonly getSessionStats: GetSessionStatsCallback
  readonly publishDataTrack: PublishDataTrackCallback
  readonly dataTrackStreamEvent: DataTrackStreamEvent
  readonly defineSchema: DefineSchemaCallback
  readonly getSchema: GetSchemaCallback
}

/**
 * The name of a request case.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiRequestCase = keyof FfiRequestCases
/**
 * The name of an event case.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiEventCase = keyof FfiEventCases

/**
 * The `FfiRequest` message of `ffi.proto`: one of the request cases.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiRequest = OneOfRequired<"message", FfiRequestCases>
/**
 * The `FfiResponse` message of `ffi.proto`: one of the response cases, or none this subset knows.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiResponse = OneOf<"message", FfiResponseCases>
/**
 * The `FfiEvent` message of `ffi.proto`: one of the event cases, or none this subset knows.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiEvent = OneOf<"message", FfiEventCases>

/**
 * Builds a request value from its case and body.
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeRequest = <K extends FfiRequestCase>(kind: K, body: FfiRequestCases[K]): FfiRequest =>
  ({ message: kind, [kind]: body }) as unknown as FfiRequest

// ---------------------------------------------------------------------------------------------------------------
// codec

/**
 * A message could not be encoded (invalid value) or decoded (malformed or incomplete bytes).
 *
 * @since 0.1.0
 * @category errors
 */
export class FfiCodecError extends Schema.TaggedError<FfiCodecError>()("FfiCodecError", {
  /** Which envelope, e.g. `encode FfiRequest`. */
  operation: Schema.String,
  message: Schema.String
}) {}

/** The `toObject` options our plain types mirror. */
const toObjectOptions = {
  longs: BigInt,
  oneofs: true,
  arrays: true,
  objects: true
} as const

interface GeneratedType<M> {
  fromObject(object: { [k: string]: unknown }): M
  verify(message: { [k: string]: unknown }): string | null
  encode(message: M): { finish(): Uint8Array }
  decode(bytes: Uint8Array): M
  toObject(message: M, options: typeof toObjectOptions): { [k: string]: unknown }
}

const errorMessage = (cause: unknown): string => cause instanceof Error ? cause.message : String(cause)

/**
 * Small encoder outputs are slices of a shared pool (Node's `Buffer.allocUnsafe`): copy those, so the bytes stay
 * valid after the call. Large outputs own their memory already and are handed out without a copy.
 */
const owned = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes)

/** A copy of a plain value with each bigint as the `{ low, high }` pair `verify` accepts. */
const longsForVerify = (value: unknown): unknown => {
  if (typeof value === "bigint") {
    return { low: Number(BigInt.asIntN(32, value)), high: Number(BigInt.asIntN(32, value >> 32n)) }
  }
  if (typeof value !== "object" || value === null || value instanceof Uint8Array) return value
  if (Array.isArray(value)) return value.map(longsForVerify)
  const out: { [k: string]: unknown } = {}
  for (const [key, item] of Object.entries(value)) out[key] = longsForVerify(item)
  return out
}

const encodeWith =
  <M>(type: GeneratedType<M>, name: string) => (value: object): Result.Result<Uint8Array, FfiCodecError> => {
    const operation = `encode ${name}`
    try {
      // Verify the plain value (a missing proto2 required field would otherwise be encoded as the prototype's
      // default after fromObject, or crash encode with a TypeError); verify knows Longs, not bigints.
      const invalid = type.verify(longsForVerify(value) as { [k: string]: unknown })
      if (invalid !== null) return Result.fail(new FfiCodecError({ operation, message: invalid }))
      // fromObject converts bigint to Long: encode itself would silently write 0 for a bigint.
      return Result.succeed(owned(type.encode(type.fromObject(value as { [k: string]: unknown })).finish()))
    } catch (cause) {
      return Result.fail(new FfiCodecError({ operation, message: errorMessage(cause) }))
    }
  }

const decodeWith =
  <M>(type: GeneratedType<M>, name: string) => (bytes: Uint8Array): Result.Result<unknown, FfiCodecError> => {
    try {
      return Result.succeed(type.toObject(type.decode(bytes), toObjectOptions))
    } catch (cause) {
      return Result.fail(new FfiCodecError({ operation: `decode ${name}`, message: errorMessage(cause) }))
    }
  }

const requestType = pb.FfiRequest as unknown as GeneratedType<unknown>
const responseType = pb.FfiResponse as unknown as GeneratedType<unknown>
const eventType = pb.FfiEvent as unknown as GeneratedType<unknown>

const encodeRequestRaw = encodeWith(requestType, "FfiRequest")
const encodeResponseRaw = encodeWith(responseType, "FfiResponse")
const encodeEventRaw = encodeWith(eventType, "FfiEvent")
const decodeRequestRaw = decodeWith(requestType, "FfiRequest")

// ---------------------------------------------------------------------------------------------------------------
// the per-frame path

/** A u64 as the generated encoder writes it (a bigint would be written as 0). */
const longOf = (value: bigint): Long =>
  Long.fromBits(Number(value & 0xffff_ffffn) | 0, Number((value >> 32n) & 0xffff_ffffn) | 0, true)

/** A decoded u64 (a `Long`, or a number when it fits) as a bigint. */
const bigintOf = (value: number | Long): bigint =>
  typeof value === "number"
    ? BigInt(value)
    : (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0)

const frameToWire = (frame: DataTrackFrame): livekit.proto.DataTrackFrame.$Properties =>
  frame.userTimestamp === undefined
    ? { payload: frame.payload }
    : { payload: frame.payload, userTimestamp: longOf(frame.userTimestamp) }

const frameFromWire = (frame: livekit.proto.DataTrackFrame.$Properties): DataTrackFrame =>
  frame.userTimestamp === undefined || frame.userTimestamp === null || !Object.hasOwn(frame, "userTimestamp")
    ? { payload: frame.payload }
    : { payload: frame.payload, userTimestamp: bigintOf(frame.userTimestamp) }

/** The per-frame requests as the generated encoder's input; `undefined` for the others. */
const wireRequest = (request: FfiRequest): livekit.proto.FfiRequest.$Properties | undefined => {
  switch (request.message) {
    case "localDataTrackTryPush": {
      const body = request.localDataTrackTryPush
      return { localDataTrackTryPush: { trackHandle: longOf(body.trackHandle), frame: frameToWire(body.frame) } }
    }
    case "dataTrackStreamRead":
      return { dataTrackStreamRead: { streamHandle: longOf(request.dataTrackStreamRead.streamHandle) } }
    default:
      return undefined
  }
}

/** A decoded per-frame response without its optional parts; `undefined` for anything else. */
const plainHotResponse = (response: livekit.proto.FfiResponse): FfiResponse | undefined => {
  if (response.message === "localDataTrackTryPush" && response.localDataTrackTryPush?.error == null) {
    return { message: "localDataTrackTryPush", localDataTrackTryPush: {} }
  }
  if (response.message === "dataTrackStreamRead" && response.dataTrackStreamRead?.eosEvent == null) {
    return { message: "dataTrackStreamRead", dataTrackStreamRead: {} }
  }
  return undefined
}

/** A decoded frame event; `undefined` for any other event. */
const plainFrameEvent = (event: livekit.proto.FfiEvent): FfiEvent | undefined => {
  if (event.message !== "dataTrackStreamEvent") return undefined
  const streamEvent = event.dataTrackStreamEvent
  const frame = streamEvent?.frameReceived?.frame
  if (streamEvent?.detail !== "frameReceived" || frame == null) return undefined
  return {
    message: "dataTrackStreamEvent",
    dataTrackStreamEvent: {
      streamHandle: bigintOf(streamEvent.streamHandle),
      detail: "frameReceived",
      frameReceived: { frame: frameFromWire(frame) }
    }
  }
}

const codecFailure = (operation: string, cause: unknown) =>
  Result.fail(new FfiCodecError({ operation, message: errorMessage(cause) }))

/**
 * Encodes a request for `livekitFfiRequest`, which copies it before returning: the bytes may be a slice of the
 * encoder's shared pool.
 *
 * @since 0.1.0
 * @category codecs
 */
export const encodeRequest = (request: FfiRequest): Result.Result<Uint8Array, FfiCodecError> => {
  const wire = wireRequest(request)
  if (wire === undefined) return encodeRequestRaw(request)
  try {
    return Result.succeed(pb.FfiRequest.encode(wire).finish())
  } catch (cause) {
    return codecFailure("encode FfiRequest", cause)
  }
}

/**
 * Decodes a request (used by tests and fakes of the FFI).
 *
 * @since 0.1.0
 * @category codecs
 */
export const decodeRequest = (bytes: Uint8Array): Result.Result<FfiRequest, FfiCodecError> =>
  decodeRequestRaw(bytes) as Result.Result<FfiRequest, FfiCodecError>

/**
 * Encodes a response (used by tests and fakes of the FFI).
 *
 * @since 0.1.0
 * @category codecs
 */
export const encodeResponse = (response: FfiResponse): Result.Result<Uint8Array, FfiCodecError> =>
  encodeResponseRaw(response)

/**
 * Decodes what `livekitFfiRequest` returned.
 *
 * @since 0.1.0
 * @category codecs
 */
export const decodeResponse = (bytes: Uint8Array): Result.Result<FfiResponse, FfiCodecError> => {
  try {
    const decoded = pb.FfiResponse.decode(bytes)
    return Result.succeed(
      plainHotResponse(decoded) ?? (pb.FfiResponse.toObject(decoded, toObjectOptions) as FfiResponse)
    )
  } catch (cause) {
    return codecFailure("decode FfiResponse", cause)
  }
}

/**
 * Encodes an event (used by tests and fakes of the FFI).
 *
 * @since 0.1.0
 * @category codecs
 */
export const encodeEvent = (event: FfiEvent): Result.Result<Uint8Array, FfiCodecError> => encodeEventRaw(event)

/**
 * Decodes the bytes the native callback delivers (a frame's payload is a view into them: see above).
 *
 * @since 0.1.0
 * @category codecs
 */
export const decodeEvent = (bytes: Uint8Array): Result.Result<FfiEvent, FfiCodecError> => {
  try {
    const decoded = pb.FfiEvent.decode(bytes)
    return Result.succeed(plainFrameEvent(decoded) ?? (pb.FfiEvent.toObject(decoded, toObjectOptions) as FfiEvent))
  } catch (cause) {
    return codecFailure("decode FfiEvent", cause)
  }
}
