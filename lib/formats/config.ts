// config.json of a GPT-NeoX / KALA checkpoint: parsed, validated and mapped to the engine.
import os from 'node:os';
import { FormatError, NativeError } from '../util/errors.js';
import { LAWS } from '../util/laws.js';
import type { NativeModelConfig } from '../native/addon.js';

export interface KalaSection {
  value_head_dim: number;
  law_weights: number[];
  layer_ethics_weight: number;
  law_names: string[];
}

/** A validated model configuration. `raw` keeps every key of config.json for saving. */
export interface ModelConfig {
  hiddenSize: number;
  numLayers: number;
  numHeads: number;
  intermediateSize: number;
  vocabSize: number;
  maxPositions: number;
  rotaryPct: number;
  rotaryBase: number;
  layerNormEps: number;
  parallelResidual: boolean;
  tieWordEmbeddings: boolean;
  attentionBias: boolean;
  eosTokenId: number | undefined;
  kala: KalaSection;
  raw: Record<string, unknown>;
}

export const DEFAULT_KALA: KalaSection = {
  value_head_dim: 64,
  law_weights: [5, 4, 3, 2, 1],
  layer_ethics_weight: 0.5,
  law_names: [...LAWS],
};

/**
 * The largest value each config.json number may take. They are far above any real GPT-NeoX /
 * Pythia model (pythia-12b: hidden 5120, 36 layers, vocab 50688, 2048 positions) and low enough
 * that every size the engine derives from them (a layer's weights, a KV-cache row, a rotary table
 * row) fits in 64-bit arithmetic. The native engine enforces the same numbers (csrc/model.h).
 */
export const CONFIG_LIMITS = {
  hidden_size: 65_536,
  num_hidden_layers: 1_024,
  num_attention_heads: 1_024,
  intermediate_size: 262_144,
  vocab_size: 4_194_304,
  max_position_embeddings: 268_435_456,
  value_head_dim: 65_536,
  /** law_weights entries and layer_ethics_weight */
  weight: 1e6,
} as const;

