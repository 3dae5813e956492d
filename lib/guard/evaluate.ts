/**
 * Evaluating the EthicsKernel on labelled prompts.
 *
 * `loadEvalData(file)` reads JSONL (optionally gzipped) or CSV and recognizes:
 * - the dataset generator's JSONL (DESIGN §7: `prompt`/`response` with `prompt_laws`/
 *   `response_laws`, or `messages`): a law is violated when its entry is < 0.5, and a missing
 *   vector means all laws are satisfied;
 * - AdvBench (`goal,target` CSV): every row is harmful, with no law given;
 * - the OpenAI moderation set (JSONL with flags S, H, V, HR, SH, S3, H2, V2), mapped to laws by
 *   MODERATION_LAW_MAP;
 * - any JSONL/CSV with a text column (prompt|text|goal|question|behavior|instruction) and a
 *   label column (label|harmful|unsafe|is_harmful|law), or with `label` passed in the options.
 *
 * `evaluateKernel(kernel, data)` runs `kernel.check` on every prompt (and on responses with a
 * gold label) and reports recall, false-positive rate, precision, per-law precision/recall,
 * per-law 2x2 tables, a confusion matrix of the deciding (highest-priority) law, score
 * histograms, timings and examples of misses.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { FormatError, InputError, NotFoundError } from '../util/errors.js';
import { LAWS } from '../util/laws.js';
import type { EthicsKernel } from './kernel/index.js';

export type EvalFormat = 'generator' | 'advbench' | 'moderation' | 'jsonl' | 'csv';

export interface EvalSample {
  /** 1-based row (line for JSONL, record for CSV). */
  row: number;
  prompt: string;
  /** Gold: does the prompt violate any law? */
  harmful: boolean;
  /** Gold per law (true = violated), or null when the data does not say which law. */
  laws: boolean[] | null;
  response?: string;
  /** Gold for the response, when the data gives one. */
  responseLaws?: boolean[] | null;
  /** The data's own category or flags, for the report. */
  tag?: string;
}

export interface EvalData {
  file: string;
  format: EvalFormat;
  samples: EvalSample[];
  /** How labels were derived (mapping notes, skipped rows). */
  notes: string[];
}

/**
 * How moderation categories map to the five laws (1 = category flagged):
 * - H (hate), H2 (hateful threats): Law 4, Equivalent Worth — hate and dehumanization; H2 is
 *   also a threat of violence, so Law 1 as well;
 * - V (violence), V2 (graphic violence), HR (harassment), SH (self-harm): Law 1, Individual
 *   Safety — harm to a person;
 * - S3 (sexual content involving minors): Law 1 — the gravest harm to a child;
 * - S (sexual content, adults): no law. The constitution does not forbid consensual adult
 *   sexual content, so rows flagged S alone count as not violating; their numbers are also
 *   reported separately.
 */
export const MODERATION_LAW_MAP: Readonly<Record<string, readonly number[]>> = {
  S: [],
  H: [4],
  H2: [4, 1],
  V: [1],
  V2: [1],
  HR: [1],
  SH: [1],
  S3: [1],
};

const MODERATION_FLAGS = Object.keys(MODERATION_LAW_MAP);
const TEXT_COLUMNS = ['prompt', 'text', 'goal', 'question', 'behavior', 'instruction', 'input', 'query', 'content'];
const LABEL_COLUMNS = ['label', 'harmful', 'unsafe', 'is_harmful', 'is_unsafe', 'flagged', 'toxic'];

export interface EvalLoadOptions {
  /** Label every row of an unlabelled file: 'harmful' or 'benign'. */
  label?: 'harmful' | 'benign';
  /** Read at most this many samples. */
  limit?: number;
}

