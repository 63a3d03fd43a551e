/**
 * The LiveKit FFI (`@livekit/rtc-ffi-bindings`) as an Effect service.
 *
 * - One native initialisation per process, shared by every `FfiClient` layer built in it (tests build many):
 *   the native callback decodes each event once and fans it out to the live layers; the last layer to close
 *   calls `livekitDispose`, which also lets the process exit (an initialised binding keeps the event loop alive).
 * - `request` is the synchronous `livekitFfiRequest`; a throwing binding (unknown handle, bad bytes) becomes a
 *   typed {@link FfiError}, never a defect.
 * - `requestAsync` sets our own `request_async_id` (a process-wide monotonic bigint) and completes with the
 *   callback event carrying it. A callback that arrives for a caller that is gone (interrupted, timed out) has
 *   its owned handles disposed, so nothing leaks.
 * - `events` is a Stream over a PubSub; events are routed by room / stream handle to the listeners `listen` registers
 *   (`deliverTo` offers into a queue, `eventsFor(handle)` is a Stream over one): the native callback calls them
 *   directly, no fiber per event.
 * - `own(handle)` makes an FFI handle a scoped resource disposed exactly once; `liveHandles` counts them.
 * - Rust log records go to the Effect logger when `logLevel` asks for them (level mapped and filtered); panics are logged at
 *   Error and published on `panics`.
 *
 * @since 0.1.0
 */
import {
  type Cause,
  Context,
  Deferred,
  Duration,
  Effect,
  Exit,
  Layer,
  PubSub,
  Queue,
  Result,
  Schema,
  Scope,
  Semaphore,
  Stream
} from "effect"
import type * as LogLevelModule from "effect/LogLevel"
import { createRequire } from "node:module"
import {
  decodeEvent,
  decodeResponse,
  encodeRequest,
  type FfiCodecError,
  type FfiEvent,
  type FfiEventCases,
  type FfiOwnedHandle,
  type FfiRequestCase,
  type FfiRequestCases,
  type FfiResponseCases,
  LogLevel,
  type LogRecord,
  makeRequest,
  type Panic
} from "./FfiCodec.ts"

// ---------------------------------------------------------------------------------------------------------------
// errors

/**
 * A request the FFI refused or answered unexpectedly.
 *
 * @since 0.1.0
 * @category errors
 */
export class FfiError extends Schema.TaggedError<FfiError>()("FfiError", {
  /** The request case (e.g. `readyForRoomEvent`), or `dispose` / `initialize`. */
  operation: Schema.String,
  /**
   * - `Rejected`: the binding threw (unknown handle, invalid request);
   * - `Codec`: a message could not be encoded or decoded;
   * - `UnexpectedResponse`: the answer was of another case than the request;
   * - `Forbidden`: a request this SDK never sends (`DisposeRequest{async: true}` aborts the process);
   * - `Closed`: the client was closed while the request was in flight.
   */
  reason: Schema.Literals(["Rejected", "Codec", "UnexpectedResponse", "Forbidden", "Closed"]),
  message: Schema.String
}) {}

/**
 * The native binding could not be loaded (usually: its platform package is not installed).
 *
 * @since 0.1.0
 * @category errors
 */
export class FfiLoadError extends Schema.TaggedError<FfiLoadError>()("FfiLoadError", {
  /** The npm package to install, with its version. */
  install: Schema.String,
  message: Schema.String
}) {}

// ---------------------------------------------------------------------------------------------------------------
// the native binding

/**
 * The part of `@livekit/rtc-ffi-bindings` this client uses (a fake can implement it in tests).
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiNative {
  readonly livekitInitialize: (callback: (data: Uint8Array) => void, captureLogs: boolean, sdkVersion: string) => void
  readonly livekitFfiRequest: (data: Uint8Array) => Uint8Array
  readonly livekitDispose: () => Promise<void>
  readonly FfiHandle: new(handle: bigint) => { dispose(): void }
}

/**
 * The binding version this SDK's protocol subset is verified against (see the conformance test).
 *
 * @since 0.1.0
 * @category constants
 */
