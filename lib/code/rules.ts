// The code-security rules are data: JSON files in code-rules/ (see code-rules/README.md). This
// file reads and checks them; the analyzer (analyze.ts) compiles their tree-sitter queries.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FormatError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** What a capture of a rule's query must satisfy for the match to be a finding. */
export type RuleCondition =
  /** the capture's text matches (or, with `not`, does not match) the regex; `code`: the text with
   *  the contents of string literals blanked (interpolations and one-word literals such as a key
   *  `"password"` kept), so that a message's prose cannot look like code */
  | { capture: string; match: string; code?: boolean; not?: boolean }
  /** the capture's value, by intra-procedural taint tracking: `source` = from a known input
   *  (request, input(), argv, environment…); `untrusted` = source or a parameter of the enclosing
   *  function; `nonconst` = anything that is not a constant. `built`: also built from pieces
   *  (concatenation, formatting, interpolation). `not` inverts the whole condition. */
  | { capture: string; taint: 'source' | 'untrusted' | 'nonconst'; built?: boolean; not?: boolean }
  /** one of the string constants the capture may hold (its literal, literals assigned to the
   *  variable, a lookup's default value, what a function of the file returns) matches the regex */
  | { capture: string; value: string; not?: boolean }
  /** Python / JavaScript: every value of the capture starts with constant text that matches the regex
   *  (`"^https?://[^/]+/"`: a URL whose scheme and host are fixed), see TaintEngine.constantPrefixes */
  | { capture: string; prefix: string; not?: boolean }
  /** C memory: the variable was released (free/delete: callee regex) before, not reassigned since */
  | { capture: string; after: string; not?: boolean }
  /** the pointer is certainly NULL here */
  | { capture: string; null: true; not?: boolean }
  /** a condition before the use tests the variable: "null" (a null check) or a regex on the
   *  comparison operator with the variable on the left ("<" for an upper bound) */
  | { capture: string; guarded: string; not?: boolean }
  /** the buffer of `capture` is known and smaller than the constant size (or the known buffer) of capture `than` */
  | { capture: string; smallerThan: string; not?: boolean }
  /** the array of `capture` has a known length and the index in capture `index` can reach it */
  | { capture: string; indexBeyond: string; not?: boolean }
  /** the declared type of the capture's variable ("int", "char *", "char[]") matches */
  | { capture: string; declared: string; not?: boolean }
  /** a definition of the capture's variable that reaches it is a call whose callee matches (p = malloc(n)) */
  | { capture: string; assignedFrom: string; not?: boolean }
  /** the capture folds to a constant (a literal, a variable whose reaching definition is one,
   *  arithmetic on them) whose text matches the regex ("^0$": certainly zero) */
  | { capture: string; constant: string; not?: boolean }
  /** C/C++: the copy call (strcpy, strcat, sprintf) is bounded: every copied string's length is checked
   *  before it in a way the copy cannot pass, or the destination was allocated from its length + a constant */
  | { capture: string; boundedCopy: true; not?: boolean }
  /** C/C++: the size expression only adds small constants to lengths of objects already in memory (a (pointer, size_t) parameter pair's length, a `size_t *` buffer length, strlen) or to integers of at most 16 bits */
  | { capture: string; memorySum: true; not?: boolean }
  /** C/C++: the struct field (c->buf, m.body) was freed / deleted before by a statement that always runs first, not assigned since */
  | { capture: string; fieldReleased: true; not?: boolean }
  /** the capture is a (non-empty) string or number literal */
  | { capture: string; literal: true; not?: boolean }
  /** Python: the capture is a dict whose keys are all constants (a literal, a comprehension over a
   *  constant list of names; a helper's parameter: at every call of the helper in the file) */
  | { capture: string; constantKeys: true; not?: boolean }
  /** the capture exists in the match (optional captures: `(...)? @x`) */
  | { capture: string; present: boolean }
  /** the enclosing function (with its decorators / annotations) or whole file matches the regex;
   *  `callsites`: the function and, for each call of it by name elsewhere in the file, the calling
   *  statement (and the caller's signature when it returns the call) (a helper that makes a token for `reset_code = _code(8)`);
   *  `doc`: the function's signature, comments, docstrings and the comment block above it (where a parameter comes from) */
  | { scope: 'function' | 'file' | 'callsites' | 'doc'; match: string; not?: boolean }
  /** at least one of the conditions holds */
  | { anyOf: RuleCondition[] }
  /** every one of the conditions holds (inside an `anyOf`) */
  | { allOf: RuleCondition[] };

