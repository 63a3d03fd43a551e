/**
 * `bench:relay-floor`: what forwarding one packet costs a Node process on this machine before any WebRTC work,
 * to read `bench:server` against. The relay (relay-floor-agent.ts, its own process, CPU from /proc) forwards the
 * publisher's datagrams to one subscriber at `bench:server`'s 1 KiB 1 -> 1 workload (a 1,048-byte data-track packet
 * carrying 1 KiB, 500 Hz), in three variants that add SCTP's acknowledgements and DTLS's AES-GCM records
 * (RelayRecords.ts). A dev server hosted in Node cannot cost less per MB/s than the variant whose work it must do.
 *
 * Output in bench/results/: relay-floor.json, relay-floor.md.
 */
import { Effect } from "effect"
import { fork } from "node:child_process"
import { createSocket } from "node:dgram"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { log, parseFlags, runBench, writeResult } from "./Bench.ts"
import { describeMachine, loadAverage, machineSection } from "./Machine.ts"
import { processCpuUs } from "./Processes.ts"
import { makeRecords, RELAY_VARIANTS, type RelayVariant } from "./RelayRecords.ts"
import { fmt, toMarkdown } from "./Stats.ts"

const PAYLOAD = 1024
/** A data-track packet: 12-byte header, 12-byte extension block holding the user timestamp, 1 KiB payload. */
const PACKET = 1048
const RATE_HZ = 500

export interface FloorRow {
  readonly variant: RelayVariant
  readonly seconds: number
  readonly sent: number
  readonly delivered: number
  readonly relayIdlePct: number
  readonly relayNetPct: number
  readonly usPerPacket: number
  readonly pctPerMBps: number
}

interface Relay {
  readonly pid: number
  readonly port: number
  readonly tell: (message: object) => void
}

const agent = fileURLToPath(new URL("./relay-floor-agent.ts", import.meta.url))

const startRelay = (variant: RelayVariant) =>
  Effect.acquireRelease(
    Effect.callback<Relay>((resume) => {
      const child = fork(agent, [variant], { stdio: ["ignore", "inherit", "inherit", "ipc"] })
      child.once("message", (message: { readonly port: number }) =>
        resume(Effect.succeed({
          pid: child.pid ?? -1,
          port: message.port,
          tell: (m) => child.send(m)
        })))
      return Effect.sync(() => child.kill("SIGKILL"))
    }),
    (relay) => Effect.sync(() => relay.tell({ exit: true }))
  )

/** Sends `count` packets at RATE_HZ (deadline-paced, late ones caught up) and counts what reaches the subscriber. */
const runPeers = (variant: RelayVariant, relay: Relay, seconds: number) =>
  Effect.callback<{ readonly sent: number; readonly delivered: number; readonly startUs: number }>((resume) => {
    const records = makeRecords(variant)
    const subscriber = createSocket("udp4")
    const publisher = createSocket("udp4")
    let delivered = 0
    subscriber.on("message", (datagram, from) => {
      records.open(datagram)
      if (++delivered % 2 === 0 && records.acks) subscriber.send(records.seal(records.ack), from.port, from.address)
    })
    publisher.on("message", (datagram) => records.open(datagram))
    const count = RATE_HZ * seconds
    const packet = Buffer.alloc(PACKET, 0x5a)
    let sent = 0
    let timer: NodeJS.Timeout | undefined
    subscriber.bind(0, "127.0.0.1", () => {
      relay.tell({ subscriberPort: subscriber.address().port })
      publisher.bind(0, "127.0.0.1", () => {
        const startUs = processCpuUs(relay.pid)
        const origin = performance.now()
        const tick = () => {
          const due = Math.min(count, Math.floor(((performance.now() - origin) * RATE_HZ) / 1000) + 1)
          while (sent < due) {
            publisher.send(records.seal(packet), relay.port, "127.0.0.1")
            sent++
          }
          if (sent < count) {
            timer = setTimeout(tick, Math.max(0, origin + (sent * 1000) / RATE_HZ - performance.now()))
            return
          }
          // let the last packets and acknowledgements land
          timer = setTimeout(() => {
            subscriber.close()
            publisher.close()
            resume(Effect.succeed({ sent, delivered, startUs }))
          }, 200)
        }
        tick()
      })
    })
    return Effect.sync(() => {
      clearTimeout(timer)
      subscriber.close()
      publisher.close()
    })
  })

