import { assert, describe, it, layer } from "@effect/vitest"
import { Effect, Layer, Logger } from "effect"
import { WebSocket } from "ws"
import { DevServer } from "../src/DevServer.ts"
import { decodeSignalResponse, encodeSignalRequest, RequestReason } from "../src/SignalCodec.ts"
import { connect, joinRequestParam, realSleep, rustOffer } from "./helpers/SignalClient.ts"

const ServerLive = DevServer.layer({ port: 0, host: "127.0.0.1", iceBindAddress: "127.0.0.1" })

const httpStatus = (url: string, headers: Record<string, string> = {}) =>
  Effect.callback<number>((resume) => {
    const ws = new WebSocket(url, { headers })
    ws.once("open", () => {
      ws.terminate()
      resume(Effect.succeed(101))
    })
    ws.once("unexpected-response", (_req, res) => {
      resume(Effect.succeed(res.statusCode ?? 0))
      res.resume()
    })
    ws.once("error", () => {})
  })

layer(ServerLive, { timeout: "30 seconds" })("DevServer over WebSocket", (it) => {
  it.effect("joins, answers the embedded offer and trickles its candidates", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      assert.match(server.url, /^ws:\/\/127\.0\.0\.1:\d+$/)
      const token = yield* server.token("alice", { room: "join-room" })
      const alice = yield* connect(server.url, token, { offer: { sdp: rustOffer, id: 1 } })
      const join = yield* alice.next("join")
      const room = join["room"] as Record<string, unknown>
      const participant = join["participant"] as Record<string, unknown>
      assert.strictEqual(room["name"], "join-room")
      assert.match(String(room["sid"]), /^RM_/)
      assert.strictEqual(participant["identity"], "alice")
      assert.match(String(participant["sid"]), /^PA_/)
      assert.deepStrictEqual(participant["permission"], {
        canSubscribe: true,
        canPublish: true,
        canPublishData: true
      })
      assert.deepStrictEqual(join["otherParticipants"] ?? [], [])
      assert.strictEqual((join["serverInfo"] as Record<string, unknown>)["protocol"], 16)
      assert.strictEqual((join["clientConfiguration"] as Record<string, unknown>)["resumeConnection"], 1)
      assert.strictEqual(join["pingInterval"], 5)
      assert.strictEqual(join["pingTimeout"], 15)

      const answer = yield* alice.next("answer")
      assert.strictEqual(answer["type"], "answer")
      assert.strictEqual(answer["id"], 1)
      const sdp = String(answer["sdp"])
      assert.include(sdp, "a=group:BUNDLE 0 1 2 3 4 5 6")
      assert.strictEqual(sdp.match(/^m=(audio|video) 9 /gm)?.length, 6)
      assert.strictEqual(sdp.match(/^a=inactive$/gm)?.length, 6)
      assert.notInclude(sdp, "a=sendonly")
      assert.match(sdp, /^m=application \d+ UDP\/DTLS\/SCTP webrtc-datachannel$/m)

      const trickle = yield* alice.next("trickle")
      const init = JSON.parse(String(trickle["candidateInit"])) as Record<string, unknown>
      assert.match(String(init["candidate"]), /^candidate:.* 127\.0\.0\.1 \d+ typ host/)

      // a renegotiation offer (id 2) is answered with id 2
      alice.send({ offer: { type: "offer", sdp: rustOffer, id: 2 } })
      const second = yield* alice.next("answer")
      assert.strictEqual(second["id"], 2)
    }))

  it.effect("data tracks: publish, errors, subscriber handles, unpublish, cleanup on leave", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const room = "tracks"
      const alice = yield* connect(server.url, yield* server.token("alice", { room }), {
        offer: { sdp: rustOffer, id: 1 }
      })
      yield* alice.next("join")
      const bob = yield* connect(server.url, yield* server.token("bob", { room }))
      const bobJoin = yield* bob.next("join")
      const others = bobJoin["otherParticipants"] as Array<Record<string, unknown>>
      assert.deepStrictEqual(others.map((p) => p["identity"]), ["alice"])
      yield* alice.next(
        "update",
        (u) => (u["participants"] as Array<Record<string, unknown>>).some((p) => p["identity"] === "bob")
      )

      // publish
      alice.send({ publishDataTrackRequest: { pubHandle: 1, name: "telemetry" } })
      const published = (yield* alice.next("publishDataTrackResponse"))["info"] as Record<string, unknown>
      assert.strictEqual(published["pubHandle"], 1)
      assert.strictEqual(published["name"], "telemetry")
      assert.match(String(published["sid"]), /^DTR_/)
      const update = yield* bob.next(
        "update",
        (u) =>
          (u["participants"] as Array<Record<string, unknown>>).some((p) =>
            p["identity"] === "alice" && ((p["dataTracks"] ?? []) as Array<unknown>).length === 1
          )
      )
      const aliceInfo = (update["participants"] as Array<Record<string, unknown>>)[0]!
      assert.deepStrictEqual((aliceInfo["dataTracks"] as Array<Record<string, unknown>>)[0], published)

      // errors, with LiveKit's reasons
      const rejected = (request: Record<string, unknown>) =>
        Effect.gen(function*() {
          alice.send({ publishDataTrackRequest: request })
          return (yield* alice.next("requestResponse"))["reason"]
        })
      assert.strictEqual(yield* rejected({ pubHandle: 2, name: "telemetry" }), RequestReason.DUPLICATE_NAME)
      assert.strictEqual(yield* rejected({ pubHandle: 1, name: "other" }), RequestReason.DUPLICATE_HANDLE)
      assert.strictEqual(yield* rejected({ pubHandle: 2, name: "" }), RequestReason.INVALID_NAME)
      assert.strictEqual(yield* rejected({ pubHandle: 0, name: "zero" }), RequestReason.INVALID_HANDLE)
      const carol = yield* connect(server.url, yield* server.token("carol", { room, canPublishData: false }))
      const carolJoin = yield* carol.next("join")
      assert.isFalse(
        Boolean(
          ((carolJoin["participant"] as Record<string, unknown>)["permission"] as Record<string, unknown>)[
            "canPublishData"
          ]
        )
      )
      carol.send({ publishDataTrackRequest: { pubHandle: 1, name: "x" } })
      const notAllowed = yield* carol.next("requestResponse")
      assert.strictEqual(notAllowed["reason"], RequestReason.NOT_ALLOWED)
      assert.deepStrictEqual(notAllowed["publishDataTrack"], { pubHandle: 1, name: "x" })

      // subscriber handles: per subscriber, from 1, the full map each time
      alice.send({ publishDataTrackRequest: { pubHandle: 7, name: "depth" } })
      const depth = (yield* alice.next("publishDataTrackResponse"))["info"] as Record<string, unknown>
      bob.send({ updateDataSubscription: { updates: [{ trackSid: published["sid"], subscribe: true }] } })
      assert.deepStrictEqual((yield* bob.next("dataTrackSubscriberHandles"))["subHandles"], {
        1: { publisherIdentity: "alice", publisherSid: aliceInfo["sid"], trackSid: published["sid"] }
      })
      bob.send({
        updateDataSubscription: {
          updates: [{ trackSid: depth["sid"], subscribe: true }, { trackSid: "DTR_unknown", subscribe: true }]
        }
      })
      const both = (yield* bob.next("dataTrackSubscriberHandles"))["subHandles"] as Record<string, unknown>
      assert.deepStrictEqual(Object.keys(both), ["1", "2"])
      assert.strictEqual((both["2"] as Record<string, unknown>)["trackSid"], depth["sid"])

      // without canSubscribe nothing is subscribed
      const dave = yield* connect(server.url, yield* server.token("dave", { room, canSubscribe: false }))
      yield* dave.next("join")
      dave.send({ updateDataSubscription: { updates: [{ trackSid: published["sid"], subscribe: true }] } })
      assert.deepStrictEqual((yield* dave.next("dataTrackSubscriberHandles"))["subHandles"] ?? {}, {})

      // unpublish: the publisher gets the response, subscribers a new map, everyone the new list
      alice.send({ unpublishDataTrackRequest: { pubHandle: 1 } })
      assert.strictEqual(
        ((yield* alice.next("unpublishDataTrackResponse"))["info"] as Record<string, unknown>)["sid"],
        published["sid"]
      )
      assert.deepStrictEqual(Object.keys((yield* bob.next("dataTrackSubscriberHandles"))["subHandles"] as object), [
        "2"
      ])
      alice.send({ unpublishDataTrackRequest: { pubHandle: 1 } })
      assert.strictEqual((yield* alice.next("requestResponse"))["reason"], RequestReason.NOT_FOUND)

      // the publisher leaves: its tracks go, subscribers are told
      alice.send({ leave: { reason: "CLIENT_INITIATED" } })
      yield* alice.closed
      assert.deepStrictEqual((yield* bob.next("dataTrackSubscriberHandles"))["subHandles"] ?? {}, {})
      const gone = yield* bob.next(
        "update",
        (u) =>
          (u["participants"] as Array<Record<string, unknown>>).some((p) =>
            p["identity"] === "alice" && p["state"] === 3
          )
      )
      const aliceGone = (gone["participants"] as Array<Record<string, unknown>>)[0]!
      assert.deepStrictEqual(aliceGone["dataTracks"] ?? [], [])
    }))

  it.effect("a dropped WebSocket removes the participant and its tracks; the identity can rejoin", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const room = "drops"
      const robot = yield* connect(server.url, yield* server.token("robot", { room }))
      yield* robot.next("join")
      const viewer = yield* connect(server.url, yield* server.token("viewer", { room }))
      yield* viewer.next("join")
      robot.send({ publishDataTrackRequest: { pubHandle: 1, name: "t" } })
      const info = (yield* robot.next("publishDataTrackResponse"))["info"] as Record<string, unknown>
      viewer.send({ updateDataSubscription: { updates: [{ trackSid: info["sid"], subscribe: true }] } })
      yield* viewer.next("dataTrackSubscriberHandles")
      robot.ws.terminate()
      assert.deepStrictEqual((yield* viewer.next("dataTrackSubscriberHandles"))["subHandles"] ?? {}, {})
      yield* viewer.next(
        "update",
        (u) =>
          (u["participants"] as Array<Record<string, unknown>>).some((p) =>
            p["identity"] === "robot" && p["state"] === 3
          )
      )
      // rejoin with the same identity and republish the same handle: a new SID
      const again = yield* connect(server.url, yield* server.token("robot", { room }))
      const join = yield* again.next("join")
      assert.deepStrictEqual(
        (join["otherParticipants"] as Array<Record<string, unknown>>).map((p) => p["identity"]),
        ["viewer"]
      )
      again.send({ publishDataTrackRequest: { pubHandle: 1, name: "t" } })
      const republished = (yield* again.next("publishDataTrackResponse"))["info"] as Record<string, unknown>
      assert.notStrictEqual(republished["sid"], info["sid"])
      // a second connection with the same identity replaces the first, which is told why
      const twin = yield* connect(server.url, yield* server.token("robot", { room }))
      yield* twin.next("join")
      assert.strictEqual((yield* again.next("leave"))["reason"], 2)
      yield* again.closed
    }))

  it.effect("data blobs: store, get, size cap, unknown key", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const room = "blobs"
      const robot = yield* connect(server.url, yield* server.token("robot", { room }))
      yield* robot.next("join")
      const viewer = yield* connect(server.url, yield* server.token("viewer", { room }))
      yield* viewer.next("join")
      const key = {
        schemaId: { name: "telemetry.v1", encoding: { wellKnown: "WELL_KNOWN_SCHEMA_ENCODING_JSON_SCHEMA" } }
      }
      const contents = new TextEncoder().encode(JSON.stringify({ type: "object" }))
      robot.send({ storeDataBlobRequest: { requestId: 1, blob: { key, contents } } })
      const stored = yield* robot.next("storeDataBlobResponse")
      assert.strictEqual(stored["requestId"], 1)
      viewer.send({ getDataBlobRequest: { requestId: 9, participantIdentity: "robot", key } })
      const got = yield* viewer.next("getDataBlobResponse")
      assert.strictEqual(got["requestId"], 9)
      assert.deepStrictEqual(
        new Uint8Array((got["blob"] as Record<string, Uint8Array>)["contents"]!),
        contents
      )
      // 60,000 bytes are accepted, 120,000 rejected (the reference C++ suite's cases)
      robot.send({
        storeDataBlobRequest: { requestId: 2, blob: { key: { generic: "big" }, contents: new Uint8Array(60_000) } }
      })
      assert.strictEqual((yield* robot.next("storeDataBlobResponse"))["requestId"], 2)
      robot.send({
        storeDataBlobRequest: { requestId: 3, blob: { key: { generic: "huge" }, contents: new Uint8Array(120_000) } }
      })
      const tooBig = yield* robot.next("requestResponse")
      assert.strictEqual(tooBig["requestId"], 3)
      assert.strictEqual(tooBig["reason"], RequestReason.LIMIT_EXCEEDED)
      viewer.send({ getDataBlobRequest: { requestId: 4, participantIdentity: "robot", key: { generic: "nope" } } })
      assert.strictEqual((yield* viewer.next("requestResponse"))["reason"], RequestReason.NOT_FOUND)
    }))

  it.effect("pings: legacy int64 ping and pingReq", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const c = yield* connect(server.url, yield* server.token("pinger", { room: "ping" }))
      yield* c.next("join")
      c.send({ ping: 1234567890123n })
      assert.strictEqual((yield* c.next("pong")) as unknown, 1234567890123n)
      c.send({ pingReq: { timestamp: 42n, rtt: 3n } })
      const pong = yield* c.next("pongResp")
      assert.strictEqual(pong["lastPingTimestamp"], 42n)
      assert.isTrue((pong["timestamp"] as bigint) > 0n)
    }))

  it.effect("refuses bad tokens with 401 and answers validate with CORS", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const param = joinRequestParam(undefined)
      const forged = yield* server.token("mallory", { room: "r" }).pipe(Effect.map((t) => t.slice(0, -4) + "AAAA"))
      assert.strictEqual(
        yield* httpStatus(`${server.url}/rtc/v1?join_request=${param}`, { Authorization: `Bearer ${forged}` }),
        401
      )
      assert.strictEqual(yield* httpStatus(`${server.url}/rtc/v1?join_request=${param}&access_token=${forged}`), 401)
      assert.strictEqual(yield* httpStatus(`${server.url}/rtc/v1?join_request=${param}`), 401)
      assert.strictEqual(yield* httpStatus(`${server.url}/elsewhere`), 404)
      const good = yield* server.token("ok", { room: "r" })
      assert.strictEqual(yield* httpStatus(`${server.url}/rtc/v1?join_request=${param}&access_token=${good}`), 101)
      assert.strictEqual(yield* httpStatus(`${server.url}/rtc/v1?join_request=garbage&access_token=${good}`), 400)
      const http = server.url.replace("ws://", "http://")
      const bad = yield* Effect.promise(() => fetch(`${http}/rtc/v1/validate?access_token=${forged}`))
      assert.strictEqual(bad.status, 401)
      assert.strictEqual(bad.headers.get("access-control-allow-origin"), "*")
      const ok = yield* Effect.promise(() =>
        fetch(`${http}/rtc/validate`, { headers: { Authorization: `Bearer ${good}` } })
      )
      assert.strictEqual(ok.status, 200)
      assert.strictEqual(ok.headers.get("access-control-allow-origin"), "*")
    }))

  it.effect("/rtc fallback: plain query parameters, offer over the WebSocket; resume attempts are refused", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const token = yield* server.token("legacy", { room: "legacy" })
      const decode = Effect.runSyncWith(yield* Effect.context<never>())
      const ws = new WebSocket(`${server.url}/rtc?access_token=${token}&auto_subscribe=1&sdk=js&protocol=16`)
      yield* Effect.addFinalizer(() => Effect.sync(() => ws.terminate()))
      const received: Array<Record<string, unknown>> = []
      ws.on("message", (data) => received.push(decode(decodeSignalResponse(data as Buffer))))
      const next = (kind: string) =>
        Effect.gen(function*() {
          for (let i = 0; i < 500; i++) {
            const index = received.findIndex((m) => m["message"] === kind)
            if (index >= 0) return received.splice(index, 1)[0]![kind] as Record<string, unknown>
            yield* realSleep(10)
          }
          return yield* Effect.die(new Error(`no ${kind}`))
        })
      assert.strictEqual(((yield* next("join"))["participant"] as Record<string, unknown>)["identity"], "legacy")
      ws.send(encodeSignalRequest({ offer: { type: "offer", sdp: rustOffer, id: 4 } }))
      assert.strictEqual((yield* next("answer"))["id"], 4)

      const resume = new WebSocket(`${server.url}/rtc?access_token=${token}&reconnect=1&sid=PA_old`)
      yield* Effect.addFinalizer(() => Effect.sync(() => resume.terminate()))
      const leave = yield* Effect.callback<Record<string, unknown>>((resumeWith) => {
        resume.on("message", (data) => {
          const m = decode(decodeSignalResponse(data as Buffer))
          if (m["message"] === "leave") resumeWith(Effect.succeed(m["leave"] as Record<string, unknown>))
        })
      })
      assert.strictEqual(leave["action"], 2)
    }))

  it.effect("survives malformed frames", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const c = yield* connect(server.url, yield* server.token("fuzzer", { room: "fuzz" }), {
        offer: { sdp: "v=0\r\nnot an sdp", id: 1 }
      })
      yield* c.next("join")
      c.sendRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))
      c.sendRaw(new Uint8Array([0x0a, 0x80]))
      c.sendRaw("not protobuf")
      c.send({ trickle: { candidateInit: "{not json" } })
      c.send({ trickle: { candidateInit: JSON.stringify({ candidate: "candidate:garbage", sdpMid: "9" }) } })
      c.send({ offer: { type: "offer", sdp: "garbage", id: 3 } })
      c.send({ updateDataSubscription: { updates: [{ trackSid: "DTR_nope", subscribe: true }] } })
      c.send({ getDataBlobRequest: { requestId: 1 } })
      c.send({ storeDataBlobRequest: { requestId: 2 } })
      c.send({ pingReq: { timestamp: 7n } })
      assert.strictEqual((yield* c.next("pongResp"))["lastPingTimestamp"], 7n)
      yield* realSleep(50)
      const again = yield* connect(server.url, yield* server.token("after", { room: "fuzz" }))
      yield* again.next("join")
    }))
})

