/**
 * The progress of a room's data-track transport, read from the session's WebRTC statistics.
 *
 * The core hands data-track packets to the publisher's `_data_track` data channel one at a time, and the channel's
 * `messagesSent` counts those the channel passed on to the SCTP transport. So that count, against the packets the
 * SDK pushed, tells whether the core's sender still holds any: the exact signal `SendPacer` needs, where the FFI
 * reports nothing else about the transport. One query costs about 0.5 ms of CPU (the core gathers every statistic
 * of the peer connection), which is why the pacer asks only once its time estimate has passed.
 *
 * @since 0.1.0
 */
import type { SendPacer } from "@effect-livekit/core"
import { Effect, Option } from "effect"
import { FfiClient } from "./FfiClient.ts"
import type { RtcStats } from "./FfiCodec.ts"

/** The label of the data channel data-track packets travel on. */
export const DATA_TRACK_CHANNEL = "_data_track"

/** Data-track packets sent on the publisher side, or `undefined` when the statistics hold no such channel yet. */
export const dataTrackPacketsSent = (publisherStats: ReadonlyArray<RtcStats>): number | undefined => {
  let sent: number | undefined
  for (const stats of publisherStats) {
    if (stats.stats === "dataChannel" && stats.dataChannel.dc.label === DATA_TRACK_CHANNEL) {
      sent = (sent ?? 0) + stats.dataChannel.dc.messagesSent
    }
  }
  return sent
}

/** A statistics query that gets no answer in this time (a room in the middle of a reconnect) tells nothing. */
const QUERY_TIMEOUT = "1 second"

/**
 * The room's data-track transport progress for its pacer. Before the first publication there is no `_data_track`
 * channel: nothing has been sent (0). A query that fails or goes unanswered (the room is closing or reconnecting)
 * tells nothing (`undefined`), and the pacer then goes by its time estimate alone.
 */
export const transportProgress = Effect.fnUntraced(function*(roomHandle: bigint) {
  const client = yield* FfiClient
  const packetsSent = client.requestAsync("getSessionStats", { roomHandle }).pipe(
    Effect.map((callback) =>
      callback.message === "result" ? dataTrackPacketsSent(callback.result.publisherStats) ?? 0 : undefined
    ),
    Effect.timeoutOption(QUERY_TIMEOUT),
    Effect.map(Option.getOrUndefined),
    Effect.orElseSucceed(() => undefined)
  )
  return { packetsSent } satisfies SendPacer.TransportProgress
})
