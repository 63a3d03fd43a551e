/**
 * The RGB-D demo: a synthetic D435-like camera publishes depth, color, pose and camera_info on data tracks through
 * the embedded dev server (the LiveKit Rust core on both ends, through the FFI); a recorder participant writes
 * every track to an MCAP file that Foxglove opens. Then it prints the file's summary and writes a PNG preview of
 * the last recorded depth frame next to the file.
 *
 * `npx -y pnpm@12.21.0 demo:rgbd -- --seconds 5 --out rgbd.mcap [--fps 10] [--codec zlib|zstd|delta-zstd|none]
 * [--width 424 --height 240]`
 *
 * The camera runs as a process of its own (`camera.ts`), as a robot's camera would: two LiveKit cores in one process
 * share libwebrtc's network thread, which halves what each can send. It starts streaming once the recorder has
 * subscribed to its four tracks. The demo ends by printing where packets were lost, if any: in the camera's core
 * (pushed but never received by the server), at the server, or after it.
 *
 * On Linux as root the demo first re-runs itself in a private network namespace (libwebrtc gathers no ICE
 * candidates on loopback, and test traffic stays off the host's interfaces).
 */
import { Room } from "@effect-livekit/core"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { DepthPreview, FoxgloveMessages, McapFile, Recorder, RgbdMessages, WireCodec } from "@effect-livekit/realsense"
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Console, Deferred, Effect, Fiber, Layer, Schema, Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { ChildProcess } from "effect/process"
import { writeFile } from "node:fs/promises"
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"

class DemoFailed extends Schema.TaggedError<DemoFailed>()("DemoFailed", { message: Schema.String }) {}

/** The camera process's counters (`RgbdPublisher.PublisherStats`), as it prints them. */
const CameraStats = Schema.Struct({
  frames: Schema.Number,
  streamedMs: Schema.Number,
  tracks: Schema.Record(
    Schema.String,
    Schema.Struct({
      name: Schema.String,
      pushed: Schema.Number,
      bytes: Schema.Number,
      packets: Schema.Number,
      failed: Schema.Record(Schema.String, Schema.Number)
    })
  )
})

