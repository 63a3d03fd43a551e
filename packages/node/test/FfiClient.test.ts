import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Exit, Fiber, Layer, Logger, Scope, Stream } from "effect"
import { execFile } from "node:child_process"
import { createRequire } from "node:module"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"
import { ffiBindingsVersion, FfiClient, loadNativeFrom } from "../src/FfiClient.ts"
import * as C from "../src/FfiCodec.ts"
import { connect } from "../src/FfiRoomConnection.ts"
import { connectResult, makeFake } from "./FakeNative.ts"

/** A loopback port nobody listens on (bound, then released). */
const closedPort = Effect.callback<number>((resume) => {
  const server = createServer()
  server.listen(0, "127.0.0.1", () => {
    const address = server.address()
    const port = typeof address === "object" && address !== null ? address.port : 0
    server.close(() => resume(Effect.succeed(port)))
  })
})

describe("FfiClient", () => {
  it("is verified against the installed binding version", () => {
    const installed = createRequire(import.meta.url)("@livekit/rtc-ffi-bindings/package.json") as {
      readonly version: string
    }
    expect(installed.version).toBe(ffiBindingsVersion)
  })

  it.effect("a request on an unknown handle is a typed FfiError, not a crash", () =>
    Effect.gen(function*() {
      const client = yield* FfiClient
      const error = yield* Effect.flip(client.request("readyForRoomEvent", { roomHandle: 987_654_321n }))
      expect(error._tag).toBe("FfiError")
      expect(error.reason).toBe("Rejected")
      expect(error.operation).toBe("readyForRoomEvent")
      expect(error.message).toMatch(/handle not found/)
      // the client keeps working afterwards
      const again = yield* Effect.flip(client.request("localDataTrackIsPublished", { trackHandle: 1n }))
      expect(again.reason).toBe("Rejected")
    }).pipe(Effect.provide(FfiClient.layer)))

  it.effect("never sends DisposeRequest{async: true}", () =>
    Effect.gen(function*() {
      const client = yield* FfiClient
      const error = yield* Effect.flip(client.request("dispose", { async: true }))
      expect(error.reason).toBe("Forbidden")
    }).pipe(Effect.provide(FfiClient.layer)))

  it.effect("owned handles are disposed exactly once and counted back to zero", () =>
    Effect.gen(function*() {
      const client = yield* FfiClient
      const scope = yield* Scope.make()
      // Ids the core does not know: disposing them fails inside the binding, which is logged, not raised.
      const owned = yield* Effect.forEach([1n, 2n, 3n], (id) => client.own(2n ** 60n + id)).pipe(Scope.provide(scope))
      expect(yield* client.liveHandles).toBe(3)
      yield* owned[0]!.dispose
      yield* owned[0]!.dispose
      expect(yield* client.liveHandles).toBe(2)
      yield* Scope.close(scope, Exit.void)
      expect(yield* client.liveHandles).toBe(0)
    }).pipe(Effect.provide(FfiClient.layerWith({ logLevel: "None" }))))

  it.effect("layers can be built many times, also side by side, in one process", () =>
    Effect.gen(function*() {
      for (let i = 0; i < 3; i++) {
        yield* Effect.gen(function*() {
          const client = yield* FfiClient
          const error = yield* Effect.flip(client.request("dataTrackStreamRead", { streamHandle: 5n }))
          expect(error.reason).toBe("Rejected")
        }).pipe(Effect.provide(FfiClient.layer))
      }
      // side by side: both work, closing one leaves the other working
      const scopeA = yield* Scope.make()
      const a = Context.get(yield* Layer.buildWithScope(FfiClient.layer, scopeA), FfiClient)
      const b = Context.get(yield* Layer.build(FfiClient.layer), FfiClient)
      expect((yield* Effect.flip(a.request("readyForRoomEvent", { roomHandle: 1n }))).reason).toBe("Rejected")
      yield* Scope.close(scopeA, Exit.void)
      expect((yield* Effect.flip(a.request("readyForRoomEvent", { roomHandle: 1n }))).reason).toBe("Closed")
      expect((yield* Effect.flip(b.request("readyForRoomEvent", { roomHandle: 1n }))).reason).toBe("Rejected")
    }))

  it.live("connecting to a dead loopback URL fails fast with a typed error", () =>
    Effect.gen(function*() {
      const client = yield* FfiClient
      const port = yield* closedPort
      const started = performance.now()
      const error = yield* Effect.flip(Effect.scoped(connect({ url: `ws://127.0.0.1:${port}`, token: "no-token" })))
      const elapsed = performance.now() - started
      console.log(`dead-URL connect failed after ${elapsed.toFixed(0)} ms: ${error._tag}: ${error.message}`)
      expect(error._tag).toBe("FfiConnectError")
      expect(elapsed).toBeLessThan(10_000)
      expect(yield* client.liveHandles).toBe(0)
    }).pipe(Effect.provide(FfiClient.layer)), 30_000)

  it.live("events are fanned out to every live layer", () =>
    Effect.gen(function*() {
      const port = yield* closedPort
      const other = Context.get(yield* Layer.build(FfiClient.layer), FfiClient)
      const seen = yield* other.subscribe
      const client = yield* FfiClient
      const callback = yield* client.requestAsync("connect", {
        url: `ws://127.0.0.1:${port}`,
        token: "no-token",
        options: { joinRetries: 0, connectTimeoutMs: 2000n }
      })
      expect(callback.message).toBe("error")
      const event = yield* seen.pipe(Stream.filter((e) => e.message === "connect"), Stream.runHead)
      expect(event._tag === "Some" && event.value.message === "connect" && event.value.connect.asyncId).toBe(
        callback.asyncId
      )
    }).pipe(Effect.provide(FfiClient.layer)), 30_000)

  it.live("a server that never answers fails after the connect timeout", () =>
    Effect.gen(function*() {
      // Accepts TCP connections and never says a word.
      const sockets: Array<import("node:net").Socket> = []
      const server = createServer((socket) => {
        sockets.push(socket)
      })
      const port = yield* Effect.callback<number>((resume) => {
        server.listen(0, "127.0.0.1", () => {
          const address = server.address()
          resume(Effect.succeed(typeof address === "object" && address !== null ? address.port : 0))
        })
      })
      yield* Effect.addFinalizer(() =>
        Effect.sync(() => {
          for (const socket of sockets) socket.destroy()
          server.close()
        })
      )
      const started = performance.now()
      const error = yield* Effect.flip(Effect.scoped(connect({
        url: `ws://127.0.0.1:${port}`,
        token: "no-token",
        joinRetries: 0,
        connectTimeout: "1 second"
      })))
      const elapsed = performance.now() - started
      console.log(`silent-server connect failed after ${elapsed.toFixed(0)} ms: ${error._tag}: ${error.message}`)
      expect(error._tag).toBe("FfiConnectError")
      expect(elapsed).toBeLessThan(10_000)
    }).pipe(Effect.provide(FfiClient.layer)), 30_000)
})

