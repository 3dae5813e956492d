// All-or-nothing writes of multi-file artifacts (DESIGN §4), and their recovery after a kill.
//
// Two writers, one recovery:
// - writeDirAtomically(dir): a directory that is wholly one artifact (a model save, a training
//   checkpoint) is built in a sibling `.NAME.tmp-TAG`, marked complete by a manifest written
//   last, then swapped in: `NAME` -> `.NAME.old-TAG`, `.NAME.tmp-TAG` -> `NAME`. A kill between
//   the two renames leaves no `NAME`; recovery then promotes the complete tmp (the newer one),
//   else the old one.
// - writeFilesInto(dir): files that share a directory with the user's own files (an adapter in a
//   training output, a dataset) are staged in `.NAME.staged-TAG`, committed by a manifest
//   written last, then renamed in one by one. Recovery finishes (rolls forward) a committed
//   staging directory; an uncommitted one is discarded, leaving the old files.
// recoverDir(dir) runs before every read and write of such an artifact and removes stale
// temporary directories of writers that died. The manifest of an in-place artifact stays beside
// it (kala_manifest.json) so that a loader can tell a mix of two saves from one save.
import { createReadStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { FormatError, KalaError, type KalaErrorCode } from '../util/errors.js';
import { readSafetensorsHeader } from './safetensors.js';

/** The manifest of an artifact: every file with its size and (for in-place artifacts) identity. */
export const MANIFEST = 'kala_manifest.json';

interface ManifestEntry {
  size: number;
  /** For a directory of a nested artifact. */
  dir?: true;
  /** safetensors files carry the save id in their `__metadata__.kala_save` (cheap to check). */
  saveId?: string;
  sha256?: string;
}

interface Manifest {
  format: 'kala-manifest';
  version: 1;
  saveId: string;
  /** An in-place artifact keeps its manifest beside its files (recovery moves it in too). */
  keep?: boolean;
  files: Record<string, ManifestEntry>;
}

// ---- test-only kill hook ----------------------------------------------------------------------

// KALA_TEST_KILL_AT=<label>:<n> kills this process with SIGKILL at the n-th (1-based) boundary
// called <label>, so the kill tests can stop a writer at every rename and write boundary.
const KILL_AT = /^([a-z-]+):(\d+)$/.exec(process.env.KALA_TEST_KILL_AT ?? '');
const killCounts = new Map<string, number>();

/** A write boundary: labels are file, staged, commit, aside, swap, unmark, rename, done. */
export function killPoint(label: string): void {
  if (!KILL_AT || KILL_AT[1] !== label) return;
  const n = (killCounts.get(label) ?? 0) + 1;
  killCounts.set(label, n);
  if (n === Number(KILL_AT[2])) process.kill(process.pid, 'SIGKILL');
}

// ---- helpers ----------------------------------------------------------------------------------

/** A fresh id for one save (also stored in the safetensors metadata of in-place artifacts). */
export function newSaveId(): string {
  return `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
}

function tag(): string {
  return `${process.pid}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

function ioError(what: string, e: unknown): KalaError {
  if (e instanceof KalaError) return e;
  return new KalaError('IO_ERROR', `${what}: ${(e as Error).message}`, { cause: e });
}

async function statOrUndefined(p: string) {
  try {
    return await fsp.stat(p);
  } catch {
    return undefined;
  }
}

/** fsync a file or directory (some file systems refuse it on directories: that is fine). */
async function syncPath(p: string): Promise<void> {
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(p, 'r');
    await fh.sync();
  } catch {
    /* best effort on directories */
  } finally {
    await fh?.close();
  }
}

/** Every file and directory under `dir`, as relative paths (directories before their files). */
async function walk(dir: string, prefix = ''): Promise<{ rel: string; dir: boolean }[]> {
  const out: { rel: string; dir: boolean }[] = [];
  for (const e of await fsp.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      out.push({ rel, dir: true });
      out.push(...(await walk(dir, rel)));
    } else out.push({ rel, dir: false });
  }
  return out;
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

async function describe(file: string, saveId: string, identity: boolean): Promise<ManifestEntry> {
  const { size } = await fsp.stat(file);
  if (!identity) return { size };
  if (file.endsWith('.safetensors')) {
    const h = await readSafetensorsHeader(file).catch(() => undefined);
    if (h?.metadata.kala_save === saveId) return { size, saveId };
  }
  return { size, sha256: await sha256(file) };
}

/** Writes the manifest of the files under `dir` (fsynced) and the directory itself; `keep`
 *  records identities (save id or hash) for the loader's check. */
async function commit(dir: string, saveId: string, keep: boolean): Promise<void> {
  const files: Record<string, ManifestEntry> = {};
  for (const e of await walk(dir)) {
    if (e.rel === MANIFEST) continue;
    const p = path.join(dir, e.rel);
    if (e.dir) files[e.rel] = { size: 0, dir: true };
    else {
      await syncPath(p);
      files[e.rel] = await describe(p, saveId, keep);
    }
  }
  const manifest: Manifest = { format: 'kala-manifest', version: 1, saveId, ...(keep ? { keep } : {}), files };
  await writeJsonSynced(path.join(dir, MANIFEST), manifest);
  await syncPath(dir);
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await fsp.readFile(path.join(dir, MANIFEST), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const m = JSON.parse(text) as Manifest;
    if (m?.format === 'kala-manifest' && typeof m.files === 'object' && m.files !== null) return m;
  } catch {
    /* below */
  }
  throw new FormatError('CONFIG_INVALID', `${path.join(dir, MANIFEST)} is damaged; delete it if the files beside it are known to belong together`);
}

/** Whether every file a manifest lists is there with its size (a complete staged directory). */
async function complete(dir: string): Promise<boolean> {
  let m: Manifest | undefined;
  try {
    m = await readManifest(dir);
  } catch {
    return false;
  }
  if (!m) return false;
  for (const [rel, e] of Object.entries(m.files)) {
    const st = await statOrUndefined(path.join(dir, rel));
    if (!st || (e.dir ? !st.isDirectory() : !st.isFile() || st.size !== e.size)) return false;
  }
  return true;
}

// ---- recovery ---------------------------------------------------------------------------------

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Sibling {
  path: string;
  kind: 'tmp' | 'old' | 'staged';
  pid: number;
  mtime: number;
}

async function siblings(target: string): Promise<Sibling[]> {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = await fsp.readdir(parent);
  } catch {
    return [];
  }
  const out: Sibling[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|old|staged)-(\d+)-[\w-]+$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const p = path.join(parent, name);
    const st = await statOrUndefined(p);
    if (!st?.isDirectory()) continue;
    out.push({ path: p, kind: m[1] as Sibling['kind'], pid: Number(m[2]), mtime: st.mtimeMs });
  }
  return out.sort((a, b) => a.mtime - b.mtime);
}