const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)} %`)

interface Flags {
  readonly seconds: number
  readonly out: string
  readonly fps: number
  readonly width: number
  readonly height: number
  readonly codec: WireCodec.WireCodecName
}

/** The camera program, run as its own process (a robot's camera is not in its recorder's process). */
const cameraScript = fileURLToPath(new URL("./camera.ts", import.meta.url))

const run = ({ codec, fps, height, out, seconds, width }: Flags) =>
  Effect.gen(function*() {
    const path = resolve(process.env["INIT_CWD"] ?? process.cwd(), out)
    const server = yield* DevServer
    yield* Console.log(
      `dev server at ${server.url}; camera ${width}x${height} @ ${fps} Hz for ${seconds} s, ${codec} depth`
    )
    const recorderRoom = yield* Effect.flatMap(
      server.token("recorder", { room: "rgbd" }),
      (token) => LiveKitRoom.make({ url: server.url, token })
    )
    const stop = yield* Deferred.make<void>()
    const allSubscribed = yield* Deferred.make<void>()
    let subscribed = 0
    const recording = yield* Recorder.record({
      path,
      until: Deferred.await(stop),
      onSubscribed: () =>
        Effect.suspend(() => ++subscribed >= 4 ? Deferred.succeed(allSubscribed, undefined) : Effect.void).pipe(
          Effect.asVoid
        )
    }).pipe(
      Effect.provideService(Room, recorderRoom),
      Effect.forkChild
    )

    // The camera streams once the recorder has subscribed to its four tracks: a line `go` on its stdin.
    const go = Stream.fromEffect(Effect.as(Deferred.await(allSubscribed), new TextEncoder().encode("go\n")))
    const camera = yield* ChildProcess.make(process.execPath, [
      cameraScript,
      "--wait-for-go",
      "--seconds",
      String(seconds),
      "--fps",
      String(fps),
      "--width",
      String(width),
      "--height",
      String(height),
      "--codec",
      codec,
      "--room",
      "rgbd",
      "--identity",
      "camera"
    ], {
      env: { LIVEKIT_URL: server.url, LIVEKIT_TOKEN: yield* server.token("camera", { room: "rgbd" }) },
      extendEnv: true,
      stdin: { stream: go, endOnDone: true },
      stderr: "inherit",
      forceKillAfter: "5 seconds"
    })
    const lines = yield* camera.stdout.pipe(Stream.decodeText(), Stream.splitLines, Stream.runCollect)
    const exitCode = yield* camera.exitCode
    const statsLine = lines.find((line) => line.startsWith("stats "))
    if (exitCode !== 0 || statsLine === undefined) {
      return yield* new DemoFailed({ message: `the camera process failed (exit code ${exitCode})` })
    }
    const stats = yield* Schema.decodeUnknownEffect(Schema.fromJsonString(CameraStats))(statsLine.slice(6)).pipe(
      Effect.mapError(() => new DemoFailed({ message: `the camera printed malformed stats: ${statsLine}` }))
    )
    yield* Effect.sleep("1 second") // the last frames arrive
    yield* Deferred.succeed(stop, undefined)
    yield* Fiber.join(recording)
    // Where frames were lost: before the server (the camera's core), at it, or after it (the recorder's core).
    const { packets } = yield* server.stats
    const pushedPackets = Object.values(stats.tracks).reduce((sum, track) => sum + track.packets, 0)
    yield* Console.log(
      `packets: camera pushed ${pushedPackets}, server received ${packets.received}, forwarded ${packets.forwarded}, ` +
        `dropped ${packets.dropped + packets.notDelivered}`
    )

    const summary = yield* McapFile.summarize(path)
    yield* Console.log(McapFile.formatSummary(summary))
    yield* Console.log(
      `camera: ${stats.frames} frames in ${(stats.streamedMs / 1000).toFixed(1)} s ` +
        `(${((1000 * stats.frames) / stats.streamedMs).toFixed(1)} Hz; pushes are paced for the core's transport)`
    )
    for (const [kind, track] of Object.entries(stats.tracks)) {
      const recorded = summary.channels.find((c) => c.topic === track.name)?.messages ?? 0
      const failed = Object.entries(track.failed).map(([reason, n]) => `${reason} ${n}`).join(", ")
      yield* Console.log(
        `  ${kind.padEnd(10)} pushed ${track.pushed}, recorded ${recorded} (${percent(recorded, track.pushed)}), ` +
          `${Math.round(track.bytes / Math.max(1, track.pushed))} B/frame on the wire${
            failed === "" ? "" : `, failed: ${failed}`
          }`
      )
    }

    const contents = yield* McapFile.readAll(path)
    const lastDepth = contents.messages.filter((m) => m.channel.topic === "camera/depth").at(-1)
    if (lastDepth === undefined) return yield* new DemoFailed({ message: "no depth frame was recorded" })
    const depth = RgbdMessages.depthFromImage(FoxgloveMessages.decodeRawImage(lastDepth.data))
    const png = path.replace(/\.mcap$/, "") + ".depth.png"
    yield* Effect.promise(() => writeFile(png, DepthPreview.depthPng(depth)))
    yield* Console.log(`depth preview of the last frame: ${png}`)
  })

const rgbd = Command.make("demo:rgbd", {
  seconds: Flag.Int("seconds").pipe(Flag.withDefault(5), Flag.withDescription("how long the camera streams")),
  out: Flag.String("out").pipe(Flag.withDefault("rgbd.mcap"), Flag.withDescription("the MCAP file to write")),
  fps: Flag.Int("fps").pipe(Flag.withDefault(10), Flag.withDescription("camera frames per second")),
  width: Flag.Int("width").pipe(Flag.withDefault(424), Flag.withDescription("depth and color width (a D435 mode)")),
  height: Flag.Int("height").pipe(Flag.withDefault(240)),
  codec: Flag.Literals("codec", WireCodec.WireCodecName.literals).pipe(
    Flag.withDefault(WireCodec.DEFAULT_WIRE_CODEC),
    Flag.withDescription("depth wire codec")
  )
}, (flags) =>
  Effect.gen(function*() {
    // On Linux as root this re-runs the demo in a private network namespace and never returns.
    yield* Isolation.reexecIsolated()
    yield* Isolation.requireIsolation()
    yield* run(flags).pipe(
      Effect.scoped,
      Effect.provide(Layer.mergeAll(DevServer.layer({ port: 0 }), FfiClient.layer))
    )
  })).pipe(Command.withDescription("Synthetic RGB-D camera -> data tracks -> dev server -> MCAP recorder"))

// `pnpm demo:rgbd -- --seconds 5` passes the `--` along: drop it so that the flags are parsed as flags.
process.argv = process.argv.filter((arg, i) => i < 2 || arg !== "--")
Command.run(rgbd, { version: "0.1.0" }).pipe(Effect.provide(NodeServices.layer), NodeRuntime.runMain)
