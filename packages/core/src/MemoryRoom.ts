/**
 * An in-memory LiveKit room: several participants in one process with the data-track semantics of the
 * LiveKit core, for applications' own unit and property tests (and the demo before a server exists).
 *
 * What it keeps from the core: a publisher queue of 16 frames that answers `BufferFull` when full,
 * drained by a transport fiber; one drop-oldest ring per track shared by its subscriptions, sized by
 * the first subscription; frames pushed before a subscription exists are never delivered; unpublishing
 * ends subscribers' streams after what they hold; subscribing to an unpublished track fails; a late
 * joiner sees the tracks already published exactly once. Grants (publish, subscribe) are enforced.
 *
 * @since 0.1.0
 */
import { Context, Deferred, Effect, Layer, PubSub, Queue, Stream, SubscriptionRef } from "effect"
import {
  BufferFull,
  DuplicateName,
  DuplicateSchema,
  Internal,
  NotAllowed,
  SchemaNotFound,
  SchemaTooLarge,
  Unpublished
} from "./DataTrackError.ts"
import { DataTrackFrame } from "./DataTrackFrame.ts"
import { DataTrackInfo } from "./DataTrackInfo.ts"
import type { PipelineOptions, PublishOptions, SubscribeOptions } from "./DataTrackOptions.ts"
import { normalizeSubscribeOptions } from "./DataTrackOptions.ts"
import * as DataTrackSubscription from "./DataTrackSubscription.ts"
import type { DataTrackSchemaId } from "./Encoding.ts"
import { FrameRing } from "./FrameRing.ts"
import type { LocalDataTrackBackend } from "./LocalDataTrack.ts"
import type { RemoteDataTrack } from "./RemoteDataTrack.ts"
import { makeRoom, Room, type RoomShape } from "./Room.ts"
import { type ConnectionState, RoomEvent } from "./RoomEvent.ts"

/**
 * Frames the publisher queue holds before `tryPush` answers `BufferFull`, as in the core.
 *
 * @since 0.1.0
 * @category constants
 */
export const PUBLISHER_QUEUE_FRAMES = 16

/**
 * Largest schema definition the room stores, in UTF-8 bytes (LiveKit servers accept 60,000 B, refuse 120,000 B).
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_SCHEMA_BYTES = 65_536

/** The code of failures for which the core has no code of its own (see `DataTrackErrorCode`). */
const CODE = "memory"

interface Publication {
  readonly info: DataTrackInfo
  readonly publisher: string
  published: boolean
  readonly unpublished: Deferred.Deferred<void>
  /** The shared subscriber ring; exists while the track has subscribers. */
  ring: FrameRing<DataTrackFrame, never> | undefined
  subscribers: number
  /** Moves what is still in the publisher queue to the subscribers (a graceful unpublish loses nothing). */
  flush: () => void
}

interface Participant {
  readonly identity: string
  readonly canPublish: boolean
  readonly canSubscribe: boolean
  readonly events: PubSub.PubSub<RoomEvent>
  readonly publications: Map<string, Publication>
  readonly schemas: Map<string, string>
  /** `disconnected` once the participant left: events are no longer delivered to it. */
  readonly connectionState: SubscriptionRef.SubscriptionRef<ConnectionState>
}

interface RoomState {
  readonly participants: Map<string, Participant>
}

/**
 * The process-wide switchboard the in-memory rooms connect through (the in-memory "server").
 *
 * @since 0.1.0
 * @category services
 */
export class MemorySfu extends Context.Service<MemorySfu, {
  readonly rooms: Map<string, RoomState>
  readonly nextSid: () => string
}>()("@effect-livekit/core/MemorySfu") {
  /** An empty switchboard; participants meet only through the same one. */
  static readonly layer: Layer.Layer<MemorySfu> = Layer.sync(MemorySfu, () => {
    let sid = 0
    return { rooms: new Map(), nextSid: () => `DTR_mem${(++sid).toString(36).padStart(8, "0")}` }
  })
}

/**
 * Who joins the in-memory room, which room, and with which grants.
 *
 * @since 0.1.0
 * @category models
 */
export interface MemoryRoomOptions {
  readonly identity: string
  /** Room name; participants of different rooms never see each other. */
  readonly room?: string | undefined
  /** Grants, as in a LiveKit token. Both default to true. */
  readonly canPublishData?: boolean | undefined
  readonly canSubscribe?: boolean | undefined
}

const publish = (to: Participant, event: RoomEvent) => {
  if (SubscriptionRef.getUnsafe(to.connectionState) === "connected") PubSub.publishUnsafe(to.events, event)
}

