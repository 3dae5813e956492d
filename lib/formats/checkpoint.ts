// Finding, validating and writing checkpoints on disk: model directories and hub ids, the
// safetensors files of a checkpoint, and the atomic save of a KALA checkpoint (DESIGN §4).
import { promises as fsp, constants as fsc } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FormatError, InputError, NotFoundError } from '../util/errors.js';
import { recoverDir } from './atomic.js';
import { parseConfig, type ModelConfig } from './config.js';
import { readSafetensorsHeader, type SafetensorsEntry, type SafetensorsFile } from './safetensors.js';

const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fsp.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fsp.access(p, fsc.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Hugging Face hub cache directory ($HF_HUB_CACHE, else $HF_HOME/hub, else ~/.cache/huggingface/hub). */
export function hubCacheDir(): string {
  if (process.env.HF_HUB_CACHE) return process.env.HF_HUB_CACHE;
  const home = process.env.HF_HOME ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'huggingface');
  return path.join(home, 'hub');
}

/** Where a model came from: a directory, or a hub id (and revision) resolved in the local HF cache. */
export interface ModelSource {
  dir: string;
  /** The hub id (`EleutherAI/pythia-160m`) when the model came from the HF cache. */
  hubId?: string;
  /** The revision asked for (a branch, tag or commit; `main` by default) and the commit it resolved to. */
  revision?: string;
  commit?: string;
}

/** Resolves a model directory or a hub id (`EleutherAI/pythia-70m`) from the local HF cache. */
export async function resolveModelDir(dirOrHubId: string, revision?: string): Promise<string> {
  return (await resolveModel(dirOrHubId, revision)).dir;
}

/** A revision names something under refs/ or snapshots/ of the cache: never a path that leaves it. */
function checkRevision(revision: unknown): void {
  if (revision !== undefined && (typeof revision !== 'string' || !/^[\w.\/-]+$/.test(revision) || revision.includes('..')))
    throw new InputError('INVALID_ARGUMENT', `revision must be a branch, tag or commit name, got ${JSON.stringify(revision)}`);
}

/**
 * Resolves a model directory, or a hub id from the local HF cache at a revision: `id@rev` or the
 * `revision` argument — a branch or tag (its commit is read from the cache's refs/, e.g. Pythia's
 * `step143000`) or a commit hash (or a prefix of one) under snapshots/. Without a revision: refs/main,
 * else the newest snapshot.
 */
