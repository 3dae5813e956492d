// Intra-procedural taint tracking on the mirrored syntax tree. A value is a bit set: SOURCE (from a
// known input: request parameters, input(), argv, the environment…), PARAM (a parameter of the
// enclosing function), UNKNOWN (not a constant, origin not known) and BUILT (a string assembled
// from pieces: concatenation, formatting, interpolation). CONST is 0. Sanitizer calls give 0.
//
// Reaching definitions are approximated in source order: the definitions of a variable that come
// before the use in the same function are joined, walking back from the use, until one that
// overwrites the variable and dominates the use (is not inside a branch the use is not in, unless
// that branch is certainly taken).
//
// Constant conditions are folded (constOf: number, string, boolean and null literals, arithmetic,
// comparisons, boolean operators, variables with a single constant definition, a few methods of
// constant strings): a branch whose condition is constant is dead or certainly taken - the arms of
// `if`/`elif`/`else`, ternaries, and the cases of a `switch` on a constant (with fall-through).
// Definitions in dead code do not reach anything, and a ternary with a constant condition has the
// value of its live arm only.
import type { CodeLanguage, SNode } from './parse.js';
import type { TaintSpec } from './rules.js';
import { calleeOf, childByField, familyOf, isBranching, namedChildren, profileOf, type SyntaxProfile } from './syntax.js';

export const SOURCE = 1;
export const PARAM = 2;
export const UNKNOWN = 4;
export const BUILT = 8;
export const ORIGIN = SOURCE | PARAM | UNKNOWN;

interface Def {
  /** the statement / node that defines */
  at: SNode;
  /** the value expression(s); `fixed` gives a value directly */
  rhs: SNode[];
  fixed?: number;
  /** overwrites the variable (x = …), as opposed to adding to it (x += …, x.append(…)) */
  kills: boolean;
  /** writes one constant key of a map/dict (m["k"] = v, map.put("k", v)): reaches only reads of that key */
  key?: string;
}

