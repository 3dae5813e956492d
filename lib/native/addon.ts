// The typed boundary to the native engine: every class and function the binary exports, with
// the signatures csrc/napi/ reads its arguments with and builds its results from. Each entry
// names the binding file and function it mirrors; a change of a binding changes its type here.
//
// The CPU build (build/Release/kala.node) exports KalaAddon; the CUDA build (build-cuda/) exports
// CudaAddon, the same plus `cudaInfo` and the `cuda` namespace. The untyped `require()` result
// becomes one of these in one place only: checkAddon / checkCudaAddon (lib/native/load.ts),
// which check the binary against CPU_ADDON_SPEC / CUDA_ADDON_SPEC below. The specs and the
// interfaces are checked against each other at compile time (SpecMismatches), and
// test/addon-boundary.test.ts checks the specs against the loaded binary and against the C++
// registrations (the CUDA ones included, which this machine may not compile).

// ------------------------------------------------------------------ shared value types

/** Tensor dtype names as csrc/tensor.cpp spells them (dtype_name, dtype_from_name). */
export type NativeDType = 'F32' | 'F16' | 'BF16' | 'I8' | 'I32';

const NATIVE_DTYPES: ReadonlySet<string> = new Set<NativeDType>(['F32', 'F16', 'BF16', 'I8', 'I32']);

/** Whether `s` is a dtype name the engine accepts (dtype_from_name throws TENSOR_DTYPE otherwise). */
export function isNativeDType(s: string): s is NativeDType {
  return NATIVE_DTYPES.has(s);
}

/** What `Napi::TypedArray` accepts (the bytes are read as they are). */
export type NativeTypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;

/** A tensor handed to JS (util.cpp tensor_to_js): an external ArrayBuffer over the engine's memory. */
export interface NativeTensor {
  dtype: NativeDType;
  shape: number[];
  data: ArrayBuffer;
}

// ------------------------------------------------------------------ NativeModel (model_wrap.cpp)

/** The NativeModel constructor's config (model_wrap.cpp config_from_js). Every field is required:
 *  the defaults live in lib/formats/config.ts, and the engine refuses a missing one
 *  (INVALID_ARGUMENT) rather than guess; the bounds are ModelConfig::validate's (CONFIG_INVALID). */
export interface NativeModelConfig {
  hidden: number;
  layers: number;
  heads: number;
  intermediate: number;
  vocab: number;
  maxPositions: number;
  rotaryPct: number;
  rotaryBase: number;
  layerNormEps: number;
  parallelResidual: boolean;
  valueHeadDim: number;
  layerEthicsWeight: number;
  /** five numbers, one per law */
  lawWeights: readonly number[];
}

/** One tensor of NativeModel.load: where its bytes are in which file. */
export interface NativeTensorSpec {
  name: string;
  /** index into `files` */
  file: number;
  /** byte offset in that file */
  offset: number;
  dtype: NativeDType;
  shape: readonly number[];
  /** int8 weights: the file and offset of their F32 [rows] scales (scaleOffset is read only
   *  when scaleFile is a number) */
  scaleFile?: number;
  scaleOffset?: number;
}

export interface NativeLoadOptions {
  /** quantize linear weights to int8 while loading (read with ToBoolean) */
  quantize?: boolean;
}

/** NativeModel.attachLora's options (model_wrap.cpp AttachLora). Every field is required: the
 *  defaults are DEFAULT_LORA (lib/formats/adapter.ts). */
export interface NativeLoraOptions {
  /** an integer in [1, 65536] */
  r: number;
  alpha: number;
  dropout: number;
  /** module names or suffixes */
  targets: readonly string[];
  rslora: boolean;
  /** seed of the A initialisation */
  seed: number;
}

/** NativeModel.loraConfig() (model_wrap.cpp LoraConfigJs). */
export interface NativeLoraConfig {
  r: number;
  alpha: number;
  dropout: number;
  rslora: boolean;
  targets: string[];
}

