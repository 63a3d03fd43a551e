/** `effect-livekit token`: mints an access token and prints it (only the token, on stdout). */
import { AccessToken } from "@effect-livekit/core"
import { Console, Effect, Option } from "effect"
import { Command, Flag } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"

/** `--publish` / `--subscribe` as grants: neither flag grants both, one flag grants only that. */
export const grantsOf = (publish: boolean, subscribe: boolean): Connection.Grants =>
  publish || subscribe
    ? { canPublish: publish, canPublishData: publish, canSubscribe: subscribe }
    : { canPublish: true, canPublishData: true, canSubscribe: true }

export const command = Command.make("token", {
  url: Connection.urlFlag,
  apiKey: Connection.apiKeyFlag,
  apiSecret: Connection.apiSecretFlag,
  identity: Flag.String("identity").pipe(
    Flag.withDescription("participant identity (env LIVEKIT_IDENTITY)"),
    Flag.withFallbackConfig(Connection.identityConfig)
  ),
  room: Flag.String("room").pipe(
    Flag.withDescription("room name (env LIVEKIT_ROOM)"),
    Flag.withFallbackConfig(Connection.roomConfig)
  ),
  publish: Flag.Boolean("publish").pipe(
    Flag.withDefault(false),
    Flag.withDescription("grant publishing data tracks (with neither --publish nor --subscribe, both are granted)")
  ),
  subscribe: Flag.Boolean("subscribe").pipe(
    Flag.withDefault(false),
    Flag.withDescription("grant subscribing (with neither --publish nor --subscribe, both are granted)")
  ),
  ttl: Flag.Int("ttl").pipe(Flag.withDefault(6 * 3600), Flag.withDescription("lifetime in seconds"))
}, (flags) =>
  Effect.gen(function*() {
    if (flags.identity.trim() === "") return yield* new CliFailure({ message: "--identity must not be empty" })
    if (flags.room.trim() === "") return yield* new CliFailure({ message: "--room must not be empty" })
    if (flags.ttl <= 0) return yield* new CliFailure({ message: `--ttl must be positive (got ${flags.ttl})` })
    const url = yield* Connection.parseUrl(Option.getOrElse(flags.url, () => Connection.DEFAULT_URL))
    const keys = yield* Connection.keyPair(flags, url)
    const token = yield* AccessToken.mint({
      ...keys,
      identity: flags.identity,
      room: flags.room,
      ttlSeconds: flags.ttl,
      ...grantsOf(flags.publish, flags.subscribe)
    }).pipe(Effect.mapError((error) => new CliFailure({ message: error.message, cause: error })))
    yield* Console.log(token)
  })).pipe(
    Command.withShortDescription("mint an access token"),
    Command.withDescription(
      "Mint an access token for --identity in --room, signed with --api-key/--api-secret (env LIVEKIT_API_KEY/" +
        "LIVEKIT_API_SECRET; the dev server's devkey/secret when --url/LIVEKIT_URL is unset or on loopback)."
    )
  )
