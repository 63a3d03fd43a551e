/**
 * Spaces a participant's frames so that the transport never drops one it was handed.
 *
 * The LiveKit Rust core sends a participant's data-track frames (all of its tracks) through one queue that holds a
 * single waiting frame behind the one being sent, and a newer frame evicts the waiting one without a word (its
 * `try_push` still succeeds). The frame being sent goes out one 16,000-byte packet at a time, the next packet only
 * once the data channel has taken the previous one. So a frame pushed while another waits loses the waiting one:
 * two frames pushed back to back, or a small frame pushed right behind a multi-packet one, lose all but the last.
 *
 * A pacer books, for every frame pushed, the packets it becomes and the time the transport needs to take them (its
 * packet count times {@link PacerOptions.msPerPacket}, or {@link PacerOptions.minGapMs} for a frame the channel
 * takes at once, plus a margin), and a paced push waits until that time has passed. Where the transport reports its
 * progress ({@link TransportProgress}), a paced push behind frames that held the transport for several packets
 * (whose time varies most with the machine's load) also waits until the transport has really handed every booked
 * packet to the network, and then books one more packet's time for the channel to take the last one. So a slow or
 * stalled transport delays the next frames instead of losing them. The count is read only there (and at least once
 * per {@link CHECK_EVERY_MS} of booked time): the LiveKit core's statistics are cached for 50 ms, so reading them at
 * every push would hold each push up to 50 ms. `tryPush` never waits; it only books.
 *
 * @since 0.1.0
 */
import { Clock, Effect, Semaphore } from "effect"
import type { DataTrackFrame } from "./DataTrackFrame.ts"
import { packetPayloadBytes } from "./DataTrackLimits.ts"

/**
 * How many transport packets the core cuts a frame into (its header is longer with a user timestamp).
 *
 * @since 0.1.0
 * @category utils
 */
export const packetsOf = (frame: DataTrackFrame): number =>
  Math.max(1, Math.ceil(frame.payload.byteLength / packetPayloadBytes(frame.userTimestamp !== undefined)))

/**
 * The data channel rounds a frame holds the transport for: the core hands the channel another packet only while it
 * buffers at most 8 KiB, so every packet above that waits for the channel to drain. Smaller frames hold it for none.
 */
const transportRounds = (frame: DataTrackFrame): number =>
  frame.payload.byteLength <= CHANNEL_LOW_WATER_BYTES ? 0 : packetsOf(frame)

const CHANNEL_LOW_WATER_BYTES = 8 * 1024

/**
 * How often a paced push asks the transport again while booked packets are still on their way.
 *
 * @since 0.1.0
 * @category constants
 */
export const PROGRESS_POLL_MS = 10

/**
 * A count that has not moved for this long while packets are still owed means those packets will never be sent:
 * the core dropped their frames (evicted by frames `tryPush`ed back to back, or unpublished). The pacer then stops
 * waiting for them. A transport that moves at all moves a packet every few milliseconds.
 *
 * @since 0.1.0
 * @category constants
 */
export const PROGRESS_STALL_MS = 150

/**
 * Booked transport time after which a paced push checks the count even behind frames of one packet each.
 *
 * @since 0.1.0
 * @category constants
 */
export const CHECK_EVERY_MS = 50

/**
 * How a pacer estimates the time the transport takes to send a frame.
 *
 * @since 0.1.0
 * @category models
 */
export interface PacerOptions {
  /** Time the transport takes to hand one full packet to the network. */
  readonly msPerPacket: number
  /** Time between any two frames, so that the transport's sender runs between them. */
  readonly minGapMs: number
  /**
   * Extra time booked for every frame, as a fraction of its time: the transport's pace varies with the machine's
   * load. Without {@link TransportProgress} a frame that takes longer than booked makes the next one wait, where a
   * third evicts it; with it, the margin only saves progress queries.
   */
  readonly margin: number
}

