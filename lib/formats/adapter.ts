// LoRA adapters in the PEFT layout (DESIGN §4): adapter_config.json + adapter_model.safetensors,
// names like base_model.model.gpt_neox.layers.0.attention.query_key_value.lora_A.weight. A PEFT
// user can load ours; we load PEFT's. kala.safetensors beside them carries the constitutional
// parameters trained with the adapter.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { FormatError, NotFoundError } from '../util/errors.js';
import { readSafetensorsHeader, writeSafetensors, type TensorToWrite } from './safetensors.js';
import { checkManifest, killPoint, recoverDir } from './atomic.js';
import { bf16ToFloat, halfToFloat } from '../util/tensor.js';
import { fromNative, native } from '../native/load.js';
import type { NativeModel } from '../native/addon.js';

export interface LoraOptions {
  /** Rank (default 16). */
  r?: number;
  /** Scale numerator: the branch is multiplied by alpha / r (default 32). */
  alpha?: number;
  /** Dropout on the LoRA branch input of linear layers (default 0.05). */
  dropout?: number;
  /** Module names or suffixes after a dot (default query_key_value, dense, embed_in, embed_out). */
  targets?: string[];
  /** alpha / sqrt(r) scaling (PEFT use_rslora). */
  rslora?: boolean;
}

/** The largest LoRA rank and lora_alpha an adapter_config.json may name (far above real adapters). */
export const MAX_LORA_RANK = 65_536;
export const MAX_LORA_ALPHA = 1e6;

export const DEFAULT_LORA: Required<LoraOptions> = {
  r: 16,
  alpha: 32,
  dropout: 0.05,
  targets: ['query_key_value', 'dense', 'embed_in', 'embed_out'],
  rslora: false,
};

export interface AdapterFiles {
  config: Required<LoraOptions> & { raw: Record<string, unknown> };
  tensors: { name: string; shape: number[]; data: Float32Array }[];
  kala: { name: string; shape: number[]; data: Float32Array }[];
}

/** Every module name of a GPT-NeoX model with `layers` layers that LoRA can target. */
export function loraModules(layers: number): string[] {
  const mods = ['gpt_neox.embed_in', 'embed_out'];
  for (let i = 0; i < layers; i++)
    for (const m of ['attention.query_key_value', 'attention.dense', 'mlp.dense_h_to_4h', 'mlp.dense_4h_to_h']) mods.push(`gpt_neox.layers.${i}.${m}`);
  return mods;
}

