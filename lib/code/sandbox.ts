/**
 * runSandboxed: run untrusted Python or Node code (and its tests) in a bubblewrap sandbox.
 *
 * ```ts
 * const r = await runSandboxed({
 *   language: 'python',
 *   files: { 'main.py': 'print(input()[::-1])' },
 *   stdin: 'hello\n',
 *   limits: { wallMs: 5000, cpuSeconds: 2, memoryMb: 256 },
 * });
 * r.stdout; // 'olleh\n'
 * ```
 *
 * Isolation: new user, PID, IPC, network (loopback only), UTS and cgroup namespaces; no nested user
 * namespaces; / and /usr read-only; /work (the files, cwd) and /tmp are private size-capped tmpfs
 * mounts; the host's /root, /home, /work, /var, /sys and most of /etc are not there; a fresh /proc
 * shows only the sandbox's processes. The code runs as uid 1000 inside, which is an unprivileged
 * kernel uid outside (a dedicated uid when we are root, see probe.ts) with no capabilities. A
 * seccomp filter (sandbox/seccomp.ts) refuses the memory RLIMIT_DATA cannot see and a few kernel
 * interfaces; descriptors this process inherited are closed before bubblewrap starts (LAUNCHER).
 *
 * Limits (defaults in SANDBOX_DEFAULT_LIMITS) and what enforces them, reported per run in
 * `enforcement`:
 * - cpuSeconds: RLIMIT_CPU set inside the sandbox (prlimit), SIGXCPU then SIGKILL a second later.
 * - fileSizeMb: RLIMIT_FSIZE set inside (a bigger write fails with EFBIG or SIGXFSZ); diskMb caps
 *   each tmpfs (/work, /tmp, /dev/shm) as a whole; / and /dev are read-only.
 * - memoryMb: cgroup v2 memory.max where a subtree can be created, else RLIMIT_DATA per process
 *   (not RLIMIT_AS, which breaks V8's address-space reservations) with the seccomp filter closing
 *   its holes (shared anonymous memory, MAP_GROWSDOWN, memfd, SysV shm; no /dev/zero).
 * - processes: cgroup v2 pids.max where possible, else RLIMIT_NPROC, which counts the tasks (threads
 *   included) of the sandbox's uid in its own user namespace.
 * - wallMs: this process SIGKILLs the sandbox's process group (bubblewrap's init among them, whose
 *   death tears down the whole PID namespace).
 * - outputBytes: stdout and stderr are each kept up to this size; past it the run is killed and
 *   `truncated` is set.
 *
 * The sandbox never falls back to running code unsandboxed: when bubblewrap is missing or the
 * namespaces cannot be created, runSandboxed rejects with SandboxUnavailableError
 * (code SANDBOX_UNAVAILABLE) whose message says how to fix the machine; sandboxAvailable() says the
 * same without throwing. Bad arguments reject with InputError (INVALID_ARGUMENT).
 *
 * Exit status: bubblewrap reports a child killed by signal N as exit status 128+N, so a program
 * that itself exits with 129..192 is reported as killed by that signal (exitCode null, signal set).
 */
import { spawn } from 'node:child_process';
import { constants as osc, tmpdir } from 'node:os';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AbortError, SandboxUnavailableError } from '../util/errors.js';
import { createRunCgroup, type RunCgroup } from './sandbox/cgroup.js';
import { baseArgs, etcContents, finishArgs, insideEnv, WORK_DIR } from './sandbox/layout.js';
import { dropArgs, HOST_ENV, interpreterPresent, probeAsync, probeSync, type HostSetup } from './sandbox/probe.js';
import { seccompFilter } from './sandbox/seccomp.js';
import { validateOptions } from './sandbox/validate.js';

export type { SandboxAvailability, SandboxEnforcement, SandboxLanguage, SandboxLimits, SandboxOptions, SandboxResult } from './sandbox/types.js';
import type { SandboxAvailability, SandboxEnforcement, SandboxLanguage, SandboxLimits, SandboxOptions, SandboxResult } from './sandbox/types.js';

export const SANDBOX_DEFAULT_LIMITS: Readonly<Required<SandboxLimits>> = Object.freeze({
  wallMs: 10_000,
  cpuSeconds: 10,
  memoryMb: 512,
  processes: 64,
  fileSizeMb: 16,
  outputBytes: 1 << 20,
  diskMb: 64,
});

export const PYTHON_INTERPRETER = '/usr/bin/python3';

const MIB = 1 << 20;

