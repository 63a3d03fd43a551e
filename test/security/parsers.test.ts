/**
 * Property-based and mutation fuzzing of the dev server's parsers: the data-track packet parser, the signalling
 * decoder and the join-request decoder, seeded from recorded traces (test/security/fixtures). Every input must give
 * a value or a typed failure — never a throw, never a defect — and the packet forwarder must never deliver a
 * malformed packet, a packet for an unknown handle, or anything across rooms or to a participant without the grant.
 */
import { DataTrackPacket, Forwarder, RoomState, SignalCodec } from "@effect-livekit/dev-server"
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Effect, Exit, Result, Schema } from "effect"
import { readFileSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { mutateN, prng } from "./Fuzz.ts"

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
const specPacket = new Uint8Array(fixture("spec-example.bin"))
const rustOffer = fixture("rust-client-publisher-offer.sdp").toString("utf8")

const ITERATIONS = 5_000

/** Runs `decode` and classifies: "ok", a typed failure, or a defect/throw (the bug this suite hunts). */
const outcome = <A, E>(decode: () => Effect.Effect<A, E>): "ok" | "failure" | "defect" => {
  let exit: Exit.Exit<A, E>
  try {
    exit = Effect.runSyncExit(decode())
  } catch {
    return "defect"
  }
  if (Exit.isSuccess(exit)) return "ok"
  return exit.cause.reasons.every((r) => r._tag === "Fail") ? "failure" : "defect"
}

/** Seeds: one encoded SignalRequest of every kind the server handles, with the values real clients send. */
const signalSeeds: ReadonlyArray<Uint8Array> = [
  { offer: { type: "offer", sdp: rustOffer, id: 2 } },
  { answer: { type: "answer", sdp: "v=0\r\n", id: 1 } },
  {
    trickle: {
      candidateInit:
        "{\"sdpMid\":\"6\",\"sdpMLineIndex\":6,\"candidate\":\"candidate:635161270 1 udp 2122260223 10.77.0.1 39011 typ host\"}",
      target: 0
    }
  },
  { leave: { canReconnect: false, reason: 1, action: 0 } },
  { ping: 1_700_000_000_000 },
  { pingReq: { timestamp: 1_700_000_000_000, rtt: 3 } },
  { publishDataTrackRequest: { pubHandle: 1, name: "telemetry", encryption: 0 } },
  { unpublishDataTrackRequest: { pubHandle: 1 } },
  { updateDataSubscription: { updates: [{ trackSid: "DTR_0123456789ab", subscribe: true }] } },
  { storeDataBlobRequest: { requestId: 7, blob: { key: { generic: "k" }, contents: new Uint8Array(64) } } },
  { getDataBlobRequest: { requestId: 8, participantIdentity: "robot", key: { generic: "k" } } }
].map((request) => SignalCodec.encodeSignalRequest(request))

const joinSeed = SignalCodec.encodeWrappedJoinRequest({
  clientInfo: { sdk: "RUST", version: "0.12.75", protocol: 16, os: "linux" },
  connectionSettings: { autoSubscribe: true },
  publisherOffer: { type: "offer", sdp: rustOffer, id: 1 }
}, (b) => gzipSync(b))

const bytesArb = (maxLength: number) =>
  Arbitrary.map(
    Arbitrary.array(Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 255 }))), { maxLength }),
    (a) => Uint8Array.from(a)
  )

