/**
 * The rooms of the dev server: created on first join, dropped when the last participant leaves.
 */
import { Context, Effect, Layer } from "effect"
import { type ForwardStats, makeStats } from "./Forwarder.ts"
import { makeRoom, type RoomState } from "./RoomState.ts"

export interface RoomsShape {
  /** The room called `name`, created if needed. */
  readonly get: (name: string) => RoomState
  /** Drops `room` if it is empty. */
  readonly release: (room: RoomState) => void
  /** A snapshot of the current rooms. */
  readonly list: () => ReadonlyArray<RoomState>
  /** Packet forwarding counters, server-wide. */
  readonly stats: ForwardStats
}

export class Rooms extends Context.Service<Rooms, RoomsShape>()("@effect-livekit/dev-server/Rooms") {
  static readonly make = Effect.sync((): RoomsShape => {
    const rooms = new Map<string, RoomState>()
    return {
      get: (name) => {
        const existing = rooms.get(name)
        if (existing !== undefined) return existing
        const room = makeRoom(name)
        rooms.set(name, room)
        return room
      },
      release: (room) => {
        if (room.participants.size === 0 && rooms.get(room.name) === room) rooms.delete(room.name)
      },
      list: () => Array.from(rooms.values()),
      stats: makeStats()
    }
  })

  static readonly layer = Layer.effect(Rooms, Rooms.make)
}
