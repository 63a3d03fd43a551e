/**
 * The RGB-D camera on its own: a synthetic D435-like camera publishing depth, color, pose and camera_info on data
 * tracks, as a robot would, in a process of its own (so that its LiveKit core does not share libwebrtc's network
 * thread with the participants it streams to).
 *
 * `effect-livekit exec -- node_modules/.bin/node examples/src/camera.ts --seconds 5 [--fps 10] [--codec delta-zstd]`
 *
 * The server comes from the environment (LIVEKIT_URL, and LIVEKIT_TOKEN or LIVEKIT_API_KEY + LIVEKIT_API_SECRET).
 * Prints `ready` once its tracks are published; with `--wait-for-go` it starts streaming only when a line `go`
 * arrives on stdin (the RGB-D demo waits until its recorder has subscribed). Ends with a line
 * `stats <json>`: the publisher's counters per track.
 */
import { LiveKitRoom } from "@effect-livekit/node"
import { RgbdPublisher, SyntheticCamera, WireCodec } from "@effect-livekit/realsense"
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Console, Effect, Stream } from "effect"
import { Command, Flag } from "effect/cli"
import { createInterface } from "node:readline"

/** The first line `go` on stdin. */
const awaitGo = Effect.callback<void>((resume) => {
  const lines = createInterface({ input: process.stdin })
  lines.on("line", (line) => {
    if (line.trim() === "go") {
      lines.close()
      resume(Effect.void)
    }
  })
  return Effect.sync(() => lines.close())
})

const camera = Command.make("camera", {
  seconds: Flag.Int("seconds").pipe(Flag.withDefault(5), Flag.withDescription("how long the camera streams")),
  fps: Flag.Int("fps").pipe(Flag.withDefault(10), Flag.withDescription("camera frames per second")),
  width: Flag.Int("width").pipe(Flag.withDefault(424)),
  height: Flag.Int("height").pipe(Flag.withDefault(240)),
  codec: Flag.Literals("codec", WireCodec.WireCodecName.literals).pipe(
    Flag.withDefault(WireCodec.DEFAULT_WIRE_CODEC),
    Flag.withDescription("depth wire codec")
  ),
  identity: Flag.String("identity").pipe(Flag.withDefault("camera")),
  room: Flag.String("room").pipe(Flag.withDefault("rgbd")),
  waitForGo: Flag.Boolean("wait-for-go").pipe(
    Flag.withDefault(false),
    Flag.withDescription("start streaming on a line `go` on stdin")
  )
}, ({ codec, fps, height, identity, room, seconds, waitForGo, width }) =>
  Effect.gen(function*() {
    const publisher = yield* RgbdPublisher.make({ codec })
    yield* Console.log("ready")
    if (waitForGo) yield* awaitGo
    const started = performance.now()
    yield* SyntheticCamera.stream({ width, height, fps, frames: seconds * fps }).pipe(
      Stream.runForEach(publisher.pushFrame)
    )
    const streamedMs = Math.round(performance.now() - started)
    yield* Effect.sleep("500 millis") // the core drops what is still queued when the tracks are unpublished
    yield* Console.log(`stats ${JSON.stringify({ ...publisher.stats, streamedMs })}`)
  }).pipe(
    Effect.scoped,
    Effect.provide(LiveKitRoom.layerConfig({ identity, room }))
  )).pipe(Command.withDescription("Synthetic RGB-D camera -> data tracks"))

process.argv = process.argv.filter((arg, i) => i < 2 || arg !== "--")
Command.run(camera, { version: "0.1.0" }).pipe(Effect.provide(NodeServices.layer), NodeRuntime.runMain)
