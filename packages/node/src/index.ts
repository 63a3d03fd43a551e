/**
 * LiveKit data tracks on Node through the LiveKit FFI (`@livekit/rtc-ffi-bindings`): the FFI client, its codec, and
 * the `Room` service over it.
 *
 * @since 0.1.0
 */

/**
 * Conversions between the core's domain values and the FFI's, and from FFI error codes to the core's typed errors.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as DataTrackMapping from "./DataTrackMapping.ts"
/**
 * The LiveKit FFI as an Effect service.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * from "./FfiClient.ts"
/**
 * The codec of the LiveKit FFI protocol subset this SDK uses.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as FfiCodec from "./FfiCodec.ts"
/**
 * Joining a room through the FFI, as a scoped resource.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as FfiRoomConnection from "./FfiRoomConnection.ts"
/**
 * The `Room` service over the LiveKit FFI.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as LiveKitRoom from "./LiveKitRoom.ts"
/**
 * Data-track transport progress, read from the session's WebRTC statistics.
 *
 * @since 0.1.0
 * @category re-exports
 */
export * as SessionStats from "./SessionStats.ts"