export const ffiBindingsVersion = "0.12.75"

const sdkVersion = "0.1.0"

const platformPackage = (): string => {
  const suffix: Record<string, string> = {
    "linux-x64": "linux-x64-gnu",
    "linux-arm64": "linux-arm64-gnu",
    "darwin-x64": "darwin-x64",
    "darwin-arm64": "darwin-arm64",
    "win32-x64": "win32-x64-msvc"
  }
  const key = `${process.platform}-${process.arch}`
  return `@livekit/rtc-ffi-bindings-${suffix[key] ?? key}`
}

const errorMessage = (cause: unknown): string => cause instanceof Error ? cause.message : String(cause)

/**
 * Loads the native module (only `native.js`: the package root also loads every protobuf-es class).
 * A missing binary is an {@link FfiLoadError} naming the packages and version to install.
 *
 * @since 0.1.0
 * @category constructors
 */
export const loadNative: Effect.Effect<FfiNative, FfiLoadError> = Effect.try({
  try: () => createRequire(import.meta.url)("@livekit/rtc-ffi-bindings/native.js") as FfiNative,
  catch: (cause) => {
    const install = `@livekit/rtc-ffi-bindings@${ffiBindingsVersion} ${platformPackage()}@${ffiBindingsVersion}`
    return new FfiLoadError({
      install,
      message: `The LiveKit FFI native module could not be loaded for ${process.platform}-${process.arch}. ` +
        `Install ${install} (the binary comes from the optional platform package: optional dependencies must ` +
        `be enabled, and some binding versions, e.g. 0.12.76, were published without it). Cause: ` +
        errorMessage(cause)
    })
  }
})

/**
 * Loads a given native build of the core (a `rtc-node.<platform>.node` file) instead of the binding's own, for
 * applications that need a specific core: `FfiClient.layerWith({ native: loadNativeFrom(path) })`. Unlike napi-rs's
 * `NAPI_RS_NATIVE_LIBRARY_PATH`, it does not redirect the process's other napi-rs modules. The build must speak the
 * FFI protocol of the binding version above (`ffiBindingsVersion`); the end-to-end suite checks 0.12.80.
 *
 * @since 0.1.0
 * @category constructors
 */
export const loadNativeFrom = (path: string): Effect.Effect<FfiNative, FfiLoadError> =>
  Effect.try({
    try: () => createRequire(import.meta.url)(path) as FfiNative,
    catch: (cause) =>
      new FfiLoadError({
        install: path,
        message: `The LiveKit FFI native module at ${path} could not be loaded: ${errorMessage(cause)}`
      })
  })

// ---------------------------------------------------------------------------------------------------------------
// the process-wide hub: one native initialisation, fanned out to the live layers

type Listener = (event: Result.Result<FfiEvent, FfiCodecError>) => void

interface PendingCall {
  readonly deferred: Deferred.Deferred<FfiEvent, FfiError>
  /** Set when the callback arrived: lets an interrupted caller dispose what it will never own. */
  event: FfiEvent | undefined
}

interface Hub {
  readonly native: FfiNative
  readonly listeners: Set<Listener>
  /** Async calls in flight, by async id, across all layers. */
  readonly pending: Map<bigint, PendingCall>
}

const hubs = new Map<FfiNative, Hub>()
const disposeTimeout = Duration.seconds(5)
const hubLock = Semaphore.makeUnsafe(1)
let lastAsyncId = 0n

const nextAsyncId = (): bigint => {
  lastAsyncId += 1n
  return lastAsyncId
}

const asyncIdOf = (event: FfiEvent): bigint | undefined => {
  switch (event.message) {
    case "connect":
      return event.connect.asyncId
    case "disconnect":
      return event.disconnect.asyncId
    case "dispose":
      return event.dispose.asyncId
    case "publishDataTrack":
      return event.publishDataTrack.asyncId
    case "defineSchema":
      return event.defineSchema.asyncId
    case "getSchema":
      return event.getSchema.asyncId
    case "getSessionStats":
      return event.getSessionStats.asyncId
    default:
      return undefined
  }
}

