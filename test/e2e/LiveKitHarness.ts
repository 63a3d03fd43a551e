/**
 * The contract harness over the real path: the LiveKit Rust core through the FFI, against the embedded
 * dev server (inside the private network namespace on Linux as root), or against the LiveKit server
 * named by LIVEKIT_URL + LIVEKIT_API_KEY / LIVEKIT_API_SECRET when those are set.
 */
import { AccessToken } from "@effect-livekit/core"
import { DevServer, type Forwarder } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { Context, Effect, Layer } from "effect"
import { type Grants, RoomHarness } from "../contract/Harness.ts"

/** Where the participants connect, and the key pair that signs their tokens. */
export class TestServer extends Context.Service<TestServer, {
  readonly url: string
  readonly apiKey: string
  readonly apiSecret: string
  /** The dev server's packet counters (all rooms); none for an external LiveKit server. */
  readonly packets?: Effect.Effect<Forwarder.ForwardStats> | undefined
}>()("test/TestServer") {
  static readonly fromEnvironment = (): TestServer["Service"] | undefined => {
    const url = process.env["LIVEKIT_URL"]
    const apiKey = process.env["LIVEKIT_API_KEY"]
    const apiSecret = process.env["LIVEKIT_API_SECRET"]
    return url === undefined || apiKey === undefined || apiSecret === undefined ? undefined : { url, apiKey, apiSecret }
  }

  /** The dev server, unless the environment names a LiveKit server. */
  static readonly layer: Layer.Layer<TestServer, unknown> = Layer.unwrap(Effect.sync(() => {
    const external = TestServer.fromEnvironment()
    if (external !== undefined) return Layer.succeed(TestServer, external)
    return Layer.effect(
      TestServer,
      Effect.gen(function*() {
        yield* Isolation.requireIsolation()
        const server = yield* DevServer
        return {
          url: server.url,
          apiKey: server.apiKey,
          apiSecret: server.apiSecret,
          packets: Effect.map(server.stats, (stats) => stats.packets)
        }
      })
    ).pipe(Layer.provide(DevServer.layer({ port: 0 })))
  }))
}

/** Mints a token on the test server for `identity` in `room`. */
export const tokenFor = (identity: string, room: string, grants: Grants = {}) =>
  Effect.flatMap(
    TestServer,
    (server) => AccessToken.mint({ apiKey: server.apiKey, apiSecret: server.apiSecret, identity, room, ...grants })
  )

/**
 * Joins `room` on the test server as `identity` through the real core. Every participant of a test shares this process
 * (and libwebrtc's network thread), so pushes are paced for a shared process.
 */
export const joinRoom = (identity: string, room: string, grants: Grants = {}): Effect.Effect<
  LiveKitRoom.LiveKitRoomShape,
  Effect.Error<ReturnType<typeof LiveKitRoom.make>> | Effect.Error<ReturnType<typeof tokenFor>>,
  Effect.Services<ReturnType<typeof LiveKitRoom.make>> | TestServer
> =>
  Effect.gen(function*() {
    const server = yield* TestServer
    const token = yield* tokenFor(identity, room, grants)
    return yield* LiveKitRoom.make({ url: server.url, token, sendPacing: LiveKitRoom.SHARED_PROCESS_PACING })
  })

let rooms = 0

export const LiveKitHarness: Layer.Layer<RoomHarness | TestServer | FfiClient, unknown> = Layer.effect(
  RoomHarness,
  Effect.gen(function*() {
    const server = yield* TestServer
    const client = yield* FfiClient
    return {
      name: "livekit",
      roundTripMs: 200,
      newRoom: Effect.sync(() => {
        const room = `e2e-${process.pid}-${++rooms}`
        return (identity, grants) =>
          joinRoom(identity, room, grants).pipe(
            Effect.provideService(TestServer, server),
            Effect.provideService(FfiClient, client)
          )
      })
    }
  })
).pipe(Layer.provideMerge(Layer.mergeAll(TestServer.layer, FfiClient.layer)))
