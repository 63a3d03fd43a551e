/**
 * Conformance of our protobufjs codec (proto/ffi subset) with the official protobuf-es classes shipped in
 * `@livekit/rtc-ffi-bindings` (the same package as the native binary): every message we define, as generated
 * values, must survive ours -> bytes -> official and official -> bytes -> ours unchanged. A version bump that
 * moves a field number or changes a type fails here.
 */
import { describe, expect, it } from "@effect/vitest"
import {
  FfiEvent as OfficialFfiEventClass,
  FfiRequest as OfficialFfiRequestClass,
  FfiResponse as OfficialFfiResponseClass
} from "@livekit/rtc-ffi-bindings/proto/ffi_pb.js"
import { Effect, Result, Schema } from "effect"
import * as C from "../src/FfiCodec.ts"

// ---------------------------------------------------------------------------------------------------------------
// the official runtime, typed structurally (protobuf-es v1 reflection)

interface OfficialField {
  readonly no: number
  readonly localName: string
  readonly kind: "scalar" | "enum" | "message" | "map"
  readonly repeated: boolean
  readonly T?: unknown
  readonly V?: { readonly kind: string; readonly T?: unknown }
  readonly oneof?: { readonly localName: string }
}

interface OfficialMessage {
  toBinary(): Uint8Array
}

interface OfficialType {
  readonly typeName: string
  readonly fields: { list(): ReadonlyArray<OfficialField> }
  fromBinary(bytes: Uint8Array): OfficialMessage
  new(init: object): OfficialMessage
}

const OfficialFfiRequest = OfficialFfiRequestClass as unknown as OfficialType
const OfficialFfiResponse = OfficialFfiResponseClass as unknown as OfficialType
const OfficialFfiEvent = OfficialFfiEventClass as unknown as OfficialType

/** Fields of the official protocol our subset leaves out on purpose (see proto/ffi/room.proto). */
const omitted = new Set(["livekit.proto.ConnectCallback.ParticipantWithTracks.publications"])

type Plain = { [key: string]: unknown }

const isPlain = (u: unknown): u is Plain => typeof u === "object" && u !== null

const convertValueToOurs = (kind: string, type: unknown, value: unknown): unknown =>
  kind === "message" ? officialToOurs(value as Plain, type as OfficialType) : value

/** An official message, in the shape our codec uses. */
const officialToOurs = (message: Plain, type: OfficialType): Plain => {
  const out: Plain = {}
  for (const field of type.fields.list()) {
    if (field.oneof !== undefined) {
      const oneof = message[field.oneof.localName] as { case?: string; value?: unknown }
      if (oneof.case === field.localName) {
        out[field.oneof.localName] = field.localName
        out[field.localName] = convertValueToOurs(field.kind, field.T, oneof.value)
      }
      continue
    }
    const value = message[field.localName]
    if (field.kind === "map") {
      const record = value as Plain
      const converted: Plain = {}
      for (const key of Object.keys(record)) {
        converted[key] = convertValueToOurs(field.V?.kind ?? "scalar", field.V?.T, record[key])
      }
      out[field.localName] = converted
    } else if (field.repeated) {
      if (omitted.has(`${type.typeName}.${field.localName}`)) {
        expect(value).toEqual([])
        continue
      }
      out[field.localName] = (value as ReadonlyArray<unknown>).map((item) =>
        convertValueToOurs(field.kind, field.T, item)
      )
    } else if (value !== undefined) {
      out[field.localName] = convertValueToOurs(field.kind, field.T, value)
    }
  }
  return out
}

const convertValueToOfficial = (kind: string, type: unknown, value: unknown): unknown =>
  kind === "message" ? oursToOfficialInit(value as Plain, type as OfficialType) : value

/** Our value, as the init object of the official class. */
const oursToOfficialInit = (value: Plain, type: OfficialType): Plain => {
  const out: Plain = {}
  for (const field of type.fields.list()) {
    if (field.oneof !== undefined) {
      if (value[field.oneof.localName] === field.localName) {
        out[field.oneof.localName] = {
          case: field.localName,
          value: convertValueToOfficial(field.kind, field.T, value[field.localName])
        }
      }
      continue
    }
    const v = value[field.localName]
    if (v === undefined) continue
    if (field.kind === "map") {
      const record = v as Plain
      const converted: Plain = {}
      for (const key of Object.keys(record)) {
        converted[key] = convertValueToOfficial(field.V?.kind ?? "scalar", field.V?.T, record[key])
      }
      out[field.localName] = converted
    } else if (field.repeated) {
      out[field.localName] = (v as ReadonlyArray<unknown>).map((item) =>
        convertValueToOfficial(field.kind, field.T, item)
      )
    } else {
      out[field.localName] = convertValueToOfficial(field.kind, field.T, v)
    }
  }
  return out
}

