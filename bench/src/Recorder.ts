/**
 * Plain-JS pieces shared by the SDK agent and the raw FFI agent, so that both do exactly the same bookkeeping:
 * the receive recorder, the pacing schedule and the CPU sampler.
 */
import { readFileSync } from "node:fs"
import type { CpuSample, ReceiveReport } from "./Protocol.ts"
import { nowMillis, readHeader } from "./Protocol.ts"

const schedstatPath = `/proc/self/task/${process.pid}/schedstat`

/** CPU of this process so far (all threads) and of its JS main thread. */
export const cpuSample = (): CpuSample => {
  const usage = process.cpuUsage()
  let mainThreadUs = -1
  try {
    // "<ns on cpu> <ns waiting> <timeslices>"
    const ns = Number(readFileSync(schedstatPath, "utf8").split(" ")[0])
    if (Number.isFinite(ns)) mainThreadUs = ns / 1000
  } catch {
    // not Linux: main-thread figures are left out
  }
  return { atMs: performance.now(), processUs: usage.user + usage.system, mainThreadUs }
}

/** Records received frames of one run; frames of other runs and warm-up frames are only counted as seen. */
export class Recorder {
  run = -1
  private recordLatency: boolean
  private received = 0
  private readonly seqs = new Set<number>()
  private bytes = 0
  private latencies: Array<number> = []
  private ages: Array<number> = []
  private firstAtMs = 0
  private lastAtMs = 0
  private seenTotal = 0
  private lastAnyAtMs = 0
  ended: string | undefined

  constructor(recordLatency: boolean) {
    this.recordLatency = recordLatency
  }

  /** Starts recording run `run` (forgets what was recorded before). */
  reset(run: number): void {
    this.run = run
    this.received = 0
    this.seqs.clear()
    this.bytes = 0
    this.latencies = []
    this.ages = []
    this.firstAtMs = 0
    this.lastAtMs = 0
  }

  /** One received frame; `timestampMicros` is its user timestamp (undefined when absent). */
  frame(payload: Uint8Array, timestampMicros: number | undefined): void {
    const now = nowMillis()
    this.seenTotal++
    this.lastAnyAtMs = now
    const header = readHeader(payload)
    if (header === undefined || !header.counted || header.run !== this.run) return
    this.received++
    if (!this.seqs.has(header.seq)) {
      this.seqs.add(header.seq)
      this.bytes += payload.byteLength
    }
    if (this.firstAtMs === 0) this.firstAtMs = now
    this.lastAtMs = now
    if (this.recordLatency && timestampMicros !== undefined) this.latencies.push(now - timestampMicros / 1000)
  }

  /** For `latest` consumers: the age of a frame at the moment the consumer took it. */
  age(timestampMicros: number | undefined): void {
    if (this.recordLatency && timestampMicros !== undefined) this.ages.push(nowMillis() - timestampMicros / 1000)
  }

  report(): ReceiveReport {
    return {
      received: this.received,
      distinct: this.seqs.size,
      seqs: [...this.seqs].toSorted((a, b) => a - b),
      bytes: this.bytes,
      latenciesMs: this.latencies,
      firstAtMs: this.firstAtMs,
      lastAtMs: this.lastAtMs,
      seenTotal: this.seenTotal,
      lastAnyAtMs: this.lastAnyAtMs,
      ended: this.ended,
      ...(this.ages.length > 0 ? { agesMs: this.ages } : {})
    }
  }
}

/**
 * The pacing schedule: frame `i` is due `i / rate` seconds after the start; with `burst` > 1 frames are due in
 * groups of `burst` pushed back to back (same average rate). Returns how many frames in total are due at
 * `elapsedMs` (never more than `total`).
 */
export const dueAt = (elapsedMs: number, rateHz: number, total: number, burst = 1): number =>
  Math.min(total, (Math.floor((elapsedMs * rateHz) / 1000 / burst) + 1) * burst)

/** A payload of `size` bytes with the run header written, filled with a cheap pattern once. */
export const makePayload = (size: number): Uint8Array => {
  const payload = new Uint8Array(size)
  for (let i = 0; i < size; i++) payload[i] = (i * 31) & 0xff
  return payload
}
