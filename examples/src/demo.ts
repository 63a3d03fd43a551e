/**
 * The human–robot demo: a robot publishes status lines on a data track, a human prints them.
 *
 * `npx -y pnpm@12.21.0 demo [--seconds 10] [--rate 10] [--memory]`
 *
 * - by default both join a room on the embedded dev server through the LiveKit Rust core (the FFI); on Linux as root
 *   the demo first re-runs itself in a private network namespace (libwebrtc gathers no ICE candidates on loopback);
 * - with `LIVEKIT_URL` set they join that server instead, with tokens minted from `LIVEKIT_API_KEY` /
 *   `LIVEKIT_API_SECRET` or given as `LIVEKIT_ROBOT_TOKEN` / `LIVEKIT_HUMAN_TOKEN`;
 * - `--memory` runs them on the in-memory room.
 *
 * Exits 0 only when the human received every frame from its first one on.
 */
import { AccessToken, MemoryRoom, Room } from "@effect-livekit/core"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Config, Console, Context, Effect, Fiber, Layer, References, Schema } from "effect"
import { Command, Flag } from "effect/cli"
import { human } from "./human.ts"
import { robot } from "./robot.ts"
import { formatSummary, summarize } from "./Summary.ts"

class DemoFailed extends Schema.TaggedError<DemoFailed>()("DemoFailed", { message: Schema.String }) {}

const messageOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "message" in error && typeof error.message === "string"
    ? error.message
    : String(error)

type Participant = "robot" | "human"
/** How to make the `Room` of each participant, and where it is. */
interface Backend {
  readonly description: string
  readonly room: (identity: Participant) => Layer.Layer<Room, unknown>
}

/** The `Room` of `identity` on a LiveKit server, through the Rust core. */
const liveKitRoom = (url: string, token: Effect.Effect<string, unknown>, identity: Participant, roomName: string) =>
  Layer.effect(
    Room,
    Effect.flatMap(token, (token) =>
      LiveKitRoom.make({ url, token }).pipe(
        Effect.mapError((error) =>
          new DemoFailed({ message: `cannot join room "${roomName}" on ${url} as ${identity}: ${error.message}` })
        )
      ))
  ).pipe(Layer.provide(FfiClient.layer))

const external = (url: string, roomName: string) =>
  Effect.gen(function*() {
    // A dev server started by `effect-livekit dev-server` lives in a shared network namespace: join it.
    yield* Isolation.reexecForServer(url)
    const env = process.env
    const tokens = { robot: env["LIVEKIT_ROBOT_TOKEN"], human: env["LIVEKIT_HUMAN_TOKEN"] }
    const loopback = Isolation.isLoopbackUrl(url)
    const apiKey = env["LIVEKIT_API_KEY"] ?? (loopback ? "devkey" : undefined)
    const apiSecret = env["LIVEKIT_API_SECRET"] ?? (loopback ? "secret" : undefined)
    const token = (identity: Participant): Effect.Effect<string, unknown> => {
      const given = tokens[identity]
      if (given !== undefined) return Effect.succeed(given)
      if (apiKey === undefined || apiSecret === undefined) {
        return Effect.fail(
          new DemoFailed({
            message: `LIVEKIT_URL is set: set LIVEKIT_API_KEY and LIVEKIT_API_SECRET, ` +
              `or LIVEKIT_ROBOT_TOKEN and LIVEKIT_HUMAN_TOKEN`
          })
        )
      }
      return AccessToken.mint({ apiKey, apiSecret, identity, room: roomName })
    }
    return {
      description: `on ${url}`,
      room: (identity) => liveKitRoom(url, token(identity), identity, roomName)
    } satisfies Backend
  })

