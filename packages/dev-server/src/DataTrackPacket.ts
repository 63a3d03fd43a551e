/**
 * LiveKit data-track packet format, version 0.
 *
 * Layout (big-endian), as implemented by the Rust core (`livekit-datatrack`, `packet/` module):
 *
 * ```text
 * byte 0    VVV S F X RR   version (3 bits, 0), start, final, extension flag, reserved
 * byte 1    reserved
 * 2..3      track handle (0 is invalid): the publisher's pub handle upstream, the subscriber's handle downstream
 * 4..5      sequence number
 * 6..7      frame number
 * 8..11     timestamp, 90 kHz clock
 * if X:     u16 L, then 4 * (L + 1) - 2 bytes of extensions and zero padding
 *           entries [tag u8][len u8][value]: tag 1 = E2EE (key index u8 + 12-byte IV), tag 2 = user timestamp (u64)
 * rest      payload
 * ```
 *
 * Start + final = the only packet of a frame; neither = a packet in the middle of a frame.
 *
 * Parsing follows the Rust deserializer: a version above 0 is rejected, extensions with a known tag but a longer
 * length keep their known prefix (forward compatibility), unknown tags and known tags with a shorter length are
 * skipped, the last occurrence of a tag wins. Padding bytes (tag 0) are skipped one byte at a time as RFC 5285
 * prescribes (the Rust reader skips them in pairs; both agree on everything the Rust writer produces, which only
 * pads at the end of the block).
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"

/** Length of the base header in bytes. */
export const BASE_HEADER_LENGTH = 12
/** The only packet version this module reads and writes. */
export const SUPPORTED_VERSION = 0
/** Clock rate of {@link Header.timestamp}. */
export const TIMESTAMP_CLOCK_RATE = 90_000

const VERSION_SHIFT = 5
const START_BIT = 0x10
const FINAL_BIT = 0x08
const EXTENSION_BIT = 0x04

const TAG_PADDING = 0
/** Extension tag of the end-to-end encryption extension. */
export const E2EE_TAG = 1
/** Length of the E2EE extension value: key index (1) + IV (12). */
export const E2EE_LENGTH = 13
/** Length of the E2EE initialisation vector. */
export const IV_LENGTH = 12
/** Extension tag of the user timestamp extension. */
export const USER_TIMESTAMP_TAG = 2
/** Length of the user timestamp extension value (u64). */
export const USER_TIMESTAMP_LENGTH = 8

const U64_MAX = 0xffff_ffff_ffff_ffffn

/** End-to-end encryption parameters of a packet whose payload is encrypted. */
export interface E2eeExtension {
  readonly keyIndex: number
  /** 12 bytes. */
  readonly iv: Uint8Array
}

/** Header extensions; absent ones are omitted (or `undefined`). */
export interface Extensions {
  readonly e2ee?: E2eeExtension | undefined
  /** Application timestamp, a unitless u64 (the Rust helpers use milliseconds). */
  readonly userTimestamp?: bigint | undefined
}

export interface Header {
  /** S: first packet of a frame. */
  readonly start: boolean
  /** F: last packet of a frame. */
  readonly final: boolean
  /** 1..65535. */
  readonly trackHandle: number
  /** u16, incremented per packet by the publisher. */
  readonly sequence: number
  /** u16, the frame this packet belongs to. */
  readonly frameNumber: number
  /** u32, 90 kHz ticks. */
  readonly timestamp: number
  readonly extensions: Extensions
}

export interface Packet {
  readonly header: Header
  /** On `parse`, a view into the parsed bytes (no copy). */
  readonly payload: Uint8Array
}

/** Why bytes are not a valid v0 data-track packet. */
export const MalformedReason = Schema.Literals([
  /** Shorter than the 12-byte base header. */
  "TooShort",
  /** Version bits other than 0. */
  "UnsupportedVersion",
  /** Track handle 0, which is reserved. */
  "ZeroHandle",
  /** Extension flag set but no room for the 16-bit length field. */
  "MissingExtensionLength",
  /** The extension block announced by L runs past the end of the packet. */
  "ExtensionOverflow",
  /** An extension entry runs past the end of the extension block. */
  "MalformedExtension"
])
export type MalformedReason = typeof MalformedReason.Type

export class MalformedPacket extends Schema.TaggedError<MalformedPacket>()("MalformedPacket", {
  reason: MalformedReason,
  /** Length of the rejected input in bytes. */
  length: Schema.Int,
  /** The version for `UnsupportedVersion`, the extension tag for `MalformedExtension`. */
  detail: Schema.optional(Schema.Int)
}) {
  override get message(): string {
    const detail = this.detail === undefined ? "" : ` (${this.detail})`
    return `malformed data-track packet: ${this.reason}${detail}, ${this.length} bytes`
  }
}