describe("FfiClient over a fake binding", () => {
  it.effect("correlates async callbacks by our own async id, in any order", () => {
    const fake = makeFake()
    return Effect.gen(function*() {
      const client = yield* FfiClient
      const first = yield* Effect.forkChild(
        client.requestAsync("defineSchema", {
          localParticipantHandle: 1n,
          schemaId: { name: "a" },
          definition: "x"
        }).pipe(Effect.exit)
      )
      yield* Effect.yieldNow
      // defineSchema is not answered by this fake: the request fails synchronously, nothing stays pending
      expect(Exit.isFailure(yield* Fiber.join(first))).toBe(true)
      const a = yield* Effect.forkChild(client.requestAsync("publishDataTrack", {
        localParticipantHandle: 1n,
        options: { name: "a" }
      }))
      const b = yield* Effect.forkChild(client.requestAsync("publishDataTrack", {
        localParticipantHandle: 1n,
        options: { name: "b" }
      }))
      yield* Effect.yieldNow
      const ids = fake.requests.flatMap((r) =>
        r.message === "publishDataTrack" ? [r.publishDataTrack.requestAsyncId ?? 0n] : []
      )
      expect(ids).toHaveLength(2)
      expect(ids[1]! > ids[0]!).toBe(true)
      const error = { code: C.PublishDataTrackErrorCode.DUPLICATE_NAME, message: "dup" }
      fake.emit({ message: "publishDataTrack", publishDataTrack: { asyncId: ids[1]!, result: "error", error } })
      fake.emit({ message: "publishDataTrack", publishDataTrack: { asyncId: ids[0]!, result: "error", error } })
      const resultB = yield* Fiber.join(b)
      const resultA = yield* Fiber.join(a)
      expect(resultA.asyncId).toBe(ids[0])
      expect(resultB.asyncId).toBe(ids[1])
    }).pipe(Effect.provide(FfiClient.layerWith({ native: Effect.succeed(fake.native) })))
  })

  it.effect("a callback whose caller is gone has its owned handles disposed", () => {
    const fake = makeFake()
    return Effect.gen(function*() {
      const client = yield* FfiClient
      const fiber = yield* Effect.forkChild(client.requestAsync("connect", {
        url: "ws://127.0.0.1:1",
        token: "t",
        options: {}
      }))
      yield* Effect.yieldNow
      yield* Fiber.interrupt(fiber)
      const request = fake.requests.find((r) => r.message === "connect")
      const asyncId = request?.message === "connect" ? request.connect.requestAsyncId ?? 0n : 0n
      fake.emit(connectResult(asyncId))
      expect(fake.disposed.toSorted((x, y) => x < y ? -1 : 1)).toEqual([100n, 101n, 102n])
    }).pipe(Effect.provide(FfiClient.layerWith({ native: Effect.succeed(fake.native) })))
  })

  it.effect("connect owns every handle, sends ready_for_room_event, and routes room events by handle", () => {
    const fake = makeFake()
    return Effect.gen(function*() {
      const client = yield* FfiClient
      const scope = yield* Scope.make()
      const fiber = yield* Effect.forkChild(connect({ url: "ws://127.0.0.1:1", token: "t" }).pipe(Scope.provide(scope)))
      yield* Effect.yieldNow
      const request = fake.requests.find((r) => r.message === "connect")
      expect(request?.message === "connect" && request.connect.options.joinRetries).toBe(1)
      expect(request?.message === "connect" && request.connect.options.connectTimeoutMs).toBe(5000n)
      fake.emit(connectResult(request?.message === "connect" ? request.connect.requestAsyncId ?? 0n : 0n))
      const connection = yield* Fiber.join(fiber)
      expect(fake.requests.at(-1)).toEqual({ message: "readyForRoomEvent", readyForRoomEvent: { roomHandle: 100n } })
      expect(connection.participants.map((p) => p.info.identity)).toEqual(["robot"])
      expect(yield* client.liveHandles).toBe(3)
      // events of another room are not delivered to this one
      fake.emit({ message: "roomEvent", roomEvent: { roomHandle: 999n, message: "reconnecting", reconnecting: {} } })
      fake.emit({ message: "roomEvent", roomEvent: { roomHandle: 100n, message: "reconnected", reconnected: {} } })
      const first = yield* connection.events.pipe(Stream.runHead)
      expect(first._tag === "Some" && first.value.message).toBe("reconnected")
      // closing: disconnect is attempted (this fake rejects it: logged), then every handle is disposed
      yield* Scope.close(scope, Exit.void)
      expect(yield* client.liveHandles).toBe(0)
      expect(fake.disposed.toSorted((x, y) => x < y ? -1 : 1)).toEqual([100n, 101n, 102n])
    }).pipe(Effect.provide(FfiClient.layerWith({ native: Effect.succeed(fake.native), logLevel: "None" })))
  })

  it.effect("Rust log records reach the Effect logger filtered by level; panics are logged and published", () => {
    const fake = makeFake()
    const lines: Array<string> = []
    const capture = Logger.make((options) => {
      lines.push(`${options.logLevel}:${String(Array.isArray(options.message) ? options.message[0] : options.message)}`)
    })
    return Effect.gen(function*() {
      const client = yield* FfiClient
      const panics = yield* Effect.forkChild(client.panics.pipe(Stream.runHead))
      yield* Effect.yieldNow
      fake.emit({
        message: "logs",
        logs: {
          records: [
            { level: C.LogLevel.LOG_ERROR, target: "t", message: "an error" },
            { level: C.LogLevel.LOG_INFO, target: "t", message: "some info" },
            { level: C.LogLevel.LOG_DEBUG, target: "t", message: "debug noise" }
          ]
        }
      })
      fake.emit({ message: "panic", panic: { message: "boom" } })
      const panic = yield* Fiber.join(panics)
      expect(panic._tag === "Some" && panic.value.message).toBe("boom")
      for (let i = 0; i < 100 && lines.length < 3; i++) yield* Effect.yieldNow
      expect(lines).toEqual(["Error:an error", "Info:some info", "Error:FFI panic: boom"])
    }).pipe(
      Effect.provide(FfiClient.layerWith({ native: Effect.succeed(fake.native), logLevel: "Info" })),
      Effect.provideService(Logger.CurrentLoggers, new Set([capture]))
    )
  })
})

