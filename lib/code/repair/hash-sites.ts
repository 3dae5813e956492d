// Where a hash is computed and how its digest is used, read off the syntax tree: the hash
// constructor call (hashlib.md5(x) / hashlib.new('md5', x) / crypto.createHash('md5')), the value
// hashed, the whole digest expression (….hexdigest(), ….update(x).digest('hex')), and whether the
// digest is compared with == / != (directly, or through a variable used only there). The hash and
// password repairs decide from this what to rewrite.
import type { SNode } from '../parse.js';
import { callArgs, child, named, scopeOf, walk } from './edits.js';

/** Names the analyzer (py/js.password-fast-hash) and people use for passwords and other secrets. */
export const PASSWORD_NAME = /passw|passphrase|secret|credential|(?<![a-z])(pwd|pw|pin)(?![a-z])/i;

const PY_CONSTRUCTOR = /^hashlib\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs]|new)$/;

export interface HashSite {
  /** the constructor call */
  call: SNode;
  /** the value hashed (undefined: fed by .update() in other statements) */
  data?: SNode;
  /** the expression whose value is the digest (undefined: the digest is taken in other statements) */
  expr?: SNode;
  /** the digest as text (hex/base64) or as bytes (Python bytes / Node Buffer) */
  form?: 'text' | 'bytes';
  /** the digest compared with == / != : the comparison node and the other operand */
  compare?: { node: SNode; other: SNode; negated: boolean; via?: SNode };
  /** is what is hashed a password (by name, or by where the digest goes)? */
  password: boolean;
}

/** Is n a hash constructor call? */
export function isConstructor(n: SNode, python: boolean): boolean {
  if (python) return n.type === 'call' && PY_CONSTRUCTOR.test(child(n, 'function')?.text ?? '');
  if (n.type !== 'call_expression') return false;
  const fn = child(n, 'function');
  const name = fn?.type === 'member_expression' ? child(fn, 'property')?.text : fn?.text;
  return name === 'createHash';
}

/** The constructor call a finding points at (the call itself, one inside it, or the object of a JS .update()). */
export function constructorAt(node: SNode, python: boolean): SNode | undefined {
  for (const d of walk(node)) if (isConstructor(d, python)) return d;
  for (let p: SNode | null = node; p; p = p.parent) if (isConstructor(p, python)) return p;
  return undefined;
}

const method = (n: SNode | null | undefined, python: boolean, names: RegExp): SNode | undefined => {
  // n.<name>(…) with n the object: the call node
  if (!n?.parent) return undefined;
  const acc = n.parent;
  if (acc.type !== (python ? 'attribute' : 'member_expression') || child(acc, 'object') !== n) return undefined;
  if (!names.test(child(acc, python ? 'attribute' : 'property')?.text ?? '')) return undefined;
  return acc.parent?.type === (python ? 'call' : 'call_expression') ? acc.parent : undefined;
};

function comparison(expr: SNode, python: boolean): { node: SNode; other: SNode; negated: boolean } | undefined {
  const p = expr.parent;
  if (!p) return undefined;
  if (python && p.type === 'comparison_operator') {
    const ops = p.children.filter((c) => !c.named).map((c) => c.text);
    const operands = named(p);
    if (ops.length !== 1 || operands.length !== 2 || !['==', '!='].includes(ops[0])) return undefined;
    return { node: p, other: operands[0] === expr ? operands[1] : operands[0], negated: ops[0] === '!=' };
  }
  if (!python && p.type === 'binary_expression') {
    const op = child(p, 'operator')?.text ?? '';
    if (!['==', '===', '!=', '!=='].includes(op)) return undefined;
    const other = child(p, 'left') === expr ? child(p, 'right') : child(p, 'left');
    return other ? { node: p, other, negated: op.startsWith('!') } : undefined;
  }
  return undefined;
}

/** `v = expr` where v is used exactly once after, in an == / != comparison: that comparison. */
function comparedVariable(expr: SNode, python: boolean): { node: SNode; other: SNode; negated: boolean; via: SNode } | undefined {
  const p = expr.parent;
  let name: SNode | undefined;
  if (python && p?.type === 'assignment' && child(p, 'right') === expr) name = child(p, 'left');
  if (!python && p?.type === 'variable_declarator' && child(p, 'value') === expr) name = child(p, 'name');
  if (name?.type !== 'identifier') return undefined;
  const uses: SNode[] = [];
  for (const n of walk(scopeOf(expr))) if (n.type === 'identifier' && n.text === name.text && n !== name) uses.push(n);
  if (uses.length !== 1 || uses[0].start < expr.end) return undefined;
  const c = comparison(uses[0], python);
  return c && { ...c, via: uses[0] };
}

