/** The demo's closing summary: what was pushed, received and dropped (by reason), and the latency. */
import type { HumanReport } from "./human.ts"
import type { RobotReport } from "./robot.ts"

/** The q-quantile (0..1) of a sample, by the nearest-rank method. */
export const quantile = (values: ReadonlyArray<number>, q: number): number | undefined => {
  if (values.length === 0) return undefined
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

export interface Summary {
  readonly attempted: number
  readonly pushed: number
  readonly received: number
  /** Frames sent before the human's first received one (the subscription did not exist yet: never delivered). */
  readonly beforeFirst: number
  /** After the first received frame: refused by the track, by reason. */
  readonly rejected: Readonly<Record<string, number>>
  /** After the first received frame: accepted by the track but never received. */
  readonly lostInTransit: number
  /** Everything missing after the first received frame (rejections included): must be 0. */
  readonly lost: number
  readonly p50Ms: number | undefined
  readonly p99Ms: number | undefined
}

export const summarize = (robot: RobotReport, human: HumanReport): Summary => {
  const attempted = robot.pushed.length + robot.rejected.size
  const first = human.received.length === 0 ? attempted : Math.min(...human.received)
  const received = new Set(human.received)
  const rejected: Record<string, number> = {}
  for (const [n, reason] of robot.rejected) if (n >= first) rejected[reason] = (rejected[reason] ?? 0) + 1
  const lostInTransit = robot.pushed.filter((n) => n >= first && !received.has(n)).length
  const rejectedAfter = Object.values(rejected).reduce((a, b) => a + b, 0)
  return {
    attempted,
    pushed: robot.pushed.length,
    received: human.received.length,
    beforeFirst: first,
    rejected,
    lostInTransit,
    lost: lostInTransit + rejectedAfter,
    p50Ms: quantile(human.latenciesMs, 0.5),
    p99Ms: quantile(human.latenciesMs, 0.99)
  }
}

const ms = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(2)} ms`)

export const formatSummary = (summary: Summary, robot: RobotReport): string => {
  const rejected = Object.entries(summary.rejected)
  return [
    "── summary ──",
    `frames pushed:    ${summary.pushed} of ${summary.attempted} in ${robot.seconds.toFixed(1)} s`,
    `frames received:  ${summary.received}`,
    `frames dropped:   ${summary.beforeFirst} before the human's subscription (by design), ` +
    `${
      rejected.length === 0
        ? "0 refused by the track"
        : `refused by the track: ${rejected.map(([reason, n]) => `${reason}=${n}`).join(", ")}`
    }, ` +
    `${summary.lostInTransit} lost in transit`,
    `frames lost after the first one received: ${summary.lost}`,
    `latency:          p50 ${ms(summary.p50Ms)}, p99 ${ms(summary.p99Ms)}`
  ].join("\n")
}
