// Process-count and memory limits by a cgroup v2 subtree, where this machine lets us create one with
// the `pids` and `memory` controllers. A cgroup limit binds the whole sandbox together (a fork bomb,
// or many processes each below an rlimit); where it is not available the caller falls back to
// RLIMIT_NPROC and RLIMIT_DATA, which bind per uid-in-namespace and per process.
import { promises as fs, rmdirSync } from 'node:fs';
import path from 'node:path';

const NEEDED = ['memory', 'pids'];

async function read(p: string): Promise<string | undefined> {
  try {
    return await fs.readFile(p, 'utf8');
  } catch {
    return undefined;
  }
}

async function write(p: string, v: string): Promise<boolean> {
  try {
    await fs.writeFile(p, v);
    return true;
  } catch {
    return false;
  }
}

const has = (controllers: string | undefined) => !!controllers && NEEDED.every((c) => controllers.split(/\s+/).includes(c));

/** Our own cgroup v2 directory, from /proc/self/mountinfo and /proc/self/cgroup. */
async function ownCgroup(): Promise<string | undefined> {
  const info = await read('/proc/self/mountinfo');
  const mine = (await read('/proc/self/cgroup'))?.split('\n').find((l) => l.startsWith('0::'));
  if (!info || !mine) return undefined;
  for (const line of info.split('\n')) {
    const [pre, post] = line.split(' - ');
    if (!post?.startsWith('cgroup2 ')) continue;
    const f = pre!.split(' ');
    const root = f[3]!;
    const mount = f[4]!;
    const rel = mine.slice(3).trim();
    // a cgroup namespace shows our cgroup relative to the mount's root
    const sub = rel.startsWith(root) ? rel.slice(root.length) : rel;
    return path.join(mount, sub);
  }
  return undefined;
}

let parentPromise: Promise<string | null> | undefined;

/**
 * A cgroup directory under which each run gets a child with memory and pids limits, or null where
 * none can be made (no cgroup v2, controllers not delegated to us, no write access). Decided once.
 * KALA_SANDBOX_CGROUP=0 turns the cgroup path off.
 */
export function cgroupParent(): Promise<string | null> {
  parentPromise ??= (async () => {
    if (process.env.KALA_SANDBOX_CGROUP === '0') return null;
    const own = await ownCgroup();
    if (!own || !has(await read(path.join(own, 'cgroup.controllers')))) return null;
    const dir = path.join(own, `kala-sandbox-${process.pid}`);
    try {
      await fs.mkdir(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return null;
    }
    // the controllers reach `dir` only if our cgroup hands them down; that fails (EBUSY) when our
    // cgroup holds processes and is not the root, in which case the machine did not delegate them
    if (!has(await read(path.join(dir, 'cgroup.controllers')))) await write(path.join(own, 'cgroup.subtree_control'), '+memory +pids');
    if (!has(await read(path.join(dir, 'cgroup.controllers'))) || !(await write(path.join(dir, 'cgroup.subtree_control'), '+memory +pids'))) {
      await fs.rmdir(dir).catch(() => undefined);
      return null;
    }
    process.once('exit', () => {
      // best effort: an empty directory; runs remove their own children
      try {
        rmdirSync(dir);
      } catch {
        /* still busy or already gone */
      }
    });
    return dir;
  })();
  return parentPromise;
}

let counter = 0;

/** One run's cgroup: limits set before any sandboxed process joins it. */
export interface RunCgroup {
  dir: string;
  /** kill every process in the cgroup (cgroup.kill where the kernel has it) */
  kill(): Promise<void>;
  /** did the kernel OOM-kill something in it? */
  oomKilled(): Promise<boolean>;
  /** remove the directory once it is empty (retries while the last processes exit) */
  remove(): Promise<void>;
}

export async function createRunCgroup(memoryBytes: number, pids: number): Promise<RunCgroup | null> {
  const parent = await cgroupParent();
  if (!parent) return null;
  const dir = path.join(parent, `run-${++counter}`);
  try {
    await fs.mkdir(dir);
  } catch {
    return null;
  }
  const ok = (await write(path.join(dir, 'memory.max'), String(memoryBytes))) && (await write(path.join(dir, 'pids.max'), String(pids)));
  // without swap accounting memory.swap.max is absent; memory.max still binds
  await write(path.join(dir, 'memory.swap.max'), '0');
  if (!ok) {
    await fs.rmdir(dir).catch(() => undefined);
    return null;
  }
  const run: RunCgroup = {
    dir,
    async kill() {
      if (await write(path.join(dir, 'cgroup.kill'), '1')) return;
      for (const pid of ((await read(path.join(dir, 'cgroup.procs'))) ?? '').split('\n').filter(Boolean)) {
        try {
          process.kill(Number(pid), 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    },
    async oomKilled() {
      const ev = (await read(path.join(dir, 'memory.events'))) ?? '';
      return /oom_kill [1-9]/.test(ev);
    },
    async remove() {
      for (let i = 0; i < 50; i++) {
        try {
          await fs.rmdir(dir);
          return;
        } catch {
          await run.kill();
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    },
  };
  return run;
}
