/**
 * `effect-livekit view` as a person sees it: the demo's robot and the RGB-D camera stream through a dev server (all
 * real processes), the view page is opened in headless Debian Chromium, and the test reads what is on the screen —
 * the tracks listed with their schemas, rates above zero, the status line ticking, the depth image drawn, the colour
 * image shown — then publishes a line of text from the page and reads it with `effect-livekit tail`. It saves a
 * screenshot (to VIEW_SCREENSHOT when set: the README's picture is taken this way).
 */
import * as Isolation from "@effect-livekit/dev-server/Isolation"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { copyFileSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { afterAll } from "vitest"
import { baseEnv, CLI, DEMO, start, startDevServer, stopAll } from "../cli/Process.ts"
import * as Chromium from "./Chromium.ts"
import * as Eventually from "./Eventually.ts"

const CAMERA = fileURLToPath(new URL("../../examples/src/camera.ts", import.meta.url))
const STREAM_SECONDS = 60
const ROOM = "dev"

afterAll(() => stopAll())

/** The tracks table as text, one object per row. */
const rowsOf = (page: Page) =>
  Chromium.evaluate(page, () =>
    Array.from(document.querySelectorAll("#tracks tbody tr"), (row) => {
      const text = (column: string) => row.querySelector(`td.${column}`)?.textContent ?? ""
      return {
        track: text("track"),
        publisher: text("publisher"),
        schema: text("schema"),
        encoding: text("encoding"),
        fps: Number(text("fps")),
        drops: text("drops"),
        latency: text("latency"),
        latest: text("latest")
      }
    }), undefined)

/** How many pixels of the depth canvas are coloured (not black), and how many distinct colours they have. */
const depthCanvas = (page: Page) =>
  Chromium.evaluate(page, () => {
    const canvas = document.querySelector<HTMLCanvasElement>("figure[data-track=\"camera/camera/depth\"] canvas")
    if (canvas === null || canvas.width === 0) return { coloured: 0, colours: 0, width: 0, height: 0 }
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height)
    let coloured = 0
    const colours = new Set<number>()
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! + data[i + 1]! + data[i + 2]! > 0) coloured++
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
    }
    return { coloured, colours: colours.size, width: canvas.width, height: canvas.height }
  }, undefined)

const until = <A>(read: Effect.Effect<A, unknown>, ok: (value: A) => boolean, what: string, timeoutMs = 30_000) =>
  Eventually.until(read, ok, what, { timeoutMs, intervalMs: 200 })

