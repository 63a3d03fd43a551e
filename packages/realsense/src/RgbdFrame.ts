/**
 * One capture of an RGB-D camera: depth in millimetres (Z16), optional color (rgb8, aligned to depth),
 * the pinhole intrinsics of the depth stream and an optional IMU pose, stamped with the capture time.
 */
import { Schema } from "effect"

/** Pinhole intrinsics of an image stream (pixels). */
export class Intrinsics extends Schema.Class<Intrinsics>("@effect-livekit/realsense/Intrinsics")({
  width: Schema.Int.check(Schema.isGreaterThan(0)),
  height: Schema.Int.check(Schema.isGreaterThan(0)),
  fx: Schema.Finite,
  fy: Schema.Finite,
  cx: Schema.Finite,
  cy: Schema.Finite,
  /** `plumb_bob` (k1 k2 t1 t2 k3) as in ROS; a D435's depth stream has zero distortion. */
  distortionModel: Schema.String,
  distortion: Schema.Array(Schema.Finite)
}) {
  /** The D435 depth stream's intrinsics at 640x480, scaled to other resolutions. */
  static d435(width = 640, height = 480): Intrinsics {
    const scale = width / 640
    return new Intrinsics({
      width,
      height,
      fx: 383 * scale,
      fy: 383 * scale,
      cx: 320 * scale,
      cy: 240 * (height / 480),
      distortionModel: "plumb_bob",
      distortion: [0, 0, 0, 0, 0]
    })
  }

  /** Row-major 3x3 camera matrix. */
  get K(): ReadonlyArray<number> {
    return [this.fx, 0, this.cx, 0, this.fy, this.cy, 0, 0, 1]
  }

  /** Row-major 3x4 projection matrix (monocular: no translation). */
  get P(): ReadonlyArray<number> {
    return [this.fx, 0, this.cx, 0, 0, this.fy, this.cy, 0, 0, 0, 1, 0]
  }
}

export interface DepthImage {
  readonly width: number
  readonly height: number
  /** Row-major depth, 0 = no measurement. Units of `depthUnitMeters` (1 mm unless the source says otherwise). */
  readonly data: Uint16Array
  readonly depthUnitMeters: number
}

export interface ColorImage {
  readonly width: number
  readonly height: number
  /** Row-major rgb8. */
  readonly data: Uint8Array
}

export interface ImuPose {
  readonly position: { readonly x: number; readonly y: number; readonly z: number }
  readonly orientation: { readonly x: number; readonly y: number; readonly z: number; readonly w: number }
}

export interface RgbdFrame {
  /** Frame counter of the source, from 0. */
  readonly sequence: number
  /** Capture time, microseconds since the Unix epoch. */
  readonly timestampMicros: bigint
  readonly depth: DepthImage
  readonly intrinsics: Intrinsics
  readonly color?: ColorImage | undefined
  readonly pose?: ImuPose | undefined
}
