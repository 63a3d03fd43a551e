/**
 * A room's data tracks, live in Foxglove: a Foxglove WebSocket protocol server (`foxglove.websocket.v1`, the
 * `FoxgloveServer` of `@foxglove/ws-protocol` over `ws`) on which every data track of the room, published now or
 * later, is a channel — topic `<publisher>/<track>`, encoding and schema from the publisher's stored definition, as
 * the MCAP recorder takes them (protobuf schemas as base64 FileDescriptorSets, JSON Schema as text; a track without
 * a schema is schemaless JSON, or raw bytes under {@link RAW_SCHEMA_NAME}). A channel is advertised when its track is
 * published and unadvertised when it goes.
 *
 * Subscriptions are lazy: the bridge subscribes to a track on LiveKit when the first Foxglove client subscribes to
 * its channel and unsubscribes (the subscription's scope closes) when the last one leaves or disconnects. Each frame
 * goes out with the sender's user timestamp (ms or µs told apart by size), or its arrival time when it has none,
 * protobuf payloads with the depth wire codec undone.
 *
 * Clients may only subscribe and unsubscribe (the server declares no capabilities); anything else — malformed JSON,
 * unknown operations, binary messages — is answered with an error status message to that client alone, and the
 * bridge goes on serving everyone.
 */
import { Room } from "@effect-livekit/core"
import type { RemoteDataTrack as Remote } from "@effect-livekit/core"
import { type Channel, type ChannelId, FoxgloveServer, type IWebSocket, StatusLevel } from "@foxglove/ws-protocol"
import { Clock, Effect, FiberMap, Result, Schema, type Scope, Stream } from "effect"
import type { AddressInfo } from "node:net"
import { type WebSocket, WebSocketServer } from "ws"
import { messageEncodingOf, messageOf, publishTimeNanos, schemaOf, type TrackSchema } from "./Recorder.ts"

type RemoteDataTrack = Remote.RemoteDataTrack

/** The schema name of channels whose frames are raw bytes (no encoding and no schema from the publisher). */
export const RAW_SCHEMA_NAME = "effect_livekit.RawBytes"

const SUBPROTOCOL = FoxgloveServer.SUPPORTED_SUBPROTOCOL

export interface BridgeInput {
  /** TCP port (default 8765, Foxglove's; 0 = any free port). */
  readonly port?: number | undefined
  /** Listen address (default 127.0.0.1). */
  readonly host?: string | undefined
  /** Track names to bridge; every track when absent. */
  readonly tracks?: ReadonlyArray<string> | undefined
  /** Only tracks of these participants; everyone's when absent. */
  readonly publishers?: ReadonlyArray<string> | undefined
  /** Subscriber buffer per track on LiveKit (frames, drop-oldest). */
  readonly bufferSize?: number | undefined
}

export interface BridgeStats {
  /** Foxglove clients connected. */
  readonly clients: number
  /** Channels advertised (tracks bridged). */
  readonly channels: number
  /** LiveKit subscriptions open (channels with at least one Foxglove subscriber). */
  readonly subscriptions: number
  /** Frames sent to Foxglove since the start (each counted once, however many clients got it). */
  readonly frames: number
  /** Client messages refused (malformed, unsupported). */
  readonly refused: number
}

export interface FoxgloveBridgeShape {
  /** `ws://host:port`, what Foxglove connects to. */
  readonly url: string
  readonly port: number
  readonly stats: Effect.Effect<BridgeStats>
}

export class FoxgloveBridgeError extends Schema.TaggedError<FoxgloveBridgeError>()("FoxgloveBridgeError", {
  message: Schema.String
}) {}

/** What a client may send: subscribe and unsubscribe (the protocol's JSON form). */
const ClientRequest = Schema.Union([
  Schema.Struct({
    op: Schema.Literal("subscribe"),
    subscriptions: Schema.Array(Schema.Struct({ id: Schema.Int, channelId: Schema.Int }))
  }),
  Schema.Struct({ op: Schema.Literal("unsubscribe"), subscriptionIds: Schema.Array(Schema.Int) })
])
const decodeRequest = Schema.decodeUnknownResult(Schema.fromJsonString(ClientRequest))

/** The Foxglove channel of a track (without its id). */
export const channelOf = (track: RemoteDataTrack, schema: TrackSchema | undefined): Omit<Channel, "id"> => {
  const topic = `${track.publisherIdentity}/${track.info.name}`
  const encoding = messageEncodingOf(track)
  if (schema !== undefined) {
    return { topic, encoding, schemaName: schema.name, schema: schema.definition, schemaEncoding: schema.encoding }
  }
  if (encoding === "json") return { topic, encoding, schemaName: "", schema: "" }
  return { topic, encoding: encoding === "" ? "raw" : encoding, schemaName: RAW_SCHEMA_NAME, schema: "" }
}

const selected = (input: BridgeInput) => (track: RemoteDataTrack): boolean =>
  (input.tracks === undefined || input.tracks.includes(track.info.name)) &&
  (input.publishers === undefined || input.publishers.includes(track.publisherIdentity))

const listen = (wss: WebSocketServer, host: string, port: number) =>
  Effect.callback<AddressInfo, FoxgloveBridgeError>((resume) => {
    wss.once(
      "error",
      (cause) =>
        resume(Effect.fail(new FoxgloveBridgeError({ message: `cannot listen on ${host}:${port}: ${cause.message}` })))
    )
    wss.once("listening", () => resume(Effect.succeed(wss.address() as AddressInfo)))
  })

