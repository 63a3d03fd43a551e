/**
 * An RGB-D frame as the Foxglove messages of its tracks: depth as `foxglove.RawImage` (`16UC1`, millimetres,
 * little endian), color as `foxglove.CompressedImage` (JPEG: camera color does not compress losslessly),
 * the IMU pose as `foxglove.PoseInFrame` and the depth intrinsics as `foxglove.CameraCalibration`, so that
 * Foxglove's 3D panel can project depth. All share the capture time.
 */
import jpeg from "jpeg-js"
import * as Foxglove from "./FoxgloveMessages.ts"
import type { ColorImage, DepthImage, ImuPose, Intrinsics, RgbdFrame } from "./RgbdFrame.ts"

/** The optical frame of the depth camera (color is aligned to it). As in the upstream example. */
export const DEPTH_FRAME_ID = "camera_depth"
/** The frame IMU poses are expressed in. */
export const WORLD_FRAME_ID = "world"

const nanosOf = (frame: RgbdFrame): bigint => frame.timestampMicros * 1000n

/** Little-endian bytes of a depth image (a view when the platform is little endian, as every Node target is). */
export const depthBytes = (depth: DepthImage): Uint8Array =>
  new Uint8Array(depth.data.buffer, depth.data.byteOffset, depth.data.byteLength)

export const depthImage = (frame: RgbdFrame): Foxglove.RawImage => ({
  timestampNanos: nanosOf(frame),
  frameId: DEPTH_FRAME_ID,
  width: frame.depth.width,
  height: frame.depth.height,
  encoding: "16UC1",
  step: frame.depth.width * 2,
  data: depthBytes(frame.depth)
})

/** The depth message, protobuf-encoded (before the wire codec). */
export const depthMessage = (frame: RgbdFrame): Uint8Array => Foxglove.encodeRawImage(depthImage(frame))

/** Depth pixels back from a decoded RawImage (copied, so the result is aligned). */
export const depthFromImage = (image: Foxglove.RawImage): DepthImage => {
  const data = new Uint16Array(image.width * image.height)
  const view = new DataView(image.data.buffer, image.data.byteOffset, image.data.byteLength)
  for (let v = 0; v < image.height; v++) {
    for (let u = 0; u < image.width; u++) data[v * image.width + u] = view.getUint16(v * image.step + u * 2, true)
  }
  return { width: image.width, height: image.height, data, depthUnitMeters: 0.001 }
}

/** JPEG of an rgb8 image. */
export const encodeJpeg = (color: ColorImage, quality = 80): Uint8Array => {
  const rgba = new Uint8Array(color.width * color.height * 4)
  for (let i = 0, o = 0; i < color.data.length; i += 3, o += 4) {
    rgba[o] = color.data[i]!
    rgba[o + 1] = color.data[i + 1]!
    rgba[o + 2] = color.data[i + 2]!
    rgba[o + 3] = 255
  }
  const { data } = jpeg.encode({ width: color.width, height: color.height, data: rgba }, quality)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

export const colorMessage = (frame: RgbdFrame, color: ColorImage, quality?: number): Uint8Array =>
  Foxglove.encodeCompressedImage({
    timestampNanos: nanosOf(frame),
    frameId: DEPTH_FRAME_ID,
    format: "jpeg",
    data: encodeJpeg(color, quality)
  })

export const poseMessage = (frame: RgbdFrame, pose: ImuPose): Uint8Array =>
  Foxglove.encodePoseInFrame({
    timestampNanos: nanosOf(frame),
    frameId: WORLD_FRAME_ID,
    position: pose.position,
    orientation: pose.orientation
  })

export const calibration = (timestampNanos: bigint, intrinsics: Intrinsics): Foxglove.CameraCalibration => ({
  timestampNanos,
  frameId: DEPTH_FRAME_ID,
  width: intrinsics.width,
  height: intrinsics.height,
  distortionModel: intrinsics.distortionModel,
  D: intrinsics.distortion,
  K: intrinsics.K,
  R: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  P: intrinsics.P
})

export const cameraInfoMessage = (frame: RgbdFrame): Uint8Array =>
  Foxglove.encodeCameraCalibration(calibration(nanosOf(frame), frame.intrinsics))
