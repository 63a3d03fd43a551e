/**
 * Bad input against a running dev server while a healthy participant pair (real Rust clients) streams in room
 * "lab": malformed and mutated signalling, oversized WebSocket messages, malformed upgrades, bad tokens (raw and
 * through the real client), missing grants, out-of-limit names, frames and schemas. Every case gets the right typed
 * error or LiveKit reason, the pair keeps exchanging frames, and nothing reaches another room or an ungranted
 * participant.
 */
import { DataTrackFrame, DataTrackLimits, DataTrackSchemaId, type RoomShape } from "@effect-livekit/core"
import { DevServer, SignalCodec, Signalling, Token } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { expect, layer } from "@effect/vitest"
import { Context, Data, Effect, Layer } from "effect"
import * as Http from "node:http"
import { gzipSync } from "node:zlib"
import {
  countingPusher,
  machineContended,
  now,
  poll,
  type Received,
  recordFrames,
  waitUntil
} from "../faults/Measure.ts"
import { mutateN, prng } from "./Fuzz.ts"

const ROOM = "lab"
const key = { publisher: "robot", name: "telemetry" }

/** The healthy pair: robot streams `telemetry` every 10 ms, human follows it. */
class Healthy extends Context.Service<Healthy, {
  readonly received: Received
  /** Fails the test unless new frames arrive within 3 s. */
  readonly assertFlowing: (after: string) => Effect.Effect<void>
}>()("test/security/Healthy") {}

const HealthyLive = Layer.effect(
  Healthy,
  Effect.gen(function*() {
    yield* Isolation.requireIsolation()
    const server = yield* DevServer
    const robot = yield* LiveKitRoom.make({ url: server.url, token: yield* server.token("robot", { room: ROOM }) })
    const human = yield* LiveKitRoom.make({ url: server.url, token: yield* server.token("human", { room: ROOM }) })
    const track = yield* robot.publishDataTrack({ name: key.name })
    const received = yield* recordFrames(human.follow(key, { within: "20 seconds" }))
    yield* countingPusher(track, { intervalMs: 10 })
    yield* waitUntil("the healthy pair streaming", 10_000, () => received.seqs.length > 10)
    const assertFlowing = (after: string) =>
      Effect.gen(function*() {
        const count = received.seqs.length
        const flowing = yield* poll(3_000, () => received.seqs.length >= count + 20)
        console.log(
          `[security] healthy pair after ${after}: ${
            flowing ? "streaming" : "STALLED"
          } (${received.seqs.length} frames)`
        )
        expect(flowing).toBe(true)
        expect(received.ended).toBe(false)
      })
    return { received, assertFlowing }
  })
)

const Live = HealthyLive.pipe(Layer.provideMerge(Layer.mergeAll(FfiClient.layer, DevServer.layer({ port: 0 }))))

class RawClientError extends Data.TaggedError("RawClientError")<{ readonly message: string }> {}

/** What the tests use of the global WebSocket: it sends any bytes (the DOM typing allows ArrayBuffer-backed only). */
interface RawSocket {
  send(data: Uint8Array | string): void
  close(): void
  readonly readyState: number
}

/** A raw signalling client on the global WebSocket (token in `access_token`, as browsers send it). */
const rawClient = (url: string, token: string, joinRequest: string) =>
  Effect.acquireRelease(
    Effect.callback<
      { ws: RawSocket; messages: Array<Record<string, unknown>>; closed: { code: number } },
      RawClientError
    >(
      (resume) => {
        const ws = new WebSocket(`${url}/rtc/v1?join_request=${joinRequest}&access_token=${token}`)
        ws.binaryType = "arraybuffer"
        const messages: Array<Record<string, unknown>> = []
        const closed = { code: 0 }
        ws.addEventListener("message", (e) => {
          const bytes = new Uint8Array(e.data as ArrayBuffer)
          Effect.runSync(Effect.match(SignalCodec.decodeSignalResponse(bytes), {
            onSuccess: (m) => messages.push(m),
            onFailure: () => messages.push({ message: "undecodable" })
          }))
        })
        ws.addEventListener("close", (e) => (closed.code = e.code))
        const socket: RawSocket = {
          send: (data) => ws.send(data as Uint8Array<ArrayBuffer> | string),
          close: () => ws.close(),
          get readyState() {
            return ws.readyState
          }
        }
        ws.addEventListener("open", () => resume(Effect.succeed({ ws: socket, messages, closed })))
        ws.addEventListener("error", () => resume(Effect.fail(new RawClientError({ message: "WebSocket error" }))))
      }
    ).pipe(Effect.timeout(5_000)),
    ({ ws }) => Effect.sync(() => ws.close())
  )

