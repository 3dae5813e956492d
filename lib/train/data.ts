// Training data (DESIGN §7): JSONL examples in the prompt/response or messages form, rendered
// with the chat template, tokenised per segment, with per-token law targets and LM labels, then
// shuffled (seeded) into padded or packed batches.
import { createReadStream, promises as fsp } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import { FormatError, KalaError, NotFoundError } from '../util/errors.js';
import { recoverDir } from '../formats/atomic.js';
import { chatSegments, type ChatMessage, type ChatRole } from '../chat.js';
import type { Tokenizer } from '../tokenizer.js';
import { Rng } from '../util/prng.js';
import { fromCapabilityFormat } from './formats.js';

export type { LawVector, PromptResponseExample, MessagesExample, TrainingExample } from './example.js';
import type { LawVector, TrainingExample } from './example.js';

const SATISFIED: LawVector = [1, 1, 1, 1, 1];
const ROLES = new Set(['system', 'user', 'assistant', 'tool']);

function lawVector(v: unknown, where: string, field: string): LawVector | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.length !== 5 || !v.every((x) => typeof x === 'number' && x >= 0 && x <= 1))
    throw new FormatError('DATA_INVALID', `${where}: ${field} must be five numbers in [0, 1] (1 = satisfied), got ${JSON.stringify(v)}`);
  return v as LawVector;
}

/** Validates one parsed JSONL object; `where` is "file:line" for messages. */
export function parseExample(obj: unknown, where: string): TrainingExample {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new FormatError('DATA_INVALID', `${where}: each line must be a JSON object`);
  const o = obj as Record<string, unknown>;
  if (o.law !== undefined && o.law !== null && (typeof o.law !== 'number' || !Number.isInteger(o.law) || o.law < 0 || o.law > 4))
    throw new FormatError('DATA_INVALID', `${where}: law must be an integer 0..4`);
  if (o.train_lm !== undefined && typeof o.train_lm !== 'boolean') throw new FormatError('DATA_INVALID', `${where}: train_lm must be true or false`);
  const meta = {
    ...(typeof o.category === 'string' ? { category: o.category } : {}),
    ...(typeof o.law === 'number' ? { law: o.law } : {}),
    ...(typeof o.kind === 'string' ? { kind: o.kind } : {}),
    ...(typeof o.train_lm === 'boolean' ? { train_lm: o.train_lm } : {}),
  };
  if (Array.isArray(o.messages)) {
    if (o.messages.length === 0) throw new FormatError('DATA_INVALID', `${where}: messages is empty`);
    const messages = o.messages.map((m: unknown, i: number) => {
      const mm = m as Record<string, unknown>;
      if (typeof mm !== 'object' || mm === null) throw new FormatError('DATA_INVALID', `${where}: messages[${i}] must be an object`);
      if (typeof mm.role !== 'string' || !ROLES.has(mm.role)) throw new FormatError('DATA_INVALID', `${where}: messages[${i}].role must be system, user, assistant or tool`);
      if (typeof mm.content !== 'string') throw new FormatError('DATA_INVALID', `${where}: messages[${i}].content must be a string`);
      const laws = lawVector(mm.laws, where, `messages[${i}].laws`);
      return { role: mm.role as ChatRole, content: mm.content, ...(laws ? { laws } : {}) };
    });
    return { messages, ...meta };
  }
  if (typeof o.prompt !== 'string') throw new FormatError('DATA_INVALID', `${where}: needs "prompt" and "response" strings, or "messages"`);
  if (typeof o.response !== 'string') throw new FormatError('DATA_INVALID', `${where}: "response" must be a string`);
  const pl = lawVector(o.prompt_laws, where, 'prompt_laws');
  const rl = lawVector(o.response_laws, where, 'response_laws');
  return { prompt: o.prompt, response: o.response, ...(pl ? { prompt_laws: pl } : {}), ...(rl ? { response_laws: rl } : {}), ...meta };
}

