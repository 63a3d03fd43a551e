/**
 * The LiveKit signalling codec: the only module that imports the generated protobuf code.
 *
 * Everything else in the dev server works with the plain, readonly domain types declared here.
 * Pitfalls of protobufjs handled here: int64 goes through `fromObject` (a raw bigint given to `encode`
 * would silently become 0) and decodes from `Long` to `bigint`; decoded `bytes` are copied because they
 * are views into the input; `encode().finish()` is copied because it is a slice of a pooled buffer.
 */
import { Effect, Schema } from "effect"
import type Long from "long"
import { gunzipSync } from "node:zlib"
import { livekit } from "./generated/livekit.js"

// ---------------------------------------------------------------------------------------------------------------
// Domain types (camelCase, as protobufjs' `fromObject` expects them)
// ---------------------------------------------------------------------------------------------------------------

export interface SessionDescription {
  readonly type: string
  readonly sdp: string
  readonly id: number
}

export const SignalTarget = { PUBLISHER: 0, SUBSCRIBER: 1 } as const

export interface TrickleRequest {
  readonly candidateInit: string
  readonly target: number
  readonly final?: boolean
}

/** Either a well-known encoding (enum number) or a custom name. */
export interface EncodingChoice {
  readonly wellKnown?: number
  readonly custom?: string
}

export interface DataTrackSchemaId {
  readonly name: string
  readonly encoding?: EncodingChoice
}

export interface DataTrackInfo {
  readonly pubHandle: number
  readonly sid: string
  readonly name: string
  readonly encryption: number
  readonly frameEncoding?: EncodingChoice
  readonly schema?: DataTrackSchemaId
}

export interface DataBlobKey {
  readonly generic?: string
  readonly schemaId?: DataTrackSchemaId
}

export interface DataBlob {
  readonly key?: DataBlobKey
  readonly contents: Uint8Array
}

export interface ParticipantPermission {
  readonly canSubscribe: boolean
  readonly canPublish: boolean
  readonly canPublishData: boolean
}

export const ParticipantState = { JOINING: 0, JOINED: 1, ACTIVE: 2, DISCONNECTED: 3 } as const

export interface ParticipantInfo {
  readonly sid: string
  readonly identity: string
  readonly state: number
  readonly name: string
  readonly metadata: string
  readonly joinedAt: bigint
  readonly joinedAtMs: bigint
  readonly version: number
  readonly permission: ParticipantPermission
  readonly isPublisher: boolean
  readonly kind: number
  readonly attributes: Readonly<Record<string, string>>
  readonly dataTracks: ReadonlyArray<DataTrackInfo>
  readonly clientProtocol: number
  readonly disconnectReason?: number
}

export interface RoomInfo {
  readonly sid: string
  readonly name: string
  readonly emptyTimeout: number
  readonly departureTimeout: number
  readonly creationTime: bigint
  readonly creationTimeMs: bigint
  readonly numParticipants: number
  readonly numPublishers: number
}

export const ClientConfigSetting = { UNSET: 0, DISABLED: 1, ENABLED: 2 } as const

export interface JoinResponse {
  readonly room: RoomInfo
  readonly participant: ParticipantInfo
  readonly otherParticipants: ReadonlyArray<ParticipantInfo>
  readonly serverVersion: string
  readonly subscriberPrimary: boolean
  readonly clientConfiguration: { readonly resumeConnection: number; readonly forceRelay?: number }
  readonly pingTimeout: number
  readonly pingInterval: number
  readonly serverInfo: {
    readonly edition: number
    readonly version: string
    readonly protocol: number
    readonly region?: string
    readonly nodeId: string
  }
}

export const LeaveAction = { DISCONNECT: 0, RESUME: 1, RECONNECT: 2 } as const
export const DisconnectReason = {
  UNKNOWN_REASON: 0,
  CLIENT_INITIATED: 1,
  DUPLICATE_IDENTITY: 2,
  SERVER_SHUTDOWN: 3,
  PARTICIPANT_REMOVED: 4,
  STATE_MISMATCH: 6,
  JOIN_FAILURE: 7,
  SIGNAL_CLOSE: 9
} as const

export interface LeaveRequest {
  readonly canReconnect: boolean
  readonly reason: number
  readonly action: number
}

