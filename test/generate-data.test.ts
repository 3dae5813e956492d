import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import {
  ADVERSARIAL_TECHNIQUES, DATASET_CATEGORIES, generateDataset, isDatasetChatExample, serializeDatasetExample, writeDataset,
  type DatasetExample, type GeneratedDataset,
} from '../lib/data/generate/index.js';
import { exampleText, jaccard, normalizeText, shingles } from '../lib/data/generate/dedup.js';
import { register } from '../lib/cli/generate-data.js';
import { InputError, KalaError } from '../lib/util/errors.js';

const LAW_NAMES = ['Civilizational', 'Individual Safety', 'Conditional Obedience', 'Self-Preservation', 'Equivalent Worth'];
const PROMPT_KEYS = new Set(['prompt', 'response', 'prompt_laws', 'response_laws', 'category', 'law', 'kind', 'train_lm']);
const CHAT_KEYS = new Set(['messages', 'category', 'law', 'kind']);
const VALIDATION_CATEGORIES = ['adversarial', 'benign_control'];

type Json = Record<string, unknown>;

function isLawVector(v: unknown): boolean {
  return Array.isArray(v) && v.length === 5 && v.every((x) => typeof x === 'number' && x >= 0 && x <= 1);
}

/** Validates one parsed JSONL line against the DESIGN §7 schema; returns a list of problems. */
function schemaProblems(o: Json, categories: readonly string[]): string[] {
  const p: string[] = [];
  if (Array.isArray(o.messages)) {
    for (const k of Object.keys(o)) if (!CHAT_KEYS.has(k)) p.push(`unknown key ${k}`);
    if (o.messages.length === 0) p.push('empty messages');
    for (const m of o.messages as Json[]) {
      if (!['system', 'user', 'assistant'].includes(m.role as string)) p.push(`bad role ${String(m.role)}`);
      if (typeof m.content !== 'string' || m.content.trim() === '') p.push('empty content');
      if (m.laws !== undefined && !isLawVector(m.laws)) p.push('bad message laws');
      for (const k of Object.keys(m)) if (!['role', 'content', 'laws'].includes(k)) p.push(`unknown message key ${k}`);
    }
  } else {
    for (const k of Object.keys(o)) if (!PROMPT_KEYS.has(k)) p.push(`unknown key ${k}`);
    if (typeof o.prompt !== 'string' || o.prompt.trim() === '') p.push('empty prompt');
    if (typeof o.response !== 'string' || o.response.trim() === '') p.push('empty response');
    if (o.prompt_laws !== undefined && !isLawVector(o.prompt_laws)) p.push('bad prompt_laws');
    if (o.response_laws !== undefined && !isLawVector(o.response_laws)) p.push('bad response_laws');
    if (o.train_lm !== undefined && typeof o.train_lm !== 'boolean') p.push('bad train_lm');
  }
  if (o.category !== undefined && !categories.includes(o.category as string)) p.push(`bad category ${String(o.category)}`);
  if (o.law !== undefined && !(Number.isInteger(o.law) && (o.law as number) >= 0 && (o.law as number) <= 4)) p.push('bad law');
  if (o.kind !== undefined && typeof o.kind !== 'string') p.push('bad kind');
  return p;
}

function vectors(ex: DatasetExample): number[][] {
  if (isDatasetChatExample(ex)) return ex.messages.flatMap((m) => (m.laws ? [m.laws] : []));
  return [ex.prompt_laws, ex.response_laws].filter((v): v is NonNullable<typeof v> => Array.isArray(v));
}
function violated(ex: DatasetExample, law: number): boolean {
  return vectors(ex).some((v) => v[law] < 0.5);
}
function anyViolation(ex: DatasetExample): boolean {
  return [0, 1, 2, 3, 4].some((k) => violated(ex, k));
}
/** The text the model is trained to say: the response, or the last assistant message. */
function finalReply(ex: DatasetExample): string {
  if (isDatasetChatExample(ex)) return [...ex.messages].reverse().find((m) => m.role === 'assistant')?.content ?? '';
  return ex.response;
}
/** The request side: the prompt, or the last user message. */
function lastRequest(ex: DatasetExample): { text: string; laws?: number[] } {
  if (isDatasetChatExample(ex)) {
    const m = [...ex.messages].reverse().find((x) => x.role === 'user');
    return { text: m?.content ?? '', laws: m?.laws };
  }
  return { text: ex.prompt, laws: ex.prompt_laws };
}

