/**
 * What the Foxglove bridge costs on the RGB-D topics: the synthetic camera (its own process, as a robot's camera)
 * streams depth, color, pose and camera_info through the dev server; a direct subscriber (a LiveKitRoom over the FFI)
 * and the bridge (`FoxgloveBridge.serve` on a LiveKitRoom of its own, watched by `@foxglove/ws-protocol`'s client)
 * receive them side by side. Per topic: frames/s at each end, latency from the camera's capture stamp at each end,
 * and the latency the bridge adds (its p50/p99 minus the direct subscriber's). Inside the private network namespace.
 * Writes `foxglove.{md,json}` to `bench/results` (or `--out`).
 *
 * `npx -y pnpm@12.21.0 bench:foxglove -- [--seconds 10] [--fps 10] [--out dir] [--smoke]`
 */
import { DataTrackFrame, Room } from "@effect-livekit/core"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { FoxgloveBridge } from "@effect-livekit/realsense"
import { NodeRuntime } from "@effect/platform-node"
import { FoxgloveClient } from "@foxglove/ws-protocol"
import { Console, Effect, Layer, Schema, Stream } from "effect"
import { spawn } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describeMachine, formatMachine, loadAverage } from "./Machine.ts"

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const SMOKE = args.includes("--smoke")
const SECONDS = Number(flag("--seconds") ?? (SMOKE ? 2 : 10))
const FPS = Number(flag("--fps") ?? 10)
const OUT = flag("--out") ?? fileURLToPath(new URL("../results", import.meta.url))
const CAMERA = fileURLToPath(new URL("../../examples/src/camera.ts", import.meta.url))
const ROOM = "foxglove-bench"
const TRACKS = ["camera/depth", "camera/color", "camera/pose", "camera/depth/camera_info"] as const

class CameraFailed extends Schema.TaggedError<CameraFailed>()("CameraFailed", { message: Schema.String }) {}

const quantile = (values: ReadonlyArray<number>, q: number) => {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN
}
const round = (value: number) => Math.round(value * 10) / 10
const nowMs = () => performance.timeOrigin + performance.now()

interface Side {
  readonly latenciesMs: Array<number>
}

interface Row {
  readonly topic: string
  readonly pushed: number
  readonly direct: { readonly frames: number; readonly fps: number; readonly p50Ms: number; readonly p99Ms: number }
  readonly bridge: { readonly frames: number; readonly fps: number; readonly p50Ms: number; readonly p99Ms: number }
  readonly addedP50Ms: number
  readonly addedP99Ms: number
}

const summary = (side: Side, seconds: number) => ({
  frames: side.latenciesMs.length,
  fps: round(side.latenciesMs.length / seconds),
  p50Ms: round(quantile(side.latenciesMs, 0.5)),
  p99Ms: round(quantile(side.latenciesMs, 0.99))
})

/** The camera process, killed with the scope: it publishes, waits for `go`, streams, prints its counts and exits. */
const startCamera = (env: NodeJS.ProcessEnv) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const child = spawn(
        process.execPath,
        [CAMERA, "--wait-for-go", "--seconds", String(SECONDS), "--fps", String(FPS), "--room", ROOM],
        { env, stdio: ["pipe", "pipe", "inherit"] }
      )
      let out = ""
      child.stdout.on("data", (chunk: Buffer) => void (out += chunk.toString()))
      const exited = Effect.callback<Record<string, { readonly pushed: number }>, CameraFailed>((resume) => {
        child.on("close", (code) => {
          const stats = /^stats (.*)$/m.exec(out)?.[1]
          if (code !== 0 || stats === undefined) {
            return resume(Effect.fail(new CameraFailed({ message: `camera exited ${code}:\n${out}` })))
          }
          resume(Effect.succeed((JSON.parse(stats) as { tracks: Record<string, { pushed: number }> }).tracks))
        })
      })
      return { child, go: Effect.sync(() => void child.stdin.end("go\n")), exited }
    }),
    ({ child }) => Effect.sync(() => void child.kill("SIGKILL"))
  )

