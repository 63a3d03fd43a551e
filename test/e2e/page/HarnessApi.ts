/** What the browser page of the interop tests offers the test as `window.harness` (see `harness.ts`). */

export interface TrackEvent {
  readonly type: "published" | "unpublished"
  readonly sid: string
  readonly publisher?: string
  readonly name?: string
  readonly frameEncoding?: string | undefined
  readonly schemaName?: string | undefined
}

export interface Received {
  /** Sequence numbers of the frames received, in arrival order. */
  readonly seqs: ReadonlyArray<number>
  /** Frames whose bytes are not the pattern their sequence number implies. */
  readonly corrupt: number
  readonly bytes: number
  /** Set when the subscription's stream failed. */
  readonly error: string | undefined
}

export interface PushResult {
  readonly pushed: number
  readonly failures: ReadonlyArray<string>
}

export interface Harness {
  /** Joins the room; the local identity. */
  readonly join: (url: string, token: string) => Promise<string>
  /** The room's connection state (`connected`, `reconnecting`, ...). */
  readonly state: () => string
  readonly disconnect: () => Promise<void>
  /** Every data track (un)publication seen, with encoding and schema read when asked. */
  readonly events: () => ReadonlyArray<TrackEvent>
  /** Publishes a data track; its SID. */
  readonly publish: (name: string) => Promise<string>
  readonly unpublish: (name: string) => Promise<void>
  /** Pushes `count` sequenced frames from `from`, `size` bytes each, at `rateHz`. */
  readonly push: (name: string, from: number, count: number, size: number, rateHz: number) => Promise<PushResult>
  /** Starts reading a remote track (waiting for it to be published). */
  readonly subscribe: (publisher: string, name: string) => Promise<void>
  readonly received: (publisher: string, name: string) => Received | undefined
  /** `publisher/name` of every remote data track known now. */
  readonly remoteTracks: () => ReadonlyArray<string>
}