/** Moves a committed staging directory's files into `target` (those not moved yet), manifest last. */
async function rollForward(staged: string, target: string): Promise<void> {
  const m = (await readManifest(staged))!;
  for (const rel of Object.keys(m.files)) {
    if (rel.includes('/')) continue; // staged artifacts are flat
    await renameIfThere(path.join(staged, rel), path.join(target, rel));
    killPoint('rename');
  }
  if (m.keep) await renameIfThere(path.join(staged, MANIFEST), path.join(target, MANIFEST));
  await syncPath(target);
  killPoint('done');
  await fsp.rm(staged, { recursive: true, force: true });
}

/** rename, where a source that is gone means a concurrent recovery already moved it. */
async function renameIfThere(from: string, to: string): Promise<void> {
  try {
    await fsp.rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

export interface RecoverOptions {
  /** For directories written before manifests existed (or assembled by hand): whether a
   *  temporary copy holds a whole artifact. */
  looksComplete?: (dir: string) => Promise<boolean>;
}

/**
 * Brings `dir` back to the newest complete state after a writer was killed: promotes a complete
 * swapped-out copy when `dir` is missing, finishes committed in-place writes, and removes the
 * temporary directories of dead writers. Does nothing when there is nothing to recover.
 */
export async function recoverDir(dir: string, options: RecoverOptions = {}): Promise<void> {
  const target = path.resolve(dir);
  const found = await siblings(target);
  const st = await statOrUndefined(target);
  try {
    if (!st && found.some((s) => s.kind !== 'staged')) {
      let pick: Sibling | undefined;
      for (const s of found.filter((x) => x.kind === 'tmp').reverse()) {
        if ((await complete(s.path)) || (!(await readManifest(s.path).catch(() => undefined)) && !alive(s.pid) && (await options.looksComplete?.(s.path)))) {
          pick = s;
          break;
        }
      }
      pick ??= found.filter((x) => x.kind === 'old').at(-1);
      if (pick) {
        await fsp.rename(pick.path, target);
        await fsp.rm(path.join(target, MANIFEST), { force: true });
        await syncPath(path.dirname(target));
      }
    }
    if ((await statOrUndefined(target))?.isDirectory()) {
      // a staging directory is committed once its manifest is there (written last); files it
      // lists but no longer holds were already renamed into place
      for (const s of found.filter((x) => x.kind === 'staged')) if (await readManifest(s.path).catch(() => undefined)) await rollForward(s.path, target);
    }
  } catch (e) {
    throw ioError(`could not recover ${target} after an interrupted write`, e);
  }
  // stale leftovers of dead writers: incomplete copies, swapped-out old copies, a swap marker
  for (const s of await siblings(target)) {
    if (alive(s.pid)) continue;
    await fsp.rm(s.path, { recursive: true, force: true }).catch(() => undefined);
  }
  // a swapped-in directory whose writer died before it removed the completion marker
  const marker = await readManifest(target).catch(() => undefined);
  if (marker && !marker.keep) await fsp.rm(path.join(target, MANIFEST), { force: true }).catch(() => undefined);
}

// ---- writers ----------------------------------------------------------------------------------

/** Files of an existing artifact directory that a new save must not carry over (stale weights). */
function isArtifactFile(name: string): boolean {
  return (
    /\.safetensors$|\.safetensors\.index\.json$|^pytorch_model.*\.bin(\.index\.json)?$|\.pt$/.test(name) ||
    name === 'config.json' ||
    name === 'adapter_config.json' ||
    name === MANIFEST
  );
}

/**
 * Writes a directory that is one artifact: `write(tmp, saveId)` fills a fresh sibling directory,
 * which then replaces `dir`. Other files of an existing `dir` (a README, logs) are carried over;
 * its stale weights are not. On failure `dir` is left as it was; after a kill, recoverDir(dir)
 * finds the newest complete copy.
 */
export async function writeDirAtomically(dir: string, write: (tmp: string, saveId: string) => Promise<void>): Promise<void> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  try {
    await fsp.mkdir(parent, { recursive: true });
  } catch (e) {
    throw ioError(`cannot create ${parent}`, e);
  }
  await recoverDir(target);
  const t = tag();
  const tmp = path.join(parent, `.${path.basename(target)}.tmp-${t}`);
  const old = path.join(parent, `.${path.basename(target)}.old-${t}`);
  try {
    await fsp.mkdir(tmp);
  } catch (e) {
    throw ioError(`cannot write into ${parent}`, e);
  }
  let swapped = false;
  try {
    const saveId = newSaveId();
    await write(tmp, saveId);
    const st = await statOrUndefined(target);
    if (st && !st.isDirectory()) throw new KalaError('IO_ERROR', `${target} exists and is not a directory`);
    if (st) {
      const written = new Set(await fsp.readdir(tmp));
      for (const name of await fsp.readdir(target)) {
        if (written.has(name) || isArtifactFile(name)) continue;
        await fsp.cp(path.join(target, name), path.join(tmp, name), { recursive: true });
      }
    }
    killPoint('staged');
    await commit(tmp, saveId, false);
    killPoint('commit');
    if (st) {
      await fsp.rename(target, old);
      killPoint('aside');
    }
    try {
      await fsp.rename(tmp, target);
    } catch (e) {
      // a reader's recovery may have promoted our complete copy already
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || !(await statOrUndefined(target))) throw e;
    }
    swapped = true;
    await syncPath(parent);
    killPoint('swap');
    await fsp.rm(path.join(target, MANIFEST), { force: true });
    killPoint('unmark');
    await fsp.rm(old, { recursive: true, force: true });
    killPoint('done');
  } catch (e) {
    if (!swapped) {
      await fsp.rm(tmp, { recursive: true, force: true });
      // put the old copy back if it was already set aside
      if (!(await statOrUndefined(target)) && (await statOrUndefined(old))) await fsp.rename(old, target).catch(() => undefined);
    }
    throw ioError(`could not write ${target}`, e);
  }
}

