/**
 * Where the commands connect and as whom: the flags every client command takes (`--url`, `--token` or
 * `--api-key`/`--api-secret`, `--room`, `--identity`), each falling back to its environment variable, and joining a
 * room with them through the FFI.
 *
 * With no URL at all the commands use the dev server's defaults (`ws://127.0.0.1:7880`, key `devkey`, secret
 * `secret`, room `dev`), so `effect-livekit dev-server` in one terminal and `effect-livekit tail ...` in another need no
 * configuration. On Linux as root a dev server started by `effect-livekit dev-server` lives in a shared network
 * namespace; a command whose URL is on loopback joins it (see `Isolation.reexecForServer`).
 */
import { AccessToken, type RoomShape } from "@effect-livekit/core"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import type { FfiLogLevel } from "@effect-livekit/node"
import { Config, Duration, Effect, Layer, type LogLevel, Option, Redacted, Schema, type Scope } from "effect"
import { Flag, GlobalFlag } from "effect/cli"
import { decodeJwt } from "jose"
import { CliFailure } from "./Failure.ts"

export const DEFAULT_URL = "ws://127.0.0.1:7880"
export const DEFAULT_ROOM = "dev"
/** The dev server's (and `livekit-server --dev`'s) key pair, used for loopback URLs when none is given. */
export const DEV_API_KEY = "devkey"
export const DEV_API_SECRET = "secret"

const fromEnv = <A>(config: Config.Config<A>) => <B>(flag: Flag.Flag<B>) => Flag.withFallbackConfig(flag, config)

export const urlFlag = Flag.String("url").pipe(
  Flag.withDescription(`LiveKit server URL, ws:// or wss:// (env LIVEKIT_URL; default ${DEFAULT_URL}, the dev server)`),
  fromEnv(Config.String("LIVEKIT_URL")),
  Flag.optional
)

export const apiKeyFlag = Flag.String("api-key").pipe(
  Flag.withDescription(`API key that signs tokens (env LIVEKIT_API_KEY; "${DEV_API_KEY}" for a loopback URL)`),
  fromEnv(Config.String("LIVEKIT_API_KEY")),
  Flag.optional
)

export const apiSecretFlag = Flag.Redacted("api-secret").pipe(
  Flag.withDescription(`API secret (env LIVEKIT_API_SECRET; "${DEV_API_SECRET}" for a loopback URL)`),
  fromEnv(Config.Redacted("LIVEKIT_API_SECRET")),
  Flag.optional
)

export const roomConfig = Config.String("LIVEKIT_ROOM")
export const identityConfig = Config.String("LIVEKIT_IDENTITY")

export const roomFlag = Flag.String("room").pipe(
  Flag.withDescription(`room name (env LIVEKIT_ROOM; default "${DEFAULT_ROOM}")`),
  fromEnv(roomConfig),
  Flag.optional
)

export const identityFlag = (fallback: string) =>
  Flag.String("identity").pipe(
    Flag.withDescription(`participant identity (env LIVEKIT_IDENTITY; default ${fallback})`),
    fromEnv(identityConfig),
    Flag.optional
  )

export const tokenFlag = Flag.Redacted("token").pipe(
  Flag.withDescription("access token; replaces --api-key/--api-secret, --room and --identity (env LIVEKIT_TOKEN)"),
  fromEnv(Config.Redacted("LIVEKIT_TOKEN")),
  Flag.optional
)

/** The flags of every command that joins a room. */
export const flags = (identityFallback: string) => ({
  url: urlFlag,
  apiKey: apiKeyFlag,
  apiSecret: apiSecretFlag,
  token: tokenFlag,
  room: roomFlag,
  identity: identityFlag(identityFallback)
})

export interface ConnectionFlags {
  readonly url: Option.Option<string>
  readonly apiKey: Option.Option<string>
  readonly apiSecret: Option.Option<Redacted.Redacted<string>>
  readonly token: Option.Option<Redacted.Redacted<string>>
  readonly room: Option.Option<string>
  readonly identity: Option.Option<string>
}

// The FFI, the room and the dev server's modules are loaded when a command needs them: `token` and `--help` stay fast.
const loadRoom = Effect.promise(() => import("@effect-livekit/node"))
/** The dev server (node-datachannel, a native module), loaded only by the command that runs it. */
export const loadDevServer = Effect.promise(() => import("@effect-livekit/dev-server"))

/** A URL a LiveKit client can connect to, or a clear failure. */
export const parseUrl = (raw: string): Effect.Effect<string, CliFailure> =>
  Effect.suspend(() => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return Effect.fail(new CliFailure({ message: `invalid URL "${raw}": expected ws://host:port or wss://host` }))
    }
    if (!["ws:", "wss:", "http:", "https:"].includes(url.protocol) || url.hostname === "") {
      return Effect.fail(
        new CliFailure({ message: `invalid URL "${raw}": expected ws://host:port or wss://host (got ${url.protocol})` })
      )
    }
    return Effect.succeed(raw)
  })