/** `RequestResponse.Reason`, numbered as in `@livekit/protocol` 1.52.1. */
export const RequestReason = {
  OK: 0,
  NOT_FOUND: 1,
  NOT_ALLOWED: 2,
  LIMIT_EXCEEDED: 3,
  QUEUED: 4,
  UNSUPPORTED_TYPE: 5,
  UNCLASSIFIED_ERROR: 6,
  INVALID_HANDLE: 7,
  INVALID_NAME: 8,
  DUPLICATE_HANDLE: 9,
  DUPLICATE_NAME: 10,
  INVALID_REQUEST: 11
} as const
export type RequestReason = typeof RequestReason[keyof typeof RequestReason]

export interface PublishDataTrackRequest {
  readonly pubHandle: number
  readonly name: string
  readonly encryption: number
  readonly frameEncoding?: EncodingChoice
  readonly schema?: DataTrackSchemaId
}

export interface RequestResponse {
  readonly requestId: number
  readonly reason: RequestReason
  readonly message: string
  readonly publishDataTrack?: PublishDataTrackRequest
  readonly unpublishDataTrack?: { readonly pubHandle: number }
}

export interface PublishedDataTrack {
  readonly publisherIdentity: string
  readonly publisherSid: string
  readonly trackSid: string
}

export interface DataSubscriptionUpdate {
  readonly trackSid: string
  readonly subscribe: boolean
}

/** A message from the client, decoded. */
export type SignalRequest =
  | { readonly _tag: "Offer"; readonly description: SessionDescription }
  | { readonly _tag: "Answer"; readonly description: SessionDescription }
  | { readonly _tag: "Trickle"; readonly trickle: TrickleRequest }
  | { readonly _tag: "Leave"; readonly leave: LeaveRequest }
  | { readonly _tag: "Ping"; readonly timestamp: bigint }
  | { readonly _tag: "PingReq"; readonly timestamp: bigint; readonly rtt: bigint }
  | { readonly _tag: "PublishDataTrack"; readonly request: PublishDataTrackRequest }
  | { readonly _tag: "UnpublishDataTrack"; readonly pubHandle: number }
  | { readonly _tag: "UpdateDataSubscription"; readonly updates: ReadonlyArray<DataSubscriptionUpdate> }
  | { readonly _tag: "StoreDataBlob"; readonly requestId: number; readonly blob: DataBlob | undefined }
  | {
    readonly _tag: "GetDataBlob"
    readonly requestId: number
    readonly participantIdentity: string
    readonly key: DataBlobKey | undefined
  }
  | { readonly _tag: "Unsupported" }

/** A message to the client: the oneof case of `SignalResponse` and its value. */
export type SignalResponse =
  | { readonly join: JoinResponse }
  | { readonly answer: SessionDescription }
  | { readonly offer: SessionDescription }
  | { readonly trickle: TrickleRequest }
  | { readonly update: { readonly participants: ReadonlyArray<ParticipantInfo> } }
  | { readonly leave: LeaveRequest }
  | { readonly pong: bigint }
  | { readonly pongResp: { readonly lastPingTimestamp: bigint; readonly timestamp: bigint } }
  | { readonly requestResponse: RequestResponse }
  | { readonly publishDataTrackResponse: { readonly info: DataTrackInfo } }
  | { readonly unpublishDataTrackResponse: { readonly info: DataTrackInfo } }
  | { readonly dataTrackSubscriberHandles: { readonly subHandles: Readonly<Record<number, PublishedDataTrack>> } }
  | { readonly storeDataBlobResponse: { readonly requestId: number; readonly key?: DataBlobKey } }
  | { readonly getDataBlobResponse: { readonly requestId: number; readonly blob?: DataBlob } }

export interface JoinRequest {
  readonly clientInfo: {
    readonly sdk: number
    readonly version: string
    readonly protocol: number
    readonly clientProtocol: number
    readonly os: string
  }
  readonly autoSubscribe: boolean
  readonly metadata: string
  readonly participantAttributes: Readonly<Record<string, string>>
  readonly publisherOffer: SessionDescription | undefined
  readonly reconnect: boolean
  readonly participantSid: string
}

export class SignalDecodeError extends Schema.TaggedError<SignalDecodeError>()("SignalDecodeError", {
  message: Schema.String,
  /** What the protobuf decoder (or JSON / base64 / gunzip) threw. */
  cause: Schema.optional(Schema.Defect())
}) {}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

type Int64 = number | Long | null | undefined

const toBigInt = (value: Int64): bigint =>
  value === null || value === undefined ? 0n : typeof value === "number" ? BigInt(value) : BigInt(value.toString())

