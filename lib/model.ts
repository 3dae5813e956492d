// KalaModel: load, create, run, generate with, save and dispose a KALA model (DESIGN §5).
import path from 'node:path';
import { promises as fsp } from 'node:fs';
import { AbortError, DisposedError, FormatError, InputError, throwIfAborted } from './util/errors.js';
import { checkConfigAgainstWeights, checkCreatedModelFits, configJson, createdWeightBytes, nativeConfig, parseConfig, type ModelConfig } from './formats/config.js';
import { isIgnoredBuffer, readCheckpoint, resolveModel, type Checkpoint, type ModelSource } from './formats/checkpoint.js';
import { killPoint, writeDirAtomically } from './formats/atomic.js';
import { chooseDevice, type DeviceChoice, type DeviceRequest } from './native/device.js';
import { native, fromNative } from './native/load.js';
import { isNativeDType, type KalaAddon, type NativeDType, type NativeModel, type NativeTensorSpec } from './native/addon.js';
import { writeSafetensors, type TensorToWrite } from './formats/safetensors.js';
import { Tensor } from './util/tensor.js';
import { Tokenizer } from './tokenizer.js';
import { NATIVE, type NativeAccess } from './internal.js';
import { applyAdapter, readAdapter, readAdapterConfig, writeAdapterFiles, type LoraOptions } from './formats/adapter.js';
import { ModelSession, type ModelSessionOptions } from './session.js';
import { GenerationStream, generateTokens, type GenerateOptions, type GenerationResult, type GenerationHost } from './generation.js';

export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
  /** 0..1 */
  fraction: number;
}

export interface LoadOptions {
  /** 'auto' (default: KALA_DEVICE, else CUDA when built and present, else CPU), 'cpu' or 'cuda'. */
  device?: DeviceRequest;
  /** Called as tensors are read (bytes of tensor data so far, of the total). */
  onProgress?: (p: LoadProgress) => void;
  signal?: AbortSignal;
  /** A tokenizer.json path or Tokenizer to use instead of the checkpoint's own; false for none. */
  tokenizer?: string | Tokenizer | false;
  /** The hub revision to load (a branch, tag or commit, e.g. Pythia's `step143000`); the same as
   *  `id@revision`. Resolved in the local HF cache. */
  revision?: string;
  /** A PEFT LoRA adapter directory to apply (a directory with adapter_config.json is applied
   *  automatically; one without weights loads its base_model_name_or_path first). */
  adapter?: string;
  /** 'int8': quantize the linear weights (qkv, dense, MLP, embed_out) to int8 while loading,
   *  tensor by tensor (DESIGN §3); int8 checkpoints load as int8 without this. */
  quantize?: 'int8' | false;
  /** Fold the adapter into the base weights (F32/F16/BF16 become F32) instead of running it as
   *  a separate branch (default false: unmerged, exact, and trainable further). */
  mergeAdapter?: boolean;
  /** On 'cuda': the precision of matmuls, attention and the KV cache (default bf16 on compute
   *  capability 8.0 and newer, f16 below; f32 for results that match the CPU engine closely). */
  precision?: GpuPrecision;
}

export type GpuPrecision = 'f32' | 'bf16' | 'f16';

export interface CreateOptions {
  /** Seed of the random initialisation (default 0). */
  seed?: number;
  device?: DeviceRequest;
  tokenizer?: Tokenizer;
  /** As LoadOptions.precision. */
  precision?: GpuPrecision;
}

export interface ForwardResult {
  /** [B, T, V] */
  logits: Tensor<'float32'>;
  /** [B, T, 5], 1 = satisfied */
  lawScores: Tensor<'float32'>;
  /** [L+1, B, T, 5] law logits of every constitutional head (the last is the final monitor head) */
  layerLawLogits: Tensor<'float32'>;
}

/** Ids as a rectangular batch: number[][] (B x T), number[] (one row) or an int32 Tensor [B, T]. */
export type TokenBatch = readonly (readonly number[])[] | readonly number[] | Tensor;

