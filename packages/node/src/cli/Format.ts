/** How the commands print frames, sizes, rates and their live status line. */
import type { DataTrackFrame, DataTrackInfo } from "@effect-livekit/core"
import { encodingName, guessTimestampUnit } from "@effect-livekit/core"
import { Effect } from "effect"
import { CliFailure } from "./Failure.ts"

/** `robot/robot-status` -> publisher `robot`, track `robot-status` (the track name may itself contain `/`). */
export const parseTrackRef = (
  ref: string
): Effect.Effect<{ readonly publisher: string; readonly name: string }, CliFailure> => {
  const slash = ref.indexOf("/")
  if (slash <= 0 || slash === ref.length - 1) {
    return Effect.fail(
      new CliFailure({ message: `expected <publisher>/<track>, e.g. robot/robot-status (got "${ref}")` })
    )
  }
  return Effect.succeed({ publisher: ref.slice(0, slash), name: ref.slice(slash + 1) })
}

export const formatBytes = (bytes: number): string =>
  bytes < 1000
    ? `${Math.round(bytes)} B`
    : bytes < 1_000_000
    ? `${(bytes / 1000).toFixed(1)} kB`
    : `${(bytes / 1_000_000).toFixed(2)} MB`

export const describeTrack = (info: DataTrackInfo): string =>
  `sid=${info.sid} schema=${
    info.schema === undefined ? "-" : `${info.schema.name}(${encodingName(info.schema.encoding)})`
  } ` +
  `encoding=${info.frameEncoding === undefined ? "-" : encodingName(info.frameEncoding)}`

const decoder = new TextDecoder("utf-8", { fatal: true })
// Printable text: no control characters other than tab.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/

/** The payload as quoted text when it is printable UTF-8, else its first bytes in hex. */
export const preview = (payload: Uint8Array, maxChars = 80): string => {
  try {
    const text = decoder.decode(payload)
    if (!CONTROL.test(text) && !text.includes("\n")) {
      return `text ${JSON.stringify(text.length > maxChars ? `${text.slice(0, maxChars)}…` : text)}`
    }
  } catch {
    // not UTF-8
  }
  const head = Array.from(payload.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join(" ")
  return `hex ${head}${payload.byteLength > 16 ? " …" : ""}`
}

/** How to read a frame's unitless user timestamp. */
export type TimestampUnit = "ms" | "us" | "auto"

/**
 * The frame's sender time in ms since the epoch. `auto` reads values above 10^14 as µs (`guessTimestampUnit`), so
 * both the Rust/Python helpers' milliseconds and the C++ examples' microseconds read right.
 */
export const sentMillis = (frame: DataTrackFrame, unit: TimestampUnit): number | undefined => {
  if (frame.userTimestamp === undefined || frame.userTimestamp === 0n) return undefined
  const raw = Number(frame.userTimestamp)
  const micros = unit === "us" || (unit === "auto" && guessTimestampUnit(frame.userTimestamp) === "microseconds")
  return micros ? raw / 1000 : raw
}

/** The `#<n>` sequence number near the start of a payload (`publish` and the demo robot write one). */
export const sequenceOf = (payload: Uint8Array): number | undefined => {
  const head = new TextDecoder().decode(payload.subarray(0, 64))
  const match = /#(\d+)/.exec(head)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

/**
 * A status line on stderr: rewritten in place on a terminal, one line per update otherwise (so that logs and tests
 * can read it).
 */
export const makeStatusLine = (stream: NodeJS.WriteStream = process.stderr) => {
  let shown = false
  return {
    update: (line: string) =>
      Effect.sync(() => {
        if (stream.isTTY) {
          stream.write(`\r\x1b[2K${line}`)
          shown = true
        } else {
          stream.write(`${line}\n`)
        }
      }),
    /** A line shown only on a terminal (progress a log or a script has no use for). */
    transient: (line: string) =>
      Effect.sync(() => {
        if (!stream.isTTY) return
        stream.write(`\r\x1b[2K${line}`)
        shown = true
      }),
    /** Ends the in-place line so that what follows starts on a fresh line. */
    clear: Effect.sync(() => {
      if (shown) stream.write("\r\x1b[2K")
      shown = false
    })
  }
}

/** Writes a line to stdout, clearing a live status line first. */
export const printer = (status: ReturnType<typeof makeStatusLine>) => (line: string) =>
  Effect.andThen(status.clear, Effect.sync(() => void process.stdout.write(`${line}\n`)))
