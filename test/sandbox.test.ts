// runSandboxed (issue 16 §1): untrusted Python and Node code runs in a bubblewrap sandbox. Each escape
// below is tried from inside and must fail, with the host checked from outside as well. CI must be
// able to create the sandbox: this file FAILS (it does not skip) when it cannot, unless
// KALA_SANDBOX_OPTIONAL=1 says the machine is known to lack it.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSandboxed, sandboxAvailable, type SandboxLimits, type SandboxResult } from '../lib/code/sandbox.js';
import { AbortError, InputError, KalaError, SandboxUnavailableError } from '../lib/util/errors.js';

const optional = process.env.KALA_SANDBOX_OPTIONAL === '1';
const avail = sandboxAvailable();
const d = avail.ok || !optional ? describe : describe.skip;
const tag = `${process.pid}x${Date.now().toString(36)}`;

const py = (code: string, limits?: SandboxLimits, extra: Record<string, unknown> = {}) => runSandboxed({ language: 'python', files: { 'main.py': code }, limits, ...extra });
const json = (r: SandboxResult) => JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, unknown>;

/** Host processes whose command line contains `needle` (other than the ps itself). */
function hostProcesses(needle: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(needle) && !l.includes('ps -eo'));
}

describe('sandbox availability', () => {
  it('can create the sandbox on this machine (CI fails here instead of skipping)', () => {
    if (optional && !avail.ok) return;
    expect(avail, `sandbox unavailable: ${avail.reason}; fix: ${avail.fix}`).toEqual({ ok: true });
  });

  it('refuses (never runs unsandboxed) when bubblewrap is missing, and says how to fix it', async () => {
    const saved = process.env.KALA_SANDBOX_BWRAP;
    process.env.KALA_SANDBOX_BWRAP = '/nonexistent/bwrap';
    try {
      const a = sandboxAvailable();
      expect(a.ok).toBe(false);
      expect(a.fix).toMatch(/apt-get install -y bubblewrap/);
      const err = await py('print("ran")').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SandboxUnavailableError);
      expect((err as KalaError).code).toBe('SANDBOX_UNAVAILABLE');
      expect((err as Error).message).toMatch(/bubblewrap/);
    } finally {
      if (saved === undefined) delete process.env.KALA_SANDBOX_BWRAP;
      else process.env.KALA_SANDBOX_BWRAP = saved;
    }
  });

  it('refuses when namespaces cannot be created, and names the sysctl to fix it', async () => {
    // a stand-in bwrap that has the options but fails like bwrap on a kernel without user namespaces
    const dir = mkdtempSync(path.join(tmpdir(), 'kala-fake-bwrap-'));
    chmodSync(dir, 0o755);
    const fake = path.join(dir, 'bwrap');
    writeFileSync(fake, '#!/bin/sh\nif [ "$1" = --help ]; then echo "--disable-userns --size --json-status-fd --perms --die-with-parent --clearenv --remount-ro"; exit 0; fi\necho "bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged user namespaces." >&2\nexit 1\n', { mode: 0o755 });
    const saved = process.env.KALA_SANDBOX_BWRAP;
    process.env.KALA_SANDBOX_BWRAP = fake;
    try {
      const a = sandboxAvailable();
      expect(a.ok).toBe(false);
      expect(a.reason).toMatch(/namespace/);
      expect(a.fix).toMatch(/user\.max_user_namespaces|unprivileged_userns_clone/);
      const err = await py('print("ran")').catch((e: unknown) => e);
      expect((err as KalaError).code).toBe('SANDBOX_UNAVAILABLE');
    } finally {
      if (saved === undefined) delete process.env.KALA_SANDBOX_BWRAP;
      else process.env.KALA_SANDBOX_BWRAP = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad input with InputError, never a crash', async () => {
    const cases: unknown[] = [
      { language: 'ruby', files: { 'a.rb': '' } },
      { language: 'python', files: { '../x.py': '' } },
      { language: 'python', files: { 'a/../../x.py': '' } },
      { language: 'python', files: { '/etc/x.py': '' } },
      { language: 'python', files: { 'main.py': 42 } },
      { language: 'python', files: { 'main.py': '' }, limits: { cpuSeconds: -1 } },
      { language: 'python', files: { 'main.py': '' }, limits: { wallMs: Number.NaN } },
      { language: 'python', files: { 'main.py': '' }, limits: { bogus: 1 } },
      { language: 'python', files: { 'main.py': '' }, command: [] },
      { language: 'python', files: { 'main.py': '' }, env: { 'A=B': 'x' } },
      { language: 'node', files: { 'a.js': '', 'b.js': '' } }, // no entry, no main.js
      null,
    ];
    for (const c of cases) {
      const err = await runSandboxed(c as never).catch((e: unknown) => e);
      expect(err, JSON.stringify(c)).toBeInstanceOf(InputError);
      expect((err as KalaError).code).toBe('INVALID_ARGUMENT');
    }
  });
});

