// A string built from constant text and values (f-strings, %, .format, +, template literals) as
// a list of pieces, so that SQL and shell repairs can see which parts are constant and where the
// values go; plus literal writers to emit the repaired constant text.
import type { CodeLanguage, SNode } from '../parse.js';
import { child, named } from './edits.js';

export type Piece = { kind: 'text'; text: string } | { kind: 'expr'; text: string; conv?: 's' | 'd' };

const PY_ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
const JS_ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '`': '`', '0': '\0', b: '\b', f: '\f', v: '\v', $: '$', '\n': '' };

function decode(raw: string, table: Record<string, string>): string | undefined {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') {
      out += raw[i];
      continue;
    }
    const c = raw[++i];
    if (c in table) out += table[c];
    else if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else return undefined; // an escape we do not model: do not guess
  }
  return out;
}

function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') last.text += p.text;
    else if (p.kind !== 'text' || p.text) out.push({ ...p });
  }
  return out;
}

function pyString(n: SNode): Piece[] | undefined {
  const start = n.children.find((c) => c.type === 'string_start')?.text ?? n.text.match(/^[a-zA-Z]*['"]+/)?.[0] ?? '';
  const prefix = start.replace(/['"]/g, '').toLowerCase();
  if (prefix.includes('b') || (prefix.includes('u') && prefix.length > 1)) return undefined;
  const raw = prefix.includes('r');
  const f = prefix.includes('f');
  const out: Piece[] = [];
  for (const c of n.children) {
    if (c.type === 'string_start' || c.type === 'string_end' || c.type === '"') continue;
    if (c.type === 'interpolation') {
      if (child(c, 'type_conversion') || child(c, 'format_specifier')) return undefined;
      const e = child(c, 'expression') ?? named(c)[0];
      if (!e) return undefined;
      out.push({ kind: 'expr', text: e.text, conv: 's' });
    } else {
      let t = raw ? c.text : decode(c.text, PY_ESC);
      if (t === undefined) return undefined;
      if (f) t = t.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      out.push({ kind: 'text', text: t });
    }
  }
  return out;
}

/** %-formatting: "a %s b" % (x,) → pieces; undefined for %(name)s, %r, width/precision. */
function percent(fmt: Piece[], right: SNode): Piece[] | undefined {
  if (fmt.some((p) => p.kind !== 'text')) return undefined;
  const s = (fmt[0] as { text: string } | undefined)?.text ?? '';
  const args = right.type === 'tuple' ? named(right) : [right];
  const out: Piece[] = [];
  let k = 0;
  let buf = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '%') {
      buf += s[i];
      continue;
    }
    const c = s[++i];
    if (c === '%') buf += '%';
    else if (c === 's' || c === 'd' || c === 'i') {
      if (k >= args.length) return undefined;
      out.push({ kind: 'text', text: buf });
      buf = '';
      out.push({ kind: 'expr', text: args[k++].text, conv: c === 's' ? 's' : 'd' });
    } else return undefined;
  }
  if (k !== args.length) return undefined;
  out.push({ kind: 'text', text: buf });
  return out;
}

/** "…{}…{0}…{name}…".format(args) → pieces. */
function dotFormat(fmt: Piece[], call: SNode): Piece[] | undefined {
  if (fmt.some((p) => p.kind !== 'text')) return undefined;
  const s = (fmt[0] as { text: string } | undefined)?.text ?? '';
  const args = named(child(call, 'arguments')!);
  const pos = args.filter((a) => a.type !== 'keyword_argument');
  const kw = new Map(args.filter((a) => a.type === 'keyword_argument').map((a) => [child(a, 'name')!.text, child(a, 'value')!]));
  const out: Piece[] = [];
  let auto = 0;
  let buf = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{' && s[i + 1] === '{') { buf += '{'; i++; continue; }
    if (s[i] === '}' && s[i + 1] === '}') { buf += '}'; i++; continue; }
    if (s[i] !== '{') { buf += s[i]; continue; }
    const close = s.indexOf('}', i);
    if (close < 0) return undefined;
    const field = s.slice(i + 1, close);
    let v: SNode | undefined;
    if (field === '') v = pos[auto++];
    else if (/^\d+$/.test(field)) v = pos[Number(field)];
    else if (/^[A-Za-z_]\w*$/.test(field)) v = kw.get(field);
    if (!v) return undefined;
    out.push({ kind: 'text', text: buf });
    buf = '';
    out.push({ kind: 'expr', text: v.text, conv: 's' });
    i = close;
  }
  out.push({ kind: 'text', text: buf });
  return out;
}

function jsString(n: SNode): Piece[] | undefined {
  const out: Piece[] = [];
  for (const c of n.children) {
    if (c.type === '"' || c.type === "'" || c.type === '`') continue;
    if (c.type === 'template_substitution') {
      const e = named(c)[0];
      if (!e) return undefined;
      out.push({ kind: 'expr', text: e.text, conv: 's' });
    } else {
      const t = decode(c.text, JS_ESC);
      if (t === undefined) return undefined;
      out.push({ kind: 'text', text: t });
    }
  }
  return out;
}

/** The pieces of a string-building expression, or undefined when its shape is not one we model. */
export function templatePieces(n: SNode, lang: CodeLanguage): Piece[] | undefined {
  const r = pieces(n, lang);
  return r && merge(r);
}

function pieces(n: SNode, lang: CodeLanguage): Piece[] | undefined {
  if (n.type === 'parenthesized_expression') {
    const inner = named(n);
    return inner.length === 1 ? pieces(inner[0], lang) : undefined;
  }
  if (lang === 'python') {
    if (n.type === 'string') return pyString(n);
    if (n.type === 'concatenated_string') {
      const out: Piece[] = [];
      for (const c of named(n)) {
        const p = pyString(c);
        if (!p) return undefined;
        out.push(...p);
      }
      return out;
    }
    if (n.type === 'binary_operator') {
      const op = child(n, 'operator')?.text;
      const l = child(n, 'left')!;
      const r = child(n, 'right')!;
      if (op === '+') {
        const a = pieces(l, lang);
        const b = pieces(r, lang);
        return a && b ? [...a, ...b] : undefined;
      }
      if (op === '%') {
        const f = pieces(l, lang);
        return f && percent(merge(f), r);
      }
      return undefined;
    }
    if (n.type === 'call') {
      const fn = child(n, 'function');
      if (fn?.type === 'attribute' && child(fn, 'attribute')?.text === 'format') {
        const obj = child(fn, 'object')!;
        if (obj.type === 'string' || obj.type === 'concatenated_string' || obj.type === 'parenthesized_expression') {
          const f = pieces(obj, lang);
          return f && dotFormat(merge(f), n);
        }
      }
    }
  } else {
    if (n.type === 'string' || n.type === 'template_string') return jsString(n);
    if (n.type === 'binary_expression' && child(n, 'operator')?.text === '+') {
      const a = pieces(child(n, 'left')!, lang);
      const b = pieces(child(n, 'right')!, lang);
      return a && b ? [...a, ...b] : undefined;
    }
  }
  if (n.type === 'string' || n.type === 'template_string') return undefined;
  return [{ kind: 'expr', text: n.text }];
}

/** A Python string literal for s (triple-quoted when it spans lines, to stay readable). */
export function pyLiteral(s: string): string {
  if (s.includes('\n') && !s.includes('"""') && !s.endsWith('"') && !s.includes('\\') && !/[\r\0]/.test(s)) return `"""${s}"""`;
  const q = s.includes('"') && !s.includes("'") ? "'" : '"';
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\0/g, '\\0') + q;
}

/** A JS string literal for s (a template literal when it spans lines). */
export function jsLiteral(s: string): string {
  if (s.includes('\n') && !/[`\\$\r\0]/.test(s)) return '`' + s + '`';
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\0/g, '\\0') + q;
}

/** An expression equal to the concatenation of pieces, as a string (f-string / template literal). */
export function stringExpr(parts: Piece[], lang: CodeLanguage): string {
  if (parts.length === 1 && parts[0].kind === 'expr') return lang === 'python' ? `str(${parts[0].text})` : `String(${parts[0].text})`;
  if (parts.every((p) => p.kind === 'text')) return (lang === 'python' ? pyLiteral : jsLiteral)(parts.map((p) => p.text).join(''));
  if (lang === 'python') {
    const body = parts.map((p) => (p.kind === 'text' ? p.text.replace(/\\/g, '\\\\').replace(/\{/g, '{{').replace(/\}/g, '}}').replace(/"/g, '\\"').replace(/\n/g, '\\n') : `{${p.text}}`)).join('');
    return `f"${body}"`;
  }
  return '`' + parts.map((p) => (p.kind === 'text' ? p.text.replace(/[\\`$]/g, (m) => '\\' + m) : '${' + p.text + '}')).join('') + '`';
}
