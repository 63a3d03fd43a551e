import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Jose from "jose"
import * as Token from "../src/Token.ts"

const keys: Token.Keys = new Map([["devkey", "secret"], ["other", "another-secret"]])

const reason = (token: string | undefined, room?: string) =>
  Token.verify(keys, token, { room }).pipe(Effect.flip, Effect.map((e) => e.reason))

const sign = (payload: Jose.JWTPayload, secret = "secret") =>
  Effect.promise(() =>
    new Jose.SignJWT(payload).setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(secret))
  )

const now = () => Math.floor(Date.now() / 1000)

describe("Token", () => {
  it.effect("mints and verifies; unset grants mean allowed", () =>
    Effect.gen(function*() {
      const token = yield* Token.mint("devkey", "secret", "robot", { room: "lab", name: "Robot" })
      const claims = yield* Token.verify(keys, token, { room: "lab" })
      assert.deepStrictEqual(claims, {
        apiKey: "devkey",
        identity: "robot",
        name: "Robot",
        metadata: "",
        room: "lab",
        canPublish: true,
        canSubscribe: true,
        canPublishData: true
      })
      const second = yield* Token.mint("other", "another-secret", "viewer", { room: "lab", canPublishData: false })
      const limited = yield* Token.verify(keys, second)
      assert.strictEqual(limited.apiKey, "other")
      assert.isFalse(limited.canPublishData)
      assert.isTrue(limited.canSubscribe)
    }))

  it.effect("rejects a bad signature", () =>
    Effect.gen(function*() {
      const token = yield* Token.mint("devkey", "not-the-secret", "x", { room: "lab" })
      assert.strictEqual(yield* reason(token), "BadSignature")
    }))

  it.effect("rejects an expired token", () =>
    Effect.gen(function*() {
      const token = yield* sign({ iss: "devkey", sub: "x", exp: now() - 60, video: { roomJoin: true, room: "lab" } })
      assert.strictEqual(yield* reason(token), "Expired")
    }))

  it.effect("rejects a token not yet valid", () =>
    Effect.gen(function*() {
      const token = yield* Token.mint("devkey", "secret", "x", { room: "lab", notBeforeSeconds: 3600 })
      assert.strictEqual(yield* reason(token), "NotYetValid")
    }))

  it.effect("rejects the wrong room, no roomJoin, no identity, unknown key, garbage, nothing", () =>
    Effect.gen(function*() {
      const token = yield* Token.mint("devkey", "secret", "x", { room: "lab" })
      assert.strictEqual(yield* reason(token, "kitchen"), "WrongRoom")
      assert.strictEqual(
        yield* reason(yield* sign({ iss: "devkey", sub: "x", exp: now() + 60, video: { room: "lab" } })),
        "NoRoomJoin"
      )
      assert.strictEqual(
        yield* reason(yield* sign({ iss: "devkey", exp: now() + 60, video: { roomJoin: true, room: "lab" } })),
        "NoIdentity"
      )
      assert.strictEqual(
        yield* reason(yield* sign({ iss: "nobody", sub: "x", video: { roomJoin: true, room: "lab" } })),
        "UnknownKey"
      )
      assert.strictEqual(yield* reason("not.a.jwt"), "Malformed")
      assert.strictEqual(yield* reason(undefined), "Missing")
    }))

  it.effect("canPublishData: false is kept (publishing data is then NOT_ALLOWED)", () =>
    Effect.gen(function*() {
      const token = yield* sign({
        iss: "devkey",
        sub: "x",
        exp: now() + 60,
        video: { roomJoin: true, room: "lab", canPublishData: false, canSubscribe: false }
      })
      const claims = yield* Token.verify(keys, token)
      assert.isFalse(claims.canPublishData)
      assert.isFalse(claims.canSubscribe)
      assert.isTrue(claims.canPublish)
    }))
})
