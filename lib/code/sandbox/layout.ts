// The sandbox's filesystem and namespaces as bubblewrap arguments. Inside: /usr (and the /bin, /lib…
// links to it) read-only, the Node install prefix read-only when it lives outside /usr, a fresh /proc
// for the new PID namespace, a minimal /dev (no /dev/zero, see devArgs), a few /etc files, and two private size-capped tmpfs
// mounts (/work with the caller's files, /tmp, /dev/shm). Everything else of the host (/root, /home, the
// repository, /etc/shadow, /var, /sys) is simply absent, and / itself is remounted read-only.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** uid/gid the code sees inside (mapped onto HostSetup.hostUid outside). */
export const INSIDE_UID = 1000;
export const WORK_DIR = '/work';

/** Host paths that are links into /usr on merged-/usr systems, or real directories elsewhere. */
const ROOT_LINKS = ['/bin', '/sbin', '/lib', '/lib64', '/lib32', '/libx32'];
/** The only /etc files the interpreters need (dynamic loader cache, time zone, alternatives links). */
const ETC_FILES = ['/etc/ld.so.cache', '/etc/ld.so.conf', '/etc/ld.so.conf.d', '/etc/localtime', '/etc/alternatives'];

/** Mounts of the host system, identical for every run. */
function systemMounts(): string[] {
  const a = ['--ro-bind', '/usr', '/usr'];
  for (const p of ROOT_LINKS) {
    try {
      const st = lstatSync(p);
      if (st.isSymbolicLink()) a.push('--symlink', readlinkSync(p), p);
      else if (st.isDirectory()) a.push('--ro-bind', p, p);
    } catch {
      // absent on this host: absent inside too
    }
  }
  // node may live outside /usr (nvm, /opt/node…): bind its install prefix, read-only
  const prefix = nodePrefix();
  if (prefix && prefix !== '/usr' && !prefix.startsWith('/usr/') && prefix !== '/') a.push('--ro-bind', prefix, prefix);
  a.push('--dir', '/etc');
  for (const p of ETC_FILES) a.push('--ro-bind-try', p, p);
  return a;
}

/** The directory holding bin/node (e.g. /usr for /usr/bin/node). */
export function nodePrefix(): string | undefined {
  try {
    return path.dirname(path.dirname(realpathSync(process.execPath)));
  } catch {
    return undefined;
  }
}

/**
 * A /dev of our own rather than bubblewrap's --dev: the same devices minus /dev/zero (a shared
 * mapping of it is shmem, memory RLIMIT_DATA does not count) and minus /dev/tty and /dev/pts (no
 * terminal).
 */
function devArgs(): string[] {
  const a = ['--size', String(1 << 20), '--tmpfs', '/dev'];
  for (const d of ['null', 'full', 'random', 'urandom']) a.push('--dev-bind', `/dev/${d}`, `/dev/${d}`);
  a.push('--symlink', '/proc/self/fd', '/dev/fd');
  ['stdin', 'stdout', 'stderr'].forEach((n, i) => a.push('--symlink', `/proc/self/fd/${i}`, `/dev/${n}`));
  return a;
}

/** bubblewrap arguments up to (not including) the files and the command. */
export function baseArgs(diskBytes = 16 << 20): string[] {
  return [
    // new user (no capabilities outside), PID, IPC, network (loopback only), UTS and cgroup namespaces
    '--unshare-user', '--unshare-pid', '--unshare-ipc', '--unshare-net', '--unshare-uts', '--unshare-cgroup-try',
    // no nested user namespaces: they are the usual door to kernel attack surface
    '--disable-userns',
    '--uid', String(INSIDE_UID), '--gid', String(INSIDE_UID), '--hostname', 'sandbox',
    // if this process dies, the sandbox dies with it
    '--die-with-parent',
    ...systemMounts(),
    '--proc', '/proc',
    ...devArgs(),
    // every writable place is a size-capped tmpfs: an uncapped one would be memory no rlimit counts
    '--size', String(diskBytes), '--tmpfs', '/dev/shm',
    '--size', String(diskBytes), '--tmpfs', '/tmp',
    '--size', String(diskBytes), '--perms', '0755', '--tmpfs', WORK_DIR,
  ];
}

/** Arguments that close the layout: / read-only, then cwd and environment. */
export function finishArgs(env: Record<string, string>): string[] {
  // bubblewrap's / and /dev are tmpfs mounts without a size cap: read-only once set up
  const a = ['--remount-ro', '/dev', '--remount-ro', '/', '--chdir', WORK_DIR, '--clearenv'];
  for (const [k, v] of Object.entries(env)) a.push('--setenv', k, v);
  return a;
}

/** Default environment inside the sandbox. */
export function insideEnv(extra: Record<string, string>): Record<string, string> {
  const prefix = nodePrefix();
  const nodeBin = prefix ? path.join(prefix, 'bin') : undefined;
  const pathDirs = [...(nodeBin && nodeBin !== '/usr/bin' ? [nodeBin] : []), '/usr/local/bin', '/usr/bin', '/bin'];
  return {
    PATH: pathDirs.join(':'),
    HOME: WORK_DIR,
    TMPDIR: '/tmp',
    USER: 'sandbox',
    LANG: 'C.UTF-8',
    PYTHONDONTWRITEBYTECODE: '1',
    ...extra,
  };
}

/** /etc/passwd, /etc/group and /etc/hosts for the sandbox user (so getpwuid and "localhost" work). */
export function etcContents(): Record<string, string> {
  return {
    '/etc/passwd': `root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nsandbox:x:${INSIDE_UID}:${INSIDE_UID}:sandbox:${WORK_DIR}:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n`,
    '/etc/group': `root:x:0:\nsandbox:x:${INSIDE_UID}:\nnogroup:x:65534:\n`,
    '/etc/hosts': '127.0.0.1 localhost sandbox\n::1 localhost\n',
  };
}
