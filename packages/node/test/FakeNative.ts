/**
 * A fake of the native binding (`FfiNative`) for unit tests: it decodes and records every request, answers the few
 * it knows (or what a test's `respond` answers), records handle disposals, and lets the test emit events as the
 * core's callback would.
 */
import { Result } from "effect"
import type { FfiNative } from "../src/FfiClient.ts"
import * as C from "../src/FfiCodec.ts"

export const ok = <A, E>(result: Result.Result<A, E>): A => {
  if (Result.isFailure(result)) throw new Error(String(result.failure))
  return result.success
}

export const participant = (id: bigint, identity: string): C.OwnedParticipant => ({
  handle: { id },
  info: {
    sid: `PA_${identity}`,
    name: identity,
    identity,
    state: C.ParticipantState.PARTICIPANT_STATE_ACTIVE,
    metadata: "",
    attributes: {},
    kind: C.ParticipantKind.PARTICIPANT_KIND_STANDARD,
    disconnectReason: C.DisconnectReason.UNKNOWN_REASON,
    joinedAt: 0n,
    kindDetails: [],
    clientProtocol: 1
  }
})

/** The connect callback of a room (handle 100) joined as "me" (101) with "robot" (102) already in it. */
/** The statistics of one data channel, as the core reports them in a session-stats answer. */
export const dataChannelStats = (label: string, messagesSent: number, messagesReceived: number): C.RtcStats => ({
  stats: "dataChannel",
  dataChannel: {
    rtc: { id: `DC_${label}`, timestamp: 0n },
    dc: {
      label,
      protocol: "",
      dataChannelIdentifier: 1,
      messagesSent,
      bytesSent: 0n,
      messagesReceived,
      bytesReceived: 0n
    }
  }
})

export const connectResult = (asyncId: bigint): C.FfiEvent => ({
  message: "connect",
  connect: {
    asyncId,
    message: "result",
    result: {
      room: {
        handle: { id: 100n },
        info: {
          name: "room",
          metadata: "",
          lossyDcBufferedAmountLowThreshold: 0n,
          reliableDcBufferedAmountLowThreshold: 0n,
          emptyTimeout: 0,
          departureTimeout: 0,
          maxParticipants: 0,
          creationTime: 0n,
          numParticipants: 2,
          numPublishers: 0,
          activeRecording: false
        }
      },
      localParticipant: participant(101n, "me"),
      participants: [{ participant: participant(102n, "robot") }]
    }
  }
})

/** Answers the requests the fake supports by default; anything else "throws like the binding". */
const respondByDefault = (request: C.FfiRequest): C.FfiResponse => {
  switch (request.message) {
    case "connect":
      return { message: "connect", connect: { asyncId: request.connect.requestAsyncId ?? 0n } }
    case "publishDataTrack":
      return {
        message: "publishDataTrack",
        publishDataTrack: { asyncId: request.publishDataTrack.requestAsyncId ?? 0n }
      }
    case "readyForRoomEvent":
      return { message: "readyForRoomEvent", readyForRoomEvent: {} }
    default:
      throw new Error("handle not found")
  }
}

/** The bodies of the recorded requests of one case. */
export const requestsOf = <K extends C.FfiRequestCase>(
  requests: ReadonlyArray<C.FfiRequest>,
  kind: K
): Array<C.FfiRequestCases[K]> =>
  requests.flatMap((request) =>
    request.message === kind ? [(request as unknown as { readonly [P in K]: C.FfiRequestCases[K] })[kind]] : []
  )

export interface Fake {
  readonly native: FfiNative
  /** Delivers an event through the native callback, now. */
  readonly emit: (event: C.FfiEvent) => void
  /** Delivers an event on a later turn of the event loop, as the core does (never inside a request). */
  readonly emitLater: (event: C.FfiEvent) => void
  /** Ids of the handles disposed, in order. */
  readonly disposed: Array<bigint>
  /** Every request, in order. */
  readonly requests: Array<C.FfiRequest>
}

/**
 * Answers a request: a response, `undefined` for the default answer, or a throw (the binding refusing it). It may
 * `emitLater` the callbacks the request leads to.
 */
export type Respond = (request: C.FfiRequest, fake: Fake) => C.FfiResponse | undefined

/** A fake binding: records requests and disposals, lets the test emit events. */
export const makeFake = (respond?: Respond): Fake => {
  let callback: ((bytes: Uint8Array) => void) | undefined
  const disposed: Array<bigint> = []
  const requests: Array<C.FfiRequest> = []
  const emit = (event: C.FfiEvent) => {
    if (callback === undefined) throw new Error("not initialised")
    callback(ok(C.encodeEvent(event)))
  }
  const emitLater = (event: C.FfiEvent) => {
    setImmediate(() => {
      if (callback !== undefined) emit(event)
    })
  }
  const native: FfiNative = {
    livekitInitialize: (cb) => {
      callback = cb
    },
    livekitFfiRequest: (bytes) => {
      // A copy: the client's encoder may hand out a slice of its shared pool, which a recorded payload would alias.
      const request = ok(C.decodeRequest(new Uint8Array(bytes)))
      requests.push(request)
      return ok(C.encodeResponse(respond?.(request, fake) ?? respondByDefault(request)))
    },
    livekitDispose: () => {
      callback = undefined
      return Promise.resolve()
    },
    FfiHandle: class {
      readonly id: bigint
      constructor(id: bigint) {
        this.id = id
      }
      dispose() {
        disposed.push(this.id)
      }
    }
  }
  const fake: Fake = { native, emit, emitLater, disposed, requests }
  return fake
}
