/**
 * A minimal ROS 1 bag v2.0 writer for tests, laid out as librealsense writes its recordings: a bag header record
 * padded to 4096 bytes, chunks (`none` or `lz4` through `lz4js`) holding connection and message records, an index
 * data record per connection after each chunk (time and offset of each message), then the connections and chunk
 * infos (time range, per-connection counts) at `index_pos`. Readers find messages through these indexes.
 */
import * as lz4 from "lz4js"

const enc = new TextEncoder()

const u32 = (n: number) => {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, n, true)
  return b
}
const u64 = (n: bigint) => {
  const b = new Uint8Array(8)
  new DataView(b.buffer).setBigUint64(0, n, true)
  return b
}
const time = (nanos: bigint) => {
  const b = new Uint8Array(8)
  const view = new DataView(b.buffer)
  view.setUint32(0, Number(nanos / 1_000_000_000n), true)
  view.setUint32(4, Number(nanos % 1_000_000_000n), true)
  return b
}

const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.byteLength
  }
  return out
}

const header = (fields: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array =>
  concat(fields.flatMap(([name, value]) => {
    const field = concat([enc.encode(`${name}=`), value])
    return [u32(field.byteLength), field]
  }))

const record = (fields: ReadonlyArray<readonly [string, Uint8Array]>, data: Uint8Array): Uint8Array => {
  const h = header(fields)
  return concat([u32(h.byteLength), h, u32(data.byteLength), data])
}

const op = (code: number) => Uint8Array.of(code)

export interface BagConnectionSpec {
  readonly topic: string
  readonly type: string
}

export interface BagMessageSpec {
  readonly topic: string
  readonly timeNanos: bigint
  readonly data: Uint8Array
}

/** Writes a bag; messages are split into chunks of `messagesPerChunk`. */
export const writeBag = (
  connections: ReadonlyArray<BagConnectionSpec>,
  messages: ReadonlyArray<BagMessageSpec>,
  options: { readonly compression: "none" | "lz4"; readonly messagesPerChunk?: number }
): Uint8Array => {
  const ids = new Map(connections.map((c, i) => [c.topic, i]))
  const connectionRecord = (c: BagConnectionSpec, id: number) =>
    record(
      [["op", op(0x07)], ["conn", u32(id)], ["topic", enc.encode(c.topic)]],
      header([["topic", enc.encode(c.topic)], ["type", enc.encode(c.type)], ["md5sum", enc.encode("*")], [
        "message_definition",
        enc.encode("")
      ]])
    )
  const perChunk = options.messagesPerChunk ?? 4
  const body: Array<Uint8Array> = []
  const chunkInfos: Array<Uint8Array> = []
  let position = 13 + 4096 + 8 // magic + padded bag header record
  for (let start = 0; start < messages.length; start += perChunk) {
    const batch = messages.slice(start, start + perChunk)
    const records = [
      ...connections.map(connectionRecord),
      ...batch.map((m) =>
        record([["op", op(0x02)], ["conn", u32(ids.get(m.topic) ?? 0)], ["time", time(m.timeNanos)]], m.data)
      )
    ]
    // where each message record starts in the uncompressed chunk: the index data entries point there
    const offsets: Array<number> = []
    let offset = 0
    for (const r of records) {
      offsets.push(offset)
      offset += r.byteLength
    }
    const inner = concat(records)
    const data = options.compression === "lz4" ? lz4.compress(inner) : inner
    const chunk = record([["op", op(0x05)], ["compression", enc.encode(options.compression)], [
      "size",
      u32(inner.byteLength)
    ]], data)
    const chunkPos = position
    body.push(chunk)
    position += chunk.byteLength
    const counts: Array<Uint8Array> = []
    for (const [topic, id] of ids) {
      const own = batch.flatMap((m, i) => m.topic === topic ? [{ m, offset: offsets[connections.length + i]! }] : [])
      if (own.length === 0) continue
      const index = record(
        [["op", op(0x04)], ["ver", u32(1)], ["conn", u32(id)], ["count", u32(own.length)]],
        concat(own.map(({ m, offset }) => concat([time(m.timeNanos), u32(offset)])))
      )
      body.push(index)
      position += index.byteLength
      counts.push(concat([u32(id), u32(own.length)]))
    }
    const times = batch.map((m) => m.timeNanos)
    chunkInfos.push(record([
      ["op", op(0x06)],
      ["ver", u32(1)],
      ["chunk_pos", u64(BigInt(chunkPos))],
      ["start_time", time(times.reduce((a, b) => (b < a ? b : a)))],
      ["end_time", time(times.reduce((a, b) => (b > a ? b : a)))],
      ["count", u32(counts.length)]
    ], concat(counts)))
  }
  const indexPos = position
  const bagHeaderFields = header([["op", op(0x03)], ["index_pos", u64(BigInt(indexPos))], [
    "conn_count",
    u32(connections.length)
  ], ["chunk_count", u32(chunkInfos.length)]])
  const padding = 4096 - bagHeaderFields.byteLength
  const bagHeader = concat([
    u32(bagHeaderFields.byteLength),
    bagHeaderFields,
    u32(padding),
    new Uint8Array(padding).fill(0x20)
  ])
  return concat([
    enc.encode("#ROSBAG V2.0\n"),
    bagHeader,
    ...body,
    ...connections.map(connectionRecord),
    ...chunkInfos
  ])
}

/** sensor_msgs/Image, with librealsense's habit of extra bytes after the standard fields. */
export const rosImage = (spec: {
  readonly stampNanos: bigint
  readonly frameId: string
  readonly width: number
  readonly height: number
  readonly encoding: string
  readonly step: number
  readonly data: Uint8Array
  readonly trailing?: Uint8Array
}): Uint8Array => {
  const frameId = enc.encode(spec.frameId)
  const encoding = enc.encode(spec.encoding)
  return concat([
    u32(0),
    time(spec.stampNanos),
    u32(frameId.byteLength),
    frameId,
    u32(spec.height),
    u32(spec.width),
    u32(encoding.byteLength),
    encoding,
    Uint8Array.of(0),
    u32(spec.step),
    u32(spec.data.byteLength),
    spec.data,
    spec.trailing ?? new Uint8Array()
  ])
}

const f64s = (values: ReadonlyArray<number>) => {
  const b = new Uint8Array(values.length * 8)
  const view = new DataView(b.buffer)
  values.forEach((v, i) => view.setFloat64(i * 8, v, true))
  return b
}

/** sensor_msgs/CameraInfo. */
export const rosCameraInfo = (spec: {
  readonly width: number
  readonly height: number
  readonly fx: number
  readonly fy: number
  readonly cx: number
  readonly cy: number
}): Uint8Array => {
  const model = enc.encode("plumb_bob")
  const frameId = enc.encode("1")
  return concat([
    u32(0),
    time(0n),
    u32(frameId.byteLength),
    frameId,
    u32(spec.height),
    u32(spec.width),
    u32(model.byteLength),
    model,
    u32(5),
    f64s([0, 0, 0, 0, 0]),
    f64s([spec.fx, 0, spec.cx, 0, spec.fy, spec.cy, 0, 0, 1]),
    f64s([1, 0, 0, 0, 1, 0, 0, 0, 1]),
    f64s([spec.fx, 0, spec.cx, 0, 0, spec.fy, spec.cy, 0, 0, 0, 1, 0]),
    u32(0),
    u32(0),
    u32(0),
    u32(0),
    u32(0),
    u32(0),
    Uint8Array.of(0)
  ])
}

/** std_msgs/Float32. */
export const rosFloat32 = (value: number): Uint8Array => {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setFloat32(0, value, true)
  return b
}
