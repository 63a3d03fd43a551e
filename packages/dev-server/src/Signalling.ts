/**
 * The HTTP side of the dev server: WebSocket signalling on `/rtc/v1` (join request in the query) and the `/rtc`
 * fallback (plain query parameters), `validate` endpoints for browsers, token checks before the upgrade.
 *
 * - token: `Authorization: Bearer <jwt>` (Rust client) or `?access_token=` (browsers cannot set headers)
 * - a bad token is refused with HTTP 401 on the upgrade (and on `validate`, with `Access-Control-Allow-Origin: *`)
 * - everything a client sends is untrusted: failures are logged and answered, never thrown out of a handler
 */
import { Context, Effect, FiberSet, Layer, Schema } from "effect"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import { type WebSocket, WebSocketServer } from "ws"
import { Rooms } from "./Room.ts"
import * as Session from "./Session.ts"
import { decodeWrappedJoinRequest, type JoinRequest } from "./SignalCodec.ts"
import * as Token from "./Token.ts"

export interface SignallingOptions {
  readonly host: string
  readonly port: number
  readonly keys: Token.Keys
  readonly peer: Session.SessionOptions["peer"]
}

export interface SignallingShape {
  readonly host: string
  readonly port: number
  /** `ws://host:port` */
  readonly url: string
}

export class Signalling extends Context.Service<Signalling, SignallingShape>()(
  "@effect-livekit/dev-server/Signalling"
) {}

export class ListenError extends Schema.TaggedError<ListenError>()("ListenError", {
  message: Schema.String,
  /** The HTTP server's error (e.g. `EADDRINUSE`). */
  cause: Schema.Defect()
}) {}

/**
 * Largest signalling message accepted; a bigger one closes the WebSocket with 1009 (message too big). The largest
 * legitimate messages are SDP offers (~15 KB) and data blobs (at most `RoomState.MAX_BLOB_BYTES`, 64 KiB).
 */
export const MAX_SIGNAL_MESSAGE_BYTES = 1024 * 1024

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "authorization, content-type",
  "Access-Control-Allow-Methods": "GET, OPTIONS"
}

const bearer = (req: Http.IncomingMessage, url: URL): string | undefined => {
  const header = req.headers.authorization
  if (typeof header === "string" && header.toLowerCase().startsWith("bearer ")) return header.slice(7).trim()
  return url.searchParams.get("access_token") ?? undefined
}

const route = (pathname: string): "v1" | "legacy" | "validate" | undefined => {
  const path = pathname.replace(/\/+$/, "")
  if (path === "/rtc/v1") return "v1"
  if (path === "/rtc") return "legacy"
  if (path === "/rtc/v1/validate" || path === "/rtc/validate") return "validate"
  return undefined
}

const truthy = (v: string | null): boolean => v === "1" || v === "true"

/** The `/rtc` fallback: a join request from plain query parameters (no embedded offer). */
const legacyJoinRequest = (url: URL): JoinRequest => ({
  clientInfo: {
    sdk: 0,
    version: url.searchParams.get("version") ?? "",
    protocol: Number(url.searchParams.get("protocol") ?? "0") || 0,
    clientProtocol: 0,
    os: url.searchParams.get("os") ?? ""
  },
  autoSubscribe: truthy(url.searchParams.get("auto_subscribe")),
  metadata: "",
  participantAttributes: {},
  publisherOffer: undefined,
  reconnect: truthy(url.searchParams.get("reconnect")),
  participantSid: url.searchParams.get("sid") ?? ""
})

const refuseUpgrade = (socket: Duplex, status: number, statusText: string, message: string): void => {
  try {
    socket.end(
      `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: text/plain\r\nContent-Length: ${
        Buffer.byteLength(message)
      }\r\nConnection: close\r\n\r\n${message}`
    )
  } catch {
    socket.destroy()
  }
}

