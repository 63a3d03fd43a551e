/**
 * LZ4 frame decompression (what ROS 1 bags call `lz4` chunks: the LZ4 frame format, as written by roslz4 and
 * librealsense). Linked and independent blocks, uncompressed blocks, optional content size and checksums
 * (checksums are skipped, not verified: a chunk's record structure is checked by the bag reader).
 */

const MAGIC = 0x184d2204
const SKIPPABLE_MASK = 0xfffffff0
const SKIPPABLE = 0x184d2a50

export class Lz4Error extends Error {
  override readonly name = "Lz4Error"
}

/** Decompresses one or more concatenated LZ4 frames; `sizeHint` (the expected output size) avoids regrowth. */
export const decompressFrame = (input: Uint8Array, sizeHint = input.byteLength * 4): Uint8Array => {
  const data = new DataView(input.buffer, input.byteOffset, input.byteLength)
  let out = new Uint8Array(Math.max(sizeHint, 64))
  let written = 0
  const ensure = (extra: number) => {
    if (written + extra <= out.length) return
    const bigger = new Uint8Array(Math.max(out.length * 2, written + extra))
    bigger.set(out.subarray(0, written))
    out = bigger
  }
  let p = 0
  while (p < input.byteLength) {
    if (p + 4 > input.byteLength) throw new Lz4Error("truncated frame magic")
    const magic = data.getUint32(p, true)
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE) {
      p += 8 + data.getUint32(p + 4, true)
      continue
    }
    if (magic !== MAGIC) throw new Lz4Error(`bad LZ4 frame magic 0x${magic.toString(16)}`)
    const flg = input[p + 4]!
    if (flg >> 6 !== 1) throw new Lz4Error(`unsupported LZ4 frame version ${flg >> 6}`)
    const blockChecksum = (flg & 0x10) !== 0
    const contentSize = (flg & 0x08) !== 0
    const contentChecksum = (flg & 0x04) !== 0
    const dictId = (flg & 0x01) !== 0
    p += 6 + (contentSize ? 8 : 0) + (dictId ? 4 : 0) + 1 // magic, FLG, BD, options, header checksum
    for (;;) {
      if (p + 4 > input.byteLength) throw new Lz4Error("truncated block size")
      const word = data.getUint32(p, true)
      p += 4
      if (word === 0) break // end mark
      const size = word & 0x7fffffff
      if (p + size > input.byteLength) throw new Lz4Error("truncated block")
      if ((word & 0x80000000) !== 0) {
        ensure(size)
        out.set(input.subarray(p, p + size), written)
        written += size
      } else {
        written = decompressBlock(input, p, p + size, (extra) => {
          ensure(extra)
          return out
        }, written)
      }
      p += size + (blockChecksum ? 4 : 0)
    }
    if (contentChecksum) p += 4
  }
  return out.subarray(0, written)
}

/** Decodes one LZ4 block from `input[start, end)` into the output at `written`; returns the new length. */
const decompressBlock = (
  input: Uint8Array,
  start: number,
  end: number,
  reserve: (extra: number) => Uint8Array,
  written: number
): number => {
  let p = start
  let w = written
  while (p < end) {
    const token = input[p++]!
    let literals = token >> 4
    if (literals === 15) {
      let b: number
      do {
        b = input[p++]!
        literals += b
      } while (b === 255 && p < end)
    }
    if (p + literals > end) throw new Lz4Error("literals past the block end")
    let out = reserve(literals)
    out.set(input.subarray(p, p + literals), w)
    w += literals
    p += literals
    if (p >= end) break // the last sequence has literals only
    const offset = input[p]! | (input[p + 1]! << 8)
    p += 2
    if (offset === 0 || offset > w) throw new Lz4Error("match offset out of range")
    let length = (token & 15) + 4
    if ((token & 15) === 15) {
      let b: number
      do {
        b = input[p++]!
        length += b
      } while (b === 255 && p < end)
    }
    out = reserve(length)
    let from = w - offset
    if (offset >= length) {
      out.copyWithin(w, from, from + length)
      w += length
    } else {
      for (let i = 0; i < length; i++) out[w++] = out[from++]!
    }
  }
  return w
}