/**
 * The owned handles an async callback hands over (whoever receives it must dispose them).
 *
 * @since 0.1.0
 * @category utils
 */
export const ownedHandlesOf = (event: FfiEvent): ReadonlyArray<bigint> => {
  if (event.message === "connect" && event.connect.message === "result") {
    const result = event.connect.result
    return [
      result.room.handle.id,
      result.localParticipant.handle.id,
      ...result.participants.map((p) => p.participant.handle.id)
    ]
  }
  if (event.message === "publishDataTrack" && event.publishDataTrack.result === "track") {
    return [event.publishDataTrack.track.handle.id]
  }
  return []
}

const disposeQuietly = (native: FfiNative, ids: ReadonlyArray<bigint>): void => {
  for (const id of ids) {
    try {
      new native.FfiHandle(id).dispose()
    } catch {
      // already gone: nothing to release
    }
  }
}

/**
 * `captureLogs` is the first client's choice for the whole process. With it the core forwards every record of every
 * level, libwebrtc's per-packet verbose lines included, as events to decode here; without it the core logs through
 * its own `env_logger` to stderr, as `RUST_LOG` says (unset: nothing; the SDK's typed errors carry every failure).
 */
const acquireHub = (
  native: FfiNative,
  listener: Listener,
  captureLogs: boolean
): Effect.Effect<Hub, FfiError, Scope.Scope> =>
  Effect.acquireRelease(
    hubLock.withPermit(Effect.suspend(() => {
      const existing = hubs.get(native)
      if (existing !== undefined) {
        existing.listeners.add(listener)
        return Effect.succeed(existing)
      }
      const hub: Hub = { native, listeners: new Set([listener]), pending: new Map() }
      // Runs on the JS thread, called from native code: decode once, settle async calls, fan out, never throw.
      const callback = (bytes: Uint8Array): void => {
        const decoded = decodeEvent(bytes)
        if (Result.isSuccess(decoded)) {
          const asyncId = asyncIdOf(decoded.success)
          if (asyncId !== undefined) {
            const call = hub.pending.get(asyncId)
            if (call === undefined) {
              // Nobody waits for it any more: release what it hands over.
              disposeQuietly(native, ownedHandlesOf(decoded.success))
            } else {
              hub.pending.delete(asyncId)
              call.event = decoded.success
              Deferred.doneUnsafe(call.deferred, Effect.succeed(decoded.success))
            }
          }
        }
        for (const deliver of hub.listeners) deliver(decoded)
      }
      // Without capture the core's env_logger writes to stderr as RUST_LOG says, errors by default; the SDK reports
      // every failure as a typed error, so it stays quiet unless RUST_LOG is set (read at initialisation).
      if (!captureLogs && process.env["RUST_LOG"] === undefined) process.env["RUST_LOG"] = "off"
      try {
        native.livekitInitialize(callback, captureLogs, sdkVersion)
      } catch (cause) {
        return Effect.fail(new FfiError({ operation: "initialize", reason: "Rejected", message: errorMessage(cause) }))
      }
      hubs.set(native, hub)
      return Effect.succeed(hub)
    })),
    (hub) =>
      hubLock.withPermit(Effect.suspend(() => {
        hub.listeners.delete(listener)
        if (hub.listeners.size > 0) return Effect.void
        hubs.delete(hub.native)
        // Bounded: a dispose that never settles would otherwise keep the process from ever exiting.
        return Effect.tryPromise(() => hub.native.livekitDispose()).pipe(
          Effect.timeoutOrElse({
            duration: disposeTimeout,
            orElse: () => Effect.logWarning(`livekitDispose did not settle within ${Duration.format(disposeTimeout)}`)
          }),
          Effect.catch((error) => Effect.logWarning("livekitDispose failed", error))
        )
      }))
  )

// ---------------------------------------------------------------------------------------------------------------
// the service

/**
 * Request cases answered later by a callback event of the same name, correlated by async id.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiAsyncCase =
  | "connect"
  | "disconnect"
  | "getSessionStats"
  | "publishDataTrack"
  | "defineSchema"
  | "getSchema"

/**
 * An FFI handle owned by a scope.
 *
 * @since 0.1.0
 * @category models
 */