export interface CodeRule {
  id: string;
  /** python, javascript (also used for typescript/tsx), typescript, java, c (also cpp), cpp, php, go, csharp, rust */
  languages: string[];
  cwe: string;
  /** OWASP Top 10 (2021) category, e.g. "A03:2021-Injection" */
  owasp: string;
  /** NIST reference: an SSDF practice and/or an SP 800-53 control */
  nist: string;
  severity: Severity;
  confidence: Confidence;
  title: string;
  message: string;
  explanation: string;
  fix: string;
  /** tree-sitter query (S-expression); several patterns allowed */
  query: string;
  /** capture that gives the finding's location (default: the largest capture of the match) */
  report?: string;
  conditions?: RuleCondition[];
  /** extra sanitizer callee regexes (for this rule's taint conditions) */
  sanitizers?: string[];
  /** numbers carry taint for this rule (arithmetic, number casts): integer overflow, sizes, indexes */
  numeric?: boolean;
  /** sanitizer callee regexes that do not clean for this rule (atoi for an integer overflow) */
  passThrough?: string[];
  /** the sink reads '…' literals of a language with quoting (SQL, shell, XPath): a value that cannot
   *  hold a single quote, put last inside single quotes, cannot close them and is not tainting */
  quoted?: boolean;
  examples: { vulnerable: string[]; safe: string[] };
  /** the rule file it came from */
  file?: string;
}

/** Per-language taint specification (code-rules/taint.json). */
export interface TaintSpec {
  /** regexes anchored at the start of an expression's text: values from outside */
  sources: string[];
  /** callee regexes whose result is clean for every rule */
  sanitizers: string[];
  /** method names that add their arguments to their receiver (list.append, sb.append…) */
  mutators: string[];
  /** functions that write into an argument: `arg` is written, either with `taint` or from `from` args */
  outArgs: Record<string, { arg: number | 'all-after'; taint?: 'source' | 'clean'; from?: number[] }>;
  /** callee regexes of checks: inside the arm of an `if` (or ternary) where such a call on a
   *  variable held (in_array($x, $allowed), preg_match($re, $x), ALLOWED.contains(x)), the variable is clean */
  validators?: string[];
  /** callee regexes whose result is data the call reads (database rows, XML nodes, a file's lines,
   *  a command's output), not its arguments: the result does not carry the arguments' taint */
  opaque?: string[];
  /** callee regexes whose result carries the taint of the first argument only: a template rendered
   *  with autoescaped context values (Flask's render_template_string(tpl, name=x)) */
  firstArgOnly?: string[];
  /** parameters that a web framework fills from the request (FastAPI / Flask route handlers,
   *  Spring @RequestParam, JAX-RS @QueryParam, NestJS @Query): such a parameter is a source */
  inputParams?: InputParamSpec[];
  /** callee regexes of escapers that only escape quote characters (addslashes,
   *  mysql_real_escape_string, ESAPI encodeForSQL): for `quoted` rules they clean a value that sits
   *  inside '…' or "…" of the built string, not one placed outside quotes (`WHERE id = $x`) */
  quoteEscapers?: string[];
}

/** `function` is tested on the decorators / annotations of the function (absent: any function),
 *  `text` on the function itself,
 *  `param` on the parameter's text, `notType` on its declared type and `not` on its text: a
 *  number, a framework object or an injected dependency is no input. */
export interface InputParamSpec {
  function?: string;
  /** tested on the function's text (Django: a view takes `request` first and returns a response) */
  text?: string;
  param: string;
  not?: string;
  notType?: string;
}

/** `{{name}}` in a `match` regex stands for the text of capture `name`, taken literally (the regex
 *  of a `scope` condition can then look for what the function does with that variable) */
export function withCaptures(src: string, text: (name: string) => string | undefined): string {
  if (!src.includes('{{')) return src;
  return src.replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const t = text(k);
    return t === undefined ? '(?!)' : `(?:${escapeRegExp(t)})`;
  });
}

/** `s` as a regex that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A rule regex; a leading "(?i)" makes it case-insensitive. */
export function ruleRegex(src: string): RegExp {
  return src.startsWith('(?i)') ? new RegExp(src.slice(4), 'i') : new RegExp(src);
}

export const RULES_DIR = path.join(packageRoot, 'code-rules');

const TAINT_KINDS = new Set(['source', 'untrusted', 'nonconst']);

function fail(file: string, msg: string): never {
  throw new FormatError('RULES_INVALID', `${file}: ${msg}; fix the rule file (see code-rules/README.md)`);
}

