/**
 * Running tests, the demo and the benchmarks in a private network namespace.
 *
 * libwebrtc (inside the LiveKit Rust core) gathers no ICE candidates on loopback, and test traffic must not go to a
 * real interface. On Linux as root every entry point therefore re-runs itself under `unshare -n` with a veth pair whose
 * two ends both live inside the new namespace (`v0` 10.77.0.1/24, `v1` 10.77.0.2/24, `lo` up, IPv6 off on the pair).
 * Elsewhere (not Linux, or not root) it runs in place on the host's interfaces.
 *
 * ```ts
 * // first thing in an entry point: on Linux as root this never returns (the process exits with the child's status)
 * await Effect.runPromise(Isolation.reexecIsolated())
 * const status = Isolation.isolationStatus() // where to bind and what to advertise
 * ```
 *
 * For any command: `node packages/dev-server/src/isolate.ts -- vitest run`.
 *
 * Every child process (`unshare`, `ip`, the command) is started through `effect/process` (Node's
 * `ChildProcessSpawner`), owned by a scope; the functions provide the spawner themselves and need no services.
 *
 * @since 0.1.0
 */
import * as NodeChildProcessSpawner from "@effect/platform-node/NodeChildProcessSpawner"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import { Deferred, Effect, Layer, Queue, Schema, Stream } from "effect"
import type { PlatformError, Scope } from "effect"
import { ChildProcess, ChildProcessSpawner } from "effect/process"
import { accessSync, constants as fsConstants, existsSync } from "node:fs"
import { constants as osConstants, networkInterfaces } from "node:os"
import { delimiter, join } from "node:path"

/** Set to `1` inside a namespace made by this module; its presence stops a second re-run. */
export const NETNS_ENV = "EFFECT_LIVEKIT_NETNS"
/** Server end of the veth pair: what the dev server binds and advertises for ICE. */
export const SERVER_ADDRESS = "10.77.0.1"
/** Client end of the veth pair. */
export const CLIENT_ADDRESS = "10.77.0.2"
export const SERVER_INTERFACE = "v0"
export const CLIENT_INTERFACE = "v1"
export const PREFIX_LENGTH = 24
/** Signalling (HTTP/WebSocket) stays on loopback in both modes. */
export const SIGNALLING_HOST = "127.0.0.1"

/** Exit status used when the namespace cannot be set up (like `env`/`timeout`: 125 = the wrapper failed). */
export const SETUP_FAILED_EXIT = 125

/** Why isolation failed: a tool is missing, no namespace may be created, a command did not start, or not isolated. */
export const IsolationErrorReason = Schema.Literals([
  "MissingTool",
  "NamespaceUnavailable",
  "SpawnFailed",
  "NotIsolated"
])
export type IsolationErrorReason = typeof IsolationErrorReason.Type

export class IsolationError extends Schema.TaggedError<IsolationError>()("IsolationError", {
  reason: IsolationErrorReason,
  message: Schema.String
}) {}

const hasAddress = (name: string, address: string): boolean =>
  (networkInterfaces()[name] ?? []).some((info) => info.family === "IPv4" && info.address === address)

/** Whether to re-run in a namespace, and why not. */
export type Decision =
  | { readonly _tag: "Isolate" }
  | { readonly _tag: "InPlace"; readonly reason: string }

export interface Environment {
  readonly platform: NodeJS.Platform
  readonly uid: number | undefined
  readonly env: NodeJS.ProcessEnv
  /** Whether this process already sees the veth pair (`v0` with 10.77.0.1). */
  readonly hasVethPair: boolean
}

const currentEnvironment = (): Environment => ({
  platform: process.platform,
  uid: process.getuid?.(),
  env: process.env,
  hasVethPair: hasAddress(SERVER_INTERFACE, SERVER_ADDRESS)
})

/**
 * Linux && uid 0 && not yet isolated -> isolate; otherwise run in place. "Isolated" means `EFFECT_LIVEKIT_NETNS` is set
 * **and** the veth pair is there: a stray variable exported in a shell does not put traffic on the host's interfaces.
 */
