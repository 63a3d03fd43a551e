/**
 * `effect-livekit publish <track>`: publishes a data track and pushes synthetic frames at `--rate`, or the lines of
 * stdin with `--stdin`, showing frames/s and `BufferFull` counts live.
 */
import {
  DataTrackFrame,
  DataTrackLimits,
  type FrameEncoding,
  Ticker,
  WellKnownFrameEncoding
} from "@effect-livekit/core"
import { Effect, Option, Queue, Schema, Stream } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { createInterface } from "node:readline"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"
import * as Format from "./Format.ts"
import * as Run from "./Run.ts"

const encoder = new TextEncoder()

/**
 * Synthetic frame `n` of `size` bytes: `#<n> effect-livekit synthetic frame` padded with dots (or cut to `size`), so
 * that `tail` can show it as text and count gaps in the sequence.
 */
export const syntheticFrame = (n: number, size: number): Uint8Array => {
  const head = encoder.encode(`#${n} effect-livekit synthetic frame `)
  const payload = new Uint8Array(size).fill(0x2e)
  payload.set(head.subarray(0, size))
  return payload
}

const isWellKnown = Schema.is(WellKnownFrameEncoding)
const frameEncodingOf = (name: string): FrameEncoding => (isWellKnown(name) ? name : { custom: name })

/** Lines of stdin until it closes. */
const stdinLines: Stream.Stream<string> = Stream.callback<string>((queue) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
      lines.on("line", (line) => {
        Queue.offerUnsafe(queue, line)
      })
      lines.on("close", () => Queue.endUnsafe(queue))
      return lines
    }),
    (lines) => Effect.sync(() => lines.close())
  )
)

