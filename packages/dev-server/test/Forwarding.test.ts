import { assert, layer } from "@effect/vitest"
import { Effect } from "effect"
import { DevServer } from "../src/DevServer.ts"
import { connectRtc, packet } from "./helpers/RtcClient.ts"
import { realSleep } from "./helpers/SignalClient.ts"

const ServerLive = DevServer.layer({ port: 0, host: "127.0.0.1", iceBindAddress: "127.0.0.1" })

const waitFor = (what: string, condition: () => boolean) =>
  Effect.gen(function*() {
    for (let i = 0; i < 300; i++) {
      if (condition()) return
      yield* realSleep(10)
    }
    return yield* Effect.die(new Error(`timed out waiting for ${what}`))
  })

layer(ServerLive, { timeout: "30 seconds" })("packet forwarding over WebRTC (loopback)", (it) => {
  it.effect("rewrites the handle per subscriber and drops bad packets", () =>
    Effect.gen(function*() {
      const server = yield* DevServer
      const room = "forwarding"
      const robot = yield* connectRtc(server.url, yield* server.token("robot", { room }))
      const viewer = yield* connectRtc(server.url, yield* server.token("viewer", { room }))
      const second = yield* connectRtc(server.url, yield* server.token("second", { room }))

      robot.signal.send({ publishDataTrackRequest: { pubHandle: 5, name: "telemetry" } })
      const info = (yield* robot.signal.next("publishDataTrackResponse"))["info"] as Record<string, unknown>
      // viewer subscribes to another track first, so the two subscribers' handles for telemetry differ (2 and 1)
      robot.signal.send({ publishDataTrackRequest: { pubHandle: 6, name: "other" } })
      const other = (yield* robot.signal.next("publishDataTrackResponse"))["info"] as Record<string, unknown>
      viewer.signal.send({ updateDataSubscription: { updates: [{ trackSid: other["sid"], subscribe: true }] } })
      yield* viewer.signal.next("dataTrackSubscriberHandles")
      viewer.signal.send({ updateDataSubscription: { updates: [{ trackSid: info["sid"], subscribe: true }] } })
      const viewerHandles = (yield* viewer.signal.next("dataTrackSubscriberHandles"))["subHandles"] as Record<
        string,
        Record<string, unknown>
      >
      assert.strictEqual(viewerHandles["2"]?.["trackSid"], info["sid"])
      second.signal.send({ updateDataSubscription: { updates: [{ trackSid: info["sid"], subscribe: true }] } })
      const secondHandles = (yield* second.signal.next("dataTrackSubscriberHandles"))["subHandles"] as Record<
        string,
        Record<string, unknown>
      >
      assert.strictEqual(secondHandles["1"]?.["trackSid"], info["sid"])

      const payload = new TextEncoder().encode("hello data track")
      robot.dataTrack.sendMessageBinary(new Uint8Array(8)) // too short: dropped
      robot.dataTrack.sendMessageBinary(packet(5, 1, payload, 1)) // version 1: dropped
      robot.dataTrack.sendMessageBinary(packet(99, 2, payload)) // unknown handle: dropped
      for (let seq = 10; seq < 20; seq++) robot.dataTrack.sendMessageBinary(packet(5, seq, payload))
      yield* waitFor("10 packets at each subscriber", () => viewer.packets.length >= 10 && second.packets.length >= 10)
      yield* realSleep(50)
      assert.strictEqual(viewer.packets.length, 10)
      assert.strictEqual(second.packets.length, 10)
      for (const [i, p] of viewer.packets.entries()) {
        const view = new DataView(p.buffer, p.byteOffset, p.byteLength)
        assert.strictEqual(view.getUint16(2), 2, "viewer's handle")
        assert.strictEqual(view.getUint16(4), 10 + i)
        assert.deepStrictEqual(p.subarray(12), payload)
      }
      for (const p of second.packets) assert.strictEqual(new DataView(p.buffer, p.byteOffset).getUint16(2), 1)
      // the publisher never gets its own packets back
      assert.strictEqual(robot.packets.length, 0)

      // a 60,000-byte packet goes through unchanged apart from the handle
      const big = new Uint8Array(60_000).map((_, i) => i & 0xff)
      robot.dataTrack.sendMessageBinary(packet(5, 30, big))
      yield* waitFor("the big packet", () => viewer.packets.length === 11)
      assert.deepStrictEqual(viewer.packets[10]!.subarray(12), big)

      // after unsubscribing nothing more arrives
      viewer.signal.send({ updateDataSubscription: { updates: [{ trackSid: info["sid"], subscribe: false }] } })
      yield* viewer.signal.next("dataTrackSubscriberHandles")
      robot.dataTrack.sendMessageBinary(packet(5, 40, payload))
      yield* waitFor("second's packet", () => second.packets.length === 12)
      yield* realSleep(50)
      assert.strictEqual(viewer.packets.length, 11)
    }), 30_000)
})
