/** How the commands print frames, sizes, rates and their live status line. */
import type { DataTrackFrame, DataTrackInfo } from "@effect-livekit/core"
import { encodingName, FramePreview } from "@effect-livekit/core"
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

export const formatBytes = FramePreview.formatBytes

export const describeTrack = (info: DataTrackInfo): string =>
  `sid=${info.sid} schema=${
    info.schema === undefined ? "-" : `${info.schema.name}(${encodingName(info.schema.encoding)})`
  } ` +
  `encoding=${info.frameEncoding === undefined ? "-" : encodingName(info.frameEncoding)}`

/** The payload as quoted text when it is printable UTF-8, else its first bytes in hex. */
export const preview = FramePreview.preview

/** How to read a frame's unitless user timestamp. */
export type TimestampUnit = FramePreview.TimestampReading

/**
 * The frame's sender time in ms since the epoch. `auto` reads values above 10^14 as µs (`guessTimestampUnit`), so
 * both the Rust/Python helpers' milliseconds and the C++ examples' microseconds read right.
 */
export const sentMillis = (frame: DataTrackFrame, unit: TimestampUnit): number | undefined =>
  FramePreview.sentMillis(frame.userTimestamp, unit)

/** The `#<n>` sequence number near the start of a payload (`publish` and the demo robot write one). */
export const sequenceOf = FramePreview.sequenceOf

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
