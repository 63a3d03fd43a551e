/**
 * `bench:memory`: memory of a subscriber whose consumer is slower than the publisher.
 *
 * A publisher pushes 1 KiB frames at 500 Hz for 60 s; the subscriber's consumer takes 100 ms per frame (a sleep),
 * once reading `latest` and once reading `frames` (bufferSize 16), each in a fresh subscriber process. The
 * subscriber samples its own RSS and heap every second. Targets: growth <= 10 MB after the first 5 s in both
 * modes, and `latest` always yields a frame no older than the consumer's period (100 ms).
 *
 * Output in bench/results/: memory.csv (time series), memory.png (chart), memory.md, memory.json.
 */
import { Effect } from "effect"
import { log, parseFlags, runBench, writeResult } from "./Bench.ts"
import { renderLineChart } from "./Chart.ts"
import { describeMachine, loadAverage, machineSection } from "./Machine.ts"
import { spawnAgent, spawnServer } from "./Processes.ts"
import type { MemorySample, PushReport, ReceiveReport } from "./Protocol.ts"
import { fmt, percentile, toCsv, toMarkdown } from "./Stats.ts"

const RATE_HZ = 500
const SIZE = 1024
const CONSUMER_MS = 100
const BUFFER_SIZE = 16
const GROWTH_TARGET_MB = 10
const MB = 1e6

export interface MemoryResult {
  readonly mode: "latest" | "frames"
  readonly seconds: number
  readonly pushed: number
  readonly consumed: number
  readonly rssStartMB: number
  readonly rssPeakMB: number
  readonly rssEndMB: number
  readonly rssGrowthMB: number
  readonly heapStartMB: number
  readonly heapEndMB: number
  readonly heapGrowthMB: number
  readonly ageP50Ms: number
  readonly ageP99Ms: number
  readonly ageMaxMs: number
  readonly samples: ReadonlyArray<MemorySample>
}

/** The lowest reading of a window of samples. */
const lowest = (part: ReadonlyArray<MemorySample>, key: "rss" | "heapUsed") =>
  part.length === 0 ? 0 : Math.min(...part.map((s) => s[key]))

