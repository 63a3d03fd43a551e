/**
 * An MCAP file as a scoped Sink: the file is opened when the sink is made and finished (summary, indexes,
 * footer) when the records end — a failure to finish is the sink's typed error — or, failing that, when its scope
 * closes (failure, interruption), so an interrupted recording is still a valid, indexed file. Chunks are
 * zstd-compressed (level 1, 1 MiB), as the upstream viewer writes them.
 *
 * McapWriter corrupts a file when calls overlap, and an interrupted fiber does not stop the promise it was
 * waiting for: every writer call goes through one promise chain, and closing waits for its tail.
 */
import { type IWritable, McapWriter } from "@mcap/core"
import { Effect, Schema, type Scope, Sink, Stream } from "effect"
import { open } from "node:fs/promises"
import * as zlib from "node:zlib"

export class McapWriteError extends Schema.TaggedError<McapWriteError>()("McapWriteError", {
  path: Schema.String,
  message: Schema.String
}) {}

/** A channel of the file: where a message goes, with the schema that describes it. */
export interface McapChannel {
  readonly topic: string
  readonly messageEncoding: string
  /** Schema name (`foxglove.RawImage`); empty for schemaless channels. */
  readonly schemaName: string
  /** MCAP schema encoding (`protobuf`, `jsonschema`, ...); empty for schemaless channels. */
  readonly schemaEncoding: string
  readonly schemaData: Uint8Array
  readonly metadata: Readonly<Record<string, string>>
}

export interface McapRecord {
  /** Identifies the channel; records with the same key share one (registered on first use). */
  readonly channelKey: string
  readonly channel: McapChannel
  readonly publishTimeNanos: bigint
  readonly logTimeNanos: bigint
  readonly data: Uint8Array
}

export interface ChannelSummary {
  readonly topic: string
  messages: number
  bytes: number
}

export interface McapSinkSummary {
  readonly path: string
  messages: number
  bytes: number
  readonly channels: Map<string, ChannelSummary>
}

export interface McapSinkOptions {
  readonly path: string
  readonly compression?: "zstd" | "none" | undefined
  readonly chunkSize?: number | undefined
  /** MCAP header profile; empty for plain protobuf files. */
  readonly profile?: string | undefined
  /** Called after each message is written, with the running summary (progress displays, tests). */
  readonly onWritten?: ((summary: McapSinkSummary) => Effect.Effect<void>) | undefined
}

const zstdChunk = (data: Uint8Array) => {
  const compressed = zlib.zstdCompressSync(data, { params: { [zlib.constants.ZSTD_c_compressionLevel]: 1 } })
  return {
    compression: "zstd",
    compressedData: new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.byteLength)
  }
}

const bytesEqual = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((x, i) => x === b[i])

/** MCAP times are unsigned 64-bit nanoseconds; the writer would wrap anything else silently. */
const MAX_TIME_NANOS = 2n ** 64n - 1n
const timeOutOfRange = (record: McapRecord): string | undefined =>
  record.logTimeNanos < 0n || record.logTimeNanos > MAX_TIME_NANOS
    ? `log time ${record.logTimeNanos} ns`
    : record.publishTimeNanos < 0n || record.publishTimeNanos > MAX_TIME_NANOS
    ? `publish time ${record.publishTimeNanos} ns`
    : undefined

/**
 * Opens `path` and returns a Sink that writes every record it is given and ends with its summary. The file is
 * finished when the scope closes.
 */
