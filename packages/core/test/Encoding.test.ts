import { describe, expect, it } from "@effect/vitest"
import { Exit, Result, Schema } from "effect"
import {
  DataTrackSchemaId,
  FrameEncoding,
  SchemaEncoding,
  validateSchemaPair,
  WellKnownFrameEncoding,
  WellKnownSchemaEncoding
} from "../src/Encoding.ts"

/** The pairs the Rust core accepts, written out as a table. */
const compatible = new Set([
  "ros1/ros1msg",
  "cdr/ros2msg",
  "cdr/ros2idl",
  "cdr/omgidl",
  "protobuf/protobuf",
  "flatbuffer/flatbuffer",
  "json/jsonschema"
])
const selfDescribing = new Set(["cbor", "msgpack", "json"])

const oracle = (schema: SchemaEncoding | undefined, frame: FrameEncoding | undefined): boolean => {
  if (schema === undefined) return frame === undefined || typeof frame !== "string" || selfDescribing.has(frame)
  if (frame === undefined) return false
  if (typeof frame !== "string" || typeof schema !== "string") return true
  return compatible.has(`${frame}/${schema}`)
}

describe("schema / frame-encoding validation", () => {
  it.prop("agrees with the core's compatibility table for every pair", {
    schema: Schema.UndefinedOr(SchemaEncoding),
    frame: Schema.UndefinedOr(FrameEncoding)
  }, ({ schema, frame }) => {
    const id = schema === undefined ? undefined : new DataTrackSchemaId({ name: "s", encoding: schema })
    expect(Result.isSuccess(validateSchemaPair(id, frame))).toBe(oracle(schema, frame))
  })

  it("covers every well-known pair exhaustively", () => {
    let accepted = 0
    for (const frame of WellKnownFrameEncoding.literals) {
      for (const schema of WellKnownSchemaEncoding.literals) {
        const ok = Result.isSuccess(validateSchemaPair(new DataTrackSchemaId({ name: "s", encoding: schema }), frame))
        expect(ok).toBe(compatible.has(`${frame}/${schema}`))
        if (ok) accepted++
      }
    }
    expect(accepted).toBe(compatible.size)
  })

  it("refuses custom encodings longer than 25 characters when decoding", () => {
    const decode = Schema.decodeExit(FrameEncoding)
    expect(Exit.isFailure(decode({ custom: "x".repeat(26) }))).toBe(true)
    expect(Exit.isFailure(decode({ custom: "" }))).toBe(true)
    expect(decode({ custom: "x".repeat(25) })).toEqual(Exit.succeed({ custom: "x".repeat(25) }))
  })
})
