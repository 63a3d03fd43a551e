/** What every benchmark entry point shares: flags, the output directory, isolation and the runner. */
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { NodeRuntime } from "@effect/platform-node"
import { Effect } from "effect"
import { mkdirSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"

export interface BenchFlags {
  /** Tiny run (seconds) for the test suite. */
  readonly smoke: boolean
  /** Where results go (default bench/results). */
  readonly out: string
  /** Extra node flags for the agents. */
  readonly agentArgs: ReadonlyArray<string>
  /** Profile the agents with `node --cpu-prof` (profiles under <out>/profiles). */
  readonly profile: boolean
  /** Sweep only: frame sizes and rates to run instead of the full grid (comma-separated). */
  readonly sizes: ReadonlyArray<number> | undefined
  readonly rates: ReadonlyArray<number> | undefined
  /** Sweep only: frames pushed back to back per wake-up (default 1). */
  readonly burst: number
}

const numbers = (text: string | undefined): ReadonlyArray<number> | undefined =>
  text === undefined ? undefined : text.split(",").map(Number).filter((n) => Number.isFinite(n) && n > 0)

export const defaultResultsDir = fileURLToPath(new URL("../results", import.meta.url))

export const parseFlags = (): BenchFlags => {
  const { values } = parseArgs({
    options: {
      smoke: { type: "boolean", default: false },
      out: { type: "string" },
      "agent-arg": { type: "string", multiple: true },
      profile: { type: "boolean", default: false },
      sizes: { type: "string" },
      rates: { type: "string" },
      burst: { type: "string" }
    },
    allowPositionals: true
  })
  const out = resolve(values.out ?? defaultResultsDir)
  mkdirSync(out, { recursive: true })
  return {
    smoke: values.smoke,
    out,
    agentArgs: values["agent-arg"] ?? [],
    profile: values.profile,
    sizes: numbers(values.sizes),
    rates: numbers(values.rates),
    burst: Math.max(1, Math.floor(Number(values.burst ?? "1")) || 1)
  }
}

export const writeResult = (dir: string, name: string, content: string | Uint8Array): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

export const log = (line: string): Effect.Effect<void> => Effect.sync(() => process.stdout.write(`${line}\n`))

/**
 * Runs a benchmark: on Linux as root it first re-runs itself in a private network namespace (WebRTC traffic never
 * touches a real interface), then runs `program` there.
 */
export const runBench = <E>(program: Effect.Effect<void, E>): void => {
  Effect.runPromise(Isolation.reexecIsolated()).then(
    () =>
      NodeRuntime.runMain(
        Effect.gen(function*() {
          yield* Isolation.requireIsolation()
          yield* program
        })
      ),
    (error: unknown) => {
      process.stderr.write(`cannot isolate the benchmark: ${String(error)}\n`)
      process.exit(125)
    }
  )
}

export const sleep = (ms: number) => Effect.sleep(ms)