const copyBytes = (bytes: Uint8Array | null | undefined): Uint8Array =>
  bytes === null || bytes === undefined ? new Uint8Array(0) : Uint8Array.prototype.slice.call(bytes)

interface EncodingProps {
  wellKnown?: number | null
  custom?: string | null
}

const encodingChoice = (e: EncodingProps | null | undefined): EncodingChoice | undefined => {
  if (e === null || e === undefined) return undefined
  if (typeof e.custom === "string" && e.custom.length > 0) return { custom: e.custom }
  if (typeof e.wellKnown === "number") return { wellKnown: e.wellKnown }
  return {}
}

interface SchemaIdProps {
  name?: string | null
  encoding?: EncodingProps | null
}

const schemaId = (s: SchemaIdProps | null | undefined): DataTrackSchemaId | undefined => {
  if (s === null || s === undefined) return undefined
  const encoding = encodingChoice(s.encoding)
  return encoding === undefined ? { name: s.name ?? "" } : { name: s.name ?? "", encoding }
}

const blobKey = (
  k: { generic?: string | null; schemaId?: SchemaIdProps | null } | null | undefined
): DataBlobKey | undefined => {
  if (k === null || k === undefined) return undefined
  if (typeof k.generic === "string") return { generic: k.generic }
  const id = schemaId(k.schemaId)
  return id === undefined ? {} : { schemaId: id }
}

const description = (
  d: { type?: string | null; sdp?: string | null; id?: number | null } | null | undefined
): SessionDescription => ({ type: d?.type ?? "", sdp: d?.sdp ?? "", id: d?.id ?? 0 })

const toSignalRequest = (m: livekit.SignalRequest): SignalRequest => {
  switch (m.message) {
    case "offer":
      return { _tag: "Offer", description: description(m.offer) }
    case "answer":
      return { _tag: "Answer", description: description(m.answer) }
    case "trickle":
      return {
        _tag: "Trickle",
        trickle: {
          candidateInit: m.trickle?.candidateInit ?? "",
          target: m.trickle?.target ?? 0,
          final: m.trickle?.final ?? false
        }
      }
    case "leave":
      return {
        _tag: "Leave",
        leave: {
          canReconnect: m.leave?.canReconnect ?? false,
          reason: m.leave?.reason ?? 0,
          action: m.leave?.action ?? 0
        }
      }
    case "ping":
      return { _tag: "Ping", timestamp: toBigInt(m.ping) }
    case "pingReq":
      return { _tag: "PingReq", timestamp: toBigInt(m.pingReq?.timestamp), rtt: toBigInt(m.pingReq?.rtt) }
    case "publishDataTrackRequest": {
      const r = m.publishDataTrackRequest
      const frameEncoding = encodingChoice(r?.frameEncoding)
      const schema = schemaId(r?.schema)
      return {
        _tag: "PublishDataTrack",
        request: {
          pubHandle: r?.pubHandle ?? 0,
          name: r?.name ?? "",
          encryption: r?.encryption ?? 0,
          ...(frameEncoding === undefined ? {} : { frameEncoding }),
          ...(schema === undefined ? {} : { schema })
        }
      }
    }
    case "unpublishDataTrackRequest":
      return { _tag: "UnpublishDataTrack", pubHandle: m.unpublishDataTrackRequest?.pubHandle ?? 0 }
    case "updateDataSubscription":
      return {
        _tag: "UpdateDataSubscription",
        updates: (m.updateDataSubscription?.updates ?? []).map((u) => ({
          trackSid: u.trackSid ?? "",
          subscribe: u.subscribe ?? false
        }))
      }
    case "storeDataBlobRequest": {
      const r = m.storeDataBlobRequest
      const key = blobKey(r?.blob?.key)
      return {
        _tag: "StoreDataBlob",
        requestId: r?.requestId ?? 0,
        blob: r?.blob === null || r?.blob === undefined
          ? undefined
          : { ...(key === undefined ? {} : { key }), contents: copyBytes(r.blob.contents) }
      }
    }
    case "getDataBlobRequest": {
      const r = m.getDataBlobRequest
      return {
        _tag: "GetDataBlob",
        requestId: r?.requestId ?? 0,
        participantIdentity: r?.participantIdentity ?? "",
        key: blobKey(r?.key)
      }
    }
    default:
      return { _tag: "Unsupported" }
  }
}

