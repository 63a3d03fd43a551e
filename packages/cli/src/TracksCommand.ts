/** `effect-livekit tracks`: the data tracks of a room, live — those published now, then each (un)publication. */
import type { RemoteDataTrack } from "@effect-livekit/core"
import { Effect, Stream } from "effect"
import { Command } from "effect/cli"
import * as Connection from "./Connection.ts"
import * as Format from "./Format.ts"
import * as Run from "./Run.ts"

const line = (event: "published" | "unpublished", track: RemoteDataTrack.RemoteDataTrack) =>
  `${event.padEnd(11)} ${`${track.publisherIdentity}/${track.info.name}`.padEnd(32)} ${
    Format.describeTrack(track.info)
  }`

export const command = Command.make("tracks", {
  ...Connection.flags("tracks-<random>"),
  seconds: Run.secondsFlag
}, (flags) =>
  Effect.gen(function*() {
    const target = yield* Connection.target(flags, {
      identity: Run.randomIdentity("tracks"),
      grants: { canPublish: false, canPublishData: false, canSubscribe: true }
    })
    yield* Connection.joinServerNamespace(target.url)
    const room = yield* Connection.connect(target)
    const status = Format.makeStatusLine()
    const print = Format.printer(status)
    yield* Run.info(`watching data tracks in room "${target.room}" on ${target.url} as ${target.identity}`)
    let seen = 0
    yield* Effect.sleep("1 second").pipe(
      Effect.andThen(Effect.suspend(() => seen === 0 ? Run.info("no data tracks published yet") : Effect.void)),
      Effect.forkScoped
    )
    yield* room.remoteDataTracks.pipe(
      Stream.runForEach((track) =>
        Effect.gen(function*() {
          seen++
          yield* print(line("published", track))
          yield* track.awaitUnpublished.pipe(Effect.andThen(print(line("unpublished", track))), Effect.forkScoped)
        })
      ),
      Run.forSeconds(flags.seconds)
    )
  }).pipe(Effect.scoped)).pipe(
    Command.withShortDescription("list the data tracks of a room, live"),
    Command.withDescription(
      "List the data tracks in a room, live: one line per track published now, then one per publication and " +
        "unpublication (publisher/track, sid, schema, frame encoding). Connects with --url and --token or " +
        "--api-key/--api-secret, --room, --identity (env LIVEKIT_URL, LIVEKIT_TOKEN, LIVEKIT_API_KEY, " +
        "LIVEKIT_API_SECRET, LIVEKIT_ROOM, LIVEKIT_IDENTITY)."
    )
  )