export async function resolveModel(dirOrHubId: string, revisionOption?: string): Promise<ModelSource> {
  if (typeof dirOrHubId !== 'string' || dirOrHubId.length === 0)
    throw new NotFoundError('MODEL_NOT_FOUND', 'a model directory or a hub id such as EleutherAI/pythia-70m is required');
  checkRevision(revisionOption);
  // a save killed between its renames leaves the directory under a temporary name
  await recoverDir(dirOrHubId, { looksComplete: isWholeCheckpoint });
  if (await isDir(dirOrHubId)) return { dir: path.resolve(dirOrHubId) };
  if (await exists(dirOrHubId)) throw new NotFoundError('MODEL_NOT_FOUND', `${dirOrHubId} is a file; pass the checkpoint directory that holds config.json`);
  const at = dirOrHubId.lastIndexOf('@');
  const id = at > 0 ? dirOrHubId.slice(0, at) : dirOrHubId;
  const revision = at > 0 ? dirOrHubId.slice(at + 1) : revisionOption;
  if (at > 0 && revisionOption !== undefined && revisionOption !== revision)
    throw new InputError('INVALID_ARGUMENT', `${dirOrHubId} names revision ${revision} but the revision option says ${revisionOption}`);
  checkRevision(revision);
  if (HUB_ID.test(id) && !id.startsWith('.')) {
    const repo = path.join(hubCacheDir(), `models--${id.replace('/', '--')}`);
    const snapshots = path.join(repo, 'snapshots');
    const candidates: string[] = [];
    const readRef = async (name: string) => {
      try {
        return (await fsp.readFile(path.join(repo, 'refs', name), 'utf8')).trim() || undefined;
      } catch {
        return undefined;
      }
    };
    let entries: string[] = [];
    try {
      entries = await fsp.readdir(snapshots);
    } catch {
      /* no snapshots */
    }
    if (revision !== undefined) {
      const ref = await readRef(revision);
      if (ref) candidates.push(path.join(snapshots, ref));
      else if (/^[0-9a-f]{7,40}$/.test(revision)) for (const e of entries) if (e.startsWith(revision)) candidates.push(path.join(snapshots, e));
      for (const c of candidates) if (await exists(path.join(c, 'config.json'))) return { dir: c, hubId: id, revision, commit: path.basename(c) };
      throw new NotFoundError(
        'MODEL_NOT_FOUND',
        `revision ${revision} of ${id} is not in the local Hugging Face cache (${repo}: no refs/${revision} and no snapshot ${revision}). Download it first, e.g. \`huggingface-cli download ${id} --revision ${revision}\``,
      );
    }
    const ref = await readRef('main');
    if (ref) candidates.push(path.join(snapshots, ref));
    try {
      const stats = await Promise.all(entries.map(async (e) => ({ p: path.join(snapshots, e), t: (await fsp.stat(path.join(snapshots, e))).mtimeMs })));
      stats.sort((a, b) => b.t - a.t);
      candidates.push(...stats.map((s) => s.p));
    } catch {
      /* a snapshot vanished while listing */
    }
    for (const c of candidates) if (await exists(path.join(c, 'config.json'))) return { dir: c, hubId: id, ...(ref && c.endsWith(ref) ? { revision: 'main' } : {}), commit: path.basename(c) };
    throw new NotFoundError(
      'MODEL_NOT_FOUND',
      `${id} is not in the local Hugging Face cache (${repo}). Download it first, e.g. \`huggingface-cli download ${id}\` ` +
        `(or \`hf download ${id}\`), set HF_HOME if your cache lives elsewhere, or pass a checkpoint directory.`,
    );
  }
  throw new NotFoundError('MODEL_NOT_FOUND', `model directory ${dirOrHubId} does not exist`);
}

/** A checkpoint directory's config and the validated headers of its safetensors files. */
export interface Checkpoint {
  dir: string;
  config: ModelConfig;
  files: string[];
  /** Every tensor by name with the index of its file in `files`. */
  tensors: Map<string, SafetensorsEntry & { file: number }>;
  tokenizerPath: string | undefined;
}

/** Old Pythia checkpoints carry buffers that are not parameters; they are skipped. */
export function isIgnoredBuffer(name: string): boolean {
  return /\.attention\.(bias|masked_bias|rotary_emb\.inv_freq)$/.test(name) || /\.rotary_emb\./.test(name);
}

