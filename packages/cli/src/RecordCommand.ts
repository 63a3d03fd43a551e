/**
 * `effect-livekit record --out <file.mcap> [tracks...]`: records a room's data tracks (all, or the named ones)
 * into one MCAP file that Foxglove opens, following tracks as they are published and unpublished. Ctrl-C (or
 * `--seconds`) stops it; the file is finished, indexed and valid either way.
 */
import { Room } from "@effect-livekit/core"
import { Recorder } from "@effect-livekit/realsense"
import { Effect, Option } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"
import * as Format from "./Format.ts"
import * as Run from "./Run.ts"

export const command = Command.make("record", {
  tracks: Argument.String("track").pipe(
    Argument.withDescription("track names to record (every track of the room when none is given)"),
    Argument.variadic()
  ),
  out: Flag.String("out").pipe(Flag.withDescription("the MCAP file to write")),
  publisher: Flag.String("publisher").pipe(
    Flag.withDescription("only tracks of this participant (repeatable)"),
    Flag.atLeast(0)
  ),
  ...Connection.flags("record-<random>"),
  seconds: Run.secondsFlag,
  timestampUnit: Flag.Literals("timestamp-unit", ["auto", "ms", "us"] as const).pipe(
    Flag.withDefault("auto" as const),
    Flag.withDescription(
      "unit of the senders' user timestamps, for MCAP publish times (auto: values above 1e14 are µs, others ms, " +
        "as the Rust core, Python and browser SDKs stamp)"
    )
  )
}, (flags) =>
  Effect.gen(function*() {
    if (!flags.out.endsWith(".mcap")) {
      return yield* new CliFailure({ message: `--out must name a .mcap file (got "${flags.out}")` })
    }
    const target = yield* Connection.target(flags, {
      identity: Run.randomIdentity("record"),
      grants: { canPublish: false, canPublishData: false, canSubscribe: true }
    })
    yield* Connection.joinServerNamespace(target.url)
    const room = yield* Connection.connect(target)
    yield* Run.info(
      `recording ${flags.tracks.length === 0 ? "every data track" : flags.tracks.join(", ")} of room ` +
        `"${target.room}" on ${target.url} into ${flags.out}`
    )
    const summary = yield* Recorder.record({
      path: flags.out,
      timestampUnit: flags.timestampUnit === "auto"
        ? "auto"
        : flags.timestampUnit === "us"
        ? "microseconds"
        : "milliseconds",
      ...(flags.tracks.length === 0 ? {} : { tracks: flags.tracks }),
      ...(flags.publisher.length === 0 ? {} : { publishers: flags.publisher }),
      onSubscribed: (track) => Run.info(`subscribed to ${track.publisherIdentity}/${track.info.name}`),
      ...(Option.isSome(flags.seconds) ? { until: Effect.sleep(`${flags.seconds.value} seconds`) } : {})
    }).pipe(
      Effect.provideService(Room, room),
      Effect.mapError((error) =>
        new CliFailure({ message: `cannot write ${flags.out}: ${error.message}`, cause: error })
      )
    )
    for (const channel of summary.channels.values()) {
      yield* Effect.sync(() =>
        process.stdout.write(
          `${channel.topic.padEnd(32)} ${String(channel.messages).padStart(7)} messages ${
            Format.formatBytes(channel.bytes).padStart(10)
          }\n`
        )
      )
    }
    yield* Run.info(`${summary.messages} messages, ${Format.formatBytes(summary.bytes)} in ${summary.path}`)
  }).pipe(Effect.scoped)).pipe(
    Command.withShortDescription("record a room's data tracks into an MCAP file"),
    Command.withDescription(
      "Record data tracks into one MCAP file that Foxglove opens (zstd chunks; schemas from the tracks' metadata and " +
        "the publishers' stored definitions; topic = track name; publishTime = sender timestamp, logTime = arrival). " +
        "Follows tracks as they are published and unpublished; Ctrl-C or --seconds finishes the file. Connects with " +
        "--url and --token or --api-key/--api-secret, --room, --identity (env LIVEKIT_URL, LIVEKIT_TOKEN, " +
        "LIVEKIT_API_KEY, LIVEKIT_API_SECRET, LIVEKIT_ROOM, LIVEKIT_IDENTITY)."
    )
  )
