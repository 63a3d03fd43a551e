/**
 * The state of one room and the operations on it: participants, the data-track registry, per-subscriber handles
 * and data blobs. Everything here is synchronous and runs on the JS thread (packet forwarding reads it on the hot
 * path); messages to participants go out through each participant's `send`.
 *
 * Publications are state: every change to a participant's tracks is announced as a `ParticipantUpdate` carrying
 * its full `data_tracks` list (clients diff it).
 */
import { randomBytes } from "node:crypto"
import type {
  DataBlob,
  DataBlobKey,
  DataTrackInfo,
  ParticipantInfo,
  PublishDataTrackRequest,
  PublishedDataTrack,
  RequestReason,
  RoomInfo,
  SignalResponse
} from "./SignalCodec.ts"
import { ParticipantState, RequestReason as Reason } from "./SignalCodec.ts"

/**
 * Largest data blob (schema definition) accepted, in bytes. LiveKit documents "~50 KB max", but the reference C++
 * suite stores a 60,000-byte schema successfully and expects 120,000 bytes to be rejected: 64 KiB meets both.
 */
export const MAX_BLOB_BYTES = 64 * 1024
/** Longest data-track name, in UTF-8 bytes. */
export const MAX_TRACK_NAME_BYTES = 256
/** Most data tracks one participant may publish. */
export const MAX_TRACKS_PER_PARTICIPANT = 1024

export const makeSid = (prefix: "RM_" | "PA_" | "DTR_"): string => prefix + randomBytes(6).toString("hex")

export interface Permissions {
  readonly canPublish: boolean
  readonly canSubscribe: boolean
  readonly canPublishData: boolean
}

export interface Track {
  readonly info: DataTrackInfo
  readonly publisher: Participant
  /** subscriber -> that subscriber's handle for this track; packets are forwarded to these */
  readonly subscribers: Map<Participant, number>
  /** Subscribers whose handle is assigned but not announced yet: nothing is forwarded to them before their map. */
  readonly pending: Map<Participant, number>
}

export interface Participant {
  readonly sid: string
  readonly identity: string
  readonly name: string
  readonly metadata: string
  readonly attributes: Readonly<Record<string, string>>
  readonly joinedAtMs: number
  readonly permissions: Permissions
  readonly clientProtocol: number
  /** pub_handle -> track */
  readonly tracks: Map<number, Track>
  /** this participant's subscriber handle -> track */
  readonly subscriptions: Map<number, Track>
  nextSubHandle: number
  /** The coalesced send of the subscriber handle map, scheduled by a change (see {@link scheduleHandles}). */
  handlesFlush: ReturnType<typeof setImmediate> | undefined
  /** The trailing re-send of the subscriber handle map (see {@link HANDLES_RESEND_MS}). */
  handlesResend: ReturnType<typeof setTimeout> | undefined
  version: number
  state: number
  /** Sends a signalling message (dropped once the participant is gone). */
  send: (message: SignalResponse) => void
  /**
   * Sends a data-track packet on the participant's `_data_track` channel; false when dropped. Done with `bytes` when
   * it returns (the forwarder rewrites the same buffer for the next subscriber).
   */
  sendDataTrack: (bytes: Uint8Array) => boolean
  /** Ends the participant's session (closes its WebSocket). */
  disconnect: (reason: number) => void
  /** Fault injection: drops the signalling connection without a Leave (as a network failure would). */
  readonly dropSignalling: () => void
}

export interface RoomState {
  readonly sid: string
  readonly name: string
  readonly createdAtMs: number
  readonly participants: Map<string, Participant>
  readonly tracksBySid: Map<string, Track>
  /** `${identity}\u0000${key}` -> blob */
  readonly blobs: Map<string, DataBlob>
}

/**
 * What a participant's request did, for the server's log: one line each, at info (see `Session`). Refusals carry
 * LiveKit's reason and the message the client got.
 */
export type Activity =
  | { readonly _tag: "Published"; readonly track: DataTrackInfo }
  | { readonly _tag: "Unpublished"; readonly track: DataTrackInfo }
  | { readonly _tag: "Subscribed"; readonly publisher: string; readonly track: DataTrackInfo; readonly handle: number }
  | { readonly _tag: "Unsubscribed"; readonly publisher: string; readonly track: DataTrackInfo }
  | { readonly _tag: "Refused"; readonly request: string; readonly reason: string; readonly message: string }

const reasonName = (reason: RequestReason): string =>
  Object.entries(Reason).find(([, value]) => value === reason)?.[0] ?? `REASON_${reason}`

export const makeRoom = (name: string): RoomState => ({
  sid: makeSid("RM_"),
  name,
  createdAtMs: Date.now(),
  participants: new Map(),
  tracksBySid: new Map(),
  blobs: new Map()
})

