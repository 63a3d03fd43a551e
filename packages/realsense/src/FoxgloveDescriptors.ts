/**
 * protoc-style FileDescriptorSets for the Foxglove messages this package writes.
 *
 * Strict readers (the C++ DescriptorPool, protobuf-es `createFileRegistry`, Foxglove) need what protoc emits:
 * one file per message (`foxglove/RawImage.proto`, ...), fully qualified type names (`.foxglove.Pose`), and every
 * dependency of a file listed before it in the set. protobufjs' `toDescriptor()` does none of this, so the
 * descriptors are written out here, mirroring `proto/` (a test checks both agree field by field).
 */
import { create, toBinary } from "@bufbuild/protobuf"
import {
  type DescriptorProto,
  DescriptorProtoSchema,
  type FieldDescriptorProto,
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FieldDescriptorProtoSchema,
  type FileDescriptorProto,
  FileDescriptorProtoSchema,
  FileDescriptorSetSchema
} from "@bufbuild/protobuf/wkt"

/** The Foxglove messages this package publishes and records. */
export type FoxgloveMessageName =
  | "foxglove.RawImage"
  | "foxglove.CompressedImage"
  | "foxglove.PoseInFrame"
  | "foxglove.CameraCalibration"

type Scalar = "double" | "fixed32" | "int64" | "int32" | "string" | "bytes"

interface FieldSpec {
  readonly name: string
  readonly number: number
  /** A scalar type, or the fully qualified name of a message type (`.foxglove.Pose`). */
  readonly type: Scalar | `.${string}`
  readonly repeated?: boolean
}

const scalarTypes: Record<Scalar, FieldDescriptorProto_Type> = {
  double: FieldDescriptorProto_Type.DOUBLE,
  fixed32: FieldDescriptorProto_Type.FIXED32,
  int64: FieldDescriptorProto_Type.INT64,
  int32: FieldDescriptorProto_Type.INT32,
  string: FieldDescriptorProto_Type.STRING,
  bytes: FieldDescriptorProto_Type.BYTES
}

/** protoc's json_name: lowerCamelCase of the field name. */
const jsonName = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

const field = (spec: FieldSpec): FieldDescriptorProto => {
  const isMessage = spec.type.startsWith(".")
  return create(FieldDescriptorProtoSchema, {
    name: spec.name,
    number: spec.number,
    label: spec.repeated === true ? FieldDescriptorProto_Label.REPEATED : FieldDescriptorProto_Label.OPTIONAL,
    type: isMessage ? FieldDescriptorProto_Type.MESSAGE : scalarTypes[spec.type as Scalar],
    ...(isMessage ? { typeName: spec.type } : {}),
    jsonName: jsonName(spec.name)
  })
}

interface FileSpec {
  readonly name: string
  readonly package: string
  readonly dependencies: ReadonlyArray<string>
  readonly message: string
  readonly fields: ReadonlyArray<FieldSpec>
}

const file = (spec: FileSpec): FileDescriptorProto =>
  create(FileDescriptorProtoSchema, {
    name: spec.name,
    package: spec.package,
    dependency: [...spec.dependencies],
    syntax: "proto3",
    messageType: [
      create(DescriptorProtoSchema, { name: spec.message, field: spec.fields.map(field) }) satisfies DescriptorProto
    ]
  })

const TIMESTAMP = ".google.protobuf.Timestamp"

