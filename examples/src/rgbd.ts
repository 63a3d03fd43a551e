/**
 * The RGB-D demo: a synthetic D435-like camera publishes depth, color, pose and camera_info on data tracks through
 * the embedded dev server (the LiveKit Rust core on both ends, through the FFI); a recorder participant writes
 * every track to an MCAP file that Foxglove opens. Then it prints the file's summary and writes a PNG preview of
 * the last recorded depth frame next to the file.
 *
 * `npx -y pnpm@12.21.0 demo:rgbd -- --seconds 5 --out rgbd.mcap [--fps 10] [--codec zlib|zstd|none] [--width 640 --height 480]`
 *
 * On Linux as root the demo first re-runs itself in a private network namespace (libwebrtc gathers no ICE
 * candidates on loopback, and test traffic stays off the host's interfaces).
 */
import { Room } from "@effect-livekit/core"
import { DevServer, Isolation } from "@effect-livekit/dev-server"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import {
  DepthPreview,
  FoxgloveMessages,
  McapFile,
  Recorder,
  RgbdMessages,
  RgbdPublisher,
  SyntheticCamera,
  WireCodec
} from "@effect-livekit/realsense"
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Console, Data, Deferred, Effect, Fiber, Layer, Schedule, Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { writeFile } from "node:fs/promises"
import { resolve } from "node:path"

class DemoFailed extends Data.TaggedError("DemoFailed")<{ readonly message: string }> {}

const percent = (part: number, whole: number) => (whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)} %`)

interface Flags {
  readonly seconds: number
  readonly out: string
  readonly fps: number
  readonly width: number
  readonly height: number
  readonly codec: WireCodec.WireCodecName
}

const run = ({ codec, fps, height, out, seconds, width }: Flags) =>
  Effect.gen(function*() {
    const path = resolve(process.env["INIT_CWD"] ?? process.cwd(), out)
    const server = yield* DevServer
    const join = (identity: string) =>
      Effect.flatMap(server.token(identity, { room: "rgbd" }), (token) => LiveKitRoom.make({ url: server.url, token }))
    yield* Console.log(
      `dev server at ${server.url}; camera ${width}x${height} @ ${fps} Hz for ${seconds} s, ${codec} depth`
    )

    const recorderRoom = yield* join("recorder")
    const camera = yield* join("camera")
    const stop = yield* Deferred.make<void>()
    let subscribed = 0
    const recording = yield* Recorder.record({
      path,
      until: Deferred.await(stop),
      onSubscribed: () => Effect.sync(() => void subscribed++)
    }).pipe(
      Effect.provideService(Room, recorderRoom),
      Effect.forkChild
    )
    const publisher = yield* RgbdPublisher.make({ codec }).pipe(Effect.provideService(Room, camera))
    // the recorder sees the four tracks and subscribes
    yield* Effect.suspend(() => (subscribed >= 4 ? Effect.void : Effect.fail("waiting"))).pipe(
      Effect.retry(Schedule.spaced("20 millis")),
      Effect.timeout("10 seconds")
    )
    yield* SyntheticCamera.stream({ width, height, fps, frames: seconds * fps }).pipe(
      Stream.runForEach(publisher.pushFrame)
    )
    yield* Effect.sleep("1 second") // the last frames arrive
    yield* Deferred.succeed(stop, undefined)
    yield* Fiber.join(recording)

    const summary = yield* McapFile.summarize(path)
    yield* Console.log(McapFile.formatSummary(summary))
    const stats = publisher.stats
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
  width: Flag.Int("width").pipe(Flag.withDefault(640)),
  height: Flag.Int("height").pipe(Flag.withDefault(480)),
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
