/**
 * LiveKit access tokens: HS256 JWTs signed with an API secret, `iss` = API key, `sub` = identity, grants in `video`.
 *
 * Like `livekit-server`, an unset `canPublish` / `canSubscribe` / `canPublishData` means allowed.
 */
import { AccessToken } from "@effect-livekit/core"
import { Effect, Schema } from "effect"
import * as Jose from "jose"

/** API key -> API secret. */
export type Keys = ReadonlyMap<string, string>

export const defaultKeys: Keys = new Map([["devkey", "secret"]])

export interface VideoGrant {
  readonly roomJoin?: boolean
  readonly room?: string
  readonly canPublish?: boolean
  readonly canSubscribe?: boolean
  readonly canPublishData?: boolean
  readonly hidden?: boolean
}

/** What a verified token allows. */
export interface Claims {
  readonly apiKey: string
  readonly identity: string
  readonly name: string
  readonly metadata: string
  readonly room: string
  readonly canPublish: boolean
  readonly canSubscribe: boolean
  readonly canPublishData: boolean
}

export const TokenErrorReason = Schema.Literals([
  "Missing",
  "Malformed",
  "UnknownKey",
  "BadSignature",
  "Expired",
  "NotYetValid",
  "NoRoomJoin",
  "WrongRoom",
  "NoIdentity"
])
export type TokenErrorReason = typeof TokenErrorReason.Type

export class TokenError extends Schema.TaggedError<TokenError>()("TokenError", {
  reason: TokenErrorReason,
  message: Schema.String,
  /** What the JWT library threw, for a token it could not decode or verify. */
  cause: Schema.optional(Schema.Defect())
}) {}

const fail = (reason: TokenErrorReason, message: string) => Effect.fail(new TokenError({ reason, message }))

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

const flag = (grant: Record<string, unknown>, key: string): boolean => grant[key] === undefined || grant[key] === true

/**
 * Verifies a token against the known keys. With `room`, the token must grant exactly that room.
 */
export const verify = Effect.fn("Token.verify")(function*(
  keys: Keys,
  token: string | undefined,
  options?: { readonly room?: string | undefined }
) {
  if (token === undefined || token.length === 0) return yield* fail("Missing", "no access token")
  const unverified = yield* Effect.try({
    try: () => Jose.decodeJwt(token),
    catch: (cause) => new TokenError({ reason: "Malformed", message: "malformed access token", cause })
  })
  const apiKey = typeof unverified.iss === "string" ? unverified.iss : ""
  const secret = keys.get(apiKey)
  if (secret === undefined) return yield* fail("UnknownKey", `unknown API key ${JSON.stringify(apiKey)}`)
  const { payload } = yield* Effect.tryPromise({
    try: () => Jose.jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ["HS256"], issuer: apiKey }),
    catch: (cause) => {
      if (cause instanceof Jose.errors.JWTExpired) {
        return new TokenError({ reason: "Expired", message: "access token expired", cause })
      }
      if (cause instanceof Jose.errors.JWTClaimValidationFailed && cause.claim === "nbf") {
        return new TokenError({ reason: "NotYetValid", message: "access token not yet valid", cause })
      }
      if (cause instanceof Jose.errors.JWSSignatureVerificationFailed) {
        return new TokenError({ reason: "BadSignature", message: "invalid access token signature", cause })
      }
      return new TokenError({ reason: "Malformed", message: `invalid access token: ${String(cause)}`, cause })
    }
  })
  const identity = typeof payload.sub === "string" ? payload.sub : ""
  if (identity.length === 0) return yield* fail("NoIdentity", "access token has no identity (sub)")
  const video = isObject(payload["video"]) ? payload["video"] : {}
  if (video["roomJoin"] !== true) return yield* fail("NoRoomJoin", "access token does not grant roomJoin")
  const room = typeof video["room"] === "string" ? video["room"] : ""
  if (room.length === 0) return yield* fail("NoRoomJoin", "access token grants no room")
  if (options?.room !== undefined && options.room !== room) {
    return yield* fail(
      "WrongRoom",
      `access token is for room ${JSON.stringify(room)}, not ${JSON.stringify(options.room)}`
    )
  }
  const claims: Claims = {
    apiKey,
    identity,
    name: typeof payload["name"] === "string" ? payload["name"] : "",
    metadata: typeof payload["metadata"] === "string" ? payload["metadata"] : "",
    room,
    canPublish: flag(video, "canPublish"),
    canSubscribe: flag(video, "canSubscribe"),
    canPublishData: flag(video, "canPublishData")
  }
  return claims
})

export interface MintOptions {
  readonly room: string
  readonly name?: string
  readonly canPublish?: boolean
  readonly canSubscribe?: boolean
  readonly canPublishData?: boolean
  /** Seconds until expiry (default 6 h). */
  readonly ttlSeconds?: number
  /** Seconds from now before which the token is not valid (default: valid now). */
  readonly notBeforeSeconds?: number
}

/** Mints a token (for tests, tools and the CLI): the SDK's `AccessToken.mint`, with the server's argument order. */
export const mint = (
  apiKey: string,
  apiSecret: string,
  identity: string,
  options: MintOptions
): Effect.Effect<string> =>
  // HS256 over a string secret cannot fail but for a bug: a defect, not an error for callers to handle.
  Effect.orDie(AccessToken.mint({ apiKey, apiSecret, identity, ...options }))
