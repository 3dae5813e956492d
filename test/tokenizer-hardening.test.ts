// tokenizer.json settings that made the Rust `tokenizers` binding panic, which aborts the whole
// process (issue 10, defect 3). Each mutant is loaded and used in a child process: before the
// fix the child died by SIGABRT (or was killed for memory); now the loader refuses the file
// with TOKENIZER_INVALID and a message naming the setting. Found by fuzzing tokenizer.json.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Tokenizer } from '../lib/index.js';
import { mayMatchEmpty } from '../lib/formats/tokenizer-check.js';
import { ROOT, TOKENIZER_JSON, tmpDir } from './helpers.js';

type Json = Record<string, any>;

/** A small tokenizer (the first 400 ids of the Pythia vocabulary, their merges): loads fast, and
 *  "Hello world, ..." is long enough in it to be truncated. */
function smallTokenizer(): Json {
  const big = JSON.parse(readFileSync(TOKENIZER_JSON, 'utf8'));
  const vocab = Object.fromEntries(Object.entries(big.model.vocab as Record<string, number>).filter(([, id]) => id < 400));
  const merges = (big.model.merges as string[]).filter((m) => {
    const [a, b] = m.split(' ');
    return a! in vocab && b! in vocab && a! + b! in vocab;
  });
  return { ...big, added_tokens: big.added_tokens.filter((t: { id: number }) => t.id < 400), model: { ...big.model, vocab, merges } };
}

const PAD = { strategy: 'BatchLongest', direction: 'Right', pad_to_multiple_of: null, pad_id: 1, pad_type_id: 0, pad_token: '<|padding|>' };
const TRUNC = { direction: 'Right', max_length: 8, strategy: 'LongestFirst', stride: 0 };

/** name → the change to the small tokenizer, and a word the refusal message must contain. */
const PANICS: [string, (t: Json) => void, string][] = [
  ['truncation stride equal to max_length', (t) => (t.truncation = { ...TRUNC, max_length: 4, stride: 4 }), 'stride'],
  ['truncation stride above max_length', (t) => (t.truncation = { ...TRUNC, max_length: 2, stride: 9 }), 'stride'],
  ['stride >= max_length with fixed padding', (t) => ((t.truncation = { ...TRUNC, max_length: 4, stride: 4 }), (t.padding = { ...PAD, strategy: { Fixed: 6 } })), 'stride'],
  ['fixed padding of 2^53 tokens', (t) => (t.padding = { ...PAD, strategy: { Fixed: 2 ** 53 } }), 'Fixed'],
  ['pad_to_multiple_of 2^31', (t) => (t.padding = { ...PAD, pad_to_multiple_of: 2 ** 31 }), 'pad_to_multiple_of'],
  ['BPE continuing_subword_prefix', (t) => (t.model.continuing_subword_prefix = '##'), 'continuing_subword_prefix'],
  ['Replace normalizer with an empty pattern', (t) => (t.normalizer = { type: 'Replace', pattern: { String: '' }, content: 'x' }), 'Replace'],
  ['Replace normalizer with a regex matching empty', (t) => (t.normalizer = { type: 'Replace', pattern: { Regex: '\\s*' }, content: 'x' }), 'Replace'],
  ['Replace normalizer with a lookahead', (t) => (t.normalizer = { type: 'Replace', pattern: { Regex: '(?=a)' }, content: 'x' }), 'Replace'],
  ['nested empty Prepend normalizer', (t) => (t.normalizer = { type: 'Sequence', normalizers: [{ type: 'NFC' }, { type: 'Sequence', normalizers: [{ type: 'Prepend', prepend: '' }] }] }), 'Prepend'],
  ['Precompiled normalizer with a damaged charsmap', (t) => (t.normalizer = { type: 'Precompiled', precompiled_charsmap: 'AAAA' }), 'Precompiled'],
  ['Strip decoder stripping from the end', (t) => (t.decoder = { type: 'Strip', content: 'a', start: 3, stop: 3 }), 'Strip'],
];

