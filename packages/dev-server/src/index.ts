export * as DataTrackPacket from "./DataTrackPacket.ts"
export {
  DevServer,
  type DevServerOptions,
  type DevServerShape,
  type DevServerStats,
  type TokenGrants
} from "./DevServer.ts"
export * as Forwarder from "./Forwarder.ts"
export * as RoomState from "./RoomState.ts"
export * as SignalCodec from "./SignalCodec.ts"
export * as Signalling from "./Signalling.ts"
export * as Token from "./Token.ts"

export const version = "0.1.0"