/** The key of a literal string or number (no interpolation), for key-sensitive maps. */
function literalKey(n: SNode | undefined, P: SyntaxProfile): string | undefined {
  if (!n) return undefined;
  while (n && (n.type === 'parenthesized_expression' || n.type === 'string_literal_expression') && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
  if (!n) return undefined;
  if (NUMBER_TYPES.has(n.type)) return n.text;
  if (!P.strings.has(n.type) || n.type === 'concatenated_string' || n.children.some((c) => P.interpolations.has(c.type))) return undefined;
  const m = /^[a-zA-Z]*("{3}|'{3}|"|'|`)([\s\S]*)\1$/.exec(n.text);
  return m ? m[2] : undefined;
}

/** The constant key of a subscript (x["k"], $x['k']), or undefined. */
function subscriptKey(n: SNode, P: SyntaxProfile): { base: SNode; key: string } | undefined {
  if (n.type !== 'subscript' && n.type !== 'subscript_expression' && n.type !== 'element_reference') return undefined;
  const base = childByField(n, 'value') ?? childByField(n, 'object') ?? namedChildren(n)[0];
  const idx = childByField(n, 'subscript') ?? childByField(n, 'index') ?? namedChildren(n)[1];
  if (!base || !idx || !P.identifiers.has(base.type) || namedChildren(n).length !== 2) return undefined;
  const key = literalKey(idx, P);
  return key === undefined ? undefined : { base, key };
}

const MAP_PUT = new Set(['put', 'set', 'setdefault', 'putIfAbsent', 'setAttribute', 'setProperty', '__setitem__']);
const MAP_GET = new Set(['get', 'getOrDefault', 'getAttribute', 'getProperty', 'pop', 'remove', '__getitem__', 'opt', 'optString', 'getString']);

interface Scope {
  node: SNode;
  params: Set<string>;
  defs: Map<string, Def[]>;
  parent: Scope | undefined;
}

const NOT_PARAMS = new Set(['self', 'cls', 'this', '$this']);
const MAX_DEPTH = 48;

/** A compile-time constant value. */
export type ConstValue = number | string | boolean | null;
const NC = Symbol('not constant');
type ArmState = 'taken' | 'dead' | 'maybe';

const NUMBER_TYPES = new Set(['integer', 'float', 'number', 'number_literal', 'decimal_integer_literal', 'hex_integer_literal', 'octal_integer_literal', 'binary_integer_literal', 'decimal_floating_point_literal']);
const WRAPPERS = new Set(['parenthesized_expression', 'condition', 'expression_statement', 'parenthesized_condition']);
const TERNARIES = new Set(['conditional_expression', 'ternary_expression']);
const IFS = new Set(['if_statement', 'elif_clause', 'else_if_clause']);
const SWITCH_GROUPS = new Set(['switch_block_statement_group', 'switch_case', 'switch_default', 'case_statement', 'default_statement', 'switch_rule']);
const JUMPS = new Set(['break_statement', 'return_statement', 'continue_statement', 'throw_statement', 'goto_statement']);

function truthy(v: ConstValue): boolean {
  return !(v === false || v === null || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

/** a op b on constants (undefined: not foldable). `intDiv`: C and Java integer division. */
function fold(op: string, a: ConstValue, b: ConstValue, intDiv: boolean): ConstValue | undefined {
  const num = typeof a === 'number' && typeof b === 'number';
  const x = a as number;
  const y = b as number;
  const ordered = num || (typeof a === 'string' && typeof b === 'string');
  switch (op) {
    case '+':
      if (num) return x + y;
      return typeof a === 'string' || typeof b === 'string' ? String(a) + String(b) : undefined;
    case '.':
      return String(a ?? '') + String(b ?? '');
    case '-':
      return num ? x - y : undefined;
    case '*':
      return num ? x * y : undefined;
    case '/':
      if (!num || y === 0) return undefined;
      return intDiv && Number.isInteger(x) && Number.isInteger(y) ? Math.trunc(x / y) : x / y;
    case '//':
      return num && y !== 0 ? Math.floor(x / y) : undefined;
    case '%':
      return num && y !== 0 ? x % y : undefined;
    case '**':
      return num ? x ** y : undefined;
    case '<<':
      return num ? x << y : undefined;
    case '>>':
      return num ? x >> y : undefined;
    case '&':
      return num ? x & y : undefined;
    case '|':
      return num ? x | y : undefined;
    case '^':
      return num ? x ^ y : undefined;
    case '==':
    case '===':
    case 'is':
      return a === b;
    case '!=':
    case '!==':
    case '<>':
    case 'is not':
      return a !== b;
    case '<':
      return ordered ? x < y : undefined;
    case '>':
      return ordered ? x > y : undefined;
    case '<=':
      return ordered ? x <= y : undefined;
    case '>=':
      return ordered ? x >= y : undefined;
    case 'in':
      return typeof a === 'string' && typeof b === 'string' ? b.includes(a) : undefined;
    case 'not in':
      return typeof a === 'string' && typeof b === 'string' ? !b.includes(a) : undefined;
    default:
      return undefined;
  }
}

export class TaintEngine {
  private readonly profile: SyntaxProfile;
  private readonly sources: RegExp[];
  private readonly sanitizers: RegExp[];
  private readonly mutators: Set<string>;
  private readonly outArgs: TaintSpec['outArgs'];
  private readonly scopes = new Map<SNode, Scope>();
  private readonly memo = new Map<SNode, number>();
  private readonly active = new Set<SNode>();
  private readonly constMemo = new Map<SNode, ConstValue | typeof NC>();
  private readonly armMemo = new Map<SNode, ArmState>();
  private budget = 200_000;

  constructor(
    readonly language: CodeLanguage,
    readonly root: SNode,
    spec: TaintSpec | undefined,
    extraSanitizers: string[] = [],
  ) {
    this.profile = profileOf(language);
    this.sources = (spec?.sources ?? []).map((s) => new RegExp(s));
    this.sanitizers = [...(spec?.sanitizers ?? []), ...extraSanitizers].map((s) => new RegExp(s));
    this.mutators = new Set(spec?.mutators ?? []);
    this.outArgs = spec?.outArgs ?? {};
  }

  /** The taint bits of the value of expression `n`. */
  valueOf(n: SNode): number {
    return this.evalNode(n, 0);
  }

  /** The constant value of expression `n`, or undefined when it is not a compile-time constant. */
  constOf(n: SNode, depth = 0): ConstValue | undefined {
    const m = this.constMemo.get(n);
    if (m !== undefined) return m === NC ? undefined : m;
    if (depth > MAX_DEPTH) return undefined;
    this.constMemo.set(n, NC); // a cycle (x = x + 1) is not a constant
    const v = this.computeConst(n, depth + 1);
    this.constMemo.set(n, v === undefined ? NC : v);
    return v;
  }

  /** True when `n` is in code that cannot run: the dead arm of a branch on a constant condition. */
  isDead(n: SNode, scope: SNode = this.scopeNodeOf(n)): boolean {
    for (let x: SNode | null = n; x && x.parent && x !== scope; x = x.parent) if (this.armState(x) === 'dead') return true;
    return false;
  }

  private truth(cond: SNode | undefined): boolean | undefined {
    if (!cond) return undefined;
    const c = this.constOf(cond);
    return c === undefined ? undefined : truthy(c);
  }

  private computeConst(n: SNode, depth: number): ConstValue | undefined {
    const P = this.profile;
    const t = n.type;
    const kids = () => namedChildren(n).filter((c) => !P.comments.has(c.type));
    if (WRAPPERS.has(t)) {
      const k = kids();
      return k.length === 1 ? this.constOf(k[0]!, depth) : undefined;
    }
    if (NUMBER_TYPES.has(t)) {
      const raw = n.text.replace(/_/g, '').replace(/[lLuUfFdD]+$/, '');
      const v = /^0[0-7]+$/.test(raw) ? parseInt(raw, 8) : Number(raw);
      return Number.isFinite(v) ? v : undefined;
    }
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'boolean') return /^true$/i.test(n.text) ? true : /^false$/i.test(n.text) ? false : undefined;
    if (t === 'none' || t === 'null' || t === 'null_literal' || t === 'nullptr') return null;
    if (t === 'character_literal' || t === 'char_literal') {
      const body = n.text.slice(1, -1);
      return body.length === 1 ? body : undefined;
    }
    if (P.strings.has(t) && t !== 'concatenated_string') {
      if (n.children.some((c) => P.interpolations.has(c.type))) return undefined;
      const m = /^[a-zA-Z]*("{3}|'{3}|"|'|`)([\s\S]*)\1$/.exec(n.text);
      return m && !m[2]!.includes('\\') && !m[2]!.includes('${') ? m[2]! : undefined;
    }
    if (P.identifiers.has(t)) return this.constVar(n, depth);
    if (t === 'unary_operator' || t === 'not_operator' || t === 'unary_expression') {
      const op = n.children.find((c) => !c.named)?.text ?? '';
      const k = kids();
      if (k.length !== 1) return undefined;
      const v = this.constOf(k[0]!, depth);
      if (v === undefined) return undefined;
      if (op === '!' || op === 'not') return !truthy(v);
      if (typeof v !== 'number') return undefined;
      return op === '-' ? -v : op === '+' ? v : op === '~' ? ~v : undefined;
    }
    if (P.binaries.has(t) || t === 'comparison_operator' || t === 'boolean_operator') {
      const k = kids();
      if (k.length !== 2) return undefined;
      const op = n.children.filter((c) => !c.named).map((c) => c.text).join(' ');
      const a = this.constOf(k[0]!, depth);
      if (/^(and|&&)$/.test(op)) {
        if (a !== undefined) return truthy(a) ? this.constOf(k[1]!, depth) : a;
        const b = this.constOf(k[1]!, depth);
        return b !== undefined && !truthy(b) ? false : undefined;
      }
      if (/^(or|\|\|)$/.test(op)) {
        if (a !== undefined) return truthy(a) ? a : this.constOf(k[1]!, depth);
        const b = this.constOf(k[1]!, depth);
        return b !== undefined && truthy(b) ? true : undefined;
      }
      if (a === undefined) return undefined;
      const b = this.constOf(k[1]!, depth);
      if (b === undefined) return undefined;
      return fold(op, a, b, this.language === 'java' || this.language === 'c' || this.language === 'cpp');
    }
    if (TERNARIES.has(t)) {
      const arm = this.liveTernaryArm(n);
      return arm ? this.constOf(arm, depth) : undefined;
    }
    if (P.calls.has(t)) {
      // a few pure methods of constant strings ("ABC".charAt(2), s.length(), "a".equals(b))
      const { name, object, args } = calleeOf(n);
      if (!object) return undefined;
      const o = this.constOf(object, depth);
      if (typeof o !== 'string') return undefined;
      const a = args.map((x) => this.constOf(x, depth));
      if (a.some((x) => x === undefined)) return undefined;
      switch (name) {
        case 'charAt':
          return typeof a[0] === 'number' && a[0] >= 0 && a[0] < o.length ? o.charAt(a[0]) : undefined;
        case 'length':
          return a.length === 0 ? o.length : undefined;
        case 'equals':
          return a.length === 1 ? o === a[0] : undefined;
        case 'equalsIgnoreCase':
          return a.length === 1 && typeof a[0] === 'string' ? o.toLowerCase() === a[0].toLowerCase() : undefined;
        case 'toUpperCase':
        case 'upper':
          return a.length === 0 ? o.toUpperCase() : undefined;
        case 'toLowerCase':
        case 'lower':
          return a.length === 0 ? o.toLowerCase() : undefined;
        case 'startswith':
        case 'startsWith':
          return a.length === 1 && typeof a[0] === 'string' ? o.startsWith(a[0]) : undefined;
        case 'endswith':
        case 'endsWith':
          return a.length === 1 && typeof a[0] === 'string' ? o.endsWith(a[0]) : undefined;
        default:
          return undefined;
      }
    }
    return undefined;
  }

  /** The value of a variable with exactly one reaching definition, constant and dominating the use. */
  private constVar(use: SNode, depth: number): ConstValue | undefined {
    const name = use.text;
    let scope: Scope | undefined = this.scopeOf(this.scopeNodeOf(use));
    let at = use;
    while (scope) {
      const sn = scope.node;
      const all = scope.defs.get(name) ?? [];
      // a variable written in a loop around the use may change between iterations
      if (all.some((d) => d.at.start >= at.end && this.inLoopAround(d.at, at, sn))) return undefined;
      const defs = all.filter((d) => d.at.end <= at.start && !this.isDead(d.at, sn));
      if (defs.length > 0) {
        const d = defs[defs.length - 1]!;
        if (!d.kills || d.fixed !== undefined || d.rhs.length !== 1 || /for/.test(d.at.parent?.type ?? '') || !this.dominates(d.at, at, sn)) return undefined;
        return this.constOf(d.rhs[0]!, depth);
      }
      if (scope.params.has(name) || !scope.parent) return undefined;
      // a constant of the enclosing scope (module level, closure), never written in this one
      if (all.length > 0) return undefined;
      at = scope.node;
      scope = scope.parent;
    }
    return undefined;
  }

  /** `def` lies in a loop that also contains `use` (below `scope`). */
  private inLoopAround(def: SNode, use: SNode, scope: SNode): boolean {
    for (let x: SNode | null = def.parent; x && x !== scope; x = x.parent)
      if (/^(for|while|do|enhanced_for|for_in|foreach)_statement$/.test(x.type) && this.isAncestor(x, use)) return true;
    return false;
  }

  /** The arm of a ternary that runs when its condition is constant (undefined: not known). */
  private liveTernaryArm(n: SNode): SNode | undefined {
    const { cond, then, other } = this.ternaryParts(n);
    const c = this.truth(cond);
    if (c === undefined) return undefined;
    return c ? then : other;
  }

  private ternaryParts(n: SNode): { cond?: SNode; then?: SNode; other?: SNode } {
    if (this.language === 'python') {
      const k = namedChildren(n).filter((c) => !this.profile.comments.has(c.type));
      return { then: k[0], cond: k[1], other: k[2] };
    }
    return { cond: childByField(n, 'condition'), then: childByField(n, 'consequence') ?? childByField(n, 'body'), other: childByField(n, 'alternative') };
  }

  /** Whether the arm `x` (a child of its parent) runs when its parent does: taken, dead or maybe. */
  private armState(x: SNode): ArmState {
    const m = this.armMemo.get(x);
    if (m) return m;
    this.armMemo.set(x, 'maybe'); // (a cycle through constant variables)
    const v = this.computeArm(x);
    this.armMemo.set(x, v);
    return v;
  }

  private computeArm(x: SNode): ArmState {
    const p = x.parent;
    if (!p) return 'taken';
    const t = p.type;
    if (IFS.has(t)) {
      const cond = childByField(p, 'condition');
      if (x === cond) return 'taken';
      const c = this.truth(cond);
      if (x.field === 'consequence' || x.field === 'body') return c === undefined ? 'maybe' : c ? 'taken' : 'dead';
      if (x.field === 'alternative') {
        // reached when this condition and those of the elif arms before it are all false
        if (c === true) return 'dead';
        let all = c === false;
        for (const sib of p.children) {
          if (sib === x) break;
          if (sib.field === 'alternative' && IFS.has(sib.type)) {
            const sc = this.truth(childByField(sib, 'condition'));
            if (sc === true) return 'dead';
            if (sc !== false) all = false;
          }
        }
        return all ? 'taken' : 'maybe';
      }
      return 'maybe';
    }
    if (t === 'else_clause' || t === 'else') return 'taken';
    if (TERNARIES.has(t)) {
      const { cond, then, other } = this.ternaryParts(p);
      if (x === cond) return 'taken';
      const c = this.truth(cond);
      if (c === undefined || (x !== then && x !== other)) return 'maybe';
      return (x === then) === c ? 'taken' : 'dead';
    }
    if (SWITCH_GROUPS.has(t)) return 'taken';
    if (SWITCH_GROUPS.has(x.type)) return this.caseState(x, p);
    if (t === 'switch_statement' || t === 'switch_expression') return 'taken';
    if ((t === 'try_statement' && x.field === 'body') || x.type === 'finally_clause' || t === 'finally_clause') return 'taken';
    if (t === 'with_statement' && x.field === 'body') return 'taken';
    return isBranching(p) ? 'maybe' : 'taken';
  }

  /** A case of a switch on a constant: taken (it matches, or an earlier match falls through to it) or dead. */
  private caseState(group: SNode, body: SNode): ArmState {
    const sw = /switch/.test(body.type) && body.type !== 'switch_block' && body.type !== 'switch_body' ? body : body.parent;
    if (!sw || !/^switch_(statement|expression)$/.test(sw.type)) return 'maybe';
    const discNode = childByField(sw, 'condition') ?? childByField(sw, 'value');
    const disc = discNode ? this.constOf(discNode) : undefined;
    if (disc === undefined) return 'maybe';
    const groups = body.children.filter((c) => SWITCH_GROUPS.has(c.type));
    const labelsOf = (g: SNode): { values: (ConstValue | undefined)[]; isDefault: boolean } => {
      if (g.type === 'switch_default' || g.type === 'default_statement') return { values: [], isDefault: true };
      const labels = g.children.filter((c) => c.type === 'switch_label');
      if (labels.length > 0) return { values: labels.flatMap((l) => namedChildren(l).map((v) => this.constOf(v))), isDefault: labels.some((l) => /^default\b/.test(l.text)) };
      const v = childByField(g, 'value');
      return v ? { values: [this.constOf(v)], isDefault: false } : { values: [], isDefault: /^default\b/.test(g.text) };
    };
    let start = -1;
    let unknown = false;
    for (const [i, g] of groups.entries()) {
      const l = labelsOf(g);
      if (l.values.some((v) => v === undefined)) unknown = true;
      if (l.values.some((v) => v === disc)) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      if (unknown) return 'maybe';
      start = groups.findIndex((g) => labelsOf(g).isDefault);
      if (start < 0) return 'dead';
    }
    const at = groups.indexOf(group);
    if (at < start) return 'dead';
    // fall through from the matched case until a case that ends in a jump
    for (let i = start; i < at; i++) {
      const g = groups[i]!;
      if (g.type === 'switch_rule') return 'dead';
      const last = [...namedChildren(g)].reverse().find((c) => !this.profile.comments.has(c.type));
      if (last && (JUMPS.has(last.type) || ((last.type === 'block' || last.type === 'compound_statement') && namedChildren(last).some((c) => JUMPS.has(c.type))))) return 'dead';
    }
    return 'taken';
  }

  /** `def` runs whenever `use` does: every branch arm around it also holds the use or is certainly taken. */
  private dominates(def: SNode, use: SNode, scope: SNode): boolean {
    return this.arms(def, scope).every((arm) => this.isAncestor(arm, use) || this.armState(arm) === 'taken');
  }

  /** The innermost function-like node around `n` (or the root). */
  scopeNodeOf(n: SNode): SNode {
    for (let p = n.parent; p; p = p.parent) if (this.profile.functions.has(p.type)) return p;
    return this.root;
  }

  private isSource(n: SNode): boolean {
    if (n.end - n.start > 400) return false;
    const t = n.text;
    return this.sources.some((r) => r.test(t));
  }

  private isSanitizer(calleeText: string): boolean {
    return this.sanitizers.some((r) => r.test(calleeText));
  }

  private evalNode(n: SNode, depth: number): number {
    const m = this.memo.get(n);
    if (m !== undefined) return m;
    if (depth > MAX_DEPTH || this.budget-- <= 0 || this.active.has(n)) return UNKNOWN;
    this.active.add(n);
    const v = this.compute(n, depth + 1);
    this.active.delete(n);
    this.memo.set(n, v);
    return v;
  }

  private union(nodes: SNode[], depth: number): number {
    let v = 0;
    for (const c of nodes) v |= this.evalNode(c, depth);
    return v;
  }

  private compute(n: SNode, depth: number): number {
    const P = this.profile;
    const t = n.type;
    if (P.comments.has(t)) return 0;
    if (P.constants.has(t)) return 0;
    if (P.strings.has(t)) {
      // a literal is constant unless it interpolates values (f-strings, `${}`, "$x")
      const parts: SNode[] = [];
      const walk = (x: SNode) => {
        for (const c of x.children) {
          if (P.interpolations.has(c.type)) parts.push(c);
          else if (c.type === 'string' || c.type === 'concatenated_string' || c.type === 'string_content' || c.type === 'heredoc_body' || c.type === 'string_value') walk(c);
        }
      };
      walk(n);
      if (parts.length === 0) return 0;
      const v = this.union(parts.map((p) => (P.identifiers.has(p.type) ? p : (namedChildren(p)[0] ?? p))), depth);
      return v & ORIGIN ? v | BUILT : v;
    }
    if (this.isSource(n) && (P.calls.has(t) || P.members.has(t) || P.identifiers.has(t) || t === 'subscript' || t === 'attribute' || t === 'identifier'))
      return SOURCE;
    if (P.identifiers.has(t)) return this.resolve(n, n.text, depth);
    if (P.calls.has(t)) return this.evalCall(n, depth);
    if (P.members.has(t)) {
      const sk = subscriptKey(n, P);
      if (sk) return this.resolve(sk.base, sk.base.text, depth, sk.key);
      const obj = childByField(n, 'object') ?? childByField(n, 'value') ?? childByField(n, 'argument') ?? childByField(n, 'array') ?? namedChildren(n)[0];
      if (!obj) return UNKNOWN;
      const v = this.evalNode(obj, depth);
      // obj.field of a local object: its origin; of `self`/`this`: unknown state
      return v === 0 && (obj.text === 'self' || obj.text === 'this' || obj.text === '$this') ? UNKNOWN : v;
    }
    if (t === 'comparison_operator' || t === 'not_operator') return 0;
    if (TERNARIES.has(t)) {
      const arm = this.liveTernaryArm(n);
      if (arm) return this.evalNode(arm, depth);
    }
    if (P.binaries.has(t)) {
      const op = n.children.find((c) => !c.named)?.text ?? '';
      const kids = namedChildren(n).filter((c) => !P.comments.has(c.type));
      if (/^(==|!=|===|!==|<|>|<=|>=|in|not in|is|is not|instanceof|&&|\|\||and|or|-|\*|\/|<<|>>|&|\||\^)$/.test(op) && !/^(and|or|&&|\|\|)$/.test(op)) {
        // comparisons and arithmetic give booleans and numbers: not an injection carrier
        return 0;
      }
      const v = this.union(kids, depth);
      // + (strings), . (PHP), % (Python formatting): a built string
      return v & ORIGIN && /^(\+|\.|%)$/.test(op) ? v | BUILT : v;
    }
    if (t === 'lambda' || P.functions.has(t)) return 0;
    if (t === 'cast_expression' || t === 'type_cast_expression' || t === 'cast') {
      const ty = (childByField(n, 'type') ?? n.children[1])?.text ?? '';
      if (/^\(?\s*(int|integer|float|double|bool|boolean|long|short|unsigned|size_t)\s*\)?$/i.test(ty)) return 0;
    }
    if (t === 'argument_list' || t === 'arguments') return this.union(namedChildren(n), depth);
    if (t === 'keyword_argument' || t === 'pair') {
      const val = childByField(n, 'value');
      return val ? this.evalNode(val, depth) : 0;
    }
    // anything else (parentheses, lists, tuples, dicts, conditional expressions…): its parts
    const kids = namedChildren(n).filter((c) => !P.comments.has(c.type));
    if (kids.length === 0) return n.named && /identifier|name/.test(t) ? UNKNOWN : 0;
    return this.union(kids, depth);
  }

  private evalCall(n: SNode, depth: number): number {
    const { callee, name, object, args } = calleeOf(n);
    const calleeText = callee === n ? `${object ? object.text + '.' : ''}${name}` : (callee?.text ?? '');
    if (this.isSanitizer(calleeText) || (name && this.isSanitizer(name))) return 0;
    // m.get("k") on a local map: only what was stored under "k" (and the default, when given)
    if (object && this.profile.identifiers.has(object.type) && MAP_GET.has(name) && args.length >= 1 && args.length <= 2) {
      const key = literalKey(args[0], this.profile);
      if (key !== undefined) return this.resolve(object, object.text, depth, key) | (args[1] ? this.evalNode(args[1], depth) : 0);
    }
    // the object a method is called on carries its taint to the result ("…".format(x), sb.toString())
    let v = this.union(args, depth);
    if (object) v |= this.evalNode(object, depth);
    else if (callee && (callee.type === 'attribute' || callee.type === 'member_expression' || callee.type === 'field_expression')) {
      const obj = namedChildren(callee)[0];
      if (obj) v |= this.evalNode(obj, depth);
    }
    if (/^(format|join|replace|concat|sprintf|vsprintf|printf|substring|substr|trim|strip|lower|upper|toLowerCase|toUpperCase|toString|valueOf|encode|decode|slice|split)$/.test(name) || /(^|\.)(sprintf|vsprintf|implode|str_replace|String\.format)$/.test(calleeText)) {
      if (v & ORIGIN) v |= BUILT;
    }
    return v;
  }

  // ---- scopes and definitions ----------------------------------------------------------------

  private scopeOf(node: SNode): Scope {
    const sn = node === this.root || this.profile.functions.has(node.type) ? node : this.scopeNodeOf(node);
    let s = this.scopes.get(sn);
    if (s) return s;
    s = { node: sn, params: new Set(), defs: new Map(), parent: sn === this.root ? undefined : this.scopeOf(this.scopeNodeOf(sn)) };
    this.scopes.set(sn, s);
    if (sn !== this.root) this.collectParams(sn, s.params);
    this.collectDefs(sn, s, sn);
    return s;
  }

  private collectParams(fn: SNode, out: Set<string>): void {
    let params = childByField(fn, 'parameters') ?? childByField(fn, 'parameter');
    if (!params) {
      // C/C++: the parameter list sits inside the declarator
      const decl = childByField(fn, 'declarator');
      const find = (x: SNode | undefined): SNode | undefined => {
        if (!x) return undefined;
        if (x.type === 'parameter_list') return x;
        for (const c of x.children) {
          const f = find(c);
          if (f) return f;
        }
        return undefined;
      };
      params = find(decl);
    }
    if (!params) return;
    if (this.profile.identifiers.has(params.type)) {
      out.add(params.text);
      return;
    }
    const walk = (x: SNode) => {
      if (x.field === 'type' || x.type === 'type_identifier' || x.type === 'primitive_type' || x.field === 'default' || x.field === 'value') return;
      if (this.profile.identifiers.has(x.type) && !NOT_PARAMS.has(x.text)) out.add(x.text);
      for (const c of x.children) walk(c);
    };
    walk(params);
  }

  /** The variable a left-hand side writes and whether it overwrites it. */
  private target(lhs: SNode): { name: string; kills: boolean }[] {
    const P = this.profile;
    if (P.identifiers.has(lhs.type)) return [{ name: lhs.text, kills: true }];
    if (lhs.type === 'pattern_list' || lhs.type === 'tuple_pattern' || lhs.type === 'list_pattern' || lhs.type === 'array_pattern' || lhs.type === 'object_pattern' || lhs.type === 'list_literal')
      return namedChildren(lhs).flatMap((c) => this.target(c).map((x) => ({ ...x, kills: false })));
    if (lhs.type === 'pointer_declarator' || lhs.type === 'array_declarator' || lhs.type === 'reference_declarator' || lhs.type === 'init_declarator') {
      const d = childByField(lhs, 'declarator') ?? namedChildren(lhs)[0];
      return d ? this.target(d) : [];
    }
    // a.b = x, a[i] = x, *p = x: adds to the base variable
    let base: SNode | undefined = lhs;
    for (let i = 0; i < 8 && base && !P.identifiers.has(base.type); i++)
      base = childByField(base, 'object') ?? childByField(base, 'value') ?? childByField(base, 'argument') ?? childByField(base, 'array') ?? namedChildren(base)[0];
    return base && P.identifiers.has(base.type) ? [{ name: base.text, kills: false }] : [];
  }

  private addDef(s: Scope, name: string, d: Def): void {
    let l = s.defs.get(name);
    if (!l) s.defs.set(name, (l = []));
    l.push(d);
  }

  private collectDefs(top: SNode, s: Scope, scopeNode: SNode): void {
    const P = this.profile;
    // iterative pre-order walk (deeply nested code must not overflow the stack)
    const stack: SNode[] = [...top.children].reverse();
    while (stack.length) {
      const c = stack.pop()!;
      if (P.functions.has(c.type) && c !== scopeNode) {
        // a nested function: its name is a definition here, its body its own scope
        const nm = childByField(c, 'name');
        if (nm) this.addDef(s, nm.text, { at: c, rhs: [], fixed: 0, kills: true });
        continue;
      }
      const a = P.assigns[c.type];
      if (a) {
        const lhs = childByField(c, a.lhs);
        const rhs = childByField(c, a.rhs);
        if (lhs) {
          const op = c.children.find((x) => !x.named && /=$/.test(x.text))?.text ?? '=';
          const aug = a.aug || (op !== '=' && op !== ':=' && op !== '=&' && /[-+*/.%|&^]=$/.test(op));
          const sk = subscriptKey(lhs, P);
          if (sk) this.addDef(s, sk.base.text, { at: c, rhs: rhs ? [rhs] : [], kills: !aug, key: sk.key });
          else for (const tg of this.target(lhs)) this.addDef(s, tg.name, { at: /for/.test(c.type) ? lhs : c, rhs: rhs ? [rhs] : [], fixed: rhs ? undefined : 0, kills: tg.kills && !aug });
        }
      } else if (P.calls.has(c.type)) this.callDefs(c, s);
      else if (c.type === 'foreach_statement') {
        // PHP: foreach ($xs as $k => $v)
        const kids = namedChildren(c);
        const src = kids[0];
        for (const k of kids.slice(1)) {
          if (k.type === 'compound_statement' || k.type === 'colon_block') break;
          const vars = k.type === 'pair' ? namedChildren(k) : [k];
          for (const v of vars) for (const tg of this.target(v)) this.addDef(s, tg.name, { at: c, rhs: src ? [src] : [], kills: false });
        }
      }
      for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
    }
  }

  /** x.append(y) adds y to x; strcpy(dst, src), fgets(buf, …), settype($x, "int") write their argument. */
  private callDefs(c: SNode, s: Scope): void {
    const { name, object, args } = calleeOf(c);
    if (object && MAP_PUT.has(name) && args.length === 2 && this.profile.identifiers.has(object.type)) {
      const key = literalKey(args[0], this.profile);
      if (key !== undefined) {
        this.addDef(s, object.text, { at: c, rhs: [args[1]!], kills: true, key });
        return;
      }
    }
    if (object && this.mutators.has(name)) {
      for (const tg of this.target(object)) this.addDef(s, tg.name, { at: c, rhs: args, kills: false });
      return;
    }
    const spec = this.outArgs[name];
    if (!spec) return;
    const targets = spec.arg === 'all-after' ? args.slice(1) : args[spec.arg] ? [args[spec.arg]!] : [];
    for (const tnode of targets) {
      let x: SNode | undefined = tnode;
      // &x, (char*)(data + n), *p: the variable written is the base of the expression
      for (let i = 0; i < 6 && x && !this.profile.identifiers.has(x.type); i++) {
        const kids = namedChildren(x);
        x = childByField(x, 'argument') ?? childByField(x, 'value') ?? childByField(x, 'left') ?? kids[kids.length - 1];
      }
      if (!x || !this.profile.identifiers.has(x.type)) continue;
      if (spec.taint === 'source') this.addDef(s, x.text, { at: c, rhs: [], fixed: SOURCE, kills: false });
      else if (spec.taint === 'clean') this.addDef(s, x.text, { at: c, rhs: [], fixed: 0, kills: true });
      else this.addDef(s, x.text, { at: c, rhs: (spec.from ?? []).map((i) => args[i]).filter((a): a is SNode => !!a), kills: false });
    }
  }

  /** The branch arms (children of branching nodes) between `n` and its scope. */
  private arms(n: SNode, scope: SNode): SNode[] {
    const out: SNode[] = [];
    for (let x: SNode | null = n; x && x !== scope; x = x.parent) if (x.parent && isBranching(x.parent)) out.push(x);
    return out;
  }

  private isAncestor(a: SNode, n: SNode): boolean {
    for (let x: SNode | null = n; x; x = x.parent) if (x === a) return true;
    return false;
  }

  private resolve(use: SNode, name: string, depth: number, key?: string): number {
    let scope: Scope | undefined = this.scopeOf(this.scopeNodeOf(use));
    let at = use;
    let acc = 0;
    while (scope) {
      // definitions before the use, in source order (a definition containing the use, as in
      // "x = x + 1", is not before it)
      const sn = scope.node;
      // a keyed write (m["k"] = v) reaches reads of its key only, and a keyed read sees the
      // writes of its key and the writes of the whole map; an unkeyed read sees every write
      const defs = (scope.defs.get(name) ?? []).filter((d) => d.at.end <= at.start && (d.key === undefined || key === undefined || d.key === key) && !this.isDead(d.at, sn));
      for (let i = defs.length - 1; i >= 0; i--) {
        const d = defs[i]!;
        acc |= d.fixed !== undefined ? d.fixed : this.union(d.rhs, depth);
        if (d.kills && (d.key === undefined || key !== undefined) && this.dominates(d.at, use, sn)) return acc;
      }
      if (scope.params.has(name)) return acc | PARAM;
      if (!scope.parent) return defs.length ? acc : acc | UNKNOWN;
      // a closure: the enclosing function's definitions before this function
      at = scope.node;
      scope = scope.parent;
    }
    return acc | UNKNOWN;
  }
}

/** The taint-spec key for a language (python, javascript, java, c, php). */
export { familyOf };