/**
 * Writes files into a directory that may hold other files: `write(tmp, saveId)` fills a staging
 * directory, a manifest commits it, then the files are renamed in. `keepManifest` leaves the
 * manifest beside the files, so a loader can check (checkManifest) that they come from one save.
 */
export async function writeFilesInto(dir: string, write: (tmp: string, saveId: string) => Promise<void>, options: { keepManifest?: boolean } = {}): Promise<void> {
  const target = path.resolve(dir);
  try {
    await fsp.mkdir(target, { recursive: true });
  } catch (e) {
    throw ioError(`cannot create ${target}`, e);
  }
  await recoverDir(target);
  const staged = path.join(path.dirname(target), `.${path.basename(target)}.staged-${tag()}`);
  let committed = false;
  try {
    await fsp.mkdir(staged);
    const saveId = newSaveId();
    await write(staged, saveId);
    for (const e of await fsp.readdir(staged, { withFileTypes: true }))
      if (!e.isFile()) throw new KalaError('INTERNAL', `writeFilesInto writes plain files only (${e.name})`);
    killPoint('staged');
    await commit(staged, saveId, options.keepManifest === true);
    committed = true;
    killPoint('commit');
    await rollForward(staged, target);
  } catch (e) {
    if (!committed) await fsp.rm(staged, { recursive: true, force: true });
    throw ioError(`could not write into ${target}`, e);
  }
}

