/** Polling for end-to-end tests that watch other processes: real time, bounded, with the last value seen. */
import { Effect } from "effect"

export interface PollOptions {
  readonly timeoutMs?: number
  readonly intervalMs?: number
}

/** Reads until `ok` holds or the time is up; the last value read either way (the caller asserts on it). */
export const settle = <A, E, R>(
  read: Effect.Effect<A, E, R>,
  ok: (value: A) => boolean,
  { intervalMs = 50, timeoutMs = 20_000 }: PollOptions = {}
): Effect.Effect<A, E, R> =>
  Effect.gen(function*() {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = yield* read
      if (ok(value) || Date.now() > deadline) return value
      yield* Effect.sleep(intervalMs)
    }
  })

/** Reads until `ok` holds; dies naming `what` and the last value when the time is up. */
export const until = <A, E, R>(
  read: Effect.Effect<A, E, R>,
  ok: (value: A) => boolean,
  what: string,
  options?: PollOptions
): Effect.Effect<A, E, R> =>
  Effect.flatMap(
    settle(read, ok, options),
    (value) => ok(value) ? Effect.succeed(value) : Effect.die(new Error(`${what}: last seen ${JSON.stringify(value)}`))
  )
