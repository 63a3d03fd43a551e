/** What happens in a room, as seen by the local participant. */
import { Data } from "effect"
import type { RemoteDataTrack } from "./RemoteDataTrack.ts"

export type ConnectionState = "connected" | "reconnecting" | "disconnected"

export type RoomEvent = Data.TaggedEnum<{
  DataTrackPublished: { readonly track: RemoteDataTrack }
  DataTrackUnpublished: { readonly sid: string; readonly publisher: string; readonly name: string }
  ParticipantConnected: { readonly identity: string }
  ParticipantDisconnected: { readonly identity: string }
  ConnectionStateChanged: { readonly state: ConnectionState }
}>

export const RoomEvent = Data.taggedEnum<RoomEvent>()