export interface OwnedFfiHandle {
  readonly id: bigint
  /** Disposes now instead of at scope close (idempotent: the handle is disposed exactly once). */
  readonly dispose: Effect.Effect<void>
}

/**
 * Minimum level of the Rust log records forwarded to the Effect logger.
 *
 * @since 0.1.0
 * @category models
 */
export type FfiLogLevel = "None" | "Error" | "Warn" | "Info" | "Debug" | "Trace"

/**
 * Options of an `FfiClient`: which Rust log records to capture, and the native module to use.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiClientOptions {
  /**
   * Default `None`: the core's records are not captured (it prints them to stderr itself only as `RUST_LOG` asks).
   * Any other level captures them into the Effect logger, whose own minimum level applies on top. Capturing costs
   * CPU on every packet (the core then forwards all of libwebrtc's verbose records), so ask only when debugging.
   * The first client of a process decides whether the core captures at all.
   */
  readonly logLevel?: FfiLogLevel
  /** The native module; default {@link loadNative}. */
  readonly native?: Effect.Effect<FfiNative, FfiLoadError>
}

/**
 * Receives one handle's events in the native callback, on the JS thread: it must not throw, and what it runs
 * synchronously (a fiber it resumes, say) delays the events after it.
 *
 * @since 0.1.0
 * @category models
 */
export interface HandleListener {
  readonly onEvent: (event: FfiEvent) => void
  /** The client closed: no event comes any more. */
  readonly onClosed: () => void
}

/**
 * What {@link FfiClient} provides.
 *
 * @since 0.1.0
 * @category models
 */
export interface FfiClientShape {
  /** Sends a request synchronously and returns the response of the same case. */
  readonly request: <K extends FfiRequestCase>(
    kind: K,
    body: FfiRequestCases[K]
  ) => Effect.Effect<FfiResponseCases[K], FfiError>
  /**
   * `request` as a plain call: sends at once and returns the response as an `Exit`. For code that runs outside a
   * fiber (a {@link HandleListener}, a callback registered by `Effect.callback`).
   */
  readonly requestUnsafe: <K extends FfiRequestCase>(
    kind: K,
    body: FfiRequestCases[K]
  ) => Exit.Exit<FfiResponseCases[K], FfiError>
  /** Sends an async request with our own `request_async_id` and waits for its callback event. */
  readonly requestAsync: <K extends FfiAsyncCase>(
    kind: K,
    body: Omit<FfiRequestCases[K], "requestAsyncId">
  ) => Effect.Effect<FfiEventCases[K], FfiError>
  /** Every event except log batches, from the moment the stream starts. */
  readonly events: Stream.Stream<FfiEvent>
  /** The events of one room or data-track stream handle, from the moment the stream starts. */
  readonly eventsFor: (handle: bigint) => Stream.Stream<FfiEvent>
  /** Calls `listener` with one handle's events from now until the scope closes, straight from the native callback. */
  readonly listen: (handle: bigint, listener: HandleListener) => Effect.Effect<void, never, Scope.Scope>
  /**
   * Offers one handle's events into `inbox` from now until the scope closes, straight from the native callback
   * (unbounded: size the inbox for the events the handle can have in flight). The inbox ends when the client closes.
   */
  readonly deliverTo: (
    handle: bigint,
    inbox: Queue.Enqueue<FfiEvent, Cause.Done>
  ) => Effect.Effect<void, never, Scope.Scope>
  /** Subscribes now (in the scope): no event published after this returns is missed. */
  readonly subscribe: Effect.Effect<Stream.Stream<FfiEvent>, never, Scope.Scope>
  /** Subscribes to one handle's events now (in the scope). */
  readonly subscribeFor: (handle: bigint) => Effect.Effect<Stream.Stream<FfiEvent>, never, Scope.Scope>
  /** Panics reported by the Rust core. */
  readonly panics: Stream.Stream<Panic>
  /** Owns an FFI handle for the scope: disposed exactly once, at scope close or by `dispose`. */
  readonly own: (handle: FfiOwnedHandle | bigint) => Effect.Effect<OwnedFfiHandle, never, Scope.Scope>
  /** How many handles owned through this client are not disposed yet. */
  readonly liveHandles: Effect.Effect<number>
}