function checkRule(r: unknown, file: string, i: number): CodeRule {
  const where = `rule #${i}`;
  if (typeof r !== 'object' || r === null) fail(file, `${where} is not an object`);
  const o = r as Record<string, unknown>;
  const str = (k: string) => {
    if (typeof o[k] !== 'string' || !(o[k] as string).trim()) fail(file, `${where} (${String(o.id)}) needs a non-empty string "${k}"`);
    return o[k] as string;
  };
  const id = str('id');
  for (const k of ['cwe', 'owasp', 'nist', 'title', 'message', 'explanation', 'fix', 'query']) str(k);
  if (!/^CWE-\d+$/.test(o.cwe as string)) fail(file, `${id}: cwe must look like CWE-89`);
  if (!/^A(0[1-9]|10):2021-/.test(o.owasp as string)) fail(file, `${id}: owasp must be an OWASP Top 10 2021 category like "A03:2021-Injection"`);
  if (!Array.isArray(o.languages) || o.languages.length === 0 || !o.languages.every((l) => typeof l === 'string')) fail(file, `${id}: languages must be a non-empty list`);
  if (!SEVERITIES.includes(o.severity as Severity)) fail(file, `${id}: severity must be one of ${SEVERITIES.join(', ')}`);
  if (!CONFIDENCES.includes(o.confidence as Confidence)) fail(file, `${id}: confidence must be one of ${CONFIDENCES.join(', ')}`);
  const ex = o.examples as { vulnerable?: unknown; safe?: unknown } | undefined;
  if (!ex || !Array.isArray(ex.vulnerable) || ex.vulnerable.length === 0 || !Array.isArray(ex.safe) || ex.safe.length === 0)
    fail(file, `${id}: examples needs non-empty "vulnerable" and "safe" lists`);
  if (o.sanitizers !== undefined && (!Array.isArray(o.sanitizers) || !o.sanitizers.every((x) => typeof x === 'string'))) fail(file, `${id}: sanitizers must be a list of regexes`);
  for (const x of (o.sanitizers as string[] | undefined) ?? [])
    try {
      ruleRegex(x);
    } catch {
      fail(file, `${id}: bad sanitizer regex ${x}`);
    }
  const flat = (cs: unknown[]): Record<string, unknown>[] =>
    cs.flatMap((c) => {
      const cc = c as Record<string, unknown>;
      return Array.isArray(cc.anyOf) ? flat(cc.anyOf) : Array.isArray(cc.allOf) ? flat(cc.allOf) : [cc];
    });
  for (const cc of flat((o.conditions as unknown[] | undefined) ?? [])) {
    if ('taint' in cc && !TAINT_KINDS.has(cc.taint as string)) fail(file, `${id}: taint must be source, untrusted or nonconst`);
    for (const k of ['match', 'value', 'after', 'declared', 'assignedFrom', 'constant'] as const)
      if (typeof cc[k] === 'string')
        try {
          ruleRegex(cc[k] as string);
        } catch {
          fail(file, `${id}: bad regex ${String(cc[k])}`);
        }
  }
  return { ...(o as unknown as CodeRule), file };
}

let cache: { rules: CodeRule[]; taint: Record<string, TaintSpec> } | undefined;

/** Named regex phrases shared by several rules (code-rules/phrases.json), e.g. the prose that says a
 *  user supplied a value: a rule's regex names one as `{{phrase:NAME}}`, replaced verbatim when the
 *  rules load, so a 2 KB alternation lives once instead of in every rule that reads a function's doc. */
const PHRASES_FILE = 'phrases.json';
const PHRASE_REF = /\{\{phrase:([\w-]+)\}\}/g;

function withPhrases(doc: unknown, phrases: Record<string, string>, file: string): unknown {
  if (typeof doc === 'string')
    return doc.includes('{{phrase:')
      ? doc.replace(PHRASE_REF, (_, k: string) => (typeof phrases[k] === 'string' ? phrases[k] : fail(file, `unknown phrase {{phrase:${k}}} (define it in ${PHRASES_FILE})`)))
      : doc;
  if (Array.isArray(doc)) return doc.map((x) => withPhrases(x, phrases, file));
  if (doc && typeof doc === 'object') return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, withPhrases(v, phrases, file)]));
  return doc;
}

/** Reads every rule file of `dir` (default: the package's code-rules/). Cached for the default dir. */
export function loadCodeRules(dir: string = RULES_DIR): { rules: CodeRule[]; taint: Record<string, TaintSpec> } {
  if (dir === RULES_DIR && cache) return cache;
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (e) {
    throw new FormatError('RULES_INVALID', `cannot read the code rules in ${dir}: ${(e as Error).message}; reinstall @kala/engine`, { cause: e });
  }
  const rules: CodeRule[] = [];
  let taint: Record<string, TaintSpec> = {};
  const ids = new Set<string>();
  const read = (name: string): unknown => {
    try {
      return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
    } catch (e) {
      fail(name, `is not valid JSON (${(e as Error).message})`);
    }
  };
  const phrases = names.includes(PHRASES_FILE) ? ((read(PHRASES_FILE) as { phrases?: Record<string, string> }).phrases ?? {}) : {};
  for (const name of names) {
    if (name === PHRASES_FILE) continue;
    const doc = withPhrases(read(name), phrases, name);
    if (name === 'taint.json') {
      taint = (doc as { languages: Record<string, TaintSpec> }).languages;
      for (const [lang, spec] of Object.entries(taint ?? {}))
        for (const x of spec?.sanitizers ?? [])
          try {
            ruleRegex(x);
          } catch {
            fail(name, `${lang}: bad sanitizer regex ${x}`);
          }
      continue;
    }
    const list = (doc as { rules?: unknown }).rules;
    if (!Array.isArray(list)) fail(name, 'needs a "rules" list');
    list.forEach((r, i) => {
      const rule = checkRule(r, name, i);
      if (ids.has(rule.id)) fail(name, `duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      rules.push(rule);
    });
  }
  const out = { rules, taint };
  if (dir === RULES_DIR) cache = out;
  return out;
}