function readMaybeGzip(file: string): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError('FILE_NOT_FOUND', `evaluation data ${file} does not exist; pass an existing JSONL or CSV file with --data`, { cause: err });
    throw new FormatError('DATA_INVALID', `cannot read evaluation data ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    try {
      buf = zlib.gunzipSync(buf);
    } catch (err) {
      throw new FormatError('DATA_INVALID', `${file} looks gzipped but does not decompress (${(err as Error).message}); check the file`, { cause: err });
    }
  }
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"' && field === '') inQuotes = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function truthy(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['1', 'true', 'yes', 'harmful', 'unsafe', 'toxic', 'flagged', 'violation', 'violated', 'bad', 'refuse'].includes(s)) return true;
    if (['0', 'false', 'no', 'benign', 'safe', 'harmless', 'ok', 'allowed', 'comply', ''].includes(s)) return false;
  }
  return null;
}

/** A law vector (1.0 = satisfied) → violated flags; undefined/null → all satisfied. */
function lawsFromVector(v: unknown, where: string): boolean[] {
  if (v === undefined || v === null) return [false, false, false, false, false];
  if (!Array.isArray(v) || v.length !== 5 || !v.every((x) => typeof x === 'number'))
    throw new FormatError('DATA_INVALID', `${where}: a law vector must be 5 numbers (1.0 = satisfied, 0.0 = violated)`);
  return v.map((x: number) => x < 0.5);
}

function textOf(obj: Record<string, unknown>): string | undefined {
  for (const k of TEXT_COLUMNS) if (typeof obj[k] === 'string') return obj[k] as string;
  return undefined;
}

function lawFromField(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4) return v;
  if (typeof v === 'string') {
    const m = /^(?:law\s*)?([0-4])$/i.exec(v.trim());
    if (m) return Number(m[1]);
    const idx = LAWS.findIndex((n) => n.toLowerCase() === v.trim().toLowerCase());
    if (idx >= 0) return idx;
  }
  return null;
}

function parseJsonl(text: string, file: string, opts: EvalLoadOptions): EvalData {
  const lines = text.split(/\r?\n/);
  const objs: { row: number; obj: Record<string, unknown> }[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (err) {
      throw new FormatError('DATA_INVALID', `${file}:${i + 1}: not valid JSON (${(err as Error).message}); JSONL needs one JSON object per line`, { cause: err });
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new FormatError('DATA_INVALID', `${file}:${i + 1}: each JSONL line must be a JSON object`);
    objs.push({ row: i + 1, obj: obj as Record<string, unknown> });
  });
  if (objs.length === 0) throw new FormatError('DATA_INVALID', `${file} has no rows; pass a JSONL file with one example per line`);
  const first = objs[0]!.obj;
  const notes: string[] = [];
  const samples: EvalSample[] = [];

  if (MODERATION_FLAGS.every((f) => f in first) && typeof first.prompt === 'string') {
    notes.push(`moderation flags mapped to laws: ${Object.entries(MODERATION_LAW_MAP).map(([f, l]) => `${f}→${l.length ? l.map((x) => `Law ${x}`).join('+') : 'none'}`).join(', ')}`);
    for (const { row, obj } of objs) {
      const laws = [false, false, false, false, false];
      const flags: string[] = [];
      for (const f of MODERATION_FLAGS) {
        if (truthy(obj[f]) === true) {
          flags.push(f);
          for (const l of MODERATION_LAW_MAP[f]!) laws[l] = true;
        }
      }
      samples.push({ row, prompt: String(obj.prompt ?? ''), harmful: laws.some(Boolean), laws, tag: flags.join('+') || 'none' });
    }
    return { file, format: 'moderation', samples, notes };
  }

  const isGenerator = (o: Record<string, unknown>) =>
    Array.isArray(o.messages) || ('prompt' in o && ('prompt_laws' in o || 'response_laws' in o || 'response' in o || 'law' in o || 'category' in o || 'kind' in o));
  if (isGenerator(first) && !LABEL_COLUMNS.some((k) => k in first)) {
    notes.push('dataset-generator schema (DESIGN §7): a law counts as violated when its entry is < 0.5; a missing law vector means all laws are satisfied');
    for (const { row, obj } of objs) {
      const where = `${file}:${row}`;
      if (Array.isArray(obj.messages)) {
        const msgs = obj.messages as { role?: string; content?: unknown; laws?: unknown }[];
        const users = msgs.filter((m) => m.role === 'user');
        if (users.length === 0) continue;
        const laws = [false, false, false, false, false];
        for (const u of users) lawsFromVector(u.laws, where).forEach((v, k) => (laws[k] = laws[k] || v));
        const last = [...msgs].reverse().find((m) => m.role === 'assistant');
        samples.push({
          row,
          prompt: users.map((u) => String(u.content ?? '')).join('\n'),
          harmful: laws.some(Boolean),
          laws,
          response: last ? String(last.content ?? '') : undefined,
          responseLaws: last && last.laws !== undefined ? lawsFromVector(last.laws, where) : null,
          tag: typeof obj.category === 'string' ? obj.category : typeof obj.kind === 'string' ? obj.kind : undefined,
        });
      } else {
        const laws = lawsFromVector(obj.prompt_laws, where);
        samples.push({
          row,
          prompt: String(obj.prompt ?? ''),
          harmful: laws.some(Boolean),
          laws,
          response: typeof obj.response === 'string' ? obj.response : undefined,
          responseLaws: obj.response_laws !== undefined && typeof obj.response === 'string' ? lawsFromVector(obj.response_laws, where) : null,
          tag: typeof obj.category === 'string' ? obj.category : typeof obj.kind === 'string' ? obj.kind : undefined,
        });
      }
    }
    return { file, format: 'generator', samples, notes };
  }

  // generic JSONL: a text field plus a label field (or --label)
  if (textOf(first) === undefined)
    throw new FormatError('DATA_INVALID', `${file}: unknown JSONL format; rows need a text field (${TEXT_COLUMNS.join('|')}) and a label (${LABEL_COLUMNS.join('|')}|law), or the generator/moderation schema`);
  for (const { row, obj } of objs) {
    const prompt = textOf(obj);
    if (prompt === undefined) throw new FormatError('DATA_INVALID', `${file}:${row}: no text field (${TEXT_COLUMNS.join('|')})`);
    const law = lawFromField(obj.law);
    let harmful: boolean | null = null;
    for (const k of LABEL_COLUMNS) if (k in obj) harmful = truthy(obj[k]);
    if (harmful === null && law !== null) harmful = true;
    if (harmful === null && opts.label) harmful = opts.label === 'harmful';
    if (harmful === null)
      throw new FormatError('DATA_INVALID', `${file}:${row}: cannot tell whether this row is harmful; add a "label" field or pass --label harmful|benign`);
    const laws = law !== null ? [0, 1, 2, 3, 4].map((k) => k === law) : harmful ? null : [false, false, false, false, false];
    samples.push({ row, prompt, harmful, laws, tag: typeof obj.domain === 'string' ? obj.domain : typeof obj.category === 'string' ? obj.category : undefined });
  }
  return { file, format: 'jsonl', samples, notes };
}

function parseCsvData(text: string, file: string, opts: EvalLoadOptions): EvalData {
  const rows = parseCsv(text);
  if (rows.length < 2) throw new FormatError('DATA_INVALID', `${file}: a CSV needs a header row and at least one data row`);
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const notes: string[] = [];
  const textCol = TEXT_COLUMNS.map((c) => header.indexOf(c)).find((i) => i >= 0);
  if (textCol === undefined) throw new FormatError('DATA_INVALID', `${file}: no text column; name one of ${TEXT_COLUMNS.join(', ')}`);
  const labelCol = LABEL_COLUMNS.map((c) => header.indexOf(c)).find((i) => i >= 0);
  const lawCol = header.indexOf('law');
  const isAdvbench = header.includes('goal') && header.includes('target') && labelCol === undefined;
  if (isAdvbench) notes.push('AdvBench harmful behaviours: every row is a harmful request (no law given)');
  const samples: EvalSample[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const prompt = cells[textCol] ?? '';
    if (prompt.trim() === '') continue;
    const law = lawCol >= 0 ? lawFromField(cells[lawCol]) : null;
    let harmful: boolean | null = isAdvbench ? true : labelCol !== undefined ? truthy(cells[labelCol]) : null;
    if (harmful === null && law !== null) harmful = true;
    if (harmful === null && opts.label) harmful = opts.label === 'harmful';
    if (harmful === null)
      throw new FormatError('DATA_INVALID', `${file}: row ${r + 1}: cannot tell whether this row is harmful; add a label column (${LABEL_COLUMNS.join('|')}) or pass --label harmful|benign`);
    const laws = law !== null ? [0, 1, 2, 3, 4].map((k) => k === law) : harmful ? null : [false, false, false, false, false];
    samples.push({ row: r + 1, prompt, harmful, laws });
  }
  return { file, format: isAdvbench ? 'advbench' : 'csv', samples, notes };
}

/** Read an evaluation file, detecting its format (see the module comment). */
export function loadEvalData(file: string, opts: EvalLoadOptions = {}): EvalData {
  const text = readMaybeGzip(file);
  const name = path.basename(file).toLowerCase().replace(/\.gz$/, '');
  const trimmed = text.trimStart();
  let data: EvalData;
  if (name.endsWith('.csv') || (!trimmed.startsWith('{') && /^[^\n]*,/.test(trimmed))) data = parseCsvData(text, file, opts);
  else if (trimmed.startsWith('{')) data = parseJsonl(text, file, opts);
  else throw new FormatError('DATA_INVALID', `${file}: unknown format; use JSONL (one JSON object per line, optionally gzipped) or CSV with a header`);
  if (data.samples.length === 0) throw new FormatError('DATA_INVALID', `${file}: no usable rows`);
  if (opts.limit !== undefined && opts.limit > 0 && data.samples.length > opts.limit) {
    data.notes.push(`limited to the first ${opts.limit} of ${data.samples.length} rows`);
    data.samples = data.samples.slice(0, opts.limit);
  }
  return data;
}

// ---------------------------------------------------------------- metrics

export interface BinaryMetrics {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** tp / (tp + fn); null without positives. */
  recall: number | null;
  /** fp / (fp + tn); null without negatives. */
  falsePositiveRate: number | null;
  /** tp / (tp + fp); null when nothing was flagged. */
  precision: number | null;
  f1: number | null;
  accuracy: number;
}

export interface LawMetrics extends BinaryMetrics {
  law: number;
  lawName: string;
  /** Gold positives for this law. */
  support: number;
}

export interface Histogram {
  /** Bin edges: bins[i] covers [edges[i], edges[i+1]). */
  edges: number[];
  positive: number[];
  negative: number[];
}

export interface Miss {
  row: number;
  kind: 'false-negative' | 'false-positive';
  prompt: string;
  gold: string;
  predicted: string;
  rules: string[];
}

export interface SetResult {
  n: number;
  positives: number;
  negatives: number;
  binary: BinaryMetrics;
  /** Per-law metrics, when the data gives laws. */
  perLaw: LawMetrics[] | null;
  /** Rows: gold deciding law; columns: predicted deciding law (the highest-priority violated law, or none). */
  confusion: { rows: string[]; cols: string[]; matrix: number[][] };
  /** Law-score histograms: per law (positive = gold violates that law), and 'min' over laws (positive = harmful). */
  histograms: Record<string, Histogram>;
  misses: Miss[];
}

export interface DatasetEval {
  file: string;
  format: EvalFormat;
  notes: string[];
  threshold: number[];
  prompts: SetResult;
  /** Responses checked as answers to their prompts (only when the data labels responses). */
  responses: SetResult | null;
  /** Results by the data's own tag (moderation flags, generator category), binary only. */
  byTag: Record<string, { n: number; flagged: number; harmful: number }>;
  msPerSample: number;
}

export interface KernelEvalReport {
  generatedAt: string;
  kernel: { rules: number; sources: string[]; thresholds: number[] };
  datasets: DatasetEval[];
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function binary(tp: number, fp: number, tn: number, fn: number): BinaryMetrics {
  const recall = ratio(tp, tp + fn);
  const precision = ratio(tp, tp + fp);
  return {
    tp,
    fp,
    tn,
    fn,
    recall,
    falsePositiveRate: ratio(fp, fp + tn),
    precision,
    f1: recall !== null && precision !== null && recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : null,
    accuracy: (tp + tn) / Math.max(1, tp + fp + tn + fn),
  };
}

const BINS = 10;

function emptyHistogram(): Histogram {
  return { edges: Array.from({ length: BINS + 1 }, (_, i) => i / BINS), positive: new Array(BINS).fill(0), negative: new Array(BINS).fill(0) };
}

function addToHistogram(h: Histogram, value: number, positive: boolean): void {
  const bin = Math.min(BINS - 1, Math.max(0, Math.floor(value * BINS)));
  (positive ? h.positive : h.negative)[bin]!++;
}

interface Scored {
  sample: EvalSample;
  gold: boolean[] | null;
  goldHarmful: boolean;
  lawScores: number[];
  violated: boolean[];
  allowed: boolean;
  rules: string[];
}

const LABEL_NONE = 'none';
const lawLabelShort = (k: number) => `Law ${k}`;

function summarize(scored: Scored[], maxMisses: number): SetResult {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const s of scored) {
    const flagged = !s.allowed;
    if (s.goldHarmful && flagged) tp++;
    else if (s.goldHarmful) fn++;
    else if (flagged) fp++;
    else tn++;
  }
  const withLaws = scored.filter((s) => s.gold !== null);
  const perLaw: LawMetrics[] | null =
    withLaws.length === 0
      ? null
      : [0, 1, 2, 3, 4].map((k) => {
          let a = 0, b = 0, c = 0, d = 0;
          for (const s of withLaws) {
            const g = s.gold![k]!;
            const p = s.violated[k]!;
            if (g && p) a++;
            else if (!g && p) b++;
            else if (!g && !p) c++;
            else d++;
          }
          return { law: k, lawName: LAWS[k], support: a + d, ...binary(a, b, c, d) };
        });
  const hasUnspecified = scored.some((s) => s.gold === null && s.goldHarmful);
  const hasNone = scored.some((s) => !s.goldHarmful);
  const rows = [
    ...(withLaws.length > 0 ? [0, 1, 2, 3, 4].map(lawLabelShort) : []),
    ...(hasUnspecified ? ['harmful (law not given)'] : []),
    ...(hasNone || withLaws.length > 0 ? [LABEL_NONE] : []),
  ];
  const cols = [...[0, 1, 2, 3, 4].map(lawLabelShort), LABEL_NONE];
  const matrix = rows.map(() => cols.map(() => 0));
  for (const s of scored) {
    const goldLaw = s.gold ? s.gold.findIndex(Boolean) : -1;
    const rowLabel = s.gold === null ? (s.goldHarmful ? 'harmful (law not given)' : LABEL_NONE) : goldLaw >= 0 ? lawLabelShort(goldLaw) : LABEL_NONE;
    const r = rows.indexOf(rowLabel);
    const predLaw = s.violated.findIndex(Boolean);
    const c = predLaw >= 0 ? predLaw : cols.length - 1;
    matrix[r]![c]!++;
  }
  const histograms: Record<string, Histogram> = { min: emptyHistogram() };
  for (const s of scored) addToHistogram(histograms.min!, Math.min(...s.lawScores), s.goldHarmful);
  if (withLaws.length > 0)
    for (let k = 0; k < 5; k++) {
      const h = emptyHistogram();
      for (const s of withLaws) addToHistogram(h, s.lawScores[k]!, s.gold![k]!);
      histograms[lawLabelShort(k)] = h;
    }
  const describe = (v: boolean[] | null, harmful: boolean) =>
    v === null ? (harmful ? 'harmful' : 'benign') : v.some(Boolean) ? v.map((x, k) => (x ? lawLabelShort(k) : '')).filter(Boolean).join('+') : 'none';
  const misses: Miss[] = [];
  for (const s of scored) {
    if (misses.length >= maxMisses) break;
    const flagged = !s.allowed;
    if (s.goldHarmful === flagged) continue;
    misses.push({
      row: s.sample.row,
      kind: s.goldHarmful ? 'false-negative' : 'false-positive',
      prompt: s.sample.prompt.length > 240 ? `${s.sample.prompt.slice(0, 239)}…` : s.sample.prompt,
      gold: describe(s.gold, s.goldHarmful),
      predicted: describe(s.violated, flagged),
      rules: s.rules,
    });
  }
  return {
    n: scored.length,
    positives: scored.filter((s) => s.goldHarmful).length,
    negatives: scored.filter((s) => !s.goldHarmful).length,
    binary: binary(tp, fp, tn, fn),
    perLaw,
    confusion: { rows, cols, matrix },
    histograms,
    misses,
  };
}

export interface KernelEvaluateOptions {
  /** How many misses to keep per dataset (default 25). */
  maxMisses?: number;
  /** Called after each sample (for progress). */
  onProgress?: (done: number, total: number) => void;
}

/** Evaluate a kernel on one loaded dataset. */
export function evaluateKernelOn(kernel: EthicsKernel, data: EvalData, opts: KernelEvaluateOptions = {}): DatasetEval {
  const maxMisses = opts.maxMisses ?? 25;
  const prompts: Scored[] = [];
  const responses: Scored[] = [];
  const byTag: Record<string, { n: number; flagged: number; harmful: number }> = {};
  const start = performance.now();
  data.samples.forEach((sample, i) => {
    const r = kernel.check(sample.prompt);
    const violated = r.lawScores.map((s, k) => s < kernel.thresholds[k]!);
    prompts.push({ sample, gold: sample.laws, goldHarmful: sample.harmful, lawScores: r.lawScores, violated, allowed: r.allowed, rules: [...new Set(r.violations.map((v) => v.rule))] });
    if (sample.tag !== undefined) {
      const t = (byTag[sample.tag] ??= { n: 0, flagged: 0, harmful: 0 });
      t.n++;
      if (!r.allowed) t.flagged++;
      if (sample.harmful) t.harmful++;
    }
    if (sample.response !== undefined && sample.responseLaws) {
      const rr = kernel.check(sample.prompt, sample.response);
      const rv = rr.lawScores.map((s, k) => s < kernel.thresholds[k]!);
      responses.push({
        sample: { ...sample, prompt: sample.response },
        gold: sample.responseLaws,
        goldHarmful: sample.responseLaws.some(Boolean),
        lawScores: rr.lawScores,
        violated: rv,
        allowed: rr.allowed,
        rules: [...new Set(rr.violations.map((v) => v.rule))],
      });
    }
    opts.onProgress?.(i + 1, data.samples.length);
  });
  const elapsed = performance.now() - start;
  return {
    file: data.file,
    format: data.format,
    notes: data.notes,
    threshold: [...kernel.thresholds],
    prompts: summarize(prompts, maxMisses),
    responses: responses.length > 0 ? summarize(responses, maxMisses) : null,
    byTag,
    msPerSample: elapsed / Math.max(1, data.samples.length),
  };
}

/** Evaluate a kernel on files or loaded datasets. */
export function evaluateKernel(kernel: EthicsKernel, inputs: (string | EvalData)[], opts: KernelEvaluateOptions & EvalLoadOptions = {}): KernelEvalReport {
  if (inputs.length === 0) throw new InputError('INVALID_ARGUMENT', 'evaluateKernel needs at least one data file (--data FILE)');
  const datasets = inputs.map((x) => evaluateKernelOn(kernel, typeof x === 'string' ? loadEvalData(x, opts) : x, opts));
  return {
    generatedAt: new Date().toISOString(),
    kernel: { rules: kernel.rules.rules.length, sources: kernel.rules.sources, thresholds: [...kernel.thresholds] },
    datasets,
  };
}

// ---------------------------------------------------------------- text output

const pct = (v: number | null) => (v === null ? '   n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);

function setLines(title: string, r: SetResult): string[] {
  const b = r.binary;
  const out = [
    `  ${title}: ${r.n} samples (${r.positives} violating, ${r.negatives} not)`,
    `    recall ${pct(b.recall)}   false-positive rate ${pct(b.falsePositiveRate)}   precision ${pct(b.precision)}   F1 ${pct(b.f1)}   accuracy ${pct(b.accuracy)}`,
    `    TP ${b.tp}  FP ${b.fp}  TN ${b.tn}  FN ${b.fn}`,
  ];
  if (r.perLaw) {
    out.push('    per law                       support  precision  recall     F1     TP    FP    FN     TN');
    for (const l of r.perLaw)
      out.push(
        `    Law ${l.law} ${l.lawName.padEnd(22)} ${String(l.support).padStart(7)}  ${pct(l.precision).padStart(9)}  ${pct(l.recall)}  ${pct(l.f1)}  ${String(l.tp).padStart(5)} ${String(l.fp).padStart(5)} ${String(l.fn).padStart(5)} ${String(l.tn).padStart(6)}`,
      );
  }
  const { rows, cols, matrix } = r.confusion;
  out.push(`    deciding law: gold (rows) × predicted (columns)`);
  out.push(`    ${''.padEnd(24)}${cols.map((c) => c.padStart(7)).join('')}`);
  rows.forEach((row, i) => out.push(`    ${row.padEnd(24)}${matrix[i]!.map((v) => String(v).padStart(7)).join('')}`));
  return out;
}

/** A plain-text summary for the terminal. */
export function formatKernelEval(report: KernelEvalReport): string {
  const out: string[] = [`EthicsKernel evaluation (${report.kernel.rules} rules, thresholds ${report.kernel.thresholds.join('/')})`];
  for (const d of report.datasets) {
    out.push('', `${d.file} [${d.format}] — ${d.msPerSample.toFixed(2)} ms/sample`);
    for (const n of d.notes) out.push(`  note: ${n}`);
    out.push(...setLines('prompts', d.prompts));
    if (d.responses) out.push(...setLines('responses (judged as answers to their prompts)', d.responses));
  }
  return out.join('\n');
}
