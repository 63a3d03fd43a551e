/**
 * Data-track packet forwarding (the SFU's hot path: synchronous, no allocation).
 *
 * Upstream packets carry the publisher's `pub_handle` in bytes 2-3; each subscriber gets the packet with its own
 * handle written there, on its `_data_track` channel. `sendDataTrack` copies before it returns (libdatachannel queues
 * a copy of its own), so the received buffer is rewritten in place for each subscriber in turn. Packets that are too
 * short, of another version, with handle 0, or for an unknown handle are dropped.
 */
import { rewriteHandleInPlace, trackHandle } from "./DataTrackPacket.ts"
import type { Participant } from "./RoomState.ts"

export interface ForwardStats {
  received: number
  forwarded: number
  /** malformed or unknown handle */
  dropped: number
  /** a subscriber's channel was not open or full */
  notDelivered: number
}

export const makeStats = (): ForwardStats => ({ received: 0, forwarded: 0, dropped: 0, notDelivered: 0 })

/** Forwards one packet received from `publisher`. */
export const forward = (publisher: Participant, bytes: Uint8Array, stats: ForwardStats): void => {
  stats.received++
  const handle = trackHandle(bytes)
  const track = handle === undefined ? undefined : publisher.tracks.get(handle)
  if (track === undefined) {
    stats.dropped++
    return
  }
  for (const [subscriber, subHandle] of track.subscribers) {
    if (subscriber.sendDataTrack(rewriteHandleInPlace(bytes, subHandle))) stats.forwarded++
    else stats.notDelivered++
  }
}