/** NativeModel.forward(...), where the weights are. */
export interface NativeForwardOutput {
  /** [B, T, V], or [B, V] with lastOnly */
  logits: Float32Array;
  /** [B, T, 5] (or [B, 5]) */
  lawScores: Float32Array;
  /** [L+1, B, T, 5] */
  layerLawLogits: Float32Array;
}

/** NativeModel.score(...) (model_wrap.cpp Score). */
export interface NativeScoreOutput {
  /** [B, T] negative log-likelihood of each label; NaN where the label is -100 */
  nll: Float32Array;
  /** [B, T, 5] */
  lawScores: Float32Array;
  /** [L+1, B, T, 5] */
  layerLawLogits: Float32Array;
}

/** What runs a full forward: NativeModel, wherever its weights are. */
export interface ForwardRunner {
  /** ids [B*T]; B and T integers >= 1 */
  forward(ids: Int32Array, B: number, T: number, lastOnly: boolean): Promise<NativeForwardOutput>;
}

/** NativeModel.to('cuda', ...) (model_wrap.cpp To, csrc/model_placement.h DevicePlacement): how
 *  the device copy is built. Every field is required (the defaults are KalaModel's). */
export interface NativeDevicePlacement {
  /** matmuls and attention (and the KV cache, unless kvDtype says otherwise) */
  precision: CudaPrecision;
  /** the copy will be trained (at f16 with dynamic loss scaling) */
  training: boolean;
  /** upload again: the host weights changed (an adapter attached) */
  rebuild: boolean;
  // What KalaModel leaves at the engine's defaults and the GPU tests and benchmarks set:
  /** KV cache element type, default the precision */
  kvDtype?: CudaPrecision;
  /** int8 weights: the LLM.int8 path for prefill, default false */
  int8Dynamic?: boolean;
  /** f32 host weights stored 16-bit on the device at 16-bit precision, default true */
  narrowWeights?: boolean;
  /** int8Dynamic outlier threshold, default 6 */
  outlierThreshold?: number;
  /** the first dynamic loss scale (f16 training), default 65536 */
  initialLossScale?: number;
}

/** The JS handle of a kala::Model and of where its weights live (csrc/model_placement.h): the
 *  host model always holds them; after to('cuda', ...) a device copy does too, and forward,
 *  sessions (NativeSession) and training (NativeTrainer) run there. Every method throws DISPOSED
 *  after dispose(). */
export interface NativeModel extends ForwardRunner {
  /** Reads the tensors from the files (off the event loop); progress(bytesDone, bytesTotal). */
  load(files: readonly string[], specs: readonly NativeTensorSpec[], onProgress?: (done: number, total: number) => void, options?: NativeLoadOptions): Promise<void>;
  /** Random weights; range default 0.02. */
  initRandom(seed: number, range?: number): Promise<void>;
  /** Fresh constitutional (kala.*) parameters where none were loaded. */
  initMissingKala(seed: number): void;
  missingBase(): string[];
  /** Every parameter the config implies (HF names plus kala.*). */
  names(): string[];
  /** Every tensor as stored (int8 weights bring their _scale tensors). */
  storageNames(): string[];
  isLinearWeight(name: string): boolean;
  has(name: string): boolean;
  shapeOf(name: string): number[];
  dtypeOf(name: string): NativeDType;
  attachLora(options: NativeLoraOptions): void;
  detachLora(): void;
  mergeLora(): Promise<void>;
  /** PEFT names of the attached LoRA tensors ([] without an adapter). */
  loraNames(): string[];
  /** null without an adapter */
  loraConfig(): NativeLoraConfig | null;
  getTensor(name: string): Promise<NativeTensor>;
  /** Appends the tensors' bytes (storage dtype, row-major) to the file at `path` and fsyncs it: a checkpoint's data section, written natively. */
  appendTensors(path: string, names: readonly string[]): Promise<void>;
  /** Copies `data` (byte length = shape and dtype) into the tensor; only a TypedArray is read. */
  setTensor(name: string, dtype: NativeDType, shape: readonly number[], data: NativeTypedArray): void;
  /** ids and labels [B*T]; labels -100 = none */
  score(ids: Int32Array, B: number, T: number, labels: Int32Array): Promise<NativeScoreOutput>;
  weightBytes(): number;
  /**
   * Moves the weights, off the event loop (PlacedModel::to). 'cuda' uploads a device copy built
   * as `placement` says, unless one is there that serves it (same precision; for training, the
   * same loss scaling; no `rebuild`); 'cpu' lets the copy go. Whatever drops or replaces a copy
   * first downloads what was trained on it into the host. 'cuda' in a build without CUDA:
   * UNSUPPORTED.
   */
  to(device: 'cpu'): Promise<void>;
  to(device: 'cuda', placement: NativeDevicePlacement): Promise<void>;
  /** Copies what was trained on the device into the host tensors (getTensor, score and save read
   *  those); the device copy stays. Resolves at once when nothing was trained there. */
  syncHost(): Promise<void>;
  /** Aborts a running load (it rejects with ABORTED). */
  cancel(): void;
  dispose(): void;
}

