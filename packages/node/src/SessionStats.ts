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
import { FfiClient, type FfiClientShape } from "./FfiClient.ts"
import type { GetSessionStatsResult } from "./FfiCodec.ts"

/**
 * The label of the data channel data-track packets travel on.
 *
 * @since 0.1.0
 * @category constants
 */
export const DATA_TRACK_CHANNEL = "_data_track"

/**
 * A participant's data-track packets as its data channels counted them: sent to the server (every track it
 * publishes) and received from it (every track it subscribes to), since it joined.
 *
 * @since 0.1.0
 * @category models
 */
export interface DataTrackTransport {
  readonly packetsSent: number
  readonly packetsReceived: number
}

/**
 * Sums the `_data_track` channels of both peer connections (which one carries them depends on the server).
 *
 * @since 0.1.0
 * @category utils
 */
export const dataTrackTransport = (result: GetSessionStatsResult): DataTrackTransport => {
  let packetsSent = 0
  let packetsReceived = 0
  for (const stats of [...result.publisherStats, ...result.subscriberStats]) {
    if (stats.stats === "dataChannel" && stats.dataChannel.dc.label === DATA_TRACK_CHANNEL) {
      packetsSent += stats.dataChannel.dc.messagesSent
      packetsReceived += stats.dataChannel.dc.messagesReceived
    }
  }
  return { packetsSent, packetsReceived }
}

/** A statistics query that gets no answer in this time (a room in the middle of a reconnect) tells nothing. */
const QUERY_TIMEOUT = "1 second"

/** One statistics query: its result, or `undefined` when it failed or went unanswered. */
const query = (client: FfiClientShape, roomHandle: bigint) =>
  client.requestAsync("getSessionStats", { roomHandle }).pipe(
    Effect.map((callback) => callback.message === "result" ? callback.result : undefined),
    Effect.timeoutOption(QUERY_TIMEOUT),
    Effect.map(Option.getOrUndefined),
    Effect.orElseSucceed(() => undefined)
  )

/**
 * The room's data-track packet counts; `undefined` when the core cannot tell now (closing or reconnecting).
 *
 * @since 0.1.0
 * @category utils
 */
export const transportCounts = Effect.fnUntraced(function*(roomHandle: bigint) {
  const client = yield* FfiClient
  return Effect.map(
    query(client, roomHandle),
    (result) => result === undefined ? undefined : dataTrackTransport(result)
  )
})

/**
 * The room's data-track transport progress for its pacer. Before the first publication there is no `_data_track`
 * channel: nothing has been sent (0). A query that fails or goes unanswered (the room is closing or reconnecting)
 * tells nothing (`undefined`), and the pacer then goes by its time estimate alone.
 *
 * @since 0.1.0
 * @category constructors
 */
export const transportProgress = Effect.fnUntraced(function*(roomHandle: bigint) {
  const counts = yield* transportCounts(roomHandle)
  return {
    packetsSent: Effect.map(counts, (transport) => transport?.packetsSent)
  } satisfies SendPacer.TransportProgress
})
