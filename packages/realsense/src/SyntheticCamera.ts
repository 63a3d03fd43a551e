/**
 * A deterministic synthetic D435-like RGB-D camera: a room (floor, back and side walls) with a ball moving in
 * front of it, rendered by ray casting through the D435 depth intrinsics (fx = fy = 383, cx = 320, cy = 240 at
 * 640x480). Depth has what a real stereo camera's has, so that compression figures mean something: noise whose
 * standard deviation grows with z² (sigma = z² · subpixel / (fx · baseline)), 1 mm quantisation, stereo shadows
 * left of near objects, sparse dropouts and an untextured patch with no depth. The same seed gives the same frames.
 */
import { Clock, Effect, Schema, Stream } from "effect"
import { pace } from "./Pacing.ts"
import { type ColorImage, type DepthImage, type ImuPose, Intrinsics, type RgbdFrame } from "./RgbdFrame.ts"

export class SyntheticCameraOptions
  extends Schema.Class<SyntheticCameraOptions>("@effect-livekit/realsense/SyntheticCameraOptions")({
    width: Schema.Int.check(Schema.isBetween({ minimum: 8, maximum: 1280 })),
    height: Schema.Int.check(Schema.isBetween({ minimum: 8, maximum: 720 })),
    /** Frames per second (capture timestamps are spaced by 1/fps when not `realtime`). */
    fps: Schema.Finite.check(Schema.isGreaterThan(0)),
    /** Stop after this many frames; unbounded when absent. */
    frames: Schema.optional(Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))),
    seed: Schema.Int,
    color: Schema.Boolean,
    pose: Schema.Boolean,
    /**
     * Emit frames at their capture time, stamped with the clock's time when they leave the camera (default), or as
     * fast as they are pulled, stamped `startMicros + n / fps`.
     */
    realtime: Schema.Boolean,
    /** Capture time of frame 0 (µs since the epoch); the clock's time when the stream starts, if absent. */
    startMicros: Schema.optional(Schema.BigInt)
  })
{
  static readonly defaults = {
    width: 640,
    height: 480,
    fps: 30,
    seed: 1,
    color: true,
    pose: true,
    realtime: true
  } as const

  static from(input: SyntheticCameraInput = {}) {
    return new SyntheticCameraOptions({ ...SyntheticCameraOptions.defaults, ...input })
  }
}

/** What `stream` takes: any option, the rest from `SyntheticCameraOptions.defaults`. */
export interface SyntheticCameraInput {
  readonly width?: number
  readonly height?: number
  readonly fps?: number
  readonly frames?: number
  readonly seed?: number
  readonly color?: boolean
  readonly pose?: boolean
  readonly realtime?: boolean
  readonly startMicros?: bigint
}

/** Stereo baseline of a D435 (m) and its typical subpixel disparity error. */
const BASELINE_M = 0.05
const SUBPIXEL = 0.08
/** Beyond this the D435 reports nothing. */
const MAX_RANGE_M = 10

/** mulberry32: a tiny deterministic PRNG. */
const prng = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** The scene at time `t` seconds: surfaces as distances along each pixel's ray, and a color per surface. */
interface Ball {
  readonly x: number
  readonly y: number
  readonly z: number
  readonly r: number
}

const FLOOR_Y = 0.8 // camera 0.8 m above the floor (y points down)
const BACK_Z = 3.5
const LEFT_X = -1.6
const ballAt = (t: number): Ball => ({
  x: 0.6 * Math.sin(0.5 * t),
  y: 0.35,
  z: 1.6 + 0.4 * Math.cos(0.5 * t),
  r: 0.35
})

const Surface = { None: 0, Floor: 1, Back: 2, Left: 3, Ball: 4 } as const
type Surface = (typeof Surface)[keyof typeof Surface]