describe("effect-livekit view in Chromium", () => {
  it.live(
    "shows the demo robot's and the RGB-D camera's tracks live, and publishes a line typed into it",
    () =>
      Effect.gen(function*() {
        yield* Isolation.requireIsolation()
        const server = yield* Effect.promise(() => startDevServer(["--port", "0", "--quiet"]))
        const env = baseEnv({ LIVEKIT_URL: server.url, LIVEKIT_API_KEY: "devkey", LIVEKIT_API_SECRET: "secret" })
        start(DEMO, ["--seconds", String(STREAM_SECONDS), "--rate", "10"], { env })
        start(CAMERA, [
          "--seconds",
          String(STREAM_SECONDS),
          "--fps",
          "5",
          "--room",
          ROOM,
          "--width",
          "424",
          "--height",
          "240"
        ], { env })
        const view = start(CLI, ["view", "--port", "0", "--identity", "operator"], { env })
        const url = (yield* Effect.promise(() => view.waitFor(/open (http:\/\/\S+)/, { stream: "stderr" })))[1]!

        const browser = yield* Chromium.launch
        const log: Array<string> = []
        const page = yield* Chromium.open(browser, url, log)
        const expected = [
          ["robot-status", "robot", "-", "-"],
          ["camera/depth", "camera", "foxglove.RawImage (protobuf)", "protobuf"],
          ["camera/color", "camera", "foxglove.CompressedImage (protobuf)", "protobuf"],
          ["camera/pose", "camera", "foxglove.PoseInFrame (protobuf)", "protobuf"],
          ["camera/depth/camera_info", "camera", "foxglove.CameraCalibration (protobuf)", "protobuf"]
        ]
        const rows = yield* until(
          rowsOf(page),
          (rows) =>
            expected.every(([track]) => rows.some((row) => row.track === track)) &&
            rows.filter((row) => row.track === "robot-status" || row.track === "camera/depth").every((row) =>
              row.fps > 0
            ),
          "the five tracks streaming"
        )
        assert.deepStrictEqual(
          rows.map((row) => [row.track, row.publisher, row.schema, row.encoding]).toSorted(),
          expected.toSorted()
        )
        const robot = rows.find((row) => row.track === "robot-status")!
        assert.match(robot.latest, /robot status #\d+/)
        // Drops: a count for the robot's sequenced lines (the channel is lossy: not always 0), none for the camera's.
        assert.match(robot.drops, /^\d+$/)
        assert.strictEqual(rows.find((row) => row.track === "camera/depth")!.drops, "-")
        assert.match(robot.latency, /^\d+(\.\d+)? ms$/)
        assert.match(rows.find((row) => row.track === "camera/pose")!.latest, /"pose"/)

        // The status line ticks (it shows the time each second) and says the room is connected.
        const statusText = Chromium.evaluate(
          page,
          () => document.getElementById("status")?.textContent ?? "",
          undefined
        )
        const first = yield* statusText
        assert.match(first, /^connected · room dev as operator-1 · 5 tracks · /)
        yield* until(
          statusText,
          (text) => text !== first,
          "the status line updating",
          5_000
        )

        const depth = yield* until(depthCanvas(page), (d) => d.coloured > 0, "the depth canvas drawn")
        assert.deepStrictEqual([depth.width, depth.height], [424, 240])
        assert.isAbove(depth.coloured, (depth.width * depth.height) / 2, "most of the depth image is coloured")
        assert.isAbove(depth.colours, 16, "the depth image is colour-mapped, not flat")
        const colour = yield* until(
          Chromium.evaluate(page, () => {
            const img = document.querySelector<HTMLImageElement>("figure[data-track=\"camera/camera/color\"] img")
            return img === null ? [0, 0] : [img.naturalWidth, img.naturalHeight]
          }, undefined),
          ([width]) => (width ?? 0) > 0,
          "the colour image shown"
        )
        assert.deepStrictEqual(colour, [424, 240])

        // The person talks back: a line typed into the page reaches a subscriber on the Rust core. The first send
        // publishes the page's track; a frame sent before the subscriber's path exists is lost by design, so the line is
        // sent again until the subscriber has it.
        const say = Effect.promise(async () => {
          await page.fill("#talk-text", "stop at the door")
          await page.click("#talk-send")
        })
        yield* say
        const tail = start(CLI, ["tail", "operator-1/chat", "--count", "1", "--wait", "30"], { env })
        yield* Effect.promise(() => tail.waitFor(/^tailing operator-1\/chat/m, { stream: "stderr", timeoutMs: 30_000 }))
        yield* say.pipe(
          Effect.andThen(Effect.sleep("300 millis")),
          Effect.repeat({ until: () => tail.stdout().includes("stop at the door") }),
          Effect.timeout("15 seconds")
        )
        const heard = yield* Effect.promise(() => tail.exited)
        assert.strictEqual(heard.code, 0, heard.stderr)
        assert.match(heard.stdout, /text "stop at the door"/)
        assert.match(
          yield* Chromium.evaluate(page, () => document.getElementById("talk-status")?.textContent ?? "", undefined),
          /^sent on operator-1\/chat$/
        )

        const shot = join(mkdtempSync(join(tmpdir(), "view-")), "view.png")
        yield* Effect.promise(() => page.screenshot({ path: shot, fullPage: true }))
        const keep = process.env["VIEW_SCREENSHOT"]
        if (keep !== undefined) copyFileSync(shot, keep)
        assert.deepStrictEqual(log, [])
      }).pipe(Effect.scoped),
    120_000
  )
})