const malformed = (reason: MalformedReason, length: number, detail?: number): Result.Result<never, MalformedPacket> =>
  Result.fail(new MalformedPacket(detail === undefined ? { reason, length } : { reason, length, detail }))

/**
 * Parses a packet. Never throws: any input gives either a packet or a {@link MalformedPacket}.
 * The payload is a view into `bytes`; the E2EE IV is copied.
 */
export const parse = (bytes: Uint8Array): Result.Result<Packet, MalformedPacket> => {
  const length = bytes.length
  if (length < BASE_HEADER_LENGTH) return malformed("TooShort", length)
  const first = bytes[0]!
  const version = first >>> VERSION_SHIFT
  if (version !== SUPPORTED_VERSION) return malformed("UnsupportedVersion", length, version)
  const trackHandle = (bytes[2]! << 8) | bytes[3]!
  if (trackHandle === 0) return malformed("ZeroHandle", length)
  const sequence = (bytes[4]! << 8) | bytes[5]!
  const frameNumber = (bytes[6]! << 8) | bytes[7]!
  const timestamp = readU32(bytes, 8)

  let extensions: Extensions = noExtensions
  let headerLength = BASE_HEADER_LENGTH
  if ((first & EXTENSION_BIT) !== 0) {
    if (length < BASE_HEADER_LENGTH + 2) return malformed("MissingExtensionLength", length)
    const words = (bytes[12]! << 8) | bytes[13]!
    headerLength = BASE_HEADER_LENGTH + 4 * (words + 1)
    if (headerLength > length) return malformed("ExtensionOverflow", length)
    const parsed = parseExtensions(bytes, BASE_HEADER_LENGTH + 2, headerLength)
    if (typeof parsed === "number") return malformed("MalformedExtension", length, parsed)
    extensions = parsed
  }

  return Result.succeed({
    header: {
      start: (first & START_BIT) !== 0,
      final: (first & FINAL_BIT) !== 0,
      trackHandle,
      sequence,
      frameNumber,
      timestamp,
      extensions
    },
    payload: bytes.subarray(headerLength)
  })
}

const noExtensions: Extensions = {}

/** The extensions in `bytes[from, to)`, or the tag of the entry that overruns the block. */
const parseExtensions = (bytes: Uint8Array, from: number, to: number): Extensions | number => {
  let e2ee: E2eeExtension | undefined
  let userTimestamp: bigint | undefined
  let at = from
  while (at < to) {
    const tag = bytes[at]!
    if (tag === TAG_PADDING) {
      at += 1
      continue
    }
    if (to - at < 2) break // a lone trailing byte cannot hold an entry: treat it as padding
    const len = bytes[at + 1]!
    const value = at + 2
    if (to - value < len) return tag
    if (tag === E2EE_TAG && len >= E2EE_LENGTH) {
      e2ee = { keyIndex: bytes[value]!, iv: bytes.slice(value + 1, value + 1 + IV_LENGTH) }
    } else if (tag === USER_TIMESTAMP_TAG && len >= USER_TIMESTAMP_LENGTH) {
      userTimestamp = readU64(bytes, value)
    }
    at = value + len
  }
  if (e2ee === undefined && userTimestamp === undefined) return noExtensions
  return e2ee === undefined ? { userTimestamp } : userTimestamp === undefined ? { e2ee } : { e2ee, userTimestamp }
}

const readU32 = (bytes: Uint8Array, at: number): number =>
  bytes[at]! * 0x100_0000 + ((bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!)

const readU64 = (bytes: Uint8Array, at: number): bigint =>
  (BigInt(readU32(bytes, at)) << 32n) | BigInt(readU32(bytes, at + 4))

/** Bytes the extension entries take, without the length field and padding. */
const extensionsLength = (extensions: Extensions): number =>
  (extensions.e2ee === undefined ? 0 : 2 + E2EE_LENGTH) +
  (extensions.userTimestamp === undefined ? 0 : 2 + USER_TIMESTAMP_LENGTH)

/** Serialized length of a header: 12, or 12 + 4 * (L + 1) with extensions. */
export const headerLength = (header: Header): number => {
  const entries = extensionsLength(header.extensions)
  return entries === 0 ? BASE_HEADER_LENGTH : BASE_HEADER_LENGTH + 4 * Math.ceil((2 + entries) / 4)
}

const checkRange = (name: string, value: number, min: number, max: number): void => {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`data-track packet: ${name} must be an integer in [${min}, ${max}], got ${value}`)
  }
}

