/**
 * The minimal raw driver the SDK is measured against: the same native binding (`@livekit/rtc-ffi-bindings`),
 * the official generated protobuf-es classes shipped with it, plain callbacks, no Effect, no validation, no metrics.
 * Only what the overhead benchmark needs: connect, publish, try_push, subscribe and the pull-based stream read.
 */
import {
  DataTrackFrame,
  DataTrackOptions,
  DataTrackStreamReadRequest,
  DataTrackSubscribeOptions,
  LocalDataTrackTryPushErrorCode,
  LocalDataTrackTryPushRequest,
  LocalDataTrackUnpublishRequest,
  PublishDataTrackRequest,
  SubscribeDataTrackRequest
} from "@livekit/rtc-ffi-bindings/proto/data_track_pb.js"
import { FfiEvent, FfiRequest, FfiResponse } from "@livekit/rtc-ffi-bindings/proto/ffi_pb.js"
import {
  ConnectRequest,
  DisconnectRequest,
  ReadyForRoomEventRequest,
  RoomOptions
} from "@livekit/rtc-ffi-bindings/proto/room_pb.js"
import { createRequire } from "node:module"

interface Native {
  readonly livekitInitialize: (callback: (data: Uint8Array) => void, captureLogs: boolean, sdkVersion: string) => void
  readonly livekitFfiRequest: (data: Uint8Array) => Uint8Array
  readonly livekitDispose: () => Promise<void>
  readonly FfiHandle: new(handle: bigint) => { dispose(): void }
}

const native = createRequire(import.meta.url)("@livekit/rtc-ffi-bindings/native.js") as Native

export interface RemoteTrack {
  readonly handle: bigint
  readonly name: string
  readonly publisherIdentity: string
}

export interface StreamHandler {
  readonly onFrame: (payload: Uint8Array, userTimestamp: bigint | undefined) => void
  readonly onEnd: (error: string | undefined) => void
}

const pushErrorName = (code: LocalDataTrackTryPushErrorCode | undefined): string =>
  code === undefined ? "UNKNOWN" : LocalDataTrackTryPushErrorCode[code] ?? `CODE_${code}`

export class RawDriver {
  private nextAsyncId = 1n
  private readonly pending = new Map<bigint, (event: FfiEvent) => void>()
  private readonly streams = new Map<bigint, StreamHandler>()
  private readonly remotes: Array<RemoteTrack> = []
  private readonly remoteWaiters: Array<() => void> = []
  private roomHandle = 0n
  private localParticipantHandle = 0n

  /** `captureLogs`: have the core forward its log records as events (the SDK does; they are dropped here). */
  constructor(captureLogs = false) {
    native.livekitInitialize((bytes) => this.onEvent(bytes), captureLogs, "effect-livekit-bench-raw")
  }

  private onEvent(bytes: Uint8Array): void {
    const event = FfiEvent.fromBinary(bytes)
    const message = event.message
    switch (message.case) {
      case "dataTrackStreamEvent": {
        const handler = this.streams.get(message.value.streamHandle ?? 0n)
        const detail = message.value.detail
        if (handler === undefined) return
        if (detail.case === "frameReceived") {
          const frame = detail.value.frame
          handler.onFrame(frame?.payload ?? new Uint8Array(0), frame?.userTimestamp)
        } else if (detail.case === "eos") {
          handler.onEnd(detail.value.error?.message)
        }
        return
      }
      case "roomEvent": {
        const roomEvent = message.value.message
        if (roomEvent.case === "dataTrackPublished") {
          const track = roomEvent.value.track
          this.remotes.push({
            handle: track?.handle?.id ?? 0n,
            name: track?.info?.name ?? "",
            publisherIdentity: track?.publisherIdentity ?? ""
          })
          for (const wake of this.remoteWaiters.splice(0)) wake()
        }
        return
      }
      case "connect":
      case "disconnect":
      case "publishDataTrack": {
        const asyncId = message.value.asyncId
        const resolve = asyncId === undefined ? undefined : this.pending.get(asyncId)
        if (asyncId !== undefined) this.pending.delete(asyncId)
        resolve?.(event)
        return
      }
      default:
        return
    }
  }

  request(message: FfiRequest["message"]): FfiResponse {
    return FfiResponse.fromBinary(native.livekitFfiRequest(new FfiRequest({ message }).toBinary()))
  }

