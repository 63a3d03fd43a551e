/**
 * Records data tracks of a room to MCAP: subscribes to every track (or the chosen ones) published now and later,
 * follows publish/unpublish, and turns each frame into an MCAP record — topic = track name, schema from the
 * track's schema id plus the definition its publisher stored (`getSchema`; protobuf definitions are base64
 * FileDescriptorSets), message encoding = frame encoding, the wire codec undone first (zlib/zstd/delta-zstd
 * detected by magic bytes), `publishTime` = the sender's user timestamp, `logTime` = arrival. Channel metadata
 * names the participant and the track sid. `record` runs the records into an `McapSink`.
 */
import { type DataTrackFrame, encodingName, guessTimestampUnit, Room, type TimestampUnit } from "@effect-livekit/core"
import type { RemoteDataTrack as Remote } from "@effect-livekit/core"
import { Clock, Effect, Stream } from "effect"
import * as McapSink from "./McapSink.ts"
import type { McapChannel, McapRecord, McapSinkOptions, McapSinkSummary } from "./McapSink.ts"
import * as WireCodec from "./WireCodec.ts"

type RemoteDataTrack = Remote.RemoteDataTrack

export interface RecorderInput {
  /** Track names to record; every track when absent. */
  readonly tracks?: ReadonlyArray<string> | undefined
  /** Only tracks of these participants; everyone's when absent. */
  readonly publishers?: ReadonlyArray<string> | undefined
  /** Subscriber buffer per track (frames, drop-oldest). */
  readonly bufferSize?: number | undefined
  /**
   * Unit of the senders' user timestamps, for the messages' `publishTime`. Default `auto`: each timestamp above 10^14
   * is microseconds, others milliseconds (`guessTimestampUnit`), so both the Rust core's and the browser SDK's
   * milliseconds and the RGB-D publisher's microseconds give wall-clock publish times.
   */
  readonly timestampUnit?: TimestampUnit | "auto" | undefined
  /** Called once the recorder is subscribed to a track (frames pushed from then on are recorded). */
  readonly onSubscribed?: ((track: RemoteDataTrack) => Effect.Effect<void>) | undefined
}

const schemaBytes = (encoding: string, definition: string): Uint8Array =>
  encoding === "protobuf" || encoding === "flatbuffer"
    ? new Uint8Array(Buffer.from(definition, "base64")) // binary descriptors travel base64-encoded
    : new TextEncoder().encode(definition)

/** A track's schema as its publisher stored it: name, encoding, and the definition (protobuf ones base64). */
export interface TrackSchema {
  readonly name: string
  readonly encoding: string
  readonly definition: string
}

/** The schema of a track, fetched from its publisher; none when it has no schema id or the fetch fails (logged). */
export const schemaOf = Effect.fn("Recorder.schemaOf")(function*(track: RemoteDataTrack) {
  const room = yield* Room
  const schema = track.info.schema
  if (schema === undefined) return undefined
  const definition = yield* room.getSchema(schema, track.publisherIdentity).pipe(
    Effect.tapError((error) =>
      Effect.logWarning(`no schema ${schema.name} from ${track.publisherIdentity}: ${error._tag}; going schemaless`)
    ),
    Effect.option
  )
  if (definition._tag === "None") return undefined
  return {
    name: schema.name,
    encoding: encodingName(schema.encoding),
    definition: definition.value
  } satisfies TrackSchema
})

/** The message encoding of a track's frames (MCAP's names), empty when the publisher set none. */
export const messageEncodingOf = (track: RemoteDataTrack): string =>
  track.info.frameEncoding === undefined ? "" : encodingName(track.info.frameEncoding)

/** The MCAP channel of a track: its schema fetched from the publisher (schemaless when it has none). */
export const channelOf = Effect.fn("Recorder.channelOf")(function*(track: RemoteDataTrack) {
  const { info } = track
  const metadata: Record<string, string> = {
    participant: track.publisherIdentity,
    track_sid: info.sid,
    ...(info.frameEncoding === undefined ? {} : { frame_encoding: encodingName(info.frameEncoding) })
  }
  const schemaless: McapChannel = {
    topic: info.name,
    messageEncoding: messageEncodingOf(track),
    schemaName: "",
    schemaEncoding: "",
    schemaData: new Uint8Array(),
    metadata
  }
  const schema = yield* schemaOf(track)
  if (schema === undefined) return schemaless
  return {
    ...schemaless,
    schemaName: schema.name,
    schemaEncoding: schema.encoding,
    schemaData: schemaBytes(schema.encoding, schema.definition)
  } satisfies McapChannel
})

