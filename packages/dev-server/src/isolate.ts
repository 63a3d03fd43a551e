/**
 * `node packages/dev-server/src/isolate.ts -- <command...>`: runs a command in a private network namespace on Linux
 * as root (see `Isolation.ts`), in place elsewhere, and exits with the command's status. For package.json scripts,
 * e.g. `node packages/dev-server/src/isolate.ts -- vitest run`.
 *
 * Exit status: the command's; 125 when the namespace cannot be made (a message says why), 127 when the command
 * cannot be run.
 */
import { Effect } from "effect"
import * as Isolation from "./Isolation.ts"

const args = process.argv.slice(2)
const argv = args[0] === "--" ? args.slice(1) : args

if (argv.length === 0) {
  process.stderr.write("usage: node isolate.ts -- <command> [args...]\n")
  process.exit(2)
}

const main = Isolation.isolated(argv).pipe(
  Effect.catchTag("IsolationError", (error) =>
    Effect.sync((): Isolation.ExitStatus => {
      process.stderr.write(`isolate: ${error.message}\n`)
      return { code: error.reason === "SpawnFailed" ? 127 : Isolation.SETUP_FAILED_EXIT }
    }))
)

// `runPromise`, not `NodeRuntime.runMain`: runMain turns SIGINT/SIGTERM into an interruption, which would stop the
// command with SIGTERM (SIGKILL after 5 s) instead of passing the signal on as it is and exiting as the command does.
Isolation.exitWith(await Effect.runPromise(main))
