/**
 * SDP shaping between libdatachannel and LiveKit clients.
 *
 * LiveKit clients in single-PC mode offer 3 audio + 3 video placeholder sections (recvonly) and one data
 * section, all in one BUNDLE. libdatachannel answers the placeholders `a=sendonly` with no tracks; clients
 * accept an answer whose placeholders are **port 9 + `a=inactive` with every mid kept in `a=group:BUNDLE`**
 * (rejecting them with port 0 while keeping them bundled makes libwebrtc fail; trimming BUNDLE breaks browsers).
 *
 * Newer cores (the 0.12.80 FFI build) offer `a=sctp-init:<the client's SCTP INIT chunk>` in the data section: SNAP,
 * the SCTP handshake carried in SDP. libdatachannel does not implement it but copies the section's unknown attributes
 * into its answer, so the client read its own INIT back as ours, skipped the handshake and sent its data-channel
 * open messages with a verification tag libdatachannel's association drops; the first data-track packet then met a
 * stream without a channel and libdatachannel reset it. The answer says nothing of SNAP, and the client performs
 * the ordinary handshake.
 */
import { Option, Schema } from "effect"

const directions = new Set(["a=sendrecv", "a=sendonly", "a=recvonly", "a=inactive"])

const splitSections = (sdp: string): Array<string> => sdp.split(/\r?\n(?=m=)/)

const lines = (section: string): Array<string> => section.split(/\r?\n/).filter((l) => l.length > 0)

/** Rewrites libdatachannel's answer into the shape LiveKit clients accept. */
export const shapeAnswer = (answer: string): string => {
  const [session = "", ...media] = splitSections(answer)
  const sessionLines = lines(session).filter((l) => !l.startsWith("a=group:LS"))
  const mediaSections = media.map((section) => {
    const ls = lines(section).filter((l) => !l.startsWith("a=sctp-init:"))
    const mLine = ls[0] ?? ""
    if (!mLine.startsWith("m=audio") && !mLine.startsWith("m=video")) return ls
    const parts = mLine.split(" ")
    parts[1] = "9"
    const rest = ls.slice(1).filter((l) => !directions.has(l) && !l.startsWith("a=ssrc") && !l.startsWith("a=msid:"))
    return [parts.join(" "), ...rest, "a=inactive"]
  })
  return [sessionLines, ...mediaSections].map((ls) => ls.join("\r\n")).join("\r\n") + "\r\n"
}

/** The mids of an SDP, in m-line order. */
export const mids = (sdp: string): Array<string> =>
  splitSections(sdp).slice(1).map((section) => {
    const mid = lines(section).find((l) => l.startsWith("a=mid:"))
    return mid === undefined ? "" : mid.slice("a=mid:".length)
  })

/** The m-line index of `mid` in `sdp` (0 when unknown). */
export const mLineIndex = (sdp: string, mid: string): number => Math.max(0, mids(sdp).indexOf(mid))

/** The JSON `candidateInit` of a LiveKit `TrickleRequest` for one of our candidates. */
export const candidateInit = (candidate: string, mid: string, index: number): string =>
  JSON.stringify({
    candidate: candidate.startsWith("a=") ? candidate.slice(2) : candidate,
    sdpMid: mid,
    sdpMLineIndex: index,
    usernameFragment: null
  })

export interface RemoteCandidate {
  readonly candidate: string
  readonly sdpMid: string | undefined
  readonly sdpMLineIndex: number | undefined
}

/** A trickled candidate as clients send it (`RTCIceCandidateInit` as JSON); other fields are ignored. */
const CandidateInit = Schema.fromJsonString(Schema.Struct({
  candidate: Schema.optional(Schema.String),
  sdpMid: Schema.optional(Schema.NullOr(Schema.String)),
  sdpMLineIndex: Schema.optional(Schema.NullOr(Schema.Int))
}))
const decodeCandidateInit = Schema.decodeUnknownOption(CandidateInit)

/** Parses a client's `candidateInit` JSON; `undefined` when malformed or an end-of-candidates marker. */
export const parseCandidateInit = (json: string): RemoteCandidate | undefined =>
  Option.match(decodeCandidateInit(json), {
    onNone: () => undefined,
    onSome: ({ candidate, sdpMLineIndex, sdpMid }) =>
      candidate === undefined || candidate.length === 0
        ? undefined
        : { candidate, sdpMid: sdpMid ?? undefined, sdpMLineIndex: sdpMLineIndex ?? undefined }
  })
