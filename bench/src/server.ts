/**
 * `bench:server`: what the embedded dev server costs, per MB/s forwarded and per 1,000 packets forwarded.
 *
 * The dev server runs as its own process (its bin); its CPU is read from /proc/<pid>/stat, so nothing else is
 * counted. One publisher agent, one subscriber agent holding up to 20 rooms (one FFI, one participant per room);
 * 1 publisher -> 1, 5 and 20 subscribers, with a small-frame (1 KiB, packet-bound) and a large-frame (15,000 B, one
 * full packet, byte-bound) workload. The server's idle CPU (pings of the connected sessions) is measured right
 * before each run and subtracted.
 *
 * Output in bench/results/: server.csv, server.md, server.json.
 */
import { Effect } from "effect"
import { log, parseFlags, runBench, writeResult } from "./Bench.ts"
import { describeMachine, loadAverage, machineSection } from "./Machine.ts"
import { processCpuUs, spawnAgent, spawnServer } from "./Processes.ts"
import type { CpuSample, PushReport, ReceiveReport } from "./Protocol.ts"
import { fmt, formatSize, sum, toCsv, toMarkdown } from "./Stats.ts"

interface Workload {
  readonly subscribers: number
  readonly size: number
  readonly rateHz: number
}

/** Rates keep the total forwarded near 0.5-2 MB/s: the Rust clients, not the server, are the bottleneck here. */
const FULL: ReadonlyArray<Workload> = [
  { subscribers: 1, size: 1024, rateHz: 500 },
  { subscribers: 1, size: 15_000, rateHz: 100 },
  { subscribers: 5, size: 1024, rateHz: 200 },
  { subscribers: 5, size: 15_000, rateHz: 20 },
  { subscribers: 20, size: 1024, rateHz: 100 },
  { subscribers: 20, size: 15_000, rateHz: 5 }
]

const SMOKE: ReadonlyArray<Workload> = [
  { subscribers: 1, size: 1024, rateHz: 100 },
  { subscribers: 2, size: 15_000, rateHz: 10 }
]

export interface ServerRow extends Workload {
  readonly seconds: number
  readonly framesPushed: number
  readonly packetsForwarded: number
  readonly forwardedMBps: number
  readonly deliveryRatio: number
  readonly serverIdlePct: number
  readonly serverCpuPct: number
  readonly serverNetPct: number
  readonly pctPerMBps: number
  readonly msPer1000Packets: number
  readonly publisherCpuPct: number
  readonly subscribersCpuPct: number
}

/** Target: the dev server costs at most this share of a core per MB/s forwarded. */
const TARGET_PCT_PER_MBPS = 5

const cpuPct = (start: CpuSample, end: CpuSample) =>
  ((end.processUs - start.processUs) / 1000 / (end.atMs - start.atMs)) * 100