// where a stored digest may go as a whole: returned, assigned, kept in a dict, passed to a call
const STORE_PARENTS = new Set(['return_statement', 'assignment', 'augmented_assignment', 'pair', 'keyword_argument', 'argument_list', 'arguments', 'variable_declarator', 'assignment_expression', 'expression_list', 'tuple', 'list', 'array', 'interpolation', 'template_substitution', 'parenthesized_expression']);
const COMPARING = new Set(['comparison_operator', 'binary_expression', 'boolean_operator', 'not_operator', 'unary_expression', 'if_statement', 'while_statement', 'conditional_expression', 'ternary_expression']);

/**
 * Can a stored digest at expr become a salted hash without changing a decision? Yes when it only
 * goes somewhere as a whole (returned, assigned, passed on) and, through a variable, is never
 * compared or tested: `h in known`, `h.upper()`, `h[:8]` would silently decide differently.
 */
export function storable(expr: SNode, python: boolean): boolean {
  const p = expr.parent;
  if (!p || !STORE_PARENTS.has(p.type)) return false;
  // passed on into a comparison (b64encode(digest) == stored): a salted value would decide differently
  for (let a: SNode | null = p; a && !/statement$|declaration$|^(block|module|program|statement_block)$/.test(a.type); a = a.parent)
    if (COMPARING.has(a.type)) return false;
  const name = python ? (p.type === 'assignment' ? child(p, 'left') : undefined) : p.type === 'variable_declarator' ? child(p, 'name') : p.type === 'assignment_expression' ? child(p, 'left') : undefined;
  if (!name || name.type !== 'identifier') return true;
  for (const n of walk(scopeOf(expr)))
    if (n.type === 'identifier' && n.text === name.text && n !== name && n.start > expr.end && n.parent && (COMPARING.has(n.parent.type) || n.parent.type === (python ? 'attribute' : 'member_expression') || n.parent.type === (python ? 'subscript' : 'subscript_expression')))
      return false;
  return true;
}

/** Reads one hash site off the tree (see the module comment). */
export function readSite(call: SNode, python: boolean): HashSite {
  const { positional } = callArgs(call);
  const site: HashSite = { call, password: false };
  let digestCall: SNode | undefined;
  if (python) {
    site.data = child(call, 'function')!.text === 'hashlib.new' ? positional[1] : positional[0];
    digestCall = method(call, true, /^(hexdigest|digest)$/);
    if (digestCall && callArgs(digestCall).positional.length === 0) site.form = /hexdigest\b/.test(child(digestCall, 'function')!.text) ? 'text' : 'bytes';
  } else {
    const update = method(call, false, /^update$/);
    const uArgs = update ? callArgs(update).positional : [];
    // one update with the data (an optional utf8 encoding), then digest()
    if (update && uArgs.length >= 1 && (uArgs.length === 1 || /^['"`](utf-?8)['"`]$/i.test(uArgs[1].text))) {
      site.data = uArgs[0];
      digestCall = method(update, false, /^digest$/);
      const enc = digestCall ? callArgs(digestCall).positional : [];
      if (digestCall) site.form = enc.length === 0 ? 'bytes' : /^['"`](hex|base64|base64url|latin1|binary)['"`]$/.test(enc[0].text) ? 'text' : undefined;
    }
  }
  if (site.data && digestCall && site.form) site.expr = digestCall;
  if (site.expr) site.compare = comparison(site.expr, python) ?? comparedVariable(site.expr, python);
  site.password = isPasswordSite(site, python);
  return site;
}

function isPasswordSite(site: HashSite, python: boolean): boolean {
  const texts: string[] = [];
  if (site.data) texts.push(site.data.text);
  if (site.compare) texts.push(site.compare.other.text);
  // where the digest is kept: user.password_hash = …, "password": …
  const holder = site.expr?.parent;
  if (holder && (holder.type === 'assignment' || holder.type === 'variable_declarator' || holder.type === 'assignment_expression' || holder.type === 'pair' || holder.type === 'keyword_argument'))
    texts.push((child(holder, 'left') ?? child(holder, 'name') ?? child(holder, 'key'))?.text ?? '');
  // a digest fed in other statements: what .update() is given in the same function
  if (!site.data) {
    const v = site.call.parent && (child(site.call.parent, 'left') ?? child(site.call.parent, 'name'));
    if (v?.type === 'identifier')
      for (const n of walk(scopeOf(site.call))) {
        const fn = n.type === (python ? 'call' : 'call_expression') ? child(n, 'function') : undefined;
        if (fn && fn.text === `${v.text}.update`) texts.push(...callArgs(n).positional.map((a) => a.text));
      }
  }
  // the function doing it: def hash_password(s), function checkPin(…)
  const fn = scopeOf(site.call);
  const fname = fn.parent ? child(fn, 'name')?.text : undefined;
  if (fname) texts.push(fname);
  return texts.some((t) => PASSWORD_NAME.test(t));
}
