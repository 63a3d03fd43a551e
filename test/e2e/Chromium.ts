/**
 * Headless Chromium for the browser tests: Debian's `chromium` (installed by `test/ensure-chromium.ts`, never a
 * downloaded build) driven by playwright-core. The flags keep it off the network except for what the page does:
 * without the background-networking ones Chromium keeps trying hosts this machine cannot reach.
 */
import { Data, Effect, type Scope } from "effect"
import { type Browser, chromium, type Page } from "playwright-core"

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"

const ARGS = [
  "--no-sandbox", // the suite runs as root, where Chromium's sandbox refuses to start
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // livekit-client opens an AudioContext on connect; without a click first, Chromium warns that it may not start.
  "--autoplay-policy=no-user-gesture-required"
]

export class BrowserFailed extends Data.TaggedError("BrowserFailed")<{ readonly message: string }> {}

const failed = (what: string) => (cause: unknown) =>
  new BrowserFailed({ message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}` })

/** A browser for the scope. */
export const launch: Effect.Effect<Browser, BrowserFailed, Scope.Scope> = Effect.acquireRelease(
  Effect.tryPromise({
    try: () => chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS }),
    catch: failed(`cannot start ${CHROMIUM_PATH}`)
  }),
  (browser) => Effect.promise(() => browser.close())
)

/** A page at `url` for the scope; its console errors and uncaught exceptions go to `log`. */
export const open = (browser: Browser, url: string, log: Array<string> = []) =>
  Effect.acquireRelease(
    Effect.tryPromise({
      try: async (): Promise<Page> => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
        page.on("console", (message) => {
          if (message.type() === "error" || message.type() === "warning") {
            log.push(`${message.type()}: ${message.text()}`)
          }
        })
        page.on("pageerror", (error) => log.push(`pageerror: ${error.message}`))
        await page.goto(url)
        return page
      },
      catch: failed(`cannot open ${url}`)
    }),
    (page) => Effect.promise(() => page.close())
  )

/** Runs `f` in the page (Playwright's `evaluate`), as an Effect. */
export const evaluate = <A, Arg>(page: Page, f: (arg: Arg) => A | Promise<A>, arg: Arg) =>
  Effect.tryPromise({
    try: () => page.evaluate(f as (arg: unknown) => A | Promise<A>, arg as unknown),
    catch: failed("page.evaluate")
  })
