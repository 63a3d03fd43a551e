/**
 * `bench:sweep`: throughput and latency of data tracks through the embedded dev server, over frame size x rate.
 *
 * Three processes inside a private network namespace: the dev server (its bin), a publisher agent and a subscriber
 * agent (each one SDK room on its own FFI). Per cell: a fresh track, a subscription (`frames`, bufferSize 64), a
 * warm-up, then a fixed number of counted frames paced at the cell's rate, each stamped with a microsecond user
 * timestamp and carrying its sequence number; then a drain. Cells whose offered rate exceeds the budget are skipped.
 *
 * Output in bench/results/: sweep.csv, sweep.md, sweep.png (heatmap), sweep.json.
 */
import { DataTrackLimits } from "@effect-livekit/core"
import { Effect } from "effect"
import { log, parseFlags, runBench, writeResult } from "./Bench.ts"
import { renderHeatmap } from "./Heatmap.ts"
import { describeMachine, loadAverage, machineSection } from "./Machine.ts"
import { type Agent, processCpuUs, spawnAgent, spawnServer } from "./Processes.ts"
import type { CpuSample, PushReport, ReceiveReport } from "./Protocol.ts"
import { fmt, formatSize, percentile, toCsv, toMarkdown } from "./Stats.ts"

const MiB = 2 ** 20
const SIZES = [1024, 4096, 16_384, 65_536, 262_144, MiB, DataTrackLimits.MAX_FRAME_BYTES]
const RATES = [1, 10, 100, 500, 1000]
/** Cells offering more than this are skipped: ~10x the ~3 MB/s the Rust clients sustain on a 2-core machine. */
const BUDGET_BYTES_PER_SECOND = 32 * MiB
const BUFFER_SIZE = 64

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)))
/** Counted frames per cell: 3 s worth of frames, at least 20 and at most 1,000. */
export const framesFor = (rate: number) => clamp(3 * rate, 20, 1000)
/** Warm-up frames per cell: 0.5 s worth, at least 2 and at most 100. */
export const warmupFor = (rate: number) => clamp(0.5 * rate, 2, 100)

export interface SweepRow {
  readonly size: number
  readonly rateHz: number
  readonly offeredMBps: number
  readonly skipped: boolean
  readonly frames: number
  readonly accepted: number
  readonly rejected: string
  readonly delivered: number
  readonly deliveryRatio: number
  /** Runs of consecutive lost counted frames, and the longest run. */
  readonly lossRuns: number
  readonly longestLossRun: number
  /** The first (up to 20) lost sequence numbers, for the JSON. */
  readonly lostSample: ReadonlyArray<number>
  readonly p50Ms: number
  readonly p95Ms: number
  readonly p99Ms: number
  readonly maxMs: number
  readonly achievedMBps: number
  readonly publisherCpuPct: number
  readonly subscriberCpuPct: number
  readonly serverCpuPct: number
}

const cpuPct = (start: CpuSample, end: CpuSample) =>
  ((end.processUs - start.processUs) / 1000 / (end.atMs - start.atMs)) * 100

const skippedRow = (size: number, rateHz: number): SweepRow => ({
  size,
  rateHz,
  offeredMBps: (size * rateHz) / 1e6,
  skipped: true,
  frames: 0,
  accepted: 0,
  rejected: "",
  delivered: 0,
  deliveryRatio: Number.NaN,
  lossRuns: 0,
  longestLossRun: 0,
  lostSample: [],
  p50Ms: Number.NaN,
  p95Ms: Number.NaN,
  p99Ms: Number.NaN,
  maxMs: Number.NaN,
  achievedMBps: Number.NaN,
  publisherCpuPct: Number.NaN,
  subscriberCpuPct: Number.NaN,
  serverCpuPct: Number.NaN
})

/** Waits until every accepted counted frame arrived, or nothing arrived for `quietMs`, or `maxMs` passed. */
const drain = (subscriber: Agent, key: string, expected: number, quietMs: number, maxMs: number) =>
  Effect.gen(function*() {
    const t0 = Date.now()
    let lastSeen = -1
    let lastChange = Date.now()
    while (true) {
      const [report] = yield* subscriber.call<ReadonlyArray<ReceiveReport>>({ cmd: "report", key })
      if (report === undefined) return yield* Effect.die(new Error("no report"))
      if (report.distinct >= expected) return report
      if (report.seenTotal !== lastSeen) {
        lastSeen = report.seenTotal
        lastChange = Date.now()
      }
      if (Date.now() - lastChange >= quietMs || Date.now() - t0 >= maxMs) return report
      yield* Effect.sleep(100)
    }
  })