/** Serves the bridge until the scope closes. */
export const serve = (
  input: BridgeInput = {}
): Effect.Effect<FoxgloveBridgeShape, FoxgloveBridgeError, Room | Scope.Scope> =>
  Effect.gen(function*() {
    const room = yield* Room
    const runFork = Effect.runForkWith(yield* Effect.context<never>())
    const server = new FoxgloveServer({ name: "effect-livekit", capabilities: [] })
    const channels = new Map<ChannelId, RemoteDataTrack>()
    const subscriptions = yield* FiberMap.make<ChannelId>()
    const runSubscription = yield* FiberMap.runtime(subscriptions)<never>()
    const sockets = new Set<WebSocket>()
    const counts = { frames: 0, refused: 0 }

    /** A track's frames to its channel's subscribers, until the subscription's fiber is interrupted. */
    const forward = (id: ChannelId, track: RemoteDataTrack) =>
      Effect.gen(function*() {
        const subscription = yield* track.subscribe({ bufferSize: input.bufferSize ?? 16 })
        const encoding = messageEncodingOf(track)
        yield* Effect.logDebug(`foxglove: subscribed to ${track.publisherIdentity}/${track.info.name}`)
        yield* subscription.frames.pipe(
          Stream.runForEach((frame) =>
            Effect.map(Clock.currentTimeNanos, (now) => {
              server.sendMessage(id, publishTimeNanos(frame, "auto") ?? now, messageOf(encoding, frame.payload))
              counts.frames++
            })
          )
        )
      }).pipe(
        Effect.scoped,
        Effect.catch((error) => Effect.logWarning(`foxglove: ${track.info.name}: subscription ended: ${error._tag}`))
      )

    server.on("subscribe", (id) => {
      const track = channels.get(id)
      if (track !== undefined) runSubscription(id, forward(id, track))
    })
    server.on("unsubscribe", (id) => void runFork(FiberMap.remove(subscriptions, id)))
    server.on("error", (error) => void runFork(Effect.logWarning(`foxglove: ${error.message}`)))

    /** The socket as the protocol server sees it, with every client message checked first. */
    const guarded = (ws: WebSocket): IWebSocket => {
      const refuse = (message: string) => {
        counts.refused++
        ws.send(JSON.stringify({ op: "status", level: StatusLevel.ERROR, message }))
      }
      const connection: IWebSocket = {
        binaryType: "arraybuffer",
        get protocol() {
          return ws.protocol
        },
        onerror: null,
        onopen: null,
        onclose: null,
        onmessage: null,
        close: () => ws.close(),
        send: (data, options) => ws.send(data, options ?? {})
      }
      ws.on("message", (data, isBinary) => {
        if (isBinary) return refuse("binary client messages are not supported (this server only publishes)")
        const text = data.toString()
        const request = decodeRequest(text)
        if (Result.isFailure(request)) {
          return refuse(`malformed or unsupported request (only subscribe and unsubscribe): ${text.slice(0, 120)}`)
        }
        connection.onmessage?.({ data: text })
      })
      ws.on("close", (code, reason) => {
        sockets.delete(ws)
        connection.onclose?.({ code, reason: reason.toString(), wasClean: code === 1000 })
      })
      ws.on("error", () => ws.terminate())
      return connection
    }

    const host = input.host ?? "127.0.0.1"
    const wss = new WebSocketServer({
      host,
      port: input.port ?? 8765,
      handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false)
    })
    const address = yield* Effect.acquireRelease(
      listen(wss, host, input.port ?? 8765),
      () =>
        Effect.callback<void>((resume) => {
          for (const ws of sockets) ws.terminate()
          wss.close(() => resume(Effect.void))
        })
    )
    wss.on("error", (error) => void runFork(Effect.logWarning(`foxglove: server: ${error.message}`)))
    wss.on("connection", (ws, request) => {
      if (ws.protocol !== SUBPROTOCOL) return ws.close(1002, `expected subprotocol ${SUBPROTOCOL}`)
      sockets.add(ws)
      server.handleConnection(guarded(ws), `${request.socket.remoteAddress}:${request.socket.remotePort}`)
    })

    // Every selected track becomes a channel while it is published.
    yield* room.remoteDataTracks.pipe(
      Stream.filter(selected(input)),
      Stream.runForEach((track) =>
        Effect.gen(function*() {
          const id = server.addChannel(channelOf(track, yield* schemaOf(track)))
          channels.set(id, track)
          yield* track.awaitUnpublished.pipe(
            Effect.andThen(FiberMap.remove(subscriptions, id)),
            Effect.andThen(Effect.sync(() => {
              channels.delete(id)
              server.removeChannel(id)
            })),
            Effect.forkScoped
          )
        })
      ),
      Effect.forkScoped
    )

    const shown = address.family === "IPv6" ? `[${address.address}]` : address.address
    return {
      url: `ws://${shown}:${address.port}`,
      port: address.port,
      stats: Effect.map(FiberMap.size(subscriptions), (open) => ({
        clients: sockets.size,
        channels: channels.size,
        subscriptions: open,
        frames: counts.frames,
        refused: counts.refused
      }))
    } satisfies FoxgloveBridgeShape
  })
