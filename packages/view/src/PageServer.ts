/**
 * Serves one page over HTTP until its scope closes: `/` is the HTML, `/app.js` the bundled script, `/config.json`
 * what the page needs to join a room (computed per request: each page load gets its own token and identity).
 * Anything else is a 404.
 */
import { Effect, Schema, type Scope } from "effect"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"

export class PageServerError extends Schema.TaggedError<PageServerError>()("PageServerError", {
  message: Schema.String
}) {}

export interface PageOptions<E, R> {
  readonly title: string
  /** The bundled script (see `PageBundle.bundle`). */
  readonly script: string
  /** Extra CSS of the page. */
  readonly style?: string
  /** The body of `/config.json`, computed for each request. */
  readonly config: Effect.Effect<unknown, E, R>
  readonly port?: number
  readonly host?: string
}

export interface PageServerShape {
  /** `http://host:port/`. */
  readonly url: string
  readonly port: number
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c] ?? c)

const html = (title: string, style: string) =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<div id="app"></div>
<script type="module" src="/app.js"></script>
</body>
</html>
`

const send = (res: Http.ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" })
  res.end(body)
}

/** Serves the page on `host:port` (default 127.0.0.1, an ephemeral port) until the scope closes. */
export const serve = <E, R>(
  options: PageOptions<E, R>
): Effect.Effect<PageServerShape, PageServerError, Scope.Scope | R> =>
  Effect.gen(function*() {
    const context = yield* Effect.context<R>()
    const runConfig = Effect.runPromiseExitWith(context)
    const page = html(options.title, options.style ?? "")
    const server = Http.createServer((req, res) => {
      const path = new URL(req.url ?? "/", "http://page").pathname
      if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "method not allowed\n")
      switch (path) {
        case "/":
        case "/index.html":
          return send(res, 200, "text/html; charset=utf-8", page)
        case "/app.js":
          return send(res, 200, "text/javascript; charset=utf-8", options.script)
        case "/config.json":
          return void runConfig(options.config).then((exit) =>
            exit._tag === "Success"
              ? send(res, 200, "application/json", JSON.stringify(exit.value))
              : send(res, 500, "text/plain", "cannot make the page's configuration\n")
          )
        case "/favicon.ico":
          res.writeHead(204).end()
          return
        default:
          return send(res, 404, "text/plain", "not found\n")
      }
    })
    server.on("clientError", (_err, socket) => socket.destroy())
    const host = options.host ?? "127.0.0.1"
    const address = yield* Effect.acquireRelease(
      Effect.callback<AddressInfo, PageServerError>((resume) => {
        const onError = (cause: Error) =>
          resume(
            Effect.fail(
              new PageServerError({ message: `cannot listen on ${host}:${options.port ?? 0}: ${cause.message}` })
            )
          )
        server.once("error", onError)
        server.listen(options.port ?? 0, host, () => {
          server.off("error", onError)
          resume(Effect.succeed(server.address() as AddressInfo))
        })
      }),
      () =>
        Effect.callback<void>((resume) => {
          server.close(() => resume(Effect.void))
          server.closeAllConnections()
        })
    )
    const shown = address.family === "IPv6" ? `[${address.address}]` : address.address
    return { url: `http://${shown}:${address.port}/`, port: address.port }
  })
