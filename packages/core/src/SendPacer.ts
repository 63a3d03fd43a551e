/**
 * Spaces a participant's frames so that the transport never drops one it was handed.
 *
 * The LiveKit Rust core sends a participant's data-track frames (all of its tracks) through one queue that holds a
 * single waiting frame behind the one being sent, and a newer frame evicts the waiting one without a word (its
 * `try_push` still succeeds). The frame being sent goes out one 16,000-byte packet at a time, the next packet only
 * once the data channel has taken the previous one. So a frame pushed while another waits loses the waiting one:
 * two frames pushed back to back, or a small frame pushed right behind a multi-packet one, lose all but the last.
 *
 * A pacer books, for every frame pushed, the time the transport needs to take it (its packet count times
 * {@link PacerOptions.msPerPacket}, or {@link PacerOptions.minGapMs} for a frame the channel takes at once, plus a
 * margin) and makes a paced push wait until the frames before it are booked out. `tryPush` never waits; it only books.
 * The FFI reports nothing about the transport's progress, so the times are estimates measured on the real core.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Semaphore } from "effect"
import type { DataTrackFrame } from "./DataTrackFrame.ts"
import { PACKET_MTU } from "./DataTrackLimits.ts"

/** Payload bytes of one packet (the MTU less the base header and the user-timestamp extension). */
const PACKET_PAYLOAD_BYTES = PACKET_MTU - 24

/** How many transport packets a frame takes. */
export const packetsOf = (frame: DataTrackFrame): number =>
  Math.max(1, Math.ceil(frame.payload.byteLength / PACKET_PAYLOAD_BYTES))

/**
 * The data channel rounds a frame holds the transport for: the core hands the channel another packet only while it
 * buffers at most 8 KiB, so every packet above that waits for the channel to drain. Smaller frames hold it for none.
 */
const transportRounds = (frame: DataTrackFrame): number =>
  frame.payload.byteLength <= CHANNEL_LOW_WATER_BYTES ? 0 : packetsOf(frame)

const CHANNEL_LOW_WATER_BYTES = 8 * 1024

export interface PacerOptions {
  /** Time the transport takes to hand one full packet to the network. */
  readonly msPerPacket: number
  /** Time between any two frames, so that the transport's sender runs between them. */
  readonly minGapMs: number
  /**
   * Extra time booked for every frame, as a fraction of its time: the transport's pace varies with the machine's
   * load, and a frame that takes longer than booked makes the next one wait, where a third evicts it. A transport
   * at most this much slower than booked never evicts a paced frame.
   */
  readonly margin: number
}

export interface SendPacer {
  /** Waits until the frames booked before are out, runs `push`, and books `frame` when it succeeds. */
  readonly paced: <E>(frame: DataTrackFrame, push: Effect.Effect<void, E>) => Effect.Effect<void, E>
  /** Books a frame that was pushed without waiting. */
  readonly book: (frame: DataTrackFrame) => Effect.Effect<void>
}

/** For transports that queue every frame (the in-memory room): nothing to wait for. */
export const unpaced: SendPacer = { paced: (_frame, push) => push, book: () => Effect.void }

/** A pacer for one participant: every track it publishes shares it, as they share the transport. */
export const make = (options: PacerOptions): Effect.Effect<SendPacer> =>
  Effect.gen(function*() {
    const turn = yield* Semaphore.make(1)
    let freeAtMillis = 0
    const book = (frame: DataTrackFrame) =>
      Effect.map(Clock.currentTimeMillis, (now) => {
        const rounds = transportRounds(frame)
        const busyMs = (rounds === 0 ? options.minGapMs : rounds * options.msPerPacket) * (1 + options.margin)
        freeAtMillis = Math.max(freeAtMillis, now) + busyMs
      })
    const paced = <E>(frame: DataTrackFrame, push: Effect.Effect<void, E>): Effect.Effect<void, E> =>
      turn.withPermit(Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        if (freeAtMillis > now) yield* Effect.sleep(freeAtMillis - now)
        yield* push
        yield* book(frame)
      }))
    return { paced, book }
  })