export async function readCheckpoint(dir: string): Promise<Checkpoint> {
  const cfgPath = path.join(dir, 'config.json');
  let rawText: string;
  try {
    rawText = await fsp.readFile(cfgPath, 'utf8');
  } catch {
    throw new NotFoundError('MODEL_NOT_FOUND', `${dir} has no config.json; it is not a Hugging Face GPT-NeoX checkpoint directory`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(rawText);
  } catch (e) {
    throw new FormatError('CONFIG_INVALID', `${cfgPath} is not valid JSON (${(e as Error).message})`);
  }
  const config = parseConfig(raw, cfgPath);

  const names = await fsp.readdir(dir);
  const files: string[] = [];
  let indexMap: Record<string, string> | undefined;
  if (names.includes('model.safetensors.index.json')) {
    const ip = path.join(dir, 'model.safetensors.index.json');
    let index: { weight_map?: Record<string, string> };
    try {
      index = JSON.parse(await fsp.readFile(ip, 'utf8'));
    } catch (e) {
      throw new FormatError('SAFETENSORS_HEADER', `${ip} is not valid JSON (${(e as Error).message})`);
    }
    if (!index.weight_map || typeof index.weight_map !== 'object') throw new FormatError('SAFETENSORS_HEADER', `${ip} has no weight_map`);
    indexMap = index.weight_map;
    for (const shard of new Set(Object.values(indexMap))) {
      if (!isPlainFileName(shard))
        throw new FormatError(
          'SAFETENSORS_HEADER',
          `${ip} names an invalid shard ${JSON.stringify(shard)}; shards must be plain file names in the checkpoint directory, like model-00001-of-00002.safetensors`,
        );
      files.push(path.join(dir, shard));
    }
  } else if (names.includes('model.safetensors')) {
    files.push(path.join(dir, 'model.safetensors'));
  } else {
    const any = names.filter((n) => n.endsWith('.safetensors') && n !== 'kala.safetensors' && !n.startsWith('adapter_'));
    if (any.length === 0) {
      const bin = names.some((n) => n.endsWith('.bin') || n.endsWith('.pt'));
      throw new NotFoundError(
        'FILE_NOT_FOUND',
        bin
          ? `${dir} holds only PyTorch .bin weights; convert them to safetensors (e.g. with the safetensors convert script) or download the model.safetensors revision`
          : `${dir} has no model.safetensors (or shards with model.safetensors.index.json)`,
      );
    }
    files.push(...any.sort().map((n) => path.join(dir, n)));
  }
  if (names.includes('kala.safetensors')) files.push(path.join(dir, 'kala.safetensors'));
  for (const f of files) {
    const st = await fsp.stat(f).catch(() => undefined);
    if (!st) throw new NotFoundError('FILE_NOT_FOUND', `${f} does not exist; the checkpoint is incomplete (model.safetensors.index.json names it)`);
    if (!st.isFile()) throw new FormatError('SAFETENSORS_HEADER', `${f} is not a file; a safetensors weight file was expected there`);
  }

  const headers: SafetensorsFile[] = await Promise.all(files.map((f) => readSafetensorsHeader(f)));
  const tensors = new Map<string, SafetensorsEntry & { file: number }>();
  headers.forEach((h, i) => {
    for (const [name, e] of h.tensors) {
      if (tensors.has(name)) throw new FormatError('TENSOR_DUPLICATE', `tensor ${name} appears in both ${files[tensors.get(name)!.file]} and ${files[i]}`);
      tensors.set(name, { ...e, file: i });
    }
  });
  if (indexMap) {
    for (const [name, shard] of Object.entries(indexMap)) {
      const t = tensors.get(name);
      if (!t || path.basename(files[t.file]!) !== shard)
        throw new FormatError('TENSOR_MISSING', `model.safetensors.index.json places ${name} in ${shard}, but that shard does not hold it`);
    }
  }
  // DESIGN §4: a config.json with a kala section makes this a KALA checkpoint, whose
  // constitutional tensors must be there (fresh heads would silently discard the training)
  if (typeof config.raw.kala === 'object' && config.raw.kala !== null && ![...tensors.keys()].some((n) => n.startsWith('kala.')))
    throw new FormatError(
      'TENSOR_MISSING',
      `${dir}: config.json has a kala section but no file holds kala.* tensors; kala.safetensors is missing or empty. ` +
        'Restore it, or remove the kala section from config.json to load the base model with fresh constitutional heads',
    );
  const tokenizerPath = names.includes('tokenizer.json') ? path.join(dir, 'tokenizer.json') : undefined;
  return { dir, config, files, tensors, tokenizerPath };
}

/** A shard name of an index: a file name in the same directory (no path, no ".", "..", ""). */
function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && path.basename(name) === name;
}

/** Whether a directory holds a loadable checkpoint (for recovering a save made without a manifest). */
async function isWholeCheckpoint(dir: string): Promise<boolean> {
  try {
    await readCheckpoint(dir);
    return true;
  } catch {
    return false;
  }
}