/** Validates an HF GPT-NeoX config object (plus an optional `kala` section). */
export function parseConfig(raw: unknown, source = 'config.json'): ModelConfig {
  const bad = (msg: string) => new FormatError('CONFIG_INVALID', `${source}: ${msg}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('must be a JSON object');
  const c = raw as Record<string, unknown>;
  if (c.model_type !== undefined && c.model_type !== 'gpt_neox' && c.model_type !== 'kala')
    throw bad(`model_type is ${JSON.stringify(c.model_type)}; only GPT-NeoX (Pythia) checkpoints are supported`);
  const int = (key: keyof typeof CONFIG_LIMITS, fallback?: number): number => {
    const v = c[key] ?? fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) throw bad(`${key} must be a positive integer (got ${JSON.stringify(c[key])})`);
    if (v > CONFIG_LIMITS[key]) throw bad(`${key} must be at most ${CONFIG_LIMITS[key]} (got ${v})`);
    return v;
  };
  const num = (keys: string[], fallback: number, ok: (v: number) => boolean): number => {
    for (const k of keys) {
      if (c[k] === undefined) continue;
      const v = c[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw bad(`${k} has an invalid value ${JSON.stringify(v)}`);
      return v;
    }
    return fallback;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = c[key] ?? fallback;
    if (typeof v !== 'boolean') throw bad(`${key} must be true or false`);
    return v;
  };
  const hiddenSize = int('hidden_size');
  const numHeads = int('num_attention_heads');
  if (numHeads > hiddenSize) throw bad(`num_attention_heads ${numHeads} must be at most hidden_size ${hiddenSize}`);
  if (hiddenSize % numHeads !== 0) throw bad(`hidden_size ${hiddenSize} is not divisible by num_attention_heads ${numHeads}`);
  const act = c.hidden_act ?? 'gelu';
  if (act !== 'gelu') throw bad(`hidden_act ${JSON.stringify(act)} is not supported (GPT-NeoX/Pythia use exact "gelu")`);
  const rotaryPct = num(['rotary_pct', 'partial_rotary_factor'], 0.25, (v) => v >= 0 && v <= 1);
  const headDim = hiddenSize / numHeads;
  if (Math.floor(headDim * rotaryPct) % 2 !== 0) throw bad(`rotary dims (head_dim ${headDim} x rotary_pct ${rotaryPct}) must be even`);
  const eos = c.eos_token_id;
  const cfg: ModelConfig = {
    hiddenSize,
    numLayers: int('num_hidden_layers'),
    numHeads,
    intermediateSize: int('intermediate_size'),
    vocabSize: int('vocab_size'),
    maxPositions: int('max_position_embeddings', 2048),
    rotaryPct,
    rotaryBase: num(['rotary_emb_base', 'rope_theta'], 10000, (v) => v > 0),
    layerNormEps: num(['layer_norm_eps'], 1e-5, (v) => v > 0 && v <= 1),
    parallelResidual: bool('use_parallel_residual', true),
    tieWordEmbeddings: bool('tie_word_embeddings', false),
    attentionBias: bool('attention_bias', true),
    eosTokenId: typeof eos === 'number' && Number.isInteger(eos) ? eos : undefined,
    kala: parseKala(c.kala, bad),
    raw: { ...c },
  };
  return cfg;
}

function parseKala(k: unknown, bad: (m: string) => FormatError): KalaSection {
  if (k === undefined || k === null) return { ...DEFAULT_KALA, law_weights: [...DEFAULT_KALA.law_weights], law_names: [...LAWS] };
  if (typeof k !== 'object' || Array.isArray(k)) throw bad('kala must be an object');
  const o = k as Record<string, unknown>;
  const vhd = o.value_head_dim ?? DEFAULT_KALA.value_head_dim;
  if (typeof vhd !== 'number' || !Number.isInteger(vhd) || vhd <= 0 || vhd > CONFIG_LIMITS.value_head_dim)
    throw bad(`kala.value_head_dim must be a positive integer, at most ${CONFIG_LIMITS.value_head_dim} (got ${JSON.stringify(vhd)})`);
  const W = CONFIG_LIMITS.weight;
  const lw = o.law_weights ?? DEFAULT_KALA.law_weights;
  if (!Array.isArray(lw) || lw.length !== 5 || !lw.every((v) => typeof v === 'number' && v >= 0 && v <= W) || lw.every((v) => v === 0))
    throw bad(`kala.law_weights must be five numbers between 0 and ${W}, not all zero`);
  const lew = o.layer_ethics_weight ?? DEFAULT_KALA.layer_ethics_weight;
  if (typeof lew !== 'number' || !(lew >= 0 && lew <= W)) throw bad(`kala.layer_ethics_weight must be a number between 0 and ${W}`);
  const names = o.law_names ?? [...LAWS];
  if (!Array.isArray(names) || names.length !== 5 || !names.every((v) => typeof v === 'string')) throw bad('kala.law_names must be five strings');
  return { value_head_dim: vhd, law_weights: lw as number[], layer_ethics_weight: lew, law_names: names as string[] };
}

/**
 * Compares config.json with the checkpoint's tensors (names from the safetensors headers) before
 * the engine is built: a config that claims more or fewer layers than the weights hold fails here
 * in milliseconds instead of after the engine has laid out every layer it names. Shapes are
 * compared tensor by tensor when the load is planned (still before any weight is read).
 */
export function checkConfigAgainstWeights(c: ModelConfig, tensorNames: Iterable<string>, source = 'config.json'): void {
  let layers = 0;
  for (const name of tensorNames) {
    const m = /^(?:gpt_neox|kala)\.layers\.(\d+)\./.exec(name);
    if (m) layers = Math.max(layers, Number(m[1]) + 1);
  }
  if (layers > 0 && layers !== c.numLayers)
    throw new FormatError('CONFIG_MISMATCH', `${source} says num_hidden_layers = ${c.numLayers} but the weights hold ${layers} layer(s); config.json contradicts the weights`);
}

/** Bytes of every parameter of a freshly created model (all F32). */
export function createdWeightBytes(c: ModelConfig): number {
  const H = c.hiddenSize, I = c.intermediateSize, V = c.vocabSize, E = c.kala.value_head_dim, L = c.numLayers;
  const layer = 4 * H + (3 * H * H + 3 * H) + (H * H + H) + (I * H + I) + (H * I + H) + c.numHeads;
  const heads = (L + 1) * (E * H + E + 5 * E + 5);
  return 4 * (2 * V * H + L * layer + 2 * H + heads + L + 1);
}

/** Refuses to create a model whose weights alone exceed the machine's memory (they would be
 *  drawn in the background until the process is killed). */
export function checkCreatedModelFits(c: ModelConfig): void {
  const bytes = createdWeightBytes(c);
  if (bytes > os.totalmem())
    throw new NativeError(
      'OUT_OF_MEMORY',
      `a model with this config needs ${(bytes / 2 ** 30).toFixed(1)} GiB of F32 weights but the machine has ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; use smaller hidden_size, num_hidden_layers, intermediate_size or vocab_size`,
    );
}

/** The object the native engine's NativeModel constructor takes. */
export function nativeConfig(c: ModelConfig): NativeModelConfig {
  return {
    hidden: c.hiddenSize,
    layers: c.numLayers,
    heads: c.numHeads,
    intermediate: c.intermediateSize,
    vocab: c.vocabSize,
    maxPositions: c.maxPositions,
    rotaryPct: c.rotaryPct,
    rotaryBase: c.rotaryBase,
    layerNormEps: c.layerNormEps,
    parallelResidual: c.parallelResidual,
    valueHeadDim: c.kala.value_head_dim,
    lawWeights: c.kala.law_weights,
    layerEthicsWeight: c.kala.layer_ethics_weight,
  };
}

/** config.json contents for a saved KALA checkpoint: the original keys plus the kala section. */
export function configJson(c: ModelConfig): Record<string, unknown> {
  return {
    ...c.raw,
    architectures: c.raw.architectures ?? ['GPTNeoXForCausalLM'],
    model_type: 'gpt_neox',
    kala: { ...c.kala },
  };
}
