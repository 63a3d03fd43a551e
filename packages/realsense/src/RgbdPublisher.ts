/**
 * Publishes an RGB-D source on data tracks: `camera/depth` (`foxglove.RawImage` through the wire codec),
 * `camera/color` (`foxglove.CompressedImage`, JPEG), `camera/pose` (`foxglove.PoseInFrame`) and
 * `camera/depth/camera_info` (`foxglove.CameraCalibration`). Each track carries its schema id and the `protobuf`
 * frame encoding, and the schema (a base64 FileDescriptorSet) is stored with `defineSchema` for subscribers.
 * Frames carry the capture time in microseconds. A push that fails is counted by track and reason; it never
 * ends the stream (data tracks are lossy: the next frame is what matters).
 */
import {
  DataTrackFrame,
  DataTrackSchemaId,
  type DefineSchemaError,
  type PublishError,
  Room,
  SendPacer
} from "@effect-livekit/core"
import type { LocalDataTrack } from "@effect-livekit/core"
import { Effect, Schema, type Scope, Stream } from "effect"
import { type FoxgloveMessageName, schemaDefinition } from "./FoxgloveDescriptors.ts"
import type { RgbdFrame } from "./RgbdFrame.ts"
import * as RgbdMessages from "./RgbdMessages.ts"
import * as WireCodec from "./WireCodec.ts"

export class PublisherOptions extends Schema.Class<PublisherOptions>("@effect-livekit/realsense/PublisherOptions")({
  /** Track name prefix: `<prefix>/depth`, ... */
  prefix: Schema.String,
  codec: WireCodec.WireCodecName,
  color: Schema.Boolean,
  pose: Schema.Boolean,
  cameraInfo: Schema.Boolean,
  jpegQuality: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 100 })),
  /**
   * Least capture time between two color frames, ms. JPEG encoding in JavaScript costs tens of ms per 640x480
   * frame (see the README), so color goes at a lower rate than depth unless asked otherwise.
   */
  colorIntervalMs: Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
}) {}

export interface PublisherInput {
  readonly prefix?: string
  readonly codec?: WireCodec.WireCodecName
  readonly color?: boolean
  readonly pose?: boolean
  readonly cameraInfo?: boolean
  readonly jpegQuality?: number
  readonly colorIntervalMs?: number
}

export type TrackKind = "depth" | "color" | "pose" | "cameraInfo"

/** Counters of one track. */
export interface TrackStats {
  readonly name: string
  pushed: number
  bytes: number
  /** Transport packets of the frames pushed. */
  packets: number
  /** Failed pushes by error tag (`BufferFull`, `FrameTooLarge`, `Unpublished`, ...). */
  readonly failed: Record<string, number>
}

export interface PublisherStats {
  frames: number
  readonly tracks: Partial<Record<TrackKind, TrackStats>>
}

const schemaOf: Record<TrackKind, FoxgloveMessageName> = {
  depth: "foxglove.RawImage",
  color: "foxglove.CompressedImage",
  pose: "foxglove.PoseInFrame",
  cameraInfo: "foxglove.CameraCalibration"
}

/** The track names for a prefix. */
export const trackNames = (prefix = "camera"): Record<TrackKind, string> => ({
  depth: `${prefix}/depth`,
  color: `${prefix}/color`,
  pose: `${prefix}/pose`,
  cameraInfo: `${prefix}/depth/camera_info`
})

export const schemaIdOf = (kind: TrackKind): DataTrackSchemaId =>
  new DataTrackSchemaId({ name: schemaOf[kind], encoding: "protobuf" })

/** Stores a Foxglove schema for subscribers; one this participant already stored is fine. */
export const defineFoxgloveSchema = Effect.fn("RgbdPublisher.defineFoxgloveSchema")(
  function*(name: FoxgloveMessageName) {
    const room = yield* Room
    yield* room.defineSchema(new DataTrackSchemaId({ name, encoding: "protobuf" }), schemaDefinition(name)).pipe(
      Effect.catchTag("DuplicateSchema", () => Effect.void)
    )
  }
)

interface Publication {
  readonly kind: TrackKind
  readonly track: LocalDataTrack.LocalDataTrack
  readonly stats: TrackStats
}

/**
 * Publishes the tracks until the scope closes and returns a function that pushes one frame on each of them,
 * plus the live counters.
 */
