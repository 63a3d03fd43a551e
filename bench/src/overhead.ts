/**
 * `bench:overhead`: what our layer costs per pushed and per received frame.
 *
 * The same frames go through (a) the SDK (`LiveKitRoom` over `FfiClient`, Effect) and (b) a minimal raw driver
 * calling the same FFI binding with the official protobuf-es classes and no Effect (RawDriver.ts), plus (c) that
 * raw driver with the core's log capture on, as the SDK has it. Six agent processes (a publisher and a subscriber
 * per variant) join one room of the dev server; rounds alternate the variants (ABC CBA ...), sizes 64 B, 1 KiB and
 * 64 KiB. Per round: CPU of the publisher process while it
 * pushes, CPU of the subscriber process while it receives (process.cpuUsage: every thread, Rust and libwebrtc
 * included), and of the JS main thread alone (/proc/self/task/<pid>/schedstat); each agent's idle CPU is measured
 * first and subtracted. Target: SDK/raw <= 1.10 for pushes and receives. Also our protobufjs codec against the
 * official classes for the same messages.
 *
 * `--profile` runs the agents under `node --cpu-prof` and prints where the SDK agents' JS time goes.
 *
 * Output in bench/results/: overhead.csv, overhead.md, overhead.json; with --profile overhead-profile.{csv,md,json}
 * and the .cpuprofile files in profiles/ (not committed).
 */
import { Effect } from "effect"
import { join } from "node:path"
import { log, parseFlags, runBench, writeResult } from "./Bench.ts"
import { type CodecRow, runCodecBench } from "./CodecBench.ts"
import { describeMachine, loadAverage, machineSection } from "./Machine.ts"
import { type Agent, spawnAgent, spawnServer } from "./Processes.ts"
import { profilesIn, summarise } from "./Profile.ts"
import { CAPTURE_LOGS_ENV, type CpuSample, type PushReport, type ReceiveReport } from "./Protocol.ts"
import { fmt, formatSize, median, toCsv, toMarkdown } from "./Stats.ts"

const TARGET = 1.1

interface SizeSpec {
  readonly size: number
  readonly rateHz: number
  readonly frames: number
}

const FULL: ReadonlyArray<SizeSpec> = [
  { size: 64, rateHz: 500, frames: 1500 },
  { size: 1024, rateHz: 500, frames: 1500 },
  { size: 65_536, rateHz: 30, frames: 150 }
]
const SMOKE: ReadonlyArray<SizeSpec> = [
  { size: 64, rateHz: 500, frames: 100 },
  { size: 1024, rateHz: 500, frames: 100 },
  { size: 65_536, rateHz: 20, frames: 10 }
]

/**
 * - `sdk`: LiveKitRoom over the default FfiClient (captureLogs = false, as without a `logLevel`);
 * - `raw`: the minimal raw driver (captureLogs = false): the baseline of the target;
 * - `raw+logs`: the raw driver with captureLogs = true, log events decoded and dropped: what asking for the core's
 *   logs (`logLevel`, `--log-level`) costs.
 */
export type Variant = "sdk" | "raw" | "raw+logs"

const VARIANTS: ReadonlyArray<Variant> = ["sdk", "raw", "raw+logs"]

/** Agent identities and track names cannot hold "+". */
const slug = (variant: Variant) => variant.replace("+", "-")

interface Idle {
  /** CPU per wall millisecond while idle, microseconds (process, main thread). */
  readonly processUsPerMs: number
  readonly mainUsPerMs: number
}

interface Pair {
  readonly kind: Variant
  readonly publisher: Agent
  readonly subscriber: Agent
  idlePublisher: Idle
  idleSubscriber: Idle
}

export interface RoundRow {
  readonly kind: Variant
  readonly size: number
  readonly round: number
  readonly accepted: number
  readonly received: number
  readonly pushProcessUs: number
  readonly pushMainUs: number
  readonly receiveProcessUs: number
  readonly receiveMainUs: number
}

const idleOf = (a: CpuSample, b: CpuSample): Idle => ({
  processUsPerMs: (b.processUs - a.processUs) / (b.atMs - a.atMs),
  mainUsPerMs: (b.mainThreadUs - a.mainThreadUs) / (b.atMs - a.atMs)
})