export const decide = (environment: Environment = currentEnvironment()): Decision => {
  if (environment.platform !== "linux") {
    return { _tag: "InPlace", reason: `network namespaces need Linux (this is ${environment.platform})` }
  }
  if (environment.uid !== 0) {
    return { _tag: "InPlace", reason: `network namespaces need root (uid ${environment.uid ?? "unknown"})` }
  }
  if (environment.env[NETNS_ENV] !== undefined && environment.hasVethPair) {
    return {
      _tag: "InPlace",
      reason: `already isolated (${NETNS_ENV} is set, ${SERVER_INTERFACE} has ${SERVER_ADDRESS})`
    }
  }
  return { _tag: "Isolate" }
}

/** Where the dev server and the clients should live. */
export type IsolationStatus =
  | {
    readonly _tag: "Isolated"
    /** Bind the server's WebRTC side here and advertise it as the ICE host candidate. */
    readonly serverAddress: typeof SERVER_ADDRESS
    /** The other end of the pair (clients gather candidates on both ends). */
    readonly clientAddress: typeof CLIENT_ADDRESS
    readonly signallingHost: typeof SIGNALLING_HOST
  }
  | {
    readonly _tag: "Host"
    readonly reason: string
    /** The first non-internal IPv4 address of the host, or 127.0.0.1 when there is none. */
    readonly serverAddress: string
    readonly clientAddress: string
    readonly signallingHost: typeof SIGNALLING_HOST
  }

/**
 * Whether this process runs inside a namespace made by this module (the env var is set **and** the veth pair is
 * there), and which addresses to use.
 */
export const isolationStatus = (env: NodeJS.ProcessEnv = process.env): IsolationStatus => {
  if (env[NETNS_ENV] !== undefined && hasAddress(SERVER_INTERFACE, SERVER_ADDRESS)) {
    return {
      _tag: "Isolated",
      serverAddress: SERVER_ADDRESS,
      clientAddress: CLIENT_ADDRESS,
      signallingHost: SIGNALLING_HOST
    }
  }
  const reason = env[NETNS_ENV] === undefined
    ? "not in a private network namespace"
    : `${NETNS_ENV} is set but ${SERVER_INTERFACE} has no ${SERVER_ADDRESS}`
  const host = Object.values(networkInterfaces())
    .flatMap((infos) => infos ?? [])
    .find((info) => info.family === "IPv4" && !info.internal)
  const address = host?.address ?? "127.0.0.1"
  return { _tag: "Host", reason, serverAddress: address, clientAddress: address, signallingHost: SIGNALLING_HOST }
}

/**
 * The status, for code about to open WebRTC sockets (e2e tests, demo, benchmarks): fails with `NotIsolated` where
 * isolation is possible (Linux, root) but this process is not isolated — it was started without `isolate.ts` or
 * `reexecIsolated` — rather than put test traffic on the host's interfaces. Elsewhere gives the `Host` status.
 */
export const requireIsolation = (environment: Environment = currentEnvironment()): Effect.Effect<
  IsolationStatus,
  IsolationError
> =>
  Effect.suspend(() => {
    const status = isolationStatus(environment.env)
    if (status._tag === "Isolated" || decide(environment)._tag === "InPlace") return Effect.succeed(status)
    return Effect.fail(
      new IsolationError({
        reason: "NotIsolated",
        message: "on Linux as root WebRTC traffic must stay in a private network namespace: run through " +
          "`node packages/dev-server/src/isolate.ts -- <command>` (as `pnpm test` does) or call `reexecIsolated()` first"
      })
    )
  })

const SYSTEM_DIRS = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]

/** Directories searched for the tools: `PATH`, then the usual system directories (root's sbin may be off `PATH`). */
export const searchPath = (path: string | undefined = process.env["PATH"]): ReadonlyArray<string> => [
  ...(path ?? "").split(delimiter).filter((dir) => dir.length > 0),
  ...SYSTEM_DIRS
]