/** A canonical text form: key order, prototypes and Buffer-vs-Uint8Array do not matter; `undefined` values do. */
const canonical = (u: unknown): string => {
  if (typeof u === "bigint") return `${u}n`
  if (u === undefined) return "<undefined>"
  if (u instanceof Uint8Array) return `bytes(${Buffer.from(u).toString("hex")})`
  if (Array.isArray(u)) return `[${u.map(canonical).join(",")}]`
  if (isPlain(u)) {
    return `{${Object.keys(u).toSorted().map((key) => `${JSON.stringify(key)}:${canonical(u[key])}`).join(",")}}`
  }
  return JSON.stringify(u)
}

const expectSame = (actual: unknown, expected: unknown) => expect(canonical(actual)).toBe(canonical(expected))

const ok = <A, E>(result: Result.Result<A, E>): A => {
  if (Result.isFailure(result)) throw new Error(`expected success, got ${String(result.failure)}`)
  return result.success
}

// ---------------------------------------------------------------------------------------------------------------
// schemas of our types (their arbitraries generate the test values; `Schema.Codec<T>` ties them to the TS types)

const u64 = Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 2n ** 64n - 1n }))
const i64 = Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: -(2n ** 63n), maximum: 2n ** 63n - 1n }))
const u32 = Schema.Int.check(Schema.isUint32())
const i32 = Schema.Int.check(Schema.isInt32())
// Protobuf strings are UTF-8: lone surrogates would not survive any encoder, so generate well-formed text.
const str = Schema.String.check(Schema.isPattern(/^[ -~éß世界]{0,12}$/))
const bool = Schema.Boolean
const opt = Schema.optionalKey
const arrayOf = <S extends Schema.Top>(item: S) => Schema.Array(item).check(Schema.isMaxLength(3))
const enumOf = <const E extends Record<string, number>>(values: E) =>
  Schema.Literals(Object.values(values) as Array<E[keyof E]>)

const FfiOwnedHandle: Schema.Codec<C.FfiOwnedHandle> = Schema.Struct({ id: u64 })

const ParticipantPermission: Schema.Codec<C.ParticipantPermission> = Schema.Struct({
  canSubscribe: bool,
  canPublish: bool,
  canPublishData: bool,
  canPublishSources: arrayOf(enumOf(C.TrackSource)),
  hidden: bool,
  canUpdateMetadata: bool,
  canSubscribeMetrics: bool,
  canManageAgentSession: bool
})

const ParticipantInfo: Schema.Codec<C.ParticipantInfo> = Schema.Struct({
  sid: str,
  name: str,
  identity: str,
  state: enumOf(C.ParticipantState),
  metadata: str,
  // Map keys from a fixed set: generated keys like "__proto__" say nothing about the protocol.
  attributes: Schema.Union([
    Schema.Struct({}),
    Schema.Record(Schema.Literals(["robot", "role", ""]), str)
  ]),
  kind: enumOf(C.ParticipantKind),
  disconnectReason: enumOf(C.DisconnectReason),
  joinedAt: i64,
  kindDetails: arrayOf(enumOf(C.ParticipantKindDetail)),
  permission: opt(ParticipantPermission),
  clientProtocol: i32
})

const OwnedParticipant: Schema.Codec<C.OwnedParticipant> = Schema.Struct({
  handle: FfiOwnedHandle,
  info: ParticipantInfo
})

const oneOf = <const Name extends string, const Cases extends Record<string, Schema.Top>>(
  name: Name,
  cases: Cases,
  withEmpty: boolean
) => {
  const members: Array<Schema.Top> = Object.entries(cases).map(([key, schema]) =>
    Schema.Struct({ [name]: Schema.Literal(key), [key]: schema })
  )
  if (withEmpty) members.push(Schema.Struct({}))
  return Schema.Union(members)
}