async function writeJsonSynced(file: string, value: unknown): Promise<void> {
  const fh = await fsp.open(file, 'w');
  try {
    await fh.writeFile(JSON.stringify(value, null, 1) + '\n');
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes one file atomically: a temporary file beside it, fsynced, renamed over it. */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${tag()}`);
  try {
    const fh = await fsp.open(tmp, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw ioError(`could not write ${file}`, e);
  }
}

/**
 * Checks that the files `names` of an in-place artifact in `dir` are the ones its manifest
 * lists (size and save id or content hash): a mix of two saves fails with FormatError(code).
 * Directories without a manifest (foreign or older artifacts) are not checked.
 */
export async function checkManifest(dir: string, names: readonly string[], code: KalaErrorCode): Promise<void> {
  const m = await readManifest(dir);
  if (!m) return;
  const fix = `; the files do not come from one save (a save was interrupted, or a file was replaced by hand). Save it again, or delete ${MANIFEST} if you changed a file on purpose`;
  for (const name of names) {
    const p = path.join(dir, name);
    const e = m.files[name];
    const st = await statOrUndefined(p);
    if (!e) {
      if (st) throw new FormatError(code, `${p} is not part of the artifact ${path.join(dir, MANIFEST)} describes${fix}`);
      continue;
    }
    if (!st) throw new FormatError(code, `${p} is missing but ${MANIFEST} lists it${fix}`);
    let same = st.size === e.size;
    if (same && e.saveId) same = (await readSafetensorsHeader(p).catch(() => undefined))?.metadata.kala_save === e.saveId;
    else if (same && e.sha256) same = (await sha256(p)) === e.sha256;
    if (!same) throw new FormatError(code, `${p} differs from the file ${MANIFEST} lists${fix}`);
  }
}
