/**
 * The per-datagram work of each `bench:relay-floor` variant, shared by the relay and the two peers.
 *
 * - `udp`: nothing: the datagram is forwarded as it came.
 * - `udp+acks`: SCTP's acknowledgement pattern on top (a SACK at least every second DATA packet, RFC 4960 6.2):
 *   the relay acknowledges every second packet of the publisher, the subscriber every second packet it receives.
 * - `udp+acks+aes-gcm`: every datagram also sealed and opened as a DTLS 1.2 AES-128-GCM record (13-byte header,
 *   8-byte explicit nonce, 16-byte tag), the key cached as a `KeyObject`.
 *
 * What a real WebRTC stack adds beyond the last variant (SCTP parsing and CRC32c, reassembly, timers) only costs
 * more: the figures are floors.
 */
import { createCipheriv, createDecipheriv, createSecretKey } from "node:crypto"

export const RELAY_VARIANTS = ["udp", "udp+acks", "udp+acks+aes-gcm"] as const
export type RelayVariant = (typeof RELAY_VARIANTS)[number]

export interface Records {
  readonly acks: boolean
  /** A 28-byte SCTP SACK with no gap blocks. */
  readonly ack: Buffer
  readonly seal: (plain: Buffer) => Buffer
  readonly open: (datagram: Buffer) => Buffer
}

const HEADER = 13
const EXPLICIT_NONCE = 8
const TAG = 16

/** DTLS 1.2 AES-GCM records with a fixed key (both ends share it: nothing here is secret). */
const gcmRecords = () => {
  const key = createSecretKey(Buffer.alloc(16, 7))
  const nonce = Buffer.alloc(12, 1)
  let sequence = 0n
  const seal = (plain: Buffer): Buffer => {
    sequence++
    const record = Buffer.allocUnsafe(HEADER + EXPLICIT_NONCE + plain.length + TAG)
    record[0] = 23 // application data
    record.writeUInt16BE(0xfefd, 1) // DTLS 1.2
    record.writeBigUInt64BE(sequence | (1n << 48n), 3) // epoch 1, sequence
    record.writeUInt16BE(plain.length, 11) // the AAD's length is the plaintext's
    record.copy(nonce, 4, 3, 11)
    nonce.copy(record, HEADER, 4)
    const cipher = createCipheriv("aes-128-gcm", key, nonce)
    cipher.setAAD(record.subarray(0, HEADER))
    cipher.update(plain).copy(record, HEADER + EXPLICIT_NONCE)
    cipher.final()
    cipher.getAuthTag().copy(record, record.length - TAG)
    record.writeUInt16BE(record.length - HEADER, 11)
    return record
  }
  const open = (record: Buffer): Buffer => {
    const aad = Buffer.from(record.subarray(0, HEADER))
    aad.writeUInt16BE(record.length - HEADER - EXPLICIT_NONCE - TAG, 11)
    record.copy(nonce, 4, HEADER, HEADER + EXPLICIT_NONCE)
    const decipher = createDecipheriv("aes-128-gcm", key, nonce)
    decipher.setAAD(aad)
    decipher.setAuthTag(record.subarray(record.length - TAG))
    const plain = decipher.update(record.subarray(HEADER + EXPLICIT_NONCE, record.length - TAG))
    decipher.final()
    return plain
  }
  return { seal, open }
}

const same = (datagram: Buffer): Buffer => datagram

export const makeRecords = (variant: RelayVariant): Records => {
  const gcm = variant === "udp+acks+aes-gcm" ? gcmRecords() : undefined
  return {
    acks: variant !== "udp",
    ack: Buffer.alloc(28),
    seal: gcm?.seal ?? same,
    open: gcm?.open ?? same
  }
}