/**
 * What the transport tells of its progress: the packets it has handed to the network so far, over all of the
 * participant's tracks, or `undefined` when it cannot tell. A count lower than the last one means a new transport
 * (after a reconnect): counting starts afresh.
 *
 * @since 0.1.0
 * @category models
 */
export interface TransportProgress {
  readonly packetsSent: Effect.Effect<number | undefined>
}

/**
 * Paces one participant's pushes so that the transport does not drop a frame it was handed.
 *
 * @since 0.1.0
 * @category models
 */
export interface SendPacer {
  /** Waits until the frames booked before are out, runs `push`, and books `frame` when it succeeds. */
  readonly paced: <E>(frame: DataTrackFrame, push: Effect.Effect<void, E>) => Effect.Effect<void, E>
  /** Books a frame that was pushed without waiting. */
  readonly book: (frame: DataTrackFrame) => Effect.Effect<void>
}

/**
 * For transports that queue every frame (the in-memory room): nothing to wait for.
 *
 * @since 0.1.0
 * @category constructors
 */
export const unpaced: SendPacer = { paced: (_frame, push) => push, book: () => Effect.void }

/**
 * A pacer for one participant: every track it publishes shares it, as they share the transport.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (options: PacerOptions, progress?: TransportProgress): Effect.Effect<SendPacer> =>
  Effect.gen(function*() {
    const turn = yield* Semaphore.make(1)
    let freeAtMillis = 0
    /** The transport's count once every booked packet is out. */
    let owedUntil = 0
    /** The count last seen. */
    let lastSent = 0
    /** Transport rounds and time booked since the count was last checked, and the rounds of the newest frame. */
    let roundsSinceCheck = 0
    let msSinceCheck = 0
    let newestRounds = 0
    const roundMs = options.msPerPacket * (1 + options.margin)
    const book = (frame: DataTrackFrame) =>
      Effect.withFiberSucceed((fiber) => {
        const now = fiber.getRef(Clock.Clock).currentTimeMillisUnsafe()
        const rounds = transportRounds(frame)
        const busyMs = rounds === 0 ? options.minGapMs * (1 + options.margin) : rounds * roundMs
        freeAtMillis = Math.max(freeAtMillis, now) + busyMs
        owedUntil += packetsOf(frame)
        roundsSinceCheck += rounds
        msSinceCheck += busyMs
        newestRounds = rounds
      })
    /** Waits until the transport has handed over every booked packet (or will never hand over the rest). */
    const drained = (transport: TransportProgress) =>
      Effect.gen(function*() {
        let movedAt = yield* Clock.currentTimeMillis
        while (true) {
          const sent = yield* transport.packetsSent
          if (sent === undefined) return
          const now = yield* Clock.currentTimeMillis
          if (sent < lastSent) owedUntil = sent
          if (sent !== lastSent) {
            lastSent = sent
            movedAt = now
          }
          if (sent >= owedUntil || now - movedAt >= PROGRESS_STALL_MS) {
            owedUntil = sent
            // the channel may still hold the newest frame's last packet for a round before the sender moves on
            if (newestRounds > 0) freeAtMillis = Math.max(freeAtMillis, now + roundMs)
            return
          }
          yield* Effect.sleep(PROGRESS_POLL_MS)
        }
      })
    const paced = <E>(frame: DataTrackFrame, push: Effect.Effect<void, E>): Effect.Effect<void, E> =>
      turn.withPermit(Effect.gen(function*() {
        const now = yield* Clock.currentTimeMillis
        if (freeAtMillis > now) yield* Effect.sleep(freeAtMillis - now)
        if (progress !== undefined && (roundsSinceCheck >= 2 || msSinceCheck >= CHECK_EVERY_MS)) {
          yield* drained(progress)
          roundsSinceCheck = 0
          msSinceCheck = 0
        }
        // After a pause the core's sender takes its first frame late (its tasks were parked): the next push checks
        // that it did.
        const resting = now - freeAtMillis >= CHECK_EVERY_MS
        yield* push
        yield* book(frame)
        if (resting) msSinceCheck = CHECK_EVERY_MS
      }))
    return { paced, book }
  })
