// C / C++: is an unbounded copy (strcpy, strcat, sprintf …) bounded by the code around it?
// Two shapes a careful developer writes, both read from the syntax tree and the function's text:
//  - a length check of every copied string that the copy cannot get past: an earlier
//    `if (strlen(src) >= sizeof dst) return …;` (or `n = strlen(src); if (n + 1 > cap) goto fail;`),
//    or an enclosing `if (strlen(src) < sizeof dst) { … }`. Off-by-one comparisons (`strlen(s) >
//    size` with no `+ 1` / `- 1`) do not count: strcpy writes the terminator too.
//  - a destination allocated from the source's own length plus a constant (`malloc(strlen(s) + 1)`,
//    `len = strlen(a) + strlen(b) + 2; p = malloc(len);` for the pieces strcat then appends).
import type { SNode } from './parse.js';
import { escapeRegExp as esc } from './rules.js';
import { calleeOf } from './syntax.js';

// whitespace dropped, except one space between two words (`size_t n`)
const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/ (?=\W)|(?<=\W) /g, '').trim();
const LEAVES = /\b(return|goto|break|continue|throw|exit|_exit|abort|err|errx)\b/;

/** the arguments a printf-family format copies as strings (%s), or undefined when the format is not a literal */
function stringArgs(fmt: SNode, rest: SNode[]): SNode[] | undefined {
  if (fmt.type !== 'string_literal' && fmt.type !== 'concatenated_string') return undefined;
  const out: SNode[] = [];
  let i = 0;
  for (const m of fmt.text.matchAll(/%(%|[-+ #0']*(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|j|z|t|L)?([a-zA-Z]))/g)) {
    if (m[1] === '%') continue;
    if (m[2] === '*') i++;
    if (m[3] === '*') i++;
    const conv = m[5];
    if (conv === 's' || conv === 'S') {
      if (!rest[i]) return undefined;
      out.push(rest[i]);
    }
    i++;
  }
  return out;
}

/** regexes for "the length of src": strlen(src), strnlen(src, …), s.size() of s.c_str(), and variables set from them */
function lengthTerms(src: string, pre: string): RegExp[] {
  const s = esc(norm(src));
  const alts = [`\\bstrn?len\\(${s}[,)]`, `\\bwcs(n)?len\\(${s}[,)]`];
  const cs = /^(.+)\.c_str\(\)$/.exec(norm(src));
  if (cs) alts.push(`${esc(cs[1])}\\.(size|length)\\(\\)`);
  const terms = [new RegExp(alts.join('|'))];
  const flat = norm(pre);
  for (const m of flat.matchAll(new RegExp(`(?<![\\w.>])([A-Za-z_]\\w*)=(?:\\([\\w *]+\\))?(?:${alts.join('|')})`, 'g')))
    terms.push(new RegExp(`(?<![\\w.>])${esc(m[1])}(?![\\w(])`));
  return terms;
}

const hasTerm = (text: string, terms: RegExp[]) => terms.some((t) => t.test(norm(text)));

/** one comparison of a condition: is the length (left or right) tested in the way that keeps the copy inside? */
function clauseBounds(clause: string, terms: RegExp[], leaving: boolean, cap?: (name: string) => number | undefined, dstSize?: number): boolean {
  const c = norm(clause).replace(/->/g, '.').replace(/<<|>>/g, '#');
  const m = /(>=|<=|==|!=|>|<)/.exec(c);
  if (!m) return false;
  let left = c.slice(0, m.index), right = c.slice(m.index + m[1].length);
  let op = m[1];
  if (!hasTerm(left, terms)) {
    if (!hasTerm(right, terms)) return false;
    [left, right] = [right, left];
    op = ({ '>=': '<=', '<=': '>=', '>': '<', '<': '>' } as Record<string, string>)[op] ?? op;
  }
  // `strlen(s) + 1 > cap` or `strlen(s) > cap - 1`: the terminator is counted
  const counted = /\+(?:[1-9]|sizeof\b)/.test(left) || /-[1-9]/.test(right);
  // a limit larger than the destination (`strlen(s) >= 1024` for a char[64]) bounds nothing
  const limit = /^\d+$/.test(right) ? Number(right) : /^[A-Za-z_]\w*$/.test(right) && cap ? cap(right) : undefined;
  if (limit !== undefined && dstSize !== undefined && limit > dstSize) return false;
  if (leaving) return op === '>=' || (op === '>' && counted);
  return op === '<' || (op === '<=' && counted);
}

/** the condition text of an if statement */
const condOf = (ifs: SNode) => ifs.children.find((c) => c.field === 'condition')?.text ?? '';

/** split a condition at the top-level operator (`||` or `&&`) */
function split(cond: string, op: '||' | '&&'): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  const t = cond.trim().replace(/^\(([\s\S]*)\)$/, '$1');
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && t.startsWith(op, i)) {
      out.push(t.slice(from, i));
      from = i + 2;
      i++;
    }
  }
  out.push(t.slice(from));
  return out;
}

