import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { serve } from "../src/PageServer.ts"

const get = (url: string, init?: RequestInit) =>
  Effect.promise(async () => {
    const response = await fetch(url, init)
    return { status: response.status, type: response.headers.get("content-type"), body: await response.text() }
  })

describe("PageServer", () => {
  it.effect("serves the page, its script, a configuration made per request, and nothing else", () =>
    Effect.gen(function*() {
      let made = 0
      const server = yield* serve({
        title: "a <b> room",
        script: "console.log(1)",
        style: "body{}",
        config: Effect.sync(() => ({ load: ++made }))
      })
      const page = yield* get(server.url)
      expect(page.status).toBe(200)
      expect(page.body).toContain("<title>a &lt;b&gt; room</title>")
      expect(page.body).toContain("<script type=\"module\" src=\"/app.js\"></script>")
      expect(yield* get(`${server.url}app.js`)).toEqual({
        status: 200,
        type: "text/javascript; charset=utf-8",
        body: "console.log(1)"
      })
      expect(JSON.parse((yield* get(`${server.url}config.json`)).body)).toEqual({ load: 1 })
      expect(JSON.parse((yield* get(`${server.url}config.json`)).body)).toEqual({ load: 2 })
      expect((yield* get(`${server.url}favicon.ico`)).status).toBe(204)
      expect((yield* get(`${server.url}../../etc/passwd`)).status).toBe(404)
      expect((yield* get(server.url, { method: "POST", body: "x" })).status).toBe(405)
    }).pipe(Effect.scoped))

  it.effect("answers 500 when the configuration cannot be made, and keeps serving", () =>
    Effect.gen(function*() {
      const server = yield* serve({ title: "t", script: "", config: Effect.fail("no token") })
      expect((yield* get(`${server.url}config.json`)).status).toBe(500)
      expect((yield* get(server.url)).status).toBe(200)
    }).pipe(Effect.scoped))

  it.effect("fails with a typed error when the port is taken", () =>
    Effect.gen(function*() {
      const first = yield* serve({ title: "t", script: "", config: Effect.succeed({}) })
      const error = yield* serve({ title: "t", script: "", config: Effect.succeed({}), port: first.port }).pipe(
        Effect.flip
      )
      expect(error._tag).toBe("PageServerError")
      expect(error.message).toMatch(/cannot listen on 127\.0\.0\.1:\d+/)
    }).pipe(Effect.scoped))
})