/**
 * Serializes a packet the way the Rust writer does: E2EE first, then the user timestamp, zero padding at the end,
 * X set only when an extension is present.
 *
 * Throws a `RangeError` (a defect: a bug in the caller) when a field is out of range: handle not in 1..65535,
 * sequence/frame number not u16, timestamp not u32, key index not u8, IV not 12 bytes, user timestamp not u64.
 */
export const serialize = (packet: Packet): Uint8Array => {
  const { header, payload } = packet
  const { e2ee, userTimestamp } = header.extensions
  checkRange("trackHandle", header.trackHandle, 1, 0xffff)
  checkRange("sequence", header.sequence, 0, 0xffff)
  checkRange("frameNumber", header.frameNumber, 0, 0xffff)
  checkRange("timestamp", header.timestamp, 0, 0xffff_ffff)
  if (e2ee !== undefined) {
    checkRange("e2ee.keyIndex", e2ee.keyIndex, 0, 0xff)
    if (e2ee.iv.length !== IV_LENGTH) {
      throw new RangeError(`data-track packet: e2ee.iv must be ${IV_LENGTH} bytes, got ${e2ee.iv.length}`)
    }
  }
  if (userTimestamp !== undefined && (userTimestamp < 0n || userTimestamp > U64_MAX)) {
    throw new RangeError(`data-track packet: userTimestamp must be a u64, got ${userTimestamp}`)
  }

  const hlen = headerLength(header)
  const out = new Uint8Array(hlen + payload.length)
  const view = new DataView(out.buffer)
  const hasExtensions = hlen > BASE_HEADER_LENGTH
  out[0] = (SUPPORTED_VERSION << VERSION_SHIFT) |
    (header.start ? START_BIT : 0) |
    (header.final ? FINAL_BIT : 0) |
    (hasExtensions ? EXTENSION_BIT : 0)
  view.setUint16(2, header.trackHandle)
  view.setUint16(4, header.sequence)
  view.setUint16(6, header.frameNumber)
  view.setUint32(8, header.timestamp)
  if (hasExtensions) {
    view.setUint16(12, (hlen - BASE_HEADER_LENGTH) / 4 - 1)
    let at = BASE_HEADER_LENGTH + 2
    if (e2ee !== undefined) {
      out[at] = E2EE_TAG
      out[at + 1] = E2EE_LENGTH
      out[at + 2] = e2ee.keyIndex
      out.set(e2ee.iv, at + 3)
      at += 2 + E2EE_LENGTH
    }
    if (userTimestamp !== undefined) {
      out[at] = USER_TIMESTAMP_TAG
      out[at + 1] = USER_TIMESTAMP_LENGTH
      view.setBigUint64(at + 2, userTimestamp)
    }
    // the padding is already zero
  }
  out.set(payload, hlen)
  return out
}

/**
 * The track handle of a packet, checking only what forwarding needs: at least a base header, version 0 and a non-zero
 * handle. `undefined` otherwise. Allocation-free.
 */
export const trackHandle = (bytes: Uint8Array): number | undefined => {
  if (bytes.length < BASE_HEADER_LENGTH || bytes[0]! >>> VERSION_SHIFT !== SUPPORTED_VERSION) return undefined
  const handle = (bytes[2]! << 8) | bytes[3]!
  return handle === 0 ? undefined : handle
}

const checkRewrite = (bytes: Uint8Array, handle: number): void => {
  if (bytes.length < BASE_HEADER_LENGTH) {
    throw new RangeError(`data-track packet: cannot rewrite the handle of a ${bytes.length}-byte packet`)
  }
  checkRange("trackHandle", handle, 1, 0xffff)
}

/**
 * A copy of `bytes` with the track handle (bytes 2-3) replaced: one native memcpy, nothing else is touched or parsed.
 * The input is left unchanged, so the same received packet can be fanned out to several subscribers.
 * Throws a `RangeError` (a caller bug) when `bytes` is shorter than a base header or `handle` is not in 1..65535.
 */
export const rewriteHandle = (bytes: Uint8Array, handle: number): Uint8Array => {
  checkRewrite(bytes, handle)
  // an explicit copy: `Buffer#slice` would be a view (~2.3 µs for 16 KB on Node 24, mostly allocation + memcpy)
  const out = new Uint8Array(bytes.length)
  out.set(bytes)
  out[2] = handle >>> 8
  out[3] = handle & 0xff
  return out
}

/**
 * Replaces the track handle in place and returns `bytes`. For senders that copy synchronously (the fan-out loop can
 * then rewrite one buffer per subscriber without allocating). Same preconditions as {@link rewriteHandle}.
 */
export const rewriteHandleInPlace = (bytes: Uint8Array, handle: number): Uint8Array => {
  checkRewrite(bytes, handle)
  bytes[2] = handle >>> 8
  bytes[3] = handle & 0xff
  return bytes
}