const runMode = Effect.fnUntraced(function*(
  server: { readonly url: string; readonly token: (identity: string, room: string) => Effect.Effect<string, unknown> },
  mode: "latest" | "frames",
  seconds: number,
  settleSeconds: number,
  agentArgs: ReadonlyArray<string>
) {
  const room = `memory-${mode}-${process.pid}`
  const publisher = yield* spawnAgent(`publisher-${mode}`, "sdk", { execArgv: agentArgs })
  const subscriber = yield* spawnAgent(`subscriber-${mode}`, "sdk", { execArgv: agentArgs })
  yield* publisher.call({ cmd: "connect", url: server.url, tokens: [yield* server.token("publisher", room)] })
  yield* subscriber.call({ cmd: "connect", url: server.url, tokens: [yield* server.token("subscriber", room)] })
  const name = `memory-${mode}`
  yield* publisher.call({ cmd: "publish", name })
  yield* subscriber.call({
    cmd: "subscribe",
    key: name,
    publisher: "publisher",
    name,
    bufferSize: BUFFER_SIZE,
    mode,
    consumerDelayMs: CONSUMER_MS,
    recordLatency: true
  })
  yield* subscriber.call({ cmd: "record", key: name, run: 1 })
  yield* Effect.sleep(300)
  const durationMs = seconds * 1000
  const [push, samples] = yield* Effect.all([
    publisher.call<PushReport>({
      cmd: "push",
      name,
      run: 1,
      size: SIZE,
      rateHz: RATE_HZ,
      warmup: 0,
      count: RATE_HZ * seconds,
      maxMs: durationMs + 30_000
    }, `${seconds + 60} seconds`),
    subscriber.call<ReadonlyArray<MemorySample>>(
      { cmd: "memory", everyMs: seconds > 10 ? 1000 : 250, forMs: durationMs },
      `${seconds + 60} seconds`
    )
  ], { concurrency: 2 })
  const [report] = yield* subscriber.call<ReadonlyArray<ReceiveReport>>({ cmd: "report", key: name })
  yield* subscriber.call({ cmd: "unsubscribe", key: name })
  yield* publisher.call({ cmd: "unpublish", name })
  // ages: how old each frame was when the consumer got it (receive clock - user timestamp)
  const ages = report?.latenciesMs ?? []
  // growth = the lowest reading of the last window - the lowest reading of the first window after settling:
  // lowest readings are the ones right after a GC, so heap noise between collections does not count as growth
  const settled = samples.filter((s) => s.tMs >= settleSeconds * 1000)
  const window = Math.max(1, Math.min(10, Math.floor(settled.length / 3)))
  const head = settled.slice(0, window)
  const tail = settled.slice(-window)
  const first = settled[0] ?? samples[0]
  const last = samples[samples.length - 1]
  const result: MemoryResult = {
    mode,
    seconds,
    pushed: push.accepted,
    consumed: report?.received ?? 0,
    rssStartMB: (first?.rss ?? 0) / MB,
    rssPeakMB: Math.max(...samples.map((s) => s.rss)) / MB,
    rssEndMB: (last?.rss ?? 0) / MB,
    rssGrowthMB: (lowest(tail, "rss") - lowest(head, "rss")) / MB,
    heapStartMB: (first?.heapUsed ?? 0) / MB,
    heapEndMB: (last?.heapUsed ?? 0) / MB,
    heapGrowthMB: (lowest(tail, "heapUsed") - lowest(head, "heapUsed")) / MB,
    ageP50Ms: percentile(ages, 50),
    ageP99Ms: percentile(ages, 99),
    ageMaxMs: percentile(ages, 100),
    samples
  }
  return result
}, Effect.scoped)

