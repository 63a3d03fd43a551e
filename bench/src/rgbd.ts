/**
 * End-to-end depth benchmark: synthetic depth -> RgbdPublisher -> LiveKitRoom (FFI) -> dev server -> LiveKitRoom
 * (FFI) -> Recorder -> MCAP, for 640x480 at 5-30 Hz and 424x240 at 30 and 60 Hz, for each wire codec. Per cell:
 * frames recorded / frames captured, latency p50/p99 (MCAP logTime - publishTime), bytes per frame on the wire.
 * Everything runs in one process (dev server and both Rust clients), inside the private network namespace.
 * Writes `bench/results/rgbd.{md,json}`.
 *
 * `npx -y pnpm@12.21.0 bench:rgbd -- [--seconds 4]`
 */
import { Room } from "@effect-livekit/core"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import {
  McapFile,
  Pacing,
  Recorder,
  RgbdFrame,
  RgbdPublisher,
  SyntheticCamera,
  WireCodec
} from "@effect-livekit/realsense"
import { NodeRuntime } from "@effect/platform-node"
import { Console, Deferred, Effect, Fiber, Layer, Schedule, Stream } from "effect"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"

const args = process.argv.slice(2)
const secondsArg = args.indexOf("--seconds")
const SECONDS = secondsArg >= 0 ? Number(args[secondsArg + 1]) : 4

interface Cell {
  readonly width: number
  readonly height: number
  readonly rateHz: number
  readonly codec: WireCodec.WireCodecName
}

interface Result extends Cell {
  readonly captured: number
  readonly pushed: number
  readonly recorded: number
  readonly bytesPerFrame: number
  readonly p50Ms: number
  readonly p99Ms: number
}

const cells: ReadonlyArray<Cell> = [
  ...[5, 10, 15, 20, 30].map((rateHz) => ({ width: 640, height: 480, rateHz })),
  ...[30, 60].map((rateHz) => ({ width: 424, height: 240, rateHz }))
].flatMap((c) => (["zlib", "zstd", "delta-zstd"] as const).map((codec) => ({ ...c, codec })))

const quantile = (values: ReadonlyArray<number>, q: number) => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN
}

/** 20 distinct pre-rendered frames per resolution, restamped as they are sent (rendering is not measured). */
const prerendered = new Map<string, ReadonlyArray<RgbdFrame.RgbdFrame>>()
const framesFor = (width: number, height: number) => {
  const key = `${width}x${height}`
  const known = prerendered.get(key)
  if (known !== undefined) return known
  const intrinsics = RgbdFrame.Intrinsics.d435(width, height)
  const frames = Array.from({ length: 20 }, (_, i): RgbdFrame.RgbdFrame => ({
    sequence: i,
    timestampMicros: 0n,
    depth: SyntheticCamera.render(intrinsics, i * 3, 30, 1, false).depth,
    intrinsics
  }))
  prerendered.set(key, frames)
  return frames
}