/** an earlier `if (len check) leave;` or an enclosing `if (len check) { copy }` bounds the source */
function guarded(call: SNode, terms: RegExp[], cap?: (name: string) => number | undefined, dstSize?: number): boolean {
  for (let a: SNode = call; a.parent; a = a.parent) {
    const p = a.parent;
    if (p.type === 'function_definition' || p.type === 'lambda_expression') break;
    if (p.type === 'if_statement' && a.field === 'consequence' && split(condOf(p), '&&').some((cl) => clauseBounds(cl, terms, false, cap, dstSize))) return true;
    if (p.type === 'compound_statement') {
      for (const s of p.children) {
        if (s === a) break;
        if (s.type !== 'if_statement') continue;
        const then = s.children.find((c) => c.field === 'consequence');
        if (!then || s.children.some((c) => c.field === 'alternative') || !LEAVES.test(then.text)) continue;
        if (split(condOf(s), '||').some((cl) => clauseBounds(cl, terms, true, cap, dstSize))) return true;
      }
    }
  }
  return false;
}

/** the destination was allocated from the source's length plus a constant */
function allocatedFromLength(dst: string, pre: string, terms: RegExp[]): boolean {
  const flat = norm(pre);
  const d = esc(norm(dst));
  const allocs = [...flat.matchAll(new RegExp(`(?<![\\w.>])${d}=(?:\\([^()]*\\))?(?:(?:static|reinterpret)_cast<[^<>]*>\\()?(?:(?:std::)?(?:malloc|calloc|alloca|xmalloc|g_malloc0?|realloc|reallocarray)\\(|new(?:\\(std::nothrow\\))? ?char\\[)([^;]*);`, 'g'))];
  const last = allocs.at(-1);
  if (!last) return false;
  const size = last[1];
  const withDefs = [size];
  for (const id of size.match(/[A-Za-z_]\w*/g) ?? []) {
    const defs = [...flat.matchAll(new RegExp(`(?<![\\w.>])${esc(id)}=([^;=][^;]*);`, 'g'))];
    if (defs.length) withDefs.push(defs.at(-1)![1]);
  }
  const all = withDefs.join('+');
  return hasTerm(all, terms) && /\+(?:[1-9]|sizeof\b)/.test(all);
}

