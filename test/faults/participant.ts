/**
 * A participant in its own process, for fault tests that kill it: `node participant.ts <publish|subscribe> <url>
 * <token> [name]`. `publish` publishes `name` and pushes sequence-numbered frames every 10 ms; `subscribe` follows
 * the track `name` of `robot`. Prints `ready` once publishing or subscribed, then counts on stdout once a second.
 */
import { DataTrackFrame } from "@effect-livekit/core"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { Effect, Stream } from "effect"

const [mode, url, token, name = "telemetry"] = process.argv.slice(2)
if ((mode !== "publish" && mode !== "subscribe") || url === undefined || token === undefined) {
  console.error("usage: participant.ts <publish|subscribe> <url> <token> [name]")
  process.exit(2)
}

const frame = (seq: number) => {
  const payload = new Uint8Array(64)
  new DataView(payload.buffer).setUint32(0, seq)
  return new DataTrackFrame({ payload })
}

const publish = Effect.gen(function*() {
  const room = yield* LiveKitRoom.make({ url, token })
  const track = yield* room.publishDataTrack({ name })
  console.log("ready")
  let seq = 0
  let failed = 0
  yield* Effect.gen(function*() {
    yield* track.tryPush(frame(seq++)).pipe(Effect.catch(() => Effect.sync(() => failed++)))
    yield* Effect.sleep(10)
  }).pipe(Effect.forever, Effect.forkScoped)
  return yield* Effect.sync(() => console.log(`pushed ${seq} failed ${failed}`)).pipe(
    Effect.andThen(Effect.sleep(1000)),
    Effect.forever
  )
})

const subscribe = Effect.gen(function*() {
  const room = yield* LiveKitRoom.make({ url, token })
  let received = 0
  yield* room.follow({ publisher: "robot", name }, {
    onSubscribed: () => Effect.sync(() => console.log("ready"))
  }).pipe(Stream.runForEach(() => Effect.sync(() => received++)), Effect.forkScoped)
  return yield* Effect.sync(() => console.log(`received ${received}`)).pipe(
    Effect.andThen(Effect.sleep(1000)),
    Effect.forever
  )
})

Effect.runFork(
  (mode === "publish" ? publish : subscribe).pipe(
    Effect.scoped,
    Effect.provide(FfiClient.layer),
    Effect.catchCause((cause) =>
      Effect.sync(() => {
        console.error(String(cause))
        process.exit(1)
      })
    )
  )
)