const severityOf = (level: number): LogLevelModule.Severity => {
  switch (level) {
    case LogLevel.LOG_ERROR:
      return "Error"
    case LogLevel.LOG_WARN:
      return "Warn"
    case LogLevel.LOG_INFO:
      return "Info"
    case LogLevel.LOG_DEBUG:
      return "Debug"
    default:
      return "Trace"
  }
}

const thresholdOf = (level: FfiLogLevel): number => {
  switch (level) {
    case "None":
      return -1
    case "Error":
      return LogLevel.LOG_ERROR
    case "Warn":
      return LogLevel.LOG_WARN
    case "Info":
      return LogLevel.LOG_INFO
    case "Debug":
      return LogLevel.LOG_DEBUG
    case "Trace":
      return LogLevel.LOG_TRACE
  }
}

/** Handle an event belongs to, for per-handle fan-out. */
const routingHandleOf = (event: FfiEvent): bigint | undefined =>
  event.message === "roomEvent"
    ? event.roomEvent.roomHandle
    : event.message === "dataTrackStreamEvent"
    ? event.dataTrackStreamEvent.streamHandle
    : undefined

const closedError = (operation: string) =>
  new FfiError({ operation, reason: "Closed", message: "the FfiClient was closed" })

const make: (options: FfiClientOptions) => Effect.Effect<FfiClientShape, FfiLoadError | FfiError, Scope.Scope> = Effect
  .fnUntraced(function*(options: FfiClientOptions) {
    const native = yield* (options.native ?? loadNative)
    const threshold = thresholdOf(options.logLevel ?? "None")

    const all = yield* PubSub.unbounded<FfiEvent>()
    const panics = yield* PubSub.unbounded<Panic>()
    // Bounded so a log flood cannot grow memory: the newest records are dropped first.
    const logs = yield* Queue.dropping<LogRecord>(4096)
    const byHandle = new Map<bigint, Set<HandleListener>>()
    /** Async ids this layer waits for. */
    const mine = new Set<bigint>()
    let live = 0
    let closed = false

    const listener: Listener = (decoded) => {
      if (closed) return
      if (Result.isFailure(decoded)) {
        Queue.offerUnsafe(logs, {
          level: LogLevel.LOG_WARN,
          target: "effect-livekit::ffi",
          message: `undecodable FFI event dropped: ${decoded.failure.message}`
        })
        return
      }
      const event = decoded.success
      if (event.message === "logs") {
        for (const record of event.logs.records) {
          if (record.level <= threshold) Queue.offerUnsafe(logs, record)
        }
        return
      }
      if (event.message === "panic") {
        Queue.offerUnsafe(logs, {
          level: LogLevel.LOG_ERROR,
          target: "effect-livekit::ffi",
          message: `FFI panic: ${event.panic.message}`
        })
        PubSub.publishUnsafe(panics, event.panic)
      }
      PubSub.publishUnsafe(all, event)
      const handle = routingHandleOf(event)
      if (handle !== undefined) {
        const listeners = byHandle.get(handle)
        if (listeners !== undefined) { for (const handleListener of listeners) handleListener.onEvent(event) }
      }
    }

    const hub = yield* acquireHub(native, listener, (options.logLevel ?? "None") !== "None")

    // Subscribers still reading when the client closes are ended rather than left waiting forever.
    yield* Effect.addFinalizer(() =>
      Effect.andThen(
        Effect.sync(() => {
          const listeners = [...byHandle.values()].flatMap((set) => [...set])
          byHandle.clear()
          for (const handleListener of listeners) handleListener.onClosed()
        }),
        Effect.andThen(PubSub.shutdown(all), PubSub.shutdown(panics))
      )
    )

    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        closed = true
        for (const id of mine) {
          const call = hub.pending.get(id)
          hub.pending.delete(id)
          if (call !== undefined) Deferred.doneUnsafe(call.deferred, Effect.fail(closedError("requestAsync")))
        }
        mine.clear()
      })
    )

    // Rust log records -> Effect logger, outside the native callback.
    yield* Effect.forkScoped(Effect.forever(
      Effect.flatMap(
        Queue.takeAll(logs),
        (records) =>
          Effect.forEach(records, (record) =>
            Effect.logWithLevel(severityOf(record.level))(record.message).pipe(
              Effect.annotateLogs({
                ffiTarget: record.target,
                ...(record.modulePath === undefined ? {} : { ffiModule: record.modulePath }),
                ...(record.file === undefined ? {} : { ffiFile: `${record.file}:${record.line ?? 0}` })
              })
            ), { discard: true })
      )
    ))

    const requestUnsafe = <K extends FfiRequestCase>(
      kind: K,
      body: FfiRequestCases[K]
    ): Exit.Exit<FfiResponseCases[K], FfiError> => {
      if (closed) return Exit.fail(closedError(kind))
      if (kind === "dispose" && (body as FfiRequestCases["dispose"]).async) {
        return Exit.fail(
          new FfiError({
            operation: kind,
            reason: "Forbidden",
            message: "DisposeRequest{async: true} aborts the process: only async: false is sent"
          })
        )
      }
      const encoded = encodeRequest(makeRequest(kind, body))
      if (Result.isFailure(encoded)) {
        return Exit.fail(new FfiError({ operation: kind, reason: "Codec", message: encoded.failure.message }))
      }
      let bytes: Uint8Array
      try {
        bytes = native.livekitFfiRequest(encoded.success)
      } catch (cause) {
        return Exit.fail(new FfiError({ operation: kind, reason: "Rejected", message: errorMessage(cause) }))
      }
      const decoded = decodeResponse(bytes)
      if (Result.isFailure(decoded)) {
        return Exit.fail(new FfiError({ operation: kind, reason: "Codec", message: decoded.failure.message }))
      }
      if (decoded.success.message !== kind) {
        return Exit.fail(
          new FfiError({
            operation: kind,
            reason: "UnexpectedResponse",
            message: `expected a ${kind} response, got ${decoded.success.message ?? "an unknown case"}`
          })
        )
      }
      return Exit.succeed((decoded.success as unknown as FfiResponseCases)[kind])
    }

    const request = <K extends FfiRequestCase>(
      kind: K,
      body: FfiRequestCases[K]
    ): Effect.Effect<FfiResponseCases[K], FfiError> => Effect.suspend(() => requestUnsafe(kind, body))

    const requestAsync = <K extends FfiAsyncCase>(
      kind: K,
      body: Omit<FfiRequestCases[K], "requestAsyncId">
    ): Effect.Effect<FfiEventCases[K], FfiError> =>
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function*() {
          if (closed) return yield* closedError(kind)
          let asyncId = nextAsyncId()
          const call: PendingCall = { deferred: Deferred.makeUnsafe<FfiEvent, FfiError>(), event: undefined }
          // Registered before the request: the callback cannot run before this synchronous call returns anyway.
          hub.pending.set(asyncId, call)
          mine.add(asyncId)
          const forget = Effect.sync(() => {
            hub.pending.delete(asyncId)
            mine.delete(asyncId)
          })
          const response = yield* request(kind, { ...body, requestAsyncId: asyncId } as FfiRequestCases[K]).pipe(
            Effect.onError(() => forget)
          )
          const answered = (response as { readonly asyncId?: bigint }).asyncId
          if (answered !== undefined && answered !== asyncId) {
            // A binding that ignores request_async_id: follow the id it chose.
            hub.pending.delete(asyncId)
            mine.delete(asyncId)
            asyncId = answered
            hub.pending.set(asyncId, call)
            mine.add(asyncId)
          }
          const event = yield* restore(Deferred.await(call.deferred)).pipe(
            Effect.onInterrupt(() =>
              Effect.sync(() => {
                if (call.event !== undefined) disposeQuietly(native, ownedHandlesOf(call.event))
              })
            ),
            Effect.ensuring(forget)
          )
          if (event.message !== kind) {
            return yield* new FfiError({
              operation: kind,
              reason: "UnexpectedResponse",
              message: `expected a ${kind} callback, got ${event.message ?? "an unknown case"}`
            })
          }
          return (event as unknown as FfiEventCases)[kind]
        })
      )

    const subscribe: Effect.Effect<Stream.Stream<FfiEvent>, never, Scope.Scope> = Effect.map(
      PubSub.subscribe(all),
      Stream.fromSubscription
    )

    const listen = (handle: bigint, listener: HandleListener): Effect.Effect<void, never, Scope.Scope> =>
      Effect.acquireRelease(
        Effect.sync(() => {
          if (closed) {
            listener.onClosed()
            return
          }
          let listeners = byHandle.get(handle)
          if (listeners === undefined) {
            listeners = new Set()
            byHandle.set(handle, listeners)
          }
          listeners.add(listener)
        }),
        () =>
          Effect.sync(() => {
            const listeners = byHandle.get(handle)
            if (listeners === undefined) return
            listeners.delete(listener)
            if (listeners.size === 0) byHandle.delete(handle)
          })
      )

    const deliverTo = (
      handle: bigint,
      inbox: Queue.Enqueue<FfiEvent, Cause.Done>
    ): Effect.Effect<void, never, Scope.Scope> =>
      listen(handle, {
        onEvent: (event) => {
          Queue.offerUnsafe(inbox, event)
        },
        onClosed: () => {
          Queue.endUnsafe(inbox)
        }
      })

    const subscribeFor = (handle: bigint): Effect.Effect<Stream.Stream<FfiEvent>, never, Scope.Scope> =>
      Effect.gen(function*() {
        const inbox = yield* Effect.acquireRelease(Queue.unbounded<FfiEvent, Cause.Done>(), Queue.shutdown)
        yield* deliverTo(handle, inbox)
        return Stream.fromQueue(inbox)
      })

    const own = (handle: FfiOwnedHandle | bigint): Effect.Effect<OwnedFfiHandle, never, Scope.Scope> =>
      Effect.acquireRelease(
        Effect.sync((): OwnedFfiHandle => {
          const id = typeof handle === "bigint" ? handle : handle.id
          const nativeHandle = new native.FfiHandle(id)
          live += 1
          let disposed = false
          return {
            id,
            dispose: Effect.suspend(() => {
              if (disposed) return Effect.void
              disposed = true
              live -= 1
              try {
                nativeHandle.dispose()
                return Effect.void
              } catch (cause) {
                return Effect.logWarning(`disposing FFI handle ${id} failed: ${errorMessage(cause)}`)
              }
            })
          }
        }),
        (owned) => owned.dispose
      )

    return {
      request,
      requestUnsafe,
      requestAsync,
      events: Stream.unwrap(subscribe),
      eventsFor: (handle) => Stream.unwrap(subscribeFor(handle)),
      listen,
      deliverTo,
      subscribe,
      subscribeFor,
      panics: Stream.unwrap(Effect.map(PubSub.subscribe(panics), Stream.fromSubscription)),
      own,
      liveHandles: Effect.sync(() => live)
    }
  })

/**
 * The LiveKit FFI as a service: requests, events routed by handle, owned handles and the core's logs.
 *
 * @since 0.1.0
 * @category services
 */
export class FfiClient extends Context.Service<FfiClient, FfiClientShape>()("@effect-livekit/node/FfiClient") {
  /** Builds the client in the current scope, without a layer. */
  static readonly make = (
    options: FfiClientOptions = {}
  ): Effect.Effect<FfiClientShape, FfiLoadError | FfiError, Scope.Scope> => make(options)
  /** The client over the real binding, without capturing the core's logs (see {@link FfiClientOptions.logLevel}). */
  static readonly layer: Layer.Layer<FfiClient, FfiLoadError | FfiError> = Layer.effect(FfiClient, make({}))
  /** The client with the given options, as a layer. */
  static readonly layerWith = (options: FfiClientOptions): Layer.Layer<FfiClient, FfiLoadError | FfiError> =>
    Layer.effect(FfiClient, make(options))
}
