/**
 * `effect-livekit foxglove` through real processes: the RGB-D camera publishes, the bridge joins the room, and the
 * Foxglove WebSocket protocol's own client (`@foxglove/ws-protocol`, which no one here wrote) connects to it. Channels
 * come and go with the tracks, messages decode with the advertised schemas, the bridge subscribes on LiveKit only
 * while a client watches (the dev server's subscription count says so), and bad client input gets a status message
 * while the other clients go on receiving.
 */
import { createFileRegistry, fromBinary } from "@bufbuild/protobuf"
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt"
import { DevServer } from "@effect-livekit/dev-server"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { DepthPreview, FoxgloveMessages, RgbdMessages } from "@effect-livekit/realsense"
import { assert, describe, it } from "@effect/vitest"
import { type Channel, FoxgloveClient, type MessageData, type StatusMessage } from "@foxglove/ws-protocol"
import { Effect } from "effect"
import { writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { afterAll } from "vitest"
import { baseEnv, CLI, start, stopAll } from "../cli/Process.ts"
import * as Eventually from "./Eventually.ts"

const CAMERA = fileURLToPath(new URL("../../examples/src/camera.ts", import.meta.url))
const TOPICS = ["camera/camera/color", "camera/camera/depth", "camera/camera/depth/camera_info", "camera/camera/pose"]

afterAll(() => stopAll())

/** A Foxglove client and everything it was told. */
const connect = (url: string) =>
  Effect.acquireRelease(
    Effect.promise(() =>
      new Promise<{
        readonly client: FoxgloveClient
        readonly channels: Map<number, Channel>
        readonly unadvertised: Array<number>
        readonly messages: Array<MessageData>
        readonly statuses: Array<StatusMessage>
        readonly ws: WebSocket
      }>((resolve, reject) => {
        const ws = new WebSocket(url, [FoxgloveClient.SUPPORTED_SUBPROTOCOL])
        // The DOM typing of send takes ArrayBuffer-backed views only; the client sends nothing else.
        const client = new FoxgloveClient({
          ws: ws as unknown as ConstructorParameters<typeof FoxgloveClient>[0]["ws"]
        })
        const state = {
          client,
          channels: new Map<number, Channel>(),
          unadvertised: [] as Array<number>,
          messages: [] as Array<MessageData>,
          statuses: [] as Array<StatusMessage>,
          ws
        }
        client.on("advertise", (channels) => channels.forEach((c) => state.channels.set(c.id, c)))
        client.on("unadvertise", (ids) => state.unadvertised.push(...ids))
        client.on("message", (message) => state.messages.push(message))
        client.on("status", (status) => state.statuses.push(status))
        client.on("open", () => resolve(state))
        client.on("error", (error) => reject(error))
      })
    ),
    ({ client }) => Effect.sync(() => client.close())
  )

const until = (ok: () => boolean, what: string) => Eventually.until(Effect.sync(ok), (done) => done, what)

/** Decodes a message with the schema its channel advertised (a base64 FileDescriptorSet). */
const decode = (channel: Channel, data: ArrayBufferView): Record<string, unknown> => {
  assert.strictEqual(channel.schemaEncoding, "protobuf")
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, Buffer.from(channel.schema, "base64")))
  const type = registry.getMessage(channel.schemaName)
  assert.isDefined(type, `${channel.schemaName} in the advertised schema`)
  return fromBinary(type!, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) as unknown as Record<
    string,
    unknown
  >
}

/**
 * The camera (10 fps, with `cameraArgs`) and `effect-livekit foxglove` (with `bridgeArgs`) in `room` of the test's dev
 * server, as processes; the bridge's URL once it serves, and the server's subscription count.
 */
const cameraAndBridge = (room: string, cameraArgs: ReadonlyArray<string>, bridgeArgs: ReadonlyArray<string> = []) =>
  Effect.gen(function*() {
    yield* Isolation.requireIsolation()
    const server = yield* DevServer
    const env = baseEnv({
      LIVEKIT_URL: server.url,
      LIVEKIT_API_KEY: server.apiKey,
      LIVEKIT_API_SECRET: server.apiSecret
    })
    const camera = start(CAMERA, [...cameraArgs, "--fps", "10", "--room", room], { env })
    yield* Effect.promise(() => camera.waitFor(/^ready$/m, { stream: "stdout", timeoutMs: 30_000 }))
    const bridge = start(CLI, ["foxglove", "--port", "0", "--room", room, ...bridgeArgs], { env })
    const url = (yield* Effect.promise(() =>
      bridge.waitFor(/open (ws:\/\/\S+)/, { stream: "stderr", timeoutMs: 30_000 })
    ))[1]!
    return { camera, bridge, url, subscriptions: Effect.map(server.stats, (stats) => stats.subscriptions) }
  })

