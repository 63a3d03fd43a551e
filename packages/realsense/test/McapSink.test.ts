import { afterAll, describe, expect, it } from "@effect/vitest"
import { McapIndexedReader, McapStreamReader, type McapTypes } from "@mcap/core"
import { Deferred, Effect, Exit, Fiber, Schema, Scope, Stream } from "effect"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as zlib from "node:zlib"
import * as McapSink from "../src/McapSink.ts"

const directory = mkdtempSync(join(tmpdir(), "mcap-sink-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let files = 0
/** A new file name in this test file's temporary directory. */
const tmpFile = (name: string) => join(directory, `${files++}-${name}`)

const decompressHandlers: McapTypes.DecompressHandlers = {
  zstd: (buffer) => {
    const out = zlib.zstdDecompressSync(buffer)
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
  }
}

/** An in-memory `IReadable` for the indexed reader. */
const readableOf = (bytes: Uint8Array): McapTypes.IReadable => ({
  size: () => Promise.resolve(BigInt(bytes.byteLength)),
  read: (offset, size) => Promise.resolve(bytes.subarray(Number(offset), Number(offset + size)))
})

/**
 * Reads a file back with @mcap/core twice: record by record (every CRC checked, chunks included, up to the footer and
 * closing magic), and through its summary and indexes (which needs a finished file).
 */
const readBack = (path: string) =>
  Effect.tryPromise(async () => {
    const bytes = new Uint8Array(readFileSync(path))
    const stream = new McapStreamReader({ validateCrcs: true, decompressHandlers, includeChunks: true })
    stream.append(bytes)
    const all: Array<McapTypes.TypedMcapRecord> = []
    for (let record = stream.nextRecord(); record !== undefined; record = stream.nextRecord()) all.push(record)
    // the data section ends with DataEnd; the summary after it repeats the schemas and channels
    const dataEnd = all.findIndex((record) => record.type === "DataEnd")
    const data = dataEnd < 0 ? all : all.slice(0, dataEnd + 1)
    const ofType = <K extends McapTypes.TypedMcapRecord["type"]>(type: K) =>
      data.filter((record): record is McapTypes.TypedMcapRecords[K] => record.type === type)
    const records = {
      Header: ofType("Header"),
      Schema: ofType("Schema"),
      Channel: ofType("Channel"),
      Message: ofType("Message"),
      Chunk: ofType("Chunk"),
      DataEnd: ofType("DataEnd")
    }
    const summaryRecords = dataEnd < 0 ? [] : all.slice(dataEnd + 1)
    const indexed = await McapIndexedReader.Initialize({ readable: readableOf(bytes), decompressHandlers })
    const indexedMessages: Array<McapTypes.Message> = []
    for await (const message of indexed.readMessages({ validateCrcs: true })) indexedMessages.push(message)
    return {
      done: stream.done(),
      types: all.map((record) => record.type),
      /** The records of the data section, by type (chunk contents included). */
      records,
      /** The records after DataEnd. */
      summaryRecords,
      indexed,
      indexedMessages
    }
  })

/** The records of a file, as far as they go, and whether it ends with a footer and the closing magic. */
const recordsIn = (path: string) => {
  const stream = new McapStreamReader({ validateCrcs: true, decompressHandlers })
  stream.append(new Uint8Array(readFileSync(path)))
  const types: Array<string> = []
  for (let record = stream.nextRecord(); record !== undefined; record = stream.nextRecord()) types.push(record.type)
  return { done: stream.done(), types }
}

const depth: McapSink.McapChannel = {
  topic: "camera/depth",
  messageEncoding: "protobuf",
  schemaName: "foxglove.RawImage",
  schemaEncoding: "protobuf",
  schemaData: Uint8Array.of(0x0a, 0x03, 0x66, 0x6f, 0x6f),
  metadata: { participant: "camera", track_sid: "DTR_depth" }
}

const status: McapSink.McapChannel = {
  topic: "status",
  messageEncoding: "json",
  schemaName: "",
  schemaEncoding: "",
  schemaData: new Uint8Array(),
  metadata: {}
}

const record = (
  channelKey: string,
  channel: McapSink.McapChannel,
  logTimeNanos: bigint,
  data: Uint8Array,
  publishTimeNanos = logTimeNanos
): McapSink.McapRecord => ({ channelKey, channel, logTimeNanos, publishTimeNanos, data })

const text = (value: string) => new TextEncoder().encode(value)

const T0 = 1_764_000_000_000_000_000n

describe("McapSink", () => {
  it.effect("writes the header, each channel with its schema and metadata, and every message with its times", () =>
    Effect.gen(function*() {
      const path = tmpFile("basic.mcap")
      const summary = yield* McapSink.write(
        { path },
        Stream.make(
          record("camera/depth", depth, T0, Uint8Array.of(1, 2, 3), T0 - 5_000_000n),
          record("robot/status", status, T0 + 10n, text("{\"ok\":true}"), T0 + 7n),
          record("camera/depth", depth, T0 + 20n, Uint8Array.of(4, 5), T0 + 15n)
        )
      )
      expect(summary.path).toBe(path)
      expect(summary.messages).toBe(3)
      expect(summary.bytes).toBe(3 + 11 + 2)
      expect(Object.fromEntries(summary.channels)).toEqual({
        "camera/depth": { topic: "camera/depth", messages: 2, bytes: 5 },
        "robot/status": { topic: "status", messages: 1, bytes: 11 }
      })

      const file = yield* readBack(path)
      expect(file.done).toBe(true)
      expect(file.records.Header).toEqual([{ type: "Header", profile: "", library: "effect-livekit" }])
      // the schema is written once, before its channel; a schemaless channel refers to schema 0
      expect(file.records.Schema).toEqual([{
        type: "Schema",
        id: 1,
        name: "foxglove.RawImage",
        encoding: "protobuf",
        data: depth.schemaData
      }])
      expect(file.records.Channel).toEqual([
        {
          type: "Channel",
          id: 0,
          schemaId: 1,
          topic: "camera/depth",
          messageEncoding: "protobuf",
          metadata: new Map([["participant", "camera"], ["track_sid", "DTR_depth"]])
        },
        { type: "Channel", id: 1, schemaId: 0, topic: "status", messageEncoding: "json", metadata: new Map() }
      ])
      // in the order written, numbered per channel from 1
      expect(file.records.Message).toEqual([
        {
          type: "Message",
          channelId: 0,
          sequence: 1,
          logTime: T0,
          publishTime: T0 - 5_000_000n,
          data: Uint8Array.of(1, 2, 3)
        },
        {
          type: "Message",
          channelId: 1,
          sequence: 1,
          logTime: T0 + 10n,
          publishTime: T0 + 7n,
          data: text("{\"ok\":true}")
        },
        {
          type: "Message",
          channelId: 0,
          sequence: 2,
          logTime: T0 + 20n,
          publishTime: T0 + 15n,
          data: Uint8Array.of(4, 5)
        }
      ])
      // one zstd chunk, then the summary: schemas and channels again, statistics, indexes, the footer last
      expect(file.records.Chunk.map((chunk) => chunk.compression)).toEqual(["zstd"])
      expect(file.records.DataEnd).toHaveLength(1)
      expect(file.summaryRecords.map((r) => r.type)).toEqual([
        "Schema",
        "Channel",
        "Channel",
        "Statistics",
        "ChunkIndex",
        "SummaryOffset",
        "SummaryOffset",
        "SummaryOffset",
        "SummaryOffset",
        "Footer"
      ])
      expect(file.summaryRecords.filter((r) => r.type === "Schema" || r.type === "Channel")).toEqual([
        ...file.records.Schema,
        ...file.records.Channel
      ])
      expect(file.indexed.statistics).toMatchObject({
        messageCount: 3n,
        schemaCount: 1,
        channelCount: 2,
        chunkCount: 1,
        messageStartTime: T0,
        messageEndTime: T0 + 20n,
        channelMessageCounts: new Map([[0, 2n], [1, 1n]])
      })
      expect(file.indexed.header).toEqual({ type: "Header", profile: "", library: "effect-livekit" })
      expect(file.indexed.footer.summaryStart > 0n).toBe(true)
      expect(file.indexed.chunkIndexes.map((index) => index.compression)).toEqual(["zstd"])
      expect(file.indexedMessages.map((message) => message.logTime)).toEqual([T0, T0 + 10n, T0 + 20n])
    }))

  it.effect("takes the header profile, writes uncompressed chunks on request, and starts a chunk past chunkSize", () =>
    Effect.gen(function*() {
      const path = tmpFile("plain.mcap")
      const records = Array.from(
        { length: 10 },
        (_, i) => record("s", status, T0 + BigInt(i), new Uint8Array(100).fill(i))
      )
      yield* McapSink.write(
        { path, profile: "ros2", compression: "none", chunkSize: 250 },
        Stream.fromIterable(records)
      )
      const file = yield* readBack(path)
      expect(file.indexed.header.profile).toBe("ros2")
      // a chunk is closed once it holds more than 250 bytes: here after every second 131-byte message record
      expect(file.indexed.chunkIndexes.length).toBe(5)
      expect(file.records.Chunk.map((chunk) => chunk.compression)).toEqual(["", "", "", "", ""])
      expect(file.indexed.chunkIndexes.every((index) => index.compression === "")).toBe(true)
      expect(file.indexed.chunkIndexes.every((index) => index.compressedSize === index.uncompressedSize)).toBe(true)
      expect(file.indexed.statistics?.chunkCount).toBe(5)
      expect(file.records.Message.map((message) => message.data[0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
      expect(file.indexedMessages).toHaveLength(10)
    }))

  it.effect("records of one key share a channel (registered on first use); equal schemas share one schema record", () =>
    Effect.gen(function*() {
      const path = tmpFile("channels.mcap")
      const otherDepth: McapSink.McapChannel = { ...depth, metadata: { participant: "camera-2" } }
      const changedSchema: McapSink.McapChannel = { ...depth, topic: "other", schemaData: Uint8Array.of(9) }
      const summary = yield* McapSink.write(
        { path },
        Stream.make(
          record("camera-1", depth, T0, Uint8Array.of(1)),
          // same topic and schema, another key: another channel, the same schema
          record("camera-2", otherDepth, T0 + 1n, Uint8Array.of(2)),
          // a known key: its channel, whatever the record's channel says
          record("camera-1", { ...depth, topic: "renamed" }, T0 + 2n, Uint8Array.of(3)),
          // same schema name, other bytes: a schema of its own
          record("other", changedSchema, T0 + 3n, Uint8Array.of(4))
        )
      )
      const file = yield* readBack(path)
      expect(file.records.Schema.map((schema) => [schema.id, schema.name, Array.from(schema.data)])).toEqual([
        [1, "foxglove.RawImage", Array.from(depth.schemaData)],
        [2, "foxglove.RawImage", [9]]
      ])
      expect(file.records.Channel.map((channel) => [channel.id, channel.topic, channel.schemaId])).toEqual([
        [0, "camera/depth", 1],
        [1, "camera/depth", 1],
        [2, "other", 2]
      ])
      expect(file.records.Channel[1]?.metadata).toEqual(new Map([["participant", "camera-2"]]))
      expect(file.records.Message.map((message) => [message.channelId, message.sequence, message.data[0]])).toEqual([
        [0, 1, 1],
        [1, 1, 2],
        [0, 2, 3],
        [2, 1, 4]
      ])
      expect([...summary.channels.entries()].map(([key, channel]) => [key, channel.topic, channel.messages])).toEqual([
        ["camera-1", "camera/depth", 2],
        ["camera-2", "camera/depth", 1],
        ["other", "other", 1]
      ])
    }))

  const Key = Schema.Literals(["depth", "status", "pose"])
  const U64 = Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 0xffff_ffff_ffff_ffffn }))
  const channelOf = (key: typeof Key.Type): McapSink.McapChannel =>
    key === "depth"
      ? depth
      : key === "status"
      ? status
      : { ...depth, topic: "pose", schemaName: "foxglove.PoseInFrame" }

  it.effect.prop("any sequence of records reads back as written: order, channels, sequences, times, data, statistics", {
    records: Schema.Array(Schema.Struct({ key: Key, logTime: U64, publishTime: U64, data: Schema.Uint8Array })),
    compression: Schema.Literals(["zstd", "none"]),
    chunkSize: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 4096 }))
  }, ({ chunkSize, compression, records }) =>
    Effect.gen(function*() {
      const path = tmpFile("prop.mcap")
      const summary = yield* McapSink.write(
        { path, compression, chunkSize },
        Stream.fromIterable(records.map((r) => record(r.key, channelOf(r.key), r.logTime, r.data, r.publishTime)))
      )
      const file = yield* readBack(path)
      expect(file.done).toBe(true)
      const topicOf = new Map(file.records.Channel.map((channel) => [channel.id, channel.topic]))
      const seen = new Map<string, number>()
      expect(file.records.Message.map((message) => ({
        topic: topicOf.get(message.channelId),
        sequence: message.sequence,
        logTime: message.logTime,
        publishTime: message.publishTime,
        data: Array.from(message.data)
      }))).toEqual(records.map((r) => {
        const sequence = (seen.get(r.key) ?? 0) + 1
        seen.set(r.key, sequence)
        return {
          topic: channelOf(r.key).topic,
          sequence,
          logTime: r.logTime,
          publishTime: r.publishTime,
          data: Array.from(r.data)
        }
      }))
      // a channel per key used, a schema per distinct schema used
      expect(file.records.Channel.map((channel) => channel.topic).toSorted()).toEqual(
        [...seen.keys()].map((key) => channelOf(key as typeof Key.Type).topic).toSorted()
      )
      expect(file.records.Schema).toHaveLength(["depth", "pose"].filter((key) => seen.has(key)).length)
      // the index finds every message, and the statistics count them
      expect(file.indexedMessages).toHaveLength(records.length)
      const logTimes = records.map((r) => r.logTime)
      expect(file.indexed.statistics?.messageCount).toBe(BigInt(records.length))
      if (records.length > 0) {
        expect(file.indexed.statistics?.messageStartTime).toBe(logTimes.reduce((a, b) => (a < b ? a : b)))
        expect(file.indexed.statistics?.messageEndTime).toBe(logTimes.reduce((a, b) => (a > b ? a : b)))
      }
      expect(file.indexed.chunkIndexes.every((index) => index.compression === (compression === "zstd" ? "zstd" : "")))
        .toBe(true)
      expect(summary.messages).toBe(records.length)
      expect(summary.bytes).toBe(records.reduce((sum, r) => sum + r.data.byteLength, 0))
      expect(new Map([...summary.channels.entries()].map(([key, channel]) => [key, channel.messages]))).toEqual(seen)
    }), { arbitrary: { runs: 40, size: 40 } })

  it.effect("calls onWritten after each message with the running summary", () =>
    Effect.gen(function*() {
      const path = tmpFile("progress.mcap")
      const seen: Array<readonly [number, number]> = []
      let last: McapSink.McapSinkSummary | undefined
      const summary = yield* McapSink.write(
        {
          path,
          onWritten: (running) =>
            Effect.sync(() => {
              seen.push([running.messages, running.bytes])
              last = running
            })
        },
        Stream.make(
          record("a", status, T0, text("x")),
          record("b", depth, T0 + 1n, Uint8Array.of(1, 2)),
          record("a", status, T0 + 2n, text("yyy"))
        )
      )
      expect(seen).toEqual([[1, 1], [2, 3], [3, 6]])
      expect(last).toBe(summary)
      // a callback that reads the summary before returning its effect sees the message counted too
      const counts: Array<number> = []
      yield* McapSink.write(
        {
          path: tmpFile("eager-progress.mcap"),
          onWritten: (running) => {
            counts.push(running.messages)
            return Effect.void
          }
        },
        Stream.make(record("a", status, T0, text("1")), record("a", status, T0 + 1n, text("2")))
      )
      expect(counts).toEqual([1, 2])
    }))

  it.effect("the sink finishes the file when its records end; closing the scope afterwards writes nothing more", () =>
    Effect.gen(function*() {
      const path = tmpFile("scoped.mcap")
      const scope = yield* Scope.make()
      const sink = yield* McapSink.make({ path }).pipe(Scope.provide(scope))
      // before any record, only the header is written
      expect(recordsIn(path)).toEqual({ done: false, types: ["Header"] })
      const summary = yield* Stream.run(
        Stream.make(record("a", status, T0, text("1")), record("a", status, T0 + 1n, text("2"))),
        sink
      )
      expect(summary.messages).toBe(2)
      const file = yield* readBack(path)
      expect(file.done).toBe(true)
      expect(file.indexedMessages.map((message) => new TextDecoder().decode(message.data))).toEqual(["1", "2"])
      const finished = readFileSync(path)
      yield* Scope.close(scope, Exit.void)
      expect(readFileSync(path).equals(finished)).toBe(true)
    }))

  it.effect("a time outside MCAP's unsigned 64 bits is a McapWriteError; the file keeps every message before it", () =>
    Effect.gen(function*() {
      for (
        const [name, bad] of [
          ["negative log time", record("a", status, -1n, text("bad"))],
          ["publish time past 2^64 - 1", record("a", status, T0 + 1n, text("bad"), 2n ** 64n)]
        ] as const
      ) {
        const path = tmpFile(`${name.replaceAll(" ", "-")}.mcap`)
        const error = yield* Effect.flip(
          McapSink.write({ path }, Stream.make(record("a", status, T0, text("good")), bad))
        )
        expect([name, error._tag, error.path]).toEqual([name, "McapWriteError", path])
        expect(error.message).toMatch(/outside MCAP's unsigned 64 bits/)
        const file = yield* readBack(path)
        expect(file.done).toBe(true)
        expect(file.indexedMessages.map((message) => new TextDecoder().decode(message.data))).toEqual(["good"])
      }
    }))

  it.effect("a failing record stream fails the write with its error, and the file is still finished", () =>
    Effect.gen(function*() {
      const path = tmpFile("failed.mcap")
      const error = yield* Effect.flip(McapSink.write(
        { path },
        Stream.concat(Stream.make(record("a", status, T0, text("before"))), Stream.fail("the source broke" as const))
      ))
      expect(error).toBe("the source broke")
      const file = yield* readBack(path)
      expect(file.done).toBe(true)
      expect(file.indexedMessages.map((message) => new TextDecoder().decode(message.data))).toEqual(["before"])
    }))

  it.effect("an interrupted write leaves a finished file with every message written before", () =>
    Effect.gen(function*() {
      const path = tmpFile("interrupted.mcap")
      const three = yield* Deferred.make<void>()
      const fiber = yield* Effect.forkChild(McapSink.write(
        {
          path,
          onWritten: (summary) =>
            Effect.suspend(() => summary.messages === 3 ? Deferred.succeed(three, undefined) : Effect.void)
        },
        Stream.concat(
          Stream.fromIterable([0, 1, 2].map((i) => record("a", status, T0 + BigInt(i), text(`m${i}`)))),
          Stream.never
        )
      ))
      yield* Deferred.await(three)
      yield* Fiber.interrupt(fiber)
      const file = yield* readBack(path)
      expect(file.done).toBe(true)
      expect(file.indexed.statistics?.messageCount).toBe(3n)
      expect(file.indexedMessages.map((message) => new TextDecoder().decode(message.data))).toEqual(["m0", "m1", "m2"])
    }))

  it.effect("a path that cannot be opened for writing is a McapWriteError naming it; no record is pulled", () =>
    Effect.gen(function*() {
      let pulled = 0
      const records = Stream.fromEffect(Effect.sync(() => {
        pulled++
        return record("a", status, T0, text("x"))
      }))
      const missing = join(directory, "no-such-directory", "file.mcap")
      const error = yield* Effect.flip(McapSink.write({ path: missing }, records))
      expect(error._tag).toBe("McapWriteError")
      expect(error.path).toBe(missing)
      expect(error.message).toMatch(/ENOENT/)
      const aDirectory = yield* Effect.flip(McapSink.write({ path: directory }, records))
      expect([aDirectory._tag, aDirectory.path]).toEqual(["McapWriteError", directory])
      expect(aDirectory.message).toMatch(/EISDIR/)
      expect(yield* Effect.flip(Effect.scoped(McapSink.make({ path: missing })))).toEqual(error)
      expect(pulled).toBe(0)
    }))
})
