import { roomContract } from "../contract/RoomContract.ts"
import { LiveKitHarness } from "./LiveKitHarness.ts"

// The same behavioural contract as the in-memory room, through the real Rust core.
roomContract(LiveKitHarness, 60_000)