d('sandbox runs code', () => {
  it('runs Python: stdout, exit code, stdin, packages, uid 1000 in /work', async () => {
    const r = await runSandboxed({
      language: 'python',
      files: { 'main.py': 'import os, sys\nfrom pkg.mod import twice\nprint(twice(sys.stdin.read().strip()), os.getuid(), os.getcwd())\nsys.exit(3)\n', 'pkg/__init__.py': '', 'pkg/mod.py': 'def twice(s):\n    return s * 2\n' },
      stdin: 'ab\n',
    });
    expect(r).toMatchObject({ exitCode: 3, signal: null, stdout: 'abab 1000 /work\n', timedOut: false, truncated: false });
    expect(r.killedBy).toBeUndefined();
    expect(['cgroup', 'rlimit-data']).toContain(r.enforcement.memory);
    expect(['cgroup', 'rlimit-nproc']).toContain(r.enforcement.processes);
    expect(r.enforcement).toMatchObject({ cpu: 'setrlimit', fileSize: 'setrlimit', wall: 'parent-kill' });
    console.log('sandbox enforcement on this machine:', JSON.stringify(r.enforcement), `${r.durationMs} ms`);
  });

  it('runs Node: stdout, stderr, exit code, stdin, require', async () => {
    const r = await runSandboxed({
      language: 'node',
      files: { 'main.js': "const { up } = require('./lib/up.js');\nlet s = '';\nprocess.stdin.on('data', (d) => (s += d)).on('end', () => { console.log(up(s)); console.error('warn'); process.exitCode = 5; });\n", 'lib/up.js': 'exports.up = (s) => s.trim().toUpperCase();\n' },
      stdin: 'hello\n',
    });
    expect(r).toMatchObject({ exitCode: 5, signal: null, stdout: 'HELLO\n', stderr: 'warn\n', timedOut: false });
  });

  it("runs a project's tests (python -m unittest, node --test)", async () => {
    const files = { 'calc.py': 'def add(a, b):\n    return a + b\n', 'test_calc.py': 'import unittest\nfrom calc import add\nclass T(unittest.TestCase):\n    def test_add(self):\n        self.assertEqual(add(2, 3), 5)\n' };
    const ok = await runSandboxed({ language: 'python', files, command: ['python3', '-m', 'unittest', '-v'] });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/test_add .* ok/);
    const failing = await runSandboxed({ language: 'python', files: { ...files, 'calc.py': 'def add(a, b):\n    return a - b\n' }, command: ['python3', '-m', 'unittest'] });
    expect(failing.exitCode).toBe(1);
    expect(failing.stderr).toMatch(/FAILED/);
    const node = await runSandboxed({ language: 'node', files: { 'sum.test.js': "const test = require('node:test');\nconst assert = require('node:assert');\ntest('sum', () => assert.strictEqual(1 + 1, 2));\n" }, command: ['node', '--test'] });
    expect(node.exitCode, node.stdout + node.stderr).toBe(0);
    expect(node.stdout).toMatch(/pass 1/);
  });

  it('stops on AbortSignal and rejects an already-aborted one', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 300);
    const r = await runSandboxed({ language: 'node', files: { 'main.js': 'setTimeout(() => {}, 60_000)' }, signal: ac.signal });
    expect(r).toMatchObject({ killedBy: 'abort', exitCode: null, signal: 'SIGKILL' });
    expect(r.durationMs).toBeLessThan(5000);
    const err = await py('print(1)', undefined, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AbortError);
  });
});

