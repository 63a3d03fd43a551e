import { Internal, SchemaNotFound } from "@effect-livekit/core"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { retryBlobTimeout } from "../src/LiveKitRoom.ts"

/** An effect that fails with `errors` in turn, then succeeds; counts its attempts. */
const flaky = <E>(errors: ReadonlyArray<E>) => {
  const state = { attempts: 0 }
  const effect = Effect.suspend(() => {
    const error = errors[state.attempts++]
    return error === undefined ? Effect.succeed("stored") : Effect.fail(error)
  })
  return { state, effect }
}

const timedOut = new Internal({ code: "schema-store", message: "room failure: store data blob timed out" })

describe("retryBlobTimeout", () => {
  it.effect("makes a call that the core's data-blob wait timed out again, twice at most", () =>
    Effect.gen(function*() {
      const twice = flaky([timedOut, timedOut])
      assert.strictEqual(yield* retryBlobTimeout(twice.effect), "stored")
      assert.strictEqual(twice.state.attempts, 3)
      const thrice = flaky([timedOut, timedOut, timedOut])
      assert.deepStrictEqual(yield* Effect.flip(retryBlobTimeout(thrice.effect)), timedOut)
      assert.strictEqual(thrice.state.attempts, 3)
    }))

  it.effect("does not retry any other failure", () =>
    Effect.gen(function*() {
      const other = new Internal({ code: "schema-store", message: "room failure: protocol error" })
      for (const error of [other, new SchemaNotFound({ code: "schema-store", message: "get data blob timed out" })]) {
        const once = flaky([error])
        assert.deepStrictEqual(yield* Effect.flip(retryBlobTimeout(once.effect)), error)
        assert.strictEqual(once.state.attempts, 1)
      }
    }))
})
