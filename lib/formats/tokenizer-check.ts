/**
 * Checks a parsed tokenizer.json for the settings that make the Rust `tokenizers` binding panic
 * or allocate without bound. A panic there aborts the whole process (it cannot be caught in
 * JavaScript), so every such setting must be refused before the binding sees the file. Each was
 * found by fuzzing tokenizer.json in child processes (test/tokenizer-hardening.test.ts):
 *
 * - truncation with stride >= max_length (the first long text aborts), or a max_length below 1;
 * - padding to a fixed length or a multiple large enough to exhaust memory (2^31 aborts, 2^32 is
 *   killed by the OOM killer), or a multiple of 0;
 * - a BPE model with a continuing_subword_prefix (aborts on the first word);
 * - a Replace normalizer whose pattern can match the empty string, a Prepend normalizer with
 *   nothing to prepend, a Precompiled normalizer (its binary charsmap is read unchecked);
 * - a Strip decoder that strips from the end (it indexes past short tokens);
 * - ids beyond any real vocabulary (they size tables).
 * Everything else is left to the binding, which reports it as an error (TOKENIZER_INVALID).
 */

/** Longest fixed padding and largest pad-to-multiple accepted (tokens): beyond any model's context. */
export const MAX_PADDED_LENGTH = 1 << 17;
/** Largest token id accepted: above every released vocabulary (about 2^18). */
export const MAX_TOKEN_ID = (1 << 24) - 1;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** Returns what is wrong with the file and how to fix it, or null when nothing known to crash the binding is set. */
export function tokenizerProblem(doc: unknown): string | null {
  if (!isObj(doc)) return 'the top level must be a JSON object';
  if (!isObj(doc.model)) return '"model" must be an object (with "type", e.g. "BPE", and its vocabulary)';
  return (
    truncationProblem(doc.truncation, specialTokensAdded(doc.post_processor)) ??
    paddingProblem(doc.padding) ??
    modelProblem(doc.model) ??
    addedTokensProblem(doc.added_tokens) ??
    normalizerProblem(doc.normalizer, 'normalizer') ??
    decoderProblem(doc.decoder, 'decoder')
  );
}

/** How many special tokens the post-processor adds around one sequence (for the messages). */
function specialTokensAdded(pp: unknown): number {
  if (!isObj(pp)) return 0;
  if (pp.type === 'TemplateProcessing' && Array.isArray(pp.single)) return pp.single.filter((p) => isObj(p) && 'SpecialToken' in p).length;
  if (pp.type === 'BertProcessing' || pp.type === 'RobertaProcessing') return 2;
  if (pp.type === 'Sequence' && Array.isArray(pp.processors)) return pp.processors.reduce((n: number, p) => n + specialTokensAdded(p), 0);
  return 0;
}

function truncationProblem(t: unknown, specials: number): string | null {
  if (t === undefined || t === null) return null;
  if (!isObj(t)) return `"truncation" must be null or an object { max_length, stride, strategy, direction }, got ${show(t)}`;
  if (!isCount(t.max_length, 1, Number.MAX_SAFE_INTEGER)) return `truncation.max_length must be a positive integer, got ${show(t.max_length)}`;
  const stride = t.stride ?? 0;
  if (!isCount(stride, 0, Number.MAX_SAFE_INTEGER)) return `truncation.stride must be a non-negative integer, got ${show(t.stride)}`;
  if (stride >= t.max_length)
    return `truncation.stride (${stride}) must be smaller than truncation.max_length (${t.max_length}${specials ? `, of which the post-processor's ${specials} special tokens take part` : ''}); the tokenizers library aborts the process otherwise. Lower the stride (0 is the usual value) or set "truncation" to null`;
  // the engine encodes single sequences: "OnlySecond" has no second sequence to cut and fails every long text
  if (t.strategy !== undefined && !['LongestFirst', 'OnlyFirst'].includes(t.strategy as string))
    return `truncation.strategy must be "LongestFirst" or "OnlyFirst" (texts are encoded as single sequences), got ${show(t.strategy)}`;
  if (t.direction !== undefined && t.direction !== 'Right' && t.direction !== 'Left') return `truncation.direction must be "Right" or "Left", got ${show(t.direction)}`;
  return null;
}

function paddingProblem(p: unknown): string | null {
  if (p === undefined || p === null) return null;
  if (!isObj(p)) return `"padding" must be null or an object { strategy, direction, pad_id, pad_token, ... }, got ${show(p)}`;
  const s = p.strategy;
  if (s !== undefined && s !== 'BatchLongest') {
    if (!isObj(s) || !('Fixed' in s)) return `padding.strategy must be "BatchLongest" or { "Fixed": length }, got ${show(s)}`;
    if (!isCount(s.Fixed, 1, MAX_PADDED_LENGTH)) return `padding.strategy.Fixed must be an integer from 1 to ${MAX_PADDED_LENGTH} tokens, got ${show(s.Fixed)}; a larger length exhausts memory at the first encode`;
  }
  const m = p.pad_to_multiple_of;
  if (m !== undefined && m !== null && !isCount(m, 1, MAX_PADDED_LENGTH))
    return `padding.pad_to_multiple_of must be null or an integer from 1 to ${MAX_PADDED_LENGTH}, got ${show(m)}; a larger multiple exhausts memory at the first encode`;
  if (p.pad_id !== undefined && !isCount(p.pad_id, 0, MAX_TOKEN_ID)) return `padding.pad_id must be a token id from 0 to ${MAX_TOKEN_ID}, got ${show(p.pad_id)}`;
  if (p.pad_type_id !== undefined && !isCount(p.pad_type_id, 0, 0xffffffff)) return `padding.pad_type_id must be a non-negative integer, got ${show(p.pad_type_id)}`;
  if (p.direction !== undefined && p.direction !== 'Right' && p.direction !== 'Left') return `padding.direction must be "Right" or "Left", got ${show(p.direction)}`;
  return null;
}