/** Runs of missing sequence numbers among 0..count-1, and the longest. */
export const lossRuns = (
  seqs: ReadonlyArray<number>,
  count: number
): { runs: number; longest: number; sample: ReadonlyArray<number> } => {
  const received = new Set(seqs)
  const sample: Array<number> = []
  let runs = 0
  let longest = 0
  let current = 0
  for (let seq = 0; seq < count; seq++) {
    if (received.has(seq)) {
      current = 0
      continue
    }
    if (current === 0) runs++
    if (sample.length < 20) sample.push(seq)
    current++
    longest = Math.max(longest, current)
  }
  return { runs, longest, sample }
}

const runCell = Effect.fnUntraced(function*(
  agents: { readonly publisher: Agent; readonly subscriber: Agent; readonly serverPid: number },
  cell: {
    readonly run: number
    readonly size: number
    readonly rateHz: number
    readonly frames: number
    readonly warmup: number
    readonly burst: number
  }
) {
  const { publisher, subscriber, serverPid } = agents
  const name = `sweep-${cell.run}`
  yield* publisher.call({ cmd: "publish", name })
  yield* subscriber.call({
    cmd: "subscribe",
    key: name,
    publisher: "publisher",
    name,
    bufferSize: BUFFER_SIZE,
    mode: "frames",
    consumerDelayMs: 0,
    recordLatency: true
  })
  yield* subscriber.call({ cmd: "record", key: name, run: cell.run })
  yield* Effect.sleep(300)
  const subStart = yield* subscriber.call<CpuSample>({ cmd: "cpu" })
  const serverStart = { us: processCpuUs(serverPid), at: performance.now() }
  const period = 1000 / cell.rateHz
  const push = yield* publisher.call<PushReport>({
    cmd: "push",
    name,
    run: cell.run,
    size: cell.size,
    rateHz: cell.rateHz,
    warmup: cell.warmup,
    count: cell.frames,
    burst: cell.burst,
    maxMs: (cell.frames + cell.warmup) * period * 2 + 10_000
  }, "5 minutes")
  const subEnd = yield* subscriber.call<CpuSample>({ cmd: "cpu" })
  const serverEnd = { us: processCpuUs(serverPid), at: performance.now() }
  const report = yield* drain(subscriber, name, push.acceptedCounted, Math.max(1000, 3 * period), 15_000)
  yield* subscriber.call({ cmd: "unsubscribe", key: name })
  yield* publisher.call({ cmd: "unpublish", name })
  const latencies = report.latenciesMs
  const losses = lossRuns(report.seqs, cell.frames)
  const spanMs = report.lastAtMs - push.firstCountedAtMs
  const row: SweepRow = {
    size: cell.size,
    rateHz: cell.rateHz,
    offeredMBps: (cell.size * cell.rateHz) / 1e6,
    skipped: false,
    frames: cell.frames,
    accepted: push.acceptedCounted,
    rejected: Object.entries(push.rejected).map(([reason, n]) => `${reason}:${n}`).join(" "),
    delivered: report.distinct,
    deliveryRatio: report.distinct / cell.frames,
    lossRuns: losses.runs,
    longestLossRun: losses.longest,
    lostSample: losses.sample,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    achievedMBps: report.distinct > 1 && spanMs > 0 ? report.bytes / 1e6 / (spanMs / 1000) : Number.NaN,
    publisherCpuPct: cpuPct(push.cpu.start, push.cpu.end),
    subscriberCpuPct: cpuPct(subStart, subEnd),
    serverCpuPct: ((serverEnd.us - serverStart.us) / 1000 / (serverEnd.at - serverStart.at)) * 100
  }
  return row
})

const ALWAYS = new Set(["size_bytes", "rate_hz", "offered_MBps", "skipped"])

