// codeHints: before code is written, the CWE classes a coding request is likely to touch, with one
// line of guidance each. Cue lists are data (code-rules/hints.json), matched on word stems.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { CODE_LANGUAGES, normalizeLanguage } from './parse.js';
import { RULES_DIR, ruleRegex } from './rules.js';
import { familyOf } from './syntax.js';

export interface CodeHint {
  cwe: string;
  title: string;
  owasp: string;
  guidance: string;
  /** how many cues matched (more = more likely) */
  score: number;
}

interface HintSpec {
  cwe: string;
  title: string;
  owasp: string;
  guidance: string;
  cues: string[];
  languages?: string[];
  /** the cues are facets of one signal that must all be present (a log line *and* a secret):
   *  together they count as one cue, not as independent evidence */
  all?: boolean;
}

let specs: { spec: HintSpec; cues: RegExp[] }[] | undefined;

function load(): { spec: HintSpec; cues: RegExp[] }[] {
  if (!specs) {
    const doc = JSON.parse(readFileSync(path.join(RULES_DIR, 'hints', 'hints.json'), 'utf8')) as { hints: HintSpec[] };
    specs = doc.hints.map((spec) => ({ spec, cues: spec.cues.map((c) => ruleRegex(c.startsWith('(?i)') ? c : `(?i)${c}`)) }));
  }
  return specs;
}

/** The CWE classes a coding task is likely to touch, most likely first (at most `max`, default 5). */
export function codeHints(task: string, options: { language?: string; max?: number } = {}): CodeHint[] {
  if (typeof task !== 'string') throw new InputError('INVALID_ARGUMENT', 'codeHints(task) needs the task text as a string');
  const lang = options.language === undefined ? undefined : normalizeLanguage(options.language);
  if (options.language !== undefined && !lang) throw new InputError('INVALID_ARGUMENT', `unknown language "${options.language}"; use one of ${CODE_LANGUAGES.join(', ')}`);
  const family = lang && familyOf(lang);
  const text = task.slice(0, 20_000);
  const out: CodeHint[] = [];
  for (const { spec, cues } of load()) {
    if (family && spec.languages && !spec.languages.includes(family)) continue;
    const matched = cues.reduce((n, r) => n + (r.test(text) ? 1 : 0), 0);
    const score = spec.all ? (matched === cues.length ? 1 : 0) : matched;
    if (score > 0) out.push({ cwe: spec.cwe, title: spec.title, owasp: spec.owasp, guidance: spec.guidance, score });
  }
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, options.max ?? 5);
}