describe("data-track packet parser", () => {
  it("mutations of a valid packet parse or fail with a reason, never throw", () => {
    const rng = prng(0xda7a)
    const reasons: Record<string, number> = {}
    for (let i = 0; i < ITERATIONS; i++) {
      const input = mutateN(rng, specPacket, 1 + rng.int(4))
      let result: Result.Result<DataTrackPacket.Packet, DataTrackPacket.MalformedPacket>
      try {
        result = DataTrackPacket.parse(input)
      } catch (cause) {
        throw new Error(`parse threw on ${Buffer.from(input).toString("hex")}`, { cause })
      }
      const key = Result.isSuccess(result) ? "ok" : result.failure.reason
      reasons[key] = (reasons[key] ?? 0) + 1
      // whatever parses has a sane shape (a non-zero handle, a payload inside the input), and the forwarder's fast
      // path agrees with the parser on the handle
      const sane = Result.isFailure(result) || (result.success.header.trackHandle > 0 &&
        result.success.payload.length <= input.length &&
        DataTrackPacket.trackHandle(input) === result.success.header.trackHandle)
      expect(sane).toBe(true)
    }
    console.log(`[security] packet parser, ${ITERATIONS} mutations: ${JSON.stringify(reasons)}`)
    expect(reasons["ok"] ?? 0).toBeGreaterThan(0)
  })

  it("wrong versions, zero handles and huge extension lengths are refused with their reason", () => {
    const withVersion = (v: number) => {
      const p = specPacket.slice()
      p[0] = (p[0]! & 0x1f) | (v << 5)
      return p
    }
    for (let v = 1; v < 8; v++) {
      const r = DataTrackPacket.parse(withVersion(v))
      expect(Result.isFailure(r) && r.failure.reason).toBe("UnsupportedVersion")
      expect(DataTrackPacket.trackHandle(withVersion(v))).toBeUndefined()
    }
    const zero = specPacket.slice()
    zero[2] = 0
    zero[3] = 0
    const z = DataTrackPacket.parse(zero)
    expect(Result.isFailure(z) && z.failure.reason).toBe("ZeroHandle")
    expect(DataTrackPacket.trackHandle(zero)).toBeUndefined()
    // X set with L = 0xffff: a 262,140-byte extension block announced in a short packet
    const huge = Uint8Array.from([0x1c, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0xff, 0xff, 0, 0, 0, 0])
    const h = DataTrackPacket.parse(huge)
    expect(Result.isFailure(h) && h.failure.reason).toBe("ExtensionOverflow")
    for (let n = 0; n < 12; n++) {
      const t = DataTrackPacket.parse(specPacket.subarray(0, n))
      expect(Result.isFailure(t) && t.failure.reason).toBe("TooShort")
    }
  })

  it.prop("random bytes never make the parser throw", [bytesArb(300)], ([input]) => {
    const r = DataTrackPacket.parse(input)
    return Result.isSuccess(r) || Result.isFailure(r)
  }, { arbitrary: { runs: 2_000 } })
})

describe("signalling decoder", () => {
  it("mutations of every request kind decode or fail typed, never defect", () => {
    const rng = prng(0x5167)
    const counts = { ok: 0, failure: 0, defect: 0 }
    for (let i = 0; i < ITERATIONS; i++) {
      const seed = signalSeeds[rng.int(signalSeeds.length)]!
      const input = mutateN(rng, seed, 1 + rng.int(4))
      const result = outcome(() => SignalCodec.decodeSignalRequest(input))
      if (result === "defect") throw new Error(`decodeSignalRequest defected on ${Buffer.from(input).toString("hex")}`)
      counts[result]++
    }
    console.log(`[security] signalling decoder, ${ITERATIONS} mutations: ${JSON.stringify(counts)}`)
    expect(counts.failure).toBeGreaterThan(0)
    expect(counts.ok).toBeGreaterThan(0)
  })

  it.prop(
    "random bytes decode or fail typed",
    [bytesArb(500)],
    ([input]) => outcome(() => SignalCodec.decodeSignalRequest(input)) !== "defect",
    { arbitrary: { runs: 2_000 } }
  )
})

