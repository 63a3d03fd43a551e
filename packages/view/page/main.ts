/**
 * The view page: joins the room with the token `/config.json` gives it and shows every data track live — publisher,
 * schema, encoding, frames/s, bytes/s, drops (gaps in `#<n>` sequence numbers), latency (from the frames' user
 * timestamps) and the latest frame (text, JSON, hex, or a picture for Foxglove images) — and lets a person publish a
 * line of text on a track of their own.
 */
import * as FramePreview from "@effect-livekit/core/FramePreview"
import { type LocalDataTrack, type RemoteDataTrack, Room, RoomEvent } from "livekit-client"
import { type FrameView, viewOf } from "./FrameView.ts"
import { metadataOf, type TrackMetadata } from "./TrackMetadata.ts"

interface PageConfig {
  readonly url: string
  readonly token: string
  readonly room: string
  readonly identity: string
}

/** What the page keeps of one remote track. */
interface TrackState {
  readonly key: string
  readonly track: RemoteDataTrack
  readonly counter: FramePreview.FrameCounter
  readonly row: HTMLTableRowElement
  metadata: TrackMetadata
  latest: Uint8Array<ArrayBuffer> | undefined
  latestShown: Uint8Array<ArrayBuffer> | undefined
  latencySum: number
  latencyCount: number
  figure: HTMLElement | undefined
  rendering: boolean
  closed: boolean
}

const STATS_INTERVAL_MS = 1_000
const RENDER_INTERVAL_MS = 200

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}

const formatRate = (bytesPerSecond: number) => `${FramePreview.formatBytes(bytesPerSecond)}/s`

const COLUMNS = ["track", "publisher", "schema", "encoding", "fps", "bps", "drops", "latency", "latest"] as const
const HEADINGS = ["track", "publisher", "schema", "encoding", "frames/s", "bytes/s", "drops", "latency", "latest frame"]

const app = document.getElementById("app")!
const header = element("header")
header.append(element("h1", {}, "effect-livekit view"))
const status = element("div", { id: "status" }, "connecting…")
header.append(status)
const table = element("table", { id: "tracks" })
const headRow = element("tr")
for (const heading of HEADINGS) headRow.append(element("th", {}, heading))
table.append(element("thead"), element("tbody"))
table.tHead!.append(headRow)
const empty = element("p", { id: "empty" }, "No data tracks in the room yet.")
const images = element("section", { id: "images" })
const talk = element("form", { id: "talk" })
const talkTrack = element("input", { id: "talk-track", value: "chat", size: "12", "aria-label": "track" })
const talkText = element("input", { id: "talk-text", placeholder: "say something to the robot", size: "40" })
const talkSend = element("button", { id: "talk-send", type: "submit" }, "Send")
const talkStatus = element("span", { id: "talk-status" })
talk.append(element("label", {}, "publish on "), talkTrack, talkText, talkSend, talkStatus)
app.append(header, talk, table, empty, images)

// Data only: no audio, so no AudioContext (which a browser refuses to start before a user gesture).
const room = new Room({ webAudioMix: false })
const tracks = new Map<string, TrackState>()
let config: PageConfig | undefined

const cell = (state: TrackState, column: (typeof COLUMNS)[number]) =>
  state.row.querySelector<HTMLTableCellElement>(`td.${column}`)!

const describeSchema = (m: TrackMetadata) =>
  m.schemaName === undefined ? "-" : `${m.schemaName}${m.schemaEncoding === undefined ? "" : ` (${m.schemaEncoding})`}`

const showMetadata = (state: TrackState) => {
  cell(state, "schema").textContent = describeSchema(state.metadata)
  cell(state, "encoding").textContent = state.metadata.frameEncoding ?? "-"
}

/** A picture for an image frame: a canvas for pixels, an `<img>` for a compressed image. */
const showPicture = (state: TrackState, view: Extract<FrameView, { kind: "pixels" | "image" }>) => {
  const wanted = view.kind === "pixels" ? "CANVAS" : "IMG"
  if (state.figure?.firstElementChild?.tagName !== wanted) {
    state.figure?.remove()
    const figure = element("figure", { "data-track": state.key })
    figure.append(element(view.kind === "pixels" ? "canvas" : "img"), element("figcaption", {}, state.key))
    images.append(figure)
    state.figure = figure
  }
  const picture = state.figure!.firstElementChild!
  if (view.kind === "pixels" && picture instanceof HTMLCanvasElement) {
    if (picture.width !== view.width || picture.height !== view.height) {
      picture.width = view.width
      picture.height = view.height
    }
    picture.getContext("2d")!.putImageData(new ImageData(view.rgba, view.width, view.height), 0, 0)
  } else if (view.kind === "image" && picture instanceof HTMLImageElement) {
    const previous = picture.src
    picture.src = URL.createObjectURL(new Blob([view.bytes], { type: view.mime }))
    if (previous.startsWith("blob:")) URL.revokeObjectURL(previous)
  }
}