const decodeWith = <A>(what: string, f: () => A): Effect.Effect<A, SignalDecodeError> =>
  Effect.try({
    try: f,
    catch: (cause) => new SignalDecodeError({ message: `malformed ${what}: ${String(cause)}`, cause })
  })

// ---------------------------------------------------------------------------------------------------------------
// Public codec
// ---------------------------------------------------------------------------------------------------------------

/** Decodes one binary WebSocket frame from a client. */
export const decodeSignalRequest = (bytes: Uint8Array): Effect.Effect<SignalRequest, SignalDecodeError> =>
  decodeWith("SignalRequest", () => toSignalRequest(livekit.SignalRequest.decode(bytes)))

/** Encodes one message to a client (a fresh, unpooled buffer). */
export const encodeSignalResponse = (response: SignalResponse): Uint8Array =>
  copyBytes(livekit.SignalResponse.encode(livekit.SignalResponse.fromObject(response)).finish())

/** Encodes a request as a client would send it (for tests and tools). */
export const encodeSignalRequest = (request: Record<string, unknown>): Uint8Array =>
  copyBytes(livekit.SignalRequest.encode(livekit.SignalRequest.fromObject(request)).finish())

const toJoinRequest = (m: livekit.JoinRequest): JoinRequest => ({
  clientInfo: {
    sdk: m.clientInfo?.sdk ?? 0,
    version: m.clientInfo?.version ?? "",
    protocol: m.clientInfo?.protocol ?? 0,
    clientProtocol: m.clientInfo?.clientProtocol ?? 0,
    os: m.clientInfo?.os ?? ""
  },
  autoSubscribe: m.connectionSettings?.autoSubscribe ?? false,
  metadata: m.metadata ?? "",
  participantAttributes: { ...m.participantAttributes },
  publisherOffer: m.publisherOffer === null || m.publisherOffer === undefined
    ? undefined
    : description(m.publisherOffer),
  reconnect: m.reconnect ?? false,
  participantSid: m.participantSid ?? ""
})

/**
 * Largest decompressed `JoinRequest` accepted (a real one is ~15 KB: the publisher offer dominates). Without a cap, a
 * gzip bomb in a URL of a few KB inflates to megabytes on every upgrade attempt.
 */
export const MAX_JOIN_REQUEST_BYTES = 256 * 1024

/** Decodes the `join_request` query parameter of `/rtc/v1`: base64url `WrappedJoinRequest`, maybe gzip. */
export const decodeWrappedJoinRequest = (param: string): Effect.Effect<JoinRequest, SignalDecodeError> =>
  decodeWith("join_request", () => {
    const wrapped = livekit.WrappedJoinRequest.decode(Buffer.from(param, "base64url"))
    const inner = wrapped.joinRequest ?? new Uint8Array(0)
    const raw = wrapped.compression === livekit.WrappedJoinRequest.Compression.GZIP ?
      gunzipSync(inner, { maxOutputLength: MAX_JOIN_REQUEST_BYTES })
      : inner
    if (raw.length > MAX_JOIN_REQUEST_BYTES) throw new RangeError(`join request of ${raw.length} bytes`)
    return toJoinRequest(livekit.JoinRequest.decode(raw))
  })

/** Encodes a `join_request` query parameter as the Rust client does (for tests and tools). */
export const encodeWrappedJoinRequest = (joinRequest: Record<string, unknown>, gzip: (b: Uint8Array) => Uint8Array) => {
  const inner = livekit.JoinRequest.encode(livekit.JoinRequest.fromObject(joinRequest)).finish()
  const wrapped = livekit.WrappedJoinRequest.encode(
    livekit.WrappedJoinRequest.fromObject({ compression: "GZIP", joinRequest: gzip(inner) })
  ).finish()
  return Buffer.from(wrapped).toString("base64url")
}

/** Decodes a server message into a plain object (for tests and tools). */
export const decodeSignalResponse = (bytes: Uint8Array): Effect.Effect<Record<string, unknown>, SignalDecodeError> =>
  decodeWith("SignalResponse", () =>
    livekit.SignalResponse.toObject(livekit.SignalResponse.decode(bytes), {
      oneofs: true,
      longs: BigInt,
      enums: Number
    }))

// ---------------------------------------------------------------------------------------------------------------
// Generic access for the conformance test: every message type this codec defines
// ---------------------------------------------------------------------------------------------------------------

interface StaticMessage {
  encode(message: never): { finish(): Uint8Array }
  decode(bytes: Uint8Array): unknown
  fromObject(object: Record<string, unknown>): unknown
  toObject(message: never, options?: Record<string, unknown>): Record<string, unknown>
}

