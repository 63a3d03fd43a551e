/** The pure parts of the CLI and of the shared-namespace decision, without processes. */
import { DataTrackFrame } from "@effect-livekit/core"
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import * as Format from "../../packages/cli/src/Format.ts"
import { syntheticFrame } from "../../packages/cli/src/PublishCommand.ts"
import { grantsOf } from "../../packages/cli/src/TokenCommand.ts"

describe("Isolation.decideShared", () => {
  const root: Isolation.Environment = { platform: "linux", uid: 0, env: {}, hasVethPair: false }
  const exists = (name: string): boolean => name === "effect-livekit" || name === "mine"

  it("joins the shared namespace for a loopback URL when it exists", () => {
    for (const url of ["ws://127.0.0.1:7880", "ws://localhost:7880", "http://[::1]:7880", "ws://127.1.2.3"]) {
      assert.deepStrictEqual(Isolation.decideShared(url, root, exists), { _tag: "Join", name: "effect-livekit" }, url)
    }
    const named = { ...root, env: { [Isolation.SHARED_NAMESPACE_ENV]: "mine" } }
    assert.deepStrictEqual(Isolation.decideShared("ws://127.0.0.1:7880", named, exists), { _tag: "Join", name: "mine" })
  })

  it("runs in place for remote URLs, without the namespace, when isolated already, or not root on Linux", () => {
    const reason = (url: string, environment: Isolation.Environment, has = exists) => {
      const decision = Isolation.decideShared(url, environment, has)
      return decision._tag === "InPlace" ? decision.reason : "join"
    }
    assert.match(reason("wss://x.livekit.cloud", root), /not on this machine's loopback/)
    assert.match(reason("ws://10.0.0.5:7880", root), /not on this machine's loopback/)
    assert.match(reason("ws://127.0.0.1:7880", root, () => false), /no network namespace "effect-livekit"/)
    assert.match(
      reason("ws://127.0.0.1:7880", { ...root, env: { EFFECT_LIVEKIT_NETNS: "1" }, hasVethPair: true }),
      /already isolated/
    )
    assert.match(reason("ws://127.0.0.1:7880", { ...root, uid: 1000 }), /need root/)
    assert.match(reason("ws://127.0.0.1:7880", { ...root, platform: "darwin" }), /need Linux/)
  })

  it("ignores a namespace name that `ip netns` would not take", () => {
    assert.strictEqual(Isolation.sharedNamespaceName({ [Isolation.SHARED_NAMESPACE_ENV]: "../etc" }), "effect-livekit")
    assert.strictEqual(Isolation.sharedNamespaceName({ [Isolation.SHARED_NAMESPACE_ENV]: "elk-1" }), "elk-1")
    assert.isFalse(Isolation.isLoopbackUrl("not a url"))
  })
})

describe("CLI formatting", () => {
  it("splits <publisher>/<track> at the first slash and refuses anything else", () => {
    assert.deepStrictEqual(Effect.runSync(Format.parseTrackRef("robot/camera/depth")), {
      publisher: "robot",
      name: "camera/depth"
    })
    for (const bad of ["robot", "/track", "robot/"]) {
      assert.isTrue(Exit.isFailure(Effect.runSyncExit(Format.parseTrackRef(bad))), bad)
    }
  })

  it("previews printable UTF-8 as quoted text and anything else as hex", () => {
    assert.strictEqual(Format.preview(new TextEncoder().encode("héllo \"x\"")), `text "héllo \\"x\\""`)
    assert.strictEqual(Format.preview(Uint8Array.of(0, 1, 0xff)), "hex 00 01 ff")
    assert.strictEqual(Format.preview(new Uint8Array(20)), "hex 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 …")
    assert.strictEqual(Format.preview(new TextEncoder().encode("a\nb")), "hex 61 0a 62")
    assert.strictEqual(Format.preview(new TextEncoder().encode("x".repeat(100)), 10), `text "${"x".repeat(10)}…"`)
  })

  it("reads user timestamps in ms or µs, by magnitude when asked to guess", () => {
    const ms = 1_795_538_000_123
    const at = (userTimestamp: bigint) => new DataTrackFrame({ payload: Uint8Array.of(1), userTimestamp })
    assert.strictEqual(Format.sentMillis(at(BigInt(ms)), "auto"), ms)
    assert.strictEqual(Format.sentMillis(at(BigInt(ms) * 1000n), "auto"), ms)
    assert.strictEqual(Format.sentMillis(at(BigInt(ms)), "us"), ms / 1000)
    assert.isUndefined(Format.sentMillis(DataTrackFrame.of(Uint8Array.of(1)), "auto"))
  })

  it("finds the #<n> sequence number of synthetic frames of any size", () => {
    assert.strictEqual(Format.sequenceOf(syntheticFrame(42, 64)), 42)
    assert.strictEqual(syntheticFrame(7, 5).byteLength, 5)
    assert.strictEqual(new TextDecoder().decode(syntheticFrame(7, 40)).length, 40)
    assert.isUndefined(Format.sequenceOf(new TextEncoder().encode("no number")))
    assert.strictEqual(Format.formatBytes(999), "999 B")
    assert.strictEqual(Format.formatBytes(1500), "1.5 kB")
    assert.strictEqual(Format.formatBytes(2_500_000), "2.50 MB")
  })

  it("grants both with neither --publish nor --subscribe, only the one given otherwise", () => {
    assert.deepStrictEqual(grantsOf(false, false), { canPublish: true, canPublishData: true, canSubscribe: true })
    assert.deepStrictEqual(grantsOf(true, false), { canPublish: true, canPublishData: true, canSubscribe: false })
    assert.deepStrictEqual(grantsOf(false, true), { canPublish: false, canPublishData: false, canSubscribe: true })
  })
})
