/**
 * Bundles a browser entry point (TypeScript, with LiveKit's browser SDK and whatever else it imports from the
 * workspace) into one ES module in memory, with esbuild. Nothing is fetched at run time: the bundle carries every
 * dependency, and the page that loads it needs no CDN.
 */
import { Effect, Schema } from "effect"
import * as esbuild from "esbuild"

export class BundleError extends Schema.TaggedError<BundleError>()("BundleError", {
  entry: Schema.String,
  message: Schema.String
}) {}

/** The bundled script of `entry` (an absolute path), minified. */
export const bundle = Effect.fn("PageBundle.bundle")(function*(entry: string) {
  const result = yield* Effect.tryPromise({
    try: () =>
      esbuild.build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: "esm",
        platform: "browser",
        target: "chrome120",
        minify: true,
        legalComments: "none",
        logLevel: "silent"
      }),
    catch: (cause) =>
      new BundleError({ entry, message: cause instanceof Error ? cause.message : `esbuild failed: ${String(cause)}` })
  })
  const [output] = result.outputFiles
  if (output === undefined) return yield* new BundleError({ entry, message: "esbuild wrote no output" })
  return output.text
})
