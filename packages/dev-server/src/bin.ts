/**
 * Runs the dev server standalone: `node packages/dev-server/src/bin.ts [--port 7880] [--host 127.0.0.1]
 * [--ice-bind <address>] [--keys key:secret,...]`. Prints the URL, the key pair and a sample token.
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer } from "effect"
import { parseArgs } from "node:util"
import { DevServer } from "./DevServer.ts"

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "7880" },
    host: { type: "string", default: "127.0.0.1" },
    "ice-bind": { type: "string" },
    keys: { type: "string" }
  }
})

const keys = values.keys === undefined
  ? undefined
  : new Map(
    values.keys.split(",").map((pair): [string, string] => {
      const i = pair.indexOf(":")
      return [pair.slice(0, i), pair.slice(i + 1)]
    })
  )

const main = Effect.gen(function*() {
  const server = yield* DevServer
  const token = yield* server.token("dev-user", { room: "dev" })
  yield* Console.log(`LiveKit dev server (data tracks)
  url:        ${server.url}
  api key:    ${server.apiKey}
  api secret: ${server.apiSecret}
  token for identity "dev-user" in room "dev":
  ${token}`)
  return yield* Effect.never
})

NodeRuntime.runMain(
  main.pipe(
    Effect.provide(
      DevServer.layer({
        port: Number(values.port),
        host: values.host,
        iceBindAddress: values["ice-bind"],
        keys
      }).pipe(Layer.orDie)
    )
  )
)
