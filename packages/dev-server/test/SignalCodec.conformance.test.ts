/**
 * Conformance of our protobufjs signalling codec with the official `@livekit/protocol` 1.52.1 classes.
 *
 * For every message type the codec defines, values are generated (Effect `Arbitrary`) from the official field
 * list, restricted to the fields our `.proto` subset declares, and checked both ways:
 * official bytes -> our decode -> our encode -> official decode is the same message, and
 * official JSON form -> our encode -> official decode is the same message.
 */
import { assert, describe, it } from "@effect/vitest"
import * as LK from "@livekit/protocol"
import { Arbitrary, Effect, Schema } from "effect"
import { fileURLToPath } from "node:url"
import protobuf from "protobufjs"
import { decodeMessage, encodeMessage, messageTypes } from "../src/SignalCodec.ts"

interface OfficialEnum {
  readonly values: ReadonlyArray<{ readonly no: number }>
}
interface OfficialField {
  readonly no: number
  readonly localName: string
  readonly kind: "scalar" | "enum" | "message" | "map"
  readonly T: unknown
  readonly repeated: boolean
  readonly oneof?: { readonly localName: string } | undefined
  readonly K?: number
  readonly V?: { readonly kind: "scalar" | "enum" | "message"; readonly T: unknown }
}
interface OfficialMessage {
  toBinary(): Uint8Array
  toJson(): unknown
  equals(other: OfficialMessage): boolean
}
interface OfficialType {
  readonly typeName: string
  readonly fields: { list(): ReadonlyArray<OfficialField> }
  new(init?: Record<string, unknown>): OfficialMessage
  fromBinary(bytes: Uint8Array): OfficialMessage
}

const official = LK as unknown as Record<string, OfficialType>

const protoDir = fileURLToPath(new URL("../../../proto/livekit/", import.meta.url))
const ours = protobuf.loadSync([`${protoDir}livekit_rtc.proto`, `${protoDir}livekit_models.proto`])
const ourFieldNumbers = (typeName: string): ReadonlySet<number> =>
  new Set(Object.keys(ours.lookupType(typeName).fieldsById).map(Number))

const officialType = (name: string): OfficialType => {
  const t = official[name.replace(".", "_")]
  if (t === undefined) throw new Error(`no official class for ${name}`)
  return t
}

// ScalarType numbers of protobuf-es
const scalar = (t: number): Arbitrary.Arbitrary<unknown> => {
  switch (t) {
    case 3:
    case 16:
    case 18:
      return Arbitrary.schema(
        Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: -(2n ** 63n), maximum: 2n ** 63n - 1n }))
      )
    case 4:
    case 6:
      return Arbitrary.schema(Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 2n ** 64n - 1n })))
    case 5:
    case 15:
    case 17:
      return Arbitrary.schema(Schema.Int.check(Schema.isInt32()))
    case 7:
    case 13:
      return Arbitrary.schema(Schema.Int.check(Schema.isUint32()))
    case 8:
      return Arbitrary.schema(Schema.Boolean)
    case 9:
      // protobuf strings are UTF-8: lone surrogates cannot be encoded by any implementation
      return Arbitrary.schema(Schema.String).pipe(Arbitrary.filter((s: string) => s.isWellFormed()))
    case 12:
      return Arbitrary.array(Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 255 }))), {
        maxLength: 40
      }).pipe(Arbitrary.map((xs) => Uint8Array.from(xs)))
    default:
      throw new Error(`scalar type ${t} not generated`)
  }
}

const enumValue = (e: unknown): Arbitrary.Arbitrary<unknown> => {
  const values = (e as OfficialEnum).values.map((v) => v.no)
  return Arbitrary.schema(Schema.Literals(values))
}

const optional = <A>(arb: Arbitrary.Arbitrary<A>): Arbitrary.Arbitrary<A | undefined> =>
  Arbitrary.schema(Schema.Boolean).pipe(
    Arbitrary.flatMap((present) => present ? arb : Arbitrary.Constant(undefined))
  )