const columns: ReadonlyArray<readonly [string, (row: SweepRow) => unknown]> = (
  [
    ["size_bytes", (r) => r.size],
    ["rate_hz", (r) => r.rateHz],
    ["offered_MBps", (r) => r.offeredMBps.toFixed(3)],
    ["skipped", (r) => r.skipped],
    ["frames", (r) => r.frames],
    ["push_accepted", (r) => r.accepted],
    ["push_rejected", (r) => r.rejected],
    ["delivered", (r) => r.delivered],
    ["delivery_ratio", (r) => r.deliveryRatio.toFixed(4)],
    ["loss_runs", (r) => r.lossRuns],
    ["longest_loss_run", (r) => r.longestLossRun],
    ["p50_ms", (r) => fmt(r.p50Ms, 2)],
    ["p95_ms", (r) => fmt(r.p95Ms, 2)],
    ["p99_ms", (r) => fmt(r.p99Ms, 2)],
    ["max_ms", (r) => fmt(r.maxMs, 2)],
    ["achieved_MBps", (r) => fmt(r.achievedMBps, 3)],
    ["publisher_cpu_pct", (r) => fmt(r.publisherCpuPct, 0)],
    ["subscriber_cpu_pct", (r) => fmt(r.subscriberCpuPct, 0)],
    ["server_cpu_pct", (r) => fmt(r.serverCpuPct, 0)]
  ] satisfies ReadonlyArray<readonly [string, (row: SweepRow) => unknown]>
).map(([name, get]) => [name, (row: SweepRow) => (row.skipped && !ALWAYS.has(name) ? "" : get(row))] as const)

/** The largest frame is labelled as such rather than as 1997 KiB. */
export const sizeLabel = (size: number): string =>
  size === DataTrackLimits.MAX_FRAME_BYTES ? `max (${size.toLocaleString("en-US")} B)` : formatSize(size)

/** Size x rate matrix of "delivery % / p99 ms". */
export const matrixMarkdown = (
  rows: ReadonlyArray<SweepRow>,
  sizes: ReadonlyArray<number>,
  rates: ReadonlyArray<number>
) =>
  toMarkdown(
    ["size \\ rate", ...rates.map((rate) => `${rate} Hz`)],
    sizes.map((size) => [
      sizeLabel(size),
      ...rates.map((rate) => {
        const row = rows.find((r) => r.size === size && r.rateHz === rate)
        if (row === undefined) return ""
        if (row.skipped) return "skipped"
        return `${fmt(row.deliveryRatio * 100, 1)} % / ${fmt(row.p99Ms, 1)} ms`
      })
    ])
  )

const detailMarkdown = (rows: ReadonlyArray<SweepRow>) =>
  toMarkdown(
    [
      "size",
      "rate",
      "offered MB/s",
      "frames",
      "delivered",
      "delivery",
      "lost (runs, longest)",
      "rejected",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "achieved MB/s",
      "CPU pub/sub/server %"
    ],
    rows.filter((r) => !r.skipped).map((r) => [
      sizeLabel(r.size),
      `${r.rateHz} Hz`,
      fmt(r.offeredMBps, 3),
      String(r.frames),
      String(r.delivered),
      `${fmt(r.deliveryRatio * 100, 1)} %`,
      r.delivered === r.frames ? "0" : `${r.frames - r.delivered} (${r.lossRuns}, ${r.longestLossRun})`,
      r.rejected === "" ? "0" : r.rejected,
      fmt(r.p50Ms, 2),
      fmt(r.p95Ms, 2),
      fmt(r.p99Ms, 2),
      fmt(r.achievedMBps, 3),
      `${fmt(r.publisherCpuPct, 0)} / ${fmt(r.subscriberCpuPct, 0)} / ${fmt(r.serverCpuPct, 0)}`
    ])
  )

/** Highest rate with delivery >= 99 % for a size, or undefined. */
export const highestRateAt99 = (rows: ReadonlyArray<SweepRow>, size: number): number | undefined =>
  rows
    .filter((r) => r.size === size && !r.skipped && r.deliveryRatio >= 0.99)
    .reduce<number | undefined>((best, r) => (best === undefined || r.rateHz > best ? r.rateHz : best), undefined)

