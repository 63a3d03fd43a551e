/**
 * A broadcast ring of frames, with the LiveKit core's subscriber-buffer semantics: one ring per track,
 * shared by every reader; each reader has its own cursor; a reader that falls more than `capacity`
 * frames behind skips to the oldest frame still held (drop-oldest), so memory stays bounded whatever
 * the readers do. Frames written before a reader exists are never seen by it.
 *
 * The in-memory room keeps one per subscribed track; the FFI room uses one of capacity 1 behind
 * `latest`.
 *
 * @since 0.1.0
 */
import { Cause, Effect } from "effect"

/**
 * One reader's place in a `FrameRing`: the next frame it takes, and what it lost by falling behind.
 *
 * @since 0.1.0
 * @category models
 */
export interface RingReader {
  /** Sequence number of the next frame this reader takes. */
  cursor: number
  /** Frames this reader lost because it fell behind. */
  skipped: number
  /** Set when the reader's subscription closed: it takes nothing more. */
  closed: boolean
}

type Ending<E> = { readonly _tag: "Ended" } | { readonly _tag: "Failed"; readonly error: E }

/**
 * A broadcast ring of at most `capacity` frames, read by any number of readers with their own cursors.
 *
 * @since 0.1.0
 * @category models
 */
export class FrameRing<A, E> {
  readonly capacity: number
  private readonly slots: Array<A | undefined>
  /** Sequence number of the next frame written. */
  private head = 0
  private ending: Ending<E> | undefined
  private readonly waiters = new Set<() => void>()

  constructor(capacity: number) {
    this.capacity = Math.max(1, Math.floor(capacity))
    this.slots = Array.from({ length: this.capacity })
  }

  /** Frames written so far. */
  get written(): number {
    return this.head
  }

  /** Whether the ring has ended or failed. */
  get isClosed(): boolean {
    return this.ending !== undefined
  }

  /** A reader that sees the frames written from now on. */
  reader(): RingReader {
    return { cursor: this.head, skipped: 0, closed: false }
  }

  /** Adds a frame, overwriting the oldest when full. Ignored once the ring is closed. */
  write(frame: A): void {
    if (this.ending !== undefined) return
    this.slots[this.head % this.capacity] = frame
    this.head++
    this.wake()
  }

  /** No more frames: readers take what is left, then end. */
  end(): void {
    this.close({ _tag: "Ended" })
  }

  /** The source failed: readers take what is left, then fail with `error`. */
  fail(error: E): void {
    this.close({ _tag: "Failed", error })
  }

  /** Ends one reader (its subscription closed) without touching the others. */
  closeReader(reader: RingReader): void {
    reader.closed = true
    this.wake()
  }

  /** Frames a reader could take now without waiting (after skipping what was overwritten). */
  available(reader: RingReader): number {
    this.catchUp(reader)
    return this.head - reader.cursor
  }

  /** The next frame in order; waits for one; `Cause.Done` once the ring ended and is drained. */
  take(reader: RingReader): Effect.Effect<A, E | Cause.Done> {
    return this.next(reader, false)
  }

  /** The newest frame not yet seen by this reader, skipping older ones; waits for one. */
  takeLatest(reader: RingReader): Effect.Effect<A, E | Cause.Done> {
    return this.next(reader, true)
  }

  private next(reader: RingReader, latest: boolean): Effect.Effect<A, E | Cause.Done> {
    return Effect.suspend(() => {
      const ready = this.poll(reader, latest)
      if (ready !== undefined) return ready
      return Effect.flatMap(this.changed(), () => this.next(reader, latest))
    })
  }

  private poll(reader: RingReader, latest: boolean): Effect.Effect<A, E | Cause.Done> | undefined {
    if (reader.closed) return Cause.done()
    this.catchUp(reader)
    if (latest && reader.cursor < this.head - 1) {
      reader.skipped += this.head - 1 - reader.cursor
      reader.cursor = this.head - 1
    }
    if (reader.cursor < this.head) {
      const frame = this.slots[reader.cursor % this.capacity] as A
      reader.cursor++
      return Effect.succeed(frame)
    }
    const ending = this.ending
    if (ending === undefined) return undefined
    return ending._tag === "Ended" ? Cause.done() : Effect.fail(ending.error)
  }

  private catchUp(reader: RingReader): void {
    const oldest = this.head - this.capacity
    if (reader.cursor < oldest) {
      reader.skipped += oldest - reader.cursor
      reader.cursor = oldest
    }
  }

  private changed(): Effect.Effect<void> {
    return Effect.callback<void>((resume) => {
      const wake = () => resume(Effect.void)
      this.waiters.add(wake)
      return Effect.sync(() => this.waiters.delete(wake))
    })
  }

  private close(ending: Ending<E>): void {
    if (this.ending !== undefined) return
    this.ending = ending
    this.wake()
  }

  private wake(): void {
    if (this.waiters.size === 0) return
    const waiting = [...this.waiters]
    this.waiters.clear()
    for (const wake of waiting) wake()
  }
}
