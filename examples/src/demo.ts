/**
 * The human–robot demo: a robot publishes status lines on a data track, a human prints them.
 * Run with `npx -y pnpm@12.21.0 demo [--seconds N]`.
 */
import { MemoryRoom } from "@effect-livekit/core"
import { NodeRuntime, NodeServices } from "@effect/platform-node"
import { Console, Data, Effect, Fiber } from "effect"
import { Command, Flag } from "effect/cli"
import { human } from "./human.ts"
import { robot } from "./robot.ts"
import { formatSummary } from "./Summary.ts"

class FramesLost extends Data.TaggedError("FramesLost")<{ readonly lost: number }> {}

const demo = Command.make("demo", {
  seconds: Flag.Int("seconds").pipe(Flag.withDefault(10), Flag.withDescription("how long the robot streams")),
  rate: Flag.Int("rate").pipe(Flag.withDefault(10), Flag.withDescription("status lines per second"))
}, ({ seconds, rate }) =>
  Effect.gen(function*() {
    yield* Console.log(`robot and human join an in-memory room; the robot streams for ${seconds} s`)
    const humanFiber = yield* human().pipe(
      Effect.scoped,
      Effect.provide(MemoryRoom.layer({ identity: "human" })),
      Effect.forkChild
    )
    // The robot's scope closes when it is done: its track is unpublished and the human's stream ends.
    const robotReport = yield* robot({ rateHz: rate, seconds }).pipe(
      Effect.scoped,
      Effect.provide(MemoryRoom.layer({ identity: "robot" }))
    )
    const humanReport = yield* Fiber.join(humanFiber).pipe(Effect.timeout("10 seconds"))
    yield* Console.log(formatSummary(robotReport, humanReport))
    if (humanReport.lost > 0 || humanReport.received === 0) {
      return yield* new FramesLost({ lost: humanReport.lost })
    }
  }).pipe(Effect.provide(MemoryRoom.MemorySfu.layer))).pipe(
    Command.withDescription("Robot publishes robot-status lines on a data track, human prints them")
  )

Command.run(demo, { version: "0.1.0" }).pipe(Effect.provide(NodeServices.layer), NodeRuntime.runMain)