/** Absolute path of an executable in one of `dirs`. */
export const findExecutable = (name: string, dirs: ReadonlyArray<string> = searchPath()): string | undefined => {
  for (const dir of dirs) {
    const candidate = join(dir, name)
    try {
      accessSync(candidate, fsConstants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** The tools the namespace needs, with the Debian packages that provide them. */
export const REQUIRED_TOOLS = [
  { name: "unshare", debianPackage: "util-linux" },
  { name: "ip", debianPackage: "iproute2" },
  { name: "sh", debianPackage: "dash" }
] as const

export interface Tools {
  readonly unshare: string
  readonly ip: string
  readonly sh: string
}

/** Finds `unshare`, `ip` and `sh`, or fails naming the Debian packages to install. */
export const findTools = (dirs: ReadonlyArray<string> = searchPath()): Effect.Effect<Tools, IsolationError> =>
  Effect.suspend(() => {
    const found = REQUIRED_TOOLS.map((tool) => ({ ...tool, path: findExecutable(tool.name, dirs) }))
    const missing = found.filter((tool) => tool.path === undefined)
    if (missing.length > 0) {
      const names = missing.map((tool) => `\`${tool.name}\``).join(", ")
      const packages = missing.map((tool) => tool.debianPackage).join(" ")
      return Effect.fail(
        new IsolationError({
          reason: "MissingTool",
          message: `running in a private network namespace needs ${names}: install the Debian package(s) ` +
            `${packages} (apt-get install ${packages})`
        })
      )
    }
    const [unshare, ip, sh] = found.map((tool) => tool.path!)
    return Effect.succeed({ unshare: unshare!, ip: ip!, sh: sh! })
  })

const quote = (value: string): string => `'${value.replaceAll("'", `'\\''`)}'`

/** The shell script run inside the new namespace before `exec "$@"`. */
export const setupScript = (ip: string): string => {
  const q = quote(ip)
  const steps = [
    `${q} link set lo up`,
    `${q} link add ${SERVER_INTERFACE} type veth peer name ${CLIENT_INTERFACE}`,
    `${q} addr add ${SERVER_ADDRESS}/${PREFIX_LENGTH} dev ${SERVER_INTERFACE}`,
    `${q} addr add ${CLIENT_ADDRESS}/${PREFIX_LENGTH} dev ${CLIENT_INTERFACE}`,
    `${q} link set ${SERVER_INTERFACE} up`,
    `${q} link set ${CLIENT_INTERFACE} up`
  ]
  // IPv6 off on the pair: no link-local candidates, no DAD; harmless where IPv6 is absent
  const ipv6 = [SERVER_INTERFACE, CLIENT_INTERFACE]
    .map((name) => `(echo 1 > /proc/sys/net/ipv6/conf/${name}/disable_ipv6) 2>/dev/null`)
    .join("; ")
  return `${steps.join(" && ")} || { echo "effect-livekit: could not set up the private network namespace" >&2; ` +
    `exit ${SETUP_FAILED_EXIT}; }; ${ipv6}; exec "$@"`
}

/** The full command line that runs `argv` in a fresh network namespace. */
export const namespaceCommand = (
  tools: Tools,
  argv: ReadonlyArray<string>
): { readonly command: string; readonly args: ReadonlyArray<string> } => ({
  command: tools.unshare,
  args: ["--net", "--", tools.sh, "-c", setupScript(tools.ip), "effect-livekit-netns", ...argv]
})

// ---------------------------------------------------------------------------------------------------------------
// Child processes: all of them are started through `effect/process` (Node's `ChildProcessSpawner`), each in a scope
// that owns it.

/** Node's `ChildProcessSpawner`, provided by every function of this module that starts a process. */
const SpawnerLive = NodeChildProcessSpawner.layer.pipe(
  Layer.provide(Layer.mergeAll(NodeFileSystem.layer, NodePath.layer))
)

/** How long a child asked to stop (SIGTERM) when the effect running it is interrupted gets before SIGKILL. */
const KILL_GRACE = "5 seconds"

/** How a child ended: `code` is its exit code, or 128 + the signal number when a signal killed it. */
export interface ExitStatus {
  readonly code: number
  readonly signal?: NodeJS.Signals | undefined
}

const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM"] as const

/** Node's own message for a process that could not be started (`spawn foo ENOENT`), else the platform error's. */
const failureMessage = (error: PlatformError.PlatformError): string =>
  error.cause instanceof Error ? error.cause.message : error.message

/**
 * The child's exit status. `exitCode` fails only when the child died of a signal (no input stream is given that could
 * fail it), and `effect/process` names the signal only in the message of the error's cause ("... receipt of signal:
 * 'SIGTERM'"); a signal it does not name gives 128, as 128 + an unknown signal number.
 */
const exitStatus = (handle: ChildProcessSpawner.ChildProcessHandle): Effect.Effect<ExitStatus> =>
  handle.exitCode.pipe(
    Effect.map((code): ExitStatus => ({ code })),
    Effect.catch((error) =>
      Effect.sync((): ExitStatus => {
        const name = error.cause instanceof Error ? /signal: '(\w+)'/.exec(error.cause.message)?.[1] : undefined
        if (name === undefined || !Object.hasOwn(osConstants.signals, name)) return { code: 128 }
        const signal = name as NodeJS.Signals
        return { code: 128 + osConstants.signals[signal], signal }
      })
    )
  )

/**
 * Until the scope closes, SIGINT and SIGTERM sent to this process do not end it: each is passed on to the child once
 * `child` is there (one that comes earlier waits for it). Listening to this process's own signals is not something
 * `effect/process` does, so the listeners are plain `process.on`; the child is signalled through its handle.
 */
const forwardSignals = (
  child: Deferred.Deferred<ChildProcessSpawner.ChildProcessHandle>
): Effect.Effect<void, never, Scope.Scope> =>
  Effect.gen(function*() {
    const received = yield* Queue.unbounded<(typeof FORWARDED_SIGNALS)[number]>()
    yield* Effect.acquireRelease(
      Effect.sync(() =>
        FORWARDED_SIGNALS.map((signal) => {
          const forward = () => {
            Queue.offerUnsafe(received, signal)
          }
          process.on(signal, forward)
          return () => process.off(signal, forward)
        })
      ),
      (listeners) => Effect.sync(() => listeners.forEach((off) => off()))
    )
    yield* Effect.forkScoped(Effect.gen(function*() {
      const handle = yield* Deferred.await(child)
      return yield* Effect.forever(
        // `kill` also waits for the child to exit: fork it so that the next signal is passed on at once
        Queue.take(received).pipe(
          Effect.flatMap((signal) => Effect.forkChild(Effect.ignore(handle.kill({ killSignal: signal }))))
        )
      )
    }))
  })

/**
 * Runs a command with inherited stdio and resolves with its exit status. SIGINT and SIGTERM sent to this process are
 * forwarded to the child while it runs; interrupting the effect sends SIGTERM (SIGKILL after 5 s) and waits.
 */
const run = (
  command: string,
  args: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv
): Effect.Effect<ExitStatus, IsolationError, ChildProcessSpawner.ChildProcessSpawner> => {
  const options: ChildProcess.CommandOptions = {
    env,
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
    // In this process's process group, as `node:child_process` has it (the module's default on POSIX is a group of its
    // own): a terminal's Ctrl-C reaches the command too, and a command that reads the terminal is not stopped as a
    // background job.
    detached: false,
    windowsHide: false,
    // what the scope does to a child still running when it closes (the effect was interrupted)
    killSignal: "SIGTERM",
    forceKillAfter: KILL_GRACE
  }
  // On Windows `.cmd` shims (`vitest.cmd`) need the shell. The module takes a shell script rather than arguments there,
  // so join them with spaces, as `spawn(command, args, { shell: true })` does.
  const child = process.platform === "win32"
    ? ChildProcess.make([command, ...args].join(" "), { ...options, shell: true })
    : ChildProcess.make(command, args, options)
  return Effect.scoped(Effect.gen(function*() {
    const started = yield* Deferred.make<ChildProcessSpawner.ChildProcessHandle>()
    // before the child: the listeners are removed only after the scope has reaped it
    yield* forwardSignals(started)
    const handle = yield* child.pipe(
      Effect.mapError((error) =>
        new IsolationError({ reason: "SpawnFailed", message: `cannot run ${command}: ${failureMessage(error)}` })
      )
    )
    yield* Deferred.succeed(started, handle)
    return yield* exitStatus(handle)
  }))
}

interface Output {
  readonly status: ExitStatus
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command to the end with its output collected (stdin ignored), like `spawnSync` with `stdio: "pipe"`. */
const capture = (
  command: string,
  args: ReadonlyArray<string>
): Effect.Effect<Output, PlatformError.PlatformError, ChildProcessSpawner.ChildProcessSpawner> =>
  Effect.scoped(Effect.gen(function*() {
    const handle = yield* ChildProcess.make(command, args, { stdin: "ignore", detached: false })
    const [stdout, stderr, status] = yield* Effect.all([
      Stream.mkString(Stream.decodeText(handle.stdout)),
      Stream.mkString(Stream.decodeText(handle.stderr)),
      exitStatus(handle)
    ], { concurrency: "unbounded" })
    return { status, stdout, stderr }
  }))

/** Checks that this process may create a network namespace at all (root without CAP_SYS_ADMIN may not). */
const probeNamespace = (
  tools: Tools
): Effect.Effect<void, IsolationError, ChildProcessSpawner.ChildProcessSpawner> => {
  const unavailable = (detail: string) =>
    new IsolationError({
      reason: "NamespaceUnavailable",
      message: `cannot create a private network namespace (${detail}); it needs root with CAP_SYS_ADMIN on Linux`
    })
  return capture(tools.unshare, ["--net", "--", tools.sh, "-c", ":"]).pipe(
    Effect.mapError((error) => unavailable(failureMessage(error))),
    Effect.flatMap(({ status, stderr }) =>
      status.code === 0 ? Effect.void : Effect.fail(unavailable(stderr.trim() || `exit ${status.code}`))
    )
  )
}

/**
 * Runs `argv` (command and arguments) in a fresh private network namespace, always: checks the tools and the
 * permission first. The child gets `EFFECT_LIVEKIT_NETNS=1`.
 */
export const runInNamespace = (
  argv: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv = process.env
): Effect.Effect<ExitStatus, IsolationError> =>
  Effect.gen(function*() {
    if (argv.length === 0) {
      return yield* new IsolationError({ reason: "SpawnFailed", message: "no command to run" })
    }
    const tools = yield* findTools(searchPath(env["PATH"]))
    yield* probeNamespace(tools)
    const { args, command } = namespaceCommand(tools, argv)
    return yield* run(command, args, { ...env, [NETNS_ENV]: "1" })
  }).pipe(Effect.provide(SpawnerLive))

/**
 * Runs `argv` isolated when {@link decide} says so, else in place on the host (as a child process, stdio inherited).
 */
export const isolated = (
  argv: ReadonlyArray<string>,
  environment: Environment = currentEnvironment()
): Effect.Effect<ExitStatus, IsolationError> => {
  if (decide(environment)._tag === "Isolate") return runInNamespace(argv, environment.env)
  return runInPlace(argv, environment.env)
}

/**
 * Ends this process the way `status` says: the same exit code, or the same signal (re-raised once our handlers are
 * gone) so that a parent shell sees what really happened. Plain `process` calls: this ends the current process, which
 * `effect/process` (child processes only) has no operation for, and it must not return.
 */
export const exitWith = (status: ExitStatus): never => {
  if (status.signal !== undefined) {
    for (const signal of FORWARDED_SIGNALS) process.removeAllListeners(signal)
    process.kill(process.pid, status.signal)
  }
  return process.exit(status.code)
}

/**
 * For entry points: when {@link decide} says to isolate, re-runs the current command (`process.execPath`,
 * `process.execArgv`, `process.argv.slice(1)`) in a private network namespace and then exits this process with the
 * child's status (the effect never completes). Otherwise completes at once and the caller carries on in place.
 * Call it first, before anything else is started.
 */
export const reexecIsolated = (environment: Environment = currentEnvironment()): Effect.Effect<void, IsolationError> =>
  decide(environment)._tag === "Isolate"
    ? runInNamespace([process.execPath, ...process.execArgv, ...process.argv.slice(1)], environment.env).pipe(
      Effect.flatMap((status) => Effect.sync(() => exitWith(status)))
    )
    : Effect.void

// ---------------------------------------------------------------------------------------------------------------
// A shared, named namespace: `effect-livekit dev-server` in one terminal, `tail` / `tracks` / `publish` in others.
//
// The anonymous namespace above lives as long as its one process tree. Separate terminals need a namespace they can
// find: `ip netns add <name>` (a bind mount under /run/netns), set up with the same veth pair; the dev server's
// command creates it and deletes it when it stops, other commands join it with `ip netns exec <name>` while it exists.

/** Name of the shared namespace (default {@link SHARED_NAMESPACE}); tests set it to keep theirs apart. */
export const SHARED_NAMESPACE_ENV = "EFFECT_LIVEKIT_NETNS_NAME"
/** The shared namespace `effect-livekit dev-server` creates on Linux as root. */
export const SHARED_NAMESPACE = "effect-livekit"

const NAMESPACE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

/** The shared namespace's name: `EFFECT_LIVEKIT_NETNS_NAME` when set and valid, else `effect-livekit`. */
export const sharedNamespaceName = (env: NodeJS.ProcessEnv = process.env): string => {
  const name = env[SHARED_NAMESPACE_ENV]
  return name !== undefined && NAMESPACE_NAME.test(name) ? name : SHARED_NAMESPACE
}

/** Where `ip netns` keeps named namespaces. */
export const NAMED_NAMESPACE_DIR = "/run/netns"

/** Whether a named namespace exists (`ip netns add` made it and nobody deleted it). */
export const namedNamespaceExists = (name: string): boolean => existsSync(join(NAMED_NAMESPACE_DIR, name))

/** Whether a URL points at this machine's loopback (where the dev server's signalling listens). */
export const isLoopbackUrl = (url: string): boolean => {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, "")
    return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host)
  } catch {
    return false
  }
}

/** Whether to join the shared namespace, and why not. */
export type SharedDecision =
  | { readonly _tag: "Join"; readonly name: string }
  | { readonly _tag: "InPlace"; readonly reason: string }

/**
 * For a client of a server at `url`: join the shared namespace when on Linux as root, not already isolated, the URL is
 * a loopback one (a dev server on this machine) and the namespace exists. Otherwise run in place.
 */
export const decideShared = (
  url: string,
  environment: Environment = currentEnvironment(),
  exists: (name: string) => boolean = namedNamespaceExists
): SharedDecision => {
  const decision = decide(environment)
  if (decision._tag === "InPlace") return decision
  if (!isLoopbackUrl(url)) return { _tag: "InPlace", reason: `${url} is not on this machine's loopback` }
  const name = sharedNamespaceName(environment.env)
  if (!exists(name)) return { _tag: "InPlace", reason: `no network namespace "${name}" (no dev server running)` }
  return { _tag: "Join", name }
}

/** The commands that set up the veth pair inside an existing named namespace (idempotent). */
export const namedSetupCommands = (name: string): ReadonlyArray<ReadonlyArray<string>> => [
  ["-n", name, "link", "set", "lo", "up"],
  ["-n", name, "link", "add", SERVER_INTERFACE, "type", "veth", "peer", "name", CLIENT_INTERFACE],
  ["-n", name, "addr", "add", `${SERVER_ADDRESS}/${PREFIX_LENGTH}`, "dev", SERVER_INTERFACE],
  ["-n", name, "addr", "add", `${CLIENT_ADDRESS}/${PREFIX_LENGTH}`, "dev", CLIENT_INTERFACE],
  ["-n", name, "link", "set", SERVER_INTERFACE, "up"],
  ["-n", name, "link", "set", CLIENT_INTERFACE, "up"]
]

const setupFailed = (message: string) => new IsolationError({ reason: "NamespaceUnavailable", message })

/**
 * Makes the shared namespace `name` ready (lo up, the veth pair with its addresses, IPv6 off on the pair) until the
 * scope closes. A namespace nobody runs in (left behind by a killed server) is adopted; one in use is joined and left
 * alone. Closing the scope deletes the namespace when this call created or adopted it.
 */
export const acquireNamedNamespace = (
  name: string,
  env: NodeJS.ProcessEnv = process.env
): Effect.Effect<{ readonly name: string; readonly owned: boolean }, IsolationError, Scope.Scope> =>
  Effect.gen(function*() {
    if (!NAMESPACE_NAME.test(name)) return yield* setupFailed(`invalid network namespace name "${name}"`)
    const tools = yield* findTools(searchPath(env["PATH"]))
    /** Runs `ip args` quietly; a failure to start it at all fails with `NamespaceUnavailable`. */
    const ip = (args: ReadonlyArray<string>) =>
      capture(tools.ip, args).pipe(
        Effect.mapError((error) => setupFailed(`cannot run ip ${args.join(" ")}: ${failureMessage(error)}`))
      )
    const owned = yield* Effect.acquireRelease(
      Effect.gen(function*() {
        if (namedNamespaceExists(name)) {
          // processes running in it (`ip netns pids`): none, and it is ours to set up and delete
          const pids = yield* ip(["netns", "pids", name])
          return pids.stdout.split(/\s+/).filter((pid) => pid.length > 0).length === 0
        }
        const added = yield* capture(tools.ip, ["netns", "add", name]).pipe(
          Effect.mapError((error) => setupFailed(`cannot create network namespace "${name}": ${failureMessage(error)}`))
        )
        if (added.status.code !== 0) {
          return yield* setupFailed(
            `cannot create network namespace "${name}": ${added.stderr.trim() || `exit ${added.status.code}`}`
          )
        }
        return true
      }),
      (owned) => owned ? Effect.ignore(ip(["netns", "delete", name])) : Effect.void
    )
    const veth = yield* ip(["-n", name, "-4", "addr", "show", "dev", SERVER_INTERFACE])
    if (!veth.stdout.includes(`${SERVER_ADDRESS}/`)) {
      for (const args of namedSetupCommands(name)) {
        const step = yield* ip(args)
        // "File exists": a half set-up namespace from an earlier run
        if (step.status.code !== 0 && !step.stderr.includes("File exists")) {
          return yield* setupFailed(
            `cannot set up network namespace "${name}" (ip ${args.join(" ")}): ${step.stderr.trim()}`
          )
        }
      }
      for (const device of [SERVER_INTERFACE, CLIENT_INTERFACE]) {
        yield* Effect.ignore(ip([
          "netns",
          "exec",
          name,
          tools.sh,
          "-c",
          `echo 1 > /proc/sys/net/ipv6/conf/${device}/disable_ipv6`
        ]))
      }
    }
    return { name, owned }
  }).pipe(Effect.provide(SpawnerLive))

/**
 * Runs `argv` inside the existing named namespace `name` (`ip netns exec`), stdio inherited; the child gets
 * `EFFECT_LIVEKIT_NETNS=<name>`.
 */
export const runInNamedNamespace = (
  name: string,
  argv: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv = process.env
): Effect.Effect<ExitStatus, IsolationError> =>
  Effect.gen(function*() {
    if (argv.length === 0) {
      return yield* new IsolationError({ reason: "SpawnFailed", message: "no command to run" })
    }
    const tools = yield* findTools(searchPath(env["PATH"]))
    return yield* run(tools.ip, ["netns", "exec", name, ...argv], { ...env, [NETNS_ENV]: name })
  }).pipe(Effect.provide(SpawnerLive))

/**
 * For the `effect-livekit dev-server` entry point: on Linux as root and not yet isolated, makes the shared namespace
 * (see {@link acquireNamedNamespace}), re-runs the current command inside it, deletes the namespace when the command
 * ends (if this call made it) and exits with the command's status (the effect never completes). Otherwise completes at
 * once and the caller carries on in place.
 */
export const reexecInSharedNamespace = (
  environment: Environment = currentEnvironment()
): Effect.Effect<void, IsolationError> => {
  if (decide(environment)._tag === "InPlace") return Effect.void
  const name = sharedNamespaceName(environment.env)
  return Effect.scoped(Effect.gen(function*() {
    yield* acquireNamedNamespace(name, environment.env)
    return yield* runInNamedNamespace(
      name,
      [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      environment.env
    )
  })).pipe(Effect.flatMap((status) => Effect.sync(() => exitWith(status))))
}

/**
 * For clients of the server at `url` (CLI commands, the demo): when {@link decideShared} says so, re-runs the current
 * command inside the shared namespace and exits with its status (the effect never completes); otherwise completes at
 * once and the caller carries on in place.
 */
export const reexecForServer = (
  url: string,
  environment: Environment = currentEnvironment()
): Effect.Effect<void, IsolationError> => {
  const decision = decideShared(url, environment)
  if (decision._tag === "InPlace") return Effect.void
  return runInNamedNamespace(
    decision.name,
    [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    environment.env
  ).pipe(Effect.flatMap((status) => Effect.sync(() => exitWith(status))))
}

/** Runs `argv` in this process's own network namespace (stdio inherited), with the same signal forwarding. */
export const runInPlace = (
  argv: ReadonlyArray<string>,
  env: NodeJS.ProcessEnv = process.env
): Effect.Effect<ExitStatus, IsolationError> => {
  const [command, ...args] = argv
  if (command === undefined) {
    return Effect.fail(new IsolationError({ reason: "SpawnFailed", message: "no command to run" }))
  }
  return run(command, args, env).pipe(Effect.provide(SpawnerLive))
}