const DataTrackSchemaEncoding = oneOf("encoding", {
  wellKnown: enumOf(C.WellKnownSchemaEncoding),
  custom: str
}, true) as unknown as Schema.Codec<C.DataTrackSchemaEncoding>

const DataTrackFrameEncoding = oneOf("encoding", {
  wellKnown: enumOf(C.WellKnownFrameEncoding),
  custom: str
}, true) as unknown as Schema.Codec<C.DataTrackFrameEncoding>

const DataTrackSchemaId: Schema.Codec<C.DataTrackSchemaId> = Schema.Struct({
  name: str,
  encoding: opt(DataTrackSchemaEncoding)
})

const DataTrackInfo: Schema.Codec<C.DataTrackInfo> = Schema.Struct({
  name: str,
  sid: str,
  usesE2ee: bool,
  schema: opt(DataTrackSchemaId),
  frameEncoding: opt(DataTrackFrameEncoding)
})

const DataTrackFrame: Schema.Codec<C.DataTrackFrame> = Schema.Struct({
  payload: Schema.Uint8Array,
  userTimestamp: opt(u64)
})

const errorOf = <const E extends Record<string, number>>(codes: E) =>
  Schema.Struct({ code: enumOf(codes), message: str })

const PublishDataTrackError: Schema.Codec<C.PublishDataTrackError> = errorOf(C.PublishDataTrackErrorCode)
const LocalDataTrackTryPushError: Schema.Codec<C.LocalDataTrackTryPushError> = errorOf(
  C.LocalDataTrackTryPushErrorCode
)
const SubscribeDataTrackError: Schema.Codec<C.SubscribeDataTrackError> = errorOf(C.SubscribeDataTrackErrorCode)

const DataTrackOptions: Schema.Codec<C.DataTrackOptions> = Schema.Struct({
  name: str,
  schema: opt(DataTrackSchemaId),
  frameEncoding: opt(DataTrackFrameEncoding)
})

const OwnedLocalDataTrack: Schema.Codec<C.OwnedLocalDataTrack> = Schema.Struct({
  handle: FfiOwnedHandle,
  info: DataTrackInfo
})

const OwnedRemoteDataTrack: Schema.Codec<C.OwnedRemoteDataTrack> = Schema.Struct({
  handle: FfiOwnedHandle,
  info: DataTrackInfo,
  publisherIdentity: str
})

const DataTrackStreamEOS: Schema.Codec<C.DataTrackStreamEOS> = Schema.Struct({ error: opt(SubscribeDataTrackError) })

const trackHandle = Schema.Struct({ trackHandle: u64 })
const asyncIdOnly = Schema.Struct({ asyncId: u64 })
const empty = Schema.Struct({})

const IceServer: Schema.Codec<C.IceServer> = Schema.Struct({
  urls: arrayOf(str),
  username: opt(str),
  password: opt(str)
})

const RoomOptions: Schema.Codec<C.RoomOptions> = Schema.Struct({
  autoSubscribe: opt(bool),
  adaptiveStream: opt(bool),
  dynacast: opt(bool),
  rtcConfig: opt(Schema.Struct({
    iceTransportType: opt(enumOf(C.IceTransportType)),
    continualGatheringPolicy: opt(enumOf(C.ContinualGatheringPolicy)),
    iceServers: arrayOf(IceServer)
  })),
  joinRetries: opt(u32),
  singlePeerConnection: opt(bool),
  connectTimeoutMs: opt(u64),
  otherSdks: opt(str)
})

const RoomInfo: Schema.Codec<C.RoomInfo> = Schema.Struct({
  sid: opt(str),
  name: str,
  metadata: str,
  lossyDcBufferedAmountLowThreshold: u64,
  reliableDcBufferedAmountLowThreshold: u64,
  emptyTimeout: u32,
  departureTimeout: u32,
  maxParticipants: u32,
  creationTime: i64,
  numParticipants: u32,
  numPublishers: u32,
  activeRecording: bool
})

const ConnectCallbackResult: Schema.Codec<C.ConnectCallbackResult> = Schema.Struct({
  room: Schema.Struct({ handle: FfiOwnedHandle, info: RoomInfo }),
  localParticipant: OwnedParticipant,
  participants: arrayOf(Schema.Struct({ participant: OwnedParticipant }))
})