/** Net CPU per frame: the window's CPU minus the idle rate over the window, divided by the frames. */
const perFrame = (a: CpuSample, b: CpuSample, idle: Idle, frames: number) => {
  const ms = b.atMs - a.atMs
  return {
    processUs: (b.processUs - a.processUs - idle.processUsPerMs * ms) / Math.max(1, frames),
    mainUs: (b.mainThreadUs - a.mainThreadUs - idle.mainUsPerMs * ms) / Math.max(1, frames)
  }
}

const measureIdle = (agent: Agent, ms: number) =>
  Effect.gen(function*() {
    const a = yield* agent.call<CpuSample>({ cmd: "cpu" })
    yield* Effect.sleep(ms)
    const b = yield* agent.call<CpuSample>({ cmd: "cpu" })
    return idleOf(a, b)
  })

const runRound = Effect.fnUntraced(function*(pair: Pair, spec: SizeSpec, run: number, round: number) {
  const name = `overhead-${slug(pair.kind)}-${spec.size}`
  yield* pair.subscriber.call({ cmd: "record", key: name, run })
  yield* Effect.sleep(100)
  const subStart = yield* pair.subscriber.call<CpuSample>({ cmd: "cpu" })
  const push = yield* pair.publisher.call<PushReport>({
    cmd: "push",
    name,
    run,
    size: spec.size,
    rateHz: spec.rateHz,
    warmup: 0,
    count: spec.frames,
    maxMs: (spec.frames / spec.rateHz) * 3000 + 10_000
  }, "5 minutes")
  yield* Effect.sleep(400)
  const subEnd = yield* pair.subscriber.call<CpuSample>({ cmd: "cpu" })
  const [report] = yield* pair.subscriber.call<ReadonlyArray<ReceiveReport>>({ cmd: "report", key: name })
  const received = report?.received ?? 0
  const pushed = perFrame(push.cpu.start, push.cpu.end, pair.idlePublisher, push.accepted)
  const receivedCost = perFrame(subStart, subEnd, pair.idleSubscriber, received)
  const row: RoundRow = {
    kind: pair.kind,
    size: spec.size,
    round,
    accepted: push.accepted,
    received,
    pushProcessUs: pushed.processUs,
    pushMainUs: pushed.mainUs,
    receiveProcessUs: receivedCost.processUs,
    receiveMainUs: receivedCost.mainUs
  }
  return row
})

interface Costs {
  /** Whole-process CPU per frame, microseconds. */
  readonly push: number
  readonly receive: number
  /** JS main thread CPU per frame, microseconds. */
  readonly pushMain: number
  readonly receiveMain: number
  readonly delivery: number
}

export interface SummaryRow {
  readonly size: number
  readonly sdk: Costs
  readonly raw: Costs
  readonly rawLogs: Costs
  /** SDK / raw: the target (<= 1.10). */
  readonly pushRatio: number
  readonly receiveRatio: number
  readonly pushMainRatio: number
  readonly receiveMainRatio: number
  /** raw+logs / raw: what capturing the core's logs costs. */
  readonly pushRatioWithLogs: number
  readonly receiveRatioWithLogs: number
}

const summarize = (rows: ReadonlyArray<RoundRow>, spec: SizeSpec): SummaryRow => {
  const of = (kind: Variant): Costs => {
    const mine = rows.filter((r) => r.kind === kind && r.size === spec.size)
    return {
      push: median(mine.map((r) => r.pushProcessUs)),
      pushMain: median(mine.map((r) => r.pushMainUs)),
      receive: median(mine.map((r) => r.receiveProcessUs)),
      receiveMain: median(mine.map((r) => r.receiveMainUs)),
      delivery: median(mine.map((r) => r.received / spec.frames))
    }
  }
  const sdk = of("sdk")
  const raw = of("raw")
  const rawLogs = of("raw+logs")
  return {
    size: spec.size,
    sdk,
    raw,
    rawLogs,
    pushRatio: sdk.push / raw.push,
    receiveRatio: sdk.receive / raw.receive,
    pushMainRatio: sdk.pushMain / raw.pushMain,
    receiveMainRatio: sdk.receiveMain / raw.receiveMain,
    pushRatioWithLogs: rawLogs.push / raw.push,
    receiveRatioWithLogs: rawLogs.receive / raw.receive
  }
}

