/**
 * A data-channel-only LiveKit-like client for tests: node-datachannel bound to 127.0.0.1 (libdatachannel, unlike
 * libwebrtc, gathers loopback candidates), its offer embedded in the join request, `_data_track` unordered with
 * 0 retransmits as the real clients open it.
 *
 * Like the Rust client, it sends its offer without candidates and trickles them once it has applied the answer. An
 * offer that carried them let the server's connectivity checks and DTLS hello reach this client before its answer
 * was applied; libdatachannel (the client here, not the server) then connects ICE and checks the server's
 * certificate in the moment between handing the answer to ICE and storing it, finds no fingerprint to compare with
 * and fails the handshake ("DTLS alert: unknown CA") — 7 of 15 runs on a loaded machine. LiveKit's clients wait for
 * the remote fingerprint.
 */
import { Data, Effect } from "effect"
import type * as Scope from "effect/Scope"
import { type DataChannel, PeerConnection } from "node-datachannel"
import { connect, realSleep, type SignalClient } from "./SignalClient.ts"

export class RtcClientError extends Data.TaggedError("RtcClientError")<{ readonly message: string }> {}

export interface RtcClient {
  readonly signal: SignalClient
  readonly dataTrack: DataChannel
  /** Binary messages received on `_data_track`, in order. */
  readonly packets: Array<Uint8Array>
}

export const connectRtc = (url: string, token: string): Effect.Effect<RtcClient, RtcClientError, Scope.Scope> =>
  Effect.gen(function*() {
    const pc = yield* Effect.acquireRelease(
      Effect.sync(() => new PeerConnection(`client-${Math.random()}`, { iceServers: [], bindAddress: "127.0.0.1" })),
      (pc) => Effect.sync(() => pc.close())
    )
    const packets: Array<Uint8Array> = []
    const states: Array<string> = []
    const candidates: Array<{ readonly candidate: string; readonly sdpMid: string }> = []
    pc.onStateChange((state) => states.push(state))
    pc.onLocalCandidate((candidate, sdpMid) => candidates.push({ candidate, sdpMid }))
    const dataTrack = pc.createDataChannel("_data_track", { unordered: true, maxRetransmits: 0 })
    pc.createDataChannel("_reliable")
    dataTrack.onMessage((msg) => {
      if (typeof msg !== "string") packets.push(new Uint8Array(msg instanceof ArrayBuffer ? msg : msg))
    })
    // wait for gathering so that the offer carries our candidates
    for (let i = 0; i < 200 && pc.gatheringState() !== "complete"; i++) yield* realSleep(10)
    const offer = pc.localDescription()
    if (offer === null) return yield* new RtcClientError({ message: "no local offer" })
    const withoutCandidates = offer.sdp.split("\r\n").filter((line) => !/^a=(candidate|end-of-candidates)/.test(line))
    const signal = yield* connect(url, token, { offer: { sdp: withoutCandidates.join("\r\n"), id: 1 } }).pipe(
      Effect.mapError((e) => new RtcClientError({ message: e.message }))
    )
    yield* signal.next("join")
    const answer = yield* signal.next("answer")
    pc.setRemoteDescription(String(answer["sdp"]), "answer")
    for (const candidate of candidates) signal.send({ trickle: { candidateInit: JSON.stringify(candidate) } })
    // add the server's trickled candidates as they come
    const added = new Set<unknown>()
    for (let i = 0; i < 500 && !dataTrack.isOpen(); i++) {
      for (const m of signal.received) {
        if (m.message !== "trickle" || added.has(m)) continue
        added.add(m)
        const init = JSON.parse(String((m["trickle"] as Record<string, unknown>)["candidateInit"])) as {
          candidate: string
          sdpMid: string
        }
        yield* Effect.try(() => pc.addRemoteCandidate(init.candidate, init.sdpMid)).pipe(
          Effect.catch((e) => Effect.sync(() => states.push(`addRemoteCandidate: ${String(e.cause)}`)))
        )
      }
      yield* realSleep(10)
    }
    if (!dataTrack.isOpen()) {
      return yield* new RtcClientError({ message: `_data_track did not open within 5 s: ${states.join(", ")}` })
    }
    return { signal, dataTrack, packets } satisfies RtcClient
  })

/** A v0 data-track packet: 12-byte base header (S and F set) + payload. */
export const packet = (handle: number, sequence: number, payload: Uint8Array, version = 0): Uint8Array => {
  const bytes = new Uint8Array(12 + payload.length)
  const view = new DataView(bytes.buffer)
  bytes[0] = (version << 5) | 0x18
  view.setUint16(2, handle)
  view.setUint16(4, sequence)
  view.setUint16(6, sequence)
  view.setUint32(8, sequence * 3000)
  bytes.set(payload, 12)
  return bytes
}
