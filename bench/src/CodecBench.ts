/**
 * Our protobufjs codec (`FfiCodec`: plain values with bigints, the per-frame messages on its direct path) against the
 * official protobuf-es classes shipped with the binding, on the messages of the data path. Single-threaded wall time
 * per operation, in-process.
 */
import { FfiCodec } from "@effect-livekit/node"
import {
  DataTrackFrame,
  DataTrackStreamEvent,
  DataTrackStreamFrameReceived,
  DataTrackStreamReadRequest,
  DataTrackStreamReadResponse,
  LocalDataTrackTryPushRequest,
  LocalDataTrackTryPushResponse
} from "@livekit/rtc-ffi-bindings/proto/data_track_pb.js"
import { FfiEvent, FfiRequest, FfiResponse } from "@livekit/rtc-ffi-bindings/proto/ffi_pb.js"
import { Result } from "effect"

export interface CodecRow {
  readonly message: string
  readonly size: number
  readonly oursNs: number
  readonly officialNs: number
  readonly ratio: number
}

/** Fastest ns per call among `repeats` timed batches of about `batchMs` each (the least disturbed by other load). */
const timeIt = (fn: () => unknown, batchMs: number, repeats: number): number => {
  // calibrate
  let iterations = 16
  while (true) {
    const t0 = performance.now()
    for (let i = 0; i < iterations; i++) fn()
    const spent = performance.now() - t0
    if (spent >= batchMs / 4 || iterations > 1e7) {
      iterations = Math.max(1, Math.round((iterations * batchMs) / Math.max(spent, 0.001)))
      break
    }
    iterations *= 4
  }
  const samples: Array<number> = []
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint()
    for (let i = 0; i < iterations; i++) fn()
    samples.push(Number(process.hrtime.bigint() - t0) / iterations)
  }
  return Math.min(...samples)
}

const unwrap = <A>(result: Result.Result<A, unknown>): A => {
  if (Result.isFailure(result)) throw new Error(String(result.failure))
  return result.success
}

export const runCodecBench = (sizes: ReadonlyArray<number>, smoke: boolean): ReadonlyArray<CodecRow> => {
  const batchMs = smoke ? 10 : 150
  const repeats = smoke ? 3 : 7
  const rows: Array<CodecRow> = []
  const add = (message: string, size: number, ours: () => unknown, official: () => unknown) => {
    // check both produce something, then time them interleaved (ours, official, ours, official ...)
    ours()
    official()
    const oursRuns: Array<number> = []
    const officialRuns: Array<number> = []
    for (let i = 0; i < 2; i++) {
      oursRuns.push(timeIt(ours, batchMs, repeats))
      officialRuns.push(timeIt(official, batchMs, repeats))
    }
    const oursNs = Math.min(...oursRuns)
    const officialNs = Math.min(...officialRuns)
    rows.push({ message, size, oursNs, officialNs, ratio: oursNs / officialNs })
  }
  const trackHandle = 42n
  const userTimestamp = 1_764_000_000_000_000n
  for (const size of sizes) {
    const payload = new Uint8Array(size).fill(7)
    add(
      "encode FfiRequest.local_data_track_try_push",
      size,
      () =>
        unwrap(FfiCodec.encodeRequest(FfiCodec.makeRequest("localDataTrackTryPush", {
          trackHandle,
          frame: { payload, userTimestamp }
        }))),
      () =>
        new FfiRequest({
          message: {
            case: "localDataTrackTryPush",
            value: new LocalDataTrackTryPushRequest({
              trackHandle,
              frame: new DataTrackFrame({ payload, userTimestamp })
            })
          }
        }).toBinary()
    )
    const eventBytes = new FfiEvent({
      message: {
        case: "dataTrackStreamEvent",
        value: new DataTrackStreamEvent({
          streamHandle: 7n,
          detail: {
            case: "frameReceived",
            value: new DataTrackStreamFrameReceived({ frame: new DataTrackFrame({ payload, userTimestamp }) })
          }
        })
      }
    }).toBinary()
    add(
      "decode FfiEvent.data_track_stream_event (frame)",
      size,
      () => unwrap(FfiCodec.decodeEvent(eventBytes)),
      () => FfiEvent.fromBinary(eventBytes)
    )
  }
  const pushResponse = new FfiResponse({
    message: { case: "localDataTrackTryPush", value: new LocalDataTrackTryPushResponse({}) }
  }).toBinary()
  add(
    "decode FfiResponse.local_data_track_try_push (ok)",
    0,
    () => unwrap(FfiCodec.decodeResponse(pushResponse)),
    () => FfiResponse.fromBinary(pushResponse)
  )
  add(
    "encode FfiRequest.data_track_stream_read",
    0,
    () => unwrap(FfiCodec.encodeRequest(FfiCodec.makeRequest("dataTrackStreamRead", { streamHandle: 7n }))),
    () =>
      new FfiRequest({
        message: { case: "dataTrackStreamRead", value: new DataTrackStreamReadRequest({ streamHandle: 7n }) }
      }).toBinary()
  )
  const readResponse = new FfiResponse({
    message: { case: "dataTrackStreamRead", value: new DataTrackStreamReadResponse({}) }
  }).toBinary()
  add(
    "decode FfiResponse.data_track_stream_read",
    0,
    () => unwrap(FfiCodec.decodeResponse(readResponse)),
    () => FfiResponse.fromBinary(readResponse)
  )
  return rows
}
