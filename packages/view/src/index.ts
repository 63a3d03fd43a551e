export * as PageBundle from "./PageBundle.ts"
export * as PageServer from "./PageServer.ts"
export * as ViewServer from "./ViewServer.ts"