const main = Effect.gen(function*() {
  const flags = parseFlags()
  const machine = describeMachine()
  const sizes = flags.sizes ?? (flags.smoke ? [1024, 65_536] : SIZES)
  const rates = flags.rates ?? (flags.smoke ? [10, 100] : RATES)
  const frames = (rate: number) => (flags.smoke ? 10 : framesFor(rate))
  const warmup = (rate: number) => (flags.smoke ? 2 : warmupFor(rate))
  yield* log(
    `sweep: ${sizes.length} sizes x ${rates.length} rates, budget ${BUDGET_BYTES_PER_SECOND / MiB} MiB/s offered${
      flags.smoke ? " (smoke)" : ""
    }`
  )

  const server = yield* spawnServer
  const publisher = yield* spawnAgent("publisher", "sdk", { execArgv: flags.agentArgs })
  const subscriber = yield* spawnAgent("subscriber", "sdk", { execArgv: flags.agentArgs })
  const room = `sweep-${process.pid}`
  yield* publisher.call({ cmd: "connect", url: server.url, tokens: [yield* server.token("publisher", room)] })
  yield* subscriber.call({ cmd: "connect", url: server.url, tokens: [yield* server.token("subscriber", room)] })

  const rows: Array<SweepRow> = []
  let run = 0
  for (const size of sizes) {
    for (const rateHz of rates) {
      if (size * rateHz > BUDGET_BYTES_PER_SECOND) {
        rows.push(skippedRow(size, rateHz))
        continue
      }
      run++
      const row = yield* runCell({ publisher, subscriber, serverPid: server.pid }, {
        run,
        size,
        rateHz,
        frames: frames(rateHz),
        warmup: warmup(rateHz),
        burst: flags.burst
      })
      rows.push(row)
      yield* log(
        `${sizeLabel(size).padStart(9)} x ${String(rateHz).padStart(4)} Hz: delivery ${
          fmt(row.deliveryRatio * 100, 1).padStart(5)
        } %` +
          `, p50/p95/p99 ${fmt(row.p50Ms, 1)}/${fmt(row.p95Ms, 1)}/${fmt(row.p99Ms, 1)} ms, ${
            fmt(row.achievedMBps, 2)
          } MB/s` +
          `${row.rejected === "" ? "" : `, rejected ${row.rejected}`}`
      )
      // let queues and the subscriber ring empty before the next cell
      yield* Effect.sleep(flags.smoke ? 100 : 500)
    }
  }
  machine.loadAtEnd = loadAverage()

  const settings = [
    `- sizes: ${
      sizes.map(formatSize).join(", ")
    } (the largest is DataTrackLimits.MAX_FRAME_BYTES, the biggest frame with a timestamp a receiver reassembles)`,
    `- rates: ${rates.map((r) => `${r} Hz`).join(", ")}; cells offering more than ${
      BUDGET_BYTES_PER_SECOND / MiB
    } MiB/s are skipped`,
    `- per cell: a new track; ${
      flags.smoke
        ? "2 warm-up + 10 counted frames"
        : "warm-up of clamp(0.5 s x rate, 2, 100) frames, then clamp(3 s x rate, 20, 1000) counted frames"
    }, paced by sleeping until the next frame is due (~1 ms timer resolution)`,
    `- subscriber: \`frames\`, bufferSize ${BUFFER_SIZE}; latency = receive wall clock - microsecond user timestamp (same host clock)`,
    `- delivery = distinct counted frames received / counted frames offered (rejected pushes count as lost); MB = 10^6 bytes`,
    `- processes: dev server (bin), publisher agent, subscriber agent, each its own process, in a private network namespace`
  ].join("\n")

  const markdown = [
    `# Data-track sweep${flags.smoke ? " (smoke)" : ""}`,
    "",
    "Delivery ratio / p99 latency per cell:",
    "",
    matrixMarkdown(rows, sizes, rates),
    "",
    "![sweep heatmap](sweep.png)",
    "",
    "## Cells",
    "",
    detailMarkdown(rows),
    "",
    "## Settings",
    "",
    settings,
    "",
    ...machineSection(machine)
  ].join("\n")

  const written = [
    writeResult(flags.out, "sweep.csv", toCsv(rows, columns)),
    writeResult(flags.out, "sweep.md", markdown),
    writeResult(flags.out, "sweep.png", renderHeatmap(rows, sizes, rates, machine)),
    writeResult(flags.out, "sweep.json", JSON.stringify({ machine, settings, rows }, null, 2))
  ]
  yield* log(`\n${matrixMarkdown(rows, sizes, rates)}\n`)
  for (const size of [1024, 262_144]) {
    const best = highestRateAt99(rows, size)
    yield* log(
      `highest rate at >= 99 % delivery for ${formatSize(size)}: ${best === undefined ? "none" : `${best} Hz`}`
    )
  }
  yield* log(`load average at end: ${machine.loadAtEnd.join(" / ")}`)
  yield* log(`wrote ${written.join(", ")}`)
}).pipe(Effect.scoped)

runBench(main)
