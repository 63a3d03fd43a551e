/**
 * One participant's WebRTC peer connection (libdatachannel through `node-datachannel`), single-PC mode:
 * we answer the client's offers, trickle candidates both ways and use the data channels the client opens.
 * Data-track packets arrive and leave on the client's `_data_track` channel.
 *
 * Native callbacks run outside Effect; every one of them is guarded so that a throwing handler is logged and
 * never reaches the process as an uncaught exception.
 */
import { Effect, Schema } from "effect"
import type * as Scope from "effect/Scope"
import { type DataChannel, PeerConnection as NativePeerConnection } from "node-datachannel"
import { shapeAnswer } from "./Sdp.ts"

export const DATA_TRACK_CHANNEL = "_data_track"

/**
 * Packets for a subscriber whose `_data_track` channel already buffers this much are dropped: the channel is
 * lossy by design and a slow subscriber must not grow the server's memory.
 */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024

export interface PeerOptions {
  /** Local address for ICE (e.g. 127.0.0.1 in tests); all interfaces when unset. */
  readonly bindAddress?: string | undefined
  readonly portRangeBegin?: number | undefined
  readonly portRangeEnd?: number | undefined
}

export interface PeerCallbacks {
  /** Our answer, already shaped for LiveKit clients. */
  readonly onAnswer: (sdp: string) => void
  readonly onCandidate: (candidate: string, mid: string) => void
  /** A binary message on the client's `_data_track` channel (a view, valid during the call). */
  readonly onDataTrackPacket: (bytes: Uint8Array) => void
  readonly onStateChange: (state: string) => void
  /** Something failed inside a native callback. */
  readonly onError: (message: string, cause?: unknown) => void
}

export class PeerError extends Schema.TaggedError<PeerError>()("PeerError", {
  message: Schema.String,
  /** What libdatachannel threw. */
  cause: Schema.optional(Schema.Defect())
}) {}

export interface Peer {
  /** Applies a client offer; the answer arrives through `onAnswer`. */
  readonly applyOffer: (sdp: string) => Effect.Effect<void, PeerError>
  readonly addRemoteCandidate: (candidate: string, mid: string) => Effect.Effect<void, PeerError>
  /** Sends (or queues) one data-track packet to the client; `false` (dropped) when its channel is not open or full. */
  readonly sendDataTrack: (bytes: Uint8Array) => boolean
  readonly state: () => string
}

/** Wraps a native callback so that a throwing handler is reported, never thrown into libdatachannel's thread hop. */
const guarded =
  (onError: PeerCallbacks["onError"]) =>
  <Args extends Array<unknown>>(what: string, f: (...args: Args) => void) =>
  (...args: Args): void => {
    try {
      f(...args)
    } catch (cause) {
      try {
        onError(`${what} failed`, cause)
      } catch {
        // nothing left to report to
      }
    }
  }

/** Creates the peer connection; closing the scope closes its channels and the connection. */
export const make = (
  id: string,
  options: PeerOptions,
  callbacks: PeerCallbacks
): Effect.Effect<Peer, PeerError, Scope.Scope> =>
  Effect.gen(function*() {
    const guard = guarded(callbacks.onError)

    const channels = new Set<DataChannel>()
    let dataTrack: DataChannel | undefined

    const pc = yield* Effect.acquireRelease(
      Effect.try({
        try: () =>
          new NativePeerConnection(id, {
            iceServers: [],
            ...(options.bindAddress === undefined ? {} : { bindAddress: options.bindAddress }),
            ...(options.portRangeBegin === undefined ? {} : { portRangeBegin: options.portRangeBegin }),
            ...(options.portRangeEnd === undefined ? {} : { portRangeEnd: options.portRangeEnd })
          }),
        catch: (cause) => new PeerError({ message: "cannot create peer connection", cause })
      }),
      (pc) =>
        Effect.sync(() => {
          for (const dc of channels) {
            try {
              dc.close()
            } catch {
              // already closed
            }
          }
          channels.clear()
          dataTrack = undefined
          try {
            pc.close()
          } catch {
            // already closed
          }
        })
    )

    pc.onLocalDescription(guard("onLocalDescription", (sdp: string, type: string) => {
      if (type === "answer") callbacks.onAnswer(shapeAnswer(sdp))
    }))
    pc.onLocalCandidate(guard("onLocalCandidate", (candidate: string, mid: string) => {
      callbacks.onCandidate(candidate, mid)
    }))
    pc.onStateChange(guard("onStateChange", (state: string) => callbacks.onStateChange(state)))
    pc.onDataChannel(guard("onDataChannel", (dc: DataChannel) => {
      channels.add(dc)
      const label = dc.getLabel()
      if (label === DATA_TRACK_CHANNEL) {
        dataTrack = dc
        dc.onMessage(guard("_data_track message", (msg: string | Buffer | ArrayBuffer) => {
          if (typeof msg === "string") return
          callbacks.onDataTrackPacket(msg instanceof ArrayBuffer ? new Uint8Array(msg) : msg)
        }))
      } else {
        // `_reliable` / `_lossy` carry LiveKit data packets, which this server does not relay
        dc.onMessage(() => {})
      }
      dc.onClosed(guard("onClosed", () => {
        channels.delete(dc)
        if (dataTrack === dc) dataTrack = undefined
      }))
      dc.onError(guard("onError", (err: string) => callbacks.onError(`data channel ${label}: ${err}`)))
    }))

    const applyOffer = (sdp: string) =>
      Effect.try({
        try: () => pc.setRemoteDescription(sdp, "offer"),
        catch: (cause) => new PeerError({ message: "cannot apply offer", cause })
      })

    const addRemoteCandidate = (candidate: string, mid: string) =>
      Effect.try({
        try: () => pc.addRemoteCandidate(candidate, mid),
        catch: (cause) => new PeerError({ message: `cannot add remote candidate ${candidate}`, cause })
      })

    const sendDataTrack = (bytes: Uint8Array): boolean => {
      const dc = dataTrack
      if (dc === undefined) return false
      try {
        if (!dc.isOpen() || dc.bufferedAmount() > MAX_BUFFERED_BYTES) return false
        // libdatachannel copies the message before this returns, and answers false when it buffers it rather than
        // sending it at once: queued, not lost.
        dc.sendMessageBinary(bytes)
        return true
      } catch {
        return false
      }
    }

    const state = (): string => {
      try {
        return pc.state()
      } catch {
        return "closed"
      }
    }

    return { applyOffer, addRemoteCandidate, sendDataTrack, state } satisfies Peer
  })