const others = (room: RoomState, self: Participant): Array<Participant> =>
  [...room.participants.values()].filter((participant) => participant !== self)

/** A subscription's frames, read from the track's ring until the scope or the track ends. */
const subscribeTo = Effect.fnUntraced(function*(
  publication: Publication,
  options: SubscribeOptions,
  track: RemoteDataTrack
) {
  if (!publication.published) {
    return yield* new Unpublished({ code: CODE, message: `track "${publication.info.name}" is not published` })
  }
  const ring = publication.ring ?? new FrameRing<DataTrackFrame, never>(options.bufferSize)
  publication.ring = ring
  publication.subscribers++
  const reader = ring.reader()
  yield* Effect.addFinalizer(() =>
    Effect.sync(() => {
      ring.closeReader(reader)
      publication.subscribers--
      if (publication.subscribers === 0 && publication.ring === ring) publication.ring = undefined
    })
  )
  const unit = options.timestampUnit
  const withUnit = (frame: DataTrackFrame) =>
    frame.timestampUnit === unit ? frame : new DataTrackFrame({ ...frame, timestampUnit: unit })
  return DataTrackSubscription.make(track, {
    frames: Stream.fromEffectRepeat(Effect.map(ring.take(reader), withUnit)),
    latest: Stream.fromEffectRepeat(Effect.map(ring.takeLatest(reader), withUnit))
  })
})

const remoteView = (observer: Participant, publication: Publication): RemoteDataTrack => {
  const track: RemoteDataTrack = {
    info: publication.info,
    publisherIdentity: publication.publisher,
    isPublished: Effect.sync(() => publication.published),
    awaitUnpublished: Deferred.await(publication.unpublished),
    subscribe: (input) =>
      observer.canSubscribe
        ? subscribeTo(publication, normalizeSubscribeOptions(input), track)
        : Effect.fail(new NotAllowed({ code: "NOT_ALLOWED", message: `"${observer.identity}" may not subscribe` })),
    // whether the track is published is read when the effect runs, not when it is built
    setPipelineOptions: (_options: PipelineOptions) =>
      Effect.suspend(() =>
        publication.published
          ? Effect.void
          : Effect.fail(new Unpublished({ code: CODE, message: `track "${publication.info.name}" is not published` }))
      )
  }
  return track
}

const unpublishNow = (room: RoomState, self: Participant, publication: Publication) =>
  Effect.sync(() => {
    if (!publication.published) return
    publication.flush()
    publication.published = false
    self.publications.delete(publication.info.name)
    publication.ring?.end()
    Deferred.doneUnsafe(publication.unpublished, Effect.void)
    const event = RoomEvent.DataTrackUnpublished({
      sid: publication.info.sid,
      publisher: self.identity,
      name: publication.info.name
    })
    for (const other of others(room, self)) publish(other, event)
  })