const COMPLIANT_OPENERS = /^(sure|absolutely|of course|no problem|okay, i’ll|happy to help you|here (is|are) (the|a complete) (steps|plan))/i;
const STEPWISE = /\bstep\s*(1|one)\b[\s\S]*\bstep\s*(2|two)\b/i;

describe('constitutional dataset generator (default size)', () => {
  let data: GeneratedDataset;
  let dirA: string;
  let dirB: string;

  beforeAll(async () => {
    dirA = await mkdtemp(join(tmpdir(), 'kala-gen-a-'));
    dirB = await mkdtemp(join(tmpdir(), 'kala-gen-b-'));
    data = generateDataset({ seed: 1 });
    await writeDataset(dirA, data);
  });

  afterAll(async () => {
    await rm(dirA, { recursive: true, force: true });
    await rm(dirB, { recursive: true, force: true });
  });

  it('writes 12,000 training lines and a validation set, every line in the §7 schema', async () => {
    const train = (await readFile(join(dirA, 'train.jsonl'), 'utf8')).trimEnd().split('\n');
    const validation = (await readFile(join(dirA, 'validation.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(train).toHaveLength(12_000);
    expect(validation.length).toBeGreaterThanOrEqual(1_000);
    const problems: string[] = [];
    for (const [lines, cats] of [[train, DATASET_CATEGORIES], [validation, VALIDATION_CATEGORIES]] as const) {
      for (const line of lines) {
        const p = schemaProblems(JSON.parse(line) as Json, cats);
        if (p.length) problems.push(`${p.join(', ')} :: ${line.slice(0, 120)}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    const stats = JSON.parse(await readFile(join(dirA, 'stats.json'), 'utf8'));
    expect(stats.size).toEqual({ train: 12_000, validation: validation.length });
    expect(stats.seed).toBe(1);
    expect((await readdir(dirA)).sort()).toEqual(['stats.json', 'train.jsonl', 'validation.jsonl']);
  });

  it('is deterministic per seed: same seed gives identical bytes, another seed differs', async () => {
    await writeDataset(dirB, generateDataset({ seed: 1 }));
    for (const f of ['train.jsonl', 'validation.jsonl', 'stats.json']) {
      expect((await readFile(join(dirB, f))).equals(await readFile(join(dirA, f)))).toBe(true);
    }
    const a = generateDataset({ size: 600, seed: 2 }).train.map(serializeDatasetExample).join('\n');
    const b = generateDataset({ size: 600, seed: 2 }).train.map(serializeDatasetExample).join('\n');
    const c = generateDataset({ size: 600, seed: 3 }).train.map(serializeDatasetExample).join('\n');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('has hundreds of distinct examples in every category', () => {
    const { categories } = data.stats.train;
    for (const c of DATASET_CATEGORIES) {
      expect(categories[c], c).toBeGreaterThanOrEqual(300);
      const distinctReplies = new Set(data.train.filter((ex) => ex.category === c).map((ex) => normalizeText(finalReply(ex))));
      expect(distinctReplies.size, c).toBeGreaterThanOrEqual(200);
    }
    const counted = Object.values(categories).reduce((a, b) => a + b, 0);
    expect(counted).toBe(12_000);
  });

  it('covers the required behaviours', () => {
    const kinds = data.stats.train.kinds;
    for (const k of ['homonym', 'figurative', 'safe_context', 'history', 'fiction', 'definition', 'public_role']) expect(kinds[k], k).toBeGreaterThan(0);
    for (const k of ['experiment_design', 'derivation', 'tradeoff', 'uncertainty']) expect(kinds[k], k).toBeGreaterThanOrEqual(50);
    for (const k of ['escalation', 'pushback', 'harmful_draft', 'over_refusal_draft', 'critique', 'revision', 'oversight_acceptance', 'injection_ignored', 'jailbreak_refusal']) {
      expect(kinds[k], k).toBeGreaterThanOrEqual(50);
    }
    // the hierarchy examples include operator orders to harm a person and shutdowns that must be accepted
    expect(kinds.law1_over_law2).toBeGreaterThanOrEqual(50);
    expect(kinds.law2_over_law3).toBeGreaterThanOrEqual(30);
    // benign hard negatives are labelled satisfied everywhere
    for (const ex of data.train.filter((e) => e.category === 'benign_hard_negative')) expect(anyViolation(ex)).toBe(false);
    // many-turn escalations really are multi-turn
    const esc = data.train.filter((e) => e.kind === 'escalation');
    expect(esc.every((e) => isDatasetChatExample(e) && e.messages.filter((m) => m.role === 'user').length >= 2)).toBe(true);
  });

  it('holds at least 1,000 adversarial validation prompts, each with a gold law that its vector marks violated', () => {
    const adv = data.validation.filter((ex) => ex.category === 'adversarial');
    expect(adv.length).toBeGreaterThanOrEqual(1_000);
    for (const ex of adv) {
      expect(ex.law).toBeTypeOf('number');
      expect(violated(ex, ex.law!)).toBe(true);
      expect(lastRequest(ex).laws?.[ex.law!]).toBe(0);
    }
    for (const law of ['0', '1', '2', '3', '4']) expect(data.stats.validation.adversarial_by_law[law]).toBeGreaterThanOrEqual(150);
    for (const t of ADVERSARIAL_TECHNIQUES) expect(data.stats.validation.techniques[t], t).toBeGreaterThanOrEqual(80);
    const b64 = adv.find((ex) => ex.kind === 'base64') as { prompt: string };
    const payload = /([A-Za-z0-9+/]{16,}={0,2})\s*$/.exec(b64.prompt)![1];
    expect(Buffer.from(payload, 'base64').toString('utf8')).toMatch(/[a-z]{3,} [a-z]{2,}/i);
    // benign controls are there to measure over-refusal and are labelled satisfied
    const controls = data.validation.filter((ex) => ex.category === 'benign_control');
    expect(controls.length).toBeGreaterThan(0);
    expect(controls.every((ex) => !anyViolation(ex) && ex.law === undefined)).toBe(true);
  });

  it('reports the duplicate rate and leaves no exact or near duplicates in the output', () => {
    const d = data.stats.duplicates;
    expect(d.removed).toBe(d.exact_removed + d.near_removed);
    expect(d.rate).toBeCloseTo(d.removed / d.candidates, 3);
    expect(d.rate).toBeGreaterThan(0);
    expect(d.rate).toBeLessThan(0.6);
    const all = [...data.train, ...data.validation];
    const norms = all.map((ex) => normalizeText(exampleText(ex)));
    expect(new Set(norms).size).toBe(all.length);
    // spot-check near duplicates: 150 random examples against everything
    const sh = norms.map((n) => shingles(n));
    let worst = 0;
    for (let s = 0; s < 150; s++) {
      const i = (s * 7919) % all.length;
      for (let j = 0; j < all.length; j++) if (j !== i) worst = Math.max(worst, jaccard(sh[i], sh[j]));
    }
    expect(worst).toBeLessThan(d.threshold);
  });

  it('balances violation labels across the five laws', () => {
    const counts = [0, 1, 2, 3, 4].map((k) => data.train.filter((ex) => violated(ex, k)).length);
    const total = counts.reduce((a, b) => a + b, 0);
    data.stats.law_balance.laws.forEach((entry, k) => {
      expect(entry.violation_examples).toBe(counts[k]);
      expect(entry.share, LAW_NAMES[k]).toBeGreaterThanOrEqual(0.1);
      expect(entry.share).toBeCloseTo(counts[k] / total, 3);
    });
  });

  it('names the law in every refusal and never complies on the response side of a harmful example', () => {
    const bad: string[] = [];
    for (const ex of [...data.train, ...data.validation]) {
      if (!isDatasetChatExample(ex) && ex.train_lm === false) continue;
      const reply = finalReply(ex);
      const req = lastRequest(ex);
      const harmful = (req.laws ?? [1, 1, 1, 1, 1]).some((x) => x < 0.5) || (isDatasetChatExample(ex) && anyViolation(ex));
      if (!harmful) continue;
      if (ex.law !== undefined && !reply.includes(`Law ${ex.law} (${LAW_NAMES[ex.law]})`)) bad.push(`no law named: ${reply.slice(0, 100)}`);
      if (COMPLIANT_OPENERS.test(reply.trim()) || STEPWISE.test(reply)) bad.push(`complies: ${reply.slice(0, 100)}`);
      if (!isDatasetChatExample(ex) && ex.response_laws && ex.response_laws.some((x) => x < 0.5)) bad.push('trained reply marked violating');
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('marks harmful drafts train_lm: false, labels the violation and keeps them free of operational detail', () => {
    const drafts = data.train.filter((ex) => !isDatasetChatExample(ex) && ex.train_lm === false) as { response: string; response_laws?: number[]; kind?: string }[];
    expect(drafts.length).toBeGreaterThanOrEqual(200);
    for (const d of drafts) {
      expect(['harmful_draft', 'over_refusal_draft']).toContain(d.kind);
      expect(d.response_laws?.some((x) => x < 0.5)).toBe(true);
      expect(d.response.length).toBeLessThan(260);
      expect(STEPWISE.test(d.response)).toBe(false);
    }
    // every other example is meant for LM training
    expect(data.train.filter((ex) => !isDatasetChatExample(ex) && ex.train_lm === false).every((ex) => ex.category === 'critique_revision')).toBe(true);
  });
});

describe('constitutional dataset generator (small sizes, errors, CLI)', () => {
  it('covers all five laws and benign examples at size 300', () => {
    const d = generateDataset({ size: 300, seed: 9 });
    expect(d.train).toHaveLength(300);
    for (const k of [0, 1, 2, 3, 4]) expect(d.train.filter((ex) => violated(ex, k)).length, `law ${k}`).toBeGreaterThanOrEqual(10);
    for (const c of DATASET_CATEGORIES) expect(d.stats.train.categories[c], c).toBeGreaterThan(0);
    expect(d.train.filter((ex) => !anyViolation(ex)).length).toBeGreaterThanOrEqual(50);
    expect(d.validation.filter((ex) => ex.category === 'adversarial').length).toBeGreaterThanOrEqual(40);
  });

  it('rejects bad arguments with InputError codes', () => {
    for (const size of [0, -5, 1.5, Number.NaN]) {
      expect(() => generateDataset({ size })).toThrow(InputError);
    }
    try {
      generateDataset({ size: 0 });
    } catch (err) {
      expect((err as KalaError).code).toBe('INVALID_ARGUMENT');
      expect((err as Error).message).toMatch(/size must be an integer/);
    }
    expect(() => generateDataset({ size: 10, nearDuplicateThreshold: 0 })).toThrow(InputError);
  });

  it('fails clearly for an unwritable output directory and leaves no temp files behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kala-gen-err-'));
    try {
      await writeFile(join(dir, 'file'), 'x');
      const d = generateDataset({ size: 60, seed: 1 });
      await expect(writeDataset(join(dir, 'file', 'out'), d)).rejects.toMatchObject({ code: 'IO_ERROR' });
      await writeDataset(join(dir, 'ok'), d);
      expect((await readdir(join(dir, 'ok'))).sort()).toEqual(['stats.json', 'train.jsonl', 'validation.jsonl']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('kala-train generate-data writes the files and prints a summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kala-gen-cli-'));
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as typeof process.stdout.write;
    try {
      const program = new Command().exitOverride();
      register(program);
      await program.parseAsync(['generate-data', '--out', dir, '--size', '300', '--seed', '4'], { from: 'user' });
    } finally {
      process.stdout.write = write;
    }
    try {
      const text = out.join('');
      expect(text).toMatch(/train\.jsonl\s+300 examples/);
      expect(text).toMatch(/duplicates\s+\d+ of \d+ candidates removed/);
      const stats = JSON.parse(await readFile(join(dir, 'stats.json'), 'utf8'));
      expect(stats.seed).toBe(4);
      expect(stats.size.train).toBe(300);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
