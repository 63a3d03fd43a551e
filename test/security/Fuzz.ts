/** Deterministic mutation fuzzing: a seeded PRNG and byte-level mutators (bit flips, overwrites, inserts, deletes,
 * truncation, duplicated chunks, huge varints and lengths). */

/** mulberry32: small, fast, reproducible. */
export const prng = (seed: number) => {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number): number => Math.floor(next() * n)
  const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(256))
  return { next, int, bytes }
}

export type Rng = ReturnType<typeof prng>

const HUGE_VARINT = [0xff, 0xff, 0xff, 0xff, 0x0f]

/** One random mutation of `input` (never mutates it). */
export const mutate = (rng: Rng, input: Uint8Array): Uint8Array => {
  const out = Array.from(input)
  const at = () => rng.int(Math.max(1, out.length))
  switch (rng.int(9)) {
    case 0: // bit flip
      if (out.length > 0) out[at()]! ^= 1 << rng.int(8)
      break
    case 1: // overwrite a byte
      if (out.length > 0) out[at()] = rng.int(256)
      break
    case 2: // insert random bytes
      out.splice(at(), 0, ...rng.bytes(1 + rng.int(8)))
      break
    case 3: // delete a range
      out.splice(at(), 1 + rng.int(8))
      break
    case 4: // truncate
      out.length = rng.int(out.length + 1)
      break
    case 5: // duplicate a chunk
      {
        const start = at()
        out.splice(at(), 0, ...out.slice(start, start + 1 + rng.int(32)))
      }
      break
    case 6: // a huge varint (protobuf lengths, field numbers)
      out.splice(at(), 0, ...HUGE_VARINT)
      break
    case 7: // 0xff run (huge big-endian lengths)
      out.splice(at(), 2, 0xff, 0xff)
      break
    default: // zero run
      out.splice(at(), 2, 0, 0)
  }
  return Uint8Array.from(out)
}

/** `rounds` stacked mutations. */
export const mutateN = (rng: Rng, input: Uint8Array, rounds: number): Uint8Array => {
  let out = input
  for (let i = 0; i < rounds; i++) out = mutate(rng, out)
  return out
}
