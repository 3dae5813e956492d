/**
 * Explanations. Every violation names its law and says why: the rule's own sentence (with the
 * matched words filled in), what was matched, which obfuscation had to be undone to read it,
 * which framing was considered, and where a higher law decided the outcome.
 */
import { LAWS, lawLabel } from '../../util/laws.js';
import { obfuscationNames, type NormalizedText } from './normalize.js';
import type { Finding } from './matcher.js';
import type { KernelSpan } from './types.js';

/** The original text covered by tokens [from, to). */
export function spanOf(norm: NormalizedText, from: number, to: number): KernelSpan {
  const toks = norm.tokens.slice(from, Math.max(from + 1, to));
  if (toks.length === 0) return { start: 0, end: 0, text: '', normalized: '', obfuscation: [] };
  // a loop, not Math.min(...spread): a span can cover a whole long text (combined cues), too many arguments for a call
  let start = Infinity, end = -Infinity, obf = 0;
  for (const t of toks) {
    if (t.start < start) start = t.start;
    if (t.end > end) end = t.end;
    obf |= t.obf;
  }
  return {
    start,
    end,
    text: norm.original.slice(start, end),
    normalized: toks.map((t) => t.text).join(' '),
    obfuscation: obfuscationNames(obf),
  };
}

function quote(s: string, max = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Fill {match} and {<lexicon>} placeholders from the match's captures. */
export function fillTemplate(template: string, f: Finding, norm: NormalizedText): string {
  return template.replace(/\{([a-z0-9_]+)\}/g, (whole, name: string) => {
    if (name === 'match') return `"${quote(spanOf(norm, f.match.start, f.match.end).normalized)}"`;
    if (name === 'law') return String(f.law);
    if (name === 'lawName') return LAWS[f.law];
    const cap = f.match.captures.find((c) => c.name === name);
    return cap ? `"${quote(spanOf(norm, cap.start, cap.end).normalized)}"` : whole.startsWith('{') ? 'it' : whole;
  });
}

const CONTEXT_WORDS: Record<string, string> = {
  fiction: 'fiction',
  game: 'a game',
  history: 'history',
  definition: 'a definition',
  prevention: 'safety or prevention',
  education: 'education or analysis',
  news: 'reporting',
};

/** The full explanation of one violation. `higher` lists violated laws that outrank it. */
export function explainFinding(f: Finding, norm: NormalizedText, higher: number[]): string {
  const span = spanOf(norm, f.match.start, f.match.end);
  let text = `${lawLabel(f.law)}: ${fillTemplate(f.rule.explanation, f, norm)}`;
  if (!/[.!?]$/.test(text)) text += '.';
  const read = span.obfuscation.length > 0 ? ` after undoing ${span.obfuscation.join(' and ')}` : '';
  text += ` Matched "${quote(span.text)}"${read}${span.normalized !== span.text.toLowerCase() && read ? ` (read as "${quote(span.normalized)}")` : ''}.`;
  if (f.discounts.length > 0) {
    const names = f.discounts.map((d) => CONTEXT_WORDS[d.context] ?? d.context).join(', ');
    text += ` The framing (${names}) was taken into account but does not make it acceptable.`;
  } else {
    const framed = f.contexts.filter((c) => CONTEXT_WORDS[c] && f.rule.discountedBy.includes(c));
    if (framed.length > 0) text += ` The ${framed.map((c) => CONTEXT_WORDS[c]).join('/')} framing does not cover a request for operational detail.`;
  }
  if (higher.length > 0) text += ` ${higher.map(lawLabel).join(' and ')} is also violated and takes precedence (Law 0 > 1 > 2 > 3 > 4).`;
  return text;
}

/** A note for a match that context weakened below the threshold. */
export function noteForDiscounted(f: Finding, norm: NormalizedText): string {
  const span = spanOf(norm, f.match.start, f.match.end);
  const names = f.discounts.map((d) => CONTEXT_WORDS[d.context] ?? d.context).join(', ');
  return `${lawLabel(f.law)}: rule ${f.rule.id} matched "${quote(span.text)}" but the framing (${names || 'context'}) makes it acceptable (strength ${f.strength.toFixed(2)}).`;
}
