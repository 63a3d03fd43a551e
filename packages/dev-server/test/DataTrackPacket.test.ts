import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Effect, Result, Schema } from "effect"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Packet from "../src/DataTrackPacket.ts"

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/packets/${name}`, import.meta.url))))

const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text.replaceAll(/\s/g, ""), "hex"))

const int = (minimum: number, maximum: number) =>
  Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum, maximum })))
const u8 = int(0, 0xff)
const u16 = int(0, 0xffff)
const bytes = (options: Arbitrary.ArrayOptions) =>
  Arbitrary.map(Arbitrary.array(u8, options), (a) => Uint8Array.from(a))
const bool = Arbitrary.schema(Schema.Boolean)
const optional = <A>(arbitrary: Arbitrary.Arbitrary<A>): Arbitrary.Arbitrary<A | undefined> =>
  Arbitrary.flatMap(bool, (present) => present ? arbitrary : Arbitrary.Constant(undefined))

const e2ee: Arbitrary.Arbitrary<Packet.E2eeExtension> = Arbitrary.map(
  Arbitrary.all({ keyIndex: u8, iv: bytes({ minLength: 12, maxLength: 12 }) }),
  ({ iv, keyIndex }) => ({ keyIndex, iv })
)
const userTimestamp = Arbitrary.schema(
  Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 0xffff_ffff_ffff_ffffn }))
)

const packet: Arbitrary.Arbitrary<Packet.Packet> = Arbitrary.map(
  Arbitrary.all({
    start: bool,
    final: bool,
    trackHandle: int(1, 0xffff),
    sequence: u16,
    frameNumber: u16,
    timestamp: int(0, 0xffff_ffff),
    e2ee: optional(e2ee),
    userTimestamp: optional(userTimestamp),
    payload: bytes({ maxLength: 3000 })
  }),
  ({ e2ee, payload, userTimestamp, ...header }) => ({
    header: {
      ...header,
      extensions: {
        ...(e2ee === undefined ? {} : { e2ee }),
        ...(userTimestamp === undefined ? {} : { userTimestamp })
      }
    },
    payload
  })
)

const parseOk = (input: Uint8Array): Packet.Packet => {
  const result = Packet.parse(input)
  if (Result.isFailure(result)) return assert.fail(result.failure.message)
  return result.success
}

const parseError = (input: Uint8Array): Packet.MalformedPacket => {
  const result = Packet.parse(input)
  if (Result.isSuccess(result)) return assert.fail("expected a MalformedPacket")
  return result.failure
}

/** The packet of the spec / the Rust serializer test: both extensions, 1024-byte payload. */
const specPacket: Packet.Packet = {
  header: {
    start: false,
    final: true,
    trackHandle: 0x8811,
    sequence: 0x4422,
    frameNumber: 0x4411,
    timestamp: 0x44221188,
    extensions: {
      e2ee: { keyIndex: 0xfa, iv: new Uint8Array(12).fill(0x3c) },
      userTimestamp: 0x4411221111118811n
    }
  },
  payload: new Uint8Array(1024).fill(0xfa)
}

const specHeader = hex(`
  0c 00 88 11 44 22 44 11 44 22 11 88
  00 06
  01 0d fa 3c 3c 3c 3c 3c 3c 3c 3c 3c 3c 3c 3c
  02 08 44 11 22 11 11 11 88 11
  00
