/**
 * The human: waits for the robot's `robot-status` track, subscribes, and prints each line as it arrives, until the
 * robot unpublishes the track (the end of the stream).
 */
import { Room } from "@effect-livekit/core"
import { Console, Effect, Stream } from "effect"

export interface HumanReport {
  /** Status numbers received, in arrival order. */
  readonly received: ReadonlyArray<number>
  readonly latenciesMs: ReadonlyArray<number>
}

/** The `#<n>` of a status line. */
export const statusNumber = (line: string): number | undefined => {
  const match = /#(\d+)/.exec(line)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

export const human = Effect.fn("human")(function*() {
  const room = yield* Room
  const remote = yield* room.dataTrack({ publisher: "robot", name: "robot-status" }) // waits until published
  const subscription = yield* remote.subscribe({ bufferSize: 16, timestampUnit: "microseconds" })
  yield* Console.log(`[human] subscribed to robot/robot-status (${remote.info.sid})`)
  const received: Array<number> = []
  const latenciesMs: Array<number> = []
  yield* subscription.frames.pipe(
    Stream.runForEach((frame) => {
      const latency = frame.latencyMillis(performance.timeOrigin + performance.now())
      const n = statusNumber(frame.text)
      if (n !== undefined) received.push(n)
      if (latency !== undefined) latenciesMs.push(latency)
      return Console.log(`[human] ${frame.text}  latency ${latency === undefined ? "?" : latency.toFixed(1)} ms`)
    })
  )
  // The stream ends when the robot unpublishes its track.
  yield* Console.log(`[human] end of stream: robot-status was unpublished`)
  return { received, latenciesMs } satisfies HumanReport
})