export const make = Effect.fn("RgbdPublisher.make")(function*(input: PublisherInput = {}) {
  const options = new PublisherOptions({
    prefix: input.prefix ?? "camera",
    codec: input.codec ?? WireCodec.DEFAULT_WIRE_CODEC,
    color: input.color ?? true,
    pose: input.pose ?? true,
    cameraInfo: input.cameraInfo ?? true,
    jpegQuality: input.jpegQuality ?? 80,
    colorIntervalMs: input.colorIntervalMs ?? 200
  })
  const room = yield* Room
  const names = trackNames(options.prefix)
  const kinds: ReadonlyArray<TrackKind> = [
    "depth",
    ...(options.color ? ["color" as const] : []),
    ...(options.pose ? ["pose" as const] : []),
    ...(options.cameraInfo ? ["cameraInfo" as const] : [])
  ]
  const stats: PublisherStats = { frames: 0, tracks: {} }
  const publications = new Map<TrackKind, Publication>()
  for (const kind of kinds) {
    yield* defineFoxgloveSchema(schemaOf[kind])
    const track = yield* room.publishDataTrack({
      name: names[kind],
      schema: schemaIdOf(kind),
      frameEncoding: "protobuf"
    })
    const trackStats: TrackStats = { name: names[kind], pushed: 0, bytes: 0, packets: 0, failed: {} }
    stats.tracks[kind] = trackStats
    publications.set(kind, { kind, track, stats: trackStats })
  }

  const push = (kind: TrackKind, payload: Uint8Array, frame: RgbdFrame): Effect.Effect<void> => {
    const publication = publications.get(kind)
    if (publication === undefined) return Effect.void
    const { stats: s, track } = publication
    const dataTrackFrame = new DataTrackFrame({
      payload,
      userTimestamp: frame.timestampMicros,
      timestampUnit: "microseconds"
    })
    return track.push(dataTrackFrame).pipe(
      Effect.map(() => {
        s.pushed++
        s.bytes += payload.byteLength
        s.packets += SendPacer.packetsOf(dataTrackFrame)
      }),
      Effect.catch((error) =>
        Effect.sync(() => {
          s.failed[error._tag] = (s.failed[error._tag] ?? 0) + 1
        })
      )
    )
  }

  let lastColorMicros: bigint | undefined
  const colorDue = (frame: RgbdFrame): boolean => {
    const due = lastColorMicros === undefined || frame.timestampMicros < lastColorMicros ||
      Number(frame.timestampMicros - lastColorMicros) >= options.colorIntervalMs * 1000
    if (due) lastColorMicros = frame.timestampMicros
    return due
  }

  /**
   * Encodes a frame for every track and pushes it, paced (`push`): the core's transport keeps one waiting frame per
   * participant and drops it for a newer one. The small frames go first and depth last, so that a camera frame
   * takes one wait behind the previous depth frame rather than one for every track. Never fails.
   */
  const pushFrame = (frame: RgbdFrame): Effect.Effect<void> =>
    Effect.suspend(() => {
      stats.frames++
      // Everything is encoded before the first push, so that encoding overlaps the previous frame's transmission.
      const messages: Array<readonly [TrackKind, Uint8Array]> = []
      if (options.cameraInfo) messages.push(["cameraInfo", RgbdMessages.cameraInfoMessage(frame)])
      if (options.pose && frame.pose !== undefined) messages.push(["pose", RgbdMessages.poseMessage(frame, frame.pose)])
      if (options.color && frame.color !== undefined && colorDue(frame)) {
        messages.push(["color", RgbdMessages.colorMessage(frame, frame.color, options.jpegQuality)])
      }
      messages.push(["depth", WireCodec.encode(options.codec, RgbdMessages.depthMessage(frame))])
      return Effect.forEach(messages, ([kind, payload]) => push(kind, payload, frame), { discard: true })
    })

  return { options, stats, pushFrame, tracks: names }
})

/** Publishes every frame of `source` until it ends; returns the counters. */
export const publish = <E, R>(
  source: Stream.Stream<RgbdFrame, E, R>,
  input: PublisherInput = {}
): Effect.Effect<PublisherStats, E | PublishError | DefineSchemaError, R | Room | Scope.Scope> =>
  Effect.gen(function*() {
    const publisher = yield* make(input)
    yield* Stream.runForEach(source, publisher.pushFrame)
    return publisher.stats
  })
