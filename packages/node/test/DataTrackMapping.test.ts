import {
  DataTrackFrame,
  FrameEncoding,
  SchemaEncoding,
  WellKnownFrameEncoding,
  WellKnownSchemaEncoding
} from "@effect-livekit/core"
import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import * as Mapping from "../src/DataTrackMapping.ts"
import * as Codec from "../src/FfiCodec.ts"

const tagOf = (error: { readonly _tag: string }) => error._tag

describe("DataTrackMapping", () => {
  it.prop("frame and schema encodings survive the trip to the FFI and back", {
    frame: FrameEncoding,
    schema: SchemaEncoding
  }, ({ frame, schema }) => {
    assert.deepStrictEqual(Mapping.frameEncodingFromFfi(Mapping.frameEncodingToFfi(frame)), frame)
    assert.deepStrictEqual(Mapping.schemaEncodingFromFfi(Mapping.schemaEncodingToFfi(schema)), schema)
  })

  it("maps every well-known encoding to a distinct FFI value", () => {
    const frames = WellKnownFrameEncoding.literals.map((e) => Mapping.frameEncodingToFfi(e))
    const schemas = WellKnownSchemaEncoding.literals.map((e) => Mapping.schemaEncodingToFfi(e))
    for (const encodings of [frames, schemas]) {
      const values = encodings.map((e) => (e.encoding === "wellKnown" ? e.wellKnown : -1))
      assert.strictEqual(new Set(values).size, values.length)
      assert.notInclude(values, 0, "none is UNSPECIFIED")
      assert.notInclude(values, -1)
    }
  })

  it("names what a newer core sends that this SDK does not know, and reads 'unspecified' as none", () => {
    assert.deepStrictEqual(Mapping.frameEncodingFromFfi({ encoding: "wellKnown", wellKnown: 99 as never }), {
      custom: "unknown-99"
    })
    assert.isUndefined(
      Mapping.frameEncodingFromFfi({ encoding: "wellKnown", wellKnown: Codec.WellKnownFrameEncoding.UNSPECIFIED })
    )
    assert.isUndefined(Mapping.frameEncodingFromFfi(undefined))
    assert.deepStrictEqual(Mapping.schemaEncodingFromFfi(undefined), { custom: "unspecified" })
  })

  it("builds track info with only the fields the core sent", () => {
    const bare = Mapping.infoFromFfi({ sid: "DTR_1", name: "imu", usesE2ee: false })
    assert.strictEqual(bare.schema, undefined)
    assert.strictEqual(bare.frameEncoding, undefined)
    const typed = Mapping.infoFromFfi({
      sid: "DTR_2",
      name: "camera/depth",
      usesE2ee: false,
      schema: { name: "foxglove.RawImage", encoding: Mapping.schemaEncodingToFfi("protobuf") },
      frameEncoding: Mapping.frameEncodingToFfi("protobuf")
    })
    assert.deepStrictEqual([typed.schema?.name, typed.schema?.encoding, typed.frameEncoding], [
      "foxglove.RawImage",
      "protobuf",
      "protobuf"
    ])
  })

  it.prop("frames keep their bytes and timestamp through the FFI shapes", {
    payload: Schema.Uint8Array,
    stamp: Schema.optional(Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 2n ** 64n - 1n })))
  }, ({ payload, stamp }) => {
    const frame = new DataTrackFrame(stamp === undefined ? { payload } : { payload, userTimestamp: stamp })
    const back = Mapping.frameFromFfi(Mapping.frameToFfi(frame), "microseconds")
    assert.deepStrictEqual([back.payload, back.userTimestamp, back.timestampUnit], [payload, stamp, "microseconds"])
  })

  it("turns each FFI error code into its typed error and name, an unknown code into Internal UNKNOWN", () => {
    const push = (code: number) => Mapping.pushError({ code: code as never, message: "m" })
    assert.deepStrictEqual(
      [Codec.LocalDataTrackTryPushErrorCode.TRACK_UNPUBLISHED, Codec.LocalDataTrackTryPushErrorCode.QUEUE_FULL, 42].map(
        (code) => tagOf(push(code))
      ),
      ["Unpublished", "BufferFull", "Internal"]
    )
    assert.deepInclude(push(42), { code: "UNKNOWN", message: "m (core error code 42)" })
    assert.deepInclude(push(Codec.LocalDataTrackTryPushErrorCode.QUEUE_FULL), { code: "QUEUE_FULL", message: "m" })
    assert.strictEqual(Mapping.publishError({ code: 99 as never, message: "" }).message, "core error code 99")
    const P = Codec.PublishDataTrackErrorCode
    assert.deepStrictEqual(
      [
        P.NOT_ALLOWED,
        P.DUPLICATE_NAME,
        P.INVALID_NAME,
        P.INVALID_SCHEMA,
        P.TIMEOUT,
        P.LIMIT_REACHED,
        P.DISCONNECTED,
        P.PROTOCOL_ERROR
      ].map((code) => tagOf(Mapping.publishError({ code, message: "m" }))),
      [
        "NotAllowed",
        "DuplicateName",
        "InvalidName",
        "InvalidSchema",
        "PublishTimeout",
        "LimitReached",
        "Disconnected",
        "Internal"
      ]
    )
    const S = Codec.SubscribeDataTrackErrorCode
    assert.deepStrictEqual(
      [S.UNPUBLISHED, S.TIMEOUT, S.DISCONNECTED, S.INTERNAL].map((code) =>
        tagOf(Mapping.subscribeError({ code, message: "m" }))
      ),
      ["Unpublished", "SubscribeTimeout", "Disconnected", "Internal"]
    )
    assert.strictEqual(Mapping.subscribeError({ code: S.UNPUBLISHED, message: "m" }).code, "UNPUBLISHED")
  })

  it("classifies the core's schema errors by their text, keeping it", () => {
    assert.strictEqual(tagOf(Mapping.defineSchemaError("schema already exists", 10)), "DuplicateSchema")
    const tooLarge = Mapping.defineSchemaError("definition exceeds 65536 bytes", 70_000)
    assert.deepInclude(tooLarge, { _tag: "SchemaTooLarge", size: 70_000, limit: 65_536 })
    assert.strictEqual(tagOf(Mapping.defineSchemaError("room disconnected", 1)), "Disconnected")
    const timedOut = Mapping.defineSchemaError("room failure: store data blob timed out", 1)
    assert.deepInclude(timedOut, { _tag: "Internal", message: "room failure: store data blob timed out" })
    assert.strictEqual(tagOf(Mapping.getSchemaError("schema not found")), "SchemaNotFound")
    assert.strictEqual(tagOf(Mapping.getSchemaError("get data blob timed out")), "Internal")
    for (const error of [tooLarge, timedOut, Mapping.getSchemaError("schema not found")]) {
      assert.strictEqual(error.code, "schema-store")
    }
  })
})