const Live = DevServer.layer({ port: 0 })

describe("effect-livekit foxglove", () => {
  it.live(
    "advertises the camera's tracks, streams them decoded while watched, and only then subscribes on LiveKit",
    () =>
      Effect.gen(function*() {
        const { camera, subscriptions, url } = yield* cameraAndBridge("fox", [
          "--wait-for-go",
          "--seconds",
          "5"
        ])

        const watcher = yield* connect(url)
        yield* until(
          () => TOPICS.every((topic) => [...watcher.channels.values()].some((c) => c.topic === topic)),
          "four channels"
        )
        const byTopic = (topic: string) => [...watcher.channels.values()].find((c) => c.topic === topic)!
        assert.deepStrictEqual(
          TOPICS.map((topic) => [topic, byTopic(topic).encoding, byTopic(topic).schemaName]),
          [
            ["camera/camera/color", "protobuf", "foxglove.CompressedImage"],
            ["camera/camera/depth", "protobuf", "foxglove.RawImage"],
            ["camera/camera/depth/camera_info", "protobuf", "foxglove.CameraCalibration"],
            ["camera/camera/pose", "protobuf", "foxglove.PoseInFrame"]
          ]
        )
        // Advertised, not watched: nothing subscribed on LiveKit.
        assert.strictEqual(yield* subscriptions, 0)

        const depth = byTopic("camera/camera/depth")
        const subscription = watcher.client.subscribe(depth.id)
        const subscribed = yield* Eventually.settle(subscriptions, (n) => n === 1)
        assert.strictEqual(subscribed, 1, "the bridge subscribed to the depth track once watched")
        // The other three topics, watched too.
        const others = new Map(
          ["camera/camera/color", "camera/camera/pose", "camera/camera/depth/camera_info"].map((topic) => [
            topic,
            watcher.client.subscribe(byTopic(topic).id)
          ])
        )
        assert.strictEqual(
          yield* Eventually.settle(subscriptions, (n) => n >= 4),
          4,
          "one LiveKit subscription per watched channel"
        )
        // Give the LiveKit subscriptions' paths a moment, then stream: 5 s at 10 Hz.
        yield* Effect.sleep("1 second")
        camera.write("go\n", true)
        const cameraExit = yield* Effect.promise(() => camera.exited).pipe(Effect.timeout("30 seconds"))
        assert.strictEqual(cameraExit.code, 0, cameraExit.stderr)
        const stats = /^stats (.*)$/m.exec(cameraExit.stdout)
        const pushed = (JSON.parse(stats![1]!) as { tracks: { depth: { pushed: number } } }).tracks.depth.pushed
        // The tracks go: every channel is unadvertised.
        yield* until(() => TOPICS.every((topic) => watcher.unadvertised.includes(byTopic(topic).id)), "unadvertise")
        const depthMessages = watcher.messages.filter((m) => m.subscriptionId === subscription)
        console.log(`[foxglove] depth frames pushed ${pushed}, received through the bridge ${depthMessages.length}`)
        assert.strictEqual(pushed, 50)
        assert.isAtLeast(depthMessages.length, 45, "at least 90 % of the depth frames")
        for (const message of depthMessages) {
          const image = decode(depth, message.data)
          assert.deepInclude(image, { width: 424, height: 240, encoding: "16UC1" })
        }
        // Each other topic's messages decode with its channel's schema as what the camera sent.
        const decoded = (topic: string) =>
          watcher.messages.filter((m) => m.subscriptionId === others.get(topic)).map((m) =>
            decode(byTopic(topic), m.data)
          )
        const colour = decoded("camera/camera/color")
        assert.isAbove(colour.length, 0)
        for (const image of colour) {
          assert.strictEqual(image["format"], "jpeg")
          assert.deepStrictEqual(Array.from((image["data"] as Uint8Array).subarray(0, 2)), [0xff, 0xd8])
        }
        const poses = decoded("camera/camera/pose")
        assert.isAtLeast(poses.length, 45)
        for (const pose of poses) assert.strictEqual(pose["frameId"], "world")
        const calibrations = decoded("camera/camera/depth/camera_info")
        assert.isAtLeast(calibrations.length, 45)
        for (const info of calibrations) assert.deepInclude(info, { width: 424, height: 240 })
        // What a Foxglove client sees of the last depth frame, rendered (the README's picture, with FOXGLOVE_DEPTH_PNG).
        const keep = process.env["FOXGLOVE_DEPTH_PNG"]
        if (keep !== undefined) {
          const last = depthMessages.at(-1)!.data
          const bytes = new Uint8Array(last.buffer, last.byteOffset, last.byteLength)
          writeFileSync(
            keep,
            DepthPreview.depthPng(RgbdMessages.depthFromImage(FoxgloveMessages.decodeRawImage(bytes)))
          )
        }
        // Timestamps are the camera's capture times (µs on the wire, ns here), within the run.
        const first = depthMessages[0]!.timestamp
        assert.isTrue(first > BigInt(Date.now() - 60_000) * 1_000_000n && first < BigInt(Date.now()) * 1_000_000n)
        assert.strictEqual(yield* subscriptions, 0, "the track is gone, and so is the subscription")
      }).pipe(Effect.scoped, Effect.provide(Live)),
    90_000
  )

  it.live(
    "answers bad client input with a status message, survives a client leaving mid-stream, and unsubscribes on LiveKit when the last watcher leaves",
    () =>
      Effect.gen(function*() {
        const { bridge, camera, subscriptions, url } = yield* cameraAndBridge("fox-bad", ["--seconds", "60"], [
          "camera/depth"
        ])

        const good = yield* connect(url)
        const bad = yield* connect(url)
        yield* until(
          () => good.channels.size === 1 && bad.channels.size === 1,
          "the one channel named on the command line"
        )
        const depth = [...good.channels.values()][0]!
        assert.strictEqual(depth.topic, "camera/camera/depth")
        const subscription = good.client.subscribe(depth.id)
        yield* until(() => good.messages.length > 0, "depth frames to the good client")
        yield* Effect.promise(() =>
          bridge.waitFor(/^status: 2 clients, 1 channels, 1 subscribed, [\d.]+ frames\/s/m, { stream: "stderr" })
        )

        const statusesBefore = bad.statuses.length
        bad.ws.send("not json")
        bad.ws.send(JSON.stringify({ op: "subscribe" }))
        bad.ws.send(JSON.stringify({ op: "advertise", channels: [] }))
        bad.ws.send(new Uint8Array([1, 0, 0, 0, 0, 42]))
        bad.client.subscribe(9999) // well formed, but no such channel
        yield* until(() => bad.statuses.length >= statusesBefore + 5, "a status message per bad request")
        assert.deepStrictEqual(
          bad.statuses.slice(statusesBefore).map((status) => status.message.split(":")[0]),
          [
            "malformed or unsupported request (only subscribe and unsubscribe)",
            "malformed or unsupported request (only subscribe and unsubscribe)",
            "malformed or unsupported request (only subscribe and unsubscribe)",
            "binary client messages are not supported (this server only publishes)",
            "Channel 9999 is not available; ignoring subscription\","
          ]
        )
        assert.deepStrictEqual(good.statuses, [])

        // The second watcher shares the LiveKit subscription, then vanishes mid-stream.
        bad.client.subscribe(depth.id)
        yield* until(() => bad.messages.length > 0, "depth frames to the second client")
        assert.strictEqual(yield* subscriptions, 1, "one LiveKit subscription for two watchers")
        bad.ws.close()
        const received = good.messages.length
        yield* until(() => good.messages.length >= received + 10, "frames still flowing to the first client")
        assert.strictEqual(yield* subscriptions, 1)

        // The last watcher leaves: the bridge unsubscribes on LiveKit; the channel stays advertised.
        good.client.unsubscribe(subscription)
        assert.strictEqual(
          yield* Eventually.settle(subscriptions, (n) => n === 0, { timeoutMs: 10_000 }),
          0,
          "unsubscribed on LiveKit"
        )
        assert.deepStrictEqual(good.unadvertised, [])
        assert.strictEqual(bridge.child.exitCode, null, "the bridge still serves")
        yield* Effect.promise(() => camera.stop())
      }).pipe(Effect.scoped, Effect.provide(Live)),
    90_000
  )
})