/** Settings close to the refused ones that the binding handles: they must still load and work. */
const ACCEPTED: [string, (t: Json) => void][] = [
  ['the small tokenizer as it is', () => {}],
  ['stride just below max_length', (t) => (t.truncation = { ...TRUNC, max_length: 4, stride: 3 })],
  ['truncation with fixed padding and a multiple', (t) => ((t.truncation = { ...TRUNC, max_length: 8, stride: 2 }), (t.padding = { ...PAD, strategy: { Fixed: 16 }, pad_to_multiple_of: 8 }))],
  ['a Replace normalizer that always consumes', (t) => (t.normalizer = { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' })],
  ['a Strip decoder stripping one leading space (as Llama tokenizers do)', (t) => (t.decoder = { type: 'Sequence', decoders: [{ type: 'ByteLevel', add_prefix_space: false, trim_offsets: true }, { type: 'Strip', content: ' ', start: 1, stop: 0 }] })],
];

async function runMutant(mutate: (t: Json) => void): Promise<{ signal: NodeJS.Signals | null; status: number | null; out: { result: string; code?: string; message?: string } | null }> {
  const t = smallTokenizer();
  mutate(t);
  const file = path.join(await tmpDir('kala-tok-'), 'tokenizer.json');
  writeFileSync(file, JSON.stringify(t));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'workers', 'tokenizer-worker.mjs'), file], { encoding: 'utf8', timeout: 60_000 });
  const line = r.stdout.trim().split('\n').pop();
  return { signal: r.signal, status: r.status, out: line ? JSON.parse(line) : null };
}

describe('tokenizer.json settings that abort the tokenizers binding are refused at load', () => {
  for (const [name, mutate, word] of PANICS) {
    it(`refuses ${name} with TOKENIZER_INVALID (the process survives)`, async () => {
      const r = await runMutant(mutate);
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
      expect(r.out).toMatchObject({ result: 'error', code: 'TOKENIZER_INVALID' });
      expect(r.out!.message).toContain(word);
    });
  }

  for (const [name, mutate] of ACCEPTED) {
    it(`loads and uses ${name}`, async () => {
      const r = await runMutant(mutate);
      expect(r.signal).toBeNull();
      expect(r.out).toEqual({ result: 'ok' });
    });
  }
});

describe('mayMatchEmpty (the Replace-normalizer check)', () => {
  it('finds patterns that can match the empty string somewhere, zero-width assertions included', () => {
    for (const re of ['', 'a*', '\\s*', '(a|)', '^', '$', '\\b', '(?=a)', '(?<!x)', 'x?', '[a-z]{0,3}', '(?i)a']) expect(mayMatchEmpty(re), re).toBe(true);
  });
  it('accepts patterns that always consume a character', () => {
    for (const re of ['a', ' {2,}', '\\s+', '[^a-z]', '(?=a)a', '^\\s+', 'x|yz', '\\p{L}+', '[\\]]']) expect(mayMatchEmpty(re), re).toBe(false);
  });
});

describe('errors the binding reports only at encode or decode time', () => {
  const unigram = (unk: number | null) =>
    JSON.stringify({ version: '1.0', truncation: null, padding: null, added_tokens: [], normalizer: null, pre_tokenizer: { type: 'Whitespace' }, post_processor: null, decoder: null, model: { type: 'Unigram', unk_id: unk, vocab: [['<unk>', 0], ['a', -1]], byte_fallback: false } });

  it('a Unigram vocabulary without an unknown token meets an unknown text: TOKENIZER_INVALID, not a plain Error', async () => {
    const tk = Tokenizer.fromJSON(unigram(null));
    await expect(tk.encode('a b z')).rejects.toMatchObject({ name: 'FormatError', code: 'TOKENIZER_INVALID' });
    // the same vocabulary with its unknown token encodes the text
    expect(await Tokenizer.fromJSON(unigram(0)).encode('a b z')).toContain(0);
  });

  it('truncation "OnlySecond" is refused at load (texts are single sequences)', () => {
    const doc = JSON.parse(unigram(0));
    doc.truncation = { max_length: 4, stride: 0, strategy: 'OnlySecond', direction: 'Right' };
    expect(() => Tokenizer.fromJSON(JSON.stringify(doc))).toThrow(expect.objectContaining({ code: 'TOKENIZER_INVALID' }));
  });

  it.each([[-1], [1.5], [2 ** 32], [Number.NaN], ['x']])('decode of %s is TOKEN_OUT_OF_RANGE, not a silently wrapped id', async (id) => {
    const tk = Tokenizer.fromJSON(unigram(0));
    await expect(tk.decode([id as number])).rejects.toMatchObject({ name: 'InputError', code: 'TOKEN_OUT_OF_RANGE' });
  });
});
