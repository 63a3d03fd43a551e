/**
 * The Foxglove messages of the RGB-D pipeline, encoded with protobufjs: `foxglove.RawImage` (depth `16UC1`),
 * `foxglove.CompressedImage` (color JPEG), `foxglove.PoseInFrame` and `foxglove.CameraCalibration`.
 *
 * The only module that imports the generated code (`src/generated`, from `proto/` by `pnpm proto:gen`).
 * Times are nanoseconds since the Unix epoch as `bigint`; protobufjs never sees a bigint (it would write 0).
 */
import { foxglove } from "./generated/foxglove.js"

export interface Vector3 {
  readonly x: number
  readonly y: number
  readonly z: number
}

export interface Quaternion {
  readonly x: number
  readonly y: number
  readonly z: number
  readonly w: number
}

export interface RawImage {
  readonly timestampNanos: bigint
  readonly frameId: string
  readonly width: number
  readonly height: number
  /** `16UC1` (little endian) for depth, `rgb8` for color. */
  readonly encoding: string
  /** Bytes per row. */
  readonly step: number
  readonly data: Uint8Array
}

export interface CompressedImage {
  readonly timestampNanos: bigint
  readonly frameId: string
  /** `jpeg`, `png`, ... */
  readonly format: string
  readonly data: Uint8Array
}

export interface PoseInFrame {
  readonly timestampNanos: bigint
  readonly frameId: string
  readonly position: Vector3
  readonly orientation: Quaternion
}

export interface CameraCalibration {
  readonly timestampNanos: bigint
  readonly frameId: string
  readonly width: number
  readonly height: number
  readonly distortionModel: string
  readonly D: ReadonlyArray<number>
  readonly K: ReadonlyArray<number>
  readonly R: ReadonlyArray<number>
  readonly P: ReadonlyArray<number>
}

const NANOS_PER_SECOND = 1_000_000_000n

const toTimestamp = (nanos: bigint) => ({
  seconds: Number(nanos / NANOS_PER_SECOND),
  nanos: Number(nanos % NANOS_PER_SECOND)
})

interface LongLike {
  toString(): string
}

const fromTimestamp = (
  timestamp: { seconds?: number | LongLike | null; nanos?: number | null } | null | undefined
): bigint => {
  const seconds = timestamp?.seconds ?? 0
  const nanos = timestamp?.nanos ?? 0
  return BigInt(typeof seconds === "number" ? seconds : seconds.toString()) * NANOS_PER_SECOND + BigInt(nanos)
}

/** protobufjs decodes `bytes` as a Node Buffer view into the input: hand out a plain Uint8Array view. */
const plain = (bytes: Uint8Array): Uint8Array => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** `finish()` may hand out a slice of protobufjs' shared pool: copy unless the bytes own their buffer. */
const owned = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? plain(bytes)
    : new Uint8Array(bytes) // a copy (Buffer#slice would be a view)

export const encodeRawImage = (image: RawImage): Uint8Array =>
  owned(
    foxglove.RawImage.encode({
      timestamp: toTimestamp(image.timestampNanos),
      frameId: image.frameId,
      width: image.width,
      height: image.height,
      encoding: image.encoding,
      step: image.step,
      data: image.data
    }).finish()
  )

/** Decodes a RawImage; `data` is a view into `bytes`. */
export const decodeRawImage = (bytes: Uint8Array): RawImage => {
  const m = foxglove.RawImage.decode(bytes)
  return {
    timestampNanos: fromTimestamp(m.timestamp),
    frameId: m.frameId,
    width: m.width,
    height: m.height,
    encoding: m.encoding,
    step: m.step,
    data: plain(m.data)
  }
}

export const encodeCompressedImage = (image: CompressedImage): Uint8Array =>
  owned(
    foxglove.CompressedImage.encode({
      timestamp: toTimestamp(image.timestampNanos),
      frameId: image.frameId,
      format: image.format,
      data: image.data
    }).finish()
  )

export const decodeCompressedImage = (bytes: Uint8Array): CompressedImage => {
  const m = foxglove.CompressedImage.decode(bytes)
  return { timestampNanos: fromTimestamp(m.timestamp), frameId: m.frameId, format: m.format, data: plain(m.data) }
}

export const encodePoseInFrame = (pose: PoseInFrame): Uint8Array =>
  owned(
    foxglove.PoseInFrame.encode({
      timestamp: toTimestamp(pose.timestampNanos),
      frameId: pose.frameId,
      pose: { position: { ...pose.position }, orientation: { ...pose.orientation } }
    }).finish()
  )

export const decodePoseInFrame = (bytes: Uint8Array): PoseInFrame => {
  const m = foxglove.PoseInFrame.decode(bytes)
  const position = m.pose?.position
  const orientation = m.pose?.orientation
  return {
    timestampNanos: fromTimestamp(m.timestamp),
    frameId: m.frameId,
    position: { x: position?.x ?? 0, y: position?.y ?? 0, z: position?.z ?? 0 },
    orientation: { x: orientation?.x ?? 0, y: orientation?.y ?? 0, z: orientation?.z ?? 0, w: orientation?.w ?? 0 }
  }
}

export const encodeCameraCalibration = (calibration: CameraCalibration): Uint8Array =>
  owned(
    foxglove.CameraCalibration.encode({
      timestamp: toTimestamp(calibration.timestampNanos),
      frameId: calibration.frameId,
      width: calibration.width,
      height: calibration.height,
      distortionModel: calibration.distortionModel,
      D: [...calibration.D],
      K: [...calibration.K],
      R: [...calibration.R],
      P: [...calibration.P]
    }).finish()
  )

export const decodeCameraCalibration = (bytes: Uint8Array): CameraCalibration => {
  const m = foxglove.CameraCalibration.decode(bytes)
  return {
    timestampNanos: fromTimestamp(m.timestamp),
    frameId: m.frameId,
    width: m.width,
    height: m.height,
    distortionModel: m.distortionModel,
    D: m.D,
    K: m.K,
    R: m.R,
    P: m.P
  }
}