describe("join-request decoder", () => {
  it("mutations of the base64url parameter and of its gzip body decode or fail typed", () => {
    const rng = prng(0x101e)
    const counts = { ok: 0, failure: 0, defect: 0 }
    const raw = Buffer.from(joinSeed, "base64url")
    for (let i = 0; i < ITERATIONS / 5; i++) {
      const param = i % 2 === 0
        ? Buffer.from(mutateN(rng, raw, 1 + rng.int(3))).toString("base64url")
        : mutateN(rng, new TextEncoder().encode(joinSeed), 1 + rng.int(3)).reduce(
          (s, b) => s + String.fromCharCode(b),
          ""
        )
      const result = outcome(() => SignalCodec.decodeWrappedJoinRequest(param))
      if (result === "defect") throw new Error(`decodeWrappedJoinRequest defected on ${param.slice(0, 200)}`)
      counts[result]++
    }
    console.log(`[security] join-request decoder, ${ITERATIONS / 5} mutations: ${JSON.stringify(counts)}`)
    expect(counts.failure).toBeGreaterThan(0)
  })

  it("a gzip bomb is refused without inflating it", () => {
    const bomb = SignalCodec.encodeWrappedJoinRequest({ metadata: "x".repeat(8 * 1024 * 1024) }, (b) => gzipSync(b))
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(outcome(() => SignalCodec.decodeWrappedJoinRequest(bomb))).toBe("failure")
    expect(outcome(() => SignalCodec.decodeWrappedJoinRequest(joinSeed))).toBe("ok")
  })
})

/** A participant of `room` whose data-track packets land in `inbox`. */
const participant = (room: RoomState.RoomState, identity: string, grants: Partial<RoomState.Permissions> = {}) => {
  const inbox: Array<Uint8Array> = []
  const p = RoomState.join(room, {
    identity,
    name: identity,
    metadata: "",
    attributes: {},
    permissions: { canPublish: true, canSubscribe: true, canPublishData: true, ...grants },
    clientProtocol: 1,
    send: () => {},
    disconnect: () => {},
    dropSignalling: () => {}
  })
  p.sendDataTrack = (bytes) => {
    inbox.push(bytes.slice())
    return true
  }
  return { p, inbox }
}

describe("forwarder", () => {
  it("forwards only well-formed packets of published handles, only to granted subscribers of the same room", async () => {
    const lab = RoomState.makeRoom("lab")
    const other = RoomState.makeRoom("other")
    const robot = participant(lab, "robot")
    const human = participant(lab, "human")
    const mute = participant(lab, "no-subscribe", { canSubscribe: false })
    const stranger = participant(other, "stranger")
    RoomState.publishDataTrack(lab, robot.p, { pubHandle: 1, name: "telemetry", encryption: 0 })
    const sid = lab.tracksBySid.values().next().value!.info.sid
    for (const x of [human, mute]) RoomState.updateDataSubscription(x.p, lab, [{ trackSid: sid, subscribe: true }])
    // a participant of another room asking for the track by SID gets nothing
    RoomState.updateDataSubscription(stranger.p, other, [{ trackSid: sid, subscribe: true }])
    expect(mute.p.subscriptions.size).toBe(0)
    expect(stranger.p.subscriptions.size).toBe(0)
    // forwarding to a new subscription starts once its handle map has gone out (coalesced to the next turn)
    await new Promise((resolve) => setImmediate(resolve))

    const stats = Forwarder.makeStats()
    const rng = prng(0xf0f0)
    let expectedForwards = 0
    for (let i = 0; i < ITERATIONS; i++) {
      const input = i % 10 === 0 ? specPacket : mutateN(rng, specPacket, 1 + rng.int(3))
      // the spec example carries handle 0x8811 upstream; point half of the mutants at the published handle
      const bytes = input.slice()
      if (bytes.length >= 4 && rng.int(2) === 0) {
        bytes[2] = 0
        bytes[3] = 1
      }
      if (DataTrackPacket.trackHandle(bytes) === 1) expectedForwards++
      Forwarder.forward(robot.p, bytes, stats)
      Forwarder.forward(stranger.p, bytes, stats)
    }
    console.log(`[security] forwarder, ${ITERATIONS} mutated packets x 2 publishers: ${JSON.stringify(stats)}`)
    expect(human.inbox.length).toBe(expectedForwards)
    expect(mute.inbox.length).toBe(0)
    expect(stranger.inbox.length).toBe(0)
    expect(robot.inbox.length).toBe(0)
    // every forwarded packet carries the subscriber's handle and is otherwise unchanged
    for (const packet of human.inbox) expect(DataTrackPacket.trackHandle(packet)).toBe(1)
  })
})
