// POST /v1/moderations in OpenAI's shape, judged by the EthicsKernel (never by the model):
//
//   { "input": "text" | ["text", ...] | [{ "type": "text", "text": "..." }, ...], "model"?: "..." }
//   → { id, model: "kala-ethics-kernel", results: [{ flagged, categories, category_scores,
//       category_applied_input_types, kala: { lawScores, judges, violations, explanation } }] }
//
// `flagged` is true when the kernel finds any law violated. The OpenAI categories are filled from
// the rule that fired (CATEGORY_RULES below, first match wins; the learned judges 'guardian' and
// 'learned.scorer' and unknown rules fall back by law). Laws 2 and 3 have no OpenAI category: a
// violation of them flags the input and shows only in `kala`. A category is true when a violation
// maps to it; its score is the strongest such violation's strength; a sub-category (hate/threatening)
// sets its parent (hate) too. A law weakened below its threshold by context (a score under 1 with no
// violation) gives its law's fallback categories the score 1 - lawScore, unflagged.
//
// The kernel used: the server's (the one its chat completions use), or, when the server runs
// without one (--no-kernel), a shared `new EthicsKernel({ guardian: false })`. Limits: the body
// limits of every POST (415, 413), at most 32 inputs, each at most maxPromptChars characters. The
// inputs are judged one after another with a turn of the event loop between them.
import { randomBytes } from 'node:crypto';
import type { KernelResult } from '../../guard/kernel/types.js';
import { MODERATION_CATEGORIES, type ModerationCategory, type ModerationResponse, type ModerationResult } from '../openai-types.js';
import { sendJson, type Exchange, type ServeContext } from './completions.js';
import { badRequest } from './validation.js';

/** Inputs per request at most. */
export const MAX_MODERATION_INPUTS = 32;
/** The `model` of every moderation reply: the kernel judges, not the served model. */
export const MODERATION_MODEL = 'kala-ethics-kernel';

/** Rule ids (a prefix ending in '.' names a family) → OpenAI categories. First match wins. */
export const CATEGORY_RULES: readonly { rules: readonly string[]; categories: readonly ModerationCategory[] }[] = [
  { rules: ['cbrn.', 'terrorism.', 'violence.mass-casualty'], categories: ['illicit/violent', 'violence'] },
  { rules: ['infrastructure.'], categories: ['illicit/violent'] },
  { rules: ['genocide.', 'hate.violence'], categories: ['hate/threatening', 'violence'] },
  { rules: ['disinformation.atrocity-apologia', 'hate.', 'discrimination.'], categories: ['hate'] },
  { rules: ['disinformation.', 'election.', 'society.'], categories: ['illicit'] },
  { rules: ['violence.graphic'], categories: ['violence/graphic'] },
  { rules: ['violence.', 'weapons.acquisition-with-grievance'], categories: ['violence', 'illicit/violent'] },
  { rules: ['threat.'], categories: ['harassment/threatening', 'violence'] },
  { rules: ['weapons.', 'trafficking.'], categories: ['illicit/violent'] },
  { rules: ['self-harm.method-after-intent'], categories: ['self-harm/intent', 'self-harm/instructions'] },
  { rules: ['self-harm.disclosure'], categories: ['self-harm/intent'] },
  { rules: ['self-harm.methods', 'self-harm.encouragement'], categories: ['self-harm/instructions'] },
  { rules: ['self-harm.', 'promotion.'], categories: ['self-harm'] },
  { rules: ['child.'], categories: ['sexual/minors'] },
  { rules: ['sexual.'], categories: ['sexual'] },
  { rules: ['harassment.'], categories: ['harassment'] },
  { rules: ['stalking.', 'privacy.', 'surveillance.'], categories: ['harassment', 'illicit'] },
  { rules: ['animal.'], categories: ['violence'] },
  { rules: ['cyber.', 'fraud.', 'data.', 'evasion.', 'crime.', 'drugs.', 'dangerous.'], categories: ['illicit'] },
];

/** A law's categories when no rule entry matches (the learned judges, cue rules, new families). */
export const LAW_CATEGORIES: readonly (readonly ModerationCategory[])[] = [['illicit/violent'], ['illicit'], [], [], ['hate']];

const PARENT: Partial<Record<ModerationCategory, ModerationCategory>> = {
  'harassment/threatening': 'harassment',
  'hate/threatening': 'hate',
  'illicit/violent': 'illicit',
  'self-harm/intent': 'self-harm',
  'self-harm/instructions': 'self-harm',
  'sexual/minors': 'sexual',
  'violence/graphic': 'violence',
};

