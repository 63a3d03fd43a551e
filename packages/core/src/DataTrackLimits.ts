/**
 * Limits of the LiveKit data-track core, checked locally so that bad input fails with a typed error
 * instead of being silently lost (every reference SDK loses oversized and empty frames without a word).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { EmptyFrame, FrameTooLarge, InvalidName, LOCAL_CODE } from "./DataTrackError.ts"
import type { DataTrackFrame } from "./DataTrackFrame.ts"

/**
 * Track names are 1 to 256 characters.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_NAME_LENGTH = 256

/**
 * The transport MTU the core packetizes frames to.
 *
 * @since 0.1.0
 * @category constants
 */
export const PACKET_MTU = 16_000

/**
 * A receiver reassembles at most this many packets per frame, and drops bigger frames.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_PACKETS_PER_FRAME = 128

const BASE_HEADER_BYTES = 12
/** The user-timestamp extension: a 4-byte-aligned block of length word + tag, len and a u64. */
const TIMESTAMP_EXTENSION_BYTES = 12

/**
 * Payload bytes of one packet: the MTU less the header, which is longer for a frame with a user timestamp.
 *
 * @since 0.1.0
 * @category utils
 */
export const packetPayloadBytes = (withTimestamp: boolean): number =>
  PACKET_MTU - BASE_HEADER_BYTES - (withTimestamp ? TIMESTAMP_EXTENSION_BYTES : 0)

/**
 * Largest payload a receiver can reassemble, given whether the frame carries a user timestamp.
 *
 * @since 0.1.0
 * @category utils
 */
export const maxFrameBytes = (withTimestamp: boolean): number =>
  MAX_PACKETS_PER_FRAME * packetPayloadBytes(withTimestamp)

/**
 * The largest frame with a user timestamp (2,044,928 bytes); a frame without one may be 1,536 bytes larger.
 *
 * @since 0.1.0
 * @category constants
 */
export const MAX_FRAME_BYTES = maxFrameBytes(true)

/**
 * Fails with `InvalidName` unless the name has 1 to 256 characters.
 *
 * @since 0.1.0
 * @category validation
 */
export const checkName = (name: string): Effect.Effect<void, InvalidName> => {
  const length = [...name].length
  return length >= 1 && length <= MAX_NAME_LENGTH
    ? Effect.void
    : Effect.fail(
      new InvalidName({
        code: LOCAL_CODE,
        message: `a track name has 1 to ${MAX_NAME_LENGTH} characters, got ${length}`
      })
    )
}

/**
 * Fails with `EmptyFrame` or `FrameTooLarge` for frames no receiver would ever get.
 *
 * @since 0.1.0
 * @category validation
 */
export const checkFrame = (frame: DataTrackFrame): EmptyFrame | FrameTooLarge | undefined => {
  const size = frame.payload.byteLength
  if (size === 0) {
    return new EmptyFrame({ code: LOCAL_CODE, message: "a frame needs at least one payload byte" })
  }
  const limit = maxFrameBytes(frame.userTimestamp !== undefined)
  if (size > limit) {
    return new FrameTooLarge({
      code: LOCAL_CODE,
      message: `a frame of ${size} bytes exceeds the ${limit}-byte limit receivers reassemble`,
      size,
      limit
    })
  }
  return undefined
}