const valueOf = (kind: "scalar" | "enum" | "message", t: unknown, depth: number): Arbitrary.Arbitrary<unknown> =>
  kind === "scalar" ? scalar(t as number) : kind === "enum" ? enumValue(t) : message(t as OfficialType, depth + 1)

const message = (type: OfficialType, depth = 0): Arbitrary.Arbitrary<OfficialMessage> => {
  const name = type.typeName
  const allowed = ourFieldNumbers(name)
  const fields = type.fields.list().filter((f) => allowed.has(f.no))
  const plain: Record<string, Arbitrary.Arbitrary<unknown>> = {}
  const oneofs = new Map<string, Array<OfficialField>>()
  for (const f of fields) {
    if (f.oneof !== undefined) {
      const group = oneofs.get(f.oneof.localName) ?? []
      group.push(f)
      oneofs.set(f.oneof.localName, group)
    } else if (f.kind === "map") {
      const key = scalar(f.K ?? 9)
      const value = valueOf(f.V?.kind ?? "scalar", f.V?.T, depth)
      plain[f.localName] = Arbitrary.array(Arbitrary.all([key, value]), { maxLength: depth > 2 ? 0 : 3 }).pipe(
        Arbitrary.map((entries) => Object.fromEntries(entries.map(([k, v]) => [String(k), v])))
      )
    } else if (f.repeated) {
      plain[f.localName] = Arbitrary.array(valueOf(f.kind, f.T, depth), { maxLength: depth > 2 ? 0 : 3 })
    } else if (f.kind === "message") {
      plain[f.localName] = depth > 4 ? Arbitrary.Constant(undefined) : optional(valueOf(f.kind, f.T, depth))
    } else {
      plain[f.localName] = optional(valueOf(f.kind, f.T, depth))
    }
  }
  for (const [oneof, group] of oneofs) {
    plain[oneof] = Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: group.length })))
      .pipe(Arbitrary.flatMap((i): Arbitrary.Arbitrary<unknown> => {
        const f = group[i - 1]
        if (f === undefined) return Arbitrary.Constant({ case: undefined })
        return valueOf(f.kind as "scalar" | "enum" | "message", f.T, depth).pipe(
          Arbitrary.map((value) => ({ case: f.localName, value }))
        )
      }))
  }
  return Arbitrary.all(plain).pipe(Arbitrary.map((init) => {
    const defined = Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined))
    return new type(defined)
  }))
}

describe("SignalCodec conformance with @livekit/protocol 1.52.1", () => {
  it("defines every message with an official counterpart", () => {
    for (const name of messageTypes.keys()) {
      const type = officialType(name)
      assert.strictEqual(type.typeName, `livekit.${name}`)
      // every field number we declare exists upstream
      const upstream = new Set(type.fields.list().map((f) => f.no))
      for (const no of ourFieldNumbers(type.typeName)) assert.isTrue(upstream.has(no), `${name} field ${no}`)
    }
  })

  for (const name of messageTypes.keys()) {
    const type = officialType(name)
    it.effect.prop(`${name}: official -> ours -> official`, [message(type)], ([value]) =>
      Effect.sync(() => {
        const decoded = decodeMessage(name, value.toBinary())
        const back = type.fromBinary(encodeMessage(name, decoded))
        assert.isTrue(back.equals(value), `${name} round trip through our codec`)
      }), { arbitrary: { runs: 100 } })

    it.effect.prop(`${name}: ours (from JSON form) -> official`, [message(type)], ([value]) =>
      Effect.sync(() => {
        const bytes = encodeMessage(name, value.toJson() as Record<string, unknown>)
        assert.isTrue(type.fromBinary(bytes).equals(value), `${name} encoded by our codec`)
      }), { arbitrary: { runs: 100 } })
  }
})