/** Every file, keyed by file name, with its dependencies by file name. */
const files: ReadonlyMap<string, FileSpec> = new Map(
  ([
    {
      name: "google/protobuf/timestamp.proto",
      package: "google.protobuf",
      dependencies: [],
      message: "Timestamp",
      fields: [{ name: "seconds", number: 1, type: "int64" }, { name: "nanos", number: 2, type: "int32" }]
    },
    {
      name: "foxglove/Vector3.proto",
      package: "foxglove",
      dependencies: [],
      message: "Vector3",
      fields: [
        { name: "x", number: 1, type: "double" },
        { name: "y", number: 2, type: "double" },
        { name: "z", number: 3, type: "double" }
      ]
    },
    {
      name: "foxglove/Quaternion.proto",
      package: "foxglove",
      dependencies: [],
      message: "Quaternion",
      fields: [
        { name: "x", number: 1, type: "double" },
        { name: "y", number: 2, type: "double" },
        { name: "z", number: 3, type: "double" },
        { name: "w", number: 4, type: "double" }
      ]
    },
    {
      name: "foxglove/Pose.proto",
      package: "foxglove",
      dependencies: ["foxglove/Quaternion.proto", "foxglove/Vector3.proto"],
      message: "Pose",
      fields: [
        { name: "position", number: 1, type: ".foxglove.Vector3" },
        { name: "orientation", number: 2, type: ".foxglove.Quaternion" }
      ]
    },
    {
      name: "foxglove/RawImage.proto",
      package: "foxglove",
      dependencies: ["google/protobuf/timestamp.proto"],
      message: "RawImage",
      fields: [
        { name: "timestamp", number: 1, type: TIMESTAMP },
        { name: "frame_id", number: 7, type: "string" },
        { name: "width", number: 2, type: "fixed32" },
        { name: "height", number: 3, type: "fixed32" },
        { name: "encoding", number: 4, type: "string" },
        { name: "step", number: 5, type: "fixed32" },
        { name: "data", number: 6, type: "bytes" }
      ]
    },
    {
      name: "foxglove/CompressedImage.proto",
      package: "foxglove",
      dependencies: ["google/protobuf/timestamp.proto"],
      message: "CompressedImage",
      fields: [
        { name: "timestamp", number: 1, type: TIMESTAMP },
        { name: "frame_id", number: 4, type: "string" },
        { name: "data", number: 2, type: "bytes" },
        { name: "format", number: 3, type: "string" }
      ]
    },
    {
      name: "foxglove/PoseInFrame.proto",
      package: "foxglove",
      dependencies: ["foxglove/Pose.proto", "google/protobuf/timestamp.proto"],
      message: "PoseInFrame",
      fields: [
        { name: "timestamp", number: 1, type: TIMESTAMP },
        { name: "frame_id", number: 2, type: "string" },
        { name: "pose", number: 3, type: ".foxglove.Pose" }
      ]
    },
    {
      name: "foxglove/CameraCalibration.proto",
      package: "foxglove",
      dependencies: ["google/protobuf/timestamp.proto"],
      message: "CameraCalibration",
      fields: [
        { name: "timestamp", number: 1, type: TIMESTAMP },
        { name: "frame_id", number: 9, type: "string" },
        { name: "width", number: 2, type: "fixed32" },
        { name: "height", number: 3, type: "fixed32" },
        { name: "distortion_model", number: 4, type: "string" },
        { name: "D", number: 5, type: "double", repeated: true },
        { name: "K", number: 6, type: "double", repeated: true },
        { name: "R", number: 7, type: "double", repeated: true },
        { name: "P", number: 8, type: "double", repeated: true }
      ]
    }
  ] satisfies ReadonlyArray<FileSpec>).map((spec) => [spec.name, spec])
)

/** The file that defines a message: `foxglove.RawImage` -> `foxglove/RawImage.proto`. */
const fileOf = (message: FoxgloveMessageName): string => `${message.replace(".", "/")}.proto`

/** The file and all it depends on, dependencies first (a post-order walk), each once. */
const closure = (name: string, out: Array<FileSpec> = []): Array<FileSpec> => {
  const spec = files.get(name)
  if (spec === undefined) throw new Error(`no descriptor for ${name}`)
  for (const dependency of spec.dependencies) closure(dependency, out)
  if (!out.includes(spec)) out.push(spec)
  return out
}

/** The names of a message's files, dependencies first (what `descriptorSet` holds, in order). */
export const fileNames = (message: FoxgloveMessageName): ReadonlyArray<string> =>
  closure(fileOf(message)).map((spec) => spec.name)

/** The binary FileDescriptorSet of a message: its file and every dependency, dependencies first. */
export const descriptorSet = (message: FoxgloveMessageName): Uint8Array =>
  toBinary(FileDescriptorSetSchema, create(FileDescriptorSetSchema, { file: closure(fileOf(message)).map(file) }))

/**
 * The definition stored with `Room.defineSchema` for a protobuf schema: the FileDescriptorSet, base64-encoded.
 * Schema definitions are strings in the LiveKit API and a FileDescriptorSet is binary; base64 is what MCAP and
 * Foxglove tooling use for binary schemas on text transports. The recorder decodes it back to bytes.
 */
export const schemaDefinition = (message: FoxgloveMessageName): string =>
  Buffer.from(descriptorSet(message)).toString("base64")
