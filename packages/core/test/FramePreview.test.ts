import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import { FrameCounter, preview, sentMillis, sequenceOf } from "../src/FramePreview.ts"

const text = (s: string) => new TextEncoder().encode(s)

describe("FramePreview", () => {
  it("previews printable text quoted and anything else in hex", () => {
    expect(preview(text("robot status #7"))).toBe("text \"robot status #7\"")
    expect(preview(text("a".repeat(90)), 80)).toBe(`text "${"a".repeat(80)}…"`)
    expect(preview(text("two\nlines"))).toBe("hex 74 77 6f 0a 6c 69 6e 65 73")
    expect(preview(new Uint8Array(20))).toBe(`hex ${Array(16).fill("00").join(" ")} …`)
  })

  it("reads the #<n> sequence number and the sender's time", () => {
    expect(sequenceOf(text("robot status #42 uptime=1ms"))).toBe(42)
    expect(sequenceOf(text("no number"))).toBeUndefined()
    // binary bytes that happen to hold "#12" (a zlib depth frame did, in the view test) are not a sequence line
    expect(sequenceOf(Uint8Array.from([0x78, 0x01, 0x9c, ...text("#12"), 0xff]))).toBeUndefined()
    expect(sequenceOf(Uint8Array.from([0xff, 0xfe, ...text("#12")]))).toBeUndefined()
    expect(sentMillis(1_700_000_000_000n, "auto")).toBe(1_700_000_000_000)
    expect(sentMillis(1_700_000_000_000_000n, "auto")).toBe(1_700_000_000_000)
    expect(sentMillis(1500n, "us")).toBe(1.5)
    expect(sentMillis(undefined, "auto")).toBeUndefined()
  })

  it.prop("counts exactly the frames missing between sequence numbers", {
    kept: Schema.Array(Schema.Boolean)
  }, ({ kept }) => {
    const counter = new FrameCounter()
    kept.forEach((keep, seq) => {
      if (keep) counter.record(text(`frame #${seq}`))
    })
    const received = kept.flatMap((keep, seq) => (keep ? [seq] : []))
    const first = received[0]
    const last = received.at(-1)
    expect(counter.frames).toBe(received.length)
    expect(counter.sequenced).toBe(received.length > 0)
    expect(counter.gaps).toBe(first === undefined || last === undefined ? 0 : last - first + 1 - received.length)
  })

  it("counts frames without sequence numbers but no gaps for them", () => {
    const counter = new FrameCounter()
    counter.record(new Uint8Array([1, 2, 3]))
    counter.record(new Uint8Array([4]))
    expect({ frames: counter.frames, bytes: counter.bytes, gaps: counter.gaps, sequenced: counter.sequenced }).toEqual({
      frames: 2,
      bytes: 4,
      gaps: 0,
      sequenced: false
    })
    expect(counter.rates().framesPerSecond).toBeGreaterThan(0)
    expect(counter.rates().framesPerSecond).toBe(0)
  })
})