let cellNumber = 0
const runCell = (cell: Cell) =>
  Effect.gen(function*() {
    const server = yield* DevServer
    const roomName = `rgbd-bench-${++cellNumber}`
    const join_ = (identity: string) =>
      Effect.flatMap(
        server.token(identity, { room: roomName }),
        (token) => LiveKitRoom.make({ url: server.url, token })
      )
    const recorderRoom = yield* join_("recorder")
    const camera = yield* join_("camera")
    const path = join(mkdtempSync(join(tmpdir(), "rgbd-bench-")), "cell.mcap")
    const stop = yield* Deferred.make<void>()
    let subscribed = 0
    const recording = yield* Recorder.record({
      path,
      until: Deferred.await(stop),
      onSubscribed: () => Effect.sync(() => void subscribed++)
    }).pipe(Effect.provideService(Room, recorderRoom), Effect.forkChild)
    const publisher = yield* RgbdPublisher.make({ codec: cell.codec, color: false, pose: false, cameraInfo: false })
      .pipe(Effect.provideService(Room, camera))
    yield* Effect.suspend(() => (subscribed >= 1 ? Effect.void : Effect.fail("waiting"))).pipe(
      Effect.retry(Schedule.spaced("20 millis")),
      Effect.timeout("10 seconds")
    )
    const frames = framesFor(cell.width, cell.height)
    const captured = Math.round(SECONDS * cell.rateHz)
    const periodMicros = 1e6 / cell.rateHz
    const start = BigInt(Date.now()) * 1000n
    const source = Stream.range(0, captured - 1).pipe(
      Stream.map((i): RgbdFrame.RgbdFrame => ({
        ...frames[i % frames.length]!,
        sequence: i,
        timestampMicros: start + BigInt(Math.round(i * periodMicros))
      }))
    )
    // stamped with the real send time, so that latency is measured from the push
    yield* Pacing.pace(source, { timeOf: (f) => f.timestampMicros }).pipe(
      Stream.runForEach((frame) =>
        Effect.flatMap(
          Effect.sync(() => BigInt(Date.now()) * 1000n),
          (now) => publisher.pushFrame({ ...frame, timestampMicros: now })
        )
      )
    )
    yield* Effect.sleep("1500 millis")
    yield* Deferred.succeed(stop, undefined)
    yield* Fiber.join(recording)
    const contents = yield* McapFile.readAll(path)
    const depth = contents.messages.filter((m) => m.channel.topic === "camera/depth")
    const latencies = depth.map((m) => Number(m.logTime - m.publishTime) / 1e6)
    const track = publisher.stats.tracks.depth
    return {
      ...cell,
      captured,
      pushed: track?.pushed ?? 0,
      recorded: depth.length,
      bytesPerFrame: Math.round((track?.bytes ?? 0) / Math.max(1, track?.pushed ?? 0)),
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99)
    } satisfies Result
  }).pipe(Effect.scoped)

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "-")

const sweep = Effect.gen(function*() {
  const results: Array<Result> = []
  for (const cell of cells) {
    const result = yield* runCell(cell)
    results.push(result)
    yield* Console.log(
      `${cell.width}x${cell.height} @ ${cell.rateHz} Hz ${
        cell.codec.padEnd(10)
      } recorded ${result.recorded}/${result.captured}` +
        ` p50 ${fixed(result.p50Ms)} ms p99 ${fixed(result.p99Ms)} ms ${result.bytesPerFrame} B/frame`
    )
  }
  const md = [
    "# RGB-D depth end to end through the dev server",
    "",
    `Synthetic depth -> RgbdPublisher -> LiveKitRoom (Rust core via FFI) -> embedded dev server -> LiveKitRoom ->`,
    `Recorder -> MCAP; one process, private network namespace, ${SECONDS} s per cell, depth track only.`,
    `${cpus().length} x ${cpus()[0]?.model ?? "?"}, Node ${process.versions.node}.`,
    `Load average ${loadavg()[0]?.toFixed(1)} at the end: other work on the machine competes for the same cores.`,
    "Latency = MCAP logTime - publishTime (push to recorder arrival).",
    "Recorded = depth frames in the MCAP file / frames captured.",
    "",
    "| resolution | Hz | codec | B/frame | MB/s | recorded | recorded % | p50 ms | p99 ms |",
    "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) =>
      `| ${r.width}x${r.height} | ${r.rateHz} | ${r.codec} | ${r.bytesPerFrame} | ${
        fixed((r.bytesPerFrame * r.rateHz) / 1e6, 2)
      } | ${r.recorded}/${r.captured} | ${fixed((100 * r.recorded) / r.captured)} | ${fixed(r.p50Ms)} | ${
        fixed(r.p99Ms)
      } |`
    ),
    ""
  ].join("\n")
  const out = join(import.meta.dirname, "..", "results")
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, "rgbd.md"), md)
  writeFileSync(join(out, "rgbd.json"), JSON.stringify({ seconds: SECONDS, results }, null, 2) + "\n")
  yield* Console.log(md)
})

const main = Effect.gen(function*() {
  // On Linux as root this re-runs the benchmark in a private network namespace and never returns.
  yield* Isolation.reexecIsolated()
  yield* Isolation.requireIsolation()
  yield* sweep.pipe(Effect.provide(Layer.mergeAll(DevServer.layer({ port: 0 }), FfiClient.layer)))
})

NodeRuntime.runMain(main)
