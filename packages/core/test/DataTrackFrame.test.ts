import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { DataTrackFrame, guessTimestampUnit } from "../src/DataTrackFrame.ts"
import { DataTrackInfo } from "../src/DataTrackInfo.ts"
import { checkFrame, MAX_FRAME_BYTES, maxFrameBytes } from "../src/DataTrackLimits.ts"
import { PipelineOptions, PublishOptions, SubscribeOptions } from "../src/DataTrackOptions.ts"

const roundTrips = <S extends Schema.Codec<unknown, unknown>>(schema: S, value: S["Type"]) => {
  const encoded = Schema.encodeUnknownSync(schema)(value)
  expect(Schema.decodeUnknownSync(schema)(encoded)).toEqual(value)
}

describe("domain values", () => {
  it.prop("frames round-trip through their schema", { frame: DataTrackFrame }, ({ frame }) => {
    roundTrips(DataTrackFrame, frame)
  })

  it.prop("track info and options round-trip through their schemas", {
    info: DataTrackInfo,
    publish: PublishOptions,
    subscribe: SubscribeOptions,
    pipeline: PipelineOptions
  }, ({ info, publish, subscribe, pipeline }) => {
    roundTrips(DataTrackInfo, info)
    roundTrips(PublishOptions, publish)
    roundTrips(SubscribeOptions, subscribe)
    roundTrips(PipelineOptions, pipeline)
  })

  it("reads user timestamps in the unit they were written in", () => {
    const ms = new DataTrackFrame({ payload: new Uint8Array([1]), userTimestamp: 1500n })
    const us = new DataTrackFrame({ payload: new Uint8Array([1]), userTimestamp: 1500n, timestampUnit: "microseconds" })
    expect(ms.timestampUnit).toBe("milliseconds")
    expect(ms.timestampMillis).toBe(1500)
    expect(us.timestampMillis).toBe(1.5)
    expect(ms.latencyMillis(1502)).toBe(2)
    expect(DataTrackFrame.of(new Uint8Array([1])).latencyMillis(5)).toBeUndefined()
    expect(DataTrackFrame.text("héllo").text).toBe("héllo")
  })

  it.prop("frames are refused exactly when empty or above the reassembly limit", {
    delta: Schema.Int.check(Schema.isBetween({ minimum: -3, maximum: 3 })),
    stamped: Schema.Boolean
  }, ({ delta, stamped }) => {
    const limit = maxFrameBytes(stamped)
    const frame = new DataTrackFrame({
      payload: new Uint8Array(limit + delta),
      ...(stamped ? { userTimestamp: 1n } : {})
    })
    expect(checkFrame(frame)?._tag).toBe(delta > 0 ? "FrameTooLarge" : undefined)
  }, { timeout: 30_000, arbitrary: { runs: 20 } })

  it.prop("guessTimestampUnit reads any epoch time from 1974 to 5000 right, in ms or in µs", {
    // 1974-01-01 .. 5000-01-01 in ms
    millis: Schema.Int.check(Schema.isBetween({ minimum: 126_230_400_000, maximum: 95_617_584_000_000 }))
  }, ({ millis }) => {
    expect(guessTimestampUnit(BigInt(millis))).toBe("milliseconds")
    expect(guessTimestampUnit(BigInt(millis) * 1000n)).toBe("microseconds")
  })

  it("knows the core's limits", () => {
    expect(MAX_FRAME_BYTES).toBe(2_044_928)
    expect(maxFrameBytes(false)).toBe(2_046_464)
    expect(checkFrame(DataTrackFrame.of(new Uint8Array(0)))?._tag).toBe("EmptyFrame")
  })
})