`)

/** Parse never throws; a success is self-consistent and survives a serialize/parse round trip. */
const checkTotal = (input: Uint8Array): boolean => {
  const result = Packet.parse(input)
  if (Result.isFailure(result)) {
    assert.strictEqual(result.failure._tag, "MalformedPacket")
    assert.strictEqual(result.failure.length, input.length)
    return true
  }
  const { header, payload } = result.success
  assert.strictEqual(Packet.trackHandle(input), header.trackHandle)
  assert.isTrue(payload.length <= input.length - Packet.BASE_HEADER_LENGTH)
  assert.deepStrictEqual(payload, input.subarray(input.length - payload.length))
  const again = parseOk(Packet.serialize(result.success))
  assert.deepStrictEqual(again, result.success)
  return true
}

/** The spec packet with other extensions and no payload. */
const only = (extensions: Packet.Extensions) => ({
  header: { ...specPacket.header, extensions },
  payload: new Uint8Array(0)
})

const bad = (header: Partial<Packet.Header>) => () =>
  Packet.serialize({ header: { ...specPacket.header, ...header }, payload: new Uint8Array(0) })

/** A packet with X set, handle 1 and the given extension block (starting with L). */
const withBlock = (block: string) => hex(`04 00 00 01 00 00 00 00 00 00 00 00 ${block}`)

describe("DataTrackPacket", () => {
  describe("spec example", () => {
    it("serializes byte for byte: 40-byte header with L = 6, 1064 bytes in all", () => {
      const bytes = Packet.serialize(specPacket)
      assert.strictEqual(specHeader.length, 40)
      assert.strictEqual(Packet.headerLength(specPacket.header), 40)
      assert.strictEqual(bytes.length, 1064)
      assert.deepStrictEqual(bytes.subarray(0, 40), specHeader)
      assert.deepStrictEqual(bytes.subarray(40), specPacket.payload)
      assert.deepStrictEqual(bytes, fixture("spec-example.bin"))
    })

    it("parses back to the same packet, the payload being a view", () => {
      const bytes = fixture("spec-example.bin")
      const parsed = parseOk(bytes)
      assert.deepStrictEqual(parsed, specPacket)
      assert.strictEqual(parsed.payload.buffer, bytes.buffer)
      assert.strictEqual(parsed.payload.byteOffset, bytes.byteOffset + 40)
    })

    it("parses the base-header example of the Rust tests", () => {
      const parsed = parseOk(hex("08 00 88 11 44 22 44 11 44 22 11 88"))
      assert.deepStrictEqual(parsed.header, {
        start: false,
        final: true,
        trackHandle: 0x8811,
        sequence: 0x4422,
        frameNumber: 0x4411,
        timestamp: 0x44221188,
        extensions: {}
      })
      assert.strictEqual(parsed.payload.length, 0)
    })

    it("maps S and F to bits 4 and 3 of byte 0, X to bit 2", () => {
      const base = { ...specPacket.header, extensions: {} }
      const first = (start: boolean, final: boolean) =>
        Packet.serialize({ header: { ...base, start, final }, payload: new Uint8Array(0) })[0]
      assert.deepStrictEqual([first(false, false), first(true, false), first(false, true), first(true, true)], [
        0x00,
        0x10,
        0x08,
        0x18
      ])
      assert.strictEqual(Packet.serialize(specPacket)[0], 0x0c)
    })

    it("pads to a word: one extension each", () => {
      // user timestamp: 2 + 10 bytes -> 3 words, L = 2, no padding
      assert.deepStrictEqual(
        Packet.serialize(only({ userTimestamp: 1n })),
        hex("0c 00 88 11 44 22 44 11 44 22 11 88  00 02  02 08 00 00 00 00 00 00 00 01")
      )
      // e2ee: 2 + 15 bytes -> 5 words, L = 4, 3 bytes of padding
      const e2ee = Packet.serialize(only({ e2ee: { keyIndex: 7, iv: new Uint8Array(12).fill(1) } }))
      assert.strictEqual(e2ee.length, 32)
      assert.deepStrictEqual(e2ee.subarray(12, 17), hex("00 04 01 0d 07"))
      assert.deepStrictEqual(e2ee.subarray(29), hex("00 00 00"))
    })
  })

  describe("errors", () => {
    it("truncation at every length of the spec example", () => {
      const bytes = fixture("spec-example.bin")
      for (let n = 0; n <= bytes.length; n++) {
        const result = Packet.parse(bytes.subarray(0, n))
        if (n < 12) assert.strictEqual(parseError(bytes.subarray(0, n)).reason, "TooShort")
        else if (n < 14) assert.strictEqual(parseError(bytes.subarray(0, n)).reason, "MissingExtensionLength")
        else if (n < 40) assert.strictEqual(parseError(bytes.subarray(0, n)).reason, "ExtensionOverflow")
        else {
          assert.isTrue(Result.isSuccess(result))
          assert.strictEqual(parseOk(bytes.subarray(0, n)).payload.length, n - 40)
        }
      }
    })

    it("rejects every version but 0", () => {
      for (let version = 1; version < 8; version++) {
        const bytes = fixture("spec-example.bin").slice()
        bytes[0] = (version << 5) | (bytes[0]! & 0x1f)
        const error = parseError(bytes)
        assert.strictEqual(error.reason, "UnsupportedVersion")
        assert.strictEqual(error.detail, version)
        assert.isUndefined(Packet.trackHandle(bytes))
      }
    })

    it("rejects handle 0", () => {
      const bytes = hex("18 00 00 00 00 01 00 01 00 00 00 01 ff")
      assert.strictEqual(parseError(bytes).reason, "ZeroHandle")
      assert.isUndefined(Packet.trackHandle(bytes))
    })

    it("huge extension lengths", () => {
      const header = hex("04 00 00 01 00 00 00 00 00 00 00 00 ff ff")
      assert.strictEqual(parseError(header).reason, "ExtensionOverflow")
      // L = 0xffff announces 262,144 bytes: all padding is valid
      const exact = new Uint8Array(12 + 4 * 0x10000)
      exact.set(header)
      assert.strictEqual(parseOk(exact).payload.length, 0)
      assert.strictEqual(parseError(exact.subarray(0, exact.length - 1)).reason, "ExtensionOverflow")
    })

    it("extension entries overrunning their block", () => {
      // L = 0: 2 bytes of block, a user timestamp entry announcing 8
      const error = parseError(hex("04 00 00 01 00 00 00 00 00 00 00 00 00 00 02 08"))
      assert.strictEqual(error.reason, "MalformedExtension")
      assert.strictEqual(error.detail, 2)
      // unknown tag 9 announcing more than the block holds
      assert.strictEqual(parseError(hex("04 00 00 01 00 00 00 00 00 00 00 00 00 01 09 05 00 00 00 00")).detail, 9)
      // payload bytes after the block do not count: the entry still overruns its block
      assert.strictEqual(
        parseError(hex("04 00 00 01 00 00 00 00 00 00 00 00 00 00 02 08 ff ff ff ff ff ff ff ff")).reason,
        "MalformedExtension"
      )
    })

    it.effect("is a typed error in Effect", () =>
      Effect.gen(function*() {
        const reason = yield* Effect.fromResult(Packet.parse(new Uint8Array(3))).pipe(
          Effect.map(() => "parsed"),
          Effect.catchTag("MalformedPacket", (error) => Effect.succeed(error.reason))
        )
        assert.strictEqual(reason, "TooShort")
      }))

    it("malformed fixtures", () => {
      const cases = JSON.parse(
        readFileSync(fileURLToPath(new URL("./fixtures/packets/malformed.json", import.meta.url)), "utf8")
      ) as ReadonlyArray<{
        readonly name: string
        readonly hex: string
        readonly reason: Packet.MalformedReason
        readonly detail?: number
      }>
      assert.isAbove(cases.length, 5)
      for (const c of cases) {
        const error = parseError(hex(c.hex))
        assert.strictEqual(error.reason, c.reason, c.name)
        assert.strictEqual(error.detail, c.detail, c.name)
      }
    })

    it("serialize rejects out-of-range fields", () => {
      assert.throws(bad({ trackHandle: 0 }), RangeError)
      assert.throws(bad({ trackHandle: 0x10000 }), RangeError)
      assert.throws(bad({ sequence: -1 }), RangeError)
      assert.throws(bad({ frameNumber: 1.5 }), RangeError)
      assert.throws(bad({ timestamp: 2 ** 32 }), RangeError)
      assert.throws(bad({ extensions: { userTimestamp: 2n ** 64n } }), RangeError)
      assert.throws(bad({ extensions: { e2ee: { keyIndex: 256, iv: new Uint8Array(12) } } }), RangeError)
      assert.throws(bad({ extensions: { e2ee: { keyIndex: 1, iv: new Uint8Array(11) } } }), RangeError)
    })
  })

  describe("extensions (Rust deserializer cases)", () => {
    it("skips padding-only blocks of 0, 1 and 24 words", () => {
      for (const words of [0, 1, 24]) {
        const bytes = new Uint8Array(12 + 4 * (words + 1))
        bytes.set(withBlock(`00 ${words.toString(16).padStart(2, "0")}`))
        const parsed = parseOk(bytes)
        assert.deepStrictEqual(parsed.header.extensions, {})
        assert.strictEqual(parsed.payload.length, 0)
      }
    })

    it("keeps the known prefix of a longer entry", () => {
      const parsed = parseOk(withBlock("00 03  02 0c 44 11 22 11 11 11 88 11 ff ff ff ff"))
      assert.strictEqual(parsed.header.extensions.userTimestamp, 0x4411221111118811n)
    })

    it("skips a known tag with a shorter length, and unknown tags", () => {
      assert.deepStrictEqual(parseOk(withBlock("00 01  02 04 3c 3c 3c 3c")).header.extensions, {})
      assert.deepStrictEqual(parseOk(withBlock("00 01  08 00 00 00 00 00")).header.extensions, {})
    })

    it("skips padding bytes before an entry", () => {
      const parsed = parseOk(withBlock("00 03  00 00 02 08 00 00 00 00 00 00 00 2a 00 00"))
      assert.strictEqual(parsed.header.extensions.userTimestamp, 42n)
    })

    it("the last occurrence of a tag wins", () => {
      const parsed = parseOk(withBlock("00 05  02 08 00 00 00 00 00 00 00 01  02 08 00 00 00 00 00 00 00 02 00 00"))
      assert.strictEqual(parsed.header.extensions.userTimestamp, 2n)
    })
  })

  describe("properties", () => {
    it.prop("serialize -> parse is the identity", [packet], ([p]) => {
      const bytes = Packet.serialize(p)
      assert.strictEqual(bytes.length, Packet.headerLength(p.header) + p.payload.length)
      assert.strictEqual((Packet.headerLength(p.header) - 12) % 4, 0)
      assert.deepStrictEqual(parseOk(bytes), p)
      assert.strictEqual(Packet.trackHandle(bytes), p.header.trackHandle)
    }, { arbitrary: { runs: 300, size: 1500 } })

    it.prop("parse is total on random bytes", [bytes({ maxLength: 200 })], ([input]) => checkTotal(input), {
      arbitrary: { runs: 2000, size: 200 }
    })

    it.prop("parse is total on random bytes with a plausible header", [
      bytes({ minLength: 12, maxLength: 120 }),
      u8
    ], ([input, flags]) => {
      const mutated = input.slice()
      mutated[0] = flags & 0x1f // version 0, any flags
      return checkTotal(mutated)
    }, { arbitrary: { runs: 2000, size: 120 } })

    it.prop("parse is total on mutated valid packets", [
      packet,
      Arbitrary.array(Arbitrary.all([u16, u8]), { maxLength: 8 })
    ], ([p, edits]) => {
      const bytes = Packet.serialize(p)
      for (const [at, value] of edits) bytes[at % bytes.length] = value
      return checkTotal(bytes)
    }, { arbitrary: { runs: 1000, size: 60 } })

    it.prop("parse is total on truncated valid packets", [packet, u16], ([p, cut]) => {
      const bytes = Packet.serialize(p)
      return checkTotal(bytes.subarray(0, cut % (bytes.length + 1)))
    }, { arbitrary: { runs: 1000, size: 60 } })

    it.prop(
      "rewriteHandle changes bytes 2-3 only, leaving the input alone",
      [packet, int(1, 0xffff)],
      ([p, handle]) => {
        const original = Packet.serialize(p)
        const input = Buffer.from(original) // what a data channel hands out: Buffer#slice would be a view
        const out = Packet.rewriteHandle(input, handle)
        assert.deepStrictEqual(new Uint8Array(input), original)
        assert.notStrictEqual(out.buffer, input.buffer)
        assert.strictEqual(out.length, original.length)
        assert.strictEqual(Packet.trackHandle(out), handle)
        assert.deepStrictEqual(out.subarray(0, 2), original.subarray(0, 2))
        assert.deepStrictEqual(out.subarray(4), original.subarray(4))
        assert.deepStrictEqual(parseOk(out), { ...p, header: { ...p.header, trackHandle: handle } })
        assert.strictEqual(Packet.rewriteHandleInPlace(input, handle), input)
        assert.deepStrictEqual(new Uint8Array(input), out)
      },
      { arbitrary: { runs: 300, size: 60 } }
    )
  })

  it("rewriteHandle rejects what it cannot rewrite", () => {
    assert.throws(() => Packet.rewriteHandle(new Uint8Array(11), 1), RangeError)
    assert.throws(() => Packet.rewriteHandle(new Uint8Array(12), 0), RangeError)
    assert.throws(() => Packet.rewriteHandleInPlace(new Uint8Array(12), 0x10000), RangeError)
  })
})
