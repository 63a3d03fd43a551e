/**
 * `DevServer`: an embedded LiveKit-compatible SFU for data tracks, as a scoped service.
 *
 * ```ts
 * const program = Effect.gen(function*() {
 *   const server = yield* DevServer
 *   const token = yield* server.token("robot", { room: "lab" })
 *   // connect any LiveKit client to server.url with token
 * }).pipe(Effect.provide(DevServer.layer({ port: 0, host: "127.0.0.1" })))
 * ```
 *
 * Closing the layer's scope closes every WebSocket and peer connection. Like `livekit-server --dev`, the default
 * key pair is `devkey` / `secret`. For development, tests and demos on one machine, never production.
 */
import { Context, Effect, Layer } from "effect"
import type { ForwardStats } from "./Forwarder.ts"
import { Rooms } from "./Room.ts"
import * as Signalling from "./Signalling.ts"
import * as Token from "./Token.ts"

export interface DevServerOptions {
  /** TCP port for signalling (default 7880, 0 = any free port). */
  readonly port?: number | undefined
  /** Signalling bind address (default 127.0.0.1). */
  readonly host?: string | undefined
  /** API key -> secret pairs (default `devkey` -> `secret`); the first one is used by `token`. */
  readonly keys?: ReadonlyMap<string, string> | Readonly<Record<string, string>> | undefined
  /** Local address for WebRTC/ICE (default: all interfaces; libwebrtc clients gather nothing on loopback). */
  readonly iceBindAddress?: string | undefined
  readonly icePortRange?: { readonly begin: number; readonly end: number } | undefined
}

/** What `token` grants: the room, the publish/subscribe grants, and the token's lifetime. */
export type TokenGrants = Token.MintOptions

export interface DevServerShape {
  /** `ws://host:port`, what clients connect to */
  readonly url: string
  readonly host: string
  readonly port: number
  readonly apiKey: string
  readonly apiSecret: string
  /** Mints an access token signed with the first key pair. */
  readonly token: (identity: string, grants: TokenGrants) => Effect.Effect<string>
  /** What the server holds now (rooms, participants, tracks, subscriptions, blobs) and its forwarding counters. */
  readonly stats: Effect.Effect<DevServerStats>
  /**
   * Fault injection for tests: drops the signalling WebSocket of `identity` in `room` without a Leave, as a network
   * failure would (the participant's session ends; a LiveKit client reconnects). False when no such participant.
   */
  readonly dropSignalling: (room: string, identity: string) => Effect.Effect<boolean>
}

/** A snapshot of the server's state; every count is 0 for participants that left. */
export interface DevServerStats {
  readonly rooms: number
  readonly participants: number
  /** Published data tracks. */
  readonly tracks: number
  /** (subscriber, track) pairs. */
  readonly subscriptions: number
  /** Stored data blobs (schemas). */
  readonly blobs: number
  /** Server-wide packet counters since start. */
  readonly packets: Readonly<ForwardStats>
}

const toKeys = (keys: DevServerOptions["keys"]): Token.Keys => {
  if (keys === undefined) return Token.defaultKeys
  const map = keys instanceof Map ? keys : new Map(Object.entries(keys))
  return map.size === 0 ? Token.defaultKeys : map
}

export class DevServer extends Context.Service<DevServer, DevServerShape>()("@effect-livekit/dev-server/DevServer") {
  static readonly layer = (options: DevServerOptions = {}): Layer.Layer<DevServer, Signalling.ListenError> => {
    const keys = toKeys(options.keys)
    const [apiKey, apiSecret] = keys.entries().next().value ?? ["devkey", "secret"]
    const signalling = Signalling.layer({
      host: options.host ?? "127.0.0.1",
      port: options.port ?? 7880,
      keys,
      peer: {
        bindAddress: options.iceBindAddress,
        portRangeBegin: options.icePortRange?.begin,
        portRangeEnd: options.icePortRange?.end
      }
    })
    return Layer.effect(
      DevServer,
      Effect.gen(function*() {
        const s = yield* Signalling.Signalling
        const rooms = yield* Rooms
        const stats = Effect.sync((): DevServerStats => {
          const list = rooms.list()
          let participants = 0
          let tracks = 0
          let subscriptions = 0
          let blobs = 0
          for (const room of list) {
            participants += room.participants.size
            tracks += room.tracksBySid.size
            blobs += room.blobs.size
            for (const p of room.participants.values()) subscriptions += p.subscriptions.size
          }
          return { rooms: list.length, participants, tracks, subscriptions, blobs, packets: { ...rooms.stats } }
        })
        const dropSignalling = (room: string, identity: string) =>
          Effect.sync(() => {
            const participant = rooms.list().find((r) => r.name === room)?.participants.get(identity)
            if (participant === undefined) return false
            participant.dropSignalling()
            return true
          })
        return {
          url: s.url,
          host: s.host,
          port: s.port,
          apiKey,
          apiSecret,
          token: (identity, grants) => Token.mint(apiKey, apiSecret, identity, grants),
          stats,
          dropSignalling
        } satisfies DevServerShape
      })
    ).pipe(Layer.provide(signalling), Layer.provide(Rooms.layer))
  }
}