/** PEFT target_modules (a list of names/suffixes, or a regex string) as exact module names. */
export function resolveTargets(targets: unknown, layers: number, source: string): string[] {
  const mods = loraModules(layers);
  let matched: string[];
  if (typeof targets === 'string') {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${targets})$`);
    } catch {
      throw new FormatError('ADAPTER_INVALID', `${source}: target_modules ${JSON.stringify(targets)} is not a valid regular expression`);
    }
    matched = mods.filter((m) => re.test(m));
  } else if (Array.isArray(targets) && targets.every((t) => typeof t === 'string')) {
    matched = mods.filter((m) => targets.some((t: string) => m === t || m.endsWith(`.${t}`)));
  } else {
    throw new FormatError('ADAPTER_INVALID', `${source}: target_modules must be a list of module names or a regex string`);
  }
  if (matched.length === 0) throw new FormatError('ADAPTER_INVALID', `${source}: target_modules ${JSON.stringify(targets)} match no module of this model`);
  return matched;
}

async function readF32Tensors(file: string): Promise<{ name: string; shape: number[]; data: Float32Array }[]> {
  const h = await readSafetensorsHeader(file);
  const bytes = await fsp.readFile(file);
  const out: { name: string; shape: number[]; data: Float32Array }[] = [];
  for (const e of h.tensors.values()) {
    const raw = bytes.subarray(e.begin, e.end);
    const n = e.shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    if (e.dtype === 'F32') data.set(new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength)));
    else if (e.dtype === 'F16' || e.dtype === 'BF16') {
      const u16 = new Uint16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
      for (let i = 0; i < n; i++) data[i] = e.dtype === 'F16' ? halfToFloat(u16[i]!) : bf16ToFloat(u16[i]!);
    } else throw new FormatError('TENSOR_DTYPE', `${file}: ${e.name} is ${e.dtype}; adapter tensors must be F32, F16 or BF16`);
    out.push({ name: e.name, shape: e.shape, data });
  }
  return out;
}

/** The JSON object of a directory's adapter_config.json (FILE_NOT_FOUND, or ADAPTER_INVALID when
 *  it is not a JSON object). */
export async function readAdapterConfig(dir: string): Promise<Record<string, unknown>> {
  const cfgPath = path.join(dir, 'adapter_config.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await fsp.readFile(cfgPath, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('FILE_NOT_FOUND', `${dir} has no adapter_config.json; it is not a LoRA adapter directory`);
    throw new FormatError('ADAPTER_INVALID', `${cfgPath} is not valid JSON (${(e as Error).message})`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new FormatError('ADAPTER_INVALID', `${cfgPath}: must be a JSON object`);
  return raw as Record<string, unknown>;
}

/** Reads a PEFT LoRA adapter directory (and its kala.safetensors, if any). */
export async function readAdapter(dir: string): Promise<AdapterFiles> {
  await recoverDir(dir); // finishes a save that was killed midway
  await checkManifest(dir, ADAPTER_FILES, 'ADAPTER_INVALID');
  const cfgPath = path.join(dir, 'adapter_config.json');
  const raw = await readAdapterConfig(dir);
  const bad = (m: string) => new FormatError('ADAPTER_INVALID', `${cfgPath}: ${m}`);
  if (raw.peft_type !== undefined && raw.peft_type !== 'LORA') throw bad(`peft_type ${JSON.stringify(raw.peft_type)} is not LORA`);
  const r = raw.r;
  if (typeof r !== 'number' || !Number.isInteger(r) || r <= 0 || r > MAX_LORA_RANK)
    throw bad(`r must be a positive integer, at most ${MAX_LORA_RANK} (got ${JSON.stringify(r)})`);
  const alpha = raw.lora_alpha ?? r;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha <= MAX_LORA_ALPHA))
    throw bad(`lora_alpha must be a positive number, at most ${MAX_LORA_ALPHA} (got ${JSON.stringify(alpha)})`);
  const dropout = raw.lora_dropout ?? 0;
  if (typeof dropout !== 'number' || !(dropout >= 0 && dropout < 1)) throw bad('lora_dropout must be in [0, 1)');
  if (raw.fan_in_fan_out === true) throw bad('fan_in_fan_out adapters (GPT-2 Conv1D) do not apply to GPT-NeoX');
  if (raw.bias !== undefined && raw.bias !== 'none') throw bad(`bias "${raw.bias}" is not supported (only "none")`);
  const weights = path.join(dir, 'adapter_model.safetensors');
  try {
    await fsp.access(weights);
  } catch {
    throw new NotFoundError('FILE_NOT_FOUND', `${dir} has no adapter_model.safetensors (PyTorch .bin adapters must be converted to safetensors)`);
  }
  const tensors = await readF32Tensors(weights);
  // the rank in the config must be the rank of the tensors: the engine allocates r-sized
  // branches on every target module before it reads them
  for (const t of tensors) {
    const rankDim = /lora_A\.weight$|lora_embedding_A$/.test(t.name) ? 0 : /lora_B\.weight$|lora_embedding_B$/.test(t.name) ? 1 : -1;
    if (rankDim >= 0 && (t.shape.length !== 2 || t.shape[rankDim] !== r))
      throw bad(`r is ${r} but ${t.name} in adapter_model.safetensors is [${t.shape}]`);
  }
  let kala: AdapterFiles['kala'] = [];
  try {
    await fsp.access(path.join(dir, 'kala.safetensors'));
    kala = await readF32Tensors(path.join(dir, 'kala.safetensors'));
  } catch {
    /* an adapter from plain PEFT has no constitutional parameters */
  }
  return {
    config: { r, alpha, dropout, targets: raw.target_modules as string[], rslora: raw.use_rslora === true, raw },
    tensors,
    kala,
  };
}

/** The files of an adapter, checked together against the manifest of an in-place save. */
export const ADAPTER_FILES = ['adapter_config.json', 'adapter_model.safetensors', 'kala.safetensors'] as const;

/** Writes adapter_config.json + adapter_model.safetensors (+ kala.safetensors) into a directory;
 *  `saveId` goes into the safetensors metadata so a loader can tell the files of one save. */
export async function writeAdapterFiles(
  dir: string,
  lora: Required<LoraOptions>,
  tensors: TensorToWrite[],
  kala: TensorToWrite[],
  baseModel: { nameOrPath: string; revision?: string } | undefined,
  saveId?: string,
): Promise<void> {
  const config = {
    peft_type: 'LORA',
    task_type: 'CAUSAL_LM',
    r: lora.r,
    lora_alpha: lora.alpha,
    lora_dropout: lora.dropout,
    target_modules: lora.targets,
    use_rslora: lora.rslora,
    bias: 'none',
    fan_in_fan_out: false,
    inference_mode: true,
    init_lora_weights: true,
    modules_to_save: null,
    base_model_name_or_path: baseModel?.nameOrPath ?? null,
    revision: baseModel?.revision ?? null,
  };
  const id: Record<string, string> = saveId ? { kala_save: saveId } : {};
  await fsp.writeFile(path.join(dir, 'adapter_config.json'), JSON.stringify(config, null, 2) + '\n');
  killPoint('file');
  await writeSafetensors(path.join(dir, 'adapter_model.safetensors'), tensors, { format: 'pt', ...id });
  killPoint('file');
  if (kala.length > 0) {
    await writeSafetensors(path.join(dir, 'kala.safetensors'), kala, { format: 'pt', kala: '1', ...id });
    killPoint('file');
  }
}

/** Attaches an adapter's LoRA (and its kala.* tensors) to a native model; merges it if asked. */
export async function applyAdapter(
  handle: NativeModel,
  numLayers: number,
  files: AdapterFiles,
  options: { merge?: boolean; source: string },
): Promise<void> {
  const targets = resolveTargets(files.config.targets, numLayers, options.source);
  try {
    handle.attachLora({ r: files.config.r, alpha: files.config.alpha, dropout: files.config.dropout, targets, rslora: files.config.rslora, seed: 0 });
  } catch (e) {
    throw fromNative(e, options.source);
  }
  const expected = new Set(handle.loraNames());
  const given = new Map(files.tensors.map((t) => [t.name, t]));
  for (const name of expected) if (!given.has(name)) throw new FormatError('ADAPTER_INVALID', `${options.source}: adapter_model.safetensors lacks ${name}`);
  for (const t of files.tensors) {
    if (!expected.has(t.name)) throw new FormatError('ADAPTER_INVALID', `${options.source}: ${t.name} matches no LoRA module of this model (check target_modules and r)`);
    setChecked(handle, t, options.source);
  }
  for (const t of files.kala) setChecked(handle, t, options.source);
  if (options.merge) await native(handle.mergeLora());
}

function setChecked(handle: NativeModel, t: { name: string; shape: number[]; data: Float32Array }, source: string): void {
  let shape: number[];
  try {
    shape = handle.shapeOf(t.name);
  } catch {
    throw new FormatError('ADAPTER_INVALID', `${source}: unknown tensor ${t.name}`);
  }
  if (shape.length !== t.shape.length || shape.some((d, i) => d !== t.shape[i]))
    throw new FormatError('ADAPTER_INVALID', `${source}: ${t.name} is [${t.shape}] but this model needs [${shape}]`);
  handle.setTensor(t.name, 'F32', shape, t.data);
}