export interface NewParticipant {
  readonly identity: string
  readonly name: string
  readonly metadata: string
  readonly attributes: Readonly<Record<string, string>>
  readonly permissions: Permissions
  readonly clientProtocol: number
  readonly send: (message: SignalResponse) => void
  readonly disconnect: (reason: number) => void
  readonly dropSignalling: () => void
}

export const participantInfo = (p: Participant): ParticipantInfo => ({
  sid: p.sid,
  identity: p.identity,
  state: p.state,
  name: p.name,
  metadata: p.metadata,
  joinedAt: BigInt(Math.floor(p.joinedAtMs / 1000)),
  joinedAtMs: BigInt(p.joinedAtMs),
  version: p.version,
  permission: {
    canSubscribe: p.permissions.canSubscribe,
    canPublish: p.permissions.canPublish,
    canPublishData: p.permissions.canPublishData
  },
  isPublisher: p.tracks.size > 0,
  kind: 0,
  attributes: p.attributes,
  dataTracks: Array.from(p.tracks.values(), (t) => t.info),
  clientProtocol: p.clientProtocol
})

export const roomInfo = (room: RoomState): RoomInfo => ({
  sid: room.sid,
  name: room.name,
  emptyTimeout: 300,
  departureTimeout: 20,
  creationTime: BigInt(Math.floor(room.createdAtMs / 1000)),
  creationTimeMs: BigInt(room.createdAtMs),
  numParticipants: room.participants.size,
  numPublishers: Array.from(room.participants.values()).filter((p) => p.tracks.size > 0).length
})

const others = (room: RoomState, self: Participant): Array<Participant> =>
  Array.from(room.participants.values()).filter((p) => p !== self)

/** Announces `p`'s current info (full data-track list) to everyone else. */
const announce = (room: RoomState, p: Participant): void => {
  p.version++
  const update: SignalResponse = { update: { participants: [participantInfo(p)] } }
  for (const other of others(room, p)) other.send(update)
}

/**
 * The subscriber handle map is sent again this long after its last change. In the Rust core (livekit-datatrack's
 * remote `Manager`), signalling updates and received data-track packets reach the data-track manager through one
 * `try_send` into a queue of 16 input events, and an event that finds the queue full is dropped without a word.
 * While packets stream in, a map can be dropped that way (seen once in 256 subscriptions under load: the
 * subscription never got its handle and failed with SubscribeTimeout after 10 s). The protocol has no
 * acknowledgement of a map, and the map is always complete, so a trailing copy repairs a dropped last one.
 */
export const HANDLES_RESEND_MS = 250

const handlesMessage = (p: Participant): SignalResponse => {
  const subHandles: Record<number, PublishedDataTrack> = {}
  for (const [handle, track] of p.subscriptions) {
    subHandles[handle] = {
      publisherIdentity: track.publisher.identity,
      publisherSid: track.publisher.sid,
      trackSid: track.info.sid
    }
  }
  return { dataTrackSubscriberHandles: { subHandles } }
}

/**
 * Sends `p`'s handle map once for all the changes made in this turn of the event loop (a burst of subscriptions,
 * a publisher leaving with many tracks), so that the core's small input queue gets one map, not one per change.
 * Handles assigned in the turn start receiving packets only once the map that names them has gone out.
 */
const scheduleHandles = (p: Participant): void => {
  if (p.handlesFlush !== undefined || p.state === ParticipantState.DISCONNECTED) return
  p.handlesFlush = setImmediate(() => {
    p.handlesFlush = undefined
    if (p.state === ParticipantState.DISCONNECTED) return
    p.send(handlesMessage(p))
    for (const track of p.subscriptions.values()) {
      const handle = track.pending.get(p)
      if (handle === undefined) continue
      track.pending.delete(p)
      track.subscribers.set(p, handle)
    }
    if (p.handlesResend !== undefined) clearTimeout(p.handlesResend)
    p.handlesResend = setTimeout(() => {
      p.handlesResend = undefined
      if (p.state !== ParticipantState.DISCONNECTED) p.send(handlesMessage(p))
    }, HANDLES_RESEND_MS)
    p.handlesResend.unref()
  })
}

/**
 * Adds a participant. An existing participant with the same identity is removed first (as LiveKit does, with
 * `DUPLICATE_IDENTITY`). Returns the new participant and the others, for the `JoinResponse`.
 */
