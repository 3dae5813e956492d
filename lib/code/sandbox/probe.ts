// Finding the tools the sandbox needs (bubblewrap, prlimit, setpriv) and proving once, by running a
// trivial sandbox, that this machine can create the namespaces. The answer is cached: the probe costs
// one process start, and the machine does not change under a running process.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants as fsc } from 'node:fs';
import path from 'node:path';
import { seccompFilter } from './seccomp.js';

/** Everything a run needs to know about the host, found once. */
export interface HostSetup {
  bwrap: string;
  prlimit: string;
  /** closes the descriptors this process inherited from its own parent before bubblewrap starts */
  bash: string;
  /** set when we run as root: the kernel must see the sandboxed code as an ordinary uid (see DEDICATED_UID) */
  setpriv?: string;
  /** the kernel uid the sandboxed code runs as on the host (our own uid when we are not root) */
  hostUid: number;
}

export interface Availability {
  ok: boolean;
  reason?: string;
  fix?: string;
  setup?: HostSetup;
}

/**
 * When the engine runs as root, a sandbox entered straight from root would still be kernel uid 0
 * outside its user namespace, and uid 0 is exempt from RLIMIT_NPROC (so a fork bomb would not be
 * stopped). We therefore drop to this fixed, otherwise unused uid before entering bubblewrap. It
 * owns no files on the host: the sandbox's writable directories are tmpfs mounts and its input files
 * reach bubblewrap as open descriptors. KALA_SANDBOX_UID overrides it.
 */
export const DEFAULT_DEDICATED_UID = 2_000_001_000;

/** Always-safe PATH for finding the host tools (the caller's PATH is not trusted to be sane). */
const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function isExecutable(p: string): boolean {
  try {
    accessSync(p, fsc.X_OK);
    return true;
  } catch {
    return false;
  }
}

function which(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':').filter((d) => path.isAbsolute(d)), ...SYSTEM_DIRS];
  for (const d of dirs) {
    const p = path.join(d, name);
    if (isExecutable(p)) return p;
  }
  return undefined;
}

/** The setup without the probe: which tools exist and which uid the code will run as. */
function findTools(): Availability {
  if (process.platform !== 'linux') {
    return { ok: false, reason: `the sandbox needs Linux namespaces; this is ${process.platform}`, fix: 'run the sandbox on Linux with bubblewrap installed' };
  }
  const bwrap = process.env.KALA_SANDBOX_BWRAP || which('bwrap');
  if (!bwrap || !isExecutable(bwrap)) {
    return { ok: false, reason: `bubblewrap (bwrap) was not found${process.env.KALA_SANDBOX_BWRAP ? ` at ${process.env.KALA_SANDBOX_BWRAP}` : ''}`, fix: 'install bubblewrap 0.8 or newer: `apt-get install -y bubblewrap` (Debian/Ubuntu) or `dnf install bubblewrap`' };
  }
  const prlimit = which('prlimit');
  if (!prlimit) return { ok: false, reason: 'prlimit (util-linux) was not found', fix: 'install util-linux: `apt-get install -y util-linux`' };
  const bash = which('bash');
  if (!bash) return { ok: false, reason: 'bash was not found (it closes inherited file descriptors before the sandbox starts)', fix: 'install bash: `apt-get install -y bash`' };
  const root = process.getuid?.() === 0;
  let setpriv: string | undefined;
  let hostUid = process.getuid?.() ?? -1;
  if (root) {
    setpriv = which('setpriv');
    if (!setpriv) return { ok: false, reason: 'running as root, and setpriv (util-linux) was not found to drop to an unprivileged uid', fix: 'install util-linux (`apt-get install -y util-linux`) or run as an ordinary user' };
    const env = process.env.KALA_SANDBOX_UID;
    hostUid = env !== undefined && /^\d+$/.test(env) ? Number(env) : DEFAULT_DEDICATED_UID;
    if (hostUid === 0 || hostUid >= 0xffffffff) return { ok: false, reason: `KALA_SANDBOX_UID=${env} is not a usable unprivileged uid`, fix: 'set KALA_SANDBOX_UID to an unused uid other than 0, or unset it' };
  }
  return { ok: true, setup: { bwrap, prlimit, bash, setpriv, hostUid } };
}

/** The bubblewrap options this module relies on; all are in bubblewrap 0.8 (Debian 12, Ubuntu 24.04). */
const REQUIRED_OPTIONS = ['--disable-userns', '--size', '--json-status-fd', '--perms', '--die-with-parent', '--clearenv', '--remount-ro'];