const withOneOf = <const Fields extends Schema.Struct.Fields>(
  fields: Fields,
  name: string,
  cases: Record<string, Schema.Top>
) => {
  const members: Array<Schema.Top> = [
    ...Object.entries(cases).map(([key, schema]) =>
      Schema.Struct({ ...fields, [name]: Schema.Literal(key), [key]: schema })
    ),
    Schema.Struct(fields)
  ]
  return Schema.Union(members)
}

const RtcStats = withOneOf({}, "stats", {
  dataChannel: Schema.Struct({
    rtc: Schema.Struct({ id: str, timestamp: i64 }),
    dc: Schema.Struct({
      label: str,
      protocol: str,
      dataChannelIdentifier: i32,
      messagesSent: u32,
      bytesSent: u64,
      messagesReceived: u32,
      bytesReceived: u64
    })
  })
}) as unknown as Schema.Codec<C.RtcStats>

const GetSessionStatsCallback = withOneOf({ asyncId: u64 }, "message", {
  error: str,
  result: Schema.Struct({ publisherStats: arrayOf(RtcStats), subscriberStats: arrayOf(RtcStats) })
}) as unknown as Schema.Codec<C.GetSessionStatsCallback>

const ConnectCallback = withOneOf({ asyncId: u64 }, "message", {
  error: str,
  result: ConnectCallbackResult
}) as unknown as Schema.Codec<C.ConnectCallback>

const PublishDataTrackCallback = withOneOf({ asyncId: u64 }, "result", {
  track: OwnedLocalDataTrack,
  error: PublishDataTrackError
}) as unknown as Schema.Codec<C.PublishDataTrackCallback>

const DataTrackStreamEvent = withOneOf({ streamHandle: u64 }, "detail", {
  frameReceived: Schema.Struct({ frame: DataTrackFrame }),
  eos: DataTrackStreamEOS
}) as unknown as Schema.Codec<C.DataTrackStreamEvent>

const roomEventCases: { readonly [K in keyof C.RoomEventCases]: Schema.Codec<C.RoomEventCases[K]> } = {
  participantConnected: Schema.Struct({ info: OwnedParticipant }),
  participantDisconnected: Schema.Struct({
    participantIdentity: str,
    disconnectReason: enumOf(C.DisconnectReason)
  }),
  roomSidChanged: Schema.Struct({ sid: str }),
  connectionStateChanged: Schema.Struct({ state: enumOf(C.ConnectionState) }),
  disconnected: Schema.Struct({ reason: enumOf(C.DisconnectReason) }),
  reconnecting: empty,
  reconnected: empty,
  eos: empty,
  participantActive: Schema.Struct({ participantIdentity: str }),
  dataTrackPublished: Schema.Struct({ track: OwnedRemoteDataTrack }),
  dataTrackUnpublished: Schema.Struct({ sid: str })
}

const RoomEvent = withOneOf({ roomHandle: u64 }, "message", roomEventCases) as unknown as Schema.Codec<C.RoomEvent>

const requestCases: { readonly [K in keyof C.FfiRequestCases]: Schema.Codec<C.FfiRequestCases[K]> } = {
  dispose: Schema.Struct({ async: bool }),
  connect: Schema.Struct({ url: str, token: str, options: RoomOptions, requestAsyncId: opt(u64) }),
  disconnect: Schema.Struct({
    roomHandle: u64,
    requestAsyncId: opt(u64),
    reason: opt(enumOf(C.DisconnectReason))
  }),
  getSessionStats: Schema.Struct({ roomHandle: u64, requestAsyncId: opt(u64) }),
  publishDataTrack: Schema.Struct({
    localParticipantHandle: u64,
    options: DataTrackOptions,
    requestAsyncId: opt(u64)
  }),
  localDataTrackTryPush: Schema.Struct({ trackHandle: u64, frame: DataTrackFrame }),
  localDataTrackUnpublish: trackHandle,
  localDataTrackIsPublished: trackHandle,
  subscribeDataTrack: Schema.Struct({ trackHandle: u64, options: Schema.Struct({ bufferSize: opt(u32) }) }),
  remoteDataTrackIsPublished: trackHandle,
  dataTrackStreamRead: Schema.Struct({ streamHandle: u64 }),
  readyForRoomEvent: Schema.Struct({ roomHandle: u64 }),
  remoteDataTrackSetPipelineOptions: Schema.Struct({
    trackHandle: u64,
    options: Schema.Struct({ maxPartialFrames: opt(u32) })
  }),
  defineSchema: Schema.Struct({
    localParticipantHandle: u64,
    schemaId: DataTrackSchemaId,
    definition: str,
    requestAsyncId: opt(u64)
  }),
  getSchema: Schema.Struct({
    localParticipantHandle: u64,
    schemaId: DataTrackSchemaId,
    participantIdentity: str,
    requestAsyncId: opt(u64)
  })
}