const main = Effect.gen(function*() {
  const flags = parseFlags()
  const machine = describeMachine()
  const seconds = flags.smoke ? 3 : 60
  const settleSeconds = flags.smoke ? 0.5 : 5
  yield* log(
    `memory: ${SIZE} B x ${RATE_HZ} Hz for ${seconds} s, consumer ${CONSUMER_MS} ms per frame${
      flags.smoke ? " (smoke)" : ""
    }`
  )
  const server = yield* spawnServer
  const results: Array<MemoryResult> = []
  for (const mode of ["latest", "frames"] as const) {
    const result = yield* runMode(server, mode, seconds, settleSeconds, flags.agentArgs)
    results.push(result)
    yield* log(
      `${mode.padEnd(6)}: consumed ${result.consumed} of ${result.pushed}; RSS ${fmt(result.rssStartMB)} -> ${
        fmt(result.rssEndMB)
      } MB (growth ${fmt(result.rssGrowthMB)} MB, peak ${fmt(result.rssPeakMB)}); heap growth ${
        fmt(result.heapGrowthMB)
      } MB; frame age p50/p99/max ${fmt(result.ageP50Ms)}/${fmt(result.ageP99Ms)}/${fmt(result.ageMaxMs)} ms`
    )
  }
  machine.loadAtEnd = loadAverage()
  const latest = results.find((r) => r.mode === "latest")
  const verdicts = [
    ...results.map((r) =>
      `- ${r.mode}: RSS growth ${fmt(r.rssGrowthMB)} MB, heap growth ${
        fmt(r.heapGrowthMB)
      } MB (target <= ${GROWTH_TARGET_MB} MB): ${
        r.rssGrowthMB <= GROWTH_TARGET_MB && r.heapGrowthMB <= GROWTH_TARGET_MB ? "met" : "NOT met"
      }`
    ),
    `- latest: oldest frame handed to the consumer ${fmt(latest?.ageMaxMs)} ms (target <= ${CONSUMER_MS} ms): ${
      latest !== undefined && latest.ageMaxMs <= CONSUMER_MS ? "met" : "NOT met"
    }`
  ]
  const table = toMarkdown(
    [
      "mode",
      "consumed / pushed",
      "RSS start -> end (peak) MB",
      "RSS growth MB",
      "heap start -> end MB",
      "heap growth MB",
      "frame age p50 / p99 / max ms"
    ],
    results.map((r) => [
      `\`${r.mode}\``,
      `${r.consumed} / ${r.pushed}`,
      `${fmt(r.rssStartMB)} -> ${fmt(r.rssEndMB)} (${fmt(r.rssPeakMB)})`,
      fmt(r.rssGrowthMB),
      `${fmt(r.heapStartMB)} -> ${fmt(r.heapEndMB)}`,
      fmt(r.heapGrowthMB),
      `${fmt(r.ageP50Ms)} / ${fmt(r.ageP99Ms)} / ${fmt(r.ageMaxMs)}`
    ])
  )
  const markdown = [
    `# Memory under a slow consumer${flags.smoke ? " (smoke)" : ""}`,
    "",
    `Publisher ${SIZE} B x ${RATE_HZ} Hz for ${seconds} s; the subscriber's consumer takes ${CONSUMER_MS} ms per frame; ` +
    `\`frames\` with bufferSize ${BUFFER_SIZE}. Memory of the subscriber process, sampled every second; growth = lowest reading of the last 10 samples - ` +
    `lowest reading of the first 10 samples after ${settleSeconds} s (lowest = right after a GC). Frame age = consumer's clock - the frame's user timestamp, when the consumer gets it.`,
    "",
    table,
    "",
    verdicts.join("\n"),
    "",
    "![memory over time](memory.png)",
    "",
    "Time series: memory.csv.",
    "",
    ...machineSection(machine)
  ].join("\n")
  const rows = results.flatMap((r) => r.samples.map((s) => ({ mode: r.mode, ...s })))
  const written = [
    writeResult(
      flags.out,
      "memory.csv",
      toCsv(rows, [
        ["mode", (r) => r.mode],
        ["t_s", (r) => (r.tMs / 1000).toFixed(2)],
        ["rss_MB", (r) => (r.rss / MB).toFixed(2)],
        ["heap_used_MB", (r) => (r.heapUsed / MB).toFixed(2)],
        ["external_MB", (r) => (r.external / MB).toFixed(2)],
        ["array_buffers_MB", (r) => (r.arrayBuffers / MB).toFixed(2)]
      ])
    ),
    writeResult(flags.out, "memory.md", markdown),
    writeResult(
      flags.out,
      "memory.png",
      renderLineChart({
        title: "SUBSCRIBER MEMORY, 100 MS CONSUMER, 1 KIB X 500 HZ",
        xLabel: "SECONDS",
        yLabel: "MB",
        series: results.flatMap((r) => [
          {
            label: `RSS (${r.mode})`,
            color: r.mode === "latest" ? [33, 102, 172] as const : [178, 24, 43] as const,
            points: r.samples.map((s) => [s.tMs / 1000, s.rss / MB] as const)
          },
          {
            label: `HEAP USED (${r.mode})`,
            color: r.mode === "latest" ? [103, 169, 207] as const : [239, 138, 98] as const,
            points: r.samples.map((s) => [s.tMs / 1000, s.heapUsed / MB] as const)
          }
        ]),
        footer: `${machine.hostCpus} CPUS ${machine.cpuModel}, NODE ${machine.node}, LOAD ${
          machine.loadAtStart[0]
        } -> ${machine.loadAtEnd[0]}, ${machine.date.slice(0, 16).replace("T", " ")} UTC`
      })
    ),
    writeResult(flags.out, "memory.json", JSON.stringify({ machine, results }, null, 2))
  ]
  yield* log(`\n${table}\n\n${verdicts.join("\n")}\nload average at end: ${machine.loadAtEnd.join(" / ")}`)
  yield* log(`wrote ${written.join(", ")}`)
}).pipe(Effect.scoped)

runBench(main)
