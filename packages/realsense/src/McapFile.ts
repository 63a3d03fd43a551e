/** Reading MCAP files back: every message with CRC validation, and a summary of channels, counts and bytes. */
import { McapIndexedReader, McapStreamReader, type McapTypes } from "@mcap/core"
import { FileHandleReadable } from "@mcap/nodejs"
import { Effect, Schema } from "effect"
import { open, readFile, stat } from "node:fs/promises"
import * as zlib from "node:zlib"

export class McapReadError extends Schema.TaggedError<McapReadError>()("McapReadError", {
  path: Schema.String,
  message: Schema.String
}) {}

const decompressHandlers: McapTypes.DecompressHandlers = {
  zstd: (buffer) => {
    const out = zlib.zstdDecompressSync(buffer)
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
  }
}

export interface ReadChannel {
  readonly id: number
  readonly topic: string
  readonly messageEncoding: string
  readonly metadata: ReadonlyMap<string, string>
  readonly schema: { readonly name: string; readonly encoding: string; readonly data: Uint8Array } | undefined
}

export interface ReadMessage {
  readonly channel: ReadChannel
  readonly sequence: number
  readonly publishTime: bigint
  readonly logTime: bigint
  readonly data: Uint8Array
}

export interface McapContents {
  readonly channels: ReadonlyArray<ReadChannel>
  readonly messages: ReadonlyArray<ReadMessage>
  /** Whether the summary section (indexes, statistics) is present. */
  readonly indexed: boolean
}

const failWith = (path: string) => (error: unknown) =>
  new McapReadError({ path, message: error instanceof Error ? error.message : String(error) })

/**
 * Reads a whole file record by record with every CRC checked (chunks, data section, summary), then reads it again
 * through its index (which fails on a file without a valid summary and footer).
 */
export const readAll = (path: string): Effect.Effect<McapContents, McapReadError> =>
  Effect.tryPromise({
    try: async () => {
      const bytes = await readFile(path)
      const stream = new McapStreamReader({ validateCrcs: true, decompressHandlers })
      stream.append(bytes)
      const schemas = new Map<number, McapTypes.Schema>()
      const channels = new Map<number, ReadChannel>()
      const messages: Array<ReadMessage> = []
      let footer = false
      for (let record = stream.nextRecord(); record !== undefined; record = stream.nextRecord()) {
        if (record.type === "Schema") schemas.set(record.id, record)
        else if (record.type === "Channel" && !channels.has(record.id)) {
          const schema = schemas.get(record.schemaId)
          channels.set(record.id, {
            id: record.id,
            topic: record.topic,
            messageEncoding: record.messageEncoding,
            metadata: record.metadata,
            schema: schema === undefined
              ? undefined
              : { name: schema.name, encoding: schema.encoding, data: schema.data }
          })
        } else if (record.type === "Message") {
          const channel = channels.get(record.channelId)
          if (channel === undefined) throw new Error(`message on unknown channel ${record.channelId}`)
          messages.push({
            channel,
            sequence: record.sequence,
            publishTime: record.publishTime,
            logTime: record.logTime,
            data: record.data
          })
        } else if (record.type === "Footer") footer = true
      }
      if (!stream.done()) throw new Error("the file ends inside a record")
      if (!footer) throw new Error("the file has no footer")
      const handle = await open(path, "r")
      try {
        const indexed = await McapIndexedReader.Initialize({
          readable: new FileHandleReadable(handle),
          decompressHandlers
        })
        let count = 0
        for await (const _ of indexed.readMessages({ validateCrcs: true })) count++
        if (count !== messages.length) {
          throw new Error(`the index lists ${count} messages, the file holds ${messages.length}`)
        }
        return { channels: [...channels.values()], messages, indexed: indexed.statistics !== undefined }
      } finally {
        await handle.close()
      }
    },
    catch: failWith(path)
  })

export interface FileSummary {
  readonly path: string
  readonly fileBytes: number
  readonly messages: number
  readonly channels: ReadonlyArray<{
    readonly topic: string
    readonly schema: string
    readonly messageEncoding: string
    readonly messages: number
    readonly bytes: number
    readonly metadata: Readonly<Record<string, string>>
  }>
}

/** What a file holds, per channel. */
export const summarize = (path: string): Effect.Effect<FileSummary, McapReadError> =>
  Effect.gen(function*() {
    const contents = yield* readAll(path)
    const fileBytes = yield* Effect.tryPromise({ try: () => stat(path), catch: failWith(path) })
    const channels = contents.channels.map((channel) => {
      const messages = contents.messages.filter((m) => m.channel.id === channel.id)
      return {
        topic: channel.topic,
        schema: channel.schema?.name ?? "",
        messageEncoding: channel.messageEncoding,
        messages: messages.length,
        bytes: messages.reduce((sum, m) => sum + m.data.byteLength, 0),
        metadata: Object.fromEntries(channel.metadata)
      }
    })
    return { path, fileBytes: fileBytes.size, messages: contents.messages.length, channels }
  })

/** A fixed-width table of a summary, for the terminal. */
export const formatSummary = (summary: FileSummary): string => {
  const rows = summary.channels.map((c) =>
    `  ${c.topic.padEnd(28)} ${c.schema.padEnd(28)} ${String(c.messages).padStart(7)} msgs ${
      String(c.bytes).padStart(12)
    } B`
  )
  return [
    `${summary.path}: ${summary.fileBytes} bytes, ${summary.messages} messages, ${summary.channels.length} channels`,
    ...rows
  ].join("\n")
}
