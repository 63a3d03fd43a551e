import { describe, expect, it } from "@effect/vitest"
import type { RtcStats } from "../src/FfiCodec.ts"
import * as SessionStats from "../src/SessionStats.ts"

const channel = (label: string, messagesSent: number, messagesReceived: number): RtcStats => ({
  stats: "dataChannel",
  dataChannel: {
    rtc: { id: `DC_${label}`, timestamp: 0n },
    dc: {
      label,
      protocol: "",
      dataChannelIdentifier: 1,
      messagesSent,
      bytesSent: 0n,
      messagesReceived,
      bytesReceived: 0n
    }
  }
})

describe("SessionStats", () => {
  it("counts only the _data_track channels, over both peer connections", () => {
    const result = {
      publisherStats: [channel("_reliable", 7, 9), channel("_data_track", 120, 3), {}],
      subscriberStats: [channel("_data_track", 0, 110), channel("_lossy", 5, 5)]
    }
    expect(SessionStats.dataTrackTransport(result)).toEqual({ packetsSent: 120, packetsReceived: 113 })
  })

  it("a session without a _data_track channel (nothing published or subscribed yet) counts nothing", () => {
    const result = { publisherStats: [channel("_reliable", 7, 9)], subscriberStats: [] }
    expect(SessionStats.dataTrackTransport(result)).toEqual({ packetsSent: 0, packetsReceived: 0 })
  })
})
