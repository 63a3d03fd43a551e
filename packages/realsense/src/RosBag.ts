/**
 * ROS 1 bag (v2.0) messages as a Stream, read with Foxglove's reader `@foxglove/rosbag` (`Bag` over its node
 * `FileReader`: the index, then one chunk at a time, never the whole file), `lz4` chunks decompressed by `lz4js`
 * (LZ4 frames, as roslz4 and librealsense write them); `bz2` chunks are refused. Messages come in time order across
 * the whole file (the reader merges chunks by their time ranges, as librealsense's own playback does), and the bag
 * must be indexed: a recording that was never closed (`index_pos` 0) is refused, as `rosbag reindex` would fix.
 */
import { Bag, type MessageEvent } from "@foxglove/rosbag"
import { FileReader } from "@foxglove/rosbag/node.js"
import { Effect, Schema, Stream } from "effect"
import * as lz4 from "lz4js"

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

const messageOf = (error: unknown) => error instanceof Error ? error.message : String(error)

const decompress = {
  lz4: (buffer: Uint8Array, size: number): Uint8Array => {
    const out = new Uint8Array(size)
    // lz4js neither checks bounds nor complains: compare what it wrote with the size the chunk header gives
    const written = lz4.decompressFrame(buffer, out)
    if (written !== size) throw new Error(`lz4 chunk of ${written} bytes, its header says ${size}`)
    return out
  }
}

/** Opens the bag and reads its index; the file is closed with the scope. */
const open = Effect.fn("RosBag.open")(function*(path: string) {
  const reader = yield* Effect.acquireRelease(
    Effect.sync(() => new FileReader(path)),
    (reader) => Effect.promise(() => reader.close().catch(() => undefined))
  )
  // parse: false: RosMessages decodes the bytes, tolerant of the fields librealsense appends
  const bag = new Bag(reader, { parse: false, decompress })
  // not interruptible: FileReader opens the file on its first read, and a close before that open ends is a no-op
  yield* Effect.uninterruptible(Effect.tryPromise({
    try: async () => {
      // a recording that was never closed has index_pos 0, and Bag.open would read the whole file as its index
      if ((await bag.reader.readHeader()).indexPosition === 0) {
        throw new Error("the bag has no index (recording not closed): rosbag reindex it")
      }
      await bag.open()
    },
    catch: (error) => new BagError({ path, message: messageOf(error) })
  }))
  return bag
})

/** The messages of a bag file in time order; the file is closed when the stream ends or is interrupted. */
export const messages = (path: string): Stream.Stream<BagMessage, BagError> =>
  Stream.unwrap(Effect.map(open(path), (bag) => {
    const connections = new Map<number, BagConnection>()
    const connectionOf = (event: MessageEvent): BagConnection => {
      let connection = connections.get(event.connectionId)
      if (connection === undefined) {
        const record = bag.connections.get(event.connectionId)
        connection = { id: event.connectionId, topic: event.topic, type: record?.type ?? "" }
        connections.set(event.connectionId, connection)
      }
      return connection
    }
    // from time zero, not the first chunk's start: a later chunk may start earlier
    return Stream.fromAsyncIterable(
      bag.messageIterator({ start: { sec: 0, nsec: 0 } }),
      (error) => new BagError({ path, message: messageOf(error) })
    ).pipe(Stream.map((event): BagMessage => ({
      connection: connectionOf(event),
      timeNanos: BigInt(event.timestamp.sec) * 1_000_000_000n + BigInt(event.timestamp.nsec),
      data: event.data
    })))
  }))

/** Reads every message of a bag (for tests and small files). */
export const readAll = (path: string): Effect.Effect<ReadonlyArray<BagMessage>, BagError> =>
  Stream.runCollect(messages(path))