export const make = Effect.fn("McapSink.make")(function*(options: McapSinkOptions) {
  const path = options.path
  const fail = (error: unknown) =>
    new McapWriteError({ path, message: error instanceof Error ? error.message : String(error) })
  let tail: Promise<unknown> = Promise.resolve()
  const serial = <A>(f: () => Promise<A>): Promise<A> => {
    const next = tail.then(f)
    tail = next.catch(() => undefined)
    return next
  }
  const call = <A>(f: () => Promise<A>) => Effect.tryPromise({ try: () => serial(f), catch: fail })
  /** Set when `end` was called, by the sink or by the finalizer: it is called once. */
  let ended = false

  const writer = yield* Effect.acquireRelease(
    Effect.tryPromise({
      try: async () => {
        const handle = await open(path, "w")
        let position = 0n
        const writable: IWritable = {
          position: () => position,
          write: async (buffer) => {
            await handle.write(buffer)
            position += BigInt(buffer.byteLength)
          }
        }
        const writer = new McapWriter({
          writable,
          chunkSize: options.chunkSize ?? 1024 * 1024,
          ...(options.compression === "none" ? {} : { compressChunk: zstdChunk })
        })
        try {
          await writer.start({ profile: options.profile ?? "", library: "effect-livekit" })
        } catch (error) {
          await handle.close().catch(() => undefined)
          throw error
        }
        return { writer, handle }
      },
      catch: fail
    }),
    ({ handle, writer }) =>
      Effect.tryPromise({
        try: () => {
          if (ended) return tail
          ended = true
          return serial(() => writer.end())
        },
        catch: fail
      }).pipe(
        // the sink's own end reports its failure; here (failure, interruption) a log line is all that is left
        Effect.catch((error) => Effect.logWarning(`cannot finish ${path}: ${error.message}`)),
        Effect.ensuring(Effect.promise(() => handle.close().catch(() => undefined)))
      )
  )

  const schemas: Array<
    { readonly name: string; readonly encoding: string; readonly data: Uint8Array; readonly id: number }
  > = []
  const channels = new Map<string, number>()
  const sequences = new Map<number, number>()
  const summary: McapSinkSummary = { path, messages: 0, bytes: 0, channels: new Map() }

  const schemaId = (channel: McapChannel): Effect.Effect<number, McapWriteError> => {
    if (channel.schemaName === "") return Effect.succeed(0)
    const known = schemas.find((s) =>
      s.name === channel.schemaName && s.encoding === channel.schemaEncoding && bytesEqual(s.data, channel.schemaData)
    )
    if (known !== undefined) return Effect.succeed(known.id)
    return call(() =>
      writer.writer.registerSchema({
        name: channel.schemaName,
        encoding: channel.schemaEncoding,
        data: channel.schemaData
      })
    ).pipe(
      Effect.tap((id) =>
        Effect.sync(() =>
          schemas.push({ name: channel.schemaName, encoding: channel.schemaEncoding, data: channel.schemaData, id })
        )
      )
    )
  }

  const channelId = (record: McapRecord): Effect.Effect<number, McapWriteError> => {
    const known = channels.get(record.channelKey)
    if (known !== undefined) return Effect.succeed(known)
    return schemaId(record.channel).pipe(
      Effect.flatMap((schema) =>
        call(() =>
          writer.writer.registerChannel({
            schemaId: schema,
            topic: record.channel.topic,
            messageEncoding: record.channel.messageEncoding,
            metadata: new Map(Object.entries(record.channel.metadata))
          })
        )
      ),
      Effect.tap((id) => Effect.sync(() => channels.set(record.channelKey, id)))
    )
  }

  const finish = Effect.suspend(() => {
    if (ended) return Effect.void
    ended = true
    return call(() => writer.writer.end())
  })

  const write = (record: McapRecord): Effect.Effect<void, McapWriteError> => {
    const badTime = timeOutOfRange(record)
    if (badTime !== undefined) {
      return Effect.fail(
        new McapWriteError({
          path,
          message: `${badTime} on ${record.channel.topic} is outside MCAP's unsigned 64 bits`
        })
      )
    }
    return channelId(record).pipe(
      Effect.flatMap((id) => {
        const sequence = (sequences.get(id) ?? 0) + 1
        sequences.set(id, sequence)
        return call(() =>
          writer.writer.addMessage({
            channelId: id,
            sequence,
            publishTime: record.publishTimeNanos,
            logTime: record.logTimeNanos,
            data: record.data
          })
        )
      }),
      Effect.tap(() =>
        Effect.sync(() => {
          summary.messages++
          summary.bytes += record.data.byteLength
          const channel = summary.channels.get(record.channelKey) ??
            { topic: record.channel.topic, messages: 0, bytes: 0 }
          channel.messages++
          channel.bytes += record.data.byteLength
          summary.channels.set(record.channelKey, channel)
        })
      ),
      Effect.andThen(() => options.onWritten === undefined ? Effect.void : options.onWritten(summary))
    )
  }

  const sink: Sink.Sink<McapSinkSummary, McapRecord, never, McapWriteError> = Sink.forEach(write).pipe(
    Sink.mapEffect(() => Effect.as(finish, summary))
  )
  return sink
})

/** Runs a stream of records into a new MCAP file, finished before this returns (even when interrupted). */
export const write = <E, R>(
  options: McapSinkOptions,
  records: Stream.Stream<McapRecord, E, R>
): Effect.Effect<McapSinkSummary, E | McapWriteError, Exclude<R, Scope.Scope>> =>
  Effect.scoped(Effect.flatMap(make(options), (sink) => Stream.run(records, sink)))
