/**
 * `effect-livekit dev-server`: the embedded LiveKit-compatible server in the foreground, with its URL, key pair and a
 * ready-to-paste token per `--identity`.
 *
 * On Linux as root it runs inside the shared network namespace `effect-livekit` (created now, deleted when it stops):
 * the LiveKit Rust core gathers no ICE candidates on loopback, and the other `effect-livekit` commands join that
 * namespace when they connect to a loopback URL.
 */
import { AccessToken } from "@effect-livekit/core"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { Console, Context, Effect, Layer, Option, Redacted, References } from "effect"
import { Command, Flag, GlobalFlag } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"

const listenAddress = (url: string, port: Option.Option<number>) =>
  Effect.gen(function*() {
    const parsed = new URL(yield* Connection.parseUrl(url))
    if (parsed.protocol !== "ws:" && parsed.protocol !== "http:") {
      return yield* new CliFailure({ message: `the dev server speaks plain ws:// only (got ${url})` })
    }
    return {
      host: parsed.hostname.replace(/^\[|\]$/g, ""),
      port: Option.getOrElse(port, () => (parsed.port === "" ? 7880 : Number(parsed.port)))
    }
  })

export const command = Command.make("dev-server", {
  url: Connection.urlFlag,
  port: Flag.Int("port").pipe(
    Flag.withDescription("port to listen on, overriding the URL's (0 = any free port)"),
    Flag.optional
  ),
  apiKey: Connection.apiKeyFlag,
  apiSecret: Connection.apiSecretFlag,
  room: Connection.roomFlag,
  identities: Flag.String("identity").pipe(
    Flag.withDescription("print a token for this identity; repeat for more (default: robot and human)"),
    Flag.atLeast(0)
  ),
  quiet: Flag.Boolean("quiet").pipe(
    Flag.withDefault(false),
    Flag.withDescription(
      "print only warnings and errors after ready (default: a line per join, leave, publication, subscription and " +
        "refusal; --log-level debug adds packet counts every few seconds)"
    )
  )
}, (flags) =>
  Effect.gen(function*() {
    const url = Option.getOrElse(flags.url, () => Connection.DEFAULT_URL)
    const address = yield* listenAddress(url, flags.port)
    const keys = yield* Connection.keyPair(flags, `ws://127.0.0.1:${address.port}`)
    const { DevServer } = yield* Connection.loadDevServer
    // On Linux as root: re-run inside the shared namespace (created, and deleted when the server stops).
    yield* Isolation.reexecInSharedNamespace().pipe(
      Effect.mapError((error) => new CliFailure({ message: error.message, cause: error }))
    )
    const status = Isolation.isolationStatus()
    const context = yield* Layer.build(
      DevServer.layer({
        host: address.host,
        port: address.port,
        keys: { [keys.apiKey]: Redacted.value(keys.apiSecret) }
      })
    ).pipe(
      Effect.mapError((error) =>
        new CliFailure({ message: `cannot start the dev server: ${error.message}`, cause: error })
      )
    )
    const server = Context.get(context, DevServer)
    const room = Option.getOrElse(flags.room, () => Connection.DEFAULT_ROOM)
    const identities = flags.identities.length > 0 ? flags.identities : ["robot", "human"]
    const tokens = yield* Effect.forEach(identities, (identity) =>
      AccessToken.mint({ ...keys, identity, room }).pipe(
        Effect.map((token) => `  token for "${identity}" in room "${room}":\n    ${token}`),
        Effect.mapError((error) => new CliFailure({ message: error.message, cause: error }))
      ))
    const namespace = process.env[Isolation.NETNS_ENV]
    const network = status._tag === "Isolated"
      ? namespace !== undefined && namespace !== "1"
        ? `network namespace "${namespace}" (${status.serverAddress} <-> ${status.clientAddress}); ` +
          `effect-livekit commands join it; run your programs with \`effect-livekit exec -- <command>\``
        : `private network namespace (${status.serverAddress} <-> ${status.clientAddress})`
      : `host interfaces (${status.reason})`
    yield* Console.log([
      "effect-livekit dev server (LiveKit-compatible, data tracks; for one machine, not production)",
      `  url:        ${server.url}`,
      `  api key:    ${server.apiKey}`,
      `  api secret: ${server.apiSecret}`,
      `  network:    ${network}`,
      ...tokens,
      `  env:        export LIVEKIT_URL=${server.url} LIVEKIT_API_KEY=${server.apiKey} LIVEKIT_API_SECRET=${server.apiSecret}`,
      "ready (Ctrl-C to stop)"
    ].join("\n"))
    return yield* Effect.never
  }).pipe(
    Effect.scoped,
    // One line per join, leave, publication, subscription and refusal (info) unless --quiet; --log-level decides if given.
    (program) =>
      Effect.flatMap(
        Effect.serviceOption(GlobalFlag.LogLevel),
        (requested) =>
          Option.isSome(Option.flatten(requested))
            ? program
            : Effect.provideService(program, References.MinimumLogLevel, flags.quiet ? "Warn" : "Info")
      )
  )).pipe(
    Command.withShortDescription("run the embedded LiveKit-compatible dev server; print URL, keys and tokens"),
    Command.withDescription(
      "Run the embedded LiveKit-compatible dev server in the foreground and print its URL, key pair and a token per " +
        "--identity. Listens on --url (env LIVEKIT_URL, default ws://127.0.0.1:7880); keys from --api-key/--api-secret " +
        "(env LIVEKIT_API_KEY/LIVEKIT_API_SECRET, default devkey/secret). On Linux as root it runs in the network " +
        "namespace \"effect-livekit\" (created now, deleted on exit), which the other commands join. After ready it " +
        "logs one line per join and leave (with the reason), publication, subscription and refusal (bad token, " +
        "missing grant, malformed request); --quiet turns that off, --log-level debug adds each participant's " +
        "packet counts every few seconds (never a line per packet)."
    )
  )