const plainJoin = SignalCodec.encodeWrappedJoinRequest({
  clientInfo: { sdk: "JS", version: "fuzz", protocol: 16, os: "linux" },
  connectionSettings: { autoSubscribe: false }
}, (b) => gzipSync(b))

/** An upgrade request's HTTP status (101 when accepted). */
const upgradeStatus = (url: string, path: string, token: string | undefined) =>
  Effect.callback<number, Error>((resume) => {
    const { hostname, port } = new URL(url)
    const req = Http.request({
      host: hostname,
      port,
      path,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": Buffer.from("0123456789abcdef").toString("base64"),
        ...(token === undefined ? {} : { Authorization: `Bearer ${token}` })
      }
    })
    req.on("upgrade", (_res, socket) => {
      socket.destroy()
      resume(Effect.succeed(101))
    })
    req.on("response", (res) => {
      res.resume()
      resume(Effect.succeed(res.statusCode ?? 0))
    })
    req.on("error", (e) => resume(Effect.fail(e)))
    req.end()
  }).pipe(Effect.timeout(5_000))

const reasonOf = (m: Record<string, unknown>) => (m["requestResponse"] as { reason?: number } | undefined)?.reason

/** The tag of the typed failure, or what happened instead (`succeeded`, or the defect). */
const failureTag = <A, E extends { readonly _tag: string }, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.map(Effect.exit(effect), (exit) =>
    exit._tag === "Success"
      ? "succeeded"
      : exit.cause.reasons[0]?._tag === "Fail"
      ? (exit.cause.reasons[0] as { readonly error: E }).error._tag
      : `defect: ${String(exit.cause)}`)

