/**
 * `effect-livekit foxglove [tracks...]`: a Foxglove WebSocket server on localhost (default ws://127.0.0.1:8765) that
 * shows the room's data tracks live in Foxglove — each track a channel `<publisher>/<track>`, subscribed on LiveKit
 * only while a Foxglove client watches it. A status line on stderr: clients, channels, subscriptions, frames/s.
 */
import { Room } from "@effect-livekit/core"
import { FoxgloveBridge } from "@effect-livekit/realsense"
import { Effect } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"
import * as Format from "./Format.ts"
import * as Run from "./Run.ts"

export const command = Command.make("foxglove", {
  tracks: Argument.String("track").pipe(
    Argument.withDescription("track names to bridge (every track of the room when none is given)"),
    Argument.variadic()
  ),
  ...Run.listenFlags(8765, "the Foxglove WebSocket server"),
  publisher: Flag.String("publisher").pipe(
    Flag.withDescription("only tracks of this participant (repeatable)"),
    Flag.atLeast(0)
  ),
  ...Connection.flags("foxglove-<random>"),
  seconds: Run.secondsFlag
}, (flags) =>
  Effect.gen(function*() {
    yield* Run.checkSeconds(flags.seconds)
    yield* Run.checkPort(flags.port)
    const target = yield* Connection.target(flags, {
      identity: Run.randomIdentity("foxglove"),
      grants: { canPublish: false, canPublishData: false, canSubscribe: true }
    })
    yield* Connection.joinServerNamespace(target.url)
    const room = yield* Connection.connect(target)
    const bridge = yield* FoxgloveBridge.serve({
      port: flags.port,
      host: flags.host,
      ...(flags.tracks.length === 0 ? {} : { tracks: flags.tracks }),
      ...(flags.publisher.length === 0 ? {} : { publishers: flags.publisher })
    }).pipe(
      Effect.provideService(Room, room),
      Effect.mapError((error) => new CliFailure({ message: error.message, cause: error }))
    )
    yield* Run.info(
      `bridging ${flags.tracks.length === 0 ? "every data track" : flags.tracks.join(", ")} of room ` +
        `"${target.room}" on ${target.url} to Foxglove: open ${bridge.url} (Foxglove WebSocket)`
    )
    const status = Format.makeStatusLine()
    let previous = 0
    let at = performance.now()
    yield* bridge.stats.pipe(
      Effect.flatMap((stats) => {
        const now = performance.now()
        const rate = ((stats.frames - previous) * 1000) / Math.max(1, now - at)
        previous = stats.frames
        at = now
        return status.update(
          `status: ${stats.clients} client${stats.clients === 1 ? "" : "s"}, ${stats.channels} channels, ` +
            `${stats.subscriptions} subscribed, ${rate.toFixed(1)} frames/s, ${stats.frames} frames sent`
        )
      }),
      Effect.delay("1 second"),
      Effect.forever,
      Effect.forkScoped
    )
    yield* Run.forSeconds(flags.seconds)(Effect.never)
    yield* status.clear
    const stats = yield* bridge.stats
    yield* Run.info(`${stats.frames} frames sent to Foxglove`)
  }).pipe(Effect.scoped)).pipe(
    Command.withShortDescription("show a room's data tracks live in Foxglove"),
    Command.withDescription(
      "Serve the Foxglove WebSocket protocol: every data track of the room (or the named ones) is a channel " +
        "<publisher>/<track> with its schema; a track is subscribed on LiveKit only while a Foxglove client watches " +
        "it. Open Foxglove, 'Open connection', Foxglove WebSocket, ws://127.0.0.1:8765. Connects with --url and " +
        "--token or --api-key/--api-secret, --room, --identity (env LIVEKIT_URL, LIVEKIT_TOKEN, LIVEKIT_API_KEY, " +
        "LIVEKIT_API_SECRET, LIVEKIT_ROOM, LIVEKIT_IDENTITY)."
    )
  )
