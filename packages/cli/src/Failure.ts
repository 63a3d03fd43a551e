/**
 * What the command line says when something goes wrong: one line on stderr, never a stack trace.
 *
 * Commands fail with {@link CliFailure} for what they check themselves; {@link describe} turns any other failure (a
 * typed SDK error, an FFI error, a defect) into a readable line.
 */
import { Cause, Schema } from "effect"

/** A failure the user can act on, with the line to print (and, when it wraps another failure, that failure). */
export class CliFailure extends Schema.TaggedError<CliFailure>()("CliFailure", {
  message: Schema.String,
  cause: Schema.optional(Schema.Defect())
}) {}

const messageOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" &&
    error.message.length > 0
    ? error.message
    : undefined

const tagOf = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "_tag" in error && typeof error._tag === "string"
    ? error._tag
    : undefined

/** One line for any failure value. */
export const describe = (error: unknown): string => {
  const tag = tagOf(error)
  const message = messageOf(error) ?? String(error)
  switch (tag) {
    case "CliFailure":
      return message
    case undefined:
      return message
    case "NotAllowed":
      return `not allowed: ${message} (does the token grant it?)`
    case "FfiLoadError":
    case "FfiError":
    case "IsolationError":
      return message
    default:
      return `${tag}: ${message}`
  }
}

/** The line for a failed run: the first failure, else the first defect, else "interrupted". */
export const describeCause = (cause: Cause.Cause<unknown>): string => {
  for (const reason of cause.reasons) {
    if (Cause.isFailReason(reason)) return describe(reason.error)
  }
  for (const reason of cause.reasons) {
    if (Cause.isDieReason(reason)) return `unexpected error: ${describe(reason.defect)}`
  }
  return "interrupted"
}