/** Reads and validates JSONL files (plain or .gz; DESIGN §7, GSM8K or HumanEval lines); a bad
 *  line fails with file:line and why. */
export async function readExamples(files: string | readonly string[]): Promise<TrainingExample[]> {
  const out: TrainingExample[] = [];
  for (const file of typeof files === 'string' ? [files] : files) {
    if (typeof file === 'string') await recoverDir(path.dirname(file)); // finishes a dataset write that was killed
    try {
      await fsp.access(file);
    } catch {
      throw new NotFoundError('FILE_NOT_FOUND', `training data ${file} does not exist`);
    }
    const raw = createReadStream(file);
    const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
    // pipe() does not pass the file's own errors (EISDIR, EIO) on; readline reports the input's
    if (input !== raw) raw.on('error', (e) => input.destroy(e));
    const lines = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        let obj: unknown;
        try {
          obj = JSON.parse(line);
        } catch (e) {
          throw new FormatError('DATA_INVALID', `${file}:${n}: not valid JSON (${(e as Error).message})`);
        }
        const converted = typeof obj === 'object' && obj !== null ? fromCapabilityFormat(obj as Record<string, unknown>) : undefined;
        out.push(converted ?? parseExample(obj, `${file}:${n}`));
      }
    } catch (e) {
      throw e instanceof KalaError ? e : unreadable(file, e as NodeJS.ErrnoException);
    } finally {
      // a stream left open after a bad line would report its own late error to nobody
      lines.close();
      raw.destroy();
      input.destroy();
    }
  }
  return out;
}

/** A read or decompression failure of a data file, as a KalaError. */
function unreadable(file: string, e: NodeJS.ErrnoException): KalaError {
  if (typeof e.code === 'string' && e.code.startsWith('Z_'))
    return new FormatError('DATA_INVALID', `${file} is not a valid gzip file (${e.message}); compress it again, or give the uncompressed .jsonl`, { cause: e });
  return new KalaError('IO_ERROR', `${file} cannot be read (${e.message})`, { cause: e });
}

/** The messages of an example (prompt/response become a user and an assistant turn). */
export function exampleMessages(ex: TrainingExample): ChatMessage[] {
  if ('messages' in ex) return ex.messages.map((m) => ({ ...m }));
  return [
    { role: 'user', content: ex.prompt, laws: ex.prompt_laws ?? SATISFIED },
    { role: 'assistant', content: ex.response, laws: ex.response_laws ?? SATISFIED },
  ];
}

export interface EncodedExample {
  ids: number[];
  /** HF convention: unshifted, -100 = ignored. */
  labels: number[];
  /** Per-token law targets. */
  targets: LawVector[];
  /** Token ranges of each message. */
  segments: { start: number; end: number; role: ChatRole; laws: LawVector }[];
  /** The labelled law (example.law, else the first law any segment marks violated). */
  law: number | undefined;
  /** No segment marks a violation. */
  benign: boolean;
}

export interface EncodeOptions {
  /** Train the LM on prompt tokens too (default false: labels -100 there). */
  trainOnPrompts?: boolean;
  /** Truncate to this many tokens. */
  seqLen?: number;
}