const measure = (variant: RelayVariant, seconds: number, idleSeconds: number) =>
  Effect.gen(function*() {
    const relay = yield* startRelay(variant)
    const idle0 = { us: processCpuUs(relay.pid), at: performance.now() }
    yield* Effect.sleep(idleSeconds * 1000)
    const idle1 = { us: processCpuUs(relay.pid), at: performance.now() }
    const relayIdlePct = ((idle1.us - idle0.us) / 1000 / (idle1.at - idle0.at)) * 100
    const at = performance.now()
    const peers = yield* runPeers(variant, relay, seconds)
    const windowMs = performance.now() - at
    const endUs = processCpuUs(relay.pid)
    const relayPct = ((endUs - peers.startUs) / 1000 / windowMs) * 100
    const relayNetPct = Math.max(0, relayPct - relayIdlePct)
    const mbps = (peers.delivered * PAYLOAD) / 1e6 / (windowMs / 1000)
    const row: FloorRow = {
      variant,
      seconds,
      sent: peers.sent,
      delivered: peers.delivered,
      relayIdlePct,
      relayNetPct,
      usPerPacket: ((relayNetPct / 100) * windowMs * 1000) / peers.delivered,
      pctPerMBps: relayNetPct / mbps
    }
    yield* log(
      `${variant.padEnd(17)} ${row.delivered}/${row.sent} packets, relay ${fmt(relayNetPct, 2)} % of a core ` +
        `(idle ${fmt(relayIdlePct, 2)} %): ${fmt(row.usPerPacket, 1)} µs per packet, ` +
        `${fmt(row.pctPerMBps, 2)} % of a core per MB/s`
    )
    return row
  }).pipe(Effect.scoped)

/** bench:server's figure for the same workload, when its results are beside ours. */
const serverFigure = (dir: string): number | undefined => {
  const path = join(dir, "server.json")
  if (!existsSync(path)) return undefined
  const { rows } = JSON.parse(readFileSync(path, "utf8")) as {
    readonly rows: ReadonlyArray<{ readonly subscribers: number; readonly size: number; readonly pctPerMBps: number }>
  }
  return rows.find((r) => r.subscribers === 1 && r.size === PAYLOAD)?.pctPerMBps
}

const main = Effect.gen(function*() {
  const flags = parseFlags()
  const machine = describeMachine()
  const seconds = flags.smoke ? 1 : 10
  yield* log(`relay floor: 1 KiB x ${RATE_HZ} Hz, 1 -> 1, ${seconds} s per variant${flags.smoke ? " (smoke)" : ""}`)
  const rows: Array<FloorRow> = []
  for (const variant of RELAY_VARIANTS) rows.push(yield* measure(variant, seconds, flags.smoke ? 0.5 : 3))
  machine.loadAtEnd = loadAverage()

  const table = toMarkdown(
    ["variant", "delivered", "relay CPU % (idle)", "µs per packet", "% of a core per MB/s"],
    rows.map((r) => [
      r.variant,
      `${r.delivered}/${r.sent}`,
      `${fmt(r.relayNetPct, 2)} (${fmt(r.relayIdlePct, 2)})`,
      fmt(r.usPerPacket, 1),
      fmt(r.pctPerMBps, 2)
    ])
  )
  const server = serverFigure(flags.out)
  const comparison = server === undefined
    ? "No bench:server result beside this one to compare with."
    : `bench:server's dev server, same workload: ${fmt(server, 2)} % of a core per MB/s (server.json).`
  const markdown = [
    `# Relay floor${flags.smoke ? " (smoke)" : ""}`,
    "",
    `A Node process forwarding 1 KiB data-track packets (${PACKET}-byte datagrams) at ${RATE_HZ} Hz from one ` +
    "publisher to one subscriber on loopback, net of its idle CPU (MB = 10^6 payload bytes). Each variant adds work " +
    "a WebRTC data path must do; none parses SCTP or checks its CRC32c, so a real stack costs more.",
    "",
    table,
    "",
    comparison,
    "",
    ...machineSection(machine)
  ].join("\n")
  const written = [
    writeResult(flags.out, "relay-floor.md", markdown),
    writeResult(flags.out, "relay-floor.json", JSON.stringify({ machine, rows, serverPctPerMBps: server }, null, 2))
  ]
  yield* log(`\n${table}\n\n${comparison}`)
  yield* log(`wrote ${written.join(", ")}`)
})

runBench(main)
