/** The robot: publishes `robot-status` and pushes a status line, stamped with its send time, at a fixed rate. */
import { DataTrackFrame, Room } from "@effect-livekit/core"
import { Clock, Duration, Effect, Stream } from "effect"

export interface RobotReport {
  readonly pushed: number
  /** Pushes the track refused, by reason (`BufferFull`, ...). */
  readonly rejected: Readonly<Record<string, number>>
}

/** Microseconds since the epoch: the demo stamps frames in µs so sub-millisecond latency is visible. */
export const nowMicros = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000))

export const robot = Effect.fn("robot")(function*(options: { readonly rateHz: number; readonly seconds: number }) {
  const room = yield* Room
  const track = yield* room.publishDataTrack({ name: "robot-status" })
  const started = yield* Clock.currentTimeMillis
  const report = { pushed: 0, rejected: {} as Record<string, number> }
  yield* Stream.tick(Duration.millis(1000 / options.rateHz)).pipe(
    Stream.take(Math.round(options.seconds * options.rateHz)),
    Stream.zipWithIndex,
    Stream.runForEach(([, n]) =>
      Effect.gen(function*() {
        const uptime = (yield* Clock.currentTimeMillis) - started
        const frame = new DataTrackFrame({
          payload: new TextEncoder().encode(`robot status #${n} uptime=${uptime}ms`),
          userTimestamp: nowMicros(),
          timestampUnit: "microseconds"
        })
        yield* track.tryPush(frame).pipe(
          Effect.match({
            onSuccess: () => report.pushed++,
            onFailure: (error) => report.rejected[error._tag] = (report.rejected[error._tag] ?? 0) + 1
          })
        )
      })
    )
  )
  return report satisfies RobotReport
})
