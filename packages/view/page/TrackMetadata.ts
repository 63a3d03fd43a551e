/**
 * What LiveKit's browser SDK (2.23) does not expose about a remote data track: its frame encoding and schema. The
 * SFU sends them in the publisher's `ParticipantInfo.data_tracks`; the SDK keeps that message on the participant
 * (a protected field) but maps each track to `{ sid, name, pubHandle, usesE2ee }` only. This reads them back.
 */
import type { ParticipantInfo } from "@livekit/protocol"
import type { RemoteParticipant, Room } from "livekit-client"

/** Well-known frame encodings in protocol order (enum value - 1), named as MCAP's message encodings. */
const FRAME_ENCODINGS = ["ros1", "cdr", "protobuf", "flatbuffer", "cbor", "msgpack", "json"] as const
/** Well-known schema encodings in protocol order (enum value - 1), named as MCAP's schema encodings. */
const SCHEMA_ENCODINGS = ["protobuf", "flatbuffer", "ros1msg", "ros2msg", "ros2idl", "omgidl", "jsonschema"] as const

export interface TrackMetadata {
  /** The frame encoding's name, or undefined when the publisher set none. */
  readonly frameEncoding: string | undefined
  readonly schemaName: string | undefined
  readonly schemaEncoding: string | undefined
}

type EncodingValue = { readonly case: "wellKnown"; readonly value: number } | {
  readonly case: "custom"
  readonly value: string
} | { readonly case: undefined; readonly value?: undefined }

const nameOf = (names: ReadonlyArray<string>, encoding: { readonly value: EncodingValue } | undefined) => {
  switch (encoding?.value.case) {
    case "wellKnown":
      return names[encoding.value.value - 1]
    case "custom":
      return encoding.value.value
    default:
      return undefined
  }
}

const infoOf = (participant: RemoteParticipant): ParticipantInfo | undefined =>
  (participant as unknown as { readonly participantInfo?: ParticipantInfo }).participantInfo

/** The encoding and schema of `publisher`'s track `sid`, as far as the room's last participant update tells. */
export const metadataOf = (room: Room, publisher: string, sid: string): TrackMetadata => {
  const participant = room.remoteParticipants.get(publisher)
  const track = participant === undefined ? undefined : infoOf(participant)?.dataTracks.find((t) => t.sid === sid)
  return {
    frameEncoding: nameOf(FRAME_ENCODINGS, track?.frameEncoding),
    schemaName: track?.schema?.name === "" ? undefined : track?.schema?.name,
    schemaEncoding: nameOf(SCHEMA_ENCODINGS, track?.schema?.encoding)
  }
}
