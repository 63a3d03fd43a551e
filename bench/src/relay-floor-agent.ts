/**
 * The relay process of `bench:relay-floor`: one UDP socket on loopback that forwards every datagram of the
 * publisher to the subscriber, doing only the per-packet work a given variant names (see relay-floor.ts). Kept
 * in its own process so that its CPU is read alone.
 */
import { createSocket } from "node:dgram"
import { makeRecords, type RelayVariant } from "./RelayRecords.ts"

const variant = (process.argv[2] ?? "udp") as RelayVariant
const records = makeRecords(variant)
const socket = createSocket("udp4")
let subscriberPort = 0
let fromPublisher = 0

socket.on("message", (datagram, from) => {
  const plain = records.open(datagram)
  if (from.port === subscriberPort) return // an acknowledgement
  fromPublisher++
  if (records.acks && fromPublisher % 2 === 0) socket.send(records.seal(records.ack), from.port, from.address)
  socket.send(records.seal(plain), subscriberPort, "127.0.0.1")
})

process.on("message", (message: { readonly subscriberPort?: number; readonly exit?: boolean }) => {
  if (message.subscriberPort !== undefined) subscriberPort = message.subscriberPort
  if (message.exit === true) socket.close(() => process.exit(0))
})

socket.bind(0, "127.0.0.1", () => process.send?.({ port: socket.address().port }))