export interface NativeModelConstructor {
  new (config: NativeModelConfig): NativeModel;
}

// ------------------------------------------------------------------ sessions (session_wrap.cpp, session_step.h)

/** session_step.h sampling_of: missing fields keep greedy decoding. */
export interface SamplingOptions {
  temperature?: number;
  topK?: number;
  topP?: number;
}

/** session_step.h step_result: `tokens` only when sampling was given, `logits` only when wanted. */
export type SessionStepOutput<S extends SamplingOptions | null, L extends boolean> = {
  /** [B, T, 5] of the new tokens */
  lawScores: Float32Array;
  /** [L+1, B, T, 5] */
  layerLawLogits: Float32Array;
} & (S extends null ? { tokens?: undefined } : { /** one sampled token per row */ tokens: number[] }) &
  (L extends true ? { /** [B, V] last-position logits */ logits: Float32Array } : { logits?: undefined });

/** A KV-cache decoding session (NativeSession): a CPU cache, or a device cache when the model's
 *  weights are on the GPU (the engine opens it where they are). */
export interface DecodeSession {
  /** Runs T new tokens per row (ids [batch*T]) through the cache; one step at a time. */
  step<S extends SamplingOptions | null, L extends boolean>(ids: Int32Array, T: number, sampling: S, wantLogits: L): Promise<SessionStepOutput<S, L>>;
  /** Reseeds the sampler. */
  seed(seed: number): void;
  /** Empties the cache. */
  reset(): void;
  /** Keeps the first n positions (n <= length): the next step continues from there. */
  trim(n: number): void;
  /**
   * The decode loop in the engine (csrc/decode.cpp), batch 1: runs `context` and samples from its
   * last position (or, with an empty context, starts from `next`, the token a previous call
   * sampled), then up to maxTokens times runs the token and samples the next (each token's law
   * scores known before it is shown).
   * Stops at `eos` (-1: none; the eos token is returned in `next`, not run), a full cache, or with
   * `thresholds` the first token whose score for a law is below that law's threshold (that token
   * is the last of `tokens`). `next` is the token to run next (-1 after a monitor stop).
   */
  decode(context: Int32Array, maxTokens: number, sampling: SamplingOptions | null, eos: number, thresholds: Float32Array | null, next: number): Promise<DecodeChunk>;
  /** This cache becomes a copy of `other`'s (a session of the same class, model, batch and
   *  capacity), on a worker thread; neither may be running a step. */
  copyFrom(other: this): Promise<void>;
  /** tokens in the cache */
  readonly length: number;
  readonly capacity: number;
}

/** What one decode call returns (napi/decode_call.h). */
export interface DecodeChunk {
  tokens: Int32Array;
  /** [tokens, 5] */
  lawScores: Float32Array;
  /** [tokens, heads, 5], heads = layers + 1 */
  layerLawLogits: Float32Array;
  next: number;
  stop: 'none' | 'eos' | 'monitor' | 'length';
}

export type NativeSession = DecodeSession;

