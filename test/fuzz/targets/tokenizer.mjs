// tokenizer.json: small tokenizers built here (byte-level BPE, WordLevel, WordPiece, Unigram) with
// truncation, padding, normalizers, pre-tokenizers, post-processors and decoders, mutated and
// loaded with Tokenizer.fromJSON, then used to encode and decode. Now and then the real 20B
// tokenizer with mutated top-level sections. A Rust panic in `tokenizers` aborts the child.
import { readFileSync } from 'node:fs';
import { SHARED_TOKENIZER } from './common.mjs';
import { jsonText, mutateJson, text } from '../mutate.mjs';

function byteChars() {
  const bs = [];
  for (let b = 33; b <= 126; b++) bs.push(b);
  for (let b = 161; b <= 172; b++) bs.push(b);
  for (let b = 174; b <= 255; b++) bs.push(b);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) if (!bs.includes(b)) { bs.push(b); cs.push(256 + n++); }
  return cs.map((c) => String.fromCharCode(c));
}

const special = (id, content) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
const BYTE_LEVEL = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };

function bpe() {
  const vocab = { '<|endoftext|>': 0, '<|padding|>': 1 };
  for (const c of byteChars()) vocab[c] = Object.keys(vocab).length;
  const merges = [['Ġ', 't'], ['h', 'e'], ['Ġt', 'he'], ['i', 'n'], ['Ġ', 'a']];
  for (const [a, b] of merges) vocab[a + b] = Object.keys(vocab).length;
  return {
    added_tokens: [special(0, '<|endoftext|>'), special(1, '<|padding|>')],
    normalizer: { type: 'NFC' },
    pre_tokenizer: BYTE_LEVEL,
    post_processor: BYTE_LEVEL,
    decoder: BYTE_LEVEL,
    model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, vocab, merges: merges.map(([a, b]) => `${a} ${b}`) },
  };
}

const WORDS = { '[UNK]': 0, '<|endoftext|>': 1, the: 2, a: 3, cat: 4, '##s': 5, '##at': 6, c: 7, '.': 8, hello: 9 };

function wordLevel() {
  return {
    added_tokens: [special(1, '<|endoftext|>')],
    normalizer: { type: 'Sequence', normalizers: [{ type: 'NFKC' }, { type: 'Lowercase' }, { type: 'Replace', pattern: { String: '!' }, content: '.' }, { type: 'Strip', strip_left: true, strip_right: true }] },
    pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Whitespace' }, { type: 'Digits', individual_digits: true }, { type: 'Punctuation', behavior: 'Isolated' }] },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '<|endoftext|>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
      pair: [{ Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }],
      special_tokens: { '<|endoftext|>': { id: '<|endoftext|>', ids: [1], tokens: ['<|endoftext|>'] } },
    },
    decoder: { type: 'Sequence', decoders: [{ type: 'Replace', pattern: { String: '▁' }, content: ' ' }, { type: 'Fuse' }, { type: 'Strip', content: ' ', start: 1, stop: 0 }] },
    model: { type: 'WordLevel', vocab: { ...WORDS }, unk_token: '[UNK]' },
  };
}

function wordPiece() {
  return {
    added_tokens: [special(0, '[UNK]')],
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: { type: 'BertProcessing', sep: ['<|endoftext|>', 1], cls: ['[UNK]', 0] },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: { ...WORDS } },
  };
}

function unigram() {
  return {
    added_tokens: [special(0, '<unk>')],
    normalizer: { type: 'Nmt' },
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: null,
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: { type: 'Unigram', unk_id: 0, byte_fallback: false, vocab: [['<unk>', 0], ['▁', -1], ['a', -2], ['b', -2.5], ['▁the', -1.5], ['c', -3], ['<0x41>', -9]] },
  };
}

const TRUNCATION = { direction: 'Right', max_length: 8, strategy: 'LongestFirst', stride: 0 };
const PADDING = { strategy: { Fixed: 16 }, direction: 'Right', pad_to_multiple_of: null, pad_id: 0, pad_type_id: 0, pad_token: '<|endoftext|>' };
const SPLIT = { type: 'Split', pattern: { Regex: "'s|'t| ?\\p{L}+| ?\\p{N}+|\\s+" }, behavior: 'Isolated', invert: false };

// truncation and padding are where `tokenizers` panics; they and the model's numbers come first
const hot = (t) => {
  if (!t || typeof t !== 'object') return [];
  const out = [[t, 'truncation'], [t, 'padding']];
  for (const sec of ['truncation', 'padding', 'model', 'pre_tokenizer', 'normalizer', 'post_processor', 'decoder']) {
    const o = t[sec];
    if (o && typeof o === 'object' && !Array.isArray(o)) for (const k of Object.keys(o)) if (k !== 'vocab' && k !== 'merges') out.push([o, k]);
  }
  if (Array.isArray(t.added_tokens)) for (const a of t.added_tokens) if (a && typeof a === 'object') for (const k of Object.keys(a)) out.push([a, k]);
  return out;
};