/**
 * The sender's time of a frame in ns since the epoch, from its user timestamp; undefined without one, or when it does
 * not fit MCAP's unsigned 64-bit nanoseconds (a stamp past the year 2554: the receive time stands in for it).
 */
export const publishTimeNanos = (frame: DataTrackFrame, unit: TimestampUnit | "auto"): bigint | undefined => {
  if (frame.userTimestamp === undefined) return undefined
  const micros = (unit === "auto" ? guessTimestampUnit(frame.userTimestamp) : unit) === "microseconds"
  const nanos = frame.userTimestamp * (micros ? 1000n : 1_000_000n)
  return nanos < 2n ** 64n ? nanos : undefined
}

/** A frame's payload as the message: compressed protobuf payloads are decompressed. */
export const messageOf = (messageEncoding: string, payload: Uint8Array): Uint8Array => {
  if (messageEncoding !== "protobuf") return payload
  const codec = WireCodec.detect(payload)
  if (codec === undefined || codec === "none") return payload
  try {
    return WireCodec.decompress(codec, payload)
  } catch {
    return payload // a protobuf message that merely starts like a zlib/zstd stream
  }
}

const selected = (input: RecorderInput) => (track: RemoteDataTrack): boolean =>
  (input.tracks === undefined || input.tracks.includes(track.info.name)) &&
  (input.publishers === undefined || input.publishers.includes(track.publisherIdentity))

/** The records of one track until it is unpublished (or its subscription fails, which is logged). */
const trackRecords = (track: RemoteDataTrack, input: RecorderInput): Stream.Stream<McapRecord, never, Room> =>
  Stream.unwrap(Effect.gen(function*() {
    // subscribe first: the track's buffer keeps frames while the schema is fetched
    const unit = input.timestampUnit ?? "auto"
    const subscription = yield* track.subscribe({
      bufferSize: input.bufferSize ?? 64,
      timestampUnit: unit === "auto" ? "milliseconds" : unit
    })
    const channel = yield* channelOf(track)
    const channelKey = `${track.publisherIdentity}/${track.info.sid}`
    yield* Effect.logDebug(`recording ${track.info.name} from ${track.publisherIdentity}`)
    if (input.onSubscribed !== undefined) yield* input.onSubscribed(track)
    return Stream.mapEffect(subscription.frames, (frame) =>
      Effect.map(Clock.currentTimeNanos, (now): McapRecord => ({
        channelKey,
        channel,
        logTimeNanos: now,
        publishTimeNanos: publishTimeNanos(frame, unit) ?? now,
        data: messageOf(channel.messageEncoding, frame.payload)
      })))
  })).pipe(
    Stream.catch((error) =>
      Stream.fromEffect(Effect.logWarning(`stopped recording ${track.info.name}: ${error._tag}`)).pipe(Stream.drain)
    )
  )

/** Every frame of the selected tracks, published now or later, as MCAP records. Never ends by itself. */
export const records = (input: RecorderInput = {}): Stream.Stream<McapRecord, never, Room> =>
  Stream.unwrap(Effect.gen(function*() {
    const room = yield* Room
    return room.remoteDataTracks.pipe(
      Stream.filter(selected(input)),
      Stream.flatMap((track) => trackRecords(track, input), { concurrency: "unbounded" })
    )
  }))

export interface RecordOptions extends RecorderInput, McapSinkOptions {
  /** Stops recording when this completes (the file is finished either way). */
  readonly until?: Effect.Effect<void> | undefined
}

/** Records the room into an MCAP file until `until` completes or the fiber is interrupted. */
export const record = (options: RecordOptions): Effect.Effect<McapSinkSummary, McapSink.McapWriteError, Room> => {
  const stream = options.until === undefined ? records(options) : Stream.interruptWhen(records(options), options.until)
  return McapSink.write(options, stream)
}
