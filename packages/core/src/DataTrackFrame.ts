/**
 * A frame on a data track: payload bytes plus an optional user timestamp.
 *
 * The user timestamp is a unitless u64 on the wire. The Rust, Swift, Android and Python helpers write
 * milliseconds since the Unix epoch (the C++ examples microseconds), so the unit is explicit here:
 * milliseconds unless said otherwise.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"

/**
 * The unit of a frame's user timestamp.
 *
 * @since 0.1.0
 * @category schemas
 */
export const TimestampUnit = Schema.Literals(["milliseconds", "microseconds"])
/**
 * The unit of a frame's user timestamp: `"milliseconds"` or `"microseconds"`.
 *
 * @since 0.1.0
 * @category models
 */
export type TimestampUnit = typeof TimestampUnit.Type

/**
 * The unit a user timestamp is most likely in (from `FramePreview`).
 *
 * @since 0.1.0
 * @category re-exports
 */
export { guessTimestampUnit } from "./FramePreview.ts"

const U64 = Schema.BigInt.check(Schema.isBetweenBigInt({ minimum: 0n, maximum: 0xffff_ffff_ffff_ffffn }))

/**
 * A frame of a data track: its payload bytes, plus the sender's optional user timestamp and the unit to read it in.
 *
 * @since 0.1.0
 * @category models
 */
export class DataTrackFrame extends Schema.Class<DataTrackFrame>("@effect-livekit/core/DataTrackFrame")({
  payload: Schema.Uint8Array,
  /** Sender time in `timestampUnit` since the Unix epoch, when the sender set one. */
  userTimestamp: Schema.optional(U64),
  timestampUnit: TimestampUnit.pipe(Schema.withConstructorDefault(Effect.succeed("milliseconds" as const)))
}) {
  /** A frame from raw bytes, without a timestamp. */
  static of(payload: Uint8Array): DataTrackFrame {
    return new DataTrackFrame({ payload })
  }

  /** A frame holding UTF-8 text. */
  static text(text: string, userTimestamp?: bigint): DataTrackFrame {
    const payload = new TextEncoder().encode(text)
    return new DataTrackFrame(userTimestamp === undefined ? { payload } : { payload, userTimestamp })
  }

  /** A frame stamped with the given wall-clock time in milliseconds. */
  static stamped(payload: Uint8Array, nowMillis: number): DataTrackFrame {
    return new DataTrackFrame({ payload, userTimestamp: BigInt(Math.round(nowMillis)) })
  }

  /** The payload decoded as UTF-8. */
  get text(): string {
    return new TextDecoder().decode(this.payload)
  }

  /** The user timestamp in (fractional) milliseconds since the epoch, when present. */
  get timestampMillis(): number | undefined {
    if (this.userTimestamp === undefined) return undefined
    const value = Number(this.userTimestamp)
    return this.timestampUnit === "milliseconds" ? value : value / 1000
  }

  /** Milliseconds between the user timestamp and `nowMillis`, when a timestamp is present. */
  latencyMillis(nowMillis: number): number | undefined {
    const sent = this.timestampMillis
    return sent === undefined ? undefined : nowMillis - sent
  }
}
