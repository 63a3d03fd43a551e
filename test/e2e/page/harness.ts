/**
 * The browser side of the interop tests: LiveKit's browser SDK in a page, driven by the test through
 * `window.harness` (Playwright's `page.evaluate`). Frames carry the tests' sequenced payload, so the test checks
 * what arrived (which sequence numbers, intact or not) rather than how many.
 */
import { metadataOf } from "@effect-livekit/view/page/TrackMetadata.ts"
import { type LocalDataTrack, type RemoteDataTrack, Room, RoomEvent } from "livekit-client"
import { intactPayload, payloadOf, seqOfPayload } from "../fixtures/SequencedPayload.ts"
import type { Harness, PushResult, Received, TrackEvent } from "./HarnessApi.ts"

// Data only: no audio, so no AudioContext (which a browser refuses to start before a user gesture).
const room = new Room({ webAudioMix: false })
const events: Array<
  { readonly type: "published" | "unpublished"; readonly sid: string; readonly track?: RemoteDataTrack }
> = []
room.on(RoomEvent.DataTrackPublished, (track) => events.push({ type: "published", sid: track.info.sid, track }))
room.on(RoomEvent.DataTrackUnpublished, (sid) => events.push({ type: "unpublished", sid }))

const published = new Map<string, LocalDataTrack>()
const received = new Map<string, { seqs: Array<number>; corrupt: number; bytes: number; error: string | undefined }>()
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

const harness: Harness = {
  join: async (url: string, token: string): Promise<string> => {
    await room.connect(url, token)
    return room.localParticipant.identity
  },
  state: (): string => room.state,
  disconnect: () => room.disconnect(),
  events: (): ReadonlyArray<TrackEvent> =>
    events.map(({ sid, track, type }) =>
      track === undefined ? { type, sid } : (() => {
        const metadata = metadataOf(room, track.publisherIdentity, sid)
        return {
          type,
          sid,
          publisher: track.publisherIdentity,
          name: track.info.name,
          frameEncoding: metadata.frameEncoding,
          schemaName: metadata.schemaName
        }
      })()
    ),
  publish: async (name: string): Promise<string> => {
    const track = await room.localParticipant.publishDataTrack({ name })
    published.set(name, track)
    return track.info?.sid ?? ""
  },
  unpublish: async (name: string): Promise<void> => {
    await published.get(name)?.unpublish()
    published.delete(name)
  },
  /** Pushes `count` frames from sequence `from` at `rateHz`, on deadlines (a late frame does not delay the next). */
  push: async (name: string, from: number, count: number, size: number, rateHz: number): Promise<PushResult> => {
    const track = published.get(name)
    if (track === undefined) return { pushed: 0, failures: [`not published: ${name}`] }
    const failures: Array<string> = []
    const start = performance.now()
    let pushed = 0
    for (let i = 0; i < count; i++) {
      await sleep(start + (i * 1000) / rateHz - performance.now())
      try {
        await track.tryPush({ payload: payloadOf(from + i, size), userTimestamp: BigInt(Date.now()) })
        pushed++
      } catch (error) {
        failures.push(describe(error))
      }
    }
    return { pushed, failures }
  },
  /** Starts reading `publisher`'s track `name` (waiting for it to be published); frames are kept by sequence. */
  subscribe: async (publisher: string, name: string): Promise<void> => {
    const participant = room.remoteParticipants.get(publisher)
    const track = participant?.dataTracks.get(name) ?? (await participant?.dataTracks.getDeferred(name))
    if (track === undefined) throw new Error(`no participant ${publisher}`)
    const key = `${publisher}/${name}`
    const state = { seqs: [] as Array<number>, corrupt: 0, bytes: 0, error: undefined as string | undefined }
    received.set(key, state)
    const reader = track.subscribe({ bufferSize: 256 }).getReader()
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) return
          state.seqs.push(seqOfPayload(value.payload))
          state.bytes += value.payload.byteLength
          if (!intactPayload(value.payload)) state.corrupt++
        }
      } catch (error) {
        state.error = describe(error)
      }
    })()
  },
  received: (publisher: string, name: string): Received | undefined => received.get(`${publisher}/${name}`),
  remoteTracks: (): ReadonlyArray<string> =>
    [...room.remoteParticipants.values()].flatMap((p) =>
      [...p.dataTracks.keys()].map((name) => `${p.identity}/${name}`)
    )
}

declare global {
  interface Window {
    harness: Harness
  }
}

window.harness = harness
