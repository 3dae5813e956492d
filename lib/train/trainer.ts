// Trainer: LoRA (or full) training of a KalaModel with the constitutional loss, AdamW, warmup +
// cosine/constant schedules, gradient accumulation and clipping, activation recomputation,
// checkpoints that resume exactly, and PEFT adapters (DESIGN §3–§5).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { FormatError, InputError, KalaError, DisposedError, throwIfAborted } from '../util/errors.js';
import { native } from '../native/load.js';
import { isNativeDType, type NativeModel, type NativeTensorSpec, type TrainerBackend } from '../native/addon.js';
import { NATIVE, type NativeAccess } from '../internal.js';
import type { KalaModel } from '../model.js';
import { Tensor } from '../util/tensor.js';
import { readSafetensorsHeader, writeSafetensors, type TensorToWrite } from '../formats/safetensors.js';
import { killPoint, recoverDir, writeDirAtomically, writeFilesInto } from '../formats/atomic.js';
import { applyAdapter, readAdapter, writeAdapterFiles, DEFAULT_LORA, resolveTargets, type LoraOptions } from '../formats/adapter.js';
import { encodeExample, epochOrder, packBatch, padBatch, parseExample, readExamples, type EncodedExample, type NativeBatch, type TrainingExample } from './data.js';
import { learningRateAt } from './schedule.js';

export interface TrainerOptions {
  /** LoRA settings (default r 16, alpha 32, dropout 0.05 on query_key_value, dense, embed_in,
   *  embed_out); false trains every parameter (F32 models only). */
  lora?: LoraOptions | false;
  /** Continue training an existing PEFT adapter directory. */
  adapter?: string;
  /** Resume from a directory written by saveCheckpoint (optimizer, data position, schedule). */
  resume?: string;
  learningRate?: number;
  weightDecay?: number;
  betas?: [number, number];
  eps?: number;
  /** Weight of the ethics loss in the total (default 0.5). */
  ethicsWeight?: number;
  /** Clip the global gradient norm to this (default 1; 0 = off). */
  maxGradNorm?: number;
  schedule?: 'cosine' | 'constant';
  warmupSteps?: number;
  /** Optimizer steps the schedule spans (fit sets it from the data when not given). */
  totalSteps?: number;
  gradientAccumulation?: number;
  /** Recompute each layer's activations in backward instead of keeping them (less memory). */
  recompute?: boolean;
  seed?: number;
  /** Also train the LM on prompt tokens (default: only responses). */
  trainOnPrompts?: boolean;
  /** Pack several examples per row (attention and positions stay per example). */
  packing?: boolean;
}

/** A batch of token ids with optional labels (default: the ids) and law targets [B][T][5]
 *  (null or NaN = unlabelled). */
export interface Batch {
  inputIds: number[][];
  labels?: number[][];
  lawTargets?: ((number | null)[] | null)[][];
  /** Overrides the trainer's ethicsWeight for this batch (as the reference's batch files do). */
  ethicsWeight?: number;
}

export interface LossResult {
  loss: number;
  lmLoss: number;
  ethicsLoss: number;
}

export interface StepResult extends LossResult {
  /** Optimizer steps taken so far. */
  step: number;
  /** Whether this call ended an accumulation window and updated the weights. */
  stepped: boolean;
  lr: number;
  gradNorm?: number;
}

export interface StepEvent extends LossResult {
  step: number;
  epoch: number;
  lr: number;
  tokensPerSec: number;
  gradNorm: number;
  totalSteps: number;
}

export interface FitOptions {
  epochs?: number;
  batchSize?: number;
  seqLen?: number;
  onStep?: (e: StepEvent) => void;
  signal?: AbortSignal;
  shuffle?: boolean;
  /** Write a checkpoint here every `checkpointEvery` optimizer steps and at the end. */
  checkpointDir?: string;
  checkpointEvery?: number;
  /** Stop after this many optimizer steps in total. */
  maxSteps?: number;
}

export interface FitResult {
  steps: number;
  epochs: number;
  losses: number[];
  aborted: boolean;
}

interface TrainerState {
  step: number;
  microStep: number;
  epoch: number;
  batchIndex: number;
  totalSteps: number;
  seed: number;
  full: boolean;
  lora: Required<LoraOptions> | null;
  losses: number[];
}

const STATE_FILE = 'trainer_state.json';

