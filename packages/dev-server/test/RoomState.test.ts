/**
 * Subscriber handle maps: one map for the changes of one turn of the event loop, and no packet for a handle before
 * the map that names it went out.
 */
import { describe, expect, it } from "@effect/vitest"
import * as DataTrackPacket from "../src/DataTrackPacket.ts"
import * as Forwarder from "../src/Forwarder.ts"
import * as RoomState from "../src/RoomState.ts"
import type { SignalResponse } from "../src/SignalCodec.ts"

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** Everything a participant was sent, signalling and packets, in order. */
const participant = (room: RoomState.RoomState, identity: string) => {
  const log: Array<{ readonly handles: ReadonlyArray<number> } | { readonly packet: number }> = []
  const p = RoomState.join(room, {
    identity,
    name: identity,
    metadata: "",
    attributes: {},
    permissions: { canPublish: true, canSubscribe: true, canPublishData: true },
    clientProtocol: 1,
    send: (message: SignalResponse) => {
      if ("dataTrackSubscriberHandles" in message) {
        log.push({ handles: Object.keys(message.dataTrackSubscriberHandles.subHandles).map(Number) })
      }
    },
    disconnect: () => {},
    dropSignalling: () => {}
  })
  p.sendDataTrack = (bytes) => {
    log.push({ packet: DataTrackPacket.trackHandle(bytes) ?? 0 })
    return true
  }
  return { p, log }
}

const packet = (pubHandle: number) =>
  DataTrackPacket.serialize({
    header: {
      start: true,
      final: true,
      trackHandle: pubHandle,
      sequence: 0,
      frameNumber: 0,
      timestamp: 0,
      extensions: {}
    },
    payload: new Uint8Array([1, 2, 3])
  })

describe("subscriber handle maps", () => {
  it("8 subscriptions in one turn get one map, and packets only after it", async () => {
    const room = RoomState.makeRoom("lab")
    const robot = participant(room, "robot")
    const human = participant(room, "human")
    for (let i = 1; i <= 8; i++) {
      RoomState.publishDataTrack(room, robot.p, { pubHandle: i, name: `sensor-${i}`, encryption: 0 })
    }
    const sids = Array.from(room.tracksBySid.values(), (track) => track.info.sid)
    for (const sid of sids) RoomState.updateDataSubscription(human.p, room, [{ trackSid: sid, subscribe: true }])
    const stats = Forwarder.makeStats()
    // a packet forwarded before the map went out reaches nobody
    Forwarder.forward(robot.p, packet(1), stats)
    expect(human.log).toEqual([])
    await nextTurn()
    expect(human.log).toEqual([{ handles: [1, 2, 3, 4, 5, 6, 7, 8] }])
    Forwarder.forward(robot.p, packet(3), stats)
    expect(human.log.at(-1)).toEqual({ packet: 3 })
  })

  it("an unpublication and an unsubscription in one turn stop forwarding at once and send one map", async () => {
    const room = RoomState.makeRoom("lab")
    const robot = participant(room, "robot")
    const human = participant(room, "human")
    RoomState.publishDataTrack(room, robot.p, { pubHandle: 1, name: "a", encryption: 0 })
    RoomState.publishDataTrack(room, robot.p, { pubHandle: 2, name: "b", encryption: 0 })
    const [a, b] = Array.from(room.tracksBySid.values(), (track) => track.info.sid)
    RoomState.updateDataSubscription(human.p, room, [{ trackSid: a!, subscribe: true }, {
      trackSid: b!,
      subscribe: true
    }])
    await nextTurn()
    human.log.length = 0
    RoomState.unpublishDataTrack(room, robot.p, 1)
    RoomState.updateDataSubscription(human.p, room, [{ trackSid: b!, subscribe: false }])
    const stats = Forwarder.makeStats()
    Forwarder.forward(robot.p, packet(2), stats)
    expect(stats.forwarded).toBe(0)
    await nextTurn()
    expect(human.log).toEqual([{ handles: [] }])
  })

  it("a subscriber that leaves before its map goes out is sent nothing", async () => {
    const room = RoomState.makeRoom("lab")
    const robot = participant(room, "robot")
    const human = participant(room, "human")
    RoomState.publishDataTrack(room, robot.p, { pubHandle: 1, name: "a", encryption: 0 })
    const [sid] = Array.from(room.tracksBySid.values(), (track) => track.info.sid)
    RoomState.updateDataSubscription(human.p, room, [{ trackSid: sid!, subscribe: true }])
    RoomState.leave(room, human.p)
    await nextTurn()
    expect(human.log).toEqual([])
    expect(room.tracksBySid.get(sid!)?.pending.size).toBe(0)
  })
})