const responseCases: { readonly [K in keyof C.FfiResponseCases]: Schema.Codec<C.FfiResponseCases[K]> } = {
  dispose: Schema.Struct({ asyncId: opt(u64) }),
  connect: asyncIdOnly,
  disconnect: asyncIdOnly,
  getSessionStats: asyncIdOnly,
  publishDataTrack: asyncIdOnly,
  localDataTrackTryPush: Schema.Struct({ error: opt(LocalDataTrackTryPushError) }),
  localDataTrackUnpublish: empty,
  localDataTrackIsPublished: Schema.Struct({ isPublished: bool }),
  subscribeDataTrack: Schema.Struct({ stream: Schema.Struct({ handle: FfiOwnedHandle }) }),
  remoteDataTrackIsPublished: Schema.Struct({ isPublished: bool }),
  dataTrackStreamRead: Schema.Struct({ eosEvent: opt(DataTrackStreamEOS) }),
  readyForRoomEvent: empty,
  remoteDataTrackSetPipelineOptions: empty,
  defineSchema: asyncIdOnly,
  getSchema: asyncIdOnly
}

const eventCases: { readonly [K in keyof C.FfiEventCases]: Schema.Codec<C.FfiEventCases[K]> } = {
  roomEvent: RoomEvent,
  connect: ConnectCallback,
  disconnect: asyncIdOnly,
  dispose: asyncIdOnly,
  logs: Schema.Struct({
    records: arrayOf(Schema.Struct({
      level: enumOf(C.LogLevel),
      target: str,
      modulePath: opt(str),
      file: opt(str),
      line: opt(u32),
      message: str
    }))
  }),
  panic: Schema.Struct({ message: str }),
  getSessionStats: GetSessionStatsCallback,
  publishDataTrack: PublishDataTrackCallback,
  dataTrackStreamEvent: DataTrackStreamEvent,
  defineSchema: Schema.Struct({ asyncId: u64, error: opt(str) }),
  getSchema: Schema.Struct({ asyncId: u64, definition: opt(str), error: opt(str) })
}

// ---------------------------------------------------------------------------------------------------------------
// the properties

interface Envelope<A> {
  readonly name: string
  readonly official: OfficialType
  readonly encode: (value: A) => Result.Result<Uint8Array, C.FfiCodecError>
  readonly decode: (bytes: Uint8Array) => Result.Result<A, C.FfiCodecError>
}

const requestEnvelope: Envelope<C.FfiRequest> = {
  name: "FfiRequest",
  official: OfficialFfiRequest,
  encode: C.encodeRequest,
  decode: C.decodeRequest
}
const responseEnvelope: Envelope<C.FfiResponse> = {
  name: "FfiResponse",
  official: OfficialFfiResponse,
  encode: C.encodeResponse,
  decode: C.decodeResponse
}
const eventEnvelope: Envelope<C.FfiEvent> = {
  name: "FfiEvent",
  official: OfficialFfiEvent,
  encode: C.encodeEvent,
  decode: C.decodeEvent
}

const conforms = <A>(envelope: Envelope<A>, value: A) => {
  // ours -> bytes -> official: the official decoder sees exactly our value.
  const ours = ok(envelope.encode(value))
  const official = envelope.official.fromBinary(ours)
  expectSame(officialToOurs(official as unknown as Plain, envelope.official), value)
  // official -> bytes -> ours: we decode exactly what the official encoder wrote.
  const officialBytes = new envelope.official(oursToOfficialInit(value as Plain, envelope.official)).toBinary()
  expectSame(ok(envelope.decode(officialBytes)), value)
  // and our own round trip.
  expectSame(ok(envelope.decode(ours)), value)
}

const propsFor = <A, Cases extends Record<string, Schema.Top>>(envelope: Envelope<A>, cases: Cases) => {
  for (const [key, schema] of Object.entries(cases)) {
    it.effect.prop(
      key,
      { body: schema },
      ({ body }) =>
        Effect.sync(() => {
          conforms(envelope, { message: key, [key]: body } as A)
        }),
      { arbitrary: { runs: 60 } }
    )
  }
}