const make = Effect.fnUntraced(function*(options: SignallingOptions) {
  const runFork = yield* FiberSet.makeRuntime<Rooms>()
  const runLog = (effect: Effect.Effect<void>) => {
    runFork(effect)
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SIGNAL_MESSAGE_BYTES })
  const sockets = new Set<WebSocket>()

  const handleHttp = Effect.fnUntraced(function*(req: Http.IncomingMessage, res: Http.ServerResponse) {
    const url = new URL(req.url ?? "/", "http://localhost")
    if (req.method === "OPTIONS") {
      res.writeHead(204, corsHeaders).end()
      return
    }
    if (route(url.pathname) !== "validate") {
      res.writeHead(404, { ...corsHeaders, "Content-Type": "text/plain" }).end("not found")
      return
    }
    const result = yield* Effect.result(Token.verify(options.keys, bearer(req, url)))
    if (result._tag === "Success") res.writeHead(200, { ...corsHeaders, "Content-Type": "text/plain" }).end("success")
    else res.writeHead(401, { ...corsHeaders, "Content-Type": "text/plain" }).end(result.failure.message)
  })

  const handleUpgrade = Effect.fnUntraced(function*(req: Http.IncomingMessage, socket: Duplex, head: Buffer) {
    socket.on("error", () => socket.destroy())
    const url = new URL(req.url ?? "/", "http://localhost")
    const kind = route(url.pathname)
    if (kind !== "v1" && kind !== "legacy") {
      refuseUpgrade(socket, 404, "Not Found", "not found")
      return
    }
    const verified = yield* Effect.result(Token.verify(options.keys, bearer(req, url)))
    if (verified._tag === "Failure") {
      yield* Effect.logInfo(`refused a connection: ${verified.failure.message}`)
      refuseUpgrade(socket, 401, "Unauthorized", verified.failure.message)
      return
    }
    let joinRequest: JoinRequest
    if (kind === "v1") {
      const param = url.searchParams.get("join_request")
      if (param === null) {
        refuseUpgrade(socket, 400, "Bad Request", "missing join_request")
        return
      }
      const decoded = yield* Effect.result(decodeWrappedJoinRequest(param))
      if (decoded._tag === "Failure") {
        yield* Effect.logWarning(decoded.failure.message)
        refuseUpgrade(socket, 400, "Bad Request", "malformed join_request")
        return
      }
      joinRequest = decoded.success
    } else {
      joinRequest = legacyJoinRequest(url)
    }
    const claims = verified.success
    wss.handleUpgrade(req, socket, head, (ws) => {
      // an 'error' without a listener would be thrown out of the emitter; the session logs its own
      ws.on("error", () => {})
      sockets.add(ws)
      ws.on("close", () => sockets.delete(ws))
      if (joinRequest.reconnect) {
        runFork(Session.refuseResume(ws))
        return
      }
      runFork(
        Session.run(ws, claims, joinRequest, { peer: options.peer }, runLog).pipe(
          Effect.catchCause((cause) => Effect.logError("session failed", cause))
        )
      )
    })
  })

  const server = Http.createServer((req, res) => {
    runFork(
      handleHttp(req, res).pipe(Effect.catchCause((cause) =>
        Effect.sync(() => {
          if (!res.headersSent) res.writeHead(500, corsHeaders)
          res.end()
        }).pipe(Effect.andThen(Effect.logError("HTTP handler failed", cause)))
      ))
    )
  })
  server.on("upgrade", (req: Http.IncomingMessage, socket: Duplex, head: Buffer) => {
    runFork(
      handleUpgrade(req, socket, head).pipe(
        Effect.catchCause((cause) =>
          Effect.sync(() => socket.destroy()).pipe(Effect.andThen(Effect.logError("upgrade failed", cause)))
        )
      )
    )
  })
  server.on("clientError", (_err, socket) => socket.destroy())

  const address = yield* Effect.acquireRelease(
    Effect.callback<AddressInfo, ListenError>((resume) => {
      const onError = (cause: Error) =>
        resume(
          Effect.fail(
            new ListenError({ message: `cannot listen on ${options.host}:${options.port}: ${cause.message}`, cause })
          )
        )
      server.once("error", onError)
      server.listen(options.port, options.host, () => {
        server.off("error", onError)
        resume(Effect.succeed(server.address() as AddressInfo))
      })
    }),
    () =>
      Effect.callback<void>((resume) => {
        for (const ws of sockets) ws.terminate()
        wss.close()
        server.close(() => resume(Effect.void))
        server.closeAllConnections()
      })
  )
  server.on("error", (err) => runLog(Effect.logError("HTTP server error", err)))
  wss.on("error", (err) => runLog(Effect.logError("WebSocket server error", err)))
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address
  yield* Effect.logInfo(`LiveKit dev server listening on ws://${host}:${address.port}`)
  return { host: address.address, port: address.port, url: `ws://${host}:${address.port}` } satisfies SignallingShape
})

export const layer = (options: SignallingOptions): Layer.Layer<Signalling, ListenError, Rooms> =>
  Layer.effect(Signalling, make(options))
