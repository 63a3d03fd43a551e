#!/usr/bin/env node
/**
 * `effect-livekit`: the command line for LiveKit data tracks.
 *
 * ```sh
 * effect-livekit dev-server                       # the embedded LiveKit-compatible server, in the foreground
 * effect-livekit token --identity robot --room lab --publish
 * effect-livekit tracks                           # the room's data tracks, live
 * effect-livekit tail robot/robot-status          # print a track's frames
 * effect-livekit publish camera/test --rate 30 --size 1024
 * effect-livekit record --out lab.mcap           # record the room's tracks for Foxglove
 * effect-livekit view                            # a web page showing the room's tracks live
 * effect-livekit foxglove                        # the room's tracks live in Foxglove (ws://127.0.0.1:8765)
 * effect-livekit exec -- node my-app.ts           # LIVEKIT_URL etc. set, in the dev server's network namespace
 * ```
 *
 * Failures print one line on stderr (`effect-livekit: ...`) and exit 1; invalid invocations exit 2.
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Console, Effect, Exit } from "effect"
import { CliOutput, Command } from "effect/cli"
import * as DevServerCommand from "./DevServerCommand.ts"
import * as ExecCommand from "./ExecCommand.ts"
import { describeCause } from "./Failure.ts"
import * as FoxgloveCommand from "./FoxgloveCommand.ts"
import * as PublishCommand from "./PublishCommand.ts"
import * as RecordCommand from "./RecordCommand.ts"
import * as TailCommand from "./TailCommand.ts"
import * as TokenCommand from "./TokenCommand.ts"
import * as TracksCommand from "./TracksCommand.ts"
import * as ViewCommand from "./ViewCommand.ts"

export const VERSION = "0.1.0"

const subcommands = [
  DevServerCommand.command,
  TokenCommand.command,
  TracksCommand.command,
  TailCommand.command,
  PublishCommand.command,
  RecordCommand.command,
  ViewCommand.command,
  FoxgloveCommand.command,
  ExecCommand.command
] as const

export const command = Command.make("effect-livekit").pipe(
  Command.withDescription(
    "LiveKit data tracks from the command line: run a dev server, mint tokens, list, tail, publish, record " +
      "and view tracks, live in a browser or in Foxglove. " +
      "Client commands connect with --url and --token or --api-key/--api-secret, --room and --identity, or the " +
      "environment (LIVEKIT_URL, LIVEKIT_TOKEN, LIVEKIT_API_KEY, LIVEKIT_API_SECRET, LIVEKIT_ROOM, LIVEKIT_IDENTITY); " +
      "without a URL they use the dev server on ws://127.0.0.1:7880."
  ),
  Command.withSubcommands(subcommands)
)

/** Invalid invocations: the errors and where to find help, on stderr; no full help page. */
const presenter = CliOutput.layerPresenter({
  present: (event) =>
    event._tag === "InvalidInvocation"
      ? Effect.forEach(
        event.errors,
        (error) =>
          Console.error(`${event.commandPath.join(" ")}: ${error.message} (see ${event.commandPath.join(" ")} --help)`),
        { discard: true }
      )
      : CliOutput.defaultPresenter.present(event)
})

const isShowHelp = (cause: Cause.Cause<unknown>) =>
  cause.reasons.some((reason) =>
    Cause.isFailReason(reason) && typeof reason.error === "object" && reason.error !== null &&
    "_tag" in reason.error && reason.error._tag === "ShowHelp"
  )

/**
 * The first word names the command: an unknown one is a malformed invocation whatever follows it (`--help` after it
 * would otherwise show the top-level help and exit 0).
 */
const unknownCommand = (argv: ReadonlyArray<string>): string | undefined => {
  const first = argv[0]
  if (first === undefined || first.startsWith("-")) return undefined
  return subcommands.some((subcommand) => subcommand.name === first) ? undefined : first
}

const unknown = unknownCommand(process.argv.slice(2))
if (unknown !== undefined) {
  process.stderr.write(`effect-livekit: unknown command "${unknown}" (see effect-livekit --help)\n`)
  process.exit(2)
}

Command.run(command, { version: VERSION }).pipe(
  Effect.provide([NodeServices.layer, presenter]),
  NodeRuntime.runMain({
    disableErrorReporting: true,
    teardown: (exit, onExit) => {
      if (Exit.isSuccess(exit)) return onExit(0)
      // Ctrl-C: the commands have cleaned up and printed their summary.
      if (Cause.hasInterruptsOnly(exit.cause)) return onExit(0)
      if (isShowHelp(exit.cause)) return onExit(2)
      process.stderr.write(`effect-livekit: ${describeCause(exit.cause)}\n`)
      return onExit(1)
    }
  })
)
