/**
 * `effect-livekit exec -- <command...>`: runs any program where the commands connect — inside the dev server's
 * network namespace when there is one — with `LIVEKIT_URL` and credentials in its environment, so that an app using
 * `LiveKitRoom.layerConfig` needs no configuration.
 */
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { Effect, Option, Redacted } from "effect"
import { Argument, Command } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"

export const command = Command.make("exec", {
  url: Connection.urlFlag,
  apiKey: Connection.apiKeyFlag,
  apiSecret: Connection.apiSecretFlag,
  token: Connection.tokenFlag,
  room: Connection.roomFlag,
  identity: Connection.identityFlag("unset"),
  argv: Argument.String("command").pipe(
    Argument.withDescription("the program and its arguments, after --"),
    Argument.variadic({ min: 1 })
  )
}, (flags) =>
  Effect.gen(function*() {
    const url = yield* Connection.parseUrl(Option.getOrElse(flags.url, () => Connection.DEFAULT_URL))
    const credentials: Record<string, string> = Option.isSome(flags.token)
      ? { LIVEKIT_TOKEN: Redacted.value(flags.token.value) }
      : yield* Effect.map(Connection.keyPair(flags, url), (keys) => ({
        LIVEKIT_API_KEY: keys.apiKey,
        LIVEKIT_API_SECRET: Redacted.value(keys.apiSecret)
      }))
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LIVEKIT_URL: url,
      ...credentials,
      ...Option.match(flags.room, { onNone: () => ({}), onSome: (room) => ({ LIVEKIT_ROOM: room }) }),
      ...Option.match(flags.identity, { onNone: () => ({}), onSome: (identity) => ({ LIVEKIT_IDENTITY: identity }) })
    }
    const decision = Isolation.decideShared(url)
    const status = yield* (decision._tag === "Join"
      ? Isolation.runInNamedNamespace(decision.name, flags.argv, env)
      : Isolation.runInPlace(flags.argv, env)).pipe(
        Effect.mapError((error) => new CliFailure({ message: error.message, cause: error }))
      )
    return yield* Effect.sync(() => Isolation.exitWith(status))
  })).pipe(
    Command.withShortDescription("run a program with LIVEKIT_URL and credentials set, next to the dev server"),
    Command.withDescription(
      "Run a program (after --) with LIVEKIT_URL and credentials in its environment (LIVEKIT_TOKEN, or " +
        "LIVEKIT_API_KEY/LIVEKIT_API_SECRET; plus LIVEKIT_ROOM/LIVEKIT_IDENTITY when given), from --url, --token, " +
        "--api-key/--api-secret, --room, --identity or the same variables. On Linux as root, for a loopback URL, " +
        "it runs inside the network namespace of `effect-livekit dev-server`. Exits with the program's status."
    )
  )
