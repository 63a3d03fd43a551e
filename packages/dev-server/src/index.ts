export { DevServer, type DevServerOptions, type DevServerShape, type TokenGrants } from "./DevServer.ts"
export * as Isolation from "./Isolation.ts"
export * as Token from "./Token.ts"

export const version = "0.1.0"