export interface NativeSessionConstructor {
  /** batch in [1, 65536]; capacity in [1, maxPositions] (SEQUENCE_TOO_LONG above). The cache is
   *  where the model's weights are now (a later model.to() does not move it). */
  new (model: NativeModel, batch: number, capacity: number): NativeSession;
}

// ------------------------------------------------------------------ training (trainer_wrap.cpp)

/** A training batch (napi/train_calls.h train_batch_of). The arrays are
 *  read as raw bytes of the element type named; a missing array is empty. */
export interface NativeTrainBatch {
  B: number;
  T: number;
  /** [B*T] */
  ids: Int32Array;
  /** [B*T], -100 = no LM label */
  labels: Int32Array;
  /** [B*T*5] law targets, NaN = unlabelled (empty: none) */
  targets?: Float32Array;
  /** [B*T] positions of packed rows */
  positions?: Int32Array;
  /** [B*T] first key position each query may attend to (packed rows) */
  keyStart?: Int32Array;
}

/** compute()'s second argument; NativeTrainer reads seed and ethicsWeight as numbers (required). */
export interface TrainComputeOptions {
  dropout: boolean;
  seed: number;
  ethicsWeight: number;
  recompute: boolean;
}

/** The loss parts compute() resolves with (LossParts). */
export interface NativeLoss {
  loss: number;
  lmLoss: number;
  ethicsLoss: number;
  lmTokens: number;
  ethicsTokens: number;
}

/** AdamW step options, all required (the Trainer owns the defaults: lib/train/trainer.ts). */
export interface OptimizerStepOptions {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  /** 1-based step (bias correction) */
  step: number;
  /** gradients are multiplied by this first (1/accumulation) */
  gradScale: number;
  /** clip the global norm to this (0 = off) */
  maxGradNorm: number;
}

export interface TrainedParam {
  name: string;
  numel: number;
}

/** AdamW moments of one parameter (copies, storage layout). */
export interface OptimizerState {
  m: Float32Array;
  v: Float32Array;
}

/** What lib/train/trainer.ts drives: a NativeTrainer, on either device. */
export interface TrainerBackend {
  /** Forward + backward of one batch, gradients accumulated. */
  compute(batch: NativeTrainBatch, options: TrainComputeOptions): Promise<NativeLoss>;
  /** Scale, clip, AdamW, zero the gradients; gradNorm is the norm before clipping (the sequence of csrc/optimizer_step.h). */
  step(options: OptimizerStepOptions): Promise<TrainStepResult>;
  zeroGrad(): void;
  /** Loss scaling (f16 training on a GPU): divides the scale out of the gradients; false
   *  (gradients zeroed, scale halved) when they overflowed. Without loss scaling: true. */
  finishGrads(): boolean;
  params(): TrainedParam[];
  grad(name: string): NativeTensor;
  state(name: string): OptimizerState;
  setState(name: string, m: Float32Array, v: Float32Array): void;
}

/** The training of a NativeModel where its weights are (PlacedModel::trainer): kala::Trainer on
 *  the CPU, the device copy's training on the GPU (LoRA + kala.* only: `full` is INVALID_ARGUMENT
 *  there); one compute/step at a time. */
export interface NativeTrainer extends TrainerBackend {
  gradNorm(): number;
}

export interface NativeTrainerConstructor {
  /** full: train every parameter (F32 models) instead of the attached LoRA + kala.* */
  new (model: NativeModel, options?: { full?: boolean }): NativeTrainer;
}

// ------------------------------------------------------------------ bench hooks (bench_wrap.cpp)

/** A weight packed once, multiplied many times. */
export interface NativeLinear {
  /** C[M,N] = A[M,K] W^T */
  run(A: Float32Array, M: number, C: Float32Array): void;
}

export interface NativeLinearConstructor {
  /** W [N,K]; 'int8' quantizes it, anything else keeps f32 */
  new (W: Float32Array, N: number, K: number, mode?: 'int8' | 'f32'): NativeLinear;
}

export type Int8GemmMode = 'vnni' | 'dequant';