describe("DevServer layer", () => {
  it.effect("closing the scope closes the sockets", () =>
    Effect.gen(function*() {
      const { client, url } = yield* Effect.scoped(
        Effect.gen(function*() {
          const server = yield* DevServer
          const client = yield* connect(server.url, yield* server.token("x", { room: "y" }))
          yield* client.next("join")
          return { client, url: server.url }
        }).pipe(Effect.provide(ServerLive))
      )
      yield* client.closed
      const status = yield* Effect.callback<string>((resume) => {
        const ws = new WebSocket(url)
        ws.once("error", (e) => resume(Effect.succeed(String((e as NodeJS.ErrnoException).code))))
        ws.once("open", () => resume(Effect.succeed("open")))
      })
      assert.strictEqual(status, "ECONNREFUSED")
    }))
})

/** The server's log lines (message text only), captured from its own fibers. */
const logged: Array<string> = []
const CaptureLogs = Logger.layer([
  Logger.make(({ message }) => {
    logged.push(Array.isArray(message) ? message.map(String).join(" ") : String(message))
  })
])

const waitForLine = (pattern: RegExp) =>
  Effect.gen(function*() {
    for (let i = 0; i < 100; i++) {
      const line = logged.find((l) => pattern.test(l))
      if (line !== undefined) return line
      yield* realSleep(20)
    }
    return assert.fail(`no log line matching ${pattern} in:\n${logged.join("\n")}`)
  })

