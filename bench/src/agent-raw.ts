/**
 * A participant agent over the raw driver (official protobuf-es classes, no Effect): the overhead benchmark's
 * baseline. Same IPC protocol and the same bookkeeping (Recorder.ts) as the SDK agent, for the commands the
 * overhead benchmark uses.
 */
import type { Command, Envelope, PushReport, Reply } from "./Protocol.ts"
import { CAPTURE_LOGS_ENV, nowMicros, nowMillis, writeHeader } from "./Protocol.ts"
import { RawDriver } from "./RawDriver.ts"
import { cpuSample, dueAt, makePayload, Recorder } from "./Recorder.ts"

const driver = new RawDriver(process.env[CAPTURE_LOGS_ENV] === "1")
const tracks = new Map<string, bigint>()
const subscriptions = new Map<string, { readonly recorder: Recorder; readonly close: () => void }>()

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const push = async (command: Extract<Command, { cmd: "push" }>): Promise<PushReport> => {
  const trackHandle = tracks.get(command.name)
  if (trackHandle === undefined) throw new Error(`no track ${command.name}`)
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
      const error = driver.tryPush(trackHandle, payload, BigInt(nowMicros()))
      if (error === undefined) {
        accepted++
        if (counted) acceptedCounted++
      } else {
        rejected[error] = (rejected[error] ?? 0) + 1
      }
      sent++
    }
    if (sent < total) {
      const nextDue = (Math.floor(sent / (command.burst ?? 1)) * (command.burst ?? 1) * 1000) / command.rateHz
      await sleep(Math.max(1, nextDue - (performance.now() - t0)))
    }
  }
  const end = cpuSample()
  return {
    accepted,
    rejected,
    acceptedCounted,
    firstCountedAtMs,
    elapsedMs: performance.now() - t0,
    cpu: { start, end }
  }
}

const handle = async (command: Command): Promise<unknown> => {
  switch (command.cmd) {
    case "connect": {
      const [token] = command.tokens
      if (token === undefined || command.tokens.length > 1) throw new Error("the raw agent joins exactly one room")
      await driver.connect(command.url, token)
      return { rooms: 1 }
    }
    case "publish": {
      const trackHandle = await driver.publish(command.name)
      tracks.set(command.name, trackHandle)
      return { handle: String(trackHandle) }
    }
    case "unpublish": {
      const trackHandle = tracks.get(command.name)
      tracks.delete(command.name)
      if (trackHandle !== undefined) driver.unpublish(trackHandle)
      return null
    }
    case "subscribe": {
      if (command.mode !== "frames" || command.consumerDelayMs !== 0) throw new Error("the raw agent reads frames only")
      const track = await driver.remoteTrack(command.publisher, command.name, 15_000)
      const recorder = new Recorder(command.recordLatency)
      const subscription = driver.subscribe(track, command.bufferSize, {
        onFrame: (payload, userTimestamp) =>
          recorder.frame(payload, userTimestamp === undefined ? undefined : Number(userTimestamp)),
        onEnd: (error) => {
          recorder.ended = error ?? "ended"
        }
      })
      subscriptions.set(command.key, { recorder, close: subscription.close })
      return { subscribed: 1 }
    }
    case "record": {
      subscriptions.get(command.key)?.recorder.reset(command.run)
      return null
    }
    case "report": {
      const found = subscriptions.get(command.key)
      if (found === undefined) throw new Error(`no subscription ${command.key}`)
      return [found.recorder.report()]
    }
    case "unsubscribe": {
      subscriptions.get(command.key)?.close()
      subscriptions.delete(command.key)
      return null
    }
    case "push":
      return push(command)
    case "cpu":
      return cpuSample()
    case "memory":
      throw new Error("the raw agent does not sample memory")
    case "exit": {
      for (const subscription of subscriptions.values()) subscription.close()
      for (const trackHandle of tracks.values()) driver.unpublish(trackHandle)
      await driver.close()
      setImmediate(() => process.exit(0))
      return null
    }
  }
}

const send = (reply: Reply): void => {
  process.send?.(reply)
}

process.on("message", (message) => {
  const envelope = message as Envelope
  handle(envelope).then(
    (result) => send({ id: envelope.id, ok: true, result: result ?? null }),
    (error: unknown) =>
      send({ id: envelope.id, ok: false, error: error instanceof Error ? error.message : String(error) })
  )
})
process.on("disconnect", () => {
  driver.close().finally(() => process.exit(0))
})
