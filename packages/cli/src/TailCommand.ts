/**
 * `effect-livekit tail <publisher>/<track>`: subscribes and prints each frame (size, latency, text or hex preview),
 * with a live status line (frames/s, bytes/s, drops) — `rostopic echo` for data tracks.
 */
import { FramePreview } from "@effect-livekit/core"
import { Duration, Effect, Option, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"
import * as Format from "./Format.ts"
import * as Run from "./Run.ts"

export const command = Command.make("tail", {
  track: Argument.String("publisher/track").pipe(
    Argument.withDescription("the track to follow: its publisher's identity, a slash, its name (robot/robot-status)")
  ),
  ...Connection.flags("tail-<random>"),
  latest: Flag.Boolean("latest").pipe(
    Flag.withDefault(false),
    Flag.withDescription("latest-frame semantics: always print the newest frame, skipping stale ones")
  ),
  count: Flag.Int("count").pipe(Flag.withDescription("exit after this many frames"), Flag.optional),
  seconds: Run.secondsFlag,
  wait: Flag.Finite("wait").pipe(
    Flag.withDefault(5),
    Flag.withDescription("seconds to wait for the track to be published before giving up (0 = forever)")
  ),
  bufferSize: Flag.Int("buffer-size").pipe(
    Flag.withDefault(16),
    Flag.withDescription("frames the subscriber buffers for a slow reader (drop-oldest)")
  ),
  timestampUnit: Flag.Literals("timestamp-unit", ["auto", "ms", "us"] as const).pipe(
    Flag.withDefault("auto" as const),
    Flag.withDescription("unit of the senders' user timestamps (auto: values above 1e14 are µs)")
  ),
  quiet: Flag.Boolean("quiet").pipe(
    Flag.withDefault(false),
    Flag.withDescription("print only the status line and the summary, not each frame")
  )
}, (flags) =>
  Effect.gen(function*() {
    const ref = yield* Format.parseTrackRef(flags.track)
    if (Option.isSome(flags.count) && flags.count.value <= 0) {
      return yield* new CliFailure({ message: `--count must be positive (got ${flags.count.value})` })
    }
    if (flags.wait < 0) return yield* new CliFailure({ message: `--wait must be 0 or more (got ${flags.wait})` })
    const target = yield* Connection.target(flags, {
      identity: Run.randomIdentity("tail"),
      grants: { canPublish: false, canPublishData: false, canSubscribe: true }
    })
    yield* Connection.joinServerNamespace(target.url)
    const room = yield* Connection.connect(target)
    const label = `${ref.publisher}/${ref.name}`
    const status = Format.makeStatusLine()
    yield* status.transient(`joined room "${target.room}" as ${target.identity}; waiting for ${label}…`)

    // What is published, to say what exists when the requested track does not.
    const published = new Map<string, string>()
    yield* room.remoteDataTracks.pipe(
      Stream.runForEach((track) =>
        Effect.sync(() => published.set(track.info.sid, `${track.publisherIdentity}/${track.info.name}`)).pipe(
          Effect.andThen(
            track.awaitUnpublished.pipe(
              Effect.andThen(Effect.sync(() => published.delete(track.info.sid))),
              Effect.forkScoped
            )
          )
        )
      ),
      Effect.forkScoped
    )
    const found = yield* flags.wait === 0
      ? Effect.asSome(room.dataTrack(ref))
      : Effect.timeoutOption(room.dataTrack(ref), Duration.millis(flags.wait * 1000))
    if (Option.isNone(found)) {
      yield* status.clear
      const others = [...published.values()].toSorted()
      return yield* new CliFailure({
        message: `no data track "${ref.name}" published by "${ref.publisher}" in room "${target.room}" after ` +
          `${flags.wait} s (${
            others.length === 0 ? "no data tracks are published" : `published: ${others.join(", ")}`
          })`
      })
    }
    const remote = found.value
    yield* status.clear
    const subscription = yield* remote.subscribe({ bufferSize: flags.bufferSize })
    yield* Run.info(
      `tailing ${label} (${Format.describeTrack(remote.info)}) in room "${target.room}" as ${target.identity}` +
        (flags.latest ? ", latest-frame semantics" : "")
    )

    const stats = new FramePreview.FrameCounter()
    const print = Format.printer(status)
    const gapsLabel = flags.latest ? "skipped" : "drops"
    yield* Effect.sync(() => {
      const { bytesPerSecond, framesPerSecond } = stats.rates()
      return `status: ${framesPerSecond.toFixed(1)} frames/s, ${Format.formatBytes(bytesPerSecond)}/s, ` +
        `${stats.frames} frames, ${stats.gaps} ${gapsLabel}`
    }).pipe(
      Effect.flatMap(status.update),
      Effect.delay("1 second"),
      Effect.forever,
      Effect.forkScoped
    )

    const frames = flags.latest ? subscription.latest : subscription.frames
    const limited = Option.match(flags.count, { onNone: () => frames, onSome: (n) => Stream.take(frames, n) })
    const summary = Effect.suspend(() => {
      const seconds = (performance.now() - stats.started) / 1000
      return Effect.andThen(
        status.clear,
        Run.info(
          `${stats.frames} frames, ${Format.formatBytes(stats.bytes)} in ${seconds.toFixed(1)} s, ` +
            `${stats.gaps} ${gapsLabel}`
        )
      )
    })
    const outcome = yield* limited.pipe(
      Stream.runForEach((frame) => {
        stats.record(frame.payload)
        if (flags.quiet) return Effect.void
        const sent = Format.sentMillis(frame, flags.timestampUnit)
        const latency = sent === undefined
          ? "latency ?"
          : `latency ${(performance.timeOrigin + performance.now() - sent).toFixed(1)} ms`
        return print(
          `frame ${stats.frames}  ${frame.payload.byteLength} B  ${latency}  ${Format.preview(frame.payload)}`
        )
      }),
      Run.forSeconds(flags.seconds),
      Effect.onInterrupt(() => summary)
    )
    const countReached = Option.isSome(flags.count) && stats.frames >= flags.count.value
    if (Option.isSome(outcome) && !countReached) {
      yield* Effect.andThen(status.clear, Run.info(`end of stream: ${label} was unpublished`))
    }
    yield* summary
  }).pipe(Effect.scoped)).pipe(
    Command.withShortDescription("print the frames of a track (<publisher>/<track>) with a live status line"),
    Command.withDescription(
      "Subscribe to a data track and print its frames (size, latency from the user timestamp, text or hex " +
        "preview) with a live status line on stderr (frames/s, bytes/s, drops counted from gaps in a #<n> " +
        "sequence number). Exits at the end of the stream (track unpublished). Connects with --url and --token or " +
        "--api-key/--api-secret, --room, --identity (env LIVEKIT_URL, LIVEKIT_TOKEN, LIVEKIT_API_KEY, " +
        "LIVEKIT_API_SECRET, LIVEKIT_ROOM, LIVEKIT_IDENTITY)."
    )
  )
