/**
 * A participant agent over the SDK: `LiveKitRoom` rooms on one `FfiClient`, driven by a benchmark parent
 * through IPC (see Protocol.ts). One process = one FFI initialisation, as an application would have.
 */
import { DataTrackFrame, type LocalDataTrack, type RoomShape } from "@effect-livekit/core"
import { FfiClient, LiveKitRoom } from "@effect-livekit/node"
import { Cause, Deferred, Effect, Exit, Queue, Result, Scope, Stream } from "effect"
import type { Command, Envelope, MemorySample, PushReport, Reply } from "./Protocol.ts"
import { nowMicros, nowMillis, writeHeader } from "./Protocol.ts"
import { cpuSample, dueAt, makePayload, Recorder } from "./Recorder.ts"

interface Publication {
  readonly track: LocalDataTrack.LocalDataTrack
  readonly scope: Scope.Closeable
}

interface Subscription {
  readonly recorders: ReadonlyArray<Recorder>
  readonly scope: Scope.Closeable
}

const send = (reply: Reply): void => {
  process.send?.(reply)
}

const errorText = (cause: Cause.Cause<unknown>): string => Cause.pretty(cause).split("\n").slice(0, 6).join("\n")

const main = Effect.gen(function*() {
  const client = yield* FfiClient
  const inbox = yield* Queue.unbounded<Envelope>()
  const done = yield* Deferred.make<void>()
  process.on("message", (message) => {
    Queue.offerUnsafe(inbox, message as Envelope)
  })
  process.on("disconnect", () => {
    Deferred.doneUnsafe(done, Effect.void)
  })

  const agentScope = yield* Effect.scope
  const rooms: Array<RoomShape> = []
  const publications = new Map<string, Publication>()
  const subscriptions = new Map<string, Subscription>()

  const connect = Effect.fnUntraced(function*(url: string, tokens: ReadonlyArray<string>) {
    const connected = yield* Effect.forEach(
      tokens,
      (token) =>
        LiveKitRoom.make({ url, token }).pipe(Scope.provide(agentScope), Effect.provideService(FfiClient, client)),
      { concurrency: 4 }
    )
    rooms.push(...connected)
    return { rooms: rooms.length }
  })

  const roomAt = (index: number) =>
    Effect.suspend(() => {
      const room = rooms[index]
      return room === undefined ? Effect.die(new Error(`no room ${index}`)) : Effect.succeed(room)
    })

  const publish = Effect.fnUntraced(function*(name: string, roomIndex: number) {
    const room = yield* roomAt(roomIndex)
    const scope = yield* Scope.make()
    const track = yield* room.publishDataTrack({ name }).pipe(Scope.provide(scope))
    publications.set(name, { track, scope })
    return { sid: track.info.sid }
  })

  const unpublish = (name: string) =>
    Effect.suspend(() => {
      const publication = publications.get(name)
      publications.delete(name)
      return publication === undefined ? Effect.void : Scope.close(publication.scope, Exit.void)
    })

  const subscribe = Effect.fnUntraced(function*(command: Extract<Command, { cmd: "subscribe" }>) {
    const indexes = command.rooms === "all" ? rooms.map((_, i) => i) : command.rooms ?? [0]
    const scope = yield* Scope.make()
    const recorders = yield* Effect.forEach(indexes, (index) =>
      Effect.gen(function*() {
        const room = yield* roomAt(index)
        const remote = yield* room.dataTrack({ publisher: command.publisher, name: command.name }).pipe(
          Effect.timeout("15 seconds")
        )
        const subscription = yield* remote.subscribe({
          bufferSize: command.bufferSize,
          timestampUnit: "microseconds"
        }).pipe(Scope.provide(scope))
        const recorder = new Recorder(command.recordLatency)
        const frames = command.mode === "frames" ? subscription.frames : subscription.latest
        const consume = (frame: DataTrackFrame) => {
          recorder.frame(frame.payload, frame.userTimestamp === undefined ? undefined : Number(frame.userTimestamp))
          return command.consumerDelayMs > 0 ? Effect.sleep(command.consumerDelayMs) : Effect.void
        }
        yield* frames.pipe(
          Stream.runForEach(consume),
          Effect.exit,
          Effect.flatMap((exit) =>
            Effect.sync(() => {
              recorder.ended = Exit.isSuccess(exit) ? "ended" : errorText(exit.cause)
            })
          ),
          Effect.forkIn(scope)
        )
        return recorder
      }), { concurrency: 4 })
    subscriptions.set(command.key, { recorders, scope })
    return { subscribed: recorders.length }
  })

  const subscription = (key: string) =>
    Effect.suspend(() => {
      const found = subscriptions.get(key)
      return found === undefined ? Effect.die(new Error(`no subscription ${key}`)) : Effect.succeed(found)
    })

  const push = Effect.fnUntraced(function*(command: Extract<Command, { cmd: "push" }>) {
    const publication = publications.get(command.name)
    if (publication === undefined) return yield* Effect.die(new Error(`no track ${command.name}`))
    const track = publication.track
    const payload = makePayload(command.size)
    const total = command.warmup + command.count
    const rejected: Record<string, number> = {}
    let accepted = 0
    let acceptedCounted = 0
    let firstCountedAtMs = 0
    let sent = 0
    const start = cpuSample()
    const t0 = performance.now()
    while (sent < total) {
      const elapsed = performance.now() - t0
      if (elapsed > command.maxMs) break
      const burst = command.burst ?? 1
      const due = dueAt(elapsed, command.rateHz, total, burst)
      while (sent < due) {
        const counted = sent >= command.warmup
        writeHeader(payload, command.run, counted ? sent - command.warmup : sent, counted)
        if (counted && firstCountedAtMs === 0) firstCountedAtMs = nowMillis()
        const frame = new DataTrackFrame({
          payload,
          userTimestamp: BigInt(nowMicros()),
          timestampUnit: "microseconds"
        })
        const result = yield* Effect.result(track.tryPush(frame))
        if (Result.isSuccess(result)) {
          accepted++
          if (counted) acceptedCounted++
        } else {
          rejected[result.failure._tag] = (rejected[result.failure._tag] ?? 0) + 1
        }
        sent++
      }
      if (sent < total) {
        const nextDue = (Math.floor(sent / (command.burst ?? 1)) * (command.burst ?? 1) * 1000) / command.rateHz
        yield* Effect.sleep(Math.max(1, nextDue - (performance.now() - t0)))
      }
    }
    const end = cpuSample()
    const report: PushReport = {
      accepted,
      rejected,
      acceptedCounted,
      firstCountedAtMs,
      elapsedMs: performance.now() - t0,
      cpu: { start, end }
    }
    return report
  })

  const memory = Effect.fnUntraced(function*(everyMs: number, forMs: number) {
    const samples: Array<MemorySample> = []
    const t0 = performance.now()
    while (performance.now() - t0 <= forMs) {
      const usage = process.memoryUsage()
      samples.push({
        tMs: performance.now() - t0,
        rss: usage.rss,
        heapUsed: usage.heapUsed,
        external: usage.external,
        arrayBuffers: usage.arrayBuffers
      })
      yield* Effect.sleep(everyMs)
    }
    return samples
  })

  const handle = (command: Command): Effect.Effect<unknown, unknown> => {
    switch (command.cmd) {
      case "connect":
        return connect(command.url, command.tokens)
      case "publish":
        return publish(command.name, command.room ?? 0)
      case "unpublish":
        return unpublish(command.name)
      case "subscribe":
        return subscribe(command)
      case "record":
        return Effect.map(subscription(command.key), (s) => s.recorders.forEach((r) => r.reset(command.run)))
      case "report":
        return Effect.map(subscription(command.key), (s) => s.recorders.map((r) => r.report()))
      case "unsubscribe":
        return Effect.suspend(() => {
          const found = subscriptions.get(command.key)
          subscriptions.delete(command.key)
          return found === undefined ? Effect.void : Scope.close(found.scope, Exit.void)
        })
      case "push":
        return push(command)
      case "cpu":
        return Effect.sync(cpuSample)
      case "memory":
        return memory(command.everyMs, command.forMs)
      case "exit":
        return Deferred.succeed(done, undefined)
    }
  }

  yield* Stream.fromQueue(inbox).pipe(
    Stream.runForEach((envelope) =>
      handle(envelope).pipe(
        Effect.exit,
        Effect.flatMap((exit) =>
          Effect.sync(() =>
            send(
              Exit.isSuccess(exit)
                ? { id: envelope.id, ok: true, result: exit.value ?? null }
                : { id: envelope.id, ok: false, error: errorText(exit.cause) }
            )
          )
        ),
        Effect.forkIn(agentScope)
      )
    ),
    Effect.forkScoped
  )
  yield* Deferred.await(done)
  yield* Effect.forEach(
    [...subscriptions.values(), ...publications.values()],
    (entry) => Scope.close(entry.scope, Exit.void),
    { discard: true }
  )
})

Effect.runPromise(
  // as a user runs it: the default client, which leaves the core's logs uncaptured
  main.pipe(Effect.scoped, Effect.provide(FfiClient.layer))
).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`agent-sdk failed: ${String(error)}\n`)
    process.exit(1)
  }
)
