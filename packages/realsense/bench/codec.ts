/**
 * Depth wire-codec benchmark: ratio, encode and decode speed of every codec on synthetic D435-like depth (640x480
 * and 424x240), plus JPEG color, and what each means against the ~3 MB/s the FFI-to-FFI path carries on this
 * machine. Writes `bench/results/rgbd-codec.{md,json}` at the repository root.
 *
 * `npx -y pnpm@12.21.0 bench:rgbd-codec -- [--frames 30]`
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { join } from "node:path"
import { Intrinsics, type RgbdFrame } from "../src/RgbdFrame.ts"
import * as RgbdMessages from "../src/RgbdMessages.ts"
import { poseAt, render } from "../src/SyntheticCamera.ts"
import * as WireCodec from "../src/WireCodec.ts"

const args = process.argv.slice(2)
const framesArg = args.indexOf("--frames")
const FRAMES = framesArg >= 0 ? Number(args[framesArg + 1]) : 30
/** What the FFI-to-FFI path carries before loss sets in on this 2-core machine. */
const PATH_BYTES_PER_SECOND = 3_000_000

interface Row {
  readonly resolution: string
  readonly codec: WireCodec.WireCodecName
  readonly rawBytes: number
  readonly wireBytes: number
  readonly ratio: number
  readonly encodeMs: number
  readonly decodeMs: number
  readonly encodeMBps: number
  readonly decodeMBps: number
  /** Frames per second that fit in the measured path budget. */
  readonly fitsHz: number
}

const median = (values: ReadonlyArray<number>) => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const framesAt = (width: number, height: number): ReadonlyArray<RgbdFrame> => {
  const intrinsics = Intrinsics.d435(width, height)
  return Array.from({ length: FRAMES }, (_, i) => {
    const { color, depth } = render(intrinsics, i * 3, 30, 1, true)
    return { sequence: i, timestampMicros: BigInt(i) * 33_333n, depth, intrinsics, color, pose: poseAt(i / 30) }
  })
}

const rows: Array<Row> = []
const color: Array<{ resolution: string; jpegBytes: number; encodeMs: number }> = []
for (const [width, height] of [[640, 480], [424, 240]] as const) {
  const resolution = `${width}x${height}`
  const frames = framesAt(width, height)
  const messages = frames.map(RgbdMessages.depthMessage)
  for (const codec of WireCodec.WireCodecName.literals) {
    const wire: Array<Uint8Array> = []
    const encodeTimes: Array<number> = []
    const decodeTimes: Array<number> = []
    for (const message of messages) {
      WireCodec.encode(codec, message) // warm up
      const t0 = performance.now()
      const encoded = WireCodec.encode(codec, message)
      const t1 = performance.now()
      const decoded = WireCodec.decompress(codec, encoded)
      const t2 = performance.now()
      if (decoded.byteLength !== message.byteLength) throw new Error(`${codec} lost bytes`)
      wire.push(encoded)
      encodeTimes.push(t1 - t0)
      decodeTimes.push(t2 - t1)
    }
    const rawBytes = messages.reduce((n, m) => n + m.byteLength, 0) / messages.length
    const wireBytes = wire.reduce((n, m) => n + m.byteLength, 0) / wire.length
    const encodeMs = median(encodeTimes)
    const decodeMs = median(decodeTimes)
    rows.push({
      resolution,
      codec,
      rawBytes: Math.round(rawBytes),
      wireBytes: Math.round(wireBytes),
      ratio: rawBytes / wireBytes,
      encodeMs,
      decodeMs,
      encodeMBps: rawBytes / 1e6 / (encodeMs / 1000),
      decodeMBps: rawBytes / 1e6 / (decodeMs / 1000),
      fitsHz: PATH_BYTES_PER_SECOND / wireBytes
    })
  }
  const jpegTimes: Array<number> = []
  let jpegBytes = 0
  for (const frame of frames.slice(0, 10)) {
    const t0 = performance.now()
    jpegBytes += RgbdMessages.colorMessage(frame, frame.color!).byteLength
    jpegTimes.push(performance.now() - t0)
  }
  color.push({ resolution, jpegBytes: Math.round(jpegBytes / 10), encodeMs: median(jpegTimes) })
}

const fixed = (n: number, digits = 1) => n.toFixed(digits)
/** `none` copies nothing: a speed would be meaningless. */
const speed = (row: Row, mbps: number) => (row.codec === "none" ? "-" : fixed(mbps, 0))
const md = [
  "# RGB-D depth wire codecs",
  "",
  `Synthetic D435-like depth (noise ~ z², stereo shadows, dropouts), ${FRAMES} frames per resolution, one core of`,
  `${cpus()[0]?.model ?? "?"}, Node ${process.versions.node}, load average ${loadavg()[0]?.toFixed(1)} when run`,
  "(other work on the machine slows every figure). Raw = the encoded `foxglove.RawImage` (16UC1).",
  `Speeds are MB of raw message per second, medians. "fits" = frames/s within the ~3 MB/s the FFI-to-FFI path`,
  "carries on this 2-core machine before loss sets in.",
  "",
  "| resolution | codec | raw B | wire B | ratio | encode ms | encode MB/s | decode ms | decode MB/s | fits Hz |",
  "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map((r) =>
    `| ${r.resolution} | ${r.codec} | ${r.rawBytes} | ${r.wireBytes} | ${fixed(r.ratio, 2)} | ${
      fixed(r.encodeMs, 2)
    } | ${speed(r, r.encodeMBps)} | ${fixed(r.decodeMs, 2)} | ${speed(r, r.decodeMBps)} | ${fixed(r.fitsHz, 1)} |`
  ),
  "",
  "Color (`foxglove.CompressedImage`, JPEG quality 80, jpeg-js):",
  "",
  "| resolution | bytes | encode ms |",
  "|---|---:|---:|",
  ...color.map((c) => `| ${c.resolution} | ${c.jpegBytes} | ${fixed(c.encodeMs, 1)} |`),
  ""
].join("\n")

const out = join(import.meta.dirname, "..", "..", "..", "bench", "results")
mkdirSync(out, { recursive: true })
writeFileSync(join(out, "rgbd-codec.md"), md)
writeFileSync(
  join(out, "rgbd-codec.json"),
  JSON.stringify({ frames: FRAMES, node: process.versions.node, cpu: cpus()[0]?.model, depth: rows, color }, null, 2) +
    "\n"
)
console.log(md)
