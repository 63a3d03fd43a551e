import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { parseCandidateInit, shapeAnswer } from "../src/Sdp.ts"

/** libdatachannel's answer to a LiveKit offer, shortened: one placeholder and the data section. */
const answer = [
  "v=0",
  "o=rtc 1 0 IN IP4 127.0.0.1",
  "s=-",
  "t=0 0",
  "a=group:BUNDLE 0 6",
  "a=group:LS 0 6",
  "m=audio 9 UDP/TLS/RTP/SAVPF 111",
  "c=IN IP4 0.0.0.0",
  "a=mid:0",
  "a=sendonly",
  "a=ssrc:42 cname:x",
  "a=msid:stream track",
  "a=rtpmap:111 opus/48000/2",
  "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
  "c=IN IP4 0.0.0.0",
  "a=mid:6",
  "a=sendrecv",
  // what libdatachannel copies from a 0.12.80 core's offer
  "a=sctp-init:AQAAHqk+xNwAUAAA/////zltXkXAAAAEgAgABoLA",
  "a=sctp-port:5000",
  "a=max-message-size:262144",
  "a=setup:active",
  ""
].join("\r\n")

const sectionOf = (sdp: string, mid: string): Array<string> => {
  const sections = sdp.split("\r\n").join("\n").split(/\n(?=m=)/)
  return (sections.find((s) => s.includes(`a=mid:${mid}\n`) || s.endsWith(`a=mid:${mid}`)) ?? "").split("\n")
}

describe("shapeAnswer", () => {
  it("answers a placeholder with port 9 and a=inactive, and keeps every mid in BUNDLE", () => {
    const shaped = shapeAnswer(answer)
    const audio = sectionOf(shaped, "0")
    assert.strictEqual(audio[0], "m=audio 9 UDP/TLS/RTP/SAVPF 111")
    assert.include(audio, "a=inactive")
    assert.notInclude(audio, "a=sendonly")
    assert.isFalse(audio.some((l) => l.startsWith("a=ssrc") || l.startsWith("a=msid:")))
    assert.include(shaped.split("\r\n"), "a=group:BUNDLE 0 6")
    assert.isFalse(shaped.includes("a=group:LS"))
  })

  it("drops the SNAP attribute (a=sctp-init) and keeps the rest of the data section", () => {
    const data = sectionOf(shapeAnswer(answer), "6")
    assert.isFalse(data.some((l) => l.startsWith("a=sctp-init")))
    for (const kept of ["a=sendrecv", "a=sctp-port:5000", "a=max-message-size:262144", "a=setup:active"]) {
      assert.include(data, kept)
    }
  })
})

describe("parseCandidateInit", () => {
  it("reads a browser's and the Rust client's candidate init, and nothing else", () => {
    assert.deepStrictEqual(
      parseCandidateInit(
        "{\"candidate\":\"candidate:1 1 udp 1 10.77.0.2 5000 typ host\",\"sdpMid\":\"0\",\"sdpMLineIndex\":0}"
      ),
      { candidate: "candidate:1 1 udp 1 10.77.0.2 5000 typ host", sdpMid: "0", sdpMLineIndex: 0 }
    )
    assert.deepStrictEqual(parseCandidateInit("{\"candidate\":\"c\",\"sdpMid\":null,\"usernameFragment\":null}"), {
      candidate: "c",
      sdpMid: undefined,
      sdpMLineIndex: undefined
    })
    for (const malformed of ["", "null", "[]", "{\"candidate\":\"\"}", "{\"candidate\":42}", "{", "{}"]) {
      assert.isUndefined(parseCandidateInit(malformed), malformed)
    }
  })

  it.prop("never throws, whatever the text", { text: Schema.String }, ({ text }) => {
    const parsed = parseCandidateInit(text)
    assert.isTrue(parsed === undefined || parsed.candidate.length > 0)
  })
})