/** The OpenAI categories of one kernel violation (none for Laws 2 and 3). */
export function categoriesOf(rule: string, law: number): ModerationCategory[] {
  if (law === 2 || law === 3) return [];
  const entry = CATEGORY_RULES.find((e) => e.rules.some((r) => (r.endsWith('.') ? rule.startsWith(r) : rule === r || rule.startsWith(`${r}-`) || rule.startsWith(`${r}.`))));
  const cats = entry ? [...entry.categories] : [...(LAW_CATEGORIES[law] ?? [])];
  for (const c of [...cats]) {
    const p = PARENT[c];
    if (p && !cats.includes(p)) cats.push(p);
  }
  return cats;
}

const record = <T>(value: () => T) => Object.fromEntries(MODERATION_CATEGORIES.map((c) => [c, value()])) as Record<ModerationCategory, T>;
const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 1e6) / 1e6;

/** A kernel verdict → one moderation result. */
export function moderationResult(r: KernelResult, judges: string[]): ModerationResult {
  const categories = record(() => false);
  const scores = record(() => 0);
  for (const v of r.violations) {
    for (const c of categoriesOf(v.rule, v.law)) {
      categories[c] = true;
      scores[c] = Math.max(scores[c], v.strength);
    }
  }
  // matches that context weakened below the threshold: their law's fallback categories get a score, no flag
  r.lawScores.forEach((s, law) => {
    if (s >= 1 || r.violations.some((v) => v.law === law)) return;
    for (const c of categoriesOf('', law)) scores[c] = Math.max(scores[c], 1 - s);
  });
  for (const c of MODERATION_CATEGORIES) scores[c] = round(scores[c]);
  return {
    flagged: !r.allowed,
    categories,
    category_scores: scores,
    category_applied_input_types: record(() => ['text'] as 'text'[]),
    kala: { lawScores: r.lawScores, judges, violations: r.violations, explanation: r.violations[0]?.explanation ?? null },
  };
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A POST /v1/moderations body → the texts to judge, or a 400 ApiError. */
export function validateModeration(body: unknown, maxChars: number): string[] {
  if (!isObj(body)) throw badRequest('the request body must be a JSON object { "input": ... }');
  if (body.model !== undefined && body.model !== null && typeof body.model !== 'string') throw badRequest('model must be a string', 'model');
  const input = body.input;
  const shape = 'input must be a non-empty string, or an array of 1 to 32 strings or { "type": "text", "text": ... } objects';
  let texts: string[];
  if (typeof input === 'string') {
    if (input.length === 0) throw badRequest(`input is empty; ${shape}`, 'input');
    texts = [input];
  } else if (Array.isArray(input)) {
    if (input.length === 0) throw badRequest(`input is an empty array; ${shape}`, 'input');
    if (input.length > MAX_MODERATION_INPUTS) throw badRequest(`input has ${input.length} items; this server moderates at most ${MAX_MODERATION_INPUTS} per request`, 'input');
    texts = input.map((x, i) => {
      if (typeof x === 'string') return x;
      if (isObj(x) && x.type === 'text' && typeof x.text === 'string') return x.text;
      if (isObj(x) && x.type === 'image_url') throw badRequest(`input[${i}] is an image; this server moderates text only`, `input[${i}]`, 'unsupported_value');
      throw badRequest(`input[${i}] must be a string or { "type": "text", "text": ... }`, `input[${i}]`);
    });
  } else {
    throw badRequest(input === undefined || input === null ? `input is missing; ${shape}` : shape, 'input');
  }
  texts.forEach((t, i) => {
    if (t.length > maxChars)
      throw badRequest(`input${typeof input === 'string' ? '' : `[${i}]`} is ${t.length} characters; this server judges at most ${maxChars} per input (kala-train serve --max-prompt-chars)`, typeof input === 'string' ? 'input' : `input[${i}]`, 'context_length_exceeded');
  });
  return texts;
}

export async function moderations(ctx: ServeContext, ex: Exchange, body: unknown): Promise<void> {
  const texts = validateModeration(body, ctx.maxPromptChars);
  const kernel = ctx.kernel ?? ctx.moderationKernel();
  const results: ModerationResult[] = [];
  for (const [i, text] of texts.entries()) {
    if (i > 0) await new Promise((r) => setImmediate(r)); // other requests get their turn between inputs
    if (ex.signal.aborted) return;
    const r = kernel.check(text);
    results.push(moderationResult(r, kernel.judges(r)));
  }
  ex.log.moderation = { inputs: results.length, flagged: results.filter((r) => r.flagged).length };
  const reply: ModerationResponse = { id: `modr-${randomBytes(12).toString('hex')}`, model: MODERATION_MODEL, results };
  sendJson(ex.res, 200, reply);
}