const asStatic = (m: unknown): StaticMessage => m as StaticMessage

/** Fully qualified name (without the `livekit.` package) -> generated class. */
export const messageTypes: ReadonlyMap<string, StaticMessage> = new Map([
  ["SignalRequest", asStatic(livekit.SignalRequest)],
  ["SignalResponse", asStatic(livekit.SignalResponse)],
  ["SessionDescription", asStatic(livekit.SessionDescription)],
  ["TrickleRequest", asStatic(livekit.TrickleRequest)],
  ["LeaveRequest", asStatic(livekit.LeaveRequest)],
  ["Ping", asStatic(livekit.Ping)],
  ["Pong", asStatic(livekit.Pong)],
  ["ParticipantUpdate", asStatic(livekit.ParticipantUpdate)],
  ["ConnectionSettings", asStatic(livekit.ConnectionSettings)],
  ["JoinRequest", asStatic(livekit.JoinRequest)],
  ["WrappedJoinRequest", asStatic(livekit.WrappedJoinRequest)],
  ["JoinResponse", asStatic(livekit.JoinResponse)],
  ["ReconnectResponse", asStatic(livekit.ReconnectResponse)],
  ["RequestResponse", asStatic(livekit.RequestResponse)],
  ["PublishDataTrackRequest", asStatic(livekit.PublishDataTrackRequest)],
  ["PublishDataTrackResponse", asStatic(livekit.PublishDataTrackResponse)],
  ["UnpublishDataTrackRequest", asStatic(livekit.UnpublishDataTrackRequest)],
  ["UnpublishDataTrackResponse", asStatic(livekit.UnpublishDataTrackResponse)],
  ["DataTrackSubscriptionOptions", asStatic(livekit.DataTrackSubscriptionOptions)],
  ["UpdateDataSubscription", asStatic(livekit.UpdateDataSubscription)],
  ["UpdateDataSubscription.Update", asStatic(livekit.UpdateDataSubscription.Update)],
  ["DataTrackSubscriberHandles", asStatic(livekit.DataTrackSubscriberHandles)],
  [
    "DataTrackSubscriberHandles.PublishedDataTrack",
    asStatic(livekit.DataTrackSubscriberHandles.PublishedDataTrack)
  ],
  ["StoreDataBlobRequest", asStatic(livekit.StoreDataBlobRequest)],
  ["StoreDataBlobResponse", asStatic(livekit.StoreDataBlobResponse)],
  ["GetDataBlobRequest", asStatic(livekit.GetDataBlobRequest)],
  ["GetDataBlobResponse", asStatic(livekit.GetDataBlobResponse)],
  ["Room", asStatic(livekit.Room)],
  ["ParticipantPermission", asStatic(livekit.ParticipantPermission)],
  ["ParticipantInfo", asStatic(livekit.ParticipantInfo)],
  ["DataTrackFrameEncoding", asStatic(livekit.DataTrackFrameEncoding)],
  ["DataTrackSchemaEncoding", asStatic(livekit.DataTrackSchemaEncoding)],
  ["DataTrackSchemaId", asStatic(livekit.DataTrackSchemaId)],
  ["DataTrackInfo", asStatic(livekit.DataTrackInfo)],
  ["DataBlobKey", asStatic(livekit.DataBlobKey)],
  ["DataBlob", asStatic(livekit.DataBlob)],
  ["ClientInfo", asStatic(livekit.ClientInfo)],
  ["ClientConfiguration", asStatic(livekit.ClientConfiguration)],
  ["ServerInfo", asStatic(livekit.ServerInfo)]
])

/** Encodes a plain object (protobufjs `fromObject` form, JSON form accepted) as message `name`. */
export const encodeMessage = (name: string, object: Record<string, unknown>): Uint8Array => {
  const type = messageTypes.get(name)
  if (type === undefined) throw new Error(`unknown message ${name}`)
  return copyBytes(type.encode(type.fromObject(object) as never).finish())
}

/** Decodes message `name` into a plain object (Long int64 values, numeric enums, oneof discriminators). */
export const decodeMessage = (name: string, bytes: Uint8Array): Record<string, unknown> => {
  const type = messageTypes.get(name)
  if (type === undefined) throw new Error(`unknown message ${name}`)
  return type.toObject(type.decode(bytes) as never, { oneofs: true })
}