const main = Effect.gen(function*() {
  const flags = parseFlags()
  const machine = describeMachine()
  const workloads = flags.smoke ? SMOKE : FULL
  const seconds = flags.smoke ? 2 : 10
  const idleSeconds = flags.smoke ? 1 : 3
  const maxSubscribers = Math.max(...workloads.map((w) => w.subscribers))
  yield* log(`server: ${workloads.length} workloads, ${seconds} s each${flags.smoke ? " (smoke)" : ""}`)

  const server = yield* spawnServer
  const room = `server-${process.pid}`
  const publisher = yield* spawnAgent("publisher", "sdk", { execArgv: flags.agentArgs })
  const subscribers = yield* spawnAgent("subscribers", "sdk", { execArgv: flags.agentArgs })
  yield* publisher.call({ cmd: "connect", url: server.url, tokens: [yield* server.token("publisher", room)] })
  const tokens = yield* Effect.forEach(
    Array.from({ length: maxSubscribers }, (_, i) => `subscriber-${i}`),
    (identity) => server.token(identity, room)
  )
  yield* subscribers.call({ cmd: "connect", url: server.url, tokens }, "3 minutes")

  const rows: Array<ServerRow> = []
  let run = 0
  for (const workload of workloads) {
    run++
    const name = `server-${run}`
    yield* publisher.call({ cmd: "publish", name })
    yield* subscribers.call({
      cmd: "subscribe",
      key: name,
      publisher: "publisher",
      name,
      rooms: Array.from({ length: workload.subscribers }, (_, i) => i),
      bufferSize: 64,
      mode: "frames",
      consumerDelayMs: 0,
      recordLatency: false
    }, "2 minutes")
    yield* subscribers.call({ cmd: "record", key: name, run })
    // idle baseline with every session and subscription in place
    const idle0 = { us: processCpuUs(server.pid), at: performance.now() }
    yield* Effect.sleep(idleSeconds * 1000)
    const idle1 = { us: processCpuUs(server.pid), at: performance.now() }
    const idlePct = ((idle1.us - idle0.us) / 1000 / (idle1.at - idle0.at)) * 100

    const subStart = yield* subscribers.call<CpuSample>({ cmd: "cpu" })
    const start = { us: processCpuUs(server.pid), at: performance.now() }
    const push = yield* publisher.call<PushReport>({
      cmd: "push",
      name,
      run,
      size: workload.size,
      rateHz: workload.rateHz,
      warmup: 0,
      count: workload.rateHz * seconds,
      maxMs: seconds * 1000 + 30_000
    }, `${seconds + 60} seconds`)
    yield* Effect.sleep(200)
    const end = { us: processCpuUs(server.pid), at: performance.now() }
    const subEnd = yield* subscribers.call<CpuSample>({ cmd: "cpu" })
    const reports = yield* subscribers.call<ReadonlyArray<ReceiveReport>>({ cmd: "report", key: name })
    yield* subscribers.call({ cmd: "unsubscribe", key: name })
    yield* publisher.call({ cmd: "unpublish", name })

    const windowS = (end.at - start.at) / 1000
    const serverPct = ((end.us - start.us) / 1000 / (end.at - start.at)) * 100
    const netPct = Math.max(0, serverPct - idlePct)
    const delivered = sum(reports.map((r) => r.distinct))
    const bytes = sum(reports.map((r) => r.bytes))
    const forwardedMBps = bytes / 1e6 / windowS
    // every frame here fits one packet (<= 15,976 payload bytes with a timestamp)
    const packets = delivered
    const row: ServerRow = {
      ...workload,
      seconds,
      framesPushed: push.accepted,
      packetsForwarded: packets,
      forwardedMBps,
      deliveryRatio: delivered / (workload.rateHz * seconds * workload.subscribers),
      serverIdlePct: idlePct,
      serverCpuPct: serverPct,
      serverNetPct: netPct,
      pctPerMBps: netPct / forwardedMBps,
      msPer1000Packets: ((netPct / 100) * windowS * 1000) / (packets / 1000),
      publisherCpuPct: cpuPct(push.cpu.start, push.cpu.end),
      subscribersCpuPct: cpuPct(subStart, subEnd)
    }
    rows.push(row)
    yield* log(
      `1 -> ${String(workload.subscribers).padStart(2)} x ${formatSize(workload.size)} @ ${workload.rateHz} Hz: ` +
        `forwarded ${fmt(forwardedMBps, 2)} MB/s, ${packets} packets (delivery ${
          fmt(row.deliveryRatio * 100, 1)
        } %); ` +
        `server ${fmt(serverPct, 1)} % (idle ${fmt(idlePct, 1)} %) -> ${
          fmt(row.pctPerMBps, 2)
        } % of a core per MB/s, ` +
        `${fmt(row.msPer1000Packets, 2)} ms per 1,000 packets; clients: publisher ${fmt(row.publisherCpuPct, 0)} %, ` +
        `subscribers ${fmt(row.subscribersCpuPct, 0)} %`
    )
    yield* Effect.sleep(300)
  }
  machine.loadAtEnd = loadAverage()

  const table = toMarkdown(
    [
      "subscribers",
      "frame",
      "rate",
      "forwarded MB/s",
      "packets/s",
      "delivery",
      "server CPU % (idle)",
      "server % of a core per MB/s",
      "server CPU ms per 1,000 packets",
      "publisher CPU %",
      "subscribers CPU %"
    ],
    rows.map((r) => [
      String(r.subscribers),
      formatSize(r.size),
      `${r.rateHz} Hz`,
      fmt(r.forwardedMBps, 2),
      fmt(r.packetsForwarded / r.seconds, 0),
      `${fmt(r.deliveryRatio * 100, 1)} %`,
      `${fmt(r.serverCpuPct, 1)} (${fmt(r.serverIdlePct, 1)})`,
      fmt(r.pctPerMBps, 2),
      fmt(r.msPer1000Packets, 2),
      fmt(r.publisherCpuPct, 0),
      fmt(r.subscribersCpuPct, 0)
    ])
  )
  const verdicts = rows.map((r) =>
    `- 1 -> ${r.subscribers} x ${formatSize(r.size)}: ${fmt(r.pctPerMBps, 2)} % of a core per MB/s forwarded ` +
    `(target <= ${TARGET_PCT_PER_MBPS}): ${r.pctPerMBps <= TARGET_PCT_PER_MBPS ? "met" : "NOT met"}`
  ).join("\n")
  const note =
    "The publisher and subscribers columns are the real Rust clients (LiveKit core + libwebrtc through the FFI, " +
    "the SDK's default client: no log capture), each agent in its own process: compare them with the server's."
  const markdown = [
    `# Dev-server cost${flags.smoke ? " (smoke)" : ""}`,
    "",
    "CPU of the dev-server process alone (/proc/<pid>/stat), net of its idle CPU, per MB/s and per 1,000 packets " +
    "forwarded (one packet per frame in every workload; MB = 10^6 bytes).",
    "",
    table,
    "",
    verdicts,
    "",
    note,
    "",
    ...machineSection(machine)
  ].join("\n")
  const written = [
    writeResult(
      flags.out,
      "server.csv",
      toCsv(rows, [
        ["subscribers", (r) => r.subscribers],
        ["size_bytes", (r) => r.size],
        ["rate_hz", (r) => r.rateHz],
        ["seconds", (r) => r.seconds],
        ["frames_pushed", (r) => r.framesPushed],
        ["packets_forwarded", (r) => r.packetsForwarded],
        ["forwarded_MBps", (r) => r.forwardedMBps.toFixed(3)],
        ["delivery_ratio", (r) => r.deliveryRatio.toFixed(4)],
        ["server_idle_pct", (r) => r.serverIdlePct.toFixed(2)],
        ["server_cpu_pct", (r) => r.serverCpuPct.toFixed(2)],
        ["server_net_pct", (r) => r.serverNetPct.toFixed(2)],
        ["server_pct_per_MBps", (r) => r.pctPerMBps.toFixed(3)],
        ["server_ms_per_1000_packets", (r) => r.msPer1000Packets.toFixed(3)],
        ["publisher_cpu_pct", (r) => r.publisherCpuPct.toFixed(1)],
        ["subscribers_cpu_pct", (r) => r.subscribersCpuPct.toFixed(1)]
      ])
    ),
    writeResult(flags.out, "server.md", markdown),
    writeResult(flags.out, "server.json", JSON.stringify({ machine, rows, note }, null, 2))
  ]
  yield* log(`\n${table}\n\n${verdicts}\n\n${note}\nload average at end: ${machine.loadAtEnd.join(" / ")}`)
  yield* log(`wrote ${written.join(", ")}`)
}).pipe(Effect.scoped)

runBench(main)
