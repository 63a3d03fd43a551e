/** The machine a benchmark ran on, recorded next to its figures. */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import * as os from "node:os"
import { dirname, join } from "node:path"

export interface MachineInfo {
  readonly date: string
  readonly hostCpus: number
  readonly cpuModel: string
  readonly memoryGiB: number
  readonly kernel: string
  readonly node: string
  readonly versions: Readonly<Record<string, string>>
  /** 1/5/15-minute load averages when the run started and when it ended. */
  readonly loadAtStart: ReadonlyArray<number>
  loadAtEnd: ReadonlyArray<number>
}

/** Version of package `name` as resolved from `from` (a file URL): the nearest package.json named `name`. */
const versionOf = (name: string, from: string = import.meta.url): string => {
  try {
    let dir = dirname(createRequire(from).resolve(name))
    for (let i = 0; i < 8; i++) {
      try {
        const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
          readonly name?: string
          readonly version?: string
        }
        if (json.name === name) return json.version ?? "unknown"
      } catch {
        // no package.json here
      }
      dir = dirname(dir)
    }
  } catch {
    // not resolvable from here
  }
  return "unknown"
}

const round2 = (value: number): number => Math.round(value * 100) / 100

export const loadAverage = (): ReadonlyArray<number> => os.loadavg().map(round2)

export const describeMachine = (): MachineInfo => ({
  date: new Date().toISOString(),
  hostCpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  memoryGiB: round2(os.totalmem() / 2 ** 30),
  kernel: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  versions: {
    effect: versionOf("effect"),
    "@livekit/rtc-ffi-bindings": versionOf("@livekit/rtc-ffi-bindings"),
    "node-datachannel": versionOf("node-datachannel", import.meta.resolve("@effect-livekit/dev-server"))
  },
  loadAtStart: loadAverage(),
  loadAtEnd: []
})

export const formatMachine = (machine: MachineInfo): string =>
  [
    `- date: ${machine.date}`,
    `- cpus: ${machine.hostCpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.kernel}`,
    `- node ${machine.node}; ${Object.entries(machine.versions).map(([k, v]) => `${k} ${v}`).join(", ")}`,
    `- load average (1/5/15 min): ${machine.loadAtStart.join(" / ")} at start, ${machine.loadAtEnd.join(" / ")} at end`
  ].join("\n")

/** The "## Machine" section that ends every benchmark's markdown. */
export const machineSection = (machine: MachineInfo): ReadonlyArray<string> => [
  "## Machine",
  "",
  formatMachine(machine),
  ""
]
