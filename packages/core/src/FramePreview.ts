/**
 * How a frame reads to a person: a short text-or-hex preview, the `#<n>` sequence number that `publish` and the demo
 * robot write, and the sender's time from the unitless user timestamp. Plain functions over bytes with no Effect
 * import, so that a browser page can bundle them alone.
 *
 * @since 0.1.0
 */
import type { TimestampUnit } from "./DataTrackFrame.ts"

/**
 * The unit a user timestamp is most likely in: values above 10^14 read as microseconds (10^14 ms is the year 5138,
 * 10^14 µs is 1973), others milliseconds. The Rust and Python helpers and the browser SDK stamp milliseconds; the
 * C++ examples and this project's demos microseconds.
 *
 * @since 0.1.0
 * @category utils
 */
export const guessTimestampUnit = (value: bigint): TimestampUnit =>
  value > 100_000_000_000_000n ? "microseconds" : "milliseconds"

/**
 * A byte count for people: `999 B`, `1.5 kB`, `2.50 MB`.
 *
 * @since 0.1.0
 * @category utils
 */
export const formatBytes = (bytes: number): string =>
  bytes < 1000
    ? `${Math.round(bytes)} B`
    : bytes < 1_000_000
    ? `${(bytes / 1000).toFixed(1)} kB`
    : `${(bytes / 1_000_000).toFixed(2)} MB`

/**
 * How to read a frame's unitless user timestamp: `auto` guesses with {@link guessTimestampUnit}.
 *
 * @since 0.1.0
 * @category models
 */
export type TimestampReading = "ms" | "us" | "auto"

/**
 * The sender's time in ms since the epoch, or undefined when the frame carries no timestamp.
 *
 * @since 0.1.0
 * @category utils
 */
export const sentMillis = (userTimestamp: bigint | undefined, unit: TimestampReading): number | undefined => {
  if (userTimestamp === undefined || userTimestamp === 0n) return undefined
  const raw = Number(userTimestamp)
  const micros = unit === "us" || (unit === "auto" && guessTimestampUnit(userTimestamp) === "microseconds")
  return micros ? raw / 1000 : raw
}

const decoder = new TextDecoder("utf-8", { fatal: true })
// Printable text: no control characters other than tab.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/

/**
 * The payload as printable one-line UTF-8 text, or undefined when it is not.
 *
 * @since 0.1.0
 * @category utils
 */
export const printableText = (payload: Uint8Array): string | undefined => {
  try {
    const text = decoder.decode(payload)
    return CONTROL.test(text) || text.includes("\n") ? undefined : text
  } catch {
    return undefined // not UTF-8
  }
}

/**
 * The first `bytes` bytes in hex, `…` when there are more.
 *
 * @since 0.1.0
 * @category utils
 */
export const hexHead = (payload: Uint8Array, bytes = 16): string =>
  Array.from(payload.subarray(0, bytes), (byte) => byte.toString(16).padStart(2, "0")).join(" ") +
  (payload.byteLength > bytes ? " …" : "")

/**
 * The payload as quoted text when it is printable UTF-8, else its first bytes in hex.
 *
 * @since 0.1.0
 * @category utils
 */
export const preview = (payload: Uint8Array, maxChars = 80): string => {
  const text = printableText(payload)
  if (text !== undefined) return `text ${JSON.stringify(text.length > maxChars ? `${text.slice(0, maxChars)}…` : text)}`
  return `hex ${hexHead(payload)}`
}

const lenient = new TextDecoder()

/**
 * The `#<n>` sequence number near the start of a payload (`publish` and the demo robot write one).
 *
 * @since 0.1.0
 * @category utils
 */
export const sequenceOf = (payload: Uint8Array): number | undefined => {
  const head = lenient.decode(payload.subarray(0, 64))
  const match = /#(\d+)/.exec(head)
  if (match?.[1] === undefined) return undefined
  // Binary payloads (a compressed image) contain "#<digits>" by chance: only a text line up to the number counts.
  const prefix = head.slice(0, match.index + match[0].length)
  return prefix.includes("\uFFFD") || CONTROL.test(prefix) ? undefined : Number(match[1])
}

/**
 * Running counts of a track's frames: totals, frames missing between `#<n>` sequence numbers, windowed rates.
 *
 * @since 0.1.0
 * @category models
 */
export class FrameCounter {
  frames = 0
  bytes = 0
  /** Frames missing between consecutive `#<n>` sequence numbers (none counted without them). */
  gaps = 0
  /** Whether the frames carry `#<n>` sequence numbers (so that `gaps` means something). */
  sequenced = false
  private previous: number | undefined
  private windowFrames = 0
  private windowBytes = 0
  private windowStart = performance.now()
  readonly started = performance.now()

  /** Counts one frame: its bytes, and any frames missing before its `#<n>` sequence number. */
  record(payload: Uint8Array): void {
    this.frames++
    this.bytes += payload.byteLength
    this.windowFrames++
    this.windowBytes += payload.byteLength
    const n = sequenceOf(payload)
    if (n === undefined) return
    this.sequenced = true
    if (this.previous !== undefined && n > this.previous + 1) this.gaps += n - this.previous - 1
    this.previous = n
  }

  /** frames/s and bytes/s since the last call. */
  rates(): { readonly framesPerSecond: number; readonly bytesPerSecond: number } {
    const now = performance.now()
    const seconds = Math.max(1e-3, (now - this.windowStart) / 1000)
    const rates = { framesPerSecond: this.windowFrames / seconds, bytesPerSecond: this.windowBytes / seconds }
    this.windowFrames = 0
    this.windowBytes = 0
    this.windowStart = now
    return rates
  }
}
