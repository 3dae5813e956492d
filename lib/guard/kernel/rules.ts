/**
 * Rule files: load, validate, merge and compile. The default rules are the JSON files in the
 * package's top-level `rules/` directory, loaded in name order; users add files or objects on
 * top (see EthicsKernelOptions). Merging: a lexicon given as an array adds terms to a lexicon
 * of the same name, `{ "replace": true, "terms": [...] }` replaces it; contexts merge the same
 * way; a rule replaces an earlier rule with the same id.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FormatError, NotFoundError } from '../../util/errors.js';
import { packageRoot } from '../../util/paths.js';
import { forms } from './lemma.js';
import { COMMON_WORDS, type Vocabulary } from './normalize.js';
import { buildPieceTrie, markKnownPieces } from './piece-filter.js';
import {
  compilePattern,
  indexPatterns,
  makeLexicon,
  PatternSyntaxError,
  type CompiledPattern,
  type Lexicon,
} from './pattern.js';
import type { ContextSpec, LexiconSpec, RuleFile, RuleSpec } from './types.js';
import type { LawIndex } from '../../util/laws.js';

/** The rules shipped with the package. */
export const defaultRulesDir: string = path.join(packageRoot, 'rules');

export interface CompiledContext {
  name: string;
  patterns: CompiledPattern[];
  scope: 'sentence' | 'prompt';
  factor: number;
  overriddenBy: string[];
  alsoIn: string[];
}

export interface CompiledRule {
  id: string;
  law: LawIndex;
  intent?: string;
  severity: number;
  patterns: CompiledPattern[];
  requires: string[];
  unless: string[];
  discountedBy: string[];
  blockers: CompiledPattern[];
  blockersBefore: CompiledPattern[];
  blockersAfter: CompiledPattern[];
  window: [number, number];
  also: { law: LawIndex; severity: number }[];
  onlyWith: LawIndex[];
  appliesTo: 'prompt' | 'response' | 'both';
  cue: 'harm' | 'manner' | 'motive' | null;
  explanation: string;
  source: string;
}

export interface RuleSet {
  lexicons: Map<string, Lexicon>;
  contexts: Map<string, CompiledContext>;
  rules: CompiledRule[];
  vocabulary: Vocabulary;
  /** Where the rules came from (file paths or "options"). */
  sources: string[];
}

/** A rule file as loaded: its data plus where it came from (for error messages). */
export interface RuleSource {
  source: string;
  data: RuleFile;
}

function bad(source: string, where: string, what: string): never {
  throw new FormatError('RULES_INVALID', `${source}: ${where}: ${what}. Fix the rule file (format: rules/README.md) or leave it out.`);
}