export const join = (room: RoomState, np: NewParticipant): Participant => {
  const existing = room.participants.get(np.identity)
  if (existing !== undefined) {
    leave(room, existing)
    existing.disconnect(2 /* DUPLICATE_IDENTITY */)
  }
  const p: Participant = {
    sid: makeSid("PA_"),
    identity: np.identity,
    name: np.name,
    metadata: np.metadata,
    attributes: np.attributes,
    joinedAtMs: Date.now(),
    permissions: np.permissions,
    clientProtocol: np.clientProtocol,
    tracks: new Map(),
    subscriptions: new Map(),
    nextSubHandle: 1,
    handlesFlush: undefined,
    handlesResend: undefined,
    version: 0,
    state: ParticipantState.JOINED,
    send: np.send,
    sendDataTrack: () => false,
    disconnect: np.disconnect,
    dropSignalling: np.dropSignalling
  }
  room.participants.set(p.identity, p)
  announce(room, p)
  return p
}

const removeTrack = (room: RoomState, track: Track): void => {
  room.tracksBySid.delete(track.info.sid)
  track.publisher.tracks.delete(track.info.pubHandle)
  for (const subscribers of [track.subscribers, track.pending]) {
    for (const [subscriber, handle] of subscribers) {
      subscriber.subscriptions.delete(handle)
      if (subscriber !== track.publisher) scheduleHandles(subscriber)
    }
    subscribers.clear()
  }
}

/** Removes a participant: unpublishes its tracks, drops its subscriptions, tells the others. Idempotent. */
export const leave = (room: RoomState, p: Participant): void => {
  if (room.participants.get(p.identity) !== p) return
  room.participants.delete(p.identity)
  for (const track of Array.from(p.tracks.values())) removeTrack(room, track)
  for (const track of p.subscriptions.values()) {
    track.subscribers.delete(p)
    track.pending.delete(p)
  }
  p.subscriptions.clear()
  p.state = ParticipantState.DISCONNECTED
  p.version++
  const update: SignalResponse = { update: { participants: [participantInfo(p)] } }
  for (const other of room.participants.values()) other.send(update)
  if (p.handlesFlush !== undefined) clearImmediate(p.handlesFlush)
  if (p.handlesResend !== undefined) clearTimeout(p.handlesResend)
  p.handlesFlush = undefined
  p.handlesResend = undefined
  p.send = () => {}
  p.sendDataTrack = () => false
}

const reject = (
  p: Participant,
  reason: RequestReason,
  message: string,
  request: PublishDataTrackRequest
): Activity => {
  p.send({ requestResponse: { requestId: 0, reason, message, publishDataTrack: request } })
  return { _tag: "Refused", request: `publish ${JSON.stringify(request.name)}`, reason: reasonName(reason), message }
}

/** Handles `PublishDataTrackRequest` with LiveKit's `RequestResponse` reasons. */
export const publishDataTrack = (room: RoomState, p: Participant, request: PublishDataTrackRequest): Activity => {
  if (!p.permissions.canPublishData) {
    return reject(p, Reason.NOT_ALLOWED, "participant is not allowed to publish data", request)
  }
  if (!Number.isInteger(request.pubHandle) || request.pubHandle < 1 || request.pubHandle > 0xffff) {
    return reject(p, Reason.INVALID_HANDLE, `invalid publisher handle ${request.pubHandle}`, request)
  }
  const nameBytes = Buffer.byteLength(request.name, "utf8")
  if (nameBytes === 0 || nameBytes > MAX_TRACK_NAME_BYTES) {
    return reject(p, Reason.INVALID_NAME, `invalid data track name ${JSON.stringify(request.name)}`, request)
  }
  if (p.tracks.has(request.pubHandle)) {
    return reject(p, Reason.DUPLICATE_HANDLE, `publisher handle ${request.pubHandle} already in use`, request)
  }
  for (const t of p.tracks.values()) {
    if (t.info.name === request.name) {
      return reject(p, Reason.DUPLICATE_NAME, `data track ${JSON.stringify(request.name)} already published`, request)
    }
  }
  if (p.tracks.size >= MAX_TRACKS_PER_PARTICIPANT) {
    return reject(p, Reason.LIMIT_EXCEEDED, "too many data tracks", request)
  }
  const info: DataTrackInfo = {
    pubHandle: request.pubHandle,
    sid: makeSid("DTR_"),
    name: request.name,
    encryption: request.encryption,
    ...(request.frameEncoding === undefined ? {} : { frameEncoding: request.frameEncoding }),
    ...(request.schema === undefined ? {} : { schema: request.schema })
  }
  const track: Track = { info, publisher: p, subscribers: new Map(), pending: new Map() }
  p.tracks.set(info.pubHandle, track)
  room.tracksBySid.set(info.sid, track)
  p.send({ publishDataTrackResponse: { info } })
  announce(room, p)
  return { _tag: "Published", track: info }
}