describe("FfiRequest", () => {
  propsFor(requestEnvelope, requestCases)
})
describe("FfiResponse", () => {
  propsFor(responseEnvelope, responseCases)
})
describe("FfiEvent", () => {
  propsFor(eventEnvelope, eventCases)
})

describe("RoomEvent cases", () => {
  for (const [key, schema] of Object.entries(roomEventCases)) {
    it.effect.prop(
      key,
      { roomHandle: u64, body: schema },
      ({ body, roomHandle }) =>
        Effect.sync(() => {
          conforms(eventEnvelope, {
            message: "roomEvent",
            roomEvent: { roomHandle, message: key, [key]: body }
          } as unknown as C.FfiEvent)
        }),
      { arbitrary: { runs: 40 } }
    )
  }
})

describe("codec pitfalls", () => {
  it("keeps u64 values above 2^53 (bigint through fromObject, not a silent 0)", () => {
    const request = C.makeRequest("localDataTrackTryPush", {
      trackHandle: 2n ** 64n - 1n,
      frame: { payload: new Uint8Array([1, 2, 3]), userTimestamp: 2n ** 60n + 7n }
    })
    expect(canonical(ok(C.decodeRequest(ok(C.encodeRequest(request)))))).toBe(canonical(request))
  })

  it("an envelope field number differs between request and response", () => {
    const request = ok(C.encodeRequest(C.makeRequest("publishDataTrack", {
      localParticipantHandle: 1n,
      options: { name: "t" }
    })))
    const response = ok(C.encodeResponse({ message: "publishDataTrack", publishDataTrack: { asyncId: 1n } }))
    // tag = (field << 3) | 2, as a varint
    expect([...request.subarray(0, 2)]).toEqual([(69 << 3 | 2) & 0x7f | 0x80, (69 << 3 | 2) >> 7])
    expect([...response.subarray(0, 2)]).toEqual([(68 << 3 | 2) & 0x7f | 0x80, (68 << 3 | 2) >> 7])
  })

  it("a missing required field is a typed error, not a TypeError", () => {
    const broken = { message: "readyForRoomEvent", readyForRoomEvent: {} } as unknown as C.FfiRequest
    const result = C.encodeRequest(broken)
    expect(Result.isFailure(result) && result.failure._tag).toBe("FfiCodecError")
  })

  it("garbage and incomplete bytes are typed errors", () => {
    for (const bytes of [new Uint8Array([0xff, 0xff, 0xff]), new Uint8Array([0x0a, 0x05, 0x08])]) {
      const result = C.decodeEvent(bytes)
      expect(Result.isFailure(result) && result.failure._tag).toBe("FfiCodecError")
    }
    // a room event (field 1) without its required room_handle: the official encoder refuses to write it
    const missingRequired = C.decodeEvent(new Uint8Array([0x0a, 0x00]))
    expect(Result.isFailure(missingRequired) && missingRequired.failure.message).toMatch(/room_handle|roomHandle/)
  })

  it("an event case outside our subset decodes to the empty variant", () => {
    const official = new OfficialFfiEvent({ message: { case: "trackEvent", value: {} } }).toBinary()
    expect(ok(C.decodeEvent(official)).message).toBeUndefined()
  })

  it("a decoded frame's payload is a view into the event's bytes; encoded events are not pooled views", () => {
    const event: C.FfiEvent = {
      message: "dataTrackStreamEvent",
      dataTrackStreamEvent: {
        streamHandle: 3n,
        detail: "frameReceived",
        frameReceived: { frame: { payload: new Uint8Array([9, 8, 7]) } }
      }
    }
    const bytes = ok(C.encodeEvent(event))
    expect(bytes.byteOffset).toBe(0)
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength)
    const decoded = ok(C.decodeEvent(bytes))
    expectSame(decoded, event)
    // no copy per frame: the native binding allocates every event's bytes afresh and never reuses them
    const payload =
      decoded.message === "dataTrackStreamEvent" && decoded.dataTrackStreamEvent.detail === "frameReceived"
        ? decoded.dataTrackStreamEvent.frameReceived.frame.payload
        : undefined
    expect(payload?.buffer).toBe(bytes.buffer)
  })
})