/** Read and shape-check one rule file. */
export function readRuleFile(file: string): RuleSource {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new NotFoundError('FILE_NOT_FOUND', `rule file ${file} does not exist; check the path passed to the EthicsKernel`, { cause: err });
    throw new FormatError('RULES_INVALID', `cannot read rule file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new FormatError('RULES_INVALID', `${file} is not valid JSON (${(err as Error).message}); rule files are JSON objects (rules/README.md)`, { cause: err });
  }
  validateRuleFile(data, file);
  return { source: file, data: data as RuleFile };
}

/** The JSON files of a directory, in name order. */
export function ruleFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    throw new NotFoundError('FILE_NOT_FOUND', `rules directory ${dir} cannot be read (${(err as Error).message}); pass an existing directory`, { cause: err });
  }
  return names.filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isLaw = (v: unknown): v is LawIndex => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 4;

/** Check the shape of a rule file object; throws FormatError('RULES_INVALID') naming the problem. */
export function validateRuleFile(data: unknown, source: string): asserts data is RuleFile {
  if (!isObj(data)) bad(source, 'top level', 'a rule file must be a JSON object with optional "lexicons", "contexts" and "rules"');
  const known = new Set(['version', 'name', 'description', 'lexicons', 'contexts', 'rules', '$comment']);
  for (const k of Object.keys(data)) if (!known.has(k)) bad(source, 'top level', `unknown key "${k}" (allowed: ${[...known].join(', ')})`);
  if (data.lexicons !== undefined) {
    if (!isObj(data.lexicons)) bad(source, 'lexicons', 'must be an object of name → list of terms');
    for (const [name, spec] of Object.entries(data.lexicons)) {
      if (!/^[a-z0-9_]+$/.test(name)) bad(source, `lexicon "${name}"`, 'names use a-z, 0-9 and _');
      if (!isStrArr(spec) && !(isObj(spec) && isStrArr(spec.terms)))
        bad(source, `lexicon "${name}"`, 'must be a list of strings or { "terms": [...], "exact"?, "replace"? }');
    }
  }
  if (data.contexts !== undefined) {
    if (!isObj(data.contexts)) bad(source, 'contexts', 'must be an object of name → { patterns, scope?, factor?, overriddenBy? }');
    for (const [name, c] of Object.entries(data.contexts)) {
      if (!/^[a-z0-9_]+$/.test(name)) bad(source, `context "${name}"`, 'names use a-z, 0-9 and _');
      if (!isObj(c) || !isStrArr(c.patterns)) bad(source, `context "${name}"`, '"patterns" must be a list of strings');
      if (c.scope !== undefined && c.scope !== 'sentence' && c.scope !== 'prompt') bad(source, `context "${name}"`, '"scope" must be "sentence" or "prompt"');
      if (c.factor !== undefined && !(typeof c.factor === 'number' && c.factor >= 0 && c.factor <= 1)) bad(source, `context "${name}"`, '"factor" must be a number in [0, 1]');
      if (c.overriddenBy !== undefined && !isStrArr(c.overriddenBy)) bad(source, `context "${name}"`, '"overriddenBy" must be a list of context names');
      if (c.alsoIn !== undefined && !isStrArr(c.alsoIn)) bad(source, `context "${name}"`, '"alsoIn" must be a list of context names');
    }
  }
  if (data.rules !== undefined) {
    if (!Array.isArray(data.rules)) bad(source, 'rules', 'must be a list of rule objects');
    data.rules.forEach((r, i) => validateRule(r, `${source}`, i));
  }
}

function validateRule(r: unknown, source: string, i: number): asserts r is RuleSpec {
  const where = isObj(r) && typeof r.id === 'string' ? `rule #${i} ("${r.id}")` : `rule #${i}`;
  if (!isObj(r)) bad(source, where, 'a rule must be an object');
  if (typeof r.id !== 'string' || !/^[A-Za-z0-9_.:-]+$/.test(r.id)) bad(source, where, '"id" must be a string of letters, digits and . _ : -');
  if (!isLaw(r.law)) bad(source, where, '"law" must be an integer 0..4 (0 Civilizational, 1 Individual Safety, 2 Conditional Obedience, 3 Self-Preservation, 4 Equivalent Worth)');
  if (!isStrArr(r.patterns) || r.patterns.length === 0) bad(source, where, '"patterns" must be a non-empty list of strings');
  if (typeof r.explanation !== 'string' || r.explanation.trim() === '') bad(source, where, '"explanation" must say why a match violates the law');
  if (r.severity !== undefined && !(typeof r.severity === 'number' && r.severity > 0 && r.severity <= 1)) bad(source, where, '"severity" must be a number in (0, 1]');
  for (const k of ['requires', 'unless', 'discountedBy', 'blockers', 'blockersBefore', 'blockersAfter'] as const)
    if (r[k] !== undefined && !isStrArr(r[k])) bad(source, where, `"${k}" must be a list of strings`);
  if (r.window !== undefined && !(Array.isArray(r.window) && r.window.length === 2 && r.window.every((n) => Number.isInteger(n) && n >= 0 && n <= 12)))
    bad(source, where, '"window" must be [before, after] with integers 0..12');
  if (r.also !== undefined && !(Array.isArray(r.also) && r.also.every((a) => isObj(a) && isLaw(a.law) && (a.severity === undefined || typeof a.severity === 'number'))))
    bad(source, where, '"also" must be a list of { "law": 0..4, "severity"? }');
  if (r.onlyWith !== undefined && !(Array.isArray(r.onlyWith) && r.onlyWith.every(isLaw))) bad(source, where, '"onlyWith" must be a list of law numbers');
  if (r.appliesTo !== undefined && !['prompt', 'response', 'both'].includes(r.appliesTo as string)) bad(source, where, '"appliesTo" must be "prompt", "response" or "both"');
  if (r.enabled !== undefined && typeof r.enabled !== 'boolean') bad(source, where, '"enabled" must be true or false');
  if (r.cue !== undefined && !['harm', 'manner', 'motive'].includes(r.cue as string)) bad(source, where, '"cue" must be "harm", "manner" or "motive"');
  if (r.examples !== undefined) {
    const ex = r.examples;
    const shape = '"examples" must be { "blocks": [texts the rule flags], "allows": [look-alikes it must not flag] } with non-empty strings';
    if (!isObj(ex)) bad(source, where, shape);
    for (const k of Object.keys(ex)) if (k !== 'blocks' && k !== 'allows') bad(source, where, `${shape}; unknown key "examples.${k}"`);
    for (const k of ['blocks', 'allows'] as const)
      if (ex[k] !== undefined && !(isStrArr(ex[k]) && ex[k].every((t) => t.trim() !== ''))) bad(source, where, `${shape}; "examples.${k}" is not a list of non-empty strings`);
  }
  const known = new Set(['id', 'law', 'intent', 'severity', 'patterns', 'requires', 'unless', 'discountedBy', 'blockers', 'blockersBefore', 'blockersAfter', 'window', 'also', 'onlyWith', 'appliesTo', 'cue', 'explanation', 'description', 'enabled', 'examples', '$comment']);
  for (const k of Object.keys(r)) if (!known.has(k)) bad(source, where, `unknown key "${k}"`);
}

function compileOrBad(src: string, source: string, where: string, exact = false): CompiledPattern {
  try {
    return compilePattern(src, exact);
  } catch (err) {
    if (err instanceof PatternSyntaxError) bad(source, where, `pattern "${src}": ${err.message}`);
    throw err;
  }
}

/** Most answers the vocabulary remembers (a few MB at most). */
const VOCABULARY_MEMO_SIZE = 50_000;

/** Merge rule sources in order and compile them into a RuleSet. */
export function buildRuleSet(sources: RuleSource[], disable: string[] = []): RuleSet {
  const lexSpecs = new Map<string, { terms: { text: string; source: string }[]; exact: boolean }>();
  const ctxSpecs = new Map<string, { spec: ContextSpec; patterns: { text: string; source: string }[] }>();
  const ruleSpecs = new Map<string, { spec: RuleSpec; source: string }>();
  for (const { source, data } of sources) {
    validateRuleFile(data, source);
    for (const [name, spec] of Object.entries(data.lexicons ?? {})) {
      const obj: { terms: string[]; exact?: boolean; replace?: boolean } = Array.isArray(spec) ? { terms: spec } : (spec as Exclude<LexiconSpec, string[]>);
      const prev = lexSpecs.get(name);
      const terms = obj.terms.map((text) => ({ text, source }));
      if (prev && !obj.replace) prev.terms.push(...terms);
      else lexSpecs.set(name, { terms, exact: obj.exact ?? prev?.exact ?? false });
    }
    for (const [name, spec] of Object.entries(data.contexts ?? {})) {
      const prev = ctxSpecs.get(name);
      const patterns = spec.patterns.map((text) => ({ text, source }));
      if (prev && !spec.replace) {
        prev.patterns.push(...patterns);
        prev.spec = { ...prev.spec, ...spec, patterns: [] };
      } else ctxSpecs.set(name, { spec, patterns });
    }
    for (const r of data.rules ?? []) ruleSpecs.set(r.id, { spec: r, source });
  }
  for (const id of disable) ruleSpecs.delete(id);

  const lexicons = new Map<string, Lexicon>();
  // a quarter of the 13k pattern strings repeat (the same word in several lexicons, the same
  // blocker in several rules): each distinct one is compiled, checked and indexed once, and
  // shared (a compiled pattern depends only on its text, `exact` and the lexicons)
  const compiled = new Map<string, CompiledPattern>();
  const compileShared = (text: string, source: string, where: string, exact = false): CompiledPattern => {
    const key = `${exact ? 1 : 0}${text}`;
    let p = compiled.get(key);
    if (p) return p;
    p = compileOrBad(text, source, where, exact);
    checkRefs(p, source, where);
    collect(p);
    compiled.set(key, p);
    return p;
  };
  const words = new Set<string>(COMMON_WORDS);
  const prefixes: string[] = [];
  // the vocabulary's words and prefixes, and a check that every @lexicon exists (plain loops:
  // this runs over every item of 9.5k patterns at construction)
  const collect = (p: CompiledPattern) => {
    for (const e of p.elems)
      if (e.kind === 'alts')
        for (const seq of e.alts)
          for (const a of seq) {
            if (a.kind !== 'word') continue;
            if (a.mode === 'prefix') prefixes.push(a.w);
            else words.add(a.w);
          }
  };
  const checkRefs = (p: CompiledPattern, source: string, where: string) => {
    for (const e of p.elems)
      if (e.kind === 'alts')
        for (const seq of e.alts) for (const a of seq) if (a.kind === 'lex' && !lexSpecs.has(a.name)) bad(source, where, `pattern "${p.source}" refers to unknown lexicon @${a.name}`);
  };
  for (const [name, { terms, exact }] of lexSpecs) {
    lexicons.set(
      name,
      makeLexicon(
        name,
        terms.map(({ text, source }) => compileShared(text, source, `lexicon "${name}"`, exact)),
      ),
    );
  }

  const contexts = new Map<string, CompiledContext>();
  for (const [name, { spec, patterns }] of ctxSpecs) {
    contexts.set(name, {
      name,
      patterns: patterns.map(({ text, source }) => compileShared(text, source, `context "${name}"`)),
      scope: spec.scope ?? 'sentence',
      factor: spec.factor ?? 0.2,
      overriddenBy: spec.overriddenBy ?? [],
      alsoIn: spec.alsoIn ?? [],
    });
  }
  for (const [name, c] of contexts) {
    for (const o of c.overriddenBy) if (!contexts.has(o)) bad('rules', `context "${name}"`, `"overriddenBy" names unknown context "${o}"`);
    for (const o of c.alsoIn) if (!contexts.has(o)) bad('rules', `context "${name}"`, `"alsoIn" names unknown context "${o}"`);
  }

  const rules: CompiledRule[] = [];
  for (const [id, { spec: r, source }] of ruleSpecs) {
    if (r.enabled === false) continue;
    const where = `rule "${id}"`;
    for (const k of ['requires', 'unless', 'discountedBy'] as const)
      for (const entry of r[k] ?? [])
        for (const c of entry.split('|').map((x) => (k === 'requires' && x.startsWith('anywhere:') ? x.slice('anywhere:'.length) : x)))
          if (!contexts.has(c)) bad(source, where, `"${k}" names unknown context "${c}" (known: ${[...contexts.keys()].join(', ')})`);
    const ref = (b: string): CompiledPattern => compileShared(b, source, where);
    const patterns = r.patterns.map(ref);
    rules.push({
      id,
      law: r.law,
      intent: r.intent,
      severity: r.severity ?? 0.9,
      patterns,
      requires: r.requires ?? [],
      unless: r.unless ?? [],
      discountedBy: r.discountedBy ?? [],
      blockers: (r.blockers ?? []).map(ref),
      blockersBefore: (r.blockersBefore ?? []).map(ref),
      blockersAfter: (r.blockersAfter ?? []).map(ref),
      window: r.window ?? [3, 2],
      also: (r.also ?? []).map((a) => ({ law: a.law, severity: a.severity ?? r.severity ?? 0.9 })),
      onlyWith: r.onlyWith ?? [],
      appliesTo: r.appliesTo ?? 'both',
      cue: r.cue ?? null,
      explanation: r.explanation,
      source,
    });
  }

  const allPatterns: CompiledPattern[] = [];
  for (const c of contexts.values()) allPatterns.push(...c.patterns);
  for (const r of rules) allPatterns.push(...r.patterns, ...r.blockers, ...r.blockersBefore, ...r.blockersAfter);
  indexPatterns(allPatterns, lexicons);

  // the normalizer asks about the same strings again and again (joining spaced letters tries
  // every piece of up to 24 letters of a run): answers are remembered, in a bounded map
  const known = new Map<string, boolean>();
  const vocabulary: Vocabulary = {
    has(w: string): boolean {
      const hit = known.get(w);
      if (hit !== undefined) return hit;
      let yes = false;
      if (w.length > 0) {
        for (const f of forms(w)) if (words.has(f)) yes = true;
        yes ||= w.length >= 4 && prefixes.some((p) => p.length >= 3 && w.startsWith(p));
      }
      if (known.size >= VOCABULARY_MEMO_SIZE) known.clear();
      known.set(w, yes);
      return yes;
    },
    knownPieces(s: string, from: number, maxLen: number, out: Uint8Array): number {
      trie ??= buildPieceTrie(words, prefixes);
      return markKnownPieces(trie, has, s, from, maxLen, out);
    },
  };
  const has = (w: string) => vocabulary.has(w);
  let trie: ReturnType<typeof buildPieceTrie> | undefined;
  return { lexicons, contexts, rules, vocabulary, sources: [...new Set(sources.map((s) => s.source))] };
}

export interface RuleLoadOptions {
  /** Load the shipped rules (default true). */
  defaults?: boolean;
  /** A directory whose *.json files replace the shipped rules/ directory. */
  rulesDir?: string;
  /** More rule files, loaded after the defaults (later files win). */
  ruleFiles?: string[];
  /** More rule sets as objects, loaded after the files. */
  ruleSets?: RuleFile[];
  /** More rules (merged last). */
  rules?: RuleSpec[];
  /** More lexicon terms (merged last). */
  lexicons?: Record<string, LexiconSpec>;
  /** Rule ids to switch off. */
  disable?: string[];
}

/** Load the default rules plus whatever the options add, and compile them. */
export function loadRules(opts: RuleLoadOptions = {}): RuleSet {
  const sources: RuleSource[] = [];
  if (opts.defaults !== false) for (const f of ruleFilesIn(opts.rulesDir ?? defaultRulesDir)) sources.push(readRuleFile(f));
  else if (opts.rulesDir) for (const f of ruleFilesIn(opts.rulesDir)) sources.push(readRuleFile(f));
  for (const f of opts.ruleFiles ?? []) sources.push(readRuleFile(path.resolve(f)));
  (opts.ruleSets ?? []).forEach((data, i) => sources.push({ source: `options.ruleSets[${i}]`, data }));
  if (opts.rules || opts.lexicons) sources.push({ source: 'options', data: { rules: opts.rules, lexicons: opts.lexicons } });
  if (sources.length === 0) throw new FormatError('RULES_INVALID', 'no rules were loaded: keep the default rules or pass rule files or rules');
  return buildRuleSet(sources, opts.disable);
}