export interface BenchNamespace {
  /** C[M,N] = A[M,K] W[N,K]^T */
  /** C = op(A) op(B); A [M,K] ([K,M] with transA), B [K,N] ([N,K] with transB, the default) */
  sgemm(M: number, N: number, K: number, A: Float32Array, B: Float32Array, C: Float32Array, transA?: boolean, transB?: boolean): void;
  NativeLinear: NativeLinearConstructor;
  /** GB/s of a streaming read of `bytes`, best of `passes` */
  readBandwidth(bytes: number, passes: number): number;
  /** returns the thread count now in effect */
  setThreads(n: number): number;
  /** sets the int8 GEMM mode when given; returns the mode in effect ('vnni' only with VNNI) */
  setInt8Gemm(mode?: Int8GemmMode): Int8GemmMode;
  /** sets the int8 decode GEMV mode when given (default vnni); returns the mode in effect ('vnni' only with VNNI and VBMI) */
  setInt8Gemv(mode?: Int8GemmMode): Int8GemmMode;
}

// ------------------------------------------------------------------ the CPU addon (system.cpp, addon.cpp)

export interface CpuInfo {
  brand: string;
  /** avx2, fma, f16c, avx512f, avx512bw, avx512vl, avx512dq, avx512vnni, avx512vbmi, avx512bf16, avxvnni */
  features: string[];
  simd: 'avx512' | 'avx2' | 'portable';
  threads: number;
  hardwareThreads: number;
  /** always false (system.cpp sets it so in every build; cudaInfo() is what tells a CUDA build) */
  cuda: boolean;
}

/** The CPU build's exports (addon.cpp Init without KALA_CUDA). */
export interface KalaAddon {
  cpuInfo(): CpuInfo;
  /** returns the thread count now in effect */
  setThreads(n: number): number;
  NativeModel: NativeModelConstructor;
  NativeSession: NativeSessionConstructor;
  NativeTrainer: NativeTrainerConstructor;
  bench: BenchNamespace;
}

// ------------------------------------------------------------------ the CUDA addon (cuda_wrap.cpp, cuda_model_wrap.cpp)

export type CudaPrecision = 'f32' | 'bf16' | 'f16';

/** A training step's result: `skipped` when loss scaling (GPU fp16 training) found overflowed
 *  gradients (then gradNorm is NaN and nothing was updated); `lossScale` 1 without loss scaling. */
export interface TrainStepResult {
  gradNorm: number;
  skipped: boolean;
  lossScale: number;
}

export interface BenchDecodeOptions {
  B: number;
  /** prompt tokens (random) */
  prompt: number;
  /** single-token steps timed */
  steps: number;
}

export interface DecodeBenchResult {
  prefillMs: number;
  msPerStep: number;
  tokensPerSecond: number;
  peakBytes: number;
  /** of the device copy */
  weightBytes: number;
}

export interface TrainBenchResult {
  msPerStep: number;
  tokensPerSecond: number;
  peakBytes: number;
}

/** An array argument of cudaOpTest.run: f32/i32/i8 arrays, or 16-bit data with its dtype. */
export type CudaOpArray =
  | Float32Array
  | Int32Array
  | Int8Array
  | Uint16Array
  | { dtype: 'f16' | 'bf16'; data: Uint16Array }
  | { dtype: 'i8'; data: Int8Array }
  | { dtype: 'i32'; data: Int32Array }
  | { dtype: 'f32'; data: Float32Array };

/** The named arguments of one op (cuda_optest.cpp Ctx): sizes, flags, precision, arrays. */
export type CudaOpArgs = Readonly<Record<string, number | boolean | string | CudaOpArray | null | undefined>>;

/** Outputs by name (Int32Array for i32 outputs) and scalars (loss, count, gradNorm…). */
export type CudaOpResult = Record<string, Float32Array | Int32Array | number>;

/** `cudaOpTest`, the op-level test harness of op-test builds only (cmake -DKALA_CUDA_OPTEST=ON,
 *  csrc/napi/cuda_optest.cpp): used by test/gpu/ and bench/gpu/, absent from shipped binaries
 *  and so from the specs below. */