function mix(seed: number, a: number, b: number): number {
  // a 52-bit seed for each micro-batch's dropout masks, deterministic in (seed, step, micro)
  let h = (seed * 0x9e3779b1 + a * 0x85ebca77 + b * 0xc2b2ae3d) % 2 ** 52;
  if (h < 0) h += 2 ** 52;
  return h;
}

export class Trainer {
  readonly model: KalaModel;
  readonly #o: Required<Omit<TrainerOptions, 'lora' | 'adapter' | 'resume' | 'totalSteps'>> & { totalSteps: number | undefined };
  readonly #ready: Promise<void>;
  #native: NativeAccess | undefined;
  /** The NativeTrainer (the engine trains where the model's weights are); undefined once disposed. */
  #trainer: TrainerBackend | undefined;
  #state: TrainerState;
  #disposed = false;
  #pending: LossResult[] = [];

  constructor(model: KalaModel, options: TrainerOptions = {}) {
    this.model = model;
    const o = options;
    const num = (v: number | undefined, d: number, name: string, ok: (x: number) => boolean) => {
      const x = v ?? d;
      if (typeof x !== 'number' || !Number.isFinite(x) || !ok(x)) throw new InputError('INVALID_ARGUMENT', `${name} has an invalid value ${v}`);
      return x;
    };
    this.#o = {
      learningRate: num(o.learningRate, 2e-4, 'learningRate', (x) => x > 0),
      weightDecay: num(o.weightDecay, 0, 'weightDecay', (x) => x >= 0),
      betas: o.betas ?? [0.9, 0.999],
      eps: num(o.eps, 1e-8, 'eps', (x) => x > 0),
      ethicsWeight: num(o.ethicsWeight, 0.5, 'ethicsWeight', (x) => x >= 0),
      maxGradNorm: num(o.maxGradNorm, 1, 'maxGradNorm', (x) => x >= 0),
      schedule: o.schedule ?? 'cosine',
      warmupSteps: num(o.warmupSteps, 0, 'warmupSteps', (x) => Number.isInteger(x) && x >= 0),
      totalSteps: o.totalSteps,
      gradientAccumulation: num(o.gradientAccumulation, 1, 'gradientAccumulation', (x) => Number.isInteger(x) && x >= 1),
      recompute: o.recompute ?? false,
      seed: num(o.seed, 0, 'seed', (x) => Number.isSafeInteger(x) && x >= 0),
      trainOnPrompts: o.trainOnPrompts ?? false,
      packing: o.packing ?? false,
    };
    if (!['cosine', 'constant'].includes(this.#o.schedule)) throw new InputError('INVALID_ARGUMENT', 'schedule must be cosine or constant');
    const lora = o.lora === false ? null : { ...DEFAULT_LORA, ...(o.lora ?? {}) };
    if (lora && (!Number.isInteger(lora.r) || lora.r <= 0 || !(lora.alpha > 0) || !(lora.dropout >= 0 && lora.dropout < 1)))
      throw new InputError('INVALID_ARGUMENT', 'lora needs an integer r > 0, alpha > 0 and dropout in [0, 1)');
    this.#state = { step: 0, microStep: 0, epoch: 0, batchIndex: 0, totalSteps: o.totalSteps ?? 0, seed: this.#o.seed, full: o.lora === false, lora, losses: [] };
    this.#ready = this.#init(options);
    this.#ready.catch(() => undefined);
  }

  async #init(o: TrainerOptions): Promise<void> {
    const acc = this.model[NATIVE]();
    await acc.ready;
    this.#native = acc;
    const h = acc.handle;
    const layers = this.model.config.numLayers;
    // a checkpoint save killed between its renames is recovered to the newest complete copy
    if (o.resume) await recoverDir(o.resume, { looksComplete: isWholeTrainingCheckpoint });
    const source = o.resume ?? o.adapter;
    if (source && !this.#state.full) {
      const files = await readAdapter(source);
      await applyAdapter(h, layers, files, { source });
      this.#state.lora = { r: files.config.r, alpha: files.config.alpha, dropout: files.config.dropout, targets: resolveTargets(files.config.targets, layers, source), rslora: files.config.rslora };
    } else if (!this.#state.full) {
      const existing = h.loraNames();
      if (existing.length === 0) {
        const l = this.#state.lora!;
        await native(() => h.attachLora({ ...l, seed: this.#o.seed }));
      }
    } else if (o.resume) {
      await loadFullWeights(h, path.join(o.resume, 'model'));
    }
    if (this.model.device === 'cuda') {
      // on the GPU the engine trains the device copy; it is uploaded again so it has the adapter
      // attached above
      if (this.#state.full) throw new InputError('INVALID_ARGUMENT', "full training (lora: false) runs on the CPU engine only; train LoRA on 'cuda', or load the model with device: 'cpu'");
      await acc.place({ training: true, rebuild: true });
    }
    this.#trainer = await native(() => new acc.addon.NativeTrainer(h, { full: this.#state.full }));
    if (o.resume) await this.#loadState(o.resume);
  }

  async #ensure(): Promise<TrainerBackend> {
    if (this.#disposed) throw new DisposedError('this Trainer');
    await this.#ready;
    if (this.model.disposed) throw new DisposedError('the model of this Trainer');
    return this.#backend();
  }

  #backend(): TrainerBackend {
    if (!this.#trainer) throw new DisposedError('this Trainer');
    return this.#trainer;
  }

  /** Optimizer steps taken so far. */
  get steps(): number {
    return this.#state.step;
  }

  /** Names of the trained parameters (PEFT names for LoRA, kala.* for the constitution). */
  async parameterNames(): Promise<string[]> {
    const trainer = await this.#ensure();
    return trainer.params().map((p) => p.name);
  }

  /** Loss parts and the gradient of every trained parameter, without dropout and without an update. */
  async computeGradients(batch: Batch): Promise<LossResult & { grads: Record<string, Tensor<'float32'>> }> {
    const trainer = await this.#ensure();
    if (this.#state.microStep > 0) throw new InputError('INVALID_ARGUMENT', 'computeGradients would discard the gradients of an unfinished accumulation window');
    const nb = this.#flatten(batch);
    const ethicsWeight = batch.ethicsWeight ?? this.#o.ethicsWeight;
    if (!(ethicsWeight >= 0)) throw new InputError('INVALID_ARGUMENT', 'ethicsWeight must be >= 0');
    const opts = { dropout: false, seed: 0, ethicsWeight, recompute: this.#o.recompute };
    trainer.zeroGrad();
    let r = await native(trainer.compute(nb, opts));
    // with loss scaling (f16 training on the GPU) the device gradients hold loss scale x the
    // gradient until finishGrads divides the scale out (step() does that itself; grad() does
    // not); an overflow zeroes them and halves the scale: computed again at the lower scale (the
    // default 65536 reaches 1 in 16 halvings; an overflow at scale 1 is a non-finite gradient).
    // Without loss scaling finishGrads is true at once.
    for (let attempt = 0; !(await native(() => trainer.finishGrads())); attempt++) {
      if (attempt >= 24) throw new KalaError('INTERNAL', 'the gradient is not finite (loss diverged)');
      trainer.zeroGrad();
      r = await native(trainer.compute(nb, opts));
    }
    const grads: Record<string, Tensor<'float32'>> = {};
    for (const p of trainer.params()) {
      const g = trainer.grad(p.name);
      grads[p.name] = new Tensor('float32', g.shape, new Float32Array(g.data));
    }
    trainer.zeroGrad();
    return { loss: r.loss, lmLoss: r.lmLoss, ethicsLoss: r.ethicsLoss, grads };
  }

  /** One micro-batch with dropout; every `gradientAccumulation` calls also update the weights. */
  async step(batch: Batch | NativeBatch): Promise<StepResult> {
    await this.#ensure();
    if ('ids' in batch) return this.#step(batch);
    return this.#step(this.#flatten(batch), batch.ethicsWeight);
  }

  async #step(nb: NativeBatch, ethicsWeight = this.#o.ethicsWeight): Promise<StepResult> {
    const s = this.#state;
    const seed = mix(s.seed, s.step, s.microStep);
    const trainer = this.#backend();
    const r = await native(trainer.compute(nb, { dropout: true, seed, ethicsWeight, recompute: this.#o.recompute }));
    s.microStep++;
    this.#pending.push(r);
    const lr = learningRateAt(s.step + 1, this.#schedule());
    if (s.microStep < this.#o.gradientAccumulation) return { ...r, step: s.step, stepped: false, lr };
    const { gradNorm } = await native(
      trainer.step({
        lr,
        beta1: this.#o.betas[0],
        beta2: this.#o.betas[1],
        eps: this.#o.eps,
        weightDecay: this.#o.weightDecay,
        step: s.step + 1,
        gradScale: 1 / this.#o.gradientAccumulation,
        maxGradNorm: this.#o.maxGradNorm,
      }),
    );
    s.step++;
    s.microStep = 0;
    const mean = (k: keyof LossResult) => this.#pending.reduce((a, x) => a + x[k], 0) / this.#pending.length;
    const out = { loss: mean('loss'), lmLoss: mean('lmLoss'), ethicsLoss: mean('ethicsLoss'), step: s.step, stepped: true, lr, gradNorm };
    this.#pending = [];
    s.losses.push(out.loss);
    return out;
  }

  #schedule() {
    return {
      learningRate: this.#o.learningRate,
      schedule: this.#o.schedule,
      warmupSteps: this.#o.warmupSteps,
      totalSteps: this.#state.totalSteps || this.#o.totalSteps || 1,
    };
  }

  #flatten(batch: Batch): NativeBatch {
    const V = this.model.config.vocabSize;
    const ids = batch.inputIds;
    if (!Array.isArray(ids) || ids.length === 0 || !Array.isArray(ids[0]) || ids[0].length === 0)
      throw new InputError('INVALID_ARGUMENT', 'batch.inputIds must be a non-empty number[][]');
    const B = ids.length, T = ids[0]!.length;
    const flat = new Int32Array(B * T), labels = new Int32Array(B * T);
    const targets = batch.lawTargets ? new Float32Array(B * T * 5) : new Float32Array(0);
    for (let b = 0; b < B; b++) {
      if (ids[b]!.length !== T) throw new InputError('INVALID_ARGUMENT', 'every row of inputIds must have the same length (pad them)');
      for (let t = 0; t < T; t++) {
        const id = ids[b]![t]!;
        if (!Number.isInteger(id) || id < 0 || id >= V) throw new InputError('TOKEN_OUT_OF_RANGE', `token id ${id} is outside the vocabulary [0, ${V})`);
        flat[b * T + t] = id;
        const l = batch.labels ? batch.labels[b]?.[t] : id;
        if (l === undefined || !Number.isInteger(l) || (l !== -100 && (l < 0 || l >= V))) throw new InputError('INVALID_ARGUMENT', `labels[${b}][${t}] must be a token id or -100`);
        labels[b * T + t] = l;
        if (batch.lawTargets) {
          const row = batch.lawTargets[b]?.[t] ?? [null, null, null, null, null]; // a null position is unlabelled
          if (!Array.isArray(row) || row.length !== 5) throw new InputError('INVALID_ARGUMENT', `lawTargets[${b}][${t}] must have five entries`);
          for (let k = 0; k < 5; k++) targets[(b * T + t) * 5 + k] = row[k] === null || row[k] === undefined ? NaN : (row[k] as number);
        }
      }
    }
    return { B, T, ids: flat, labels, targets, tokens: B * T };
  }

  /** Trains on JSONL files (DESIGN §7) or examples; resumable through checkpointDir. */
  async fit(data: string | readonly string[] | Iterable<TrainingExample> | AsyncIterable<TrainingExample>, options: FitOptions = {}): Promise<FitResult> {
    await this.#ensure();
    const tok = this.model.tokenizer;
    if (!tok) throw new KalaError('TOKENIZER_MISSING', 'fit needs a model with a tokenizer (tokenizer.json beside the checkpoint)');
    const epochs = options.epochs ?? 1;
    const batchSize = options.batchSize ?? 4;
    const seqLen = Math.min(options.seqLen ?? 512, this.model.config.maxPositions);
    if (!Number.isInteger(epochs) || epochs < 1) throw new InputError('INVALID_ARGUMENT', 'epochs must be a positive integer');
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new InputError('INVALID_ARGUMENT', 'batchSize must be a positive integer');
    if (!Number.isInteger(seqLen) || seqLen < 2) throw new InputError('INVALID_ARGUMENT', 'seqLen must be an integer >= 2');
    const examples = await collectExamples(data);
    if (examples.length === 0) throw new FormatError('DATA_INVALID', 'the training data holds no examples');
    const encoded: EncodedExample[] = [];
    for (const ex of examples) encoded.push(await encodeExample(tok, ex, { trainOnPrompts: this.#o.trainOnPrompts, seqLen }));
    const padId = this.model.config.eosTokenId ?? tok.eosTokenId ?? 0;
    const epochBatches = (epoch: number): NativeBatch[] => {
      const order = epochOrder(encoded.length, this.#state.seed, epoch, options.shuffle ?? true).map((i) => encoded[i]!);
      const out: NativeBatch[] = [];
      if (this.#o.packing) {
        for (let i = 0; i < order.length; ) {
          const { batch, used } = packBatch(order.slice(i), batchSize, seqLen, padId);
          out.push(batch);
          i += used;
        }
      } else {
        for (let i = 0; i < order.length; i += batchSize) out.push(padBatch(order.slice(i, i + batchSize), padId));
      }
      return out;
    };
    const perEpoch = epochBatches(0).length;
    const s = this.#state;
    if (!s.totalSteps) s.totalSteps = this.#o.totalSteps ?? Math.ceil((perEpoch * epochs) / this.#o.gradientAccumulation);
    const result: FitResult = { steps: s.step, epochs: s.epoch, losses: [], aborted: false };
    let tokens = 0;
    let t0 = performance.now();
    for (; s.epoch < epochs; s.epoch++, s.batchIndex = 0) {
      const batches = epochBatches(s.epoch);
      for (; s.batchIndex < batches.length; ) {
        if (options.signal?.aborted || (options.maxSteps !== undefined && s.step >= options.maxSteps)) {
          result.aborted = options.signal?.aborted ?? false;
          result.steps = s.step;
          result.epochs = s.epoch;
          return result;
        }
        const nb = batches[s.batchIndex]!;
        const r = await this.#step(nb);
        s.batchIndex++;
        tokens += nb.tokens;
        if (!r.stepped) continue;
        result.losses.push(r.loss);
        const now = performance.now();
        options.onStep?.({ step: r.step, epoch: s.epoch, loss: r.loss, lmLoss: r.lmLoss, ethicsLoss: r.ethicsLoss, lr: r.lr, gradNorm: r.gradNorm ?? 0, tokensPerSec: (tokens * 1000) / Math.max(1, now - t0), totalSteps: s.totalSteps });
        tokens = 0;
        t0 = performance.now();
        if (options.checkpointDir && options.checkpointEvery && r.step % options.checkpointEvery === 0) await this.saveCheckpoint(options.checkpointDir);
      }
    }
    result.steps = s.step;
    result.epochs = s.epoch;
    if (options.checkpointDir) await this.saveCheckpoint(options.checkpointDir);
    return result;
  }

  async #tensors(names: string[]): Promise<TensorToWrite[]> {
    await this.#native!.syncHost();
    const h = this.#native!.handle;
    return names.map((name) => ({
      name,
      dtype: 'F32',
      shape: h.shapeOf(name),
      data: async () => new Uint8Array((await native(h.getTensor(name))).data),
    }));
  }

  /** Writes the adapter as PEFT files (adapter_config.json, adapter_model.safetensors) plus the
   *  trained constitutional parameters (kala.safetensors). Other files in `dir` are kept. */
  async saveAdapter(dir: string): Promise<void> {
    await this.#ensure();
    if (this.#state.full) throw new InputError('INVALID_ARGUMENT', 'a fully trained model has no adapter; use model.save(dir)');
    const h = this.#native!.handle;
    const lora = await this.#tensors(h.loraNames());
    const kala = await this.#tensors(h.names().filter((n) => n.startsWith('kala.')));
    await writeFilesInto(dir, (tmp, saveId) => writeAdapterFiles(tmp, this.#state.lora!, lora, kala, baseModelOf(this.model), saveId), { keepManifest: true });
  }

  /** A training checkpoint: adapter (or full weights), optimizer moments and trainer state,
   *  written to a temporary directory, fsynced and renamed into place. */
  async saveCheckpoint(dir: string): Promise<void> {
    const trainer = await this.#ensure();
    const h = this.#native!.handle;
    const params = trainer.params();
    await writeDirAtomically(dir, async (tmp) => {
      if (this.#state.full) await this.model.save(path.join(tmp, 'model'));
      else {
        const lora = await this.#tensors(h.loraNames());
        const kala = await this.#tensors(h.names().filter((n) => n.startsWith('kala.')));
        await writeAdapterFiles(tmp, this.#state.lora!, lora, kala, undefined);
      }
      const moments: TensorToWrite[] = [];
      for (const p of params) {
        const st = trainer.state(p.name);
        moments.push({ name: `${p.name}.exp_avg`, dtype: 'F32', shape: [p.numel], data: st.m });
        moments.push({ name: `${p.name}.exp_avg_sq`, dtype: 'F32', shape: [p.numel], data: st.v });
      }
      await writeSafetensors(path.join(tmp, 'optimizer.safetensors'), moments, { format: 'kala-adamw' });
      killPoint('file');
      await fsp.writeFile(path.join(tmp, STATE_FILE), JSON.stringify({ ...this.#state, options: this.#o, written: new Date().toISOString(), id: randomBytes(4).toString('hex') }, null, 2) + '\n');
      killPoint('file');
    });
  }

  async #loadState(dir: string): Promise<void> {
    let st: TrainerState;
    try {
      st = JSON.parse(await fsp.readFile(path.join(dir, STATE_FILE), 'utf8'));
    } catch (e) {
      throw new FormatError('DATA_INVALID', `${dir} is not a training checkpoint (${STATE_FILE}: ${(e as Error).message})`);
    }
    if (!Number.isInteger(st.step) || !Number.isInteger(st.epoch) || !Number.isInteger(st.batchIndex))
      throw new FormatError('DATA_INVALID', `${path.join(dir, STATE_FILE)} is damaged`);
    if (st.full !== this.#state.full) throw new InputError('INVALID_ARGUMENT', `the checkpoint was ${st.full ? 'full' : 'LoRA'} training; resume it the same way`);
    const file = path.join(dir, 'optimizer.safetensors');
    const hdr = await readSafetensorsHeader(file);
    const bytes = await fsp.readFile(file);
    const read = (name: string) => {
      const e = hdr.tensors.get(name);
      if (!e) throw new FormatError('TENSOR_MISSING', `${file} lacks ${name}`);
      return new Float32Array(bytes.buffer.slice(bytes.byteOffset + e.begin, bytes.byteOffset + e.end));
    };
    const trainer = this.#backend();
    // a moment of the wrong size is TENSOR_SHAPE from the engine: a FormatError here
    await native(() => {
      for (const p of trainer.params()) trainer.setState(p.name, read(`${p.name}.exp_avg`), read(`${p.name}.exp_avg_sq`));
    });
    this.#state = { ...st, lora: this.#state.lora, losses: st.losses ?? [] };
  }

  /** Releases the optimizer state (the model stays usable, with the adapter attached). */
  dispose(): void {
    this.#disposed = true;
    this.#trainer = undefined;
  }
}

async function collectExamples(data: string | readonly string[] | Iterable<TrainingExample> | AsyncIterable<TrainingExample>): Promise<TrainingExample[]> {
  if (typeof data === 'string' || (Array.isArray(data) && data.every((d) => typeof d === 'string'))) return readExamples(data as string | string[]);
  const out: TrainingExample[] = [];
  let i = 0;
  for await (const ex of data as AsyncIterable<TrainingExample>) out.push(parseExample(ex, `example ${i++}`));
  return out;
}

async function loadFullWeights(h: NativeModel, dir: string): Promise<void> {
  const { readCheckpoint } = await import('../formats/checkpoint.js');
  const ck = await readCheckpoint(dir);
  const specs: NativeTensorSpec[] = [...ck.tensors.values()].map((e) => {
    const dtype = e.dtype;
    // as the engine's dtype_from_name would say
    if (!isNativeDType(dtype)) throw new FormatError('TENSOR_DTYPE', `unsupported dtype ${dtype} (${e.name} in ${dir})`);
    return { name: e.name, file: e.file, offset: e.begin, dtype, shape: e.shape };
  });
  await native(h.load(ck.files, specs));
}

/** Whether a directory holds a whole training checkpoint (for recovering one written without a
 *  manifest): trainer_state.json, written last, parses and the weight files are whole. */
async function isWholeTrainingCheckpoint(dir: string): Promise<boolean> {
  try {
    const st = JSON.parse(await fsp.readFile(path.join(dir, STATE_FILE), 'utf8')) as Partial<TrainerState>;
    if (!Number.isInteger(st.step)) return false;
    await readSafetensorsHeader(path.join(dir, 'optimizer.safetensors'));
    if (st.full) {
      const { readCheckpoint } = await import('../formats/checkpoint.js');
      await readCheckpoint(path.join(dir, 'model'));
    } else await readSafetensorsHeader(path.join(dir, 'adapter_model.safetensors'));
    return true;
  } catch {
    return false;
  }
}

/** What an adapter records as its base model: the hub id and revision when the base came from the
 *  HF cache (a cache path would only work on this machine), else the directory. */
function baseModelOf(model: KalaModel): { nameOrPath: string; revision?: string } | undefined {
  if (model.hub) {
    const revision = model.hub.revision && model.hub.revision !== 'main' ? model.hub.revision : model.hub.commit;
    return { nameOrPath: model.hub.id, ...(revision ? { revision } : {}) };
  }
  return model.path ? { nameOrPath: model.path } : undefined;
}