/**
 * Joins the in-memory room as `identity` until the scope closes.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = Effect.fn("MemoryRoom.make")(function*(options: MemoryRoomOptions) {
  const sfu = yield* MemorySfu
  const roomName = options.room ?? "default"
  const room = sfu.rooms.get(roomName) ?? { participants: new Map<string, Participant>() }
  sfu.rooms.set(roomName, room)
  if (room.participants.has(options.identity)) {
    return yield* new Internal({
      code: "DUPLICATE_IDENTITY",
      message: `"${options.identity}" is already in room "${roomName}"`
    })
  }
  const self: Participant = {
    identity: options.identity,
    canPublish: options.canPublishData ?? true,
    canSubscribe: options.canSubscribe ?? true,
    events: yield* PubSub.unbounded<RoomEvent>(),
    publications: new Map(),
    schemas: new Map(),
    connectionState: yield* SubscriptionRef.make<ConnectionState>("connected")
  }
  room.participants.set(self.identity, self)
  for (const other of others(room, self)) publish(other, RoomEvent.ParticipantConnected({ identity: self.identity }))

  yield* Effect.addFinalizer(() =>
    Effect.gen(function*() {
      for (const publication of Array.from(self.publications.values())) yield* unpublishNow(room, self, publication)
      yield* SubscriptionRef.set(self.connectionState, "disconnected")
      room.participants.delete(self.identity)
      if (room.participants.size === 0) sfu.rooms.delete(roomName)
      for (const other of others(room, self)) {
        publish(other, RoomEvent.ParticipantDisconnected({ identity: self.identity }))
      }
      yield* PubSub.shutdown(self.events)
    })
  )

  const publishTrack = Effect.fnUntraced(function*(publishOptions: PublishOptions) {
    if (!self.canPublish) {
      return yield* new NotAllowed({ code: "NOT_ALLOWED", message: `"${self.identity}" may not publish data` })
    }
    // The transport: drains the publisher queue into the subscribers' ring, as the core's sender task does.
    const queue = yield* Queue.bounded<DataTrackFrame>(PUBLISHER_QUEUE_FRAMES)
    if (self.publications.has(publishOptions.name)) {
      return yield* new DuplicateName({
        code: "DUPLICATE_NAME",
        message: `"${self.identity}" already publishes "${publishOptions.name}"`
      })
    }
    const publication: Publication = {
      info: new DataTrackInfo({
        sid: sfu.nextSid(),
        name: publishOptions.name,
        usesE2ee: false,
        ...(publishOptions.schema === undefined ? {} : { schema: publishOptions.schema }),
        ...(publishOptions.frameEncoding === undefined ? {} : { frameEncoding: publishOptions.frameEncoding })
      }),
      publisher: self.identity,
      published: true,
      unpublished: yield* Deferred.make<void>(),
      ring: undefined,
      subscribers: 0,
      flush: () => {
        for (let exit = Queue.takeUnsafe(queue); exit?._tag === "Success"; exit = Queue.takeUnsafe(queue)) {
          publication.ring?.write(exit.value)
        }
      }
    }
    self.publications.set(publishOptions.name, publication)
    yield* Queue.take(queue).pipe(
      Effect.tap((frame) => Effect.sync(() => publication.ring?.write(frame))),
      Effect.forever,
      Effect.forkScoped
    )
    const unpublish = unpublishNow(room, self, publication)
    yield* Effect.addFinalizer(() => unpublish)
    for (const other of others(room, self)) {
      publish(other, RoomEvent.DataTrackPublished({ track: remoteView(other, publication) }))
    }
    const backend: LocalDataTrackBackend = {
      info: publication.info,
      push: (frame) =>
        Effect.suspend((): Effect.Effect<void, Unpublished | BufferFull> => {
          if (!publication.published) {
            return Effect.fail(new Unpublished({ code: "TRACK_UNPUBLISHED", message: "the track is unpublished" }))
          }
          return Queue.offerUnsafe(queue, frame)
            ? Effect.void
            : Effect.fail(new BufferFull({ code: "QUEUE_FULL", message: "the publisher queue is full" }))
        }),
      isPublished: Effect.sync(() => publication.published),
      unpublish,
      // `push` waits for room in the publisher queue (its taker runs on this scheduler); `tryPush` does not.
      pacer: {
        paced: (_frame, push) =>
          Effect.andThen(
            Effect.whileLoop({
              while: () => publication.published && Queue.isFullUnsafe(queue),
              body: () => Effect.yieldNow,
              step: () => {}
            }),
            push
          ),
        book: () => Effect.void
      }
    }
    return backend
  })

  const snapshot = Effect.gen(function*() {
    const subscription = yield* PubSub.subscribe(self.events)
    const tracks = others(room, self).flatMap((other) =>
      [...other.publications.values()].map((publication) => remoteView(self, publication))
    )
    return { tracks, events: Stream.fromSubscription(subscription) }
  })

  const defineSchema = (id: DataTrackSchemaId, definition: string) =>
    Effect.suspend((): Effect.Effect<void, SchemaTooLarge | DuplicateSchema> => {
      const size = new TextEncoder().encode(definition).byteLength
      if (size > MAX_SCHEMA_BYTES) {
        return Effect.fail(
          new SchemaTooLarge({
            code: CODE,
            message: `a schema definition of ${size} bytes exceeds ${MAX_SCHEMA_BYTES} bytes`,
            size,
            limit: MAX_SCHEMA_BYTES
          })
        )
      }
      if (self.schemas.has(id.key)) {
        return Effect.fail(new DuplicateSchema({ code: CODE, message: `schema ${id.key} is already defined` }))
      }
      self.schemas.set(id.key, definition)
      return Effect.void
    })

  const getSchema = (id: DataTrackSchemaId, publisher: string) =>
    Effect.suspend(() => {
      const definition = room.participants.get(publisher)?.schemas.get(id.key)
      return definition === undefined
        ? Effect.fail(new SchemaNotFound({ code: CODE, message: `"${publisher}" defines no schema ${id.key}` }))
        : Effect.succeed(definition)
    })

  const shape: RoomShape = makeRoom({
    localIdentity: self.identity,
    publish: publishTrack,
    snapshot,
    defineSchema,
    getSchema,
    connectionState: self.connectionState
  })
  return shape
})

/**
 * The `Room` of one participant of an in-memory room; needs a `MemorySfu` shared by the participants.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = (options: MemoryRoomOptions): Layer.Layer<Room, Internal, MemorySfu> =>
  Layer.effect(Room, make(options))