  private requestAsync(build: (asyncId: bigint) => FfiRequest["message"], timeoutMs: number): Promise<FfiEvent> {
    const asyncId = this.nextAsyncId++
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(asyncId)
        reject(new Error(`no callback for async id ${asyncId} within ${timeoutMs} ms`))
      }, timeoutMs)
      this.pending.set(asyncId, (event) => {
        clearTimeout(timer)
        resolve(event)
      })
      try {
        this.request(build(asyncId))
      } catch (error) {
        clearTimeout(timer)
        this.pending.delete(asyncId)
        reject(error)
      }
    })
  }

  async connect(url: string, token: string): Promise<void> {
    const event = await this.requestAsync((requestAsyncId) => ({
      case: "connect",
      value: new ConnectRequest({
        url,
        token,
        options: new RoomOptions({ autoSubscribe: true, joinRetries: 1, connectTimeoutMs: 5000n }),
        requestAsyncId
      })
    }), 30_000)
    if (event.message.case !== "connect" || event.message.value.message.case !== "result") {
      throw new Error(`connect failed: ${event.message.case === "connect" ? event.message.value.message.value : "?"}`)
    }
    const result = event.message.value.message.value
    this.roomHandle = result.room?.handle?.id ?? 0n
    this.localParticipantHandle = result.localParticipant?.handle?.id ?? 0n
    this.request({ case: "readyForRoomEvent", value: new ReadyForRoomEventRequest({ roomHandle: this.roomHandle }) })
  }

  async publish(name: string): Promise<bigint> {
    const event = await this.requestAsync((requestAsyncId) => ({
      case: "publishDataTrack",
      value: new PublishDataTrackRequest({
        localParticipantHandle: this.localParticipantHandle,
        options: new DataTrackOptions({ name }),
        requestAsyncId
      })
    }), 15_000)
    if (event.message.case !== "publishDataTrack" || event.message.value.result.case !== "track") {
      throw new Error(`publish failed`)
    }
    return event.message.value.result.value.handle?.id ?? 0n
  }

  unpublish(trackHandle: bigint): void {
    this.request({ case: "localDataTrackUnpublish", value: new LocalDataTrackUnpublishRequest({ trackHandle }) })
    new native.FfiHandle(trackHandle).dispose()
  }

  /** Pushes a frame; returns the core's error code name, or undefined when accepted. */
  tryPush(trackHandle: bigint, payload: Uint8Array, userTimestamp: bigint): string | undefined {
    const response = this.request({
      case: "localDataTrackTryPush",
      value: new LocalDataTrackTryPushRequest({ trackHandle, frame: new DataTrackFrame({ payload, userTimestamp }) })
    })
    const error = response.message.case === "localDataTrackTryPush" ? response.message.value.error : undefined
    return error === undefined ? undefined : pushErrorName(error.code)
  }

  /** Waits until `publisher` publishes `name`. */
  async remoteTrack(publisher: string, name: string, timeoutMs: number): Promise<RemoteTrack> {
    const deadline = Date.now() + timeoutMs
    while (true) {
      const found = this.remotes.find((t) => t.name === name && t.publisherIdentity === publisher)
      if (found !== undefined) return found
      if (Date.now() > deadline) throw new Error(`track ${publisher}/${name} not published within ${timeoutMs} ms`)
      await new Promise<void>((resolve) => {
        this.remoteWaiters.push(resolve)
        setTimeout(resolve, 100)
      })
    }
  }

  /** Subscribes and reads frame after frame: one stream read per frame, the next sent when a frame arrives. */
  subscribe(track: RemoteTrack, bufferSize: number, handler: StreamHandler): { readonly close: () => void } {
    const response = this.request({
      case: "subscribeDataTrack",
      value: new SubscribeDataTrackRequest({
        trackHandle: track.handle,
        options: new DataTrackSubscribeOptions({ bufferSize })
      })
    })
    if (response.message.case !== "subscribeDataTrack") throw new Error("subscribe failed")
    const streamHandle = response.message.value.stream?.handle?.id ?? 0n
    let closed = false
    const read = () => {
      if (closed) return
      const answer = this.request({
        case: "dataTrackStreamRead",
        value: new DataTrackStreamReadRequest({ streamHandle })
      })
      if (answer.message.case === "dataTrackStreamRead" && answer.message.value.eosEvent !== undefined) {
        handler.onEnd(answer.message.value.eosEvent.error?.message)
      }
    }
    this.streams.set(streamHandle, {
      onFrame: (payload, userTimestamp) => {
        handler.onFrame(payload, userTimestamp)
        read()
      },
      onEnd: handler.onEnd
    })
    read()
    return {
      close: () => {
        closed = true
        this.streams.delete(streamHandle)
        new native.FfiHandle(streamHandle).dispose()
      }
    }
  }

  async close(): Promise<void> {
    if (this.roomHandle !== 0n) {
      await this.requestAsync((requestAsyncId) => ({
        case: "disconnect",
        value: new DisconnectRequest({ roomHandle: this.roomHandle, requestAsyncId })
      }), 5_000).catch(() => undefined)
    }
    await native.livekitDispose()
  }
}