const bench = Effect.gen(function*() {
  const server = yield* DevServer
  const machine = describeMachine()
  const join_ = (identity: string) =>
    Effect.flatMap(server.token(identity, { room: ROOM }), (token) => LiveKitRoom.make({ url: server.url, token }))
  const direct = yield* join_("direct")
  const bridgeRoom = yield* join_("bridge")
  const bridge = yield* FoxgloveBridge.serve({ port: 0 }).pipe(Effect.provideService(Room, bridgeRoom))

  const directSides = new Map<string, Side>(TRACKS.map((t) => [t, { latenciesMs: [] }]))
  const bridgeSides = new Map<string, Side>(TRACKS.map((t) => [t, { latenciesMs: [] }]))

  // The Foxglove client: subscribes to every channel as it is advertised.
  const client = new FoxgloveClient({
    ws: new WebSocket(bridge.url, [FoxgloveClient.SUPPORTED_SUBPROTOCOL]) as unknown as ConstructorParameters<
      typeof FoxgloveClient
    >[0]["ws"]
  })
  const topicOf = new Map<number, string>()
  client.on("advertise", (channels) => {
    for (const channel of channels) topicOf.set(client.subscribe(channel.id), channel.topic.replace(/^camera\//, ""))
  })
  client.on("message", (message) => {
    const side = bridgeSides.get(topicOf.get(message.subscriptionId) ?? "")
    side?.latenciesMs.push(nowMs() - Number(message.timestamp) / 1e6)
  })

  const env = {
    ...process.env,
    LIVEKIT_URL: server.url,
    LIVEKIT_API_KEY: server.apiKey,
    LIVEKIT_API_SECRET: server.apiSecret
  }
  // Streams once both receivers are subscribed to the four tracks (frames pushed before a subscriber's path exists
  // are lost by design).
  const subscribed = Effect.gen(function*() {
    for (const name of TRACKS) {
      const remote = yield* direct.dataTrack({ publisher: "camera", name })
      const subscription = yield* remote.subscribe({ bufferSize: 64, timestampUnit: "microseconds" })
      const side = directSides.get(name)!
      yield* subscription.frames.pipe(
        Stream.runForEach((frame: DataTrackFrame) =>
          Effect.sync(() => {
            const sent = frame.timestampMillis
            if (sent !== undefined) side.latenciesMs.push(nowMs() - sent)
          })
        ),
        Effect.forkScoped
      )
    }
    while ((yield* bridge.stats).subscriptions < TRACKS.length) yield* Effect.sleep("20 millis")
    yield* Effect.sleep("1 second")
  })
  const camera = yield* startCamera(env)
  yield* subscribed
  yield* camera.go
  const pushed = yield* camera.exited
  yield* Effect.sleep("1 second") // the last frames arrive
  client.close()
  machine.loadAtEnd = loadAverage()

  const keyOf: Record<string, string> = {
    "camera/depth": "depth",
    "camera/color": "color",
    "camera/pose": "pose",
    "camera/depth/camera_info": "cameraInfo"
  }
  const rows: Array<Row> = TRACKS.map((topic) => {
    const d = summary(directSides.get(topic)!, SECONDS)
    const b = summary(bridgeSides.get(topic)!, SECONDS)
    return {
      topic,
      pushed: pushed[keyOf[topic]!]?.pushed ?? 0,
      direct: d,
      bridge: b,
      addedP50Ms: round(b.p50Ms - d.p50Ms),
      addedP99Ms: round(b.p99Ms - d.p99Ms)
    }
  })
  const table = [
    "| topic | pushed | direct frames/s | bridge frames/s | direct p50 / p99 ms | bridge p50 / p99 ms | added p50 / p99 ms |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) =>
      `| ${r.topic} | ${r.pushed} | ${r.direct.fps} (${r.direct.frames}) | ${r.bridge.fps} (${r.bridge.frames}) | ` +
      `${r.direct.p50Ms} / ${r.direct.p99Ms} | ${r.bridge.p50Ms} / ${r.bridge.p99Ms} | ${r.addedP50Ms} / ${r.addedP99Ms} |`
    )
  ].join("\n")
  yield* Console.log(table)
  mkdirSync(OUT, { recursive: true })
  writeFileSync(
    join(OUT, "foxglove.md"),
    [
      "# Foxglove bridge: frames/s and added latency on the RGB-D topics",
      "",
      `The synthetic camera (its own process, ${FPS} fps, 424x240, zlib depth) streams for ${SECONDS} s through the dev`,
      "server to a direct subscriber (LiveKitRoom) and to the bridge (FoxgloveBridge on a LiveKitRoom of its own,",
      "watched by @foxglove/ws-protocol's client), both in the benchmark's process. Latency: arrival minus the camera's",
      "capture stamp; added = bridge minus direct. `npx -y pnpm@12.21.0 bench:foxglove`",
      "",
      formatMachine(machine),
      "",
      table,
      ""
    ].join("\n")
  )
  writeFileSync(
    join(OUT, "foxglove.json"),
    JSON.stringify({ machine, seconds: SECONDS, fps: FPS, rows }, null, 2) + "\n"
  )
}).pipe(Effect.scoped)

const main = Effect.gen(function*() {
  yield* Isolation.reexecIsolated()
  yield* Isolation.requireIsolation()
  yield* bench.pipe(Effect.provide(Layer.mergeAll(DevServer.layer({ port: 0 }), FfiClient.layer)))
})

NodeRuntime.runMain(main)