function modelProblem(m: Json): string | null {
  if (typeof m.type !== 'string' && !('vocab' in m)) return 'model.type must name the model ("BPE", "WordPiece", "WordLevel" or "Unigram")';
  const isBpe = m.type === 'BPE' || (m.type === undefined && 'merges' in m);
  if (isBpe && m.continuing_subword_prefix !== undefined && m.continuing_subword_prefix !== null && m.continuing_subword_prefix !== '')
    return `model.continuing_subword_prefix ${show(m.continuing_subword_prefix)} is not supported for BPE models (the tokenizers library aborts the process on it); set it to null`;
  if (isObj(m.vocab)) {
    for (const [token, id] of Object.entries(m.vocab))
      if (!isCount(id, 0, MAX_TOKEN_ID)) return `model.vocab[${show(token)}] must be a token id from 0 to ${MAX_TOKEN_ID}, got ${show(id)}`;
  }
  if (m.unk_id !== undefined && m.unk_id !== null && !isCount(m.unk_id, 0, MAX_TOKEN_ID)) return `model.unk_id must be null or a token id, got ${show(m.unk_id)}`;
  return null;
}

function addedTokensProblem(a: unknown): string | null {
  if (a === undefined || a === null) return null;
  if (!Array.isArray(a)) return `"added_tokens" must be a list, got ${show(a)}`;
  for (let i = 0; i < a.length; i++) {
    const t: unknown = a[i];
    if (!isObj(t)) return `added_tokens[${i}] must be an object { id, content, special, ... }`;
    if (!isCount(t.id, 0, MAX_TOKEN_ID)) return `added_tokens[${i}].id must be a token id from 0 to ${MAX_TOKEN_ID}, got ${show(t.id)}`;
    if (typeof t.content !== 'string' || t.content === '') return `added_tokens[${i}].content must be a non-empty string, got ${show(t.content)}`;
  }
  return null;
}

function normalizerProblem(n: unknown, where: string): string | null {
  if (!isObj(n)) return null;
  if (n.type === 'Sequence' && Array.isArray(n.normalizers)) {
    for (let i = 0; i < n.normalizers.length; i++) {
      const p = normalizerProblem(n.normalizers[i], `${where}.normalizers[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (n.type === 'Prepend' && (typeof n.prepend !== 'string' || n.prepend === '')) return `${where}: a Prepend normalizer needs a non-empty "prepend" string (the tokenizers library aborts on an empty one)`;
  if (n.type === 'Precompiled')
    return `${where}: Precompiled normalizers are not supported (the tokenizers library reads their binary charsmap unchecked and aborts on a damaged one); convert the tokenizer with explicit normalizers`;
  if (n.type === 'Replace') {
    const pat = n.pattern;
    if (isObj(pat) && typeof pat.String === 'string' && pat.String === '') return `${where}: a Replace normalizer needs a non-empty pattern (the tokenizers library aborts on an empty match)`;
    if (isObj(pat) && typeof pat.Regex === 'string' && mayMatchEmpty(pat.Regex))
      return `${where}: the Replace normalizer's regex ${show(pat.Regex)} can match the empty string (or could not be checked), which makes the tokenizers library abort; make it always consume at least one character`;
  }
  return null;
}

function decoderProblem(d: unknown, where: string): string | null {
  if (!isObj(d)) return null;
  if (d.type === 'Sequence' && Array.isArray(d.decoders)) {
    for (let i = 0; i < d.decoders.length; i++) {
      const p = decoderProblem(d.decoders[i], `${where}.decoders[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (d.type === 'Strip' && d.stop !== undefined && d.stop !== 0)
    return `${where}: a Strip decoder with "stop" ${show(d.stop)} is not supported (the tokenizers library indexes past tokens shorter than that and aborts); use "stop": 0`;
  return null;
}

/**
 * True when a regex might match the empty string somewhere. Zero-width assertions (anchors, \b,
 * lookarounds) only restrict where an empty match can happen, so they are removed and the rest
 * is tested against "": a conservative answer. A pattern JavaScript cannot parse counts as "might".
 */
export function mayMatchEmpty(src: string): boolean {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (!'bBAzZG'.includes(e) || e === '') out += c + e;
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
    } else if (c === '^' || c === '$') i++;
    else if (c === '(' && /^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      // skip the lookaround group, honouring nesting, escapes and classes
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (d === '\\') j++;
        else if (d === '[') {
          j++;
          while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
        } else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  try {
    return new RegExp(`^(?:${out})$`, 'u').test('');
  } catch {
    try {
      return new RegExp(`^(?:${out})$`).test('');
    } catch {
      return true;
    }
  }
}
