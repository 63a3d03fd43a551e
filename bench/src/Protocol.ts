/**
 * The IPC protocol between a benchmark (the parent) and its participant agents (child processes, one FFI each).
 * The parent sends a {@link Command} with an `id`; the agent answers with a {@link Reply} carrying the same id.
 */

/** CPU used by a process so far: `process.cpuUsage` (all threads) and the JS main thread alone. */
export interface CpuSample {
  /** Wall clock, milliseconds (performance.now of the sampling process). */
  readonly atMs: number
  /** User + system CPU of the whole process (every thread: JS, Rust runtime, libwebrtc), microseconds. */
  readonly processUs: number
  /** CPU of the JS main thread alone (`/proc/self/task/<pid>/schedstat`), microseconds; -1 where unavailable. */
  readonly mainThreadUs: number
}

/** Per-frame observations a subscriber keeps while recording. */
export interface ReceiveReport {
  /** Frames recorded (counted frames only: phase byte 1 and the current run id). */
  readonly received: number
  /** Distinct sequence numbers among them. */
  readonly distinct: number
  /** The distinct sequence numbers received, ascending (to locate losses). */
  readonly seqs: ReadonlyArray<number>
  /** Payload bytes of the distinct counted frames. */
  readonly bytes: number
  /** Latencies (receive wall clock minus user timestamp), milliseconds, one per recorded frame. */
  readonly latenciesMs: ReadonlyArray<number>
  /** Wall clock (epoch ms) of the first and last counted frame, 0 when none. */
  readonly firstAtMs: number
  readonly lastAtMs: number
  /** Frames of any run seen since the subscription started (warm-up included). */
  readonly seenTotal: number
  /** Wall clock (epoch ms) of the last frame of any kind. */
  readonly lastAnyAtMs: number
  /** Set when the subscription ended or failed. */
  readonly ended?: string | undefined
  /** For `latest` consumers: how old each taken frame was when taken, milliseconds. */
  readonly agesMs?: ReadonlyArray<number> | undefined
}

export interface PushReport {
  /** Frames the FFI accepted. */
  readonly accepted: number
  /** Refused frames by reason (the SDK's error tag, or the raw FFI error code name). */
  readonly rejected: Readonly<Record<string, number>>
  /** Counted frames accepted (warm-up excluded). */
  readonly acceptedCounted: number
  /** Wall clock (epoch ms) of the first counted push. */
  readonly firstCountedAtMs: number
  /** How long the paced loop ran, milliseconds. */
  readonly elapsedMs: number
  readonly cpu: { readonly start: CpuSample; readonly end: CpuSample }
}

export interface MemorySample {
  readonly tMs: number
  readonly rss: number
  readonly heapUsed: number
  readonly external: number
  readonly arrayBuffers: number
}

export type Command =
  | {
    readonly cmd: "connect"
    readonly url: string
    /** One room per token (several rooms share the agent's single FFI client). */
    readonly tokens: ReadonlyArray<string>
  }
  | { readonly cmd: "publish"; readonly name: string; readonly room?: number }
  | { readonly cmd: "unpublish"; readonly name: string }
  | {
    readonly cmd: "subscribe"
    /** Key of this subscription inside the agent. */
    readonly key: string
    readonly publisher: string
    readonly name: string
    /** Rooms that subscribe (default: room 0). */
    readonly rooms?: ReadonlyArray<number> | "all"
    readonly bufferSize: number
    readonly mode: "frames" | "latest"
    /** Work the consumer does per frame, milliseconds (a sleep), 0 for none. */
    readonly consumerDelayMs: number
    /** Record per-frame latencies (off for the overhead bench: only counts). */
    readonly recordLatency: boolean
  }
  | { readonly cmd: "record"; readonly key: string; readonly run: number }
  | { readonly cmd: "report"; readonly key: string }
  | { readonly cmd: "unsubscribe"; readonly key: string }
  | {
    readonly cmd: "push"
    readonly name: string
    readonly run: number
    readonly size: number
    readonly rateHz: number
    readonly warmup: number
    readonly count: number
    /** Frames pushed back to back per wake-up (default 1: evenly paced). */
    readonly burst?: number
    /** Upper bound on the loop, milliseconds. */
    readonly maxMs: number
  }
  | { readonly cmd: "cpu" }
  | { readonly cmd: "memory"; readonly everyMs: number; readonly forMs: number }
  | { readonly cmd: "exit" }

export type Reply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: string }

export type Envelope = Command & { readonly id: number }

/** Counted frames carry this header: u32 run, u32 sequence, u8 phase (0 warm-up, 1 counted). */
export const HEADER_BYTES = 9

export const writeHeader = (payload: Uint8Array, run: number, seq: number, counted: boolean): void => {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength)
  view.setUint32(0, run)
  view.setUint32(4, seq)
  view.setUint8(8, counted ? 1 : 0)
}

export const readHeader = (payload: Uint8Array): { run: number; seq: number; counted: boolean } | undefined => {
  if (payload.byteLength < HEADER_BYTES) return undefined
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength)
  return { run: view.getUint32(0), seq: view.getUint32(4), counted: view.getUint8(8) === 1 }
}

/**
 * The machine's monotonic clock (CLOCK_MONOTONIC: one clock for every process on the machine, where all agents run)
 * in microseconds: the user timestamp the agents send, and what a receiver subtracts it from. Not
 * `performance.timeOrigin + performance.now()`: each process fixes its origin from the wall clock when it starts, and
 * two agents' origins disagreed by enough to give a negative median latency (-1.75 ms in a smoke run).
 */
export const nowMicros = (): number => Number(process.hrtime.bigint() / 1000n)

/** The same clock in (fractional) milliseconds. */
export const nowMillis = (): number => Number(process.hrtime.bigint()) / 1e6

/** Set for the raw agent of the overhead benchmark's `raw+logs` variant: the core forwards its logs, as for the SDK. */
export const CAPTURE_LOGS_ENV = "EFFECT_LIVEKIT_BENCH_CAPTURE_LOGS"
