// Intra-procedural taint tracking on the mirrored syntax tree. A value is a bit set: SOURCE (from a
// known input: request parameters, input(), argv, the environment…), PARAM (a parameter of the
// enclosing function), UNKNOWN (not a constant, origin not known) and BUILT (a string assembled
// from pieces: concatenation, formatting, interpolation). CONST is 0. Sanitizer calls give 0.
//
// Reaching definitions are approximated in source order: the definitions of a variable that come
// before the use in the same function are joined, walking back from the use, until one that
// overwrites the variable and dominates the use (is not inside a branch the use is not in).
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
}

interface Scope {
  node: SNode;
  params: Set<string>;
  defs: Map<string, Def[]>;
  parent: Scope | undefined;
}

const NOT_PARAMS = new Set(['self', 'cls', 'this', '$this']);
const MAX_DEPTH = 48;

export class TaintEngine {
  private readonly profile: SyntaxProfile;
  private readonly sources: RegExp[];
  private readonly sanitizers: RegExp[];
  private readonly mutators: Set<string>;
  private readonly outArgs: TaintSpec['outArgs'];
  private readonly scopes = new Map<SNode, Scope>();
  private readonly memo = new Map<SNode, number>();
  private readonly active = new Set<SNode>();
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
      const obj = childByField(n, 'object') ?? childByField(n, 'value') ?? childByField(n, 'argument') ?? childByField(n, 'array') ?? namedChildren(n)[0];
      if (!obj) return UNKNOWN;
      const v = this.evalNode(obj, depth);
      // obj.field of a local object: its origin; of `self`/`this`: unknown state
      return v === 0 && (obj.text === 'self' || obj.text === 'this' || obj.text === '$this') ? UNKNOWN : v;
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
          for (const tg of this.target(lhs)) this.addDef(s, tg.name, { at: /for/.test(c.type) ? lhs : c, rhs: rhs ? [rhs] : [], fixed: rhs ? undefined : 0, kills: tg.kills && !aug });
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

  private resolve(use: SNode, name: string, depth: number): number {
    let scope: Scope | undefined = this.scopeOf(this.scopeNodeOf(use));
    let at = use;
    let acc = 0;
    while (scope) {
      // definitions before the use, in source order (a definition containing the use, as in
      // "x = x + 1", is not before it)
      const defs = (scope.defs.get(name) ?? []).filter((d) => d.at.end <= at.start);
      for (let i = defs.length - 1; i >= 0; i--) {
        const d = defs[i]!;
        acc |= d.fixed !== undefined ? d.fixed : this.union(d.rhs, depth);
        if (d.kills && this.arms(d.at, scope.node).every((arm) => this.isAncestor(arm, use))) return acc;
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
