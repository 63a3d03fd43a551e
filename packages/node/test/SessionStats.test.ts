import { describe, expect, it } from "@effect/vitest"
import * as SessionStats from "../src/SessionStats.ts"
import { dataChannelStats } from "./FakeNative.ts"

const channel = dataChannelStats

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
