/**
 * The robot: publishes the data track `robot-status` and pushes a status line stamped with its send time (µs since
 * the epoch) at a fixed rate. Closing its scope unpublishes the track, which ends every subscriber's stream.
 */
import { DataTrackFrame, Room, Ticker } from "@effect-livekit/core"
import { Clock, Console, Duration, Effect, Stream } from "effect"

export interface RobotReport {
  /** Status numbers the track accepted. */
  readonly pushed: ReadonlyArray<number>
  /** Status numbers the track refused, with the reason (`BufferFull`, ...). */
  readonly rejected: ReadonlyMap<number, string>
  readonly seconds: number
}

/** Microseconds since the epoch: the demo stamps frames in µs so that sub-millisecond latency is visible. */
export const nowMicros = () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000))

export const robot = Effect.fn("robot")(function*(options: {
  readonly rateHz: number
  readonly seconds: number
  /** Time between the last push and unpublishing: the core drops frames still queued at unpublish. */
  readonly linger?: Duration.Input
}) {
  const room = yield* Room
  const track = yield* room.publishDataTrack({ name: "robot-status" }) // unpublished when the scope closes
  yield* Console.log(`[robot] publishing robot-status (${track.info.sid}) at ${options.rateHz} Hz`)
  const started = yield* Clock.currentTimeMillis
  const pushed: Array<number> = []
  const rejected = new Map<number, string>()
  yield* Ticker.every(options.rateHz).pipe(
    Stream.take(Math.round(options.seconds * options.rateHz)),
    Stream.runForEach((n) =>
      Effect.gen(function*() {
        const uptime = (yield* Clock.currentTimeMillis) - started
        const frame = new DataTrackFrame({
          payload: new TextEncoder().encode(`robot status #${n} uptime=${uptime}ms`),
          userTimestamp: nowMicros(),
          timestampUnit: "microseconds"
        })
        yield* track.tryPush(frame).pipe(Effect.match({
          onSuccess: () => pushed.push(n),
          onFailure: (error) => rejected.set(n, error._tag) // BufferFull, Unpublished, ...
        }))
      })
    )
  )
  const seconds = ((yield* Clock.currentTimeMillis) - started) / 1000
  yield* Effect.sleep(options.linger ?? Duration.millis(500))
  yield* Console.log(`[robot] done after ${pushed.length} frames; unpublishing robot-status`)
  return { pushed, rejected, seconds } satisfies RobotReport
})
