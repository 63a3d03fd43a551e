/**
 * `effect-livekit view`: serves a web page that shows the room's data tracks live (publisher, schema, encoding,
 * frames/s, bytes/s, drops, latency, the latest frame; Foxglove images as pictures) and publishes a line of text
 * from the person watching. The page joins the room from the browser with LiveKit's browser SDK; each page load gets
 * its own token (identity `<identity>-<n>`), which may subscribe and publish data but not media.
 */
import { AccessToken } from "@effect-livekit/core"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { Effect, Option, Redacted } from "effect"
import { Command } from "effect/cli"
import * as Connection from "./Connection.ts"
import { CliFailure } from "./Failure.ts"
import * as Run from "./Run.ts"

const loadView = Effect.promise(() => import("@effect-livekit/view"))

export const command = Command.make("view", {
  ...Connection.flags("viewer-<n>"),
  ...Run.listenFlags(8080, "the page"),
  seconds: Run.secondsFlag
}, (flags) =>
  Effect.gen(function*() {
    yield* Run.checkSeconds(flags.seconds)
    yield* Run.checkPort(flags.port)
    const url = yield* Connection.parseUrl(Option.getOrElse(flags.url, () => Connection.DEFAULT_URL))
    const room = Option.getOrElse(flags.room, () => Connection.DEFAULT_ROOM)
    const prefix = Option.getOrElse(flags.identity, () => "viewer")
    let loads = 0
    const token = yield* Option.match(flags.token, {
      // A given token serves every page load: one tab at a time.
      onSome: (given) =>
        Effect.map(Connection.decodeToken(Redacted.value(given)), ({ identity }) =>
          Effect.succeed({ token: Redacted.value(given), identity })),
      onNone: () =>
        Effect.map(Connection.keyPair(flags, url), (keys) =>
          Effect.suspend(() => {
            const identity = `${prefix}-${++loads}`
            return AccessToken.mint({
              ...keys,
              identity,
              room,
              canSubscribe: true,
              canPublish: false,
              canPublishData: true
            }).pipe(Effect.map((token) => ({ token, identity })))
          }))
    })
    yield* Connection.joinServerNamespace(url)
    const { ViewServer } = yield* loadView
    const server = yield* ViewServer.serve({ url, room, token, port: flags.port, host: flags.host }).pipe(
      Effect.mapError((error) =>
        new CliFailure({ message: `cannot serve the view page: ${error.message}`, cause: error })
      )
    )
    yield* Run.info(`view of room "${room}" on ${url}: open ${server.url}`)
    // In the dev server's shared namespace (joined like every command does, for a loopback URL), the page is only
    // reachable from a browser inside it too.
    const namespace = process.env[Isolation.NETNS_ENV]
    if (namespace !== undefined && namespace !== "1") {
      yield* Run.info(
        `the dev server and this page are in network namespace "${namespace}": open the page from a browser in it, ` +
          `e.g. ip netns exec ${namespace} chromium --no-sandbox ${server.url}`
      )
    }
    yield* Run.forSeconds(flags.seconds)(Effect.never)
  }).pipe(Effect.scoped)).pipe(
    Command.withDescription(
      "Serve a web page showing the room's data tracks live (rates, drops, latency, latest frame, Foxglove images) " +
        "with a box to publish a line of text. The page joins from the browser (LiveKit's browser SDK)."
    )
  )