/** Shows the latest frame, decoding at most one frame of a track at a time. */
const render = async (state: TrackState) => {
  const payload = state.latest
  if (payload === undefined || payload === state.latestShown || state.rendering) return
  state.rendering = true
  state.latestShown = payload
  try {
    const view = await viewOf(payload, state.metadata)
    if (state.closed) return
    cell(state, "latest").textContent = view.text
    if (view.kind !== "text") showPicture(state, view)
  } finally {
    state.rendering = false
  }
}

const read = async (state: TrackState) => {
  const reader = state.track.subscribe({ bufferSize: 8 }).getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done || state.closed) return
      state.counter.record(value.payload)
      state.latest = value.payload
      const sent = FramePreview.sentMillis(value.userTimestamp, "auto")
      if (sent !== undefined) {
        state.latencySum += Date.now() - sent
        state.latencyCount++
      }
    }
  } catch (error) {
    cell(state, "latest").textContent = `subscription ended: ${error instanceof Error ? error.message : String(error)}`
  }
}

const addTrack = (track: RemoteDataTrack) => {
  const key = `${track.publisherIdentity}/${track.info.name}`
  if ([...tracks.values()].some((state) => state.track.info.sid === track.info.sid)) return
  const row = element("tr", { "data-track": key, "data-sid": track.info.sid })
  for (const column of COLUMNS) row.append(element("td", { class: column }, "-"))
  const state: TrackState = {
    key,
    track,
    counter: new FramePreview.FrameCounter(),
    row,
    metadata: metadataOf(room, track.publisherIdentity, track.info.sid),
    latest: undefined,
    latestShown: undefined,
    latencySum: 0,
    latencyCount: 0,
    figure: undefined,
    rendering: false,
    closed: false
  }
  cell(state, "track").textContent = track.info.name
  cell(state, "publisher").textContent = track.publisherIdentity
  showMetadata(state)
  tracks.set(track.info.sid, state)
  table.tBodies[0]!.append(row)
  empty.hidden = true
  void read(state)
}

const removeTrack = (sid: string) => {
  const state = tracks.get(sid)
  if (state === undefined) return
  state.closed = true
  state.row.remove()
  state.figure?.remove()
  tracks.delete(sid)
  empty.hidden = tracks.size > 0
}

const updateStats = () => {
  for (const state of tracks.values()) {
    // The participant update that carries a track's schema can come after the track's event: read it again.
    state.metadata = metadataOf(room, state.track.publisherIdentity, state.track.info.sid)
    showMetadata(state)
    const { bytesPerSecond, framesPerSecond } = state.counter.rates()
    cell(state, "fps").textContent = framesPerSecond.toFixed(1)
    cell(state, "bps").textContent = formatRate(bytesPerSecond)
    cell(state, "drops").textContent = state.counter.sequenced ? String(state.counter.gaps) : "-"
    cell(state, "latency").textContent = state.latencyCount === 0
      ? "-"
      : `${(state.latencySum / state.latencyCount).toFixed(1)} ms`
    state.latencySum = 0
    state.latencyCount = 0
  }
  const who = config === undefined ? "" : ` · room ${config.room} as ${config.identity}`
  status.textContent = `${room.state}${who} · ${tracks.size} track${tracks.size === 1 ? "" : "s"} · ` +
    new Date().toLocaleTimeString()
  status.dataset["state"] = room.state
}

let talkTrackPublished: { readonly name: string; readonly track: LocalDataTrack } | undefined

talk.addEventListener("submit", (event) => {
  event.preventDefault()
  const name = talkTrack.value.trim()
  const text = talkText.value
  if (name === "" || text === "") return
  void (async () => {
    try {
      if (talkTrackPublished?.name !== name) {
        await talkTrackPublished?.track.unpublish()
        talkTrackPublished = { name, track: await room.localParticipant.publishDataTrack({ name }) }
      }
      await talkTrackPublished.track.tryPush({
        payload: new TextEncoder().encode(text),
        userTimestamp: BigInt(Date.now())
      })
      talkStatus.textContent = `sent on ${room.localParticipant.identity}/${name}`
      talkText.value = ""
    } catch (error) {
      talkStatus.textContent = `not sent: ${error instanceof Error ? error.message : String(error)}`
    }
  })()
})

room.on(RoomEvent.DataTrackPublished, addTrack)
room.on(RoomEvent.DataTrackUnpublished, removeTrack)
room.on(RoomEvent.Disconnected, () => updateStats())

const start = async () => {
  const response = await fetch("/config.json")
  if (!response.ok) throw new Error(`/config.json: HTTP ${response.status}`)
  config = (await response.json()) as PageConfig
  await room.connect(config.url, config.token)
  for (const participant of room.remoteParticipants.values()) {
    for (const track of participant.dataTracks.values()) addTrack(track)
  }
  updateStats()
  setInterval(updateStats, STATS_INTERVAL_MS)
  setInterval(() => tracks.forEach((state) => void render(state)), RENDER_INTERVAL_MS)
}

start().catch((error: unknown) => {
  status.textContent = `cannot join: ${error instanceof Error ? error.message : String(error)}`
  status.dataset["state"] = "failed"
})
