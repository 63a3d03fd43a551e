/**
 * LiveKit access tokens: HS256 JWTs signed with an API secret, `iss` = API key, `sub` = identity,
 * grants in the `video` claim. Any LiveKit server (Cloud, self-hosted, the dev server) accepts them.
 *
 * @since 0.1.0
 */
import { Effect, Redacted, Schema } from "effect"
import * as Jose from "jose"

/**
 * What `mint` needs: the API key and secret, who joins which room, and the token's grants and lifetime.
 *
 * @since 0.1.0
 * @category models
 */
export interface TokenOptions {
  readonly apiKey: string
  readonly apiSecret: string | Redacted.Redacted<string>
  readonly identity: string
  readonly room: string
  readonly name?: string | undefined
  /** Unset grants mean allowed, as on LiveKit servers. */
  readonly canPublish?: boolean | undefined
  readonly canPublishData?: boolean | undefined
  readonly canSubscribe?: boolean | undefined
  /** Lifetime; 6 hours by default. */
  readonly ttlSeconds?: number | undefined
  /** Delay before the token becomes valid (for tests of not-yet-valid tokens). */
  readonly notBeforeSeconds?: number | undefined
}

/**
 * `mint` could not sign the token; `message` gives the cause.
 *
 * @since 0.1.0
 * @category errors
 */
export class TokenSigningFailed extends Schema.TaggedError<TokenSigningFailed>()("TokenSigningFailed", {
  message: Schema.String
}) {}

const grant = (key: string, value: boolean | undefined) => (value === undefined ? {} : { [key]: value })

/**
 * Mints a token granting `identity` to join `room`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const mint = Effect.fn("AccessToken.mint")(function*(options: TokenOptions) {
  const now = Math.floor(Date.now() / 1000)
  const secret = Redacted.isRedacted(options.apiSecret) ? Redacted.value(options.apiSecret) : options.apiSecret
  const video = {
    roomJoin: true,
    room: options.room,
    ...grant("canPublish", options.canPublish),
    ...grant("canPublishData", options.canPublishData),
    ...grant("canSubscribe", options.canSubscribe)
  }
  return yield* Effect.tryPromise({
    try: () =>
      new Jose.SignJWT({ video, ...(options.name === undefined ? {} : { name: options.name }) })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setIssuer(options.apiKey)
        .setSubject(options.identity)
        .setNotBefore(now + (options.notBeforeSeconds ?? 0))
        .setExpirationTime(now + (options.ttlSeconds ?? 6 * 3600))
        .setJti(`${options.identity}-${now}-${Math.random().toString(36).slice(2, 8)}`)
        .sign(new TextEncoder().encode(secret)),
    catch: (cause) => new TokenSigningFailed({ message: `could not sign the token: ${String(cause)}` })
  })
})