d('sandbox escapes fail', () => {
  let server: net.Server;
  let abstract: net.Server;
  let port = 0;
  let connections = 0;
  beforeAll(async () => {
    const onConnection = (s: net.Socket) => {
      connections++;
      s.destroy();
    };
    server = net.createServer(onConnection);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as net.AddressInfo).port;
    // an abstract unix socket: not a file, scoped by the network namespace
    abstract = net.createServer(onConnection);
    await new Promise<void>((r) => abstract.listen(`\0kala-sandbox-test-${tag}`, r));
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await new Promise<void>((r) => abstract.close(() => r()));
  });

  it('network: no route out, and the host loopback is not reachable', async () => {
    const r = await py(`
import json, socket
res = {}
for name, addr in [('internet', ('1.1.1.1', 53)), ('host_loopback', ('127.0.0.1', ${port}))]:
    s = socket.socket(); s.settimeout(3)
    try:
        s.connect(addr); res[name] = 'connected'
    except OSError as e:
        res[name] = type(e).__name__
try:
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('1.1.1.1', 53)); res['udp'] = 'sent'
except OSError as e:
    res['udp'] = type(e).__name__
try:
    u = socket.socket(socket.AF_UNIX); u.connect('\\0kala-sandbox-test-${tag}'); res['abstract_unix'] = 'connected'
except OSError as e:
    res['abstract_unix'] = type(e).__name__
try:
    socket.getaddrinfo('example.com', 443); res['dns'] = 'resolved'
except OSError as e:
    res['dns'] = type(e).__name__
print(json.dumps(res))
`);
    const res = json(r);
    expect(res.internet).toMatch(/OSError|Unreachable|timeout/);
    expect(res.host_loopback).toBe('ConnectionRefusedError'); // its own, empty loopback
    expect(res.udp).not.toBe('sent');
    expect(res.abstract_unix).toBe('ConnectionRefusedError');
    expect(res.dns).not.toBe('resolved');
    expect(connections).toBe(0);
  });

  it('filesystem: nothing outside the private /work and /tmp can be written, and host /tmp is untouched', async () => {
    const targets = [`/tmp/kala-escape-${tag}`, `/etc/kala-escape-${tag}`, `/usr/kala-escape-${tag}`, `/kala-escape-${tag}`, path.join(process.cwd(), `kala-escape-${tag}`), `/root/kala-escape-${tag}`, `/dev/kala-escape-${tag}`, '/proc/sys/kernel/hostname', `/work/kala-escape-${tag}`];
    const r = await py(`
import json
res = {}
for p in ${JSON.stringify(targets)}:
    try:
        with open(p, 'w') as f: f.write('escaped')
        res[p] = 'written'
    except OSError as e:
        res[p] = type(e).__name__
print(json.dumps(res))
`);
    const res = json(r);
    // /tmp and /work are the sandbox's own tmpfs mounts: writable inside, gone afterwards
    expect(res[`/tmp/kala-escape-${tag}`]).toBe('written');
    expect(res[`/work/kala-escape-${tag}`]).toBe('written');
    for (const p of targets.slice(1, -1)) expect(res[p], p).toMatch(/Error/);
    for (const p of targets.filter((t) => !t.startsWith('/proc'))) expect(existsSync(p), `host ${p}`).toBe(false);
  });

  it("filesystem: the host's /root, /home, repository and secrets cannot be read", async () => {
    const targets = ['/root', '/home', process.cwd(), path.join(process.cwd(), 'package.json'), '/etc/shadow', '/etc/hostname', '/etc/ssl/certs', '/var', '/sys/class/net', '/opt'];
    const r = await py(`
import json, os
res = {}
for p in ${JSON.stringify(targets)}:
    try:
        res[p] = 'listed' if os.path.isdir(p) and os.listdir(p) is not None else open(p).read(64) and 'read'
    except OSError as e:
        res[p] = type(e).__name__
print(json.dumps(res))
`);
    const res = json(r);
    for (const p of targets) expect(res[p], p).toBe('FileNotFoundError');
  });

  it("/proc shows only the sandbox: no host processes, no host environment or command lines", async () => {
    process.env.KALA_SANDBOX_CANARY = `canary-${tag}`;
    try {
      const r = await py(`
import json, os
pids = [int(p) for p in os.listdir('/proc') if p.isdigit()]
blob = b''
for p in pids:
    for f in ('environ', 'cmdline'):
        try:
            with open(f'/proc/{p}/{f}', 'rb') as fh: blob += fh.read()
        except OSError:
            pass
print(json.dumps({'pids': pids, 'canary': b'${`canary-${tag}`}' in blob or 'KALA_SANDBOX_CANARY' in os.environ, 'vitest': b'vitest' in blob, 'host_pid_visible': os.path.exists('/proc/${process.pid}/cmdline'), 'init_cmd': open('/proc/1/cmdline','rb').read(200).split(b'\\0')[0].decode()}))
`);
      const res = json(r);
      expect((res.pids as number[]).length).toBeLessThanOrEqual(3); // bwrap's init and python
      expect(Math.max(...(res.pids as number[]))).toBeLessThan(50);
      expect(res.canary).toBe(false);
      expect(res.vitest).toBe(false);
      if (process.pid > 50) expect(res.host_pid_visible).toBe(false);
      expect(res.init_cmd).toMatch(/(^|\/)bwrap$/);
    } finally {
      delete process.env.KALA_SANDBOX_CANARY;
    }
  });

  it('fork bomb: stopped by the process limit; the run ends and the host can still fork', async () => {
    const r = await py(`
import os, time
n = 0
try:
    while n < 10000:
        if os.fork() == 0:
            time.sleep(5); os._exit(0)
        n += 1
except OSError as e:
    print('fork failed after', n, e.errno, flush=True)
`, { processes: 16, wallMs: 8000 });
    expect(r.stdout).toMatch(/fork failed after \d+ 11/); // EAGAIN
    expect(Number(/after (\d+)/.exec(r.stdout)![1])).toBeLessThan(16);
    // the classic shell bomb, bounded by the limit and then by the wall clock
    const sh = await runSandboxed({ language: 'python', files: {}, command: ['sh', '-c', `bomb() { bomb | bomb & }; bomb; sleep 2; echo survived-${tag}`], limits: { processes: 32, wallMs: 4000 } });
    expect(sh.durationMs).toBeLessThan(10_000);
    expect(spawnSync('true').status).toBe(0);
    expect(hostProcesses(`survived-${tag}`)).toEqual([]);
  });

  it('memory bomb: allocations past memoryMb fail (Python and Node)', async () => {
    const big = await py(`
b = bytearray(2 << 30)
print('allocated 2 GiB')
`, { memoryMb: 256 });
    expect(big.stdout).not.toMatch(/allocated/);
    expect(big.exitCode === 1 ? big.stderr : big.killedBy).toMatch(/MemoryError|memory/);
    const grow = await py(`
chunks = []
while True:
    chunks.append(bytearray(16 << 20))
`, { memoryMb: 256, wallMs: 20_000 });
    expect(grow.timedOut).toBe(false);
    expect(grow.exitCode === 1 ? grow.stderr : grow.killedBy).toMatch(/MemoryError|memory/);
    const node = await runSandboxed({ language: 'node', files: { 'main.js': 'const a = [];\nfor (let i = 0; i < 200; i++) a.push(Buffer.alloc(16 << 20, 1));\nconsole.log("allocated", a.length * 16, "MiB");\n' }, limits: { memoryMb: 256, wallMs: 20_000 } });
    expect(node.stdout).not.toMatch(/allocated/);
    expect(node.exitCode === 0).toBe(false);
    expect(node.timedOut).toBe(false);
  });

  it('memory bomb through the holes of RLIMIT_DATA (shared, stack-like, memfd, /dev/zero) fails too', async () => {
    const r = await py(`
import ctypes, json, mmap, os
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
GIB = 1 << 30
res = {}
def touch(name, make):
    try:
        m = make()
        for i in range(0, GIB, 1 << 16): m[i] = 1
        res[name] = 'touched 1 GiB'
    except Exception as e:
        res[name] = type(e).__name__
touch('shared_anonymous', lambda: mmap.mmap(-1, GIB))
touch('dev_zero', lambda: mmap.mmap(os.open('/dev/zero', os.O_RDWR), GIB))
p = libc.mmap(None, GIB, 3, 0x02 | 0x20 | 0x0100, -1, 0)  # MAP_PRIVATE|MAP_ANONYMOUS|MAP_GROWSDOWN
res['growsdown'] = 'mapped' if p not in (None, 2**64 - 1) else 'errno %d' % ctypes.get_errno()
res['memfd'] = 'created' if libc.memfd_create(b'x', 0) >= 0 else 'errno %d' % ctypes.get_errno()
res['sysv_shm'] = 'created' if libc.shmget(0, GIB, 0o1000 | 0o600) >= 0 else 'errno %d' % ctypes.get_errno()
print(json.dumps(res))
`, { memoryMb: 256, wallMs: 20_000 });
    const res = json(r);
    // the seccomp filter and the /dev without zero apply with a cgroup too, so the answers are the same
    expect(res).toEqual({ shared_anonymous: 'OSError', dev_zero: 'FileNotFoundError', growsdown: 'errno 12', memfd: 'errno 38', sysv_shm: 'errno 38' });
  });

  it("signals: killing the parent, the host's PIDs or everyone reaches only the sandbox", async () => {
    const r = await py(`
import json, os, signal
res = {'ppid': os.getppid()}
for name, pid in [('parent', os.getppid()), ('host_runner', ${process.pid}), ('host_runner_parent', ${process.ppid})]:
    try:
        os.kill(pid, signal.SIGKILL); res[name] = 'sent'
    except OSError as e:
        res[name] = type(e).__name__
print(json.dumps(res), flush=True)
os.kill(-1, signal.SIGKILL)
`);
    const res = json(r);
    expect(res.ppid).toBe(1); // bubblewrap's init in the sandbox's PID namespace
    // SIGKILL to its own namespace's init is dropped by the kernel; the host PIDs do not exist there
    if (process.pid > 50) expect(res.host_runner).toBe('ProcessLookupError');
    if (process.ppid > 50) expect(res.host_runner_parent).toBe('ProcessLookupError');
    expect(() => process.kill(process.pid, 0)).not.toThrow();
    expect(() => process.kill(process.ppid, 0)).not.toThrow();
  });

  it('long sleep: the wall limit kills the whole sandbox, setsid daemons included; nothing survives', async () => {
    const r = await runSandboxed({ language: 'python', files: {}, command: ['sh', '-c', 'setsid sleep 318 & sleep 317; echo woke'], limits: { wallMs: 1000 } });
    expect(r).toMatchObject({ timedOut: true, killedBy: 'wall', exitCode: null, signal: 'SIGKILL' });
    expect(r.stdout).not.toMatch(/woke/);
    expect(r.durationMs).toBeLessThan(5000);
    await new Promise((res) => setTimeout(res, 200));
    expect(hostProcesses('sleep 317')).toEqual([]);
    expect(hostProcesses('sleep 318')).toEqual([]);
    // a daemon left behind by a program that exits normally dies with the sandbox too
    const left = await runSandboxed({ language: 'python', files: {}, command: ['sh', '-c', 'setsid sleep 319 </dev/null >/dev/null 2>&1 & echo bye'] });
    expect(left).toMatchObject({ exitCode: 0, stdout: 'bye\n' });
    await new Promise((res) => setTimeout(res, 200));
    expect(hostProcesses('sleep 319')).toEqual([]);
  });

  it('privileges: no capabilities, no root, no nested user namespace', async () => {
    const r = await py(`
import json, os, subprocess
res = {'caps': [l.split()[1] for l in open('/proc/self/status') if l.startswith(('CapEff', 'CapPrm'))]}
try:
    os.setuid(0); res['setuid'] = 'root'
except OSError as e:
    res['setuid'] = type(e).__name__
u = subprocess.run(['unshare', '-Ur', 'id', '-u'], capture_output=True, text=True)
res['unshare'] = [u.returncode, u.stdout.strip()]
print(json.dumps(res))
`);
    const res = json(r);
    expect(res.caps).toEqual(['0000000000000000', '0000000000000000']);
    expect(res.setuid).toMatch(/^(PermissionError|OSError)$/); // uid 0 is not even mapped inside
    expect((res.unshare as unknown[])[0]).not.toBe(0);
  });

  it('file descriptors: a descriptor the host process inherited does not reach the sandbox', () => {
    // a Node process with an extra, inheritable pipe at fd 7 (as a test runner or a server could
    // leak) runs a sandbox; inside, only stdin, stdout, stderr (and listdir's own fd) may be open
    const mod = pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'code', 'sandbox.js')).href;
    const script = `import { runSandboxed } from ${JSON.stringify(mod)};
const r = await runSandboxed({ language: 'python', files: { 'main.py': "import os, json\\nprint(json.dumps(sorted(int(f) for f in os.listdir('/proc/self/fd'))))" } });
process.stdout.write(r.stdout + r.stderr);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'ignore', 'ignore', 'ignore', 'ignore', 'pipe'], timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([0, 1, 2, 3]);
  });

  it('CPU spin: RLIMIT_CPU stops it before the wall clock', async () => {
    const r = await py('while True:\n    pass\n', { cpuSeconds: 1, wallMs: 20_000 });
    expect(r).toMatchObject({ killedBy: 'cpu', signal: 'SIGXCPU', timedOut: false, exitCode: null });
  });

  it('file size: a 100 MB write stops at fileSizeMb, and the tmpfs size cap stops many files', async () => {
    const r = await py(`
import json, os
res = {}
for p in ('/work/big', '/tmp/big', '/dev/shm/big'):
    try:
        with open(p, 'wb') as f:
            for _ in range(100):
                f.write(b'x' * (1 << 20))
        res[p] = 'wrote 100 MB'
    except OSError as e:
        res[p] = [e.errno, os.path.getsize(p)]
n = 0
try:
    for i in range(64):
        with open(f'/work/f{i}', 'wb') as f: f.write(b'y' * (1 << 20))
        n += 1
except OSError as e:
    res['fill'] = [e.errno, n]
print(json.dumps(res))
`, { fileSizeMb: 1, diskMb: 8 });
    const res = json(r);
    expect(res['/work/big']).toEqual([27, 1 << 20]); // EFBIG at exactly 1 MiB
    expect(res['/tmp/big']).toEqual([27, 1 << 20]);
    expect(res['/dev/shm/big']).toEqual([27, 1 << 20]);
    expect((res.fill as number[])[0]).toBe(28); // ENOSPC: the 8 MiB tmpfs is full
    expect((res.fill as number[])[1]).toBeLessThan(8);
  });

  it('output flood: stdout is capped, truncated is set and the run is stopped', async () => {
    const r = await py("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n", { outputBytes: 100_000, wallMs: 10_000 });
    expect(r).toMatchObject({ truncated: true, killedBy: 'output', timedOut: false });
    expect(r.stdout.length).toBe(100_000);
  });
});