/** Can this machine run sandboxes? Cached; the first call starts one trivial sandbox (~10 ms). */
export function sandboxAvailable(): SandboxAvailability {
  const a = probeSync(() => baseArgs());
  return a.ok ? { ok: true } : { ok: false, reason: a.reason, fix: a.fix };
}

async function requireSandbox(): Promise<HostSetup> {
  const a = await probeAsync(() => baseArgs());
  if (!a.ok) throw new SandboxUnavailableError(`the code sandbox is unavailable: ${a.reason}`, a.fix ?? '');
  return a.setup!;
}

/** Run code in the sandbox; see the module comment for the isolation and the limits. */
export async function runSandboxed(options: SandboxOptions): Promise<SandboxResult> {
  const opts = validateOptions(options, SANDBOX_DEFAULT_LIMITS);
  if (opts.signal?.aborted) throw new AbortError('the sandboxed run was aborted before it started');
  const setup = await requireSandbox();
  const interpreter = opts.language === 'python' ? PYTHON_INTERPRETER : process.execPath;
  if (!interpreterPresent(interpreter)) {
    throw new SandboxUnavailableError(`the ${opts.language} interpreter ${interpreter} is missing`, opts.language === 'python' ? '`apt-get install -y python3`' : 'run under a Node whose executable is readable');
  }
  const L = opts.limits;
  const argv = opts.command ?? [interpreter, opts.entry!];

  const cg: RunCgroup | null = await createRunCgroup(L.memoryMb * MIB, L.processes + 4);
  const enforcement: SandboxEnforcement = { cpu: 'setrlimit', memory: cg ? 'cgroup' : 'rlimit-data', processes: cg ? 'cgroup' : 'rlimit-nproc', fileSize: 'setrlimit', wall: 'parent-kill' };

  // The files go to bubblewrap as open descriptors (--file FD DEST) that it copies into the tmpfs:
  // the host directory stays root-only and nothing the code writes ever lands on the host's disk.
  const tmp = await fs.mkdtemp(path.join(tmpdir(), 'kala-sandbox-'));
  const handles: fs.FileHandle[] = [];
  try {
    const FIRST_FD = 4; // 0-2 stdio, 3 bubblewrap's JSON status
    const fileArgs: string[] = [];
    const addFd = async (content: string | Buffer) => {
      const host = path.join(tmp, String(handles.length));
      await fs.writeFile(host, content, { mode: 0o600 });
      handles.push(await fs.open(host, 'r'));
      return String(FIRST_FD + handles.length - 1);
    };
    const addFile = async (dest: string, content: string, perms: string) => {
      fileArgs.push('--perms', perms, '--file', await addFd(content), dest);
    };
    const filter = seccompFilter();
    if (filter) fileArgs.push('--seccomp', await addFd(filter));
    for (const [dest, content] of Object.entries(etcContents())) await addFile(dest, content, '0644');
    for (const dir of opts.dirs) fileArgs.push('--perms', '0755', '--dir', `${WORK_DIR}/${dir}`);
    for (const [name, content] of Object.entries(opts.files)) await addFile(`${WORK_DIR}/${name}`, content, '0644');

    // rlimits are set by prlimit inside the sandbox, on the process that then execs the code
    const rl = [`--cpu=${L.cpuSeconds}:${L.cpuSeconds + 1}`, `--fsize=${Math.floor(L.fileSizeMb * MIB)}`, `--nproc=${L.processes + 1}`, '--core=0', '--nofile=256', '--stack=8388608'];
    if (!cg) rl.push(`--data=${L.memoryMb * MIB}`);
    const bw = [
      ...baseArgs(L.diskMb * MIB),
      ...fileArgs,
      ...finishArgs(insideEnv(opts.env)),
      '--json-status-fd', '3',
      '--', setup.prlimit, ...rl, '--', ...argv,
    ];
    // the open descriptors are all bubblewrap needs: drop the names now, so that not even a crash
    // of this process can leave the caller's files behind in the host's temp directory
    await fs.rm(tmp, { recursive: true, force: true });
    const chain = setup.setpriv ? [setup.setpriv, ...dropArgs(setup), setup.bwrap, ...bw] : [setup.bwrap, ...bw];
    const keep = ['3', ...handles.map((_, i) => String(FIRST_FD + i))].join(' ');
    return await execute(setup.bash, ['--norc', '--noprofile', '-c', LAUNCHER, 'kala-sandbox', keep, cg?.dir ?? '', ...chain], handles.map((h) => h.fd), opts, L, enforcement, cg);
  } finally {
    await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
    await fs.rm(tmp, { recursive: true, force: true });
    await cg?.remove();
  }
}

