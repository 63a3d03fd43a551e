/**
 * Connecting a room through the {@link FfiClient}, as a scoped resource.
 *
 * - `ConnectRequest` with `join_retries` set (default 1: the core's default of 3 makes a dead URL take ~20 s)
 *   and `connect_timeout_ms`, plus a JS-side deadline, so an unreachable server fails fast with a typed
 *   {@link FfiConnectError};
 * - the room's events are subscribed and then `ready_for_room_event` is sent right after the `ConnectCallback`
 *   (the core holds room events until then and closes the room with a panic after 15 s without it);
 * - the room handle and every participant handle of the result are owned by the scope; closing it
 *   disconnects, then disposes them.
 *
 * @since 0.1.0
 */
import { Duration, Effect, Result, Schema, type Scope, Stream } from "effect"
import { FfiClient, type FfiError } from "./FfiClient.ts"
import type { OwnedParticipant, OwnedRoom, RoomEvent, RoomOptions } from "./FfiCodec.ts"

/**
 * The room could not be joined.
 *
 * @since 0.1.0
 * @category errors
 */
export class FfiConnectError extends Schema.TaggedError<FfiConnectError>()("FfiConnectError", {
  url: Schema.String,
  /** The core's error message, or which deadline passed. */
  message: Schema.String,
  /** True when the JS-side deadline passed before the core answered. */
  timedOut: Schema.Boolean
}) {}

/**
 * Where and how to join a room: the server URL, the access token, and the core's retry and timeout settings.
 *
 * @since 0.1.0
 * @category models
 */
export interface ConnectOptions {
  readonly url: string
  readonly token: string
  /** Join attempts after the first one; default 1. */
  readonly joinRetries?: number
  /** Per-attempt timeout given to the core; default 5 seconds. */
  readonly connectTimeout?: Duration.Input
  /** More room options; `joinRetries` and `connectTimeout` above take precedence. */
  readonly roomOptions?: RoomOptions
}

/**
 * A joined room: its handle and info, the local participant, the participants already there, and the room's events.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiRoomConnection {
  readonly room: OwnedRoom
  readonly localParticipant: OwnedParticipant
  /** Participants already in the room when we joined. Their handles are owned by the connection's scope. */
  readonly participants: ReadonlyArray<OwnedParticipant>
  /**
   * The room's events, subscribed before `ready_for_room_event`: none is missed. A single subscription: run it
   * once (use `FfiClient.eventsFor(room.handle.id)` for more consumers, which see events from their start).
   * Owned handles inside events (a connecting participant, a published data track) are the consumer's to own.
   */
  readonly events: Stream.Stream<RoomEvent>
}

const disconnectTimeout = Duration.seconds(5)

/**
 * Joins a room; the scope owns the connection.
 *
 * @since 0.1.0
 * @category constructors
 */
export const connect: (
  options: ConnectOptions
) => Effect.Effect<FfiRoomConnection, FfiConnectError | FfiError, FfiClient | Scope.Scope> = Effect.fn(
  "FfiRoomConnection.connect"
)(function*(options: ConnectOptions) {
  const client = yield* FfiClient
  const joinRetries = options.joinRetries ?? 1
  const perAttempt = Duration.fromInputUnsafe(options.connectTimeout ?? Duration.seconds(5))
  // The core answers first (measured against a silent loopback server: each attempt takes the timeout plus ~3 s,
  // e.g. 1 retry x 5 s -> ~16 s); this deadline only guards against a core that never answers.
  const deadline = Duration.sum(
    Duration.times(Duration.sum(perAttempt, Duration.seconds(3)), joinRetries + 1),
    Duration.seconds(5)
  )

  const callback = yield* client.requestAsync("connect", {
    url: options.url,
    token: options.token,
    options: {
      autoSubscribe: true,
      ...options.roomOptions,
      joinRetries,
      connectTimeoutMs: BigInt(Math.ceil(Duration.toMillis(perAttempt)))
    }
  }).pipe(
    Effect.timeoutOrElse({
      duration: deadline,
      orElse: () =>
        Effect.fail(
          new FfiConnectError({
            url: options.url,
            message: `no answer from the LiveKit core within ${Duration.format(deadline)}`,
            timedOut: true
          })
        )
    })
  )

  if (callback.message !== "result") {
    return yield* new FfiConnectError({
      url: options.url,
      message: callback.message === "error" ? callback.error : "the connect callback carried no result",
      timedOut: false
    })
  }
  const result = callback.result

  // Owned first, so they are disposed last (after the disconnect finalizer below).
  yield* client.own(result.room.handle)
  yield* client.own(result.localParticipant.handle)
  yield* Effect.forEach(result.participants, (p) => client.own(p.participant.handle), { discard: true })

  const roomHandle = result.room.handle.id
  yield* Effect.addFinalizer(() =>
    client.requestAsync("disconnect", { roomHandle }).pipe(
      Effect.timeout(disconnectTimeout),
      Effect.catch((error) => Effect.logWarning(`disconnecting room ${roomHandle} failed`, error))
    )
  )

  const events = yield* client.subscribeFor(roomHandle)
  yield* client.request("readyForRoomEvent", { roomHandle })

  return {
    room: result.room,
    localParticipant: result.localParticipant,
    participants: result.participants.map((p) => p.participant),
    events: events.pipe(
      Stream.filterMap((event) => event.message === "roomEvent" ? Result.succeed(event.roomEvent) : Result.failVoid)
    )
  }
})