export interface CudaOpTest {
  /** runs the CUDA op on host arrays */
  run(op: string, args: CudaOpArgs): CudaOpResult;
  /** runs the op's CPU twin on the same arguments */
  runCpu(op: string, args: CudaOpArgs): CudaOpResult;
  /** mean milliseconds per run (iters default 10) */
  bench(op: string, args: CudaOpArgs, iters?: number): { ms: number; iters: number };
  /** the op names */
  ops(): string[];
}

export interface CudaNamespace {
  setForceSimt(on: boolean): void;
  memory(): { allocated: number; peak: number; deviceUsed: number };
  resetPeakMemory(): void;
  /** built with the CPU emulator of the kernels (KALA_CUDA_EMU) */
  emulated: boolean;
  /** [T-prefill+1, B, V] logits of a model on the GPU through a device KV cache (prefill, then one
   *  token at a time), to compare with a full forward; INVALID_ARGUMENT while it is on the host */
  forwardIncremental(model: NativeModel, ids: Int32Array, B: number, T: number, prefill: number): Promise<Float32Array>;
  /** decode steps of a model on the GPU: a random prompt, then `steps` single-token steps */
  benchDecode(model: NativeModel, options: BenchDecodeOptions): Promise<DecodeBenchResult>;
  /** training steps (forward, backward, AdamW; one warm-up first) of a model on the GPU; iters default 5 */
  benchTrain(model: NativeModel, batch: NativeTrainBatch, options?: Partial<Omit<TrainComputeOptions, 'seed'>>, iters?: number): Promise<TrainBenchResult>;
  /** random weights generated in C++ (weights default 'f32', seed 1) */
  fillSynthetic(model: NativeModel, options?: { weights?: 'int8' | 'f16' | 'bf16' | 'f32'; seed?: number }): Promise<void>;
}

export interface CudaDeviceInfo {
  name: string;
  /** "major.minor" */
  computeCapability: string;
  memoryBytes: number;
  smCount: number;
  /** 0 when unknown */
  memoryBandwidthGBs: number;
}

export interface CudaInfo {
  devices: CudaDeviceInfo[];
  /** why no device is usable (absent when devices were found) */
  error?: string;
  runtimeVersion: number;
  driverVersion: number;
  emulated: boolean;
}

/** The CUDA build's exports (addon.cpp Init with KALA_CUDA). */
export interface CudaAddon extends KalaAddon {
  cudaInfo(): CudaInfo;
  cuda: CudaNamespace;
}

// ------------------------------------------------------------------ the specs: what the loader checks

/** How one export is checked at load: a plain function, a class (prototype methods and
 *  getters), a namespace object, or a plain value. */
export type MemberSpec =
  | { readonly kind: 'function' }
  | { readonly kind: 'class'; readonly methods: readonly string[]; readonly accessors: readonly string[] }
  | { readonly kind: 'namespace'; readonly members: AddonSpec }
  | { readonly kind: 'value'; readonly type: 'boolean' | 'number' | 'string' };

export type AddonSpec = { readonly [name: string]: MemberSpec };

const FN = { kind: 'function' } as const;

/** The CPU build's exports, checked by checkAddon. */
export const CPU_ADDON_SPEC = {
  cpuInfo: FN,
  setThreads: FN,
  NativeModel: {
    kind: 'class',
    methods: [
      'load', 'initRandom', 'initMissingKala', 'missingBase', 'names', 'storageNames', 'isLinearWeight', 'has', 'shapeOf', 'dtypeOf',
      'attachLora', 'detachLora', 'mergeLora', 'loraNames', 'loraConfig', 'getTensor', 'appendTensors', 'setTensor', 'forward', 'score', 'weightBytes',
      'to', 'syncHost', 'cancel', 'dispose',
    ],
    accessors: [],
  },
  NativeSession: { kind: 'class', methods: ['step', 'seed', 'reset', 'trim', 'copyFrom', 'decode'], accessors: ['length', 'capacity'] },
  NativeTrainer: {
    kind: 'class',
    methods: ['compute', 'step', 'zeroGrad', 'finishGrads', 'params', 'grad', 'state', 'setState', 'gradNorm'],
    accessors: [],
  },
  bench: {
    kind: 'namespace',
    members: {
      sgemm: FN,
      NativeLinear: { kind: 'class', methods: ['run'], accessors: [] },
      readBandwidth: FN,
      setThreads: FN,
      setInt8Gemm: FN,
      setInt8Gemv: FN,
    },
  },
} as const satisfies AddonSpec;