/** Handles `UnpublishDataTrackRequest`. */
export const unpublishDataTrack = (room: RoomState, p: Participant, pubHandle: number): Activity => {
  const track = p.tracks.get(pubHandle)
  if (track === undefined) {
    const message = `no data track with publisher handle ${pubHandle}`
    p.send({
      requestResponse: { requestId: 0, reason: Reason.NOT_FOUND, message, unpublishDataTrack: { pubHandle } }
    })
    return { _tag: "Refused", request: `unpublish handle ${pubHandle}`, reason: reasonName(Reason.NOT_FOUND), message }
  }
  removeTrack(room, track)
  p.send({ unpublishDataTrackResponse: { info: track.info } })
  announce(room, p)
  return { _tag: "Unpublished", track: track.info }
}

/**
 * Handles `UpdateDataSubscription`: assigns per-subscriber handles (from 1) and answers with the full map (coalesced
 * with the other changes of this turn; forwarding to a new handle starts when the map goes out).
 * Unknown track SIDs are ignored; without `canSubscribe` nothing is subscribed.
 */
export const updateDataSubscription = (
  p: Participant,
  room: RoomState,
  updates: ReadonlyArray<{ readonly trackSid: string; readonly subscribe: boolean }>
): Array<Activity> => {
  const activity: Array<Activity> = []
  const refuse = (trackSid: string, reason: string, message: string) =>
    activity.push({ _tag: "Refused", request: `subscribe to ${trackSid}`, reason, message })
  for (const u of updates) {
    const track = room.tracksBySid.get(u.trackSid)
    if (track === undefined) {
      if (u.subscribe) refuse(u.trackSid, "NOT_FOUND", "no such data track in the room")
      continue
    }
    const existing = track.subscribers.get(p) ?? track.pending.get(p)
    if (u.subscribe) {
      if (existing !== undefined) continue
      if (!p.permissions.canSubscribe) {
        refuse(u.trackSid, "NOT_ALLOWED", "participant is not allowed to subscribe")
        continue
      }
      if (p.nextSubHandle > 0xffff) {
        refuse(u.trackSid, "LIMIT_EXCEEDED", "no subscriber handle left")
        continue
      }
      const handle = p.nextSubHandle++
      track.pending.set(p, handle)
      p.subscriptions.set(handle, track)
      activity.push({ _tag: "Subscribed", publisher: track.publisher.identity, track: track.info, handle })
    } else if (existing !== undefined) {
      track.subscribers.delete(p)
      track.pending.delete(p)
      p.subscriptions.delete(existing)
      activity.push({ _tag: "Unsubscribed", publisher: track.publisher.identity, track: track.info })
    }
  }
  scheduleHandles(p)
  return activity
}

const canonicalKey = (key: DataBlobKey | undefined): string | undefined => {
  if (key === undefined) return undefined
  if (key.generic !== undefined) return JSON.stringify(["g", key.generic])
  if (key.schemaId !== undefined) {
    const e = key.schemaId.encoding
    return JSON.stringify(["s", key.schemaId.name, e?.wellKnown ?? null, e?.custom ?? null])
  }
  return undefined
}

const blobError = (p: Participant, requestId: number, reason: RequestReason, message: string): void =>
  p.send({ requestResponse: { requestId, reason, message } })

/** Stores a data blob (a schema definition) under the storing participant's identity. */
export const storeDataBlob = (room: RoomState, p: Participant, requestId: number, blob: DataBlob | undefined): void => {
  const key = canonicalKey(blob?.key)
  if (blob === undefined || key === undefined) {
    return blobError(p, requestId, Reason.INVALID_REQUEST, "data blob without a key")
  }
  if (blob.contents.length > MAX_BLOB_BYTES) {
    return blobError(
      p,
      requestId,
      Reason.LIMIT_EXCEEDED,
      `data blob of ${blob.contents.length} bytes exceeds ${MAX_BLOB_BYTES}`
    )
  }
  const id = `${p.identity}\u0000${key}`
  const existing = room.blobs.get(id)
  if (existing !== undefined && !Buffer.from(existing.contents).equals(Buffer.from(blob.contents))) {
    return blobError(p, requestId, Reason.DUPLICATE_NAME, "a different data blob is already stored under this key")
  }
  room.blobs.set(id, blob)
  p.send({ storeDataBlobResponse: { requestId, ...(blob.key === undefined ? {} : { key: blob.key }) } })
}

/** Returns a blob stored by `identity` (NOT_FOUND otherwise). */
export const getDataBlob = (
  room: RoomState,
  p: Participant,
  requestId: number,
  identity: string,
  key: DataBlobKey | undefined
): void => {
  const k = canonicalKey(key)
  const blob = k === undefined ? undefined : room.blobs.get(`${identity}\u0000${k}`)
  if (blob === undefined) return blobError(p, requestId, Reason.NOT_FOUND, "no such data blob")
  p.send({ getDataBlobResponse: { requestId, blob } })
}