describe("closing the FfiClient", () => {
  it.live("ends streams still reading and fails calls still waiting", () => {
    const fake = makeFake()
    return Effect.gen(function*() {
      const scope = yield* Scope.make()
      const client = Context.get(
        yield* Layer.buildWithScope(FfiClient.layerWith({ native: Effect.succeed(fake.native) }), scope),
        FfiClient
      )
      const reading = yield* Effect.forkChild(Stream.runDrain(client.eventsFor(100n)))
      const waiting = yield* Effect.forkChild(
        client.requestAsync("publishDataTrack", { localParticipantHandle: 1n, options: { name: "x" } })
      )
      yield* Effect.sleep("10 millis")
      yield* Scope.close(scope, Exit.void)
      const readExit = yield* Fiber.await(reading).pipe(Effect.timeout("2 seconds"))
      const waitExit = yield* Fiber.await(waiting).pipe(Effect.timeout("2 seconds"))
      expect(readExit).toBeDefined()
      expect(Exit.isFailure(waitExit)).toBe(true)
      // the binding was released with the last layer
      expect(() => fake.emit({ message: "panic", panic: { message: "late" } })).toThrow(/not initialised/)
    })
  })
})

describe("loading the binding", () => {
  it.live("a missing binary is a typed error naming the packages to install", () =>
    Effect.gen(function*() {
      const module = fileURLToPath(new URL("../src/FfiClient.ts", import.meta.url))
      const script = `
        import { Effect } from "effect"
        import { loadNative } from ${JSON.stringify(module)}
        const error = await Effect.runPromise(Effect.flip(loadNative))
        console.log(JSON.stringify({ tag: error._tag, install: error.install, message: error.message }))
      `
      const output = yield* Effect.callback<string>((resume) => {
        execFile(
          process.execPath,
          ["--input-type=module", "-e", script],
          {
            cwd: fileURLToPath(new URL("..", import.meta.url)),
            env: { ...process.env, NAPI_RS_NATIVE_LIBRARY_PATH: "/nonexistent/rtc-node.node" }
          },
          (error, stdout, stderr) =>
            resume(error === null ? Effect.succeed(stdout) : Effect.die(new Error(`${error.message}\n${stderr}`)))
        )
      })
      const parsed = JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as {
        readonly tag: string
        readonly install: string
        readonly message: string
      }
      expect(parsed.tag).toBe("FfiLoadError")
      expect(parsed.install).toContain(`@livekit/rtc-ffi-bindings@${ffiBindingsVersion}`)
      expect(parsed.message).toMatch(/could not be loaded/)
    }), 30_000)

  it.effect("loadNativeFrom: a missing file is a typed error naming it", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(loadNativeFrom("/nonexistent/rtc-node.linux-x64-gnu.node"))
      expect(error._tag).toBe("FfiLoadError")
      expect(error.install).toBe("/nonexistent/rtc-node.linux-x64-gnu.node")
      expect(error.message).toMatch(/could not be loaded/)
    }))
})