layer(ServerLive.pipe(Layer.provide(CaptureLogs)), { timeout: "30 seconds" })("DevServer log", (it) => {
  it.effect(
    "one info line per join, leave with its reason, publication, subscription and refusal",
    () =>
      Effect.gen(function*() {
        const server = yield* DevServer
        const room = "logs"
        const alice = yield* connect(server.url, yield* server.token("alice", { room }), {
          offer: { sdp: rustOffer, id: 1 }
        })
        yield* alice.next("join")
        yield* waitForLine(/^participant alice \(PA_\w+\) joined room logs$/)
        alice.send({ publishDataTrackRequest: { pubHandle: 1, name: "telemetry" } })
        const sid = ((yield* alice.next("publishDataTrackResponse"))["info"] as Record<string, unknown>)["sid"]
        yield* waitForLine(new RegExp(`^alice in room logs published "telemetry" \\(${String(sid)}\\)$`))

        const bob = yield* connect(
          server.url,
          yield* server.token("bob", { room, canSubscribe: false, canPublishData: false })
        )
        yield* bob.next("join")
        bob.send({ updateDataSubscription: { updates: [{ trackSid: sid, subscribe: true }] } })
        yield* waitForLine(
          new RegExp(
            `^refused subscribe to ${String(sid)} from bob in room logs: NOT_ALLOWED, .*not allowed to subscribe`
          )
        )
        bob.send({ publishDataTrackRequest: { pubHandle: 1, name: "x" } })
        yield* bob.next("requestResponse")
        yield* waitForLine(/^refused publish "x" from bob in room logs: NOT_ALLOWED, participant is not allowed/)

        const carol = yield* connect(server.url, yield* server.token("carol", { room }))
        yield* carol.next("join")
        carol.send({ updateDataSubscription: { updates: [{ trackSid: sid, subscribe: true }] } })
        yield* waitForLine(new RegExp(`^carol in room logs subscribed to alice/telemetry \\(${String(sid)}\\)$`))
        carol.send({ updateDataSubscription: { updates: [{ trackSid: sid, subscribe: false }] } })
        yield* waitForLine(new RegExp(`^carol in room logs unsubscribed from alice/telemetry \\(${String(sid)}\\)$`))

        alice.send({ unpublishDataTrackRequest: { pubHandle: 1 } })
        yield* waitForLine(new RegExp(`^alice in room logs unpublished "telemetry" \\(${String(sid)}\\)$`))
        alice.send({ leave: { canReconnect: false, reason: 1, action: 0 } })
        yield* waitForLine(/^participant alice left room logs \(client left\)$/)

        const forged = yield* server.token("mallory", { room })
        yield* httpStatus(`${server.url}/rtc/v1?access_token=${forged.slice(0, -4)}AAAA`)
        yield* waitForLine(/^refused a connection: /)

        // one line each: nothing above was logged twice
        const publications = logged.filter((l) => / published "telemetry"/.test(l))
        assert.strictEqual(publications.length, 1)
      }),
    20_000
  )
})
