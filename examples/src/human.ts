/** The human: waits for the robot's `robot-status` track, subscribes, and prints each line as it arrives. */
import { Room } from "@effect-livekit/core"
import { Console, Effect, Stream } from "effect"

export interface HumanReport {
  readonly received: number
  /** Status numbers missing after the first one received (earlier frames predate the subscription). */
  readonly lost: number
  readonly latenciesMs: ReadonlyArray<number>
}

const sequenceOf = (line: string): number | undefined => {
  const match = /#(\d+)/.exec(line)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

export const human = Effect.fn("human")(function*() {
  const room = yield* Room
  const remote = yield* room.dataTrack({ publisher: "robot", name: "robot-status" })
  const subscription = yield* remote.subscribe({ bufferSize: 16, timestampUnit: "microseconds" })
  const report = { received: 0, lost: 0, latenciesMs: [] as Array<number> }
  let previous: number | undefined
  yield* subscription.frames.pipe(
    Stream.runForEach((frame) => {
      const line = frame.text
      const latency = frame.latencyMillis(performance.timeOrigin + performance.now())
      report.received++
      if (latency !== undefined) report.latenciesMs.push(latency)
      const seq = sequenceOf(line)
      if (seq !== undefined && previous !== undefined && seq > previous + 1) report.lost += seq - previous - 1
      if (seq !== undefined) previous = seq
      return Console.log(`[human] ${line}  latency ${latency === undefined ? "?" : latency.toFixed(1)} ms`)
    })
  )
  return report satisfies HumanReport
})
