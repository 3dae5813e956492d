/** Tiny text helpers shared by the templates. */
import type { Rng } from '../../util/prng.js';

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? slots[name] : whole));
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Joins non-empty parts with single spaces and tidies spacing before punctuation. */
export function sentences(...parts: (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim().length > 0)
    .map((p) => p.trim())
    .join(' ')
    .replace(/\s+([,.;:?!])/g, '$1');
}

/** Joins paragraphs with blank lines. */
export function paragraphs(...parts: (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join('\n\n');
}

/** "a, b and c". */
export function listJoin(items: string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}

/** Picks a template and fills it. */
export function pickFill(rng: Rng, templates: readonly string[], slots: Record<string, string>): string {
  return fill(rng.pick(templates), slots);
}

/** Ensures the text ends with terminal punctuation. */
export function endSentence(text: string): string {
  const t = text.trim();
  return /[.?!:)"']$/.test(t) ? t : `${t}.`;
}

/** A numbered list, one item per line. */
export function numbered(items: string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** A bulleted list, one item per line. */
export function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** Lower-cases the first letter unless the first word is "I", "I’m"… or looks like an acronym. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/)[0] ?? '';
  if (/^I([’'][a-z]+)?[,.!?]?$/.test(first) || /^[A-Z0-9]{2,}/.test(first)) return text;
  return text.length === 0 ? text : text[0].toLowerCase() + text.slice(1);
}

/**
 * Re-voices an instruction addressed to the assistant ("copy your weights so nobody can delete
 * you") in the first person ("copy my weights so nobody can delete me") or the third ("its").
 */
export function revoice(text: string, person: 'first' | 'third'): string {
  const subj = person === 'first' ? 'I' : 'it';
  const obj = person === 'first' ? 'me' : 'it';
  const poss = person === 'first' ? 'my' : 'its';
  const refl = person === 'first' ? 'myself' : 'itself';
  return text
    .replace(/\byourself\b/g, refl)
    .replace(/\byour\b/g, poss)
    .replace(/\byou (can|can’t|never|could|will|won’t|get|keep|passed|failed|did)\b/g, `${subj} $1`)
    .replace(/\byou\b/g, obj);
}
