/** What the live commands share: `--seconds`, informational lines on stderr, random identities. */
import { Duration, Effect, Option } from "effect"
import { Flag } from "effect/cli"
import { CliFailure } from "./Failure.ts"

export const secondsFlag = Flag.Finite("seconds").pipe(
  Flag.withDescription("stop after this many seconds (default: run until Ctrl-C or the end)"),
  Flag.optional
)

/** Fails unless `--seconds`, when given, is a positive finite number. */
export const checkSeconds = (seconds: Option.Option<number>): Effect.Effect<void, CliFailure> =>
  Option.match(seconds, {
    onNone: () => Effect.void,
    onSome: (s) =>
      s <= 0 || !Number.isFinite(s)
        ? Effect.fail(new CliFailure({ message: `--seconds must be positive (got ${s})` }))
        : Effect.void
  })

/** Runs `effect` for at most `seconds` (when given), then stops it as if it had completed. */
export const forSeconds = (seconds: Option.Option<number>) =>
<A, E, R>(
  effect: Effect.Effect<A, E, R>
): Effect.Effect<Option.Option<A>, E | CliFailure, R> =>
  Effect.andThen(
    checkSeconds(seconds),
    Option.match(seconds, {
      onNone: () => Effect.asSome(effect),
      onSome: (s) => Effect.timeoutOption(effect, Duration.millis(s * 1000))
    })
  )

/** An informational line on stderr (stdout is for data). */
export const info = (line: string) => Effect.sync(() => void process.stderr.write(`${line}\n`))

/** `<prefix>-<4 hex digits>`: observers need an identity no one else uses (a duplicate identity kicks the first). */
export const randomIdentity = (prefix: string) =>
  `${prefix}-${Math.floor(Math.random() * 0x10000).toString(16).padStart(4, "0")}`

/** `--port` and `--host` of a command that serves something on this machine (loopback unless told otherwise). */
export const listenFlags = (defaultPort: number, what: string) => ({
  port: Flag.Int("port").pipe(
    Flag.withDefault(defaultPort),
    Flag.withDescription(`port of ${what} (0 = any free port)`)
  ),
  host: Flag.String("host").pipe(
    Flag.withDefault("127.0.0.1"),
    Flag.withDescription(`address ${what} listens on (0.0.0.0 to reach it from other machines)`)
  )
})

/** Fails unless `port` is a TCP port (0 = any free one). */
export const checkPort = (port: number): Effect.Effect<void, CliFailure> =>
  port < 0 || port > 65_535 || !Number.isInteger(port)
    ? Effect.fail(new CliFailure({ message: `--port must be 0 to 65535 (got ${port})` }))
    : Effect.void