layer(Live, { excludeTestServices: true, timeout: 60_000 })("security against a running dev server", (it) => {
  it.effect(
    "mutated, random and truncated signalling messages: answered or dropped, the server keeps serving",
    () =>
      Effect.gen(function*() {
        const server = yield* DevServer
        const healthy = yield* Healthy
        const client = yield* rawClient(server.url, yield* server.token("fuzzer", { room: ROOM }), plainJoin)
        yield* waitUntil("join response", 5_000, () => client.messages.some((m) => m["message"] === "join"))
        const rng = prng(0x5ec)
        const seeds = [
          { publishDataTrackRequest: { pubHandle: 9, name: "fuzz", encryption: 0 } },
          { updateDataSubscription: { updates: [{ trackSid: "DTR_000000000000", subscribe: true }] } },
          { storeDataBlobRequest: { requestId: 1, blob: { key: { generic: "k" }, contents: new Uint8Array(32) } } },
          { pingReq: { timestamp: 1, rtt: 1 } },
          { trickle: { candidateInit: "{\"candidate\":\"candidate:1 1 udp 1 10.77.0.1 9 typ host\"}", target: 0 } },
          { offer: { type: "offer", sdp: "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\n", id: 3 } }
        ].map((r) => SignalCodec.encodeSignalRequest(r))
        let sent = 0
        for (let i = 0; i < 1_500; i++) {
          const kind = i % 3
          const bytes = kind === 0
            ? rng.bytes(rng.int(200))
            : kind === 1
            ? mutateN(rng, seeds[rng.int(seeds.length)]!, 1 + rng.int(4))
            : seeds[rng.int(seeds.length)]!.subarray(0, rng.int(seeds[0]!.length))
          client.ws.send(bytes)
          sent++
          if (i % 100 === 0) client.ws.send("a text frame")
        }
        yield* Effect.sleep(500)
        const stats = yield* server.stats
        console.log(
          `[security] signalling fuzz: ${sent} messages sent, ${client.messages.length} answers, socket ${
            client.ws.readyState === WebSocket.OPEN ? "open" : `closed ${client.closed.code}`
          }, server ${JSON.stringify({ participants: stats.participants, tracks: stats.tracks })}`
        )
        expect(client.ws.readyState).toBe(WebSocket.OPEN)
        // pings still answered: the session is alive
        client.ws.send(SignalCodec.encodeSignalRequest({ pingReq: { timestamp: 42, rtt: 0 } }))
        yield* waitUntil("pong", 3_000, () =>
          client.messages.some((m) =>
            m["message"] === "pongResp" &&
            String((m["pongResp"] as { lastPingTimestamp: unknown }).lastPingTimestamp) === "42"
          ))
        yield* healthy.assertFlowing("signalling fuzz")
      }),
    60_000
  )

  it.effect("data-track requests out of bounds get LiveKit's reasons", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const healthy = yield* Healthy
      const client = yield* rawClient(server.url, yield* server.token("requests", { room: ROOM }), plainJoin)
      yield* waitUntil("join response", 5_000, () => client.messages.some((m) => m["message"] === "join"))
      const ask = (request: Record<string, unknown>) =>
        Effect.gen(function*() {
          const before = client.messages.length
          client.ws.send(SignalCodec.encodeSignalRequest(request))
          yield* waitUntil("an answer", 3_000, () => client.messages.length > before)
          const answer = client.messages[before]!
          return answer["message"] === "requestResponse" ? reasonOf(answer) : answer["message"]
        })
      const R = SignalCodec.RequestReason
      const publish = (pubHandle: number, name: string) =>
        ask({ publishDataTrackRequest: { pubHandle, name, encryption: 0 } })
      const cases: Record<string, unknown> = {
        "name of 0 characters": [yield* publish(1, ""), R.INVALID_NAME],
        "name of 257 characters": [yield* publish(1, "n".repeat(257)), R.INVALID_NAME],
        "name of 256 characters": [yield* publish(1, "n".repeat(256)), "publishDataTrackResponse"],
        "handle 0": [yield* publish(0, "zero"), R.INVALID_HANDLE],
        "handle 65536": [yield* publish(65_536, "big"), R.INVALID_HANDLE],
        "duplicate handle": [yield* publish(1, "other"), R.DUPLICATE_HANDLE],
        "duplicate name": [yield* publish(2, "n".repeat(256)), R.DUPLICATE_NAME],
        "unpublish unknown handle": [yield* ask({ unpublishDataTrackRequest: { pubHandle: 777 } }), R.NOT_FOUND],
        "blob over the limit": [
          yield* ask({
            storeDataBlobRequest: { requestId: 5, blob: { key: { generic: "big" }, contents: new Uint8Array(70_000) } }
          }),
          R.LIMIT_EXCEEDED
        ],
        "blob without a key": [
          yield* ask({ storeDataBlobRequest: { requestId: 6, blob: { contents: new Uint8Array(1) } } }),
          R.INVALID_REQUEST
        ],
        "unknown blob": [
          yield* ask({ getDataBlobRequest: { requestId: 7, participantIdentity: "robot", key: { generic: "none" } } }),
          R.NOT_FOUND
        ],
        "subscribe to an unknown SID": [
          yield* ask({ updateDataSubscription: { updates: [{ trackSid: "DTR_ffffffffffff", subscribe: true }] } }),
          "dataTrackSubscriberHandles"
        ]
      }
      console.log(`[security] data-track requests: ${JSON.stringify(cases)}`)
      for (const [what, [got, want]] of Object.entries(cases as Record<string, [unknown, unknown]>)) {
        expect({ what, got }).toEqual({ what, got: want })
      }
      yield* healthy.assertFlowing("out-of-bounds requests")
    }), 60_000)

  it.effect(
    "an oversized WebSocket message closes that socket with 1009 and nothing else",
    () =>
      Effect.gen(function*() {
        const server = yield* DevServer
        const healthy = yield* Healthy
        const client = yield* rawClient(server.url, yield* server.token("big", { room: ROOM }), plainJoin)
        yield* waitUntil("join response", 5_000, () => client.messages.some((m) => m["message"] === "join"))
        client.ws.send(new Uint8Array(Signalling.MAX_SIGNAL_MESSAGE_BYTES + 1))
        yield* waitUntil("the socket closed", 5_000, () => client.closed.code !== 0)
        console.log(
          `[security] oversized message (${Signalling.MAX_SIGNAL_MESSAGE_BYTES + 1} B): closed ${client.closed.code}`
        )
        expect(client.closed.code).toBe(1009)
        yield* healthy.assertFlowing("an oversized message")
      }),
    60_000
  )

  it.effect("malformed upgrades and bad tokens are refused before any session", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const healthy = yield* Healthy
      const good = yield* server.token("upgrade", { room: ROOM })
      const mint = (options: Partial<Token.MintOptions> & { readonly secret?: string; readonly key?: string }) =>
        Token.mint(options.key ?? server.apiKey, options.secret ?? server.apiSecret, "upgrade", {
          room: ROOM,
          ...options
        })
      const bomb = SignalCodec.encodeWrappedJoinRequest({ metadata: "x".repeat(8 * 1024 * 1024) }, (b) => gzipSync(b))
      const rng = prng(0x70c)
      const mutatedJoin = Buffer.from(mutateN(rng, Buffer.from(plainJoin, "base64url"), 6)).toString("base64url")
      const statuses = {
        "valid": yield* upgradeStatus(server.url, `/rtc/v1?join_request=${plainJoin}`, good),
        "no token": yield* upgradeStatus(server.url, `/rtc/v1?join_request=${plainJoin}`, undefined),
        "garbage token": yield* upgradeStatus(server.url, `/rtc/v1?join_request=${plainJoin}`, "not.a.jwt"),
        "bad signature": yield* upgradeStatus(
          server.url,
          `/rtc/v1?join_request=${plainJoin}`,
          yield* mint({ secret: "not-the-secret" })
        ),
        "unknown key": yield* upgradeStatus(
          server.url,
          `/rtc/v1?join_request=${plainJoin}`,
          yield* mint({ key: "nokey" })
        ),
        "expired": yield* upgradeStatus(
          server.url,
          `/rtc/v1?join_request=${plainJoin}`,
          yield* mint({ ttlSeconds: -60 })
        ),
        "not yet valid": yield* upgradeStatus(
          server.url,
          `/rtc/v1?join_request=${plainJoin}`,
          yield* mint({ notBeforeSeconds: 3600 })
        ),
        "missing join_request": yield* upgradeStatus(server.url, "/rtc/v1", good),
        "garbage join_request": yield* upgradeStatus(server.url, "/rtc/v1?join_request=%%%garbage", good),
        "gzip bomb join_request": yield* upgradeStatus(server.url, `/rtc/v1?join_request=${bomb}`, good),
        "mutated join_request": yield* upgradeStatus(server.url, `/rtc/v1?join_request=${mutatedJoin}`, good),
        "unknown path": yield* upgradeStatus(server.url, "/rtc/v2", good)
      }
      console.log(`[security] upgrades: ${JSON.stringify(statuses)}`)
      expect(statuses).toMatchObject({
        "valid": 101,
        "no token": 401,
        "garbage token": 401,
        "bad signature": 401,
        "unknown key": 401,
        "expired": 401,
        "not yet valid": 401,
        "missing join_request": 400,
        "garbage join_request": 400,
        "gzip bomb join_request": 400,
        "unknown path": 404
      })
      expect([101, 400]).toContain(statuses["mutated join_request"])
      yield* healthy.assertFlowing("refused upgrades")
    }), 60_000)

  it.effect(
    "bad tokens through the real client fail the connect with a typed FfiConnectError, fast",
    () =>
      Effect.gen(function*() {
        const server = yield* DevServer
        const healthy = yield* Healthy
        const mint = (options: Partial<Token.MintOptions> & { readonly secret?: string }) =>
          Token.mint(server.apiKey, options.secret ?? server.apiSecret, "intruder", { room: ROOM, ...options })
        const tokens = {
          "bad signature": yield* mint({ secret: "not-the-secret" }),
          "expired": yield* mint({ ttlSeconds: -60 }),
          "not yet valid": yield* mint({ notBeforeSeconds: 3600 })
        }
        const results: Record<string, unknown> = {}
        for (const [what, token] of Object.entries(tokens)) {
          const t = now()
          const error = yield* Effect.flip(Effect.scoped(LiveKitRoom.make({ url: server.url, token })))
          results[what] = { tag: error._tag, ms: Math.round(now() - t), message: error.message.slice(0, 80) }
          expect(error._tag).toBe("FfiConnectError")
          expect(now() - t).toBeLessThan(10_000)
        }
        console.log(`[security] real client with bad tokens: ${JSON.stringify(results)}`)
        yield* healthy.assertFlowing("refused connects")
      }),
    60_000
  )

  it.effect(
    "grants: without canPublishData -> NotAllowed; without canSubscribe -> no frame, then SubscribeTimeout; another room -> nothing",
    () =>
      Effect.gen(function*() {
        const server = yield* DevServer
        const healthy = yield* Healthy
        const join = (identity: string, grants: { room?: string; canPublishData?: boolean; canSubscribe?: boolean }) =>
          Effect.flatMap(
            server.token(identity, { room: ROOM, ...grants }),
            (token) => LiveKitRoom.make({ url: server.url, token })
          )
        const before = yield* server.stats
        const mute = yield* join("no-publish", { canPublishData: false })
        const publishError = yield* failureTag(mute.publishDataTrack({ name: "forbidden" }))
        const deaf = yield* join("no-subscribe", { canSubscribe: false })
        const remote = yield* deaf.dataTrack(key).pipe(Effect.timeout(5_000))
        const subscription = yield* remote.subscribe()
        const deafReceived = yield* recordFrames(subscription.frames)
        const deafSubscribedAt = now()
        const outsider: RoomShape = yield* join("outsider", { room: "elsewhere" })
        const seenByOutsider = yield* outsider.dataTrack(key).pipe(Effect.timeoutOption(1_500))
        const outsiderFollow = yield* recordFrames(outsider.follow(key, { within: "1 second" }))
        yield* Effect.sleep(1_500)
        const after = yield* server.stats
        // the server never hands out a handle: the core gives up after its 10 s subscribe timeout, typed
        const deafEndedAt = yield* waitUntil("the ungranted subscription failed", 15_000, () => deafReceived.ended)
        const figures = {
          publishWithoutGrant: publishError,
          framesToParticipantWithoutCanSubscribe: deafReceived.seqs.length,
          subscriptionWithoutCanSubscribe: `${
            deafReceived.error?.match(/SubscribeTimeout/)?.[0] ?? deafReceived.error
          } after ${Math.round(deafEndedAt - deafSubscribedAt)} ms`,
          subscriptionsAdded: after.subscriptions - before.subscriptions,
          outsiderSawTrack: seenByOutsider._tag,
          outsiderFollow: outsiderFollow.error?.includes("SubscribeTimeout") ? "SubscribeTimeout" : outsiderFollow.error
        }
        console.log(`[security] grants: ${JSON.stringify(figures)}`)
        expect(publishError).toBe("NotAllowed")
        expect(deafReceived.seqs.length).toBe(0)
        expect(deafReceived.error).toContain("SubscribeTimeout")
        expect(after.subscriptions - before.subscriptions).toBe(0)
        expect(seenByOutsider._tag).toBe("None")
        expect(outsiderFollow.seqs.length).toBe(0)
        expect(figures.outsiderFollow).toBe("SubscribeTimeout")
        yield* healthy.assertFlowing("ungranted participants")
      }),
    60_000
  )

  it.effect(
    "names, frames and schemas out of the core's limits fail typed before reaching the server",
    () =>
      Effect.gen(function*() {
        const server = yield* DevServer
        const healthy = yield* Healthy
        const room = yield* LiveKitRoom.make({ url: server.url, token: yield* server.token("limits", { room: ROOM }) })
        const track = yield* room.publishDataTrack({ name: "limits" })
        const schemaId = new DataTrackSchemaId({ name: "big.Schema", encoding: "protobuf" })
        const results = {
          "name of 0 characters": yield* failureTag(room.publishDataTrack({ name: "" })),
          "name of 257 characters": yield* failureTag(room.publishDataTrack({ name: "n".repeat(257) })),
          "frame of 0 bytes": yield* failureTag(track.tryPush(new DataTrackFrame({ payload: new Uint8Array(0) }))),
          "frame above the limit": yield* failureTag(
            track.tryPush(new DataTrackFrame({ payload: new Uint8Array(DataTrackLimits.maxFrameBytes(false) + 1) }))
          ),
          "frame with a timestamp above the limit": yield* failureTag(
            track.tryPush(
              new DataTrackFrame({ payload: new Uint8Array(DataTrackLimits.MAX_FRAME_BYTES + 1), userTimestamp: 1n })
            )
          ),
          "schema of 120,000 bytes": yield* Effect.match(room.defineSchema(schemaId, "s".repeat(120_000)), {
            onSuccess: () => "succeeded",
            onFailure: (e) => `${e._tag}: ${e.message}`
          })
        }
        console.log(`[security] local limits: ${JSON.stringify(results)}`)
        expect(results).toEqual({
          "name of 0 characters": "InvalidName",
          "name of 257 characters": "InvalidName",
          "frame of 0 bytes": "EmptyFrame",
          "frame above the limit": "FrameTooLarge",
          "frame with a timestamp above the limit": "FrameTooLarge",
          "schema of 120,000 bytes": expect.stringMatching(
            // on a contended machine the core's own 5 s blob timeout may pass first: typed, but not the reason
            machineContended().contended ? /^(SchemaTooLarge|Internal: .*timed out)/ : /^SchemaTooLarge/
          )
        })
        yield* healthy.assertFlowing("out-of-limit input")
      }),
    60_000
  )
})
