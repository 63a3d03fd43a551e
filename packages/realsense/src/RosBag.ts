/**
 * A sequential reader of ROS 1 bag files (format v2.0), as librealsense writes them: chunks compressed with `lz4`
 * (LZ4 frames) or `none` (`bz2` is refused), connection records inside chunks and again in the index section.
 * Messages are yielded in file order, which for librealsense recordings is capture order within each chunk
 * (each chunk is sorted by time). The file is read record by record, never whole.
 */
import { Effect, Schema, Stream } from "effect"
import { open } from "node:fs/promises"
import { decompressFrame } from "./Lz4.ts"

export class BagError extends Schema.TaggedError<BagError>()("BagError", {
  path: Schema.String,
  message: Schema.String
}) {}

export interface BagConnection {
  readonly id: number
  readonly topic: string
  /** ROS type, `sensor_msgs/Image`. */
  readonly type: string
}

export interface BagMessage {
  readonly connection: BagConnection
  /** Record time, nanoseconds (librealsense: time since the start of the recording). */
  readonly timeNanos: bigint
  readonly data: Uint8Array
}

const MAGIC = "#ROSBAG V2.0\n"
const OP_MESSAGE = 0x02
const OP_CHUNK = 0x05
const OP_CONNECTION = 0x07

type Header = ReadonlyMap<string, Uint8Array>

const latin1 = new TextDecoder("latin1")
const utf8 = new TextDecoder()

const parseHeader = (bytes: Uint8Array): Header => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const fields = new Map<string, Uint8Array>()
  let p = 0
  while (p + 4 <= bytes.byteLength) {
    const length = view.getUint32(p, true)
    p += 4
    if (p + length > bytes.byteLength) throw new Error("header field past the header end")
    const field = bytes.subarray(p, p + length)
    const eq = field.indexOf(0x3d)
    if (eq < 0) throw new Error("header field without '='")
    fields.set(latin1.decode(field.subarray(0, eq)), field.subarray(eq + 1))
    p += length
  }
  return fields
}

const u32 = (b: Uint8Array | undefined) =>
  b === undefined || b.byteLength < 4 ? undefined : new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true)

const time = (b: Uint8Array | undefined): bigint => {
  if (b === undefined || b.byteLength < 8) return 0n
  const view = new DataView(b.buffer, b.byteOffset, 8)
  return BigInt(view.getUint32(0, true)) * 1_000_000_000n + BigInt(view.getUint32(4, true))
}

const connectionOf = (header: Header, data: Uint8Array): BagConnection | undefined => {
  const id = u32(header.get("conn"))
  const topic = header.get("topic")
  if (id === undefined || topic === undefined) return undefined
  const type = parseHeader(data).get("type")
  return { id, topic: utf8.decode(topic), type: type === undefined ? "" : utf8.decode(type) }
}

/** Iterates over the records of a byte range (a decompressed chunk). */
function* records(bytes: Uint8Array): Generator<{ readonly header: Header; readonly data: Uint8Array }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let p = 0
  while (p + 4 <= bytes.byteLength) {
    const headerLength = view.getUint32(p, true)
    const header = parseHeader(bytes.subarray(p + 4, p + 4 + headerLength))
    p += 4 + headerLength
    const dataLength = view.getUint32(p, true)
    const data = bytes.subarray(p + 4, p + 4 + dataLength)
    if (data.byteLength !== dataLength) throw new Error("record past the chunk end")
    p += 4 + dataLength
    yield { header, data }
  }
}

async function* readBag(path: string): AsyncGenerator<BagMessage> {
  const file = await open(path, "r")
  try {
    const size = (await file.stat()).size
    const read = async (position: number, length: number): Promise<Uint8Array> => {
      const buffer = new Uint8Array(length)
      const { bytesRead } = await file.read(buffer, 0, length, position)
      if (bytesRead !== length) throw new Error(`unexpected end of file at ${position + bytesRead}`)
      return buffer
    }
    const magic = latin1.decode(await read(0, MAGIC.length))
    if (magic !== MAGIC) throw new Error(`not a ROS bag v2.0 (starts with ${JSON.stringify(magic)})`)
    const connections = new Map<number, BagConnection>()
    const onRecord = (header: Header, data: Uint8Array): BagMessage | undefined => {
      const op = header.get("op")?.[0]
      if (op === OP_CONNECTION) {
        const connection = connectionOf(header, data)
        if (connection !== undefined) connections.set(connection.id, connection)
      } else if (op === OP_MESSAGE) {
        const connection = connections.get(u32(header.get("conn")) ?? -1)
        if (connection !== undefined) return { connection, timeNanos: time(header.get("time")), data }
      }
      return undefined
    }
    let p = MAGIC.length
    while (p + 4 <= size) {
      const headerLength = new DataView((await read(p, 4)).buffer).getUint32(0, true)
      const header = parseHeader(await read(p + 4, headerLength))
      const dataLength = new DataView((await read(p + 4 + headerLength, 4)).buffer).getUint32(0, true)
      const op = header.get("op")?.[0]
      const dataAt = p + 8 + headerLength
      p = dataAt + dataLength
      if (op !== OP_CHUNK && op !== OP_CONNECTION) continue // bag header (padded), index data, chunk info
      const data = await read(dataAt, dataLength)
      if (op === OP_CONNECTION) {
        onRecord(header, data)
        continue
      }
      const compression = latin1.decode(header.get("compression") ?? new Uint8Array())
      const uncompressedSize = u32(header.get("size")) ?? dataLength
      const chunk = compression === "none"
        ? data
        : compression === "lz4"
        ? decompressFrame(data, uncompressedSize)
        : undefined
      if (chunk === undefined) throw new Error(`unsupported chunk compression "${compression}"`)
      const messages: Array<BagMessage> = []
      for (const record of records(chunk)) {
        const message = onRecord(record.header, record.data)
        if (message !== undefined) messages.push(message)
      }
      messages.sort((a, b) => (a.timeNanos < b.timeNanos ? -1 : a.timeNanos > b.timeNanos ? 1 : 0))
      yield* messages
    }
  } finally {
    await file.close()
  }
}

/** The messages of a bag file, in order; the file is closed when the stream ends or is interrupted. */
export const messages = (path: string): Stream.Stream<BagMessage, BagError> =>
  Stream.fromAsyncIterable(
    { [Symbol.asyncIterator]: () => readBag(path) },
    (error) => new BagError({ path, message: error instanceof Error ? error.message : String(error) })
  )

/** Reads every message of a bag (for tests and small files). */
export const readAll = (path: string): Effect.Effect<ReadonlyArray<BagMessage>, BagError> =>
  Stream.runCollect(messages(path))