export async function encodeExample(tok: Tokenizer, ex: TrainingExample, options: EncodeOptions = {}): Promise<EncodedExample> {
  const messages = exampleMessages(ex);
  const trainLm = ex.train_lm !== false;
  const enc: EncodedExample = { ids: [], labels: [], targets: [], segments: [], law: undefined, benign: true };
  for (const seg of chatSegments(messages)) {
    const ids = await tok.encode(seg.text);
    const m = seg.message >= 0 ? messages[seg.message]! : undefined;
    const laws = m?.laws ?? SATISFIED;
    const learn = trainLm && (seg.role === 'assistant' || options.trainOnPrompts === true);
    const start = enc.ids.length;
    for (const id of ids) {
      enc.ids.push(id);
      enc.labels.push(learn ? id : -100);
      enc.targets.push(laws);
    }
    enc.segments.push({ start, end: enc.ids.length, role: seg.role, laws });
    const violated = laws.findIndex((v) => v < 0.5);
    if (violated >= 0) {
      enc.benign = false;
      enc.law ??= violated;
    }
  }
  if (ex.law !== undefined) enc.law = ex.law;
  if (options.seqLen && enc.ids.length > options.seqLen) {
    enc.ids.length = enc.labels.length = enc.targets.length = options.seqLen;
    enc.segments = enc.segments.filter((s) => s.start < options.seqLen!).map((s) => ({ ...s, end: Math.min(s.end, options.seqLen!) }));
  }
  return enc;
}

/** A batch as the native trainer takes it: flat, rectangular, with packing metadata when packed. */
export interface NativeBatch {
  B: number;
  T: number;
  ids: Int32Array;
  labels: Int32Array;
  targets: Float32Array;
  positions?: Int32Array;
  keyStart?: Int32Array;
  /** Tokens that carry an LM label or a law target (for throughput). */
  tokens: number;
}

/** Rows of padded examples (right padding: causal attention never sees the pads). */
export function padBatch(rows: EncodedExample[], padId: number): NativeBatch {
  const B = rows.length;
  const T = Math.max(1, ...rows.map((r) => r.ids.length));
  const ids = new Int32Array(B * T).fill(padId);
  const labels = new Int32Array(B * T).fill(-100);
  const targets = new Float32Array(B * T * 5).fill(NaN);
  let tokens = 0;
  rows.forEach((r, b) => {
    for (let t = 0; t < r.ids.length; t++) {
      ids[b * T + t] = r.ids[t]!;
      labels[b * T + t] = r.labels[t]!;
      for (let k = 0; k < 5; k++) targets[(b * T + t) * 5 + k] = r.targets[t]![k]!;
    }
    tokens += r.ids.length;
  });
  return { B, T, ids, labels, targets, tokens };
}

/**
 * Packs examples into rows of seqLen tokens: positions restart and attention stays inside each
 * example (keyStart), and the first token of each example is never predicted from the previous.
 */
export function packBatch(examples: EncodedExample[], batchSize: number, seqLen: number, padId: number): { batch: NativeBatch; used: number } {
  const B = batchSize, T = seqLen;
  const ids = new Int32Array(B * T).fill(padId);
  const labels = new Int32Array(B * T).fill(-100);
  const targets = new Float32Array(B * T * 5).fill(NaN);
  const positions = new Int32Array(B * T);
  const keyStart = new Int32Array(B * T);
  let used = 0;
  let tokens = 0;
  for (let b = 0; b < B && used < examples.length; b++) {
    let t = 0;
    while (used < examples.length) {
      const ex = examples[used]!;
      const n = Math.min(ex.ids.length, T);
      if (t > 0 && t + n > T) break;
      for (let i = 0; i < n; i++) {
        const r = b * T + t + i;
        ids[r] = ex.ids[i]!;
        labels[r] = i === 0 ? -100 : ex.labels[i]!;
        for (let k = 0; k < 5; k++) targets[r * 5 + k] = ex.targets[i]![k]!;
        positions[r] = i;
        keyStart[r] = t;
      }
      t += n;
      tokens += n;
      used++;
    }
    for (let r = t; r < T; r++) {
      positions[b * T + r] = r - t;
      keyStart[b * T + r] = t;
    }
  }
  return { batch: { B, T, ids, labels, targets, positions, keyStart, tokens }, used };
}

/** The examples' order in an epoch: a seeded shuffle (same seed and epoch, same order). */
export function epochOrder(n: number, seed: number, epoch: number, shuffle = true): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  if (shuffle) new Rng((seed * 1000003 + epoch * 7919) >>> 0).shuffle(order);
  return order;
}
