/**
 * One participant's signalling session: from the accepted WebSocket to cleanup.
 *
 * JoinResponse first, then the answer to the offer embedded in the join request, trickle both ways, data-track
 * requests, pings; when the WebSocket closes, the client leaves, or its peer connection fails, the participant is
 * removed (its tracks unpublished, the others notified) and its peer connection closed (the session's scope).
 */
import { Effect, Queue, Stream } from "effect"
import type * as Cause from "effect/Cause"
import type { WebSocket } from "ws"
import { forward } from "./Forwarder.ts"
import * as PeerConnection from "./PeerConnection.ts"
import { Rooms } from "./Room.ts"
import * as RoomState from "./RoomState.ts"
import { candidateInit, mids, mLineIndex, parseCandidateInit } from "./Sdp.ts"
import {
  ClientConfigSetting,
  decodeSignalRequest,
  DisconnectReason,
  encodeSignalResponse,
  type JoinRequest,
  type SignalRequest,
  type SignalResponse,
  SignalTarget
} from "./SignalCodec.ts"
import type { Claims } from "./Token.ts"

export const SERVER_VERSION = "1.9.0"
export const SERVER_PROTOCOL = 16
export const PING_INTERVAL_SECONDS = 5
export const PING_TIMEOUT_SECONDS = 15
/** How often a participant's data-track packet counts are logged at debug, while packets move. */
export const PACKET_LOG_SECONDS = 5

export interface SessionOptions {
  readonly peer: PeerConnection.PeerOptions
}