export const command = Command.make("publish", {
  track: Argument.String("track").pipe(Argument.withDescription("name of the data track to publish")),
  ...Connection.flags("publisher"),
  rate: Flag.Finite("rate").pipe(Flag.withDefault(10), Flag.withDescription("synthetic frames per second")),
  size: Flag.Int("size").pipe(
    Flag.withDefault(64),
    Flag.withDescription(`bytes per synthetic frame (1 to ${DataTrackLimits.MAX_FRAME_BYTES})`)
  ),
  stdin: Flag.Boolean("stdin").pipe(
    Flag.withDefault(false),
    Flag.withDescription("publish each line of stdin as a frame instead of synthetic frames; stop at end of input")
  ),
  count: Flag.Int("count").pipe(Flag.withDescription("stop after this many frames"), Flag.optional),
  seconds: Run.secondsFlag,
  frameEncoding: Flag.String("frame-encoding").pipe(
    Flag.withDescription(
      `frame encoding announced with the track (${WellKnownFrameEncoding.literals.join(", ")} or custom)`
    ),
    Flag.optional
  ),
  timestampUnit: Flag.Literals("timestamp-unit", ["ms", "us"] as const).pipe(
    Flag.withDefault("ms" as const),
    Flag.withDescription("unit of the user timestamp stamped on each frame (ms, as the Rust and Python SDKs)")
  )
}, (flags) =>
  Effect.gen(function*() {
    if (!(flags.rate > 0 && Number.isFinite(flags.rate))) {
      return yield* new CliFailure({
        message: `--rate must be a positive number of frames per second (got ${flags.rate})`
      })
    }
    yield* Run.checkSeconds(flags.seconds)
    if (flags.size < 1 || flags.size > DataTrackLimits.MAX_FRAME_BYTES) {
      return yield* new CliFailure({
        message: `--size must be 1 to ${DataTrackLimits.MAX_FRAME_BYTES} bytes (got ${flags.size}): ` +
          `larger frames are dropped by every receiver`
      })
    }
    if (Option.isSome(flags.count) && flags.count.value <= 0) {
      return yield* new CliFailure({ message: `--count must be positive (got ${flags.count.value})` })
    }
    const target = yield* Connection.target(flags, {
      identity: "publisher",
      grants: { canPublish: true, canPublishData: true, canSubscribe: false }
    })
    yield* Connection.joinServerNamespace(target.url)
    const room = yield* Connection.connect(target)
    const track = yield* room.publishDataTrack({
      name: flags.track,
      ...Option.match(flags.frameEncoding, {
        onNone: () => ({}),
        onSome: (name) => ({ frameEncoding: frameEncodingOf(name) })
      })
    })
    yield* Run.info(
      `publishing ${target.identity}/${flags.track} (${Format.describeTrack(track.info)}) in room "${target.room}" ` +
        (flags.stdin ? "from stdin" : `at ${flags.rate} Hz, ${flags.size} B frames`) +
        `; follow it with: effect-livekit tail ${target.identity}/${flags.track}`
    )

    let pushed = 0
    const rejected = new Map<string, number>()
    let windowPushed = 0
    let windowStart = performance.now()
    const started = performance.now()
    const rejections = () => {
      const full = rejected.get("BufferFull") ?? 0
      const others = [...rejected].filter(([reason]) => reason !== "BufferFull").map(([r, n]) => `, ${n} ${r}`)
      return `${full} BufferFull${others.join("")}`
    }
    const status = Format.makeStatusLine()
    yield* Effect.sync(() => {
      const now = performance.now()
      const rate = windowPushed / Math.max(1e-3, (now - windowStart) / 1000)
      windowPushed = 0
      windowStart = now
      return `status: ${rate.toFixed(1)} frames/s, ${pushed} pushed, ${rejections()}`
    }).pipe(Effect.flatMap(status.update), Effect.delay("1 second"), Effect.forever, Effect.forkScoped)

    const stamp = () => {
      const nowMs = performance.timeOrigin + performance.now()
      return BigInt(Math.round(flags.timestampUnit === "us" ? nowMs * 1000 : nowMs))
    }
    const payloads: Stream.Stream<Uint8Array> = flags.stdin
      ? stdinLines.pipe(Stream.filter((line) => line.length > 0), Stream.map((line) => encoder.encode(line)))
      : Ticker.every(flags.rate).pipe(
        // --seconds S is R x S ticks: they take S seconds on the ticker's clock, and a timer for S could cut the
        // last ones off on a busy machine (it fires in the same turn as the last ticks' timers).
        (ticks) =>
          Option.match(flags.seconds, {
            onNone: () => ticks,
            onSome: (seconds) => Stream.take(ticks, Math.max(1, Math.round(flags.rate * seconds)))
          }),
        Stream.map((n) => syntheticFrame(n, flags.size))
      )
    const limited = Option.match(flags.count, { onNone: () => payloads, onSome: (n) => Stream.take(payloads, n) })
    const summary = (seconds: number) =>
      Effect.andThen(status.clear, Run.info(`${pushed} frames pushed in ${seconds.toFixed(1)} s, ${rejections()}`))
    yield* limited.pipe(
      Stream.runForEach((payload) =>
        track.tryPush(new DataTrackFrame({ payload, userTimestamp: stamp() })).pipe(
          Effect.matchEffect({
            onSuccess: () =>
              Effect.sync(() => {
                pushed++
                windowPushed++
              }),
            onFailure: (error) =>
              error._tag === "Unpublished"
                ? Effect.fail(new CliFailure({ message: `the track was unpublished: ${error.message}`, cause: error }))
                : Effect.sync(() => void rejected.set(error._tag, (rejected.get(error._tag) ?? 0) + 1))
          })
        )
      ),
      Run.forSeconds(flags.stdin ? flags.seconds : Option.none()),
      Effect.onInterrupt(() => Effect.suspend(() => summary((performance.now() - started) / 1000)))
    )
    const elapsed = (performance.now() - started) / 1000
    // The core drops frames still queued when the track is unpublished: give them time to leave.
    yield* Effect.sleep("500 millis")
    yield* summary(elapsed)
  }).pipe(Effect.scoped)).pipe(
    Command.withShortDescription("publish a track: synthetic frames at --rate, or the lines of stdin"),
    Command.withDescription(
      "Publish a data track and push synthetic frames (#<n> and dots, --size bytes at --rate Hz) or, with --stdin, " +
        "each line of stdin; shows frames/s and BufferFull counts live on stderr. Connects with --url and --token " +
        "or --api-key/--api-secret, --room, --identity (env LIVEKIT_URL, LIVEKIT_TOKEN, LIVEKIT_API_KEY, " +
        "LIVEKIT_API_SECRET, LIVEKIT_ROOM, LIVEKIT_IDENTITY; default identity \"publisher\")."
    )
  )
