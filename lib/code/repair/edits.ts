// Text edits on source code, located by syntax nodes: the repairs compute edits against the parsed
// tree and this file applies them, adds imports in the right place and renders a unified diff.
import type { CodeFinding } from '../analyze.js';
import type { CodeLanguage, SNode } from '../parse.js';

/** Replace code[start, end) by text (UTF-16 offsets, the same as SNode.start/end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (any order); throws on overlap so a repair cannot corrupt code. */
export function applyEdits(code: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = code;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) throw new Error('overlapping repair edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Every node below root (root included), depth first in source order. */
export function* walk(root: SNode): Generator<SNode> {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

/** The innermost node spanning exactly the finding's range (falls back to the smallest node covering it). */
export function findingNode(root: SNode, f: CodeFinding): SNode | undefined {
  const sr = f.line - 1, sc = f.column - 1, er = f.endLine - 1, ec = f.endColumn - 1;
  let exact: SNode | undefined;
  let cover: SNode | undefined;
  for (const n of walk(root)) {
    const starts = n.startRow < sr || (n.startRow === sr && n.startCol <= sc);
    const ends = n.endRow > er || (n.endRow === er && n.endCol >= ec);
    if (!starts || !ends) continue;
    // the innermost node of that exact range: a call rather than its expression statement, a
    // return statement rather than the one-statement block around it
    if (n.startRow === sr && n.startCol === sc && n.endRow === er && n.endCol === ec) exact = n;
    if (!cover || n.end - n.start <= cover.end - cover.start) cover = n;
  }
  return exact ?? cover;
}

export const named = (n: SNode): SNode[] => n.children.filter((c) => c.named && c.type !== 'comment');
export const child = (n: SNode, field: string): SNode | undefined => n.children.find((c) => c.field === field);

/** The closest ancestor-or-self of one of `types`. */
export function closest(n: SNode | null | undefined, types: string[] | Set<string>, stopAt?: Set<string>): SNode | undefined {
  const set = types instanceof Set ? types : new Set(types);
  for (let p = n; p; p = p.parent) {
    if (set.has(p.type)) return p;
    if (stopAt?.has(p.type)) return undefined;
  }
  return undefined;
}

/** The call node of a finding: the node itself, an enclosing call, or the first call inside it. */
export function callOf(n: SNode, callType: string): SNode | undefined {
  if (n.type === callType) return n;
  for (const d of walk(n)) if (d.type === callType) return d;
  return closest(n, [callType]);
}

/** Positional and keyword arguments of a call (Python `keyword_argument`, JS plain list). */
export function callArgs(call: SNode): { list: SNode | undefined; positional: SNode[]; keywords: Map<string, SNode> } {
  const list = child(call, 'arguments');
  const positional: SNode[] = [];
  const keywords = new Map<string, SNode>();
  for (const a of list ? named(list) : []) {
    if (a.type === 'keyword_argument') keywords.set(child(a, 'name')?.text ?? '', a);
    else positional.push(a);
  }
  return { list, positional, keywords };
}

/** An edit removing one argument with its separating comma. */
export function removeArgument(code: string, arg: SNode): TextEdit {
  let start = arg.start;
  let end = arg.end;
  const after = code.slice(end).match(/^\s*,[ \t]*/);
  if (after) end += after[0].length;
  else {
    const before = code.slice(0, start).match(/,\s*$/);
    if (before) start -= before[0].length;
  }
  return { start, end, text: '' };
}

/** The top-level statement (child of the module) containing n. */
export function topLevel(n: SNode): SNode | undefined {
  for (let p: SNode | null = n; p; p = p.parent) if (p.parent && !p.parent.parent) return p;
  return undefined;
}

/** Leading whitespace of the line where offset lies. */
export function indentAt(code: string, offset: number): string {
  const ls = code.lastIndexOf('\n', offset - 1) + 1;
  return code.slice(ls).match(/^[ \t]*/)![0];
}

/**
 * An edit adding `import <mod>` to a Python module unless it is already imported at the top level
 * (an import inside a function does not count: the repaired line may sit in another function).
 * Goes after the last top-level import, else after the docstring and `from __future__` lines.
 */
export function pythonImport(code: string, root: SNode, mod: string): TextEdit | undefined {
  let lastImport: SNode | undefined;
  let docEnd = 0;
  for (const s of root.children) {
    if (s.type === 'import_statement' || s.type === 'import_from_statement' || s.type === 'future_import_statement') {
      if (s.type === 'import_statement' && named(s).some((n) => (n.type === 'dotted_name' && n.text === mod) || (n.type === 'aliased_import' && child(n, 'name')?.text === mod && !child(n, 'alias'))))
        return undefined;
      lastImport = s;
    } else if (!lastImport && s.type === 'expression_statement' && named(s)[0]?.type === 'string' && docEnd === 0) docEnd = s.end;
  }
  if (lastImport) return { start: lastImport.end, end: lastImport.end, text: `\nimport ${mod}` };
  if (docEnd) return { start: docEnd, end: docEnd, text: `\nimport ${mod}` };
  // after a shebang / encoding comment block
  const m = code.match(/^(#[^\n]*\n)*/);
  const at = m ? m[0].length : 0;
  return { start: at, end: at, text: `import ${mod}\n` };
}

/** Is the file an ES module (import/export statements)? Our JS repairs use require() in CommonJS only. */
export function isEsm(root: SNode): boolean {
  return root.children.some((s) => s.type === 'import_statement' || s.type === 'export_statement');
}

/** The name a CommonJS file binds to `require('<mod>')` / `require('node:<mod>')` at the top level, if any. */
export function jsModuleBinding(root: SNode, mod: string): string | undefined {
  const re = new RegExp(`^require\\(\\s*['"](node:)?${mod}['"]\\s*\\)$`);
  for (const s of root.children) {
    if (s.type !== 'lexical_declaration' && s.type !== 'variable_declaration') continue;
    for (const d of named(s)) {
      if (d.type !== 'variable_declarator') continue;
      const name = child(d, 'name');
      const value = child(d, 'value');
      if (name?.type === 'identifier' && value && re.test(value.text)) return name.text;
    }
  }
  return undefined;
}

/** An expression for module `mod` in JS: its top-level binding, else an inline require. */
export function jsModuleExpr(root: SNode, mod: string): string {
  return jsModuleBinding(root, mod) ?? `require('${mod}')`;
}

/** Adds a helper definition once (idempotent by name): Python after the imports, JS at the end (function declarations hoist). */
export function helperEdit(code: string, root: SNode, lang: CodeLanguage, name: string, source: string): TextEdit | undefined {
  if (new RegExp(`\\b(def|function) ${name}\\b`).test(code)) return undefined;
  if (lang === 'python') {
    let after = 0;
    for (const s of root.children) {
      if (s.type === 'import_statement' || s.type === 'import_from_statement' || s.type === 'future_import_statement') after = s.end;
      else if (after === 0 && s.type === 'expression_statement' && named(s)[0]?.type === 'string') after = s.end;
      else if (s.type !== 'comment') break;
    }
    return { start: after, end: after, text: `${after ? '\n\n' : ''}${source.trimEnd()}\n${after ? '' : '\n'}` };
  }
  const end = code.length;
  return { start: end, end, text: `${code.endsWith('\n') ? '' : '\n'}\n${source.trimEnd()}\n` };
}

/** Counts ERROR/MISSING nodes: a repair must not add any. */
export function errorCount(root: SNode): number {
  let n = 0;
  for (const x of walk(root)) if (x.type === 'ERROR' || x.type === 'MISSING') n++;
  return n;
}

/** A unified diff (3 lines of context) between two texts; empty when they are equal. */
export function unifiedDiff(a: string, b: string, name = 'code'): string {
  if (a === b) return '';
  const A = a.split('\n');
  const B = b.split('\n');
  // repairs are local: strip the common head and tail, then LCS the (small) middle
  let pre = 0;
  while (pre < A.length && pre < B.length && A[pre] === B[pre]) pre++;
  let suf = 0;
  while (suf < A.length - pre && suf < B.length - pre && A[A.length - 1 - suf] === B[B.length - 1 - suf]) suf++;
  const a1 = A.slice(pre, A.length - suf);
  const b1 = B.slice(pre, B.length - suf);
  const ops: Array<[' ' | '-' | '+', string]> = [];
  for (let i = 0; i < pre; i++) ops.push([' ', A[i]]);
  if (a1.length * b1.length > 4_000_000) {
    for (const l of a1) ops.push(['-', l]);
    for (const l of b1) ops.push(['+', l]);
  } else {
    const n = a1.length, m = b1.length;
    const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = a1[i] === b1[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
    let i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a1[i] === b1[j]) ops.push([' ', a1[i++]]), j++;
      else if (i < n && (j >= m || L[i + 1][j] >= L[i][j + 1])) ops.push(['-', a1[i++]]);
      else ops.push(['+', b1[j++]]);
    }
  }
  for (let i = A.length - suf; i < A.length; i++) ops.push([' ', A[i]]);
  // group into hunks
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const changed = ops.map((o, k) => (o[0] !== ' ' ? k : -1)).filter((k) => k >= 0);
  let k = 0;
  while (k < changed.length) {
    let lo = Math.max(0, changed[k] - 3);
    let hi = Math.min(ops.length, changed[k] + 4);
    while (k + 1 < changed.length && changed[k + 1] - 3 <= hi) hi = Math.min(ops.length, changed[++k] + 4);
    k++;
    let aStart = 1, bStart = 1;
    for (let x = 0; x < lo; x++) {
      if (ops[x][0] !== '+') aStart++;
      if (ops[x][0] !== '-') bStart++;
    }
    const body = ops.slice(lo, hi);
    const aLen = body.filter((o) => o[0] !== '+').length;
    const bLen = body.filter((o) => o[0] !== '-').length;
    out.push(`@@ -${aLen ? aStart : aStart - 1},${aLen} +${bLen ? bStart : bStart - 1},${bLen} @@`);
    for (const [t, l] of body) out.push(t + l);
    lo = hi;
  }
  return out.join('\n') + '\n';
}

const FUNCTION_TYPES = new Set(['function_definition', 'lambda', 'function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration']);

/** The function (or module) whose body holds n. */
export function scopeOf(n: SNode): SNode {
  for (let p = n.parent; p; p = p.parent) if (FUNCTION_TYPES.has(p.type) || !p.parent) return p;
  return n;
}

/**
 * When `id` (an identifier at a use site) has exactly one assignment in its scope, before the use,
 * and no other use than this one (or any uses with `anyUses`: the behaviour check then judges
 * the other uses), the assigned value node: the repair may then rewrite the value where it is
 * built. Otherwise undefined.
 */
export function soleDefinition(id: SNode, opts: { anyUses?: boolean } = {}): SNode | undefined {
  if (id.type !== 'identifier') return undefined;
  const scope = scopeOf(id);
  let value: SNode | undefined;
  let defs = 0;
  let uses = 0;
  for (const n of walk(scope)) {
    if (n !== scope && FUNCTION_TYPES.has(n.type) && n !== scope) {
      // a nested function that mentions the name could rebind or read it: give up when it does
      if (new RegExp(`\\b${id.text}\\b`).test(n.text)) return undefined;
      continue;
    }
    if (n.type !== 'identifier' || n.text !== id.text) continue;
    const p = n.parent!;
    const isDef = (p.type === 'assignment' && child(p, 'left') === n) || (p.type === 'variable_declarator' && child(p, 'name') === n) || (p.type === 'assignment_expression' && child(p, 'left') === n);
    const isAug = (p.type === 'augmented_assignment' || p.type === 'augmented_assignment_expression') && child(p, 'left') === n;
    if (isAug) return undefined;
    if (isDef) {
      defs++;
      value = child(p, p.type === 'variable_declarator' ? 'value' : 'right');
      if (n.start > id.start) return undefined;
    } else uses++;
  }
  return defs === 1 && uses === (opts.anyUses ? Math.max(uses, 1) : 1) && value ? value : undefined;
}

/** The name of the top-level function or class holding n (what a behaviour check must call), if any. */
export function topLevelName(n: SNode): string | undefined {
  const t = topLevel(n);
  if (!t) return undefined;
  let d: SNode | undefined = t;
  if (d.type === 'decorated_definition') d = child(d, 'definition');
  if (d && (d.type === 'function_definition' || d.type === 'function_declaration' || d.type === 'class_definition' || d.type === 'class_declaration'))
    return child(d, 'name')?.text;
  if (d && d.type === 'export_statement') {
    const decl = child(d, 'declaration');
    if (decl && (decl.type === 'function_declaration' || decl.type === 'class_declaration')) return child(decl, 'name')?.text;
  }
  if (d && (d.type === 'lexical_declaration' || d.type === 'variable_declaration')) {
    const dec = named(d)[0];
    const v = dec && child(dec, 'value');
    if (v && (v.type === 'arrow_function' || v.type === 'function_expression' || v.type === 'function')) return child(dec, 'name')?.text;
  }
  return undefined;
}
