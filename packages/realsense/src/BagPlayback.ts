/**
 * Playback of a RealSense `.bag` recording (ROS 1 bag v2.0 as librealsense writes it) as a Stream of RGB-D frames,
 * paced by capture time with `speed` and `loop`.
 *
 * librealsense's quirks handled here: topics are `/device_0/sensor_N/{Depth_0,Color_0}/image/data` with
 * `sensor_msgs/Image` (`mono16` depth, `rgb8` color; `frame_id` is a sensor number such as "1", not a TF frame),
 * images may carry bytes after the standard fields (ignored), record times start near zero (time since the
 * recording began, so frames are re-stamped onto the clock: first frame = playback start), depth units come from
 * `/device_0/sensor_0/option/Depth Units/value` (default 1 mm; other units are converted to mm), intrinsics from
 * `.../Depth_0/info/camera_info`. Color is attached to a depth frame when its capture time is within half a frame.
 */
import { Clock, Effect, Result, Schema, Stream } from "effect"
import { pace } from "./Pacing.ts"
import { type ColorImage, type DepthImage, Intrinsics, type RgbdFrame } from "./RgbdFrame.ts"
import * as RosBag from "./RosBag.ts"
import { readCameraInfo, readFloat32, readImage, type RosImage } from "./RosMessages.ts"

export class PlaybackOptions extends Schema.Class<PlaybackOptions>("@effect-livekit/realsense/PlaybackOptions")({
  path: Schema.String,
  /** 1 = capture rate, 2 = twice as fast, 0 = as fast as pulled. */
  speed: Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0)),
  /** Start again from the beginning at the end of the file. */
  loop: Schema.Boolean
}) {}

export interface PlaybackInput {
  readonly path: string
  readonly speed?: number
  readonly loop?: boolean
  /** Capture time given to the first frame (µs since the epoch); the clock's time when the stream starts, if absent. */
  readonly startMicros?: bigint
}

const DEPTH_IMAGE = /\/Depth_\d+\/image\/data$/
const COLOR_IMAGE = /\/Color_\d+\/image\/data$/
const DEPTH_INFO = /\/Depth_\d+\/info\/camera_info$/
const DEPTH_UNITS = /\/option\/Depth Units\/value$/

/** A depth image in millimetres, from a 16-bit image in `unitMeters`. */
const depthOf = (image: RosImage, unitMeters: number): DepthImage | undefined => {
  if (!["mono16", "16UC1", "z16", "Z16"].includes(image.encoding)) return undefined
  const { width, height, step } = image
  const out = new Uint16Array(width * height)
  const view = new DataView(image.data.buffer, image.data.byteOffset, image.data.byteLength)
  // depth units are float32 (0.0001 reads as 0.000099999997): round to 0.1 µm before scaling
  const unitTenthsOfMicron = Math.round(unitMeters * 1e7)
  const exact = unitTenthsOfMicron === 10_000
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const raw = view.getUint16(v * step + u * 2, !image.isBigEndian)
      out[v * width + u] = exact ? raw : Math.min(65_535, Math.round((raw * unitTenthsOfMicron) / 10_000))
    }
  }
  return { width, height, data: out, depthUnitMeters: 0.001 }
}

/** An rgb8 image from rgb8, bgr8, rgba8 or bgra8; other encodings are skipped. */
const colorOf = (image: RosImage): ColorImage | undefined => {
  const layout: Record<string, readonly [number, number, number, number]> = {
    rgb8: [0, 1, 2, 3],
    bgr8: [2, 1, 0, 3],
    rgba8: [0, 1, 2, 4],
    bgra8: [2, 1, 0, 4]
  }
  const l = layout[image.encoding]
  if (l === undefined) return undefined
  const [r, g, b, size] = l
  const { width, height, step, data } = image
  const out = new Uint8Array(width * height * 3)
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      const i = v * step + u * size
      const o = (v * width + u) * 3
      out[o] = data[i + r]!
      out[o + 1] = data[i + g]!
      out[o + 2] = data[i + b]!
    }
  }
  return { width, height, data: out }
}

interface PassState {
  intrinsics: Intrinsics | undefined
  unitMeters: number
  color: { readonly image: ColorImage; readonly timeNanos: bigint } | undefined
}

/** One pass over the file: depth frames (with bag times) as they are completed. */
const pass = (
  path: string
): Stream.Stream<
  { readonly timeNanos: bigint; readonly frame: Omit<RgbdFrame, "sequence" | "timestampMicros"> },
  RosBag.BagError
> =>
  Stream.suspend(() => {
    const state: PassState = { intrinsics: undefined, unitMeters: 0.001, color: undefined }
    return RosBag.messages(path).pipe(
      Stream.filterMap((message) => {
        const topic = message.connection.topic
        try {
          if (DEPTH_UNITS.test(topic)) state.unitMeters = readFloat32(message.data) || 0.001
          else if (DEPTH_INFO.test(topic)) {
            const info = readCameraInfo(message.data)
            const [fx = 0, , cx = 0, , fy = 0, cy = 0] = info.K
            if (fx > 0 && fy > 0) {
              state.intrinsics = new Intrinsics({
                width: info.width,
                height: info.height,
                fx,
                fy,
                cx,
                cy,
                distortionModel: info.distortionModel === "" ? "plumb_bob" : info.distortionModel,
                distortion: info.D
              })
            }
          } else if (COLOR_IMAGE.test(topic)) {
            const image = colorOf(readImage(message.data))
            if (image !== undefined) state.color = { image, timeNanos: message.timeNanos }
          } else if (DEPTH_IMAGE.test(topic)) {
            const depth = depthOf(readImage(message.data), state.unitMeters)
            if (depth !== undefined) {
              const intrinsics = state.intrinsics ?? Intrinsics.d435(depth.width, depth.height)
              const color = state.color
              const near = color !== undefined &&
                (color.timeNanos > message.timeNanos
                    ? color.timeNanos - message.timeNanos
                    : message.timeNanos - color.timeNanos) < 20_000_000n
              return Result.succeed({
                timeNanos: message.timeNanos,
                frame: { depth, intrinsics, color: near ? color.image : undefined, pose: undefined }
              })
            }
          }
        } catch {
          // a malformed message is skipped, as a player would
        }
        return Result.fail(undefined)
      })
    )
  })

/** The recording as a Stream of RGB-D frames. */
export const stream = (input: PlaybackInput): Stream.Stream<RgbdFrame, RosBag.BagError> =>
  Stream.unwrap(Effect.gen(function*() {
    const options = new PlaybackOptions({ path: input.path, speed: input.speed ?? 1, loop: input.loop ?? false })
    const start = input.startMicros ?? BigInt(yield* Clock.currentTimeMillis) * 1000n
    const passes = options.loop ? Stream.forever(pass(options.path)) : pass(options.path)
    // Bag times restart on every loop; capture times keep going (one nominal frame period between passes).
    let previous: bigint | undefined
    let elapsed = 0n
    let sequence = 0
    const frames = Stream.map(passes, ({ frame, timeNanos }): RgbdFrame => {
      if (previous !== undefined) elapsed += timeNanos > previous ? timeNanos - previous : 33_333_333n
      previous = timeNanos
      return { ...frame, sequence: sequence++, timestampMicros: start + elapsed / 1000n }
    })
    return options.speed === 0 ? frames : pace(frames, { timeOf: (f) => f.timestampMicros, speed: options.speed })
  }))
