/** The demo's closing summary. */
import type { HumanReport } from "./human.ts"
import type { RobotReport } from "./robot.ts"

/** The q-quantile (0..1) of a sample, by the nearest-rank method. */
export const quantile = (values: ReadonlyArray<number>, q: number): number | undefined => {
  if (values.length === 0) return undefined
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

const ms = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(2)} ms`)

export const formatSummary = (robot: RobotReport, human: HumanReport): string => {
  const rejected = Object.entries(robot.rejected)
  return [
    "── summary ──",
    `frames pushed:   ${robot.pushed}`,
    `frames received: ${human.received}`,
    `push rejections: ${rejected.length === 0 ? "none" : rejected.map(([reason, n]) => `${reason}=${n}`).join(", ")}`,
    `frames lost after the first received: ${human.lost}`,
    `latency p50 ${ms(quantile(human.latenciesMs, 0.5))}, p99 ${ms(quantile(human.latenciesMs, 0.99))}`
  ].join("\n")
}