/** The CUDA build's exports (the CPU ones plus these), checked by checkCudaAddon. */
export const CUDA_ADDON_SPEC = {
  ...CPU_ADDON_SPEC,
  cudaInfo: FN,
  cuda: {
    kind: 'namespace',
    members: {
      setForceSimt: FN,
      memory: FN,
      resetPeakMemory: FN,
      emulated: { kind: 'value', type: 'boolean' },
      forwardIncremental: FN,
      benchDecode: FN,
      benchTrain: FN,
      fillSynthetic: FN,
    },
  },
} as const satisfies AddonSpec;

/** The addon types by the spec that checks them (lib/native/load.ts conforms). */
export interface AddonKinds {
  cpu: KalaAddon;
  cuda: CudaAddon;
}
export const ADDON_SPECS = { cpu: CPU_ADDON_SPEC, cuda: CUDA_ADDON_SPEC } as const satisfies { [K in keyof AddonKinds]: AddonSpec };

// ------------------------------------------------------------------ compile-time: specs = interfaces

type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AnyFunction = (...args: never[]) => unknown;
type AnyConstructor = abstract new (...args: never[]) => unknown;
/** Names of T's methods (function-valued members). */
export type MethodNames<T> = { [K in keyof T]-?: T[K] extends AnyFunction ? K : never }[keyof T] & string;
/** Names of T's other members (getters, fields). */
export type AccessorNames<T> = Exclude<keyof T & string, MethodNames<T>>;
type ValueType<N> = N extends 'boolean' ? boolean : N extends 'number' ? number : N extends 'string' ? string : never;

type MemberMismatch<M, V, P extends string> = M extends { kind: 'class'; methods: readonly (infer Me)[]; accessors: readonly (infer Ac)[] }
  ? V extends abstract new (...args: never[]) => infer I
    ? SameUnion<Me, MethodNames<I>> extends true
      ? SameUnion<Ac, AccessorNames<I>> extends true
        ? never
        : `${P}: accessors differ`
      : `${P}: methods differ`
    : `${P}: not a constructor in the interface`
  : M extends { kind: 'namespace'; members: infer N }
    ? SpecMismatches<N, V, `${P}.`>
    : M extends { kind: 'function' }
      ? V extends AnyConstructor
        ? `${P}: a constructor in the interface`
        : V extends AnyFunction
          ? never
          : `${P}: not a function in the interface`
      : M extends { kind: 'value'; type: infer Ty }
        ? SameUnion<V, ValueType<Ty>> extends true
          ? never
          : `${P}: value type differs`
        : `${P}: unknown spec`;

/** The names where spec S and interface T disagree (never when they agree). */
export type SpecMismatches<S, T, P extends string = ''> = {
  [K in (keyof S | keyof T) & string]: K extends keyof S
    ? K extends keyof T
      ? MemberMismatch<S[K], T[K], `${P}${K}`>
      : `${P}${K}: in the spec, not in the interface`
    : `${P}${K}: in the interface, not in the spec`;
}[(keyof S | keyof T) & string];

type NoMismatch<T extends never> = T;
/** Compile-time checks: a method added to an interface but not to its spec (or the reverse)
 *  fails here, naming it. */
export type CpuSpecCheck = NoMismatch<SpecMismatches<typeof CPU_ADDON_SPEC, KalaAddon>>;
export type CudaSpecCheck = NoMismatch<SpecMismatches<typeof CUDA_ADDON_SPEC, CudaAddon>>;
