/** The README's quick start: a sensor publishing a reading 10 times a second on the data track `temperature`. */
import { DataTrackFrame, Room } from "@effect-livekit/core"
import { LiveKitRoom } from "@effect-livekit/node"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect, Stream } from "effect"

const sensor = Effect.gen(function*() {
  const room = yield* Room
  const track = yield* room.publishDataTrack({ name: "temperature", frameEncoding: "json" }) // unpublished at the end
  const { dropped, pushed } = yield* Stream.tick("100 millis").pipe(
    Stream.zipWithIndex,
    Stream.take(100),
    Stream.map(([, n]) => ({ n, celsius: 20 + Math.sin(n / 10) })),
    Stream.map((reading) => DataTrackFrame.text(JSON.stringify(reading), BigInt(Date.now()))), // timestamp in ms
    Stream.run(track.sink({ onFull: "drop" })) // any Stream into the track; full queue -> dropped, counted
  )
  yield* Effect.log(`pushed ${pushed} readings, dropped ${dropped}`)
})

// The server comes from the environment: LIVEKIT_URL, and LIVEKIT_TOKEN or LIVEKIT_API_KEY + LIVEKIT_API_SECRET.
sensor.pipe(
  Effect.scoped,
  Effect.provide(LiveKitRoom.layerConfig({ identity: "sensor", room: "dev" })),
  NodeRuntime.runMain
)