/**
 * The host-side start of every run, in bash: (1) join the run's cgroup, if any, before anything
 * sandboxed exists, so no process escapes its limits; (2) close every descriptor above stderr except
 * bubblewrap's status pipe and the input files. Node and libuv do not close descriptors this process
 * inherited without close-on-exec (a test runner's pipe, a server's socket), and neither do setpriv
 * or bubblewrap: without this they would be open, writable, inside the sandbox.
 */
const LAUNCHER = [
  'keep=" $1 "; cg=$2; shift 2',
  'if [ -n "$cg" ]; then echo $$ > "$cg/cgroup.procs" || exit 125; fi',
  'for f in /proc/$$/fd/*; do n=${f##*/}; [ "$n" -gt 2 ] || continue; case "$keep" in *" $n "*) continue;; esac; exec {n}>&-; done',
  'exec "$@"',
].join('\n');

function signalName(n: number): string | null {
  for (const [name, v] of Object.entries(osc.signals)) if (v === n) return name;
  return null;
}

function execute(
  file: string,
  args: string[],
  fds: number[],
  opts: ReturnType<typeof validateOptions>,
  L: Required<SandboxLimits>,
  enforcement: SandboxEnforcement,
  cg: RunCgroup | null,
): Promise<SandboxResult> {
  return new Promise<SandboxResult>((resolve, reject) => {
    const started = Date.now();
    // detached: a process group of its own, which the wall limit kills as a whole
    const child = spawn(file, args, { env: HOST_ENV, detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe', ...fds] });
    let killedBy: SandboxResult['killedBy'];
    let truncated = false;
    let status = '';
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const size = { out: 0, err: 0 };

    const killAll = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* the group is gone already */
      }
      void cg?.kill();
    };
    const stop = (why: NonNullable<SandboxResult['killedBy']>) => {
      killedBy ??= why;
      killAll();
    };
    const collect = (which: 'out' | 'err', into: Buffer[]) => (d: Buffer) => {
      const room = L.outputBytes - size[which];
      if (room <= 0) return;
      if (d.length > room) {
        into.push(d.subarray(0, room));
        size[which] += room;
        truncated = true;
        stop('output');
        return;
      }
      into.push(d);
      size[which] += d.length;
    };
    child.stdout!.on('data', collect('out', out));
    child.stderr!.on('data', collect('err', err));
    const statusPipe = child.stdio[3] as NodeJS.ReadableStream;
    statusPipe.on('data', (d: Buffer) => (status += d.toString()));
    statusPipe.on('error', () => undefined);
    child.stdin!.on('error', () => undefined); // the code may exit without reading its stdin
    child.stdin!.end(opts.stdin ?? '');

    const timer = setTimeout(() => stop('wall'), L.wallMs);
    const onAbort = () => stop('abort');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted) onAbort(); // aborted while the probe or the files were being prepared

    child.on('error', (e) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      killAll();
      reject(new SandboxUnavailableError(`the sandbox could not be started (${file}): ${e.message}`, 'install bubblewrap and util-linux (`apt-get install -y bubblewrap util-linux`)'));
    });
    child.on('close', async (code, sig) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      // Nothing is left to kill: every sandboxed process lives in the PID namespace, which the kernel
      // tears down when bubblewrap's init exits. (Killing the group again here could hit an unrelated
      // group that reused the number.) A cgroup, where there is one, is emptied by remove().
      const stderr = Buffer.concat(err).toString('utf8');
      if (!killedBy && !/"exit-code"/.test(status)) {
        // bubblewrap reports the exit code only of a command it started; without it, setting up the
        // sandbox (or the launcher before it) failed: a broken machine, not a result
        const msg = stderr.trim().split('\n').slice(-3).join(' ');
        return reject(new SandboxUnavailableError(`bubblewrap could not set up the sandbox: ${msg || `exit status ${code}`}`, 'see sandboxAvailable() and make `bwrap --unshare-all --ro-bind / / true` work for this user'));
      }
      let exitCode: number | null = code;
      let signal: string | null = sig;
      if (code !== null && code > 128 && code <= 128 + 64) {
        signal = signalName(code - 128);
        if (signal) exitCode = null;
      }
      if (!killedBy && (signal === 'SIGXCPU' || (signal === 'SIGKILL' && cg && (await cg.oomKilled())))) killedBy = signal === 'SIGXCPU' ? 'cpu' : 'memory';
      resolve({
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        timedOut: killedBy === 'wall',
        truncated,
        ...(killedBy ? { killedBy } : {}),
        durationMs: Date.now() - started,
        enforcement,
      });
    });
  });
}