/** A fix for a failed probe, from bubblewrap's own complaint. */
export function fixFor(stderr: string): string {
  if (/unknown option|unrecognized option/i.test(stderr)) return 'install bubblewrap 0.8 or newer (Debian 12 / Ubuntu 24.04 ship it): `apt-get install -y bubblewrap`';
  if (/Can't find source path/i.test(stderr)) return `a directory the sandbox binds read-only is not readable by the sandbox's uid (${stderr.match(/source path (\S+)/)?.[1] ?? '?'}): install Node and Python under /usr or /opt with world-readable permissions (not under /root)`;
  if (/setpriv/i.test(stderr)) return 'the dedicated uid could not be entered: set KALA_SANDBOX_UID to a uid inside this container\'s uid map, or run as an ordinary user';
  if (/namespace|Operation not permitted|Permission denied|No space left/i.test(stderr)) {
    return 'allow unprivileged user namespaces: `sysctl -w kernel.unprivileged_userns_clone=1` (Debian kernels), `sysctl -w user.max_user_namespaces=15000`, on Ubuntu 23.10+ `sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` (or an AppArmor profile for bwrap); in Docker run with `--security-opt seccomp=unconfined --security-opt apparmor=unconfined` (or --privileged)';
  }
  return 'check that `bwrap --unshare-all --ro-bind / / true` works for this user; install bubblewrap 0.8+ and allow unprivileged user namespaces';
}

/** The command that proves the sandbox works: the same chain a run uses, running /bin/true. */
function probeCommand(setup: HostSetup, buildArgs: () => string[]): { file: string; args: string[] } {
  // the seccomp filter, when there is one, arrives on stdin
  const bw = [setup.bwrap, ...buildArgs(), ...(seccompFilter() ? ['--seccomp', '0'] : []), '--', setup.prlimit, '--core=0', '--', '/bin/true'];
  return setup.setpriv ? { file: setup.setpriv, args: [...dropArgs(setup), ...bw] } : { file: bw[0]!, args: bw.slice(1) };
}

/** setpriv options that make the rest of the chain run as the dedicated uid with no capabilities. */
export function dropArgs(setup: HostSetup): string[] {
  const u = String(setup.hostUid);
  return ['--reuid', u, '--regid', u, '--clear-groups', '--inh-caps=-all', '--bounding-set=-all', '--no-new-privs', '--'];
}

/** Environment for the host-side processes: bubblewrap's init inside the sandbox keeps the
 *  environment bubblewrap was started with, readable at /proc/1/environ, so it must hold no secrets. */
export const HOST_ENV: NodeJS.ProcessEnv = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' };

const cache = new Map<string, Availability>();
const cacheKey = () => `${process.env.KALA_SANDBOX_BWRAP ?? ''}|${process.env.KALA_SANDBOX_UID ?? ''}`;

function judge(tools: Availability, help: string, status: number | null, stderr: string): Availability {
  const missing = REQUIRED_OPTIONS.filter((o) => !help.includes(o));
  if (missing.length) return { ok: false, reason: `bubblewrap at ${tools.setup!.bwrap} is too old (no ${missing.join(', ')})`, fix: fixFor('unknown option') };
  if (status === 0) return tools;
  const msg = stderr.trim().split('\n').slice(-3).join(' ') || `exit status ${status}`;
  return { ok: false, reason: `bubblewrap could not create the sandbox namespaces: ${msg}`, fix: fixFor(stderr) };
}

/** Synchronous probe (used by sandboxAvailable; one short process start, then cached). */
export function probeSync(buildArgs: () => string[]): Availability {
  const key = cacheKey();
  const hit = cache.get(key);
  if (hit) return hit;
  const tools = findTools();
  let result = tools;
  if (tools.ok) {
    const help = spawnSync(tools.setup!.bwrap, ['--help'], { encoding: 'utf8', env: HOST_ENV, timeout: 10_000 });
    const cmd = probeCommand(tools.setup!, buildArgs);
    const r = spawnSync(cmd.file, cmd.args, { encoding: 'utf8', env: HOST_ENV, timeout: 10_000, stdio: ['pipe', 'ignore', 'pipe'], input: seccompFilter() ?? '' });
    // an EPIPE on the filter (a bwrap that died before reading it) still leaves its status and stderr
    const failed = r.status === null && r.error;
    result = judge(tools, `${help.stdout ?? ''}${help.stderr ?? ''}`, r.status, `${r.stderr ?? ''}${failed ? ` ${String(r.error)}` : ''}`);
  }
  cache.set(key, result);
  return result;
}

function runAsync(file: string, args: string[], stdin?: Buffer | null): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(file, args, { env: HOST_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin ?? '');
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ status: null, out: String(e) });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, out });
    });
  });
}

/** The same probe without blocking the event loop (used by runSandboxed); shares the cache. */
export async function probeAsync(buildArgs: () => string[]): Promise<Availability> {
  const key = cacheKey();
  const hit = cache.get(key);
  if (hit) return hit;
  const tools = findTools();
  let result = tools;
  if (tools.ok) {
    const help = await runAsync(tools.setup!.bwrap, ['--help']);
    const cmd = probeCommand(tools.setup!, buildArgs);
    const r = await runAsync(cmd.file, cmd.args, seccompFilter());
    result = judge(tools, help.out, r.status, r.out);
  }
  cache.set(key, result);
  return result;
}

/** Does `p` exist and is it executable (by us; the sandbox re-checks as its own uid)? */
export function interpreterPresent(p: string): boolean {
  return isExecutable(p);
}