const MAX_SHARD_BYTES = 5_000_000_000;

export class KalaModel implements Disposable {
  readonly config: ModelConfig;
  readonly tokenizer: Tokenizer | undefined;
  readonly device: 'cpu' | 'cuda';
  /** Why this device was chosen. */
  readonly deviceReason: string;
  /** The directory the base weights were loaded from (undefined for created models). */
  readonly path: string | undefined;
  /** The hub id and revision the base weights came from, when loaded from the HF cache (adapters
   *  record these as their base model rather than the cache path). */
  readonly hub: { id: string; revision: string | undefined; commit: string | undefined } | undefined;
  readonly #addon: KalaAddon;
  #native: NativeModel | undefined;
  readonly #ready: Promise<void>;
  #settled = false;
  /** On 'cuda': the precision of the device model. */
  readonly precision: GpuPrecision | undefined;

  private constructor(config: ModelConfig, nativeModel: NativeModel, choice: DeviceChoice, tokenizer: Tokenizer | undefined, ready: Promise<void>, precision: GpuPrecision | undefined, source?: ModelSource) {
    this.config = config;
    this.path = source?.dir;
    this.hub = source?.hubId ? { id: source.hubId, revision: source.revision, commit: source.commit } : undefined;
    this.#addon = choice.addon;
    this.#native = nativeModel;
    this.device = choice.device;
    this.deviceReason = choice.reason;
    this.tokenizer = tokenizer;
    this.#ready = ready;
    if (choice.device === 'cuda') {
      const cc = Number(choice.gpus[0]?.computeCapability ?? '8.0');
      this.precision = precision ?? (cc >= 8 ? 'bf16' : 'f16');
    }
    ready.then(() => (this.#settled = true), () => undefined);
  }

  /** Loads a GPT-NeoX (Pythia) or KALA checkpoint directory, or a hub id from the local HF cache. */
  static async load(dirOrHubId: string, options: LoadOptions = {}): Promise<KalaModel> {
    const { signal } = options;
    throwIfAborted(signal);
    checkPrecision(options.precision);
    checkTokenizerOption(options.tokenizer, true);
    let source = await resolveModel(dirOrHubId, options.revision);
    let dir = source.dir;
    let adapterDir = options.adapter;
    let adapterTokenizer: string | undefined;
    if (await fileExists(path.join(dir, 'adapter_config.json'))) {
      adapterDir ??= dir;
      if (!(await hasWeights(dir))) {
        // an adapter directory: its base model comes first
        const base = (await readAdapterConfig(dir)).base_model_name_or_path;
        if (base !== undefined && (typeof base !== 'string' || base.includes('\0')))
          throw new FormatError('ADAPTER_INVALID', `${path.join(dir, 'adapter_config.json')}: base_model_name_or_path must be a path or a model id (got ${JSON.stringify(base)})`);
        if (!base) throw new FormatError('ADAPTER_INVALID', `${dir} is an adapter without weights and names no base_model_name_or_path; load the base model with { adapter: '${dir}' }`);
        const relative = path.resolve(dir, base);
        if (await fileExists(path.join(dir, 'tokenizer.json'))) adapterTokenizer = path.join(dir, 'tokenizer.json');
        const revision = (await readAdapterConfig(dir)).revision;
        source = await resolveModel((await fileExists(relative)) ? relative : base, typeof revision === 'string' && revision ? revision : undefined);
        dir = source.dir;
      }
    }
    const ckpt = await readCheckpoint(dir);
    checkConfigAgainstWeights(ckpt.config, ckpt.tensors.keys(), path.join(dir, 'config.json'));
    throwIfAborted(signal);
    const choice = chooseDevice(options.device);
    const nm = await native(() => new choice.addon.NativeModel(nativeConfig(ckpt.config)));
    const plan = planTensors(nm, ckpt);
    const onAbort = () => nm.cancel();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const progress = options.onProgress
        ? (done: number, total: number) => options.onProgress!({ loadedBytes: done, totalBytes: total, fraction: total > 0 ? done / total : 1 })
        : undefined;
      if (options.quantize !== undefined && options.quantize !== false && options.quantize !== 'int8')
        throw new InputError('INVALID_ARGUMENT', `quantize must be 'int8' or false (got ${JSON.stringify(options.quantize)})`);
      await native(nm.load(ckpt.files, plan.specs, progress, { quantize: options.quantize === 'int8' }));
      await native(() => {
        for (const z of plan.zeros) nm.setTensor(z.name, 'F32', z.shape, new Float32Array(z.shape.reduce((a, b) => a * b, 1)));
        nm.initMissingKala(0);
      });
      if (adapterDir) {
        const files = await readAdapter(adapterDir);
        await applyAdapter(nm, ckpt.config.numLayers, files, { merge: options.mergeAdapter ?? false, source: adapterDir });
      }
    } catch (e) {
      nm.dispose();
      if (signal?.aborted) throw new AbortError('loading was aborted');
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    let tokenizer: Tokenizer | undefined;
    if (options.tokenizer instanceof Tokenizer) tokenizer = options.tokenizer;
    else if (typeof options.tokenizer === 'string') tokenizer = await Tokenizer.fromFile(options.tokenizer);
    else if (options.tokenizer !== false && (adapterTokenizer ?? ckpt.tokenizerPath)) tokenizer = await Tokenizer.fromFile((adapterTokenizer ?? ckpt.tokenizerPath)!);
    return new KalaModel(ckpt.config, nm, choice, tokenizer, Promise.resolve(), options.precision, source);
  }

  /** A randomly initialised model from HF GPT-NeoX config keys (plus an optional `kala` section).
   *  Returns at once; the weights are drawn in the background and every method waits for them. */
  static create(config: Record<string, unknown>, options: CreateOptions = {}): KalaModel {
    const cfg = parseConfig(config, 'KalaModel.create config');
    checkCreatedModelFits(cfg);
    checkPrecision(options.precision);
    checkTokenizerOption(options.tokenizer, false);
    const seed = options.seed ?? 0;
    if (!Number.isSafeInteger(seed) || seed < 0) throw new InputError('INVALID_ARGUMENT', 'seed must be a non-negative integer');
    const choice = chooseDevice(options.device);
    let nm: NativeModel;
    try {
      nm = new choice.addon.NativeModel(nativeConfig(cfg));
    } catch (e) {
      throw fromNative(e);
    }
    const range = typeof cfg.raw.initializer_range === 'number' ? cfg.raw.initializer_range : 0.02;
    const ready = native(nm.initRandom(seed, range));
    return new KalaModel(cfg, nm, choice, options.tokenizer, ready, options.precision);
  }

  /** The native handle; throws DisposedError after dispose(). */
  #handle(): NativeModel {
    if (!this.#native) throw new DisposedError('this KalaModel');
    return this.#native;
  }

  /** @internal */
  [NATIVE](): NativeAccess {
    return {
      addon: this.#addon,
      handle: this.#handle(),
      ready: this.#ready,
      place: async (o) => {
        await this.#placed(o);
      },
      syncHost: () => native(this.#handle().syncHost()),
    };
  }

  /** The native model with its weights on this model's device: on 'cuda' the engine uploads them
   *  on first use, off the event loop (NativeModel.to; a no-op once they are there). */
  async #placed(o: { training?: boolean; rebuild?: boolean } = {}): Promise<NativeModel> {
    const nm = this.#handle();
    await this.#ready;
    const precision = this.precision; // set on 'cuda' only
    if (precision) await native(nm.to('cuda', { precision, training: o.training ?? false, rebuild: o.rebuild ?? false }));
    return nm;
  }

  get disposed(): boolean {
    return this.#native === undefined;
  }

  /** Bytes of all parameters as stored (for a created model still drawing its weights: as it
   *  will be, all F32). */
  get weightBytes(): number {
    const h = this.#handle();
    if (this.#settled) return h.weightBytes();
    return createdWeightBytes(this.config);
  }

  /** Runs the model over a batch of token ids. */
  async forward(ids: TokenBatch, options: { signal?: AbortSignal } = {}): Promise<ForwardResult> {
    this.#handle();
    await this.#ready;
    throwIfAborted(options.signal);
    const { flat, B, T } = this.#batch(ids);
    const nm = await this.#placed();
    const r = await native(nm.forward(flat, B, T, false));
    throwIfAborted(options.signal);
    const L1 = this.config.numLayers + 1;
    return {
      logits: new Tensor('float32', [B, T, this.config.vocabSize], r.logits),
      lawScores: new Tensor('float32', [B, T, 5], r.lawScores),
      layerLawLogits: new Tensor('float32', [L1, B, T, 5], r.layerLawLogits),
    };
  }

  #batch(ids: TokenBatch): { flat: Int32Array; B: number; T: number } {
    let rows: ArrayLike<number>[];
    if (ids instanceof Tensor) {
      if (ids.shape.length !== 2) throw new InputError('INVALID_ARGUMENT', 'a token tensor must be [B, T]');
      const [B, T] = ids.shape as [number, number];
      rows = [];
      for (let b = 0; b < B; b++) rows.push(Array.from(ids.data.subarray(b * T, (b + 1) * T) as ArrayLike<number>));
    } else if (Array.isArray(ids) && ids.length > 0 && typeof ids[0] === 'number') {
      rows = [ids as number[]];
    } else if (Array.isArray(ids)) {
      rows = ids as number[][];
    } else {
      throw new InputError('INVALID_ARGUMENT', 'ids must be number[][], number[] or an int32 Tensor [B, T]');
    }
    const B = rows.length;
    const T = B > 0 ? rows[0]!.length : 0;
    if (B === 0 || T === 0) throw new InputError('INVALID_ARGUMENT', 'ids must hold at least one token');
    if (T > this.config.maxPositions)
      throw new InputError('SEQUENCE_TOO_LONG', `sequences of ${T} tokens exceed max_position_embeddings (${this.config.maxPositions})`);
    const flat = new Int32Array(B * T);
    for (let b = 0; b < B; b++) {
      const row = rows[b]!;
      if (!row || row.length !== T) throw new InputError('INVALID_ARGUMENT', 'every row of ids must have the same length');
      for (let t = 0; t < T; t++) {
        const v = row[t]!;
        if (!Number.isInteger(v) || v < 0 || v >= this.config.vocabSize)
          throw new InputError('TOKEN_OUT_OF_RANGE', `token id ${v} at [${b}, ${t}] is outside the vocabulary [0, ${this.config.vocabSize})`);
        flat[b * T + t] = v;
      }
    }
    return { flat, B, T };
  }

  #host(): GenerationHost {
    const raw = this.config.raw;
    return {
      addon: this.#addon,
      nativeModel: () => this.#handle(),
      // the engine opens the cache where the weights are
      newSession: async (batch, capacity) => {
        const nm = await this.#placed();
        return native(() => new this.#addon.NativeSession(nm, batch, capacity));
      },
      tokenizer: this.tokenizer,
      vocabSize: this.config.vocabSize,
      maxPositions: this.config.maxPositions,
      numHeads: this.config.numLayers + 1,
      eosTokenId: this.config.eosTokenId ?? this.tokenizer?.eosTokenId,
      bosTokenId: typeof raw.bos_token_id === 'number' ? raw.bos_token_id : undefined,
    };
  }

  /**
   * A session that keeps its KV cache between calls (lib/session.ts): `evaluate(context)` reuses
   * the prefix it shares with what is cached, `generate` continues from the cache, `fork` copies it.
   */
  async createSession(options: ModelSessionOptions = {}): Promise<ModelSession> {
    this.#handle();
    const capacity = options.capacity ?? this.config.maxPositions;
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > this.config.maxPositions)
      throw new InputError('INVALID_ARGUMENT', `capacity must be an integer in [1, ${this.config.maxPositions}] (max_position_embeddings)`);
    await this.#ready;
    const host = this.#host();
    // k and v (f32 on the CPU; at most that on a GPU) and one float per position, per layer
    const bytes = this.config.numLayers * capacity * (2 * this.config.hiddenSize * 4 + 4);
    const make = async (): Promise<ModelSession> => new ModelSession(host, await host.newSession(1, capacity), bytes, make);
    return make();
  }

  /** Generates token by token; iterate it for steps, or await `.result`. */
  stream(prompt: string | readonly number[], options: GenerateOptions = {}): GenerationStream {
    this.#handle();
    const host = this.#host();
    const ready = this.#ready;
    return new GenerationStream(
      (async function* () {
        await ready;
        return yield* generateTokens(host, prompt, options);
      })(),
    );
  }

  /** Generates a completion: text, tokens, per-token law scores, why it stopped, and any violation. */
  async generate(prompt: string | readonly number[], options: GenerateOptions = {}): Promise<GenerationResult> {
    return this.stream(prompt, options).collect();
  }

  /** Writes a KALA checkpoint (HF layout + kala.safetensors) atomically; it loads back bit-identically. */
  async save(dir: string): Promise<void> {
    const nm = this.#handle();
    await this.#ready;
    await native(nm.syncHost()); // what was trained on the GPU is what is saved
    const names = nm.storageNames();
    const entry = (name: string): TensorToWrite => ({
      name,
      dtype: nm.dtypeOf(name),
      shape: nm.shapeOf(name),
      data: async () => {
        const t = await native(this.#handle().getTensor(name));
        return new Uint8Array(t.data);
      },
    });
    const base = names.filter((n) => !n.startsWith('kala.')).map(entry);
    const kala = names.filter((n) => n.startsWith('kala.')).map(entry);
    const lora: Required<LoraOptions> | null = nm.loraConfig();
    const int8 = base.filter((t) => t.dtype === 'I8').map((t) => t.name);
    // an int8 checkpoint says what its I8 tensors and their scales mean (readers other than this one need it)
    const quantization = int8.length === 0 ? {} : {
      quantization_config: {
        quant_method: 'kala_int8',
        bits: 8,
        format: 'per-row symmetric: W[o, i] = int8 <name>.weight[o, i] * F32 <name>.weight_scale[o]',
        modules: int8.map((n) => n.replace(/\.weight$/, '')),
      },
    };
    // the data sections go from native memory to disk (no copy through JS)
    const appendData = (file: string, ts: TensorToWrite[]) => native(this.#handle().appendTensors(file, ts.map((t) => t.name)));
    await writeDirAtomically(dir, async (tmp) => {
      await fsp.writeFile(path.join(tmp, 'config.json'), JSON.stringify({ ...configJson(this.config), ...quantization }, null, 2) + '\n');
      killPoint('file');
      await writeShards(tmp, base, appendData);
      await writeSafetensors(path.join(tmp, 'kala.safetensors'), kala, { format: 'pt', kala: '1' }, appendData);
      killPoint('file');
      // an attached (unmerged) adapter is saved beside the weights and re-applied on load
      if (lora) await writeAdapterFiles(tmp, lora, nm.loraNames().map(entry), [], undefined);
      if (this.tokenizer) {
        await this.tokenizer.save(path.join(tmp, 'tokenizer.json'));
        killPoint('file');
      }
    });
  }

  /** Frees the weights. Later calls throw DisposedError; running calls finish first. */
  dispose(): void {
    // the device copy goes with it (running calls keep it alive until they finish)
    if (this.#native) {
      this.#native.dispose();
      this.#native = undefined;
    }
  }

  [Symbol.dispose](): void {
    this.dispose();
  }
}

/** options.tokenizer must be a Tokenizer (or, for load, a tokenizer.json path or false); an
 *  un-awaited Tokenizer.fromFile() is the common mistake, and it is named. */
function checkTokenizerOption(t: unknown, pathOrFalse: boolean): void {
  if (t === undefined || t instanceof Tokenizer || (pathOrFalse && (typeof t === 'string' || t === false))) return;
  const what = t instanceof Promise ? 'a Promise — await Tokenizer.fromFile(...) first' : typeof t;
  throw new InputError('INVALID_ARGUMENT', `options.tokenizer must be a Tokenizer${pathOrFalse ? ', a tokenizer.json path or false' : ''}; got ${what}`);
}

function checkPrecision(p: unknown): void {
  if (p !== undefined && p !== 'f32' && p !== 'bf16' && p !== 'f16') throw new InputError('INVALID_ARGUMENT', `precision must be f32, bf16 or f16 (got ${JSON.stringify(p)})`);
}

/** Splits base weights into HF-style shards when they exceed 5 GB (with an index), else one file. */
async function writeShards(dir: string, tensors: TensorToWrite[], appendData?: (file: string, ts: TensorToWrite[]) => Promise<void>): Promise<void> {
  const bytes = (t: TensorToWrite) => t.shape.reduce((a, b) => a * b, 1) * (t.dtype === 'F32' ? 4 : t.dtype === 'I8' ? 1 : 2);
  const total = tensors.reduce((a, t) => a + bytes(t), 0);
  if (total <= MAX_SHARD_BYTES) {
    await writeSafetensors(path.join(dir, 'model.safetensors'), tensors, { format: 'pt' }, appendData);
    killPoint('file');
    return;
  }
  const shards: TensorToWrite[][] = [[]];
  let size = 0;
  for (const t of tensors) {
    if (size > 0 && size + bytes(t) > MAX_SHARD_BYTES) {
      shards.push([]);
      size = 0;
    }
    shards[shards.length - 1]!.push(t);
    size += bytes(t);
  }
  const weightMap: Record<string, string> = {};
  const n = shards.length;
  for (let i = 0; i < n; i++) {
    const file = `model-${String(i + 1).padStart(5, '0')}-of-${String(n).padStart(5, '0')}.safetensors`;
    await writeSafetensors(path.join(dir, file), shards[i]!, { format: 'pt' }, appendData);
    killPoint('file');
    for (const t of shards[i]!) weightMap[t.name] = file;
  }
  await fsp.writeFile(path.join(dir, 'model.safetensors.index.json'), JSON.stringify({ metadata: { total_size: total }, weight_map: weightMap }, null, 2));
}

interface LoadPlan {
  specs: NativeTensorSpec[];
  zeros: { name: string; shape: number[] }[];
}

/** The dtypes a checkpoint's weights may have (the engine also knows I32, never a weight). */
function loadableDtype(dtype: string): dtype is Exclude<NativeDType, 'I32'> {
  return isNativeDType(dtype) && dtype !== 'I32';
}

/** Matches the checkpoint's tensors to the parameters the config implies, or says what is wrong. */
function planTensors(nm: NativeModel, ckpt: Checkpoint): LoadPlan {
  const cfg = ckpt.config;
  const plan: LoadPlan = { specs: [], zeros: [] };
  const missing: string[] = [];
  // a KALA checkpoint (config.json has a kala section) must carry its constitutional heads; only
  // a plain Pythia checkpoint gets neutral fresh ones
  const kalaConfig = typeof cfg.raw.kala === 'object' && cfg.raw.kala !== null;
  const hasKala = kalaConfig || [...ckpt.tensors.keys()].some((n) => n.startsWith('kala.'));
  const missingKala: string[] = [];
  for (const [name] of ckpt.tensors) {
    const m = /^gpt_neox\.layers\.(\d+)\./.exec(name) ?? /^kala\.layers\.(\d+)\./.exec(name);
    if (m && Number(m[1]) >= cfg.numLayers && !isIgnoredBuffer(name))
      throw new FormatError('CONFIG_MISMATCH', `the checkpoint has ${name} but config.json says num_hidden_layers = ${cfg.numLayers}; config.json contradicts the weights`);
  }
  for (const name of nm.names()) {
    const shape = nm.shapeOf(name);
    let e = ckpt.tensors.get(name);
    if (!e && name === 'embed_out.weight' && cfg.tieWordEmbeddings) e = ckpt.tensors.get('gpt_neox.embed_in.weight');
    if (!e) {
      // plain Pythia: neutral defaults (gains 0) keep its logits; a KALA checkpoint must be whole
      if (name.startsWith('kala.') && !hasKala) continue;
      if (!cfg.attentionBias && /attention\.(query_key_value|dense)\.bias$/.test(name)) plan.zeros.push({ name, shape });
      else if (name.startsWith('kala.')) missingKala.push(name);
      else missing.push(name);
      continue;
    }
    const dtype = e.dtype;
    if (!loadableDtype(dtype))
      throw new FormatError('TENSOR_DTYPE', `${name} is ${dtype}; weights must be F32, F16 or BF16 (or I8 for linear layers)`);
    let scale: { scaleFile: number; scaleOffset: number } | undefined;
    if (dtype === 'I8') {
      if (!nm.isLinearWeight(name)) throw new FormatError('TENSOR_DTYPE', `${name} is I8; only linear layers (qkv, dense, MLP, embed_out) may be int8`);
      const s = ckpt.tensors.get(`${name}_scale`);
      if (!s) throw new FormatError('TENSOR_MISSING', `the int8 weight ${name} has no ${name}_scale (F32 [${shape[0]}]); the int8 checkpoint is incomplete`);
      if (s.dtype !== 'F32' || s.shape.length !== 1 || s.shape[0] !== shape[0])
        throw new FormatError('TENSOR_SHAPE', `${name}_scale is ${s.dtype} [${s.shape}] but must be F32 [${shape[0]}]`);
      scale = { scaleFile: s.file, scaleOffset: s.begin };
    }
    if (e.shape.length !== shape.length || e.shape.some((d, i) => d !== shape[i]))
      throw new FormatError(
        'CONFIG_MISMATCH',
        `${name} is [${e.shape}] but config.json implies [${shape}] (hidden_size ${cfg.hiddenSize}, intermediate_size ${cfg.intermediateSize}, vocab_size ${cfg.vocabSize}, heads ${cfg.numHeads}); config.json contradicts the weights`,
      );
    plan.specs.push({ name, file: e.file, offset: e.begin, dtype, shape: e.shape, ...(scale ?? {}) });
  }
  if (missingKala.length > 0 && missing.length === 0)
    throw new FormatError(
      'TENSOR_MISSING',
      `${ckpt.dir}: config.json has a kala section but the checkpoint lacks ${missingKala.length} constitutional tensor(s) (${missingKala.slice(0, 3).join(', ')}${missingKala.length > 3 ? ', …' : ''}); ` +
        `kala.safetensors is missing, empty or incomplete. Restore it, or remove the kala section from config.json to load the base model with fresh constitutional heads`,
    );
  missing.push(...missingKala);
  if (missing.length > 0)
    throw new FormatError('TENSOR_MISSING', `the checkpoint lacks ${missing.length} tensor(s) the config requires: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`);
  return plan;
}

async function fileExists(p: string): Promise<boolean> {
  try {
    await fsp.access(p);
    return true;
  } catch {
    return false;
  }
}

async function hasWeights(dir: string): Promise<boolean> {
  const names = await fsp.readdir(dir);
  return names.includes('model.safetensors') || names.includes('model.safetensors.index.json') || names.some((n) => /^model-\d+-of-\d+\.safetensors$/.test(n));
}
