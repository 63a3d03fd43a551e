/** Summarises V8 `.cpuprofile` files (from `node --cpu-prof`): self time by function and by package. */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

interface ProfileNode {
  readonly id: number
  readonly children?: ReadonlyArray<number>
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  readonly hitCount?: number
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

export interface ProfileEntry {
  readonly name: string
  readonly selfMs: number
  readonly share: number
}

export interface ProfileSummary {
  readonly file: string
  readonly totalMs: number
  /** Inclusive time of the SDK's per-frame steps (a sample counts once per step, wherever it is on the stack). */
  readonly steps: ReadonlyArray<ProfileEntry>
  readonly byFunction: ReadonlyArray<ProfileEntry>
  readonly byPackage: ReadonlyArray<ProfileEntry>
}

/** Where a script lives: an npm package, one of ours, or a V8/Node bucket. */
const packageOf = (url: string, functionName: string): string => {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)"
  const npm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (npm !== null) return npm[1]!
  const ours = /\/(packages\/[^/]+|bench)\/src\//.exec(url)
  if (ours !== null) return ours[1]!
  if (url.startsWith("node:")) return "node:internal"
  return url
}

/** The SDK's per-frame steps, by the functions that implement them (matched against "name url"). */
const STEPS: ReadonlyArray<readonly [string, RegExp]> = [
  ["Rust log events decoded, then dropped by level (LogBatch)", /LogBatch\.LogBatch\.(decode|toObject) /],
  ["event decoding (FfiCodec.decodeEvent)", /^decodeEvent .*packages\/node/],
  ["request encoding (FfiCodec.encodeRequest)", /^encodeRequest .*packages\/node/],
  ["response decoding (FfiCodec.decodeResponse)", /^decodeResponse .*packages\/node/],
  ["DataTrackFrame construction (Schema class)", /^DataTrackFrame .*packages\/core/],
  ["typed error construction (Schema.TaggedError)", /packages\/core\/src\/DataTrackError\.ts/],
  ["metrics (DataTrackMetrics)", /packages\/core\/src\/DataTrackMetrics\.ts/],
  ["garbage collector", /^\(garbage collector\)/]
]

const shortUrl = (url: string): string =>
  url.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "").replace(/^file:\/\/\/work\/main\//, "")

export const summarise = (path: string, top = 25): ProfileSummary => {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const fn = new Map<string, number>()
  const pkg = new Map<string, number>()
  let total = 0
  for (const [id, us] of selfUs) {
    const node = byId.get(id)
    if (node === undefined) continue
    const { functionName, url, lineNumber } = node.callFrame
    if (functionName === "(idle)") continue
    total += us
    const key = `${functionName || "(anonymous)"} ${url === "" ? "" : `${shortUrl(url)}:${lineNumber + 1}`}`.trim()
    fn.set(key, (fn.get(key) ?? 0) + us)
    const p = packageOf(url, functionName)
    pkg.set(p, (pkg.get(p) ?? 0) + us)
  }
  // inclusive time per step: walk each sample's stack once
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const stepUs = new Map<string, number>()
  profile.samples.forEach((leaf, i) => {
    if (byId.get(leaf)?.callFrame.functionName === "(idle)") return
    const hit = new Set<string>()
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame
      if (frame === undefined) break
      const key = `${frame.functionName || "(anonymous)"} ${frame.url}`
      for (const [label, pattern] of STEPS) if (pattern.test(key)) hit.add(label)
    }
    for (const label of hit) stepUs.set(label, (stepUs.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  const entries = (map: Map<string, number>) =>
    [...map.entries()]
      .toSorted((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: total === 0 ? 0 : us / total }))
  return {
    file: path,
    totalMs: total / 1000,
    steps: STEPS.map(([label]) => label).filter((label) => stepUs.has(label)).map((label) => {
      const us = stepUs.get(label) ?? 0
      return { name: label, selfMs: us / 1000, share: total === 0 ? 0 : us / total }
    }),
    byFunction: entries(fn),
    byPackage: entries(pkg)
  }
}

export const profilesIn = (dir: string): ReadonlyArray<string> => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(dir, f))
  } catch {
    return []
  }
}