const main = Effect.gen(function*() {
  const flags = parseFlags()
  const machine = describeMachine()
  // `--sizes 65536`: only those frame sizes (e.g. to profile one)
  const specs = (flags.smoke ? SMOKE : FULL).filter((spec) => flags.sizes?.includes(spec.size) ?? true)
  const roundsPerKind = flags.smoke ? 1 : 6
  const profileDir = join(flags.out, "profiles")
  yield* log(
    `overhead: SDK vs raw FFI, ${specs.length} sizes x ${roundsPerKind} rounds each${flags.smoke ? " (smoke)" : ""}`
  )

  // codec first, while nothing else runs
  const codec = runCodecBench(specs.map((s) => s.size), flags.smoke)
  for (const row of codec) {
    yield* log(
      `codec ${row.message} ${row.size > 0 ? formatSize(row.size) : ""}: ours ${fmt(row.oursNs, 0)} ns, official ${
        fmt(row.officialNs, 0)
      } ns (x${fmt(row.ratio, 2)})`
    )
  }

  const rows = yield* Effect.gen(function*() {
    const server = yield* spawnServer
    const room = `overhead-${process.pid}`
    const argsFor = (name: string) =>
      flags.profile
        ? [...flags.agentArgs, "--cpu-prof", "--cpu-prof-dir", profileDir, "--cpu-prof-name", `${name}.cpuprofile`]
        : flags.agentArgs
    const pairs: Array<Pair> = []
    for (const kind of VARIANTS) {
      const agentKind = kind === "sdk" ? "sdk" : "raw"
      const env = kind === "raw+logs" ? { [CAPTURE_LOGS_ENV]: "1" } : {}
      const id = slug(kind)
      const publisher = yield* spawnAgent(`${id}-publisher`, agentKind, { execArgv: argsFor(`${id}-publisher`), env })
      const subscriber = yield* spawnAgent(`${id}-subscriber`, agentKind, {
        execArgv: argsFor(`${id}-subscriber`),
        env
      })
      yield* publisher.call({
        cmd: "connect",
        url: server.url,
        tokens: [yield* server.token(`${id}-publisher`, room)]
      })
      yield* subscriber.call({
        cmd: "connect",
        url: server.url,
        tokens: [yield* server.token(`${id}-subscriber`, room)]
      })
      const zero: Idle = { processUsPerMs: 0, mainUsPerMs: 0 }
      pairs.push({ kind, publisher, subscriber, idlePublisher: zero, idleSubscriber: zero })
    }
    for (const pair of pairs) {
      for (const spec of specs) {
        const name = `overhead-${slug(pair.kind)}-${spec.size}`
        yield* pair.publisher.call({ cmd: "publish", name })
        yield* pair.subscriber.call({
          cmd: "subscribe",
          key: name,
          publisher: `${slug(pair.kind)}-publisher`,
          name,
          bufferSize: 64,
          mode: "frames",
          consumerDelayMs: 0,
          recordLatency: false
        })
      }
    }
    yield* Effect.sleep(500)
    // idle CPU of every agent, all at once, nothing flowing
    const idleMs = flags.smoke ? 500 : 4000
    const idles = yield* Effect.forEach(
      pairs.flatMap((pair) => [pair.publisher, pair.subscriber]),
      (agent) => measureIdle(agent, idleMs),
      { concurrency: "unbounded" }
    )
    pairs.forEach((pair, i) => {
      pair.idlePublisher = idles[2 * i]!
      pair.idleSubscriber = idles[2 * i + 1]!
    })
    yield* log(
      `idle CPU (us per ms, process/main): ${
        pairs.map((p) =>
          `${p.kind} pub ${fmt(p.idlePublisher.processUsPerMs, 1)}/${fmt(p.idlePublisher.mainUsPerMs, 1)}, sub ${
            fmt(p.idleSubscriber.processUsPerMs, 1)
          }/${fmt(p.idleSubscriber.mainUsPerMs, 1)}`
        ).join("; ")
      }`
    )

    const rows: Array<RoundRow> = []
    let run = 0
    for (const spec of specs) {
      // one unmeasured full round each to warm the JIT and the transport (a shorter one left the SDK's first measured
      // round 20-40 % above its others); a smoke run only checks that it all works
      for (const pair of flags.smoke ? [] : pairs) {
        run++
        yield* runRound(pair, spec, run, 0)
      }
      for (let round = 1; round <= roundsPerKind; round++) {
        // ABC CBA ...: drifts in machine load hit every variant alike
        const order = round % 2 === 1 ? pairs : pairs.toReversed()
        for (const pair of order) {
          run++
          const row = yield* runRound(pair, spec, run, round)
          rows.push(row)
          yield* log(
            `${formatSize(spec.size).padStart(6)} ${pair.kind} round ${round}: push ${
              fmt(row.pushProcessUs, 1)
            } us/frame (main ${fmt(row.pushMainUs, 1)}), receive ${fmt(row.receiveProcessUs, 1)} us/frame (main ${
              fmt(row.receiveMainUs, 1)
            }), delivered ${row.received}/${spec.frames}`
          )
        }
      }
    }
    return rows
  }).pipe(Effect.scoped)
  machine.loadAtEnd = loadAverage()
  const summary = specs.map((spec) => summarize(rows, spec))

  const table = toMarkdown(
    [
      "frame",
      "push µs/frame SDK / raw / raw+logs",
      "push SDK/raw",
      "receive µs/frame SDK / raw / raw+logs",
      "receive SDK/raw",
      "JS thread push µs SDK / raw (ratio)",
      "JS thread receive µs SDK / raw (ratio)",
      "log capture: raw+logs/raw push, receive",
      "delivered SDK / raw / raw+logs"
    ],
    summary.map((s) => [
      formatSize(s.size),
      `${fmt(s.sdk.push, 1)} / ${fmt(s.raw.push, 1)} / ${fmt(s.rawLogs.push, 1)}`,
      `**${fmt(s.pushRatio, 2)}**`,
      `${fmt(s.sdk.receive, 1)} / ${fmt(s.raw.receive, 1)} / ${fmt(s.rawLogs.receive, 1)}`,
      `**${fmt(s.receiveRatio, 2)}**`,
      `${fmt(s.sdk.pushMain, 1)} / ${fmt(s.raw.pushMain, 1)} (${fmt(s.pushMainRatio, 2)})`,
      `${fmt(s.sdk.receiveMain, 1)} / ${fmt(s.raw.receiveMain, 1)} (${fmt(s.receiveMainRatio, 2)})`,
      `${fmt(s.pushRatioWithLogs, 2)}, ${fmt(s.receiveRatioWithLogs, 2)}`,
      `${fmt(s.sdk.delivery * 100, 0)} / ${fmt(s.raw.delivery * 100, 0)} / ${fmt(s.rawLogs.delivery * 100, 0)} %`
    ])
  )
  const codecTable = toMarkdown(
    ["message", "payload", "ours (protobufjs) ns", "official (protobuf-es) ns", "ours/official"],
    codec.map((
      c
    ) => [c.message, c.size > 0 ? formatSize(c.size) : "–", fmt(c.oursNs, 0), fmt(c.officialNs, 0), fmt(c.ratio, 2)])
  )
  const verdict = summary.map((s) =>
    `- ${formatSize(s.size)}: push ${fmt(s.pushRatio, 2)}, receive ${fmt(s.receiveRatio, 2)} (target <= ${TARGET}): ${
      s.pushRatio <= TARGET && s.receiveRatio <= TARGET ? "met" : "NOT met"
    }`
  ).join("\n")

  const profiles = flags.profile ? profilesIn(profileDir).map((file) => summarise(file)) : []
  const profileText = profiles.map((p) =>
    [
      `### ${p.file.split("/").pop()} (${fmt(p.totalMs, 0)} ms of JS-thread samples)`,
      "",
      ...(p.steps.length > 0
        ? [
          toMarkdown(
            ["step (inclusive)", "ms", "share"],
            p.steps.map((e) => [e.name, fmt(e.selfMs, 0), `${fmt(e.share * 100, 1)} %`])
          ),
          ""
        ]
        : []),
      toMarkdown(
        ["package / bucket", "self ms", "share"],
        p.byPackage.slice(0, 12).map((e) => [e.name, fmt(e.selfMs, 0), `${fmt(e.share * 100, 1)} %`])
      ),
      "",
      toMarkdown(
        ["function", "self ms", "share"],
        p.byFunction.slice(0, 20).map((e) => [`\`${e.name}\``, fmt(e.selfMs, 0), `${fmt(e.share * 100, 1)} %`])
      )
    ].join("\n")
  ).join("\n\n")

  const markdown = [
    `# SDK overhead against the raw FFI${flags.smoke ? " (smoke)" : ""}${
      flags.profile ? ": profiling run (`bench:overhead --profile`)" : ""
    }`,
    "",
    ...(flags.profile
      ? [
        "The agents ran under `node --cpu-prof`, which slows short functions most: use this run for where the JS time " +
        "goes, `overhead.md` for the ratios. A sampled profile inflates many small calls (a `DataTrackFrame` " +
        "construction measured 0.35 µs alone); the tables count the whole process, start-up included.",
        ""
      ]
      : []),
    "CPU per frame, median of the rounds, net of each process's idle CPU. \"push\"/\"receive\" are whole-process CPU " +
    "(process.cpuUsage: JS thread + the Rust core's threads + libwebrtc), the figure the target applies to; \"JS thread\" " +
    "is the main thread alone (schedstat), where our layer runs, so it shows our cost without the Rust work both sides share.",
    "",
    table,
    "",
    verdict,
    "",
    `Rates: ${
      specs.map((s) => `${formatSize(s.size)} at ${s.rateHz} Hz x ${s.frames} frames`).join(", ")
    }; ${roundsPerKind} rounds ` +
    "per variant per size after one full warm-up round, interleaved ABC CBA. SDK: `LocalDataTrack.tryPush` in an Effect loop, " +
    "`DataTrackSubscription.frames` with `Stream.runForEach`; raw side: the same pacing with `livekitFfiRequest` and " +
    "protobuf-es `toBinary`/`fromBinary`, one `data_track_stream_read` per frame sent from the event callback, " +
    "`livekitInitialize(..., captureLogs = false)`, as the SDK's default FfiClient; raw+logs: the same with " +
    "captureLogs = true (what a `logLevel` costs), log events decoded and dropped.",
    "",
    "## Codec: our protobufjs codec vs the official protobuf-es classes",
    "",
    codecTable,
    "",
    ...(profiles.length > 0 ? ["## Where the JS time goes (node --cpu-prof)", "", profileText, ""] : []),
    ...machineSection(machine)
  ].join("\n")

  // A profiling run (slowed by the profiler) never replaces the published figures: its files are overhead-profile.*.
  const base = flags.profile ? "overhead-profile" : "overhead"
  const written = [
    writeResult(
      flags.out,
      `${base}.csv`,
      toCsv(rows, [
        ["kind", (r) => r.kind],
        ["size_bytes", (r) => r.size],
        ["round", (r) => r.round],
        ["accepted", (r) => r.accepted],
        ["received", (r) => r.received],
        ["push_process_us_per_frame", (r) => r.pushProcessUs.toFixed(2)],
        ["push_main_thread_us_per_frame", (r) => r.pushMainUs.toFixed(2)],
        ["receive_process_us_per_frame", (r) => r.receiveProcessUs.toFixed(2)],
        ["receive_main_thread_us_per_frame", (r) => r.receiveMainUs.toFixed(2)]
      ])
    ),
    writeResult(flags.out, `${base}.md`, markdown),
    writeResult(flags.out, `${base}.json`, JSON.stringify({ machine, summary, rows, codec, profiles }, null, 2))
  ]
  yield* log(`\n${table}\n\n${verdict}\n\n${codecTable}\n`)
  if (profileText !== "") yield* log(profileText)
  yield* log(`load average at end: ${machine.loadAtEnd.join(" / ")}`)
  yield* log(`wrote ${written.join(", ")}`)
}).pipe(Effect.scoped)

export type { CodecRow }

runBench(main)
