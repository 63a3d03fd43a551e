import { create, createFileRegistry, fromBinary, toBinary } from "@bufbuild/protobuf"
import { FileDescriptorSetSchema } from "@bufbuild/protobuf/wkt"
import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { join } from "node:path"
import protobuf from "protobufjs"
import * as Descriptors from "../src/FoxgloveDescriptors.ts"
import * as Foxglove from "../src/FoxgloveMessages.ts"

const messages: ReadonlyArray<Descriptors.FoxgloveMessageName> = [
  "foxglove.RawImage",
  "foxglove.CompressedImage",
  "foxglove.PoseInFrame",
  "foxglove.CameraCalibration"
]

/** A strict reader: protobuf-es builds a registry from the set and refuses unresolved or misordered files. */
const strictMessage = (name: Descriptors.FoxgloveMessageName) => {
  const registry = createFileRegistry(fromBinary(FileDescriptorSetSchema, Descriptors.descriptorSet(name)))
  const desc = registry.getMessage(name)
  if (desc === undefined) throw new Error(`${name} not in its own descriptor set`)
  return desc
}

const byNumber = (a: { readonly number: number }, b: { readonly number: number }) => a.number - b.number

const protoRoot = () => {
  const root = new protobuf.Root()
  root.resolvePath = (_origin, target) => join(import.meta.dirname, "..", "proto", target)
  root.loadSync(messages.map((m) => `${m.replace(".", "/")}.proto`), { keepCase: true })
  root.resolveAll()
  return root
}

describe("FoxgloveDescriptors", () => {
  it("emits protoc-style sets: one file per message, dependencies first, fully qualified type names", () => {
    expect(Descriptors.fileNames("foxglove.PoseInFrame")).toEqual([
      "foxglove/Quaternion.proto",
      "foxglove/Vector3.proto",
      "foxglove/Pose.proto",
      "google/protobuf/timestamp.proto",
      "foxglove/PoseInFrame.proto"
    ])
    const set = fromBinary(FileDescriptorSetSchema, Descriptors.descriptorSet("foxglove.PoseInFrame"))
    const pose = set.file.find((f) => f.name === "foxglove/PoseInFrame.proto")!
    expect(pose.messageType[0]!.field.map((f) => f.typeName).filter((t) => t !== "")).toEqual([
      ".google.protobuf.Timestamp",
      ".foxglove.Pose"
    ])
  })

  it("is accepted by a strict reader and agrees field by field with proto/", () => {
    const root = protoRoot()
    for (const name of messages) {
      const strict = strictMessage(name)
      const reference = root.lookupType(name)
      const ours = strict.fields.map((f) => ({
        name: f.name,
        number: f.number,
        repeated: f.fieldKind === "list",
        type: f.message?.typeName ?? (f.scalar === undefined ? "?" : "scalar")
      }))
      const theirs = reference.fieldsArray.map((f) => ({
        name: f.name,
        number: f.id,
        repeated: f.repeated,
        type: f.resolvedType === null ? "scalar" : f.resolvedType.fullName.slice(1)
      }))
      expect(ours.toSorted(byNumber)).toEqual(theirs.toSorted(byNumber))
    }
  })

  it("keeps each definition far below the 65,536-byte schema limit, as base64", () => {
    for (const name of messages) {
      const definition = Descriptors.schemaDefinition(name)
      expect(definition.length).toBeLessThan(4_000)
      expect(new Uint8Array(Buffer.from(definition, "base64"))).toEqual(Descriptors.descriptorSet(name))
    }
  })
})

const Nanos = Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 4_000_000_000_000_000_000n }))

describe("FoxgloveMessages", () => {
  it.prop("RawImage: protobufjs and the strict reader decode the same message", {
    timestampNanos: Nanos,
    width: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 4096 })),
    frameId: Schema.String.check(Schema.isPattern(/^[\x20-\x7e]*$/)),
    data: Schema.Uint8Array
  }, ({ data, frameId, timestampNanos, width }) => {
    const image: Foxglove.RawImage = {
      timestampNanos,
      frameId,
      width,
      height: 3,
      encoding: "16UC1",
      step: width * 2,
      data
    }
    const bytes = Foxglove.encodeRawImage(image)
    expect(Foxglove.decodeRawImage(bytes)).toEqual(image)
    const strict = fromBinary(strictMessage("foxglove.RawImage"), bytes) as unknown as {
      timestamp?: { seconds: bigint; nanos: number }
      frameId: string
      width: number
      data: Uint8Array
    }
    expect(strict.frameId).toBe(frameId)
    expect(strict.width).toBe(width)
    expect(new Uint8Array(strict.data)).toEqual(data)
    const seconds = strict.timestamp?.seconds ?? 0n
    expect(seconds * 1_000_000_000n + BigInt(strict.timestamp?.nanos ?? 0)).toBe(timestampNanos)
  })

  it("CompressedImage, PoseInFrame and CameraCalibration round-trip through both readers", () => {
    const ts = 1_764_000_000_123_456_789n
    const compressed = { timestampNanos: ts, frameId: "camera_depth", format: "jpeg", data: Uint8Array.of(0xff, 0xd8) }
    expect(Foxglove.decodeCompressedImage(Foxglove.encodeCompressedImage(compressed))).toEqual(compressed)
    const pose = {
      timestampNanos: ts,
      frameId: "world",
      position: { x: 1, y: -2, z: 0.5 },
      orientation: { x: 0, y: 0.1, z: 0, w: 0.995 }
    }
    const poseBytes = Foxglove.encodePoseInFrame(pose)
    expect(Foxglove.decodePoseInFrame(poseBytes)).toEqual(pose)
    const calibration = {
      timestampNanos: ts,
      frameId: "camera_depth",
      width: 640,
      height: 480,
      distortionModel: "plumb_bob",
      D: [0, 0, 0, 0, 0],
      K: [383, 0, 320, 0, 383, 240, 0, 0, 1],
      R: [1, 0, 0, 0, 1, 0, 0, 0, 1],
      P: [383, 0, 320, 0, 0, 383, 240, 0, 0, 0, 1, 0]
    }
    const calibrationBytes = Foxglove.encodeCameraCalibration(calibration)
    expect(Foxglove.decodeCameraCalibration(calibrationBytes)).toEqual(calibration)
    // the strict reader, and back: what protobuf-es writes, protobufjs reads
    const desc = strictMessage("foxglove.CameraCalibration")
    const strict = fromBinary(desc, calibrationBytes)
    expect(Foxglove.decodeCameraCalibration(toBinary(desc, strict))).toEqual(calibration)
    const poseDesc = strictMessage("foxglove.PoseInFrame")
    expect(Foxglove.decodePoseInFrame(toBinary(poseDesc, fromBinary(poseDesc, poseBytes)))).toEqual(pose)
    const empty = create(strictMessage("foxglove.CompressedImage"))
    expect(Foxglove.decodeCompressedImage(toBinary(strictMessage("foxglove.CompressedImage"), empty)).format).toBe("")
  })
})
