/**
 * Smoke runs of the benchmarks (seconds each), so they never rot: each must exit 0 and write sane results. The full
 * runs (`pnpm bench:*`) stay out of the test suite. Run inside the private network namespace, as the root test script
 * does (`isolate.ts -- vitest run`). Two files (delivery, cost) run side by side, two benchmarks at a time.
 */
import { expect } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

/** A results directory of its own for one test file. */
export const makeOut = (): string => mkdtempSync(join(tmpdir(), "effect-livekit-bench-"))

/** Runs `bench/src/<script> --smoke --out <out>`; fails with its output unless it exits 0. */
export const runSmoke = (script: string, out: string): string => {
  const path = fileURLToPath(new URL(`../src/${script}`, import.meta.url))
  const result = spawnSync(process.execPath, [path, "--smoke", "--out", out], {
    encoding: "utf8",
    timeout: 150_000,
    maxBuffer: 16 * 2 ** 20
  })
  const output = `${result.stdout}\n${result.stderr}`
  // the output is in the failure message
  expect({ status: result.status, output }).toMatchObject({ status: 0 })
  return output
}

export const readJson = (out: string, name: string) =>
  JSON.parse(readFileSync(join(out, name), "utf8")) as Record<string, unknown>

export const expectFiles = (out: string, ...names: ReadonlyArray<string>) =>
  expect(names.filter((name) => !existsSync(join(out, name)))).toEqual([])

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