/** Renders one frame: depth in mm (with noise, shadows and holes) and, when asked, rgb8 aligned to it. */
export const render = (
  intrinsics: Intrinsics,
  index: number,
  fps: number,
  seed: number,
  withColor: boolean
): { readonly depth: DepthImage; readonly color: ColorImage | undefined } => {
  const { width, height, fx, fy, cx, cy } = intrinsics
  const t = index / fps
  const ball = ballAt(t)
  const random = prng((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0)
  const depth = new Uint16Array(width * height)
  const color = withColor ? new Uint8Array(width * height * 3) : undefined
  const z = new Float64Array(width)
  const surface = new Uint8Array(width)
  const sigmaScale = SUBPIXEL / (fx * BASELINE_M)
  const disparityScale = fx * BASELINE_M
  for (let v = 0; v < height; v++) {
    const dy = (v - cy) / fy
    for (let u = 0; u < width; u++) {
      const dx = (u - cx) / fx
      // the ray is (dx, dy, 1): the distance along z to a hit is its depth
      let best = BACK_Z
      let hit: Surface = Surface.Back
      if (dy > 0) {
        const floor = FLOOR_Y / dy
        if (floor < best) {
          best = floor
          hit = Surface.Floor
        }
      }
      if (dx < 0) {
        const left = LEFT_X / dx
        if (left < best) {
          best = left
          hit = Surface.Left
        }
      }
      // ball: |s·d - c|² = r²
      const a = dx * dx + dy * dy + 1
      const b = dx * ball.x + dy * ball.y + ball.z
      const c = ball.x * ball.x + ball.y * ball.y + ball.z * ball.z - ball.r * ball.r
      const disc = b * b - a * c
      if (disc >= 0) {
        const s = (b - Math.sqrt(disc)) / a
        if (s > 0 && s < best) {
          best = s
          hit = Surface.Ball
        }
      }
      z[u] = best
      surface[u] = best > MAX_RANGE_M ? Surface.None : hit
    }
    // stereo shadow: a pixel is unseen by the right imager when a nearer pixel to its right lands left of it there
    let minRight = Number.POSITIVE_INFINITY
    for (let u = width - 1; u >= 0; u--) {
      const zu = z[u]!
      const shifted = u - disparityScale / zu
      const shadowed = shifted > minRight + 0.5
      if (shifted < minRight) minRight = shifted
      const i = v * width + u
      const kind = surface[u]! as Surface
      if (color !== undefined) shade(color, i * 3, kind, u, v, dx0(u, cx, fx) * zu, dy * zu, zu, ball)
      if (shadowed || kind === Surface.None) continue
      // an untextured patch on the back wall (no stereo match) and sparse dropouts
      if (kind === Surface.Back && u > width * 0.68 && u < width * 0.8 && v > height * 0.2 && v < height * 0.42) {
        continue
      }
      if (random() < 0.004) continue
      // Box-Muller noise, sigma in metres
      const n = Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random())
      const mm = Math.round((zu + n * sigmaScale * zu * zu) * 1000)
      depth[i] = mm <= 0 ? 0 : mm > 65_535 ? 0 : mm
    }
  }
  return {
    depth: { width, height, data: depth, depthUnitMeters: 0.001 },
    color: color === undefined ? undefined : { width, height, data: color }
  }
}

const dx0 = (u: number, cx: number, fx: number) => (u - cx) / fx

/** Simple Lambert-ish shading with a floor checkerboard, so color frames have texture. */
const shade = (
  out: Uint8Array,
  o: number,
  kind: Surface,
  _u: number,
  _v: number,
  x: number,
  y: number,
  z: number,
  ball: Ball
) => {
  let r = 0, g = 0, b = 0
  switch (kind) {
    case Surface.Floor: {
      const check = (Math.floor(x * 2) + Math.floor(z * 2)) & 1
      const base = check === 1 ? 170 : 90
      r = base
      g = base * 0.9
      b = base * 0.75
      break
    }
    case Surface.Back: {
      const k = 150 + 40 * Math.sin(x * 3)
      r = k * 0.8
      g = k * 0.85
      b = k
      break
    }
    case Surface.Left: {
      r = 120
      g = 140 + 20 * Math.sin(z * 4)
      b = 110
      break
    }
    case Surface.Ball: {
      const nx = (x - ball.x) / ball.r, ny = (y - ball.y) / ball.r, nz = (z - ball.z) / ball.r
      const light = Math.max(0.15, -0.4 * nx - 0.6 * ny - 0.7 * nz)
      r = 230 * light
      g = 50 * light
      b = 40 * light
      break
    }
    case Surface.None:
      break
  }
  out[o] = r
  out[o + 1] = g
  out[o + 2] = b
}

/** The IMU's orientation at `t` seconds: a slow sway, as a hand-held camera. */
export const poseAt = (t: number): ImuPose => {
  const pitch = 0.05 * Math.sin(0.7 * t)
  const yaw = 0.1 * Math.sin(0.3 * t)
  const cp = Math.cos(pitch / 2), sp = Math.sin(pitch / 2), cy = Math.cos(yaw / 2), sy = Math.sin(yaw / 2)
  return {
    position: { x: 0, y: 0, z: 0 },
    orientation: { x: sp * cy, y: cp * sy, z: -sp * sy, w: cp * cy }
  }
}

/** The synthetic camera as a Stream of frames, paced at `fps` unless `realtime` is off. */
export const stream = (
  input: SyntheticCameraInput = {}
): Stream.Stream<RgbdFrame> =>
  Stream.unwrap(Effect.gen(function*() {
    const options = SyntheticCameraOptions.from(input)
    const intrinsics = Intrinsics.d435(options.width, options.height)
    const start = options.startMicros ?? BigInt(yield* Clock.currentTimeMillis) * 1000n
    const periodMicros = 1e6 / options.fps
    const indices = options.frames === undefined
      ? Stream.iterate(0, (i) => i + 1)
      : Stream.range(0, options.frames - 1)
    const frames = Stream.map(indices, (index): RgbdFrame => {
      const { color, depth } = render(intrinsics, index, options.fps, options.seed, options.color)
      return {
        sequence: index,
        timestampMicros: start + BigInt(Math.round(index * periodMicros)),
        depth,
        intrinsics,
        color,
        pose: options.pose ? poseAt(index / options.fps) : undefined
      }
    })
    if (!options.realtime) return frames
    // A live camera stamps a frame when it captures it: a camera that falls behind its schedule (a slow consumer, a
    // busy machine) must not stamp frames in the past, which receivers would read as latency.
    return pace(frames, { timeOf: (frame) => frame.timestampMicros }).pipe(
      Stream.mapEffect((frame) =>
        Effect.map(Clock.currentTimeNanos, (nanos): RgbdFrame => ({ ...frame, timestampMicros: nanos / 1000n }))
      )
    )
  }))