/** The API key pair from the flags or environment; the dev server's for loopback URLs when none is given. */
export const keyPair = (
  flags: Pick<ConnectionFlags, "apiKey" | "apiSecret">,
  url: string
): Effect.Effect<{ readonly apiKey: string; readonly apiSecret: Redacted.Redacted<string> }, CliFailure> => {
  if (Option.isSome(flags.apiKey) && Option.isSome(flags.apiSecret)) {
    return Effect.succeed({ apiKey: flags.apiKey.value, apiSecret: flags.apiSecret.value })
  }
  if (Option.isNone(flags.apiKey) && Option.isNone(flags.apiSecret) && Isolation.isLoopbackUrl(url)) {
    return Effect.succeed({ apiKey: DEV_API_KEY, apiSecret: Redacted.make(DEV_API_SECRET) })
  }
  const missing = Option.isSome(flags.apiKey) ? "--api-secret (LIVEKIT_API_SECRET)" : "--api-key (LIVEKIT_API_KEY)"
  return Effect.fail(
    new CliFailure({
      message: Option.isSome(flags.apiKey) || Option.isSome(flags.apiSecret)
        ? `missing ${missing}`
        : `no credentials for ${url}: pass --token, or --api-key and --api-secret ` +
          `(or set LIVEKIT_TOKEN, or LIVEKIT_API_KEY and LIVEKIT_API_SECRET)`
    })
  )
}

/** The claims the commands read from a token: its subject and the room of its video grant. */
const TokenClaims = Schema.Struct({
  sub: Schema.optional(Schema.String),
  video: Schema.optional(Schema.Struct({ room: Schema.optional(Schema.String) }))
})
const decodeClaims = Schema.decodeUnknownOption(TokenClaims)

/** The identity and room a token grants (read with jose's `decodeJwt`, not verified: the server verifies it). */
export const decodeToken = (
  token: string
): Effect.Effect<{ readonly identity: string; readonly room: string }, CliFailure> =>
  Effect.try({
    try: () => decodeJwt(token),
    catch: (cause) =>
      new CliFailure({ message: "--token is not a LiveKit access token (a JWT: header.payload.signature)", cause })
  }).pipe(
    Effect.map((payload) =>
      Option.match(decodeClaims(payload), {
        onNone: () => ({ identity: "?", room: "?" }),
        onSome: (claims) => ({ identity: claims.sub ?? "?", room: claims.video?.room ?? "?" })
      })
    )
  )

/** Where to connect, with which token, as whom. */
export interface Target {
  readonly url: string
  readonly token: Redacted.Redacted<string>
  readonly identity: string
  readonly room: string
}

export interface Grants {
  readonly canPublish?: boolean
  readonly canPublishData?: boolean
  readonly canSubscribe?: boolean
}

/** Resolves the flags into a target, minting a token from the key pair unless one is given. */
export const target = Effect.fn("cli.target")(function*(
  flags: ConnectionFlags,
  defaults: { readonly identity: string; readonly grants?: Grants }
) {
  const url = yield* parseUrl(Option.getOrElse(flags.url, () => DEFAULT_URL))
  if (Option.isSome(flags.token)) {
    const token = flags.token.value
    const claims = yield* decodeToken(Redacted.value(token))
    return { url, token, identity: claims.identity, room: claims.room } satisfies Target
  }
  const keys = yield* keyPair(flags, url)
  const identity = Option.getOrElse(flags.identity, () => defaults.identity)
  const room = Option.getOrElse(flags.room, () => DEFAULT_ROOM)
  const token = yield* AccessToken.mint({ ...keys, identity, room, ...defaults.grants }).pipe(
    Effect.mapError((error) => new CliFailure({ message: error.message, cause: error }))
  )
  return { url, token: Redacted.make(token), identity, room } satisfies Target
})

/**
 * On Linux as root, re-runs this command inside the shared network namespace of a dev server started by
 * `effect-livekit dev-server` when the URL is on loopback and that namespace exists (never returns then).
 */
export const joinServerNamespace = (url: string): Effect.Effect<void, CliFailure> =>
  Isolation.reexecForServer(url).pipe(
    Effect.mapError((error) => new CliFailure({ message: error.message, cause: error }))
  )

const connectHint = (url: string): string => {
  if (!Isolation.isLoopbackUrl(url)) return ""
  return " (is `effect-livekit dev-server` running?)"
}

const ffiLogLevel = (level: LogLevel.LogLevel): FfiLogLevel => {
  switch (level) {
    case "All":
    case "Trace":
      return "Trace"
    case "Fatal":
      return "Error"
    default:
      return level
  }
}

/** Joins the room until the scope closes. */
export const connect = (target: Target): Effect.Effect<RoomShape, CliFailure, Scope.Scope> =>
  Effect.gen(function*() {
    // The CLI prints connection failures itself: the Rust core's own logs only with --log-level.
    const requested = Option.flatten(yield* Effect.serviceOption(GlobalFlag.LogLevel))
    const logLevel = Option.match(requested, { onNone: () => "None" as const, onSome: ffiLogLevel })
    const { FfiClient, LiveKitRoom } = yield* loadRoom
    // The FFI client lives as long as the room: both are released when the scope closes.
    const client = yield* Layer.build(FfiClient.layerWith({ logLevel }))
    return yield* LiveKitRoom.make({
      url: target.url,
      token: target.token,
      joinRetries: 0,
      connectTimeout: Duration.seconds(5)
    }).pipe(Effect.provide(client))
  }).pipe(
    Effect.mapError((error) => {
      switch (error._tag) {
        case "FfiConnectError":
          return new CliFailure({
            message: `cannot join room "${target.room}" on ${target.url} as ${target.identity}: ${error.message}` +
              (/refused|connect error|Connection/i.test(error.message) ? connectHint(target.url) : ""),
            cause: error
          })
        default:
          return new CliFailure({ message: error.message, cause: error })
      }
    })
  )