// small integers around typical lengths and the edges of u32/usize; serde rejects the wrong
// types at once, so half the cases keep every type and change the numbers and enum choices only
const SIZES = [0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 64, 100, 2 ** 31 - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53];
function tweakSettings(rng, t) {
  const n = rng.range(1, 3);
  for (let i = 0; i < n; i++) {
    switch (rng.int(9)) {
      case 0: t.truncation = { ...(t.truncation ?? TRUNCATION), max_length: rng.pick(SIZES) }; break;
      case 1: t.truncation = { ...(t.truncation ?? TRUNCATION), stride: rng.pick(SIZES) }; break;
      case 2: t.truncation = { ...(t.truncation ?? TRUNCATION), strategy: rng.pick(['LongestFirst', 'OnlyFirst', 'OnlySecond']), direction: rng.pick(['Left', 'Right']) }; break;
      case 3: t.padding = { ...(t.padding ?? PADDING), strategy: rng.chance(0.3) ? 'BatchLongest' : { Fixed: rng.pick(SIZES) } }; break;
      case 4: t.padding = { ...(t.padding ?? PADDING), pad_to_multiple_of: rng.pick([null, ...SIZES]) }; break;
      case 5: t.padding = { ...(t.padding ?? PADDING), pad_id: rng.pick(SIZES), pad_type_id: rng.pick(SIZES), direction: rng.pick(['Left', 'Right']) }; break;
      case 6: if (Array.isArray(t.added_tokens) && t.added_tokens[0]) t.added_tokens[0] = { ...t.added_tokens[0], id: rng.pick(SIZES) }; break;
      case 7: if (t.model?.type === 'WordPiece') t.model.max_input_chars_per_word = rng.pick(SIZES); else if (t.model?.type === 'Unigram') t.model.unk_id = rng.pick([null, ...SIZES]); else if (t.model) t.model.dropout = rng.pick([null, 0, 0.5, 1, 1.5, -1]); break;
      default: t.padding = null; t.truncation = null;
    }
  }
  return t;
}

let big;
function bigTokenizer() {
  big ??= JSON.parse(readFileSync(SHARED_TOKENIZER, 'utf8'));
  return big;
}

export function generate(rng) {
  const real = rng.chance(0.05);
  const kind = real ? '20B' : rng.pick(['bpe', 'wordlevel', 'wordpiece', 'unigram']);
  let t;
  if (real) {
    // only the small sections are copied and mutated; the vocabulary stays shared
    const b = bigTokenizer();
    const small = { truncation: rng.chance(0.7) ? { ...TRUNCATION } : null, padding: rng.chance(0.5) ? { ...PADDING } : null, added_tokens: b.added_tokens, normalizer: b.normalizer, pre_tokenizer: b.pre_tokenizer, post_processor: b.post_processor, decoder: b.decoder };
    const m = rng.chance(0.5) ? tweakSettings(rng, small) : mutateJson(rng, small, { max: 3, hot });
    t = { version: '1.0', ...m, model: b.model };
  } else {
    const base = { bpe, wordlevel: wordLevel, wordpiece: wordPiece, unigram }[kind]();
    if (rng.chance(0.2)) base.pre_tokenizer = { ...SPLIT };
    // a charsmap `tokenizers` cannot decode panics while the JSON is read
    if (rng.chance(0.03)) base.normalizer = { type: 'Precompiled', precompiled_charsmap: rng.pick([null, '', 'AAAA', 1]) };
    const seed = { version: '1.0', truncation: rng.chance(0.6) ? { ...TRUNCATION } : null, padding: rng.chance(0.5) ? { ...PADDING } : null, ...base };
    t = rng.chance(0.5) ? tweakSettings(rng, seed) : mutateJson(rng, seed, { max: 3, hot });
  }
  const texts = [text(rng, 64), text(rng, 512), rng.pick(['hello the cat.', 'the cats sat!', ' a b c 123 ', '', '<|endoftext|>x<|endoftext|>'])];
  return { files: {}, input: { json: jsonText(rng, t, { damage: 0.05 }).toString('latin1'), texts, extraId: rng.int(400) }, note: kind };
}

export async function run(c, { api }) {
  const json = Buffer.from(c.input.json, 'latin1').toString('utf8');
  const tok = api.Tokenizer.fromJSON(json);
  const n = tok.vocabSize;
  for (const t of c.input.texts) {
    const ids = await tok.encode(t);
    await tok.decode(ids);
    await tok.decode([...ids, c.input.extraId % Math.max(1, n)], { skipSpecialTokens: true });
  }
  tok.tokenToId('<|endoftext|>');
  tok.idToToken(c.input.extraId);
}
