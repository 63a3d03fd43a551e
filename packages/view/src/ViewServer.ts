/**
 * The live view of a room: bundles the page (`page/main.ts`, with LiveKit's browser SDK) once, then serves it with a
 * fresh token per page load until the scope closes. The page joins the room itself, from the browser.
 */
import { Effect, Schema, type Scope } from "effect"
import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"
import * as PageBundle from "./PageBundle.ts"
import * as PageServer from "./PageServer.ts"

const PAGE_ENTRY = fileURLToPath(new URL("../page/main.ts", import.meta.url))
const PAGE_STYLE = new URL("../page/view.css", import.meta.url)

/** What one page load joins with. */
export interface PageToken {
  readonly token: string
  readonly identity: string
}

export interface ViewOptions<E, R> {
  /** The LiveKit server URL, as the browser reaches it. */
  readonly url: string
  readonly room: string
  /** A token per page load (each tab needs an identity of its own: a duplicate identity kicks the first). */
  readonly token: Effect.Effect<PageToken, E, R>
  readonly port?: number
  readonly host?: string
}

export class ViewPageError extends Schema.TaggedError<ViewPageError>()("ViewPageError", {
  message: Schema.String
}) {}

/** Serves the view page until the scope closes. */
export const serve = <E, R>(
  options: ViewOptions<E, R>
): Effect.Effect<
  PageServer.PageServerShape,
  PageBundle.BundleError | PageServer.PageServerError | ViewPageError,
  Scope.Scope | R
> =>
  Effect.gen(function*() {
    const script = yield* PageBundle.bundle(PAGE_ENTRY)
    const style = yield* Effect.tryPromise({
      try: () => readFile(PAGE_STYLE, "utf8"),
      catch: (cause) => new ViewPageError({ message: `cannot read the page's style: ${String(cause)}` })
    })
    return yield* PageServer.serve({
      title: `effect-livekit view: ${options.room}`,
      script,
      style,
      config: Effect.map(
        options.token,
        ({ identity, token }) => ({ url: options.url, token, room: options.room, identity })
      ),
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.host === undefined ? {} : { host: options.host })
    })
  })