/** the longest output of a printf format of integer / char conversions only (undefined otherwise) */
function formatMax(fmt: SNode, nargs: number): number | undefined {
  if (fmt.type !== 'string_literal') return undefined;
  const body = fmt.text.replace(/^[LuU8]*"|"$/g, '').replace(/\\./g, 'x');
  let total = 0, n = 0;
  const rest = body.replace(/%(%|[-+ #0']*(\d+)?(?:\.(\d+))?(hh|h|ll|l|j|z|t)?([a-zA-Z]))/g, (m, pct, width, prec, len, conv) => {
    if (pct === '%') { total += 1; return ''; }
    n++;
    const wide = len === 'l' || len === 'll' || len === 'j' || len === 'z' || len === 't';
    const digits: Record<string, number> = { d: wide ? 20 : 11, i: wide ? 20 : 11, u: wide ? 20 : 10, x: wide ? 16 : 8, X: wide ? 16 : 8, o: wide ? 22 : 11, c: 1 };
    const d = digits[conv];
    if (d === undefined) { total = NaN; return ''; }
    total += Math.max(d + 2, Number(width ?? 0), Number(prec ?? 0) + 2);
    return '';
  });
  if (Number.isNaN(total) || n !== nargs) return undefined;
  return total + rest.length;
}

/** the size of a `char name[N]` array declared in the function (N a number or a #define / enum constant of the file) */
function declaredChars(dst: string, fn: SNode): number | undefined {
  if (!/^[A-Za-z_]\w*$/.test(dst.trim())) return undefined;
  const m = new RegExp(`\\bchar\\s+${esc(dst.trim())}\\s*\\[\\s*(\\w+)\\s*\\]`).exec(fn.text);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : constantOf(m[1], fn);
}

/** a #define / enum / const integer constant of the file */
function constantOf(name: string, fn: SNode): number | undefined {
  let root: SNode = fn;
  while (root.parent) root = root.parent;
  const d = new RegExp(`#\\s*define\\s+${esc(name)}\\s+\\(?(\\d+)\\)?\\s*$|\\b${esc(name)}\\s*=\\s*(\\d+)\\b`, 'm').exec(root.text);
  return d ? Number(d[1] ?? d[2]) : undefined;
}

/** is every string this copy call writes bounded by a check or by the destination's allocation? */
export function copyBounded(call: SNode, fn: SNode | undefined): boolean {
  if (!fn) return false;
  const { name: callee, args } = calleeOf(call);
  const name = callee.replace(/^std::/, '').trim();
  if (args.length < 2) return false;
  let srcs: SNode[] | undefined;
  if (/^(strcpy|strcat|wcscpy|wcscat|lstrcpy|lstrcat|_tcscpy|_tcscat|_mbscpy|StrCpy|StrCat)$/.test(name)) srcs = [args[1]];
  else if (/^sprintf$/.test(name)) srcs = args.length >= 2 ? stringArgs(args[1], args.slice(2)) : undefined;
  if (!srcs) return false;
  // numbers only (%d, %u, %x …): bounded when the destination array is known to hold the longest output
  if (!srcs.length) {
    const max = name === 'sprintf' ? formatMax(args[1], args.length - 2) : undefined;
    const have = declaredChars(args[0].text, fn);
    return max !== undefined && have !== undefined && max < have;
  }
  const pre = fn.text.slice(0, Math.max(0, call.start - fn.start));
  const dst = args[0].text;
  for (const s of srcs) {
    if (s.type === 'string_literal' || s.type === 'concatenated_string') continue;
    const terms = lengthTerms(s.text, pre);
    if (!guarded(call, terms, (nm) => constantOf(nm, fn), declaredChars(dst, fn)) && !allocatedFromLength(dst, pre, terms)) return false;
  }
  return true;
}

/** C / C++: an allocation size that only adds small constants to lengths of objects already in memory or to
 *  integers of at most 16 bits (`*len + n + 1` where
 *  `n` is the length parameter of a `(const char *data, size_t n)` pair and `len` a `size_t *` the
 *  function keeps for its buffer, or `strlen` results): such a sum cannot wrap size_t, unlike a product
 *  or a count announced by a peer. */
export function memorySum(sink: SNode, fn: SNode | undefined): boolean {
  if (!fn) return false;
  const t = sink.text.replace(/\bsizeof\s*\([^()]*\)|\bsizeof\s+\w+/g, '0');
  if (/[*](?!\s*[A-Za-z_(])|<<|[/%-]/.test(t.replace(/(^|[+(]\s*)\*/g, '$1'))) return false;
  if (/\w\s*\*\s*\w/.test(t)) return false;
  const decl = fn.children.find((c) => c.field === 'declarator');
  const params = decl ? (/\(([\s\S]*)\)/.exec(decl.text)?.[1] ?? '').split(',').map((p) => p.trim()) : [];
  const pairLen = new Set<string>(), lenPtr = new Set<string>();
  params.forEach((p, i) => {
    const m = /\bsize_t\s+(\w+)$/.exec(p);
    if (m && i > 0 && /\*\s*\w+$|\[\s*\]$/.test(params[i - 1]) && !/\bsize_t\b/.test(params[i - 1])) pairLen.add(m[1]);
    const q = /\bsize_t\s*\*\s*(\w+)$/.exec(p);
    if (q) lenPtr.add(q[1]);
  });
  // integers of at most 16 bits declared in the function (a uint16_t length field) cannot wrap size_t when added to
  const small = new Set<string>();
  for (const m of fn.text.matchAll(/\b(?:uint8_t|uint16_t|u_?int(?:8|16)|u8|u16|guint8|guint16|unsigned\s+(?:short|char)|WORD|BYTE)\s+([A-Za-z_]\w*)\s*[=;,)]/g)) small.add(m[1]);
  const ids = t.replace(/\b(strlen|strnlen|wcslen)\s*\([^()]*\)/g, '0').replace(/\(\s*(?:const\s+)?(?:unsigned\s+|signed\s+)?(?:size_t|ssize_t|u?int\d*_t|int|long|long\s+long|short|char|unsigned|gsize|DWORD)\s*\)/g, '').match(/\*?\s*[A-Za-z_]\w*(\s*(->|\.)\s*\w+)*/g) ?? [];
  if (!ids.length) return false;
  return ids.every((raw) => {
    const id = raw.replace(/\s+/g, '');
    if (/^[A-Z][A-Z0-9_]*$/.test(id)) return true;
    if (id.startsWith('*')) return lenPtr.has(id.slice(1));
    return pairLen.has(id) || small.has(id);
  });
}

/** C / C++: the struct field used here (`c->rx`, `m.body`) was released before in the same function by a
 *  statement that always runs first (`free(c->rx);` / `delete[] m.body;` in this block or an enclosing
 *  one, not inside a branch) and not assigned since. */
export function fieldReleased(use: SNode, fn: SNode | undefined): boolean {
  if (!fn) return false;
  const v = norm(use.text);
  if (!/^[A-Za-z_]\w*(?:(?:->|\.)[A-Za-z_]\w*)+$/.test(v)) return false;
  const ev = esc(v);
  const release = new RegExp(`^(?:(?:free|g_free|cfree|kfree)\\(${ev}\\)|delete(?:\\[\\])? ?${ev});$`);
  const assigns = new RegExp(`(?<![\\w.>])${ev}=(?!=)|&${ev}\\b`);
  for (let a: SNode = use; a.parent && a !== fn; a = a.parent) {
    const p = a.parent;
    if (p.type !== 'compound_statement') continue;
    let freed = false;
    for (const s of p.children) {
      if (s === a) break;
      const t = norm(s.text);
      if (s.type === 'expression_statement' && release.test(t)) freed = true;
      else if (freed && assigns.test(t)) freed = false;
    }
    if (freed) {
      // assigned inside the use's own statement before the use (c->rx = NULL, then …)?
      const stmt = p.children.find((s) => s === a);
      if (stmt && assigns.test(norm(stmt.text.slice(0, Math.max(0, use.start - stmt.start))))) return false;
      return true;
    }
  }
  return false;
}