/** Runs a session until the participant is gone. `runFork` runs log effects from native callbacks. */
export const run = Effect.fn("Session.run")(function*(
  ws: WebSocket,
  claims: Claims,
  joinRequest: JoinRequest,
  options: SessionOptions,
  runFork: (effect: Effect.Effect<void>) => void
) {
  const rooms = yield* Rooms
  const log = (effect: Effect.Effect<void>) => runFork(effect.pipe(Effect.annotateLogs({ identity: claims.identity })))

  const inbox = yield* Queue.unbounded<Uint8Array, Cause.Done>()
  /** Why the session ended, for the leave line: the first reason we closed with, or the client's close. */
  let endReason: string | undefined
  const closeSocket = (code: number, reason: string) => {
    endReason ??= reason
    try {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason)
    } catch {
      ws.terminate()
    }
  }
  let lastSeen = Date.now()
  ws.on("message", (data, isBinary) => {
    lastSeen = Date.now()
    if (!isBinary) {
      log(Effect.logDebug("ignoring a text WebSocket frame"))
      return
    }
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data
    Queue.offerUnsafe(inbox, bytes)
  })
  ws.on("close", (code, reason) => {
    endReason ??= `WebSocket closed by the client (${code}${reason.length > 0 ? ` ${reason.toString()}` : ""})`
    Queue.endUnsafe(inbox)
  })
  ws.on("error", (err) => log(Effect.logWarning("WebSocket error", err.message)))
  if (ws.readyState !== ws.OPEN) Queue.endUnsafe(inbox)

  const send = (message: SignalResponse): void => {
    if (ws.readyState !== ws.OPEN) return
    try {
      ws.send(encodeSignalResponse(message))
    } catch (cause) {
      log(Effect.logError("cannot send signalling message", cause))
    }
  }

  const room = rooms.get(claims.room)
  const participant = RoomState.join(room, {
    identity: claims.identity,
    name: claims.name,
    metadata: joinRequest.metadata.length > 0 ? joinRequest.metadata : claims.metadata,
    attributes: joinRequest.participantAttributes,
    permissions: {
      canPublish: claims.canPublish,
      canSubscribe: claims.canSubscribe,
      canPublishData: claims.canPublishData
    },
    clientProtocol: joinRequest.clientInfo.clientProtocol,
    send,
    disconnect: (reason) => {
      send({ leave: { canReconnect: false, reason, action: 0 } })
      closeSocket(1000, "disconnected")
    },
    dropSignalling: () => ws.terminate()
  })
  yield* Effect.addFinalizer(() =>
    Effect.sync(() => {
      RoomState.leave(room, participant)
      rooms.release(room)
      closeSocket(1000, "session ended")
    })
  )
  yield* Effect.logInfo(`participant ${claims.identity} (${participant.sid}) joined room ${room.name}`)

  // Data-track packets from and to this participant: at debug, a line every few seconds while they move.
  const packets = { in: 0, out: 0 }
  yield* Effect.forkScoped(
    Effect.gen(function*() {
      let last = { in: 0, out: 0 }
      for (;;) {
        yield* Effect.sleep(`${PACKET_LOG_SECONDS} seconds`)
        if (packets.in === last.in && packets.out === last.out) continue
        yield* Effect.logDebug(
          `data-track packets in the last ${PACKET_LOG_SECONDS} s: ${packets.in - last.in} received, ` +
            `${packets.out - last.out} sent (${packets.in} and ${packets.out} in all)`
        )
        last = { ...packets }
      }
    }).pipe(Effect.annotateLogs({ identity: claims.identity }))
  )

  // offers: the one embedded in the join request (id 0 or 1), then renegotiations (id 2, ...)
  let offerId = 0
  let offerSdp = ""
  let closing = false
  yield* Effect.addFinalizer(() => Effect.sync(() => (closing = true)))

  const peer = yield* PeerConnection.make(participant.sid, options.peer, {
    onAnswer: (sdp) => send({ answer: { type: "answer", sdp, id: offerId } }),
    onCandidate: (candidate, mid) =>
      send({
        trickle: {
          candidateInit: candidateInit(candidate, mid, mLineIndex(offerSdp, mid)),
          target: SignalTarget.PUBLISHER
        }
      }),
    onDataTrackPacket: (bytes) => {
      packets.in++
      forward(participant, bytes, rooms.stats)
    },
    onStateChange: (state) => {
      log(Effect.logDebug(`peer connection ${state}`))
      if ((state === "failed" || state === "closed") && !closing) {
        log(Effect.logInfo(`peer connection ${state}: ending the session`))
        closeSocket(1000, `peer connection ${state}`)
      }
    },
    onError: (message, cause) => log(Effect.logWarning(message, cause))
  })
  participant.sendDataTrack = (bytes) => {
    const sent = peer.sendDataTrack(bytes)
    if (sent) packets.out++
    return sent
  }

  const others = Array.from(room.participants.values()).filter((p) => p !== participant)
  send({
    join: {
      room: RoomState.roomInfo(room),
      participant: RoomState.participantInfo(participant),
      otherParticipants: others.map(RoomState.participantInfo),
      serverVersion: SERVER_VERSION,
      subscriberPrimary: false,
      clientConfiguration: { resumeConnection: ClientConfigSetting.DISABLED },
      pingTimeout: PING_TIMEOUT_SECONDS,
      pingInterval: PING_INTERVAL_SECONDS,
      serverInfo: { edition: 0, version: SERVER_VERSION, protocol: SERVER_PROTOCOL, nodeId: "ND_devserver" }
    }
  })

  const applyOffer = Effect.fnUntraced(function*(id: number, sdp: string) {
    yield* Effect.logDebug(`offer id=${id}, ${mids(sdp).length} m-sections`)
    offerId = id
    offerSdp = sdp
    yield* peer.applyOffer(sdp)
  })

  if (joinRequest.publisherOffer !== undefined) {
    yield* applyOffer(joinRequest.publisherOffer.id, joinRequest.publisherOffer.sdp).pipe(
      Effect.catch((e) => Effect.logWarning("cannot answer the join offer", e.message, e.cause))
    )
  }

  const who = `${claims.identity} in room ${room.name}`
  const describe = (activity: RoomState.Activity): string => {
    switch (activity._tag) {
      case "Published":
        return `${who} published ${JSON.stringify(activity.track.name)} (${activity.track.sid})`
      case "Unpublished":
        return `${who} unpublished ${JSON.stringify(activity.track.name)} (${activity.track.sid})`
      case "Subscribed":
        return `${who} subscribed to ${activity.publisher}/${activity.track.name} (${activity.track.sid})`
      case "Unsubscribed":
        return `${who} unsubscribed from ${activity.publisher}/${activity.track.name} (${activity.track.sid})`
      case "Refused":
        return `refused ${activity.request} from ${who}: ${activity.reason}, ${activity.message}`
    }
  }
  // Runs the request's state change now (in the signalling order), then logs what it did.
  const logActivity = (activities: ReadonlyArray<RoomState.Activity>): Effect.Effect<void> =>
    Effect.forEach(activities, (activity) => Effect.logInfo(describe(activity)), { discard: true })

  const handle = (request: SignalRequest): Effect.Effect<void> => {
    switch (request._tag) {
      case "Offer":
        return applyOffer(request.description.id, request.description.sdp).pipe(
          Effect.catch((e) => Effect.logWarning("cannot answer offer", e.message, e.cause))
        )
      case "Answer":
        return Effect.logDebug("ignoring an answer: this server never offers")
      case "Trickle": {
        const c = parseCandidateInit(request.trickle.candidateInit)
        if (c === undefined) return Effect.void
        const mid = c.sdpMid ?? mids(offerSdp)[c.sdpMLineIndex ?? 0] ?? "0"
        return peer.addRemoteCandidate(c.candidate, mid).pipe(
          Effect.catch((e) => Effect.logDebug(e.message, e.cause))
        )
      }
      case "Leave":
        return Effect.sync(() => closeSocket(1000, "client left"))
      case "Ping":
        return Effect.sync(() => send({ pong: request.timestamp }))
      case "PingReq":
        return Effect.sync(() =>
          send({ pongResp: { lastPingTimestamp: request.timestamp, timestamp: BigInt(Date.now()) } })
        )
      case "PublishDataTrack":
        return logActivity([RoomState.publishDataTrack(room, participant, request.request)])
      case "UnpublishDataTrack":
        return logActivity([RoomState.unpublishDataTrack(room, participant, request.pubHandle)])
      case "UpdateDataSubscription":
        return logActivity(RoomState.updateDataSubscription(participant, room, request.updates))
      case "StoreDataBlob":
        return Effect.sync(() => RoomState.storeDataBlob(room, participant, request.requestId, request.blob))
      case "GetDataBlob":
        return Effect.sync(() =>
          RoomState.getDataBlob(room, participant, request.requestId, request.participantIdentity, request.key)
        )
      case "Unsupported":
        return Effect.logDebug("ignoring an unsupported signalling request")
    }
  }

  // like livekit-server: a client that stops pinging for `pingTimeout` is gone (half-open connections)
  yield* Effect.forkScoped(Effect.gen(function*() {
    for (;;) {
      yield* Effect.sleep(`${PING_INTERVAL_SECONDS} seconds`)
      if (Date.now() - lastSeen > PING_TIMEOUT_SECONDS * 1000) {
        yield* Effect.logInfo(`no message for ${PING_TIMEOUT_SECONDS} s: closing the session`)
        closeSocket(1000, "ping timeout")
        return
      }
    }
  }))

  // A client sending garbage must not flood the log: the first few drops are logged, then one line per thousand.
  let dropped = 0
  const logDropped = (cause: Cause.Cause<unknown>) => {
    dropped++
    return dropped <= 5 || dropped % 1000 === 0
      ? Effect.logWarning(`dropped a signalling message (${dropped} so far)`, cause)
      : Effect.void
  }
  yield* Stream.fromQueue(inbox).pipe(
    Stream.runForEach((bytes) =>
      decodeSignalRequest(bytes).pipe(
        Effect.flatMap(handle),
        Effect.catchCause(logDropped)
      )
    )
  )
  yield* Effect.logInfo(`participant ${claims.identity} left room ${room.name} (${endReason ?? "connection lost"})`)
}, Effect.scoped)

/** Answers a resume attempt (`reconnect: true`) so that the client rejoins at once instead of retrying. */
export const refuseResume = (ws: WebSocket): Effect.Effect<void> =>
  Effect.sync(() => {
    try {
      ws.send(
        encodeSignalResponse({ leave: { canReconnect: true, reason: DisconnectReason.STATE_MISMATCH, action: 2 } })
      )
      ws.close(1000, "resume not supported")
    } catch {
      ws.terminate()
    }
  })
