/**
 * Deserialisation of the ROS 1 messages a RealSense recording holds (`sensor_msgs/Image`, `sensor_msgs/CameraInfo`,
 * `std_msgs/Float32`). Readers are tolerant of trailing bytes: librealsense's messages are not always exactly what
 * the standard definition says, and a reader that insisted on the exact length would refuse real recordings.
 */

export interface RosImage {
  readonly stampNanos: bigint
  readonly frameId: string
  readonly height: number
  readonly width: number
  /** `mono16`/`16UC1`/`z16` for depth, `rgb8`/`bgr8`/`rgba8`/`bgra8` for color. */
  readonly encoding: string
  readonly isBigEndian: boolean
  readonly step: number
  /** A view into the message bytes. */
  readonly data: Uint8Array
}

export interface RosCameraInfo {
  readonly height: number
  readonly width: number
  readonly distortionModel: string
  readonly D: ReadonlyArray<number>
  readonly K: ReadonlyArray<number>
  readonly R: ReadonlyArray<number>
  readonly P: ReadonlyArray<number>
}

class Cursor {
  private p = 0
  private readonly view: DataView
  private readonly bytes: Uint8Array
  constructor(bytes: Uint8Array) {
    this.bytes = bytes
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  private need(n: number) {
    if (this.p + n > this.bytes.byteLength) throw new RangeError(`message truncated at byte ${this.p}`)
  }
  u8(): number {
    this.need(1)
    return this.view.getUint8(this.p++)
  }
  u32(): number {
    this.need(4)
    const v = this.view.getUint32(this.p, true)
    this.p += 4
    return v
  }
  f32(): number {
    this.need(4)
    const v = this.view.getFloat32(this.p, true)
    this.p += 4
    return v
  }
  f64(): number {
    this.need(8)
    const v = this.view.getFloat64(this.p, true)
    this.p += 8
    return v
  }
  bytesOf(n: number): Uint8Array {
    this.need(n)
    const out = this.bytes.subarray(this.p, this.p + n)
    this.p += n
    return out
  }
  string(): string {
    return new TextDecoder().decode(this.bytesOf(this.u32()))
  }
  f64s(n: number): Array<number> {
    return Array.from({ length: n }, () => this.f64())
  }
  /** std_msgs/Header: seq, stamp, frame_id. */
  header(): { readonly stampNanos: bigint; readonly frameId: string } {
    this.u32()
    const sec = this.u32()
    const nsec = this.u32()
    return { stampNanos: BigInt(sec) * 1_000_000_000n + BigInt(nsec), frameId: this.string() }
  }
}

export const readImage = (bytes: Uint8Array): RosImage => {
  const c = new Cursor(bytes)
  const { frameId, stampNanos } = c.header()
  const height = c.u32()
  const width = c.u32()
  const encoding = c.string()
  const isBigEndian = c.u8() !== 0
  const step = c.u32()
  const data = c.bytesOf(c.u32())
  return { stampNanos, frameId, height, width, encoding, isBigEndian, step, data }
}

export const readCameraInfo = (bytes: Uint8Array): RosCameraInfo => {
  const c = new Cursor(bytes)
  c.header()
  const height = c.u32()
  const width = c.u32()
  const distortionModel = c.string()
  const D = c.f64s(c.u32())
  return { height, width, distortionModel, D, K: c.f64s(9), R: c.f64s(9), P: c.f64s(12) }
}

export const readFloat32 = (bytes: Uint8Array): number => new Cursor(bytes).f32()