const embedded = (roomName: string) =>
  Effect.gen(function*() {
    // On Linux as root this re-runs the demo in a private network namespace and never returns.
    yield* Isolation.reexecIsolated()
    const status = yield* Isolation.requireIsolation()
    // The dev server logs each join and leave at Info: keep the demo's output to the robot and the human.
    const quiet = Layer.succeed(References.MinimumLogLevel, "Warn")
    const server = Context.get(yield* Layer.build(DevServer.layer({ port: 0 }).pipe(Layer.provide(quiet))), DevServer)
    const where = status._tag === "Isolated"
      ? `in a private network namespace (${status.serverAddress} <-> ${status.clientAddress})`
      : "on this host"
    return {
      description: `on the embedded dev server at ${server.url}, ${where}`,
      room: (identity) => liveKitRoom(server.url, server.token(identity, { room: roomName }), identity, roomName)
    } satisfies Backend
  })

const memory: Effect.Effect<Backend, never, MemoryRoom.MemorySfu> = Effect.map(MemoryRoom.MemorySfu, (sfu) => ({
  description: "in an in-memory room",
  room: (identity) => MemoryRoom.layer({ identity }).pipe(Layer.provide(Layer.succeed(MemoryRoom.MemorySfu, sfu)))
}))

const demo = Command.make("demo", {
  seconds: Flag.Int("seconds").pipe(Flag.withDefault(10), Flag.withDescription("how long the robot streams")),
  rate: Flag.Int("rate").pipe(Flag.withDefault(10), Flag.withDescription("status lines per second")),
  memory: Flag.Boolean("memory").pipe(
    Flag.withDefault(false),
    Flag.withDescription("use the in-memory room instead of LiveKit")
  ),
  room: Flag.String("room").pipe(
    Flag.withFallbackConfig(Config.String("LIVEKIT_ROOM")),
    Flag.withDefault("dev"),
    Flag.withDescription("room name, when tokens are minted (env LIVEKIT_ROOM)")
  )
}, ({ memory: inMemory, rate, room: roomName, seconds }) =>
  Effect.gen(function*() {
    const url = process.env["LIVEKIT_URL"]
    const backend: Backend = yield* (
      inMemory ? memory : url === undefined || url === "" ? embedded(roomName) : external(url, roomName)
    )
    yield* Console.log(`robot and human join a room ${backend.description}; the robot streams for ${seconds} s`)
    // The human joins first, so that it is already waiting when the robot publishes.
    const humanRoom = yield* Layer.build(backend.room("human"))
    const humanFiber = yield* human().pipe(Effect.scoped, Effect.provide(humanRoom), Effect.forkChild)
    // The robot's scope closes when it is done: its track is unpublished and the human's stream ends.
    const robotReport = yield* robot({ rateHz: rate, seconds }).pipe(
      Effect.scoped,
      Effect.provide(backend.room("robot"))
    )
    const humanReport = yield* Fiber.join(humanFiber).pipe(
      Effect.timeoutOrElse({
        duration: "10 seconds",
        orElse: () => Effect.fail(new DemoFailed({ message: "the human saw no end of stream within 10 s" }))
      })
    )
    const summary = summarize(robotReport, humanReport)
    yield* Console.log(formatSummary(summary, robotReport))
    if (summary.received === 0) return yield* new DemoFailed({ message: "the human received no frame" })
    if (summary.lost > 0) {
      return yield* new DemoFailed({ message: `${summary.lost} frame(s) lost after the first one received` })
    }
  }).pipe(
    Effect.scoped,
    Effect.provide(MemoryRoom.MemorySfu.layer)
  )).pipe(
    Command.withDescription(
      "A robot publishes robot-status lines on a data track, a human prints them. " +
        "Runs on the embedded dev server through the LiveKit Rust core, or on LIVEKIT_URL when set " +
        "(LIVEKIT_API_KEY/LIVEKIT_API_SECRET or LIVEKIT_ROBOT_TOKEN/LIVEKIT_HUMAN_TOKEN)."
    )
  )

Command.run(demo, { version: "0.1.0" }).pipe(
  Effect.catch((error) =>
    Effect.sync(() => {
      // Help and parse errors are already printed by the CLI module.
      if (!(typeof error === "object" && error !== null && "_tag" in error && error._tag === "ShowHelp")) {
        process.stderr.write(`demo: ${messageOf(error)}\n`)
      }
      process.exitCode = 1
    })
  ),
  Effect.provide(NodeServices.layer),
  NodeRuntime.runMain
)
