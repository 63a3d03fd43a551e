/**
 * A minimal LiveKit signalling client for tests: `ws` + our codec, loopback only.
 */
import { Data, Effect } from "effect"
import type * as Scope from "effect/Scope"
import { readFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { WebSocket } from "ws"
import { decodeSignalResponse, encodeSignalRequest, encodeWrappedJoinRequest } from "../../src/SignalCodec.ts"

/** Wall-clock sleep (`it.effect` runs on the TestClock). */
export const realSleep = (ms: number): Effect.Effect<void> =>
  Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, ms)))

export const rustOffer = readFileSync(new URL("../fixtures/rust-client-publisher-offer.sdp", import.meta.url), "utf8")

export class ConnectError extends Data.TaggedError("ConnectError")<{ readonly message: string }> {}

export type Message = Record<string, unknown> & { readonly message?: string }

export interface SignalClient {
  readonly ws: WebSocket
  /** Every decoded server message so far, in order. */
  readonly received: Array<Message>
  readonly send: (request: Record<string, unknown>) => void
  readonly sendRaw: (bytes: Uint8Array | string) => void
  /** The next not yet consumed message of oneof case `kind` (matching `where`), waiting up to 5 s. */
  readonly next: (kind: string, where?: (value: Record<string, unknown>) => boolean) => Effect.Effect<
    Record<string, unknown>
  >
  readonly closed: Effect.Effect<void>
}

export const joinRequestParam = (offer: { sdp: string; id: number } | undefined): string =>
  encodeWrappedJoinRequest({
    clientInfo: { sdk: "RUST", version: "test", protocol: 16, os: "linux" },
    connectionSettings: { autoSubscribe: true },
    ...(offer === undefined ? {} : { publisherOffer: { type: "offer", sdp: offer.sdp, id: offer.id } })
  }, (b) => gzipSync(b))

export const connect = (
  url: string,
  token: string,
  options: { readonly offer?: { sdp: string; id: number } | undefined } = {}
): Effect.Effect<SignalClient, ConnectError, Scope.Scope> =>
  Effect.gen(function*() {
    const ws = new WebSocket(`${url}/rtc/v1?join_request=${joinRequestParam(options.offer)}`, {
      headers: { Authorization: `Bearer ${token}` }
    })
    yield* Effect.addFinalizer(() => Effect.sync(() => ws.terminate()))
    const services = yield* Effect.context<never>()
    const decode = Effect.runSyncWith(services)
    const received: Array<Message> = []
    const consumed = new Set<Message>()
    ws.on("message", (data) => {
      const bytes = data instanceof Buffer ? data : Buffer.from(data as ArrayBuffer)
      received.push(decode(decodeSignalResponse(bytes)) as Message)
    })
    yield* Effect.callback<void, ConnectError>((resume) => {
      ws.once("open", () => resume(Effect.void))
      ws.once("error", (err) => resume(Effect.fail(new ConnectError({ message: err.message }))))
      ws.once(
        "unexpected-response",
        (_req, res) => resume(Effect.fail(new ConnectError({ message: `HTTP ${res.statusCode}` })))
      )
    })
    const next = (kind: string, where: (value: Record<string, unknown>) => boolean = () => true) =>
      Effect.gen(function*() {
        const deadline = Date.now() + 5000
        while (Date.now() < deadline) {
          const found = received.find((m) =>
            !consumed.has(m) && m.message === kind && where(m[kind] as Record<string, unknown>)
          )
          if (found !== undefined) {
            consumed.add(found)
            return found[kind] as Record<string, unknown>
          }
          yield* realSleep(10)
        }
        return yield* Effect.die(new Error(`no ${kind} message within 5 s; got ${received.map((m) => m.message)}`))
      })
    const closed = Effect.callback<void>((resume) => {
      if (ws.readyState === ws.CLOSED) resume(Effect.void)
      else ws.once("close", () => resume(Effect.void))
    })
    return {
      ws,
      received,
      send: (request) => ws.send(encodeSignalRequest(request)),
      sendRaw: (bytes) => ws.send(bytes),
      next,
      closed
    } satisfies SignalClient
  })
