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
import { ruleRegex, type TaintSpec } from './rules.js';
import { calleeOf, childByField, familyOf, isBranching, namedChildren, profileOf, PROFILES, type SyntaxProfile } from './syntax.js';

export const SOURCE = 1;
export const PARAM = 2;
export const UNKNOWN = 4;
export const BUILT = 8;
export const ORIGIN = SOURCE | PARAM | UNKNOWN;
/** one bit per parameter position (0-11) of the function a value is computed in: what a call's
 *  result or a caller's argument substitutes (inter-procedural flow within a file) */
const PARAM_SHIFT = 4;
const MAX_PARAMS = 12;
export const PARAM_BITS = ((1 << MAX_PARAMS) - 1) << PARAM_SHIFT;
const paramBit = (i: number) => (i < MAX_PARAMS ? 1 << (PARAM_SHIFT + i) : 0);
/** how many call levels a value is followed up to callers */
const CALLER_DEPTH = 3;
/** A value computed in another function, seen from here: that function's parameters stand for
 *  whatever its callers pass, so they become a value of unknown origin. */
const paramsAsUnknown = (r: number): number => (r & ~(PARAM | PARAM_BITS)) | (r & (PARAM | PARAM_BITS) ? UNKNOWN : 0);
/** `compute()` once per key; a recursive use while it runs sees 0 (nothing flows in a cycle). */
function memoized<K>(memo: Map<K, number>, key: K, compute: () => number): number {
  const m = memo.get(key);
  if (m !== undefined) return m;
  memo.set(key, 0);
  const v = compute();
  memo.set(key, v);
  return v;
}

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
  /** assembles a string from its pieces (C sprintf / strcat into the variable): BUILT when they carry an origin */
  built?: boolean;
  /** Python `for k in d` / `for k, v in d.items()`: `k` holds the keys of the dict `d` (this use of it) */
  keysOf?: SNode;
  /** Python `a, b = f(x)`: this name is element `elem` of the tuples that f returns */
  elem?: number;
  /** C/C++ `load_cfg(&cfg, argv)`: what the helper of the file (the call `rhs[0]`) writes through its parameter `outArg` */
  outArg?: number;
}

/** Python comprehensions: each holds what its body yields. */
const PY_COMPREHENSION = /^(list_comprehension|set_comprehension|dictionary_comprehension|generator_expression)$/;

/** The quote (' or ") of the string (SQL, shell, LDAP, XPath) that the text ending with `before` is inside, or '' outside quotes. */
function quoteState(before: string): '' | "'" | '"' {
  let state: '' | "'" | '"' = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (c === '\\' && state === '"') {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      if (state === '') state = c;
      else if (state === c) state = '';
    }
  }
  return state;
}

/** `at` is a method call on variable `name` itself (`name.append(v)`, `name.update(v)`). */
function isCallOn(at: SNode, name: string): boolean {
  if (at.type !== 'call') return false;
  const f = childByField(at, 'function');
  return !!f && f.type === 'attribute' && childByField(f, 'object')?.text === name;
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

/**
 * JavaScript `o.k` on a local variable (not `this`): the base and the property name, so that reads
 * and writes of one property are tracked like `o["k"]` (a keyed map).
 */
function memberKey(n: SNode, P: SyntaxProfile): { base: SNode; key: string } | undefined {
  if (P !== PROFILES.javascript || n.type !== 'member_expression') return undefined;
  const base = childByField(n, 'object');
  const prop = childByField(n, 'property');
  if (!base || !prop || base.type !== 'identifier' || prop.type !== 'property_identifier' || NOT_PARAMS.has(base.text)) return undefined;
  // o.k(...) is a method call, not a read of a stored value
  if (n.parent && P.calls.has(n.parent.type) && n.field === 'function') return undefined;
  return { base, key: prop.text };
}

/**
 * The values stored under constant key `key` by a dict / object / array literal (`{"k": v}`,
 * `{ k: v, k2 }`, `array('k' => $v)`, `dict(k=v)`): the value expressions of that key (none: the
 * literal has no such key), or undefined when `n` is no literal with constant keys only (a spread
 * or computed key may hold anything).
 */
function literalEntry(n: SNode | undefined, key: string, P: SyntaxProfile): SNode[] | undefined {
  while (n && n.type === 'parenthesized_expression' && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
  if (!n) return undefined;
  const out: SNode[] = [];
  if (n.type === 'dictionary' || n.type === 'object') {
    for (const c of namedChildren(n)) {
      if (P.comments.has(c.type)) continue;
      if (c.type === 'shorthand_property_identifier') {
        if (c.text === key) out.push(c);
        continue;
      }
      if (c.type === 'method_definition') continue;
      if (c.type !== 'pair') return undefined;
      const k = childByField(c, 'key');
      const v = childByField(c, 'value');
      const name = k?.type === 'property_identifier' ? k.text : literalKey(k, P);
      if (name === undefined || !v) return undefined;
      if (name === key) out.push(v);
    }
    return out;
  }
  if (n.type === 'array_creation_expression' && P === PROFILES.php) {
    for (const c of namedChildren(n)) {
      if (P.comments.has(c.type)) continue;
      const kv = namedChildren(c);
      if (c.type !== 'array_element_initializer' || kv.length !== 2 || !c.children.some((x) => x.text === '=>')) return undefined;
      const name = literalKey(kv[0], P);
      if (name === undefined) return undefined;
      if (name === key) out.push(kv[1]!);
    }
    return out;
  }
  if (n.type === 'call' && P === PROFILES.python && childByField(n, 'function')?.text === 'dict') {
    const args = childByField(n, 'arguments');
    for (const c of args ? namedChildren(args) : []) {
      if (c.type !== 'keyword_argument') return undefined;
      if (childByField(c, 'name')?.text === key) out.push(childByField(c, 'value')!);
    }
    return out;
  }
  return undefined;
}

/**
 * A printf-style format whose every conversion gives a number (`%d`, `%5.2f`, `%x`; not `%s`,
 * `%r`, `%c`): what it formats is digits, signs and dots only, whatever the arguments held
 * (Python "%d" % x and PHP sprintf('%d', $x) convert, Java String.format("%d", s) throws).
 */
function numericFormat(fmt: string): boolean {
  const convs = formatConversions(fmt);
  return convs.length > 0 && convs.every((c) => /^[diufFeEgGxXob]$/.test(c));
}

/** The conversion characters of a printf-style format, in order (`%%` left out). */
function formatConversions(fmt: string): string[] {
  return [...fmt.matchAll(/%(?:\(\w+\))?(?:\d+\$)?[-+ 0#']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t|I64|I32)?(.)/g)].map((m) => m[1]!).filter((c) => c !== '%');
}

/** The <limits.h> / <stdint.h> limits of C (LP64 data model: long is 64 bits), as numbers. */
const C_LIMITS: Record<string, number> = {
  CHAR_MAX: 127, SCHAR_MAX: 127, UCHAR_MAX: 255, CHAR_MIN: -128, SCHAR_MIN: -128,
  SHRT_MAX: 32767, USHRT_MAX: 65535, SHRT_MIN: -32768,
  INT_MAX: 2147483647, UINT_MAX: 4294967295, INT_MIN: -2147483648,
  LONG_MAX: 9223372036854775807, ULONG_MAX: 18446744073709551615, LONG_MIN: -9223372036854775808,
  LLONG_MAX: 9223372036854775807, ULLONG_MAX: 18446744073709551615, LLONG_MIN: -9223372036854775808,
  INT8_MAX: 127, INT8_MIN: -128, UINT8_MAX: 255, INT16_MAX: 32767, INT16_MIN: -32768, UINT16_MAX: 65535,
  INT32_MAX: 2147483647, INT32_MIN: -2147483648, UINT32_MAX: 4294967295,
  INT64_MAX: 9223372036854775807, INT64_MIN: -9223372036854775808, UINT64_MAX: 18446744073709551615,
  SIZE_MAX: 18446744073709551615,
};

/** PHP filter_var filters and the function each one is equivalent to. */
const FILTER_AS_FUNCTION: Record<string, string> = {
  FILTER_SANITIZE_MAGIC_QUOTES: 'addslashes',
  FILTER_SANITIZE_ADD_SLASHES: 'addslashes',
  FILTER_SANITIZE_SPECIAL_CHARS: 'htmlspecialchars',
  FILTER_SANITIZE_FULL_SPECIAL_CHARS: 'htmlspecialchars',
};

const MAP_PUT = new Set(['put', 'set', 'setdefault', 'putIfAbsent', 'setAttribute', 'setProperty', '__setitem__']);
const MAP_GET = new Set(['get', 'getOrDefault', 'getAttribute', 'getProperty', 'pop', 'remove', '__getitem__', 'opt', 'optString', 'getString']);

interface Scope {
  node: SNode;
  params: Set<string>;
  /** parameter name -> position (receivers such as self/this not counted) */
  paramIndex: Map<string, number>;
  /** parameters a web framework fills from the request (taint.json inputParams): sources */
  inputs: Set<string>;
  /** parameters declared as numbers or booleans (Java, Python annotations, TypeScript): no carrier */
  numbers: Set<string>;
  defs: Map<string, Def[]>;
  parent: Scope | undefined;
}

/** A regular expression that accepts quotes, semicolons and the like: `.` or `\\S` outside a
 *  character class (`^.*$`, `^\\S+$`). Delimiters and flags (PHP `/…/i`, JS literals) are dropped. */
/** Ruby: a pattern anchored with ^ or $ (line anchors) instead of \A and \z: "ok\n; rm -rf /" passes it. */
function rubyLineAnchored(src: string): boolean {
  const d = /^\/([\s\S]*)\/[a-z]*$/.exec(src);
  const p = (d ? d[1]! : src).replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  return /[\^$]/.test(p);
}

function permissivePattern(src: string): boolean {
  let p = src;
  const d = /^([/#~!@%|])([\s\S]*)\1[a-zA-Z]*$/.exec(p);
  if (d) p = d[2]!;
  if (/(^|[^\\])(\\\\)*\\S/.test(p)) return true;
  p = p.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  return p.includes('.');
}

/** Java parameter types of objects a servlet container or Spring passes in (request, response,
 *  session, model ...): no carrier as parameters; the input they hold is a taint.json source
 *  (request.getParameter(...)), what else they give (a session attribute, the context path) is not
 *  the caller's choice. */
const JAVA_CONTAINER_TYPE = /^((javax|jakarta)\.servlet\.(http\.)?)?(HttpServletRequest|HttpServletResponse|ServletRequest|ServletResponse|HttpSession|ServletContext|ServletConfig|FilterChain|Model|ModelMap|ModelAndView|RedirectAttributes|BindingResult|SessionStatus)$/;

/** declared parameter types that hold a number or a boolean (C's char is a string element: not listed for C) */
const JAVA_VALUE_TYPE = /^((java\.util\.)?UUID|(java\.time\.)?(LocalDate|LocalDateTime|LocalTime|Instant|OffsetDateTime|ZonedDateTime|Duration|Period|Year|YearMonth))$/;
/** Python `Literal["a", "b", 1]` (also `Optional[…]` / `| None`): a type whose values are those constants. */
const PY_LITERAL_TYPE = /^(Optional\[)?(typing\.)?Literal\[\s*(-?\d+|"[^"\\]*"|'[^'\\]*')(\s*,\s*(-?\d+|"[^"\\]*"|'[^'\\]*'))*\s*,?\s*\]\]?( \| None)?$/;
const NUMBER_TYPE = /^(int|long|short|byte|double|float|boolean|bool|Integer|Long|Short|Byte|Double|Float|Boolean|BigDecimal|BigInteger|number|bigint)$/;

/** Flask / Werkzeug: a route variable with a number converter (`@app.route("/u/<int:uid>")`)
 *  reaches the handler as a number, which carries no injection. */
function numberConverted(fn: SNode, name: string): boolean {
  if (fn.parent?.type !== 'decorated_definition') return false;
  return new RegExp(`<(int|float|uuid):${name}>`).test(fn.parent.text.slice(0, fn.start - fn.parent.start));
}

/** a compiled taint.json inputParams entry */
interface InputParam {
  fn: RegExp | undefined;
  text: RegExp | undefined;
  param: RegExp;
  not: RegExp | undefined;
  notType: RegExp | undefined;
}

const NOT_PARAMS = new Set(['self', 'cls', 'this', '$this']);
/** Go: common packages, for fragments without an import declaration. */
const GO_STD_PACKAGES = ['fmt', 'os', 'exec', 'http', 'sql', 'strings', 'strconv', 'filepath', 'path', 'ioutil', 'io', 'template', 'html', 'url', 'json', 'log', 'rand', 'md5', 'sha1', 'sha256', 'sha512', 'hex', 'base64', 'bytes', 'bufio', 'time', 'errors', 'regexp', 'cipher', 'aes', 'des', 'rc4', 'rsa', 'tls', 'x509', 'zip', 'tar', 'gzip', 'xml', 'subtle', 'hmac', 'bcrypt', 'context', 'sync', 'flag', 'mux', 'gin', 'echo', 'bson', 'ldap', 'slices', 'unicode', 'math', 'big'];
/** Go: number and boolean types (a parameter or conversion of such a type carries no text). */
const GO_NUMBER_TYPE = /^(u?int(8|16|32|64)?|uintptr|float(32|64)|complex(64|128)|byte|rune|bool|time\.Duration)$/;
/** C#: value types that hold a number, a boolean, a date or a Guid (a parameter of such a type carries no text). */
const CS_NUMBER_TYPE = /^((int|uint|long|ulong|short|ushort|byte|sbyte|double|float|decimal|bool|char|nint|nuint|Int16|Int32|Int64|UInt16|UInt32|UInt64|Double|Decimal|Boolean|Guid|DateTime|DateTimeOffset|DateOnly|TimeOnly|TimeSpan)\??(\[\])?|(IEnumerable|IList|ICollection|IReadOnlyList|IReadOnlyCollection|List|HashSet|ISet)<(int|long|short|Guid|decimal|double)\??>)$/;
/** C#: objects ASP.NET / the DI container passes (request, response, services, loggers, options, a CancellationToken): no carrier as parameters */
/** Rust number / boolean types (parameters, `let n: u32`, `x as i64`, `web::Path<u32>`) */
const RUST_NUMBER_TYPE = /^(&\s*)?((web::)?(Path|Query)<\s*)?\(?\s*((i|u)(8|16|32|64|128|size)|f32|f64|bool|char|Uuid|uuid::Uuid|NaiveDate|DateTime<\w+>)(\s*,\s*((i|u)(8|16|32|64|128|size)|f32|f64|bool|Uuid))*\s*\)?(\s*>)?$/;
/** Rust format-like macros (rewritten to calls, see rustmacros.ts): their literal may name variables (`"{name}"`) */
const RUST_FORMAT_MACRO = /^(format|print|println|eprint|eprintln|write|writeln|panic|format_args|info|warn|error|debug|trace|anyhow|bail)$/;
const CS_CONTAINER_TYPE = /^(HttpContext|HttpRequest|HttpResponse|ClaimsPrincipal|CancellationToken|ILogger(<[\w.]+>)?|IConfiguration|IWebHostEnvironment|IHostEnvironment|IServiceProvider|IOptions(<[\w.]+>)?|IMemoryCache|IDistributedCache|IHttpClientFactory|HttpClient|LinkGenerator|IAntiforgery|\w+(DbContext|Context|Service|Repository|Manager|Factory|Provider|Store|Options|Logger)(<[\w.]+>)?)$/;
const MAX_DEPTH = 48;

/** A compile-time constant value. */
export type ConstValue = number | string | boolean | null;
const NC = Symbol('not constant');
type ArmState = 'taken' | 'dead' | 'maybe';

const NUMBER_TYPES = new Set(['int_literal', 'float_literal', 'integer_literal', 'real_literal', 'integer', 'float', 'number', 'number_literal', 'decimal_integer_literal', 'hex_integer_literal', 'octal_integer_literal', 'binary_integer_literal', 'decimal_floating_point_literal']);
const PRIMITIVE_SIZES: Record<string, number> = {
  char: 1, 'unsignedchar': 1, 'signedchar': 1, int8_t: 1, uint8_t: 1, bool: 1, short: 2, int16_t: 2, uint16_t: 2, int: 4, 'unsignedint': 4, unsigned: 4, int32_t: 4, uint32_t: 4,
  float: 4, wchar_t: 4, long: 8, 'unsignedlong': 8, int64_t: 8, uint64_t: 8, size_t: 8, double: 8, 'longlong': 8, 'char*': 8, 'void*': 8, 'int*': 8,
};
const WRAPPERS = new Set(['parenthesized_expression', 'condition', 'expression_statement', 'parenthesized_condition', 'condition_clause']);
const TERNARIES = new Set(['conditional_expression', 'ternary_expression', /* Ruby */ 'conditional']);
const IFS = new Set(['if_statement', 'elif_clause', 'else_if_clause', /* Rust */ 'if_expression', /* Ruby */ 'if', 'elsif', 'if_modifier']);
const SWITCH_GROUPS = new Set(['switch_block_statement_group', 'switch_case', 'switch_default', 'case_statement', 'default_statement', 'switch_rule']);
const JUMPS = new Set(['break_statement', 'return_statement', 'continue_statement', 'throw_statement', 'goto_statement']);
/** C/C++ calls that end the program (a path that reaches one goes no further). */
const EXITS = /^(exit|_exit|_Exit|abort|longjmp|siglongjmp|ExitProcess|quick_exit)$/;

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
  /** a quote-free value last inside '…' does not taint (rule option `quoted`) */
  private readonly quoted: boolean;
  private readonly mutators: Set<string>;
  private readonly outArgs: TaintSpec['outArgs'];
  private readonly validators: RegExp[];
  private readonly opaque: RegExp[];
  private readonly firstArgOnly: RegExp[];
  private readonly inputParams: InputParam[];
  private readonly scopes = new Map<SNode, Scope>();
  private readonly memo = new Map<SNode, number>();
  private readonly active = new Set<SNode>();
  private readonly constMemo = new Map<SNode, ConstValue | typeof NC>();
  private readonly armMemo = new Map<SNode, ArmState>();
  private budget = 200_000;
  /** functions of the file by name (lazily) */
  private fnTable: Map<string, SNode[]> | undefined;
  /** call sites of each function of the file (lazily) */
  private callSites: Map<SNode, SNode[]> | undefined;
  private readonly summaryMemo = new Map<SNode, number>();
  private readonly fieldMemo = new Map<string, number>();
  /** Python: the names bound by the file's import statements (lazily) */
  private imported: Set<string> | undefined;

  /** numbers carry taint (arithmetic, number casts and conversions): for integer overflow, sizes, indexes */
  private readonly numeric: boolean;
  private readonly passThrough: RegExp[];
  /** quoted rules: the engine for values placed outside quotes, where quote-only escapers do not clean (lazily) */
  private unquotedEngine: TaintEngine | undefined;
  private readonly spec: TaintSpec | undefined;
  private readonly extraSanitizers: string[];
  /** C/C++: per function, where `&name` is passed to a call (see addressTakenSinceDef) */
  private readonly addressTaken = new Map<SNode, Map<string, number[]>>();
  private readonly options: { numeric?: boolean; passThrough?: string[]; quoted?: boolean; escapersPassed?: boolean };

  constructor(
    readonly language: CodeLanguage,
    readonly root: SNode,
    spec: TaintSpec | undefined,
    extraSanitizers: string[] = [],
    options: { numeric?: boolean; passThrough?: string[]; quoted?: boolean; escapersPassed?: boolean } = {},
  ) {
    this.spec = spec;
    this.extraSanitizers = extraSanitizers;
    this.options = options;
    this.profile = profileOf(language);
    this.numeric = !!options.numeric;
    this.quoted = !!options.quoted;
    this.passThrough = (options.passThrough ?? []).map((s) => new RegExp(s));
    this.sources = (spec?.sources ?? []).map((s) => new RegExp(s));
    // rule regexes: a leading (?i) makes one case-insensitive, as everywhere in code-rules/
    this.sanitizers = [...(spec?.sanitizers ?? []), ...extraSanitizers].map((s) => ruleRegex(s));
    this.mutators = new Set(spec?.mutators ?? []);
    this.outArgs = spec?.outArgs ?? {};
    this.validators = (spec?.validators ?? []).map((s) => new RegExp(s));
    this.opaque = (spec?.opaque ?? []).map((s) => new RegExp(s));
    this.firstArgOnly = (spec?.firstArgOnly ?? []).map((s) => new RegExp(s));
    this.inputParams = (spec?.inputParams ?? []).map((q) => ({
      fn: q.function ? new RegExp(q.function) : undefined,
      text: q.text ? new RegExp(q.text) : undefined,
      param: new RegExp(q.param),
      not: q.not ? new RegExp(q.not) : undefined,
      notType: q.notType ? new RegExp(q.notType) : undefined,
    }));
  }

  /** The taint bits of the value of expression `n`. */
  /** Python: `n` is a dict whose keys are all constants: a dict literal with constant keys, a dict
   *  comprehension whose key carries nothing (`{k: form.get(k) for k in ("name", "email")}`), a variable
   *  every reaching definition of which is one, or a parameter every call of the function in the file
   *  fills with one. Anything else (request.json, dict(request.POST), a dict grown key by key): false. */
  constantKeys(n: SNode, level = 0): boolean {
    if (this.language !== 'python' || level > 3) return false;
    const P = this.profile;
    while (n.type === 'parenthesized_expression' && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
    if (n.type === 'dictionary')
      return namedChildren(n).every((p) => P.comments.has(p.type) || (p.type === 'pair' && !!childByField(p, 'key') && !(this.valueOf(childByField(p, 'key')!) & ORIGIN)));
    if (n.type === 'dictionary_comprehension') {
      const key = childByField(childByField(n, 'body') ?? n, 'key');
      return !!key && !(this.valueOf(key) & ORIGIN);
    }
    if (!P.identifiers.has(n.type)) return false;
    const defs = this.reachingRhs(n);
    if (defs.length) return defs.every((d) => this.constantKeys(d, level + 1));
    const fn = this.scopeNodeOf(n);
    const s = this.scopeOf(fn);
    const i = s.paramIndex.get(n.text);
    if (fn === this.root || i === undefined) return false;
    const sites = this.callSitesOf(fn);
    return sites.length > 0 && sites.every((c) => {
      const a = calleeOf(c).args[i];
      return !!a && a.type !== 'keyword_argument' && this.constantKeys(a, level + 1);
    });
  }

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
    if (t === 'sizeof_expression') {
      // sizeof of a primitive type (typical LP64 sizes)
      const ty = (childByField(n, 'type') ?? namedChildren(n)[0])?.text.replace(/[()\s]/g, '') ?? '';
      return PRIMITIVE_SIZES[ty];
    }
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'boolean' || t === 'boolean_literal') return /^true$/i.test(n.text) ? true : /^false$/i.test(n.text) ? false : undefined;
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
    if (P.identifiers.has(t)) {
      // C/C++: `T *p = NULL; get(…, &p); p->x` / `int len = 0; size(…, &len); malloc(len)`: the
      // variable's address went to a call (an out-parameter) after its definition and before this
      // read, so that call may have stored another value; the constant definition is not its value
      if ((this.language === 'c' || this.language === 'cpp') && this.addressTakenSinceDef(n)) return undefined;
      const v = this.constVar(n, depth);
      // C / C++: the <limits.h> / <stdint.h> limits (LP64), when the file does not define the name
      if (v === undefined && (this.language === 'c' || this.language === 'cpp') && C_LIMITS[n.text] !== undefined && !this.scopeOf(this.root).defs.has(n.text) && !this.scopeOf(this.scopeNodeOf(n)).defs.has(n.text))
        return C_LIMITS[n.text];
      return v;
    }
    // "ABC"[1] (Python) / "ABC"[1] (JS): a character of a constant string at a constant index
    if ((t === 'subscript' || t === 'subscript_expression') && kids().length === 2) {
      const [o, i] = kids() as [SNode, SNode];
      const s = this.constOf(o, depth);
      const ix = this.constOf(i, depth);
      if (typeof s === 'string' && typeof ix === 'number' && Number.isInteger(ix)) {
        const at = ix < 0 && this.language === 'python' ? s.length + ix : ix;
        return at >= 0 && at < s.length ? s.charAt(at) : undefined;
      }
      return undefined;
    }
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
        case 'find':
        case 'indexOf':
          return a.length === 1 && typeof a[0] === 'string' ? o.indexOf(a[0]) : undefined;
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
        if (!d.kills || d.key !== undefined || d.fixed !== undefined || d.rhs.length !== 1 || /for/.test(d.at.parent?.type ?? '') || !this.dominates(d.at, at, sn)) return undefined;
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

  private choicesMemo?: Set<string>;
  /** Python: the destinations of argparse options declared with `choices=` in this file (one scan). */
  private argparseChoices(): Set<string> {
    if (this.choicesMemo) return this.choicesMemo;
    const out = new Set<string>();
    for (const m of this.root.text.matchAll(/\.add_argument\(\s*((?:['"][-\w]+['"]\s*,\s*)+)([^()]|\([^()]*\))*?\bchoices\s*=/g)) {
      const names = [...m[1]!.matchAll(/['"](-{0,2})([-\w]+)['"]/g)];
      const long = names.find((x) => x[1] === '--') ?? names.find((x) => x[1] === '') ?? names[0];
      if (long) out.add(long[2]!.replace(/-/g, '_'));
      const dest = /\bdest\s*=\s*['"](\w+)['"]/.exec(m[0]);
      if (dest) out.add(dest[1]!);
    }
    return (this.choicesMemo = out);
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
      if (x === cond || (this.language === 'go' && x.field === 'initializer')) return 'taken';
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
    if (t === 'match_statement') return 'taken';
    if (t === 'case_clause') return x.field === 'consequence' || x.type === 'block' ? this.matchCaseState(p) : 'taken';
    if (SWITCH_GROUPS.has(t)) return 'taken';
    if (SWITCH_GROUPS.has(x.type)) return this.caseState(x, p);
    if (t === 'switch_statement' || t === 'switch_expression') return 'taken';
    if ((t === 'try_statement' && x.field === 'body') || x.type === 'finally_clause' || t === 'finally_clause') return 'taken';
    if (t === 'with_statement' && x.field === 'body') return 'taken';
    return isBranching(p) ? 'maybe' : 'taken';
  }

  /** Python: a `case` of a `match` on a constant subject: taken (the first case that matches) or dead. */
  private matchCaseState(clause: SNode): ArmState {
    const stmt = clause.parent?.type === 'match_statement' ? clause.parent : clause.parent?.parent;
    if (!stmt || stmt.type !== 'match_statement') return 'maybe';
    const subj = childByField(stmt, 'subject') ?? namedChildren(stmt)[0];
    const disc = subj ? this.constOf(subj) : undefined;
    if (disc === undefined) return 'maybe';
    const clauses = (clause.parent!.type === 'match_statement' ? clause.parent! : clause.parent!).children.filter((c) => c.type === 'case_clause');
    // whether a clause matches the subject: true, false, or undefined (not known)
    const matches = (c: SNode): boolean | undefined => {
      if (childByField(c, 'guard') || c.children.some((k) => k.type === 'if_clause')) return undefined;
      const pats = c.children.filter((k) => k.type === 'case_pattern');
      if (pats.length !== 1) return undefined;
      const inner = namedChildren(pats[0]!);
      if (pats[0]!.text === '_' || (inner.length === 1 && inner[0]!.type === 'dotted_name' && /^[a-z_]\w*$/.test(inner[0]!.text) && !inner[0]!.text.includes('.'))) return true;
      const alts = inner.length === 1 && inner[0]!.type === 'union_pattern' ? namedChildren(inner[0]!) : inner;
      if (alts.length === 0) return undefined;
      let any = false;
      for (const a of alts) {
        const lit = a.type === 'string' || NUMBER_TYPES.has(a.type) || a.type === 'true' || a.type === 'false' || a.type === 'none' ? a : a.type === 'case_pattern' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : undefined;
        const v = lit ? this.constOf(lit) : undefined;
        if (v === undefined) return undefined;
        if (v === disc) any = true;
      }
      return any;
    };
    for (const c of clauses) {
      const m = matches(c);
      if (m === undefined) return 'maybe';
      if (m) return c === clause ? 'taken' : 'dead';
      if (c === clause) return 'dead';
    }
    return 'dead';
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

  // ---- checks: a variable inside the arm where a validator held on it -------------------------

  /** `use` (a variable) lies in the arm of an if / ternary where a validator call on it held. */
  private validated(use: SNode, name = use.text): boolean {
    if (this.validators.length === 0) return false;
    const scope = this.scopeNodeOf(use);
    for (let x: SNode = use; x.parent && x !== scope; x = x.parent) {
      const p = x.parent;
      let cond: SNode | undefined;
      let positive = true;
      if (IFS.has(p.type)) {
        cond = childByField(p, 'condition');
        if (x === cond) continue;
        if (x.field === 'consequence' || x.field === 'body') positive = true;
        else if (x.field === 'alternative') positive = false;
        else continue;
      } else if (TERNARIES.has(p.type)) {
        const parts = this.ternaryParts(p);
        cond = parts.cond;
        if (x === parts.then) positive = true;
        else if (x === parts.other) positive = false;
        else continue;
      } else if (this.language === 'ruby' && (p.type === 'unless' || p.type === 'unless_modifier')) {
        // Ruby: `unless ok(x) … else … end`: the body runs when the check failed
        cond = childByField(p, 'condition');
        if (x === cond || !/^(consequence|body|alternative)$/.test(x.field ?? '')) continue;
        positive = x.field === 'alternative';
      } else if ((p.type === 'else_clause' || p.type === 'else') && p.parent && IFS.has(p.parent.type)) {
        // JS / C / PHP: if (…) {…} else {…}: the else_clause is the alternative
        cond = childByField(p.parent, 'condition');
        positive = false;
      } else continue;
      if (!cond) continue;
      const r = this.checkOn(cond, name, 0);
      if (r !== undefined && r === positive) return true;
    }
    if (this.guardedByExit(use, name, scope)) return true;
    // a closure that reads a variable of its enclosing function (exec(..., cb) inside
    // `new Promise((resolve) => ...)`): a check there that encloses or precedes the closure holds
    // inside it (functions only: a module-level check says nothing about when a function runs)
    if (scope !== this.root && this.scopeNodeOf(scope) !== this.root && (this.profile === PROFILES.javascript || this.profile === PROFILES.python)) {
      const sc = this.scopeOf(scope);
      if (!sc.params.has(name) && !sc.defs.has(name)) return this.validated(scope, name);
    }
    return false;
  }

  /** A statement before `use` in an enclosing block is `if (<validator rejected name>) <leave>`
   *  (return, raise/throw, abort(), exit/die, break/continue): past it the variable was accepted. */
  private guardedByExit(use: SNode, name: string, scope: SNode): boolean {
    const defs = this.scopeOf(scope).defs.get(name) ?? [];
    for (let x: SNode = use; x.parent && x !== scope; x = x.parent) {
      const p = x.parent;
      for (const st0 of p.children) {
        if (st0 === x || st0.start >= x.start) break;
        // Rust: `if !ok(&x) { return …; }` is an expression statement
        const st = this.language === 'rust' && st0.type === 'expression_statement' && namedChildren(st0)[0]?.type === 'if_expression' ? namedChildren(st0)[0]! : st0;

        // Ruby: `return head(:bad_request) unless ALLOWED.include?(x)`, `raise … if x !~ /\A\w+\z/`, `x = "name" unless OK.include?(x)`
        if (this.language === 'ruby' && /^(if|unless)(_modifier)?$/.test(st.type)) {
          if (st.children.some((k) => k.field === 'alternative')) continue;
          const cond = childByField(st, 'condition');
          const body = childByField(st, /_modifier$/.test(st.type) ? 'body' : 'consequence');
          const resets = body && (body.type === 'assignment' ? body : body.type === 'then' && namedChildren(body).length === 1 ? namedChildren(body)[0] : undefined);
          const reset = !!resets && resets.type === 'assignment' && childByField(resets, 'left')?.text === name && this.constOf(childByField(resets, 'right') ?? resets) !== undefined;
          if (!cond || !body || !(this.rubyLeaves(body) || reset)) continue;
          if (this.checkOn(cond, name, 0) !== st.type.startsWith('unless')) continue;
          if (defs.some((d) => d.at.start >= st.end && d.at.end <= use.start && d.kills)) continue;
          return true;
        }
        if (st.type !== 'if_statement' && !(this.language === 'rust' && st.type === 'if_expression')) continue;
        if (st.children.some((c) => c.field === 'alternative' || c.type === 'else_clause' || c.type === 'elif_clause' || c.type === 'else_if_clause')) continue;
        const cond = childByField(st, 'condition');
        const body = childByField(st, 'consequence') ?? childByField(st, 'body');
        if (!cond || !body || !(this.leaves(body) || this.resetsToConst(body, name))) continue;
        if (this.checkOn(cond, name, 0) !== false) continue;
        // not written again between the check and the use
        if (defs.some((d) => d.at.start >= st.end && d.at.end <= use.start && d.kills)) continue;
        return true;
      }
    }
    return false;
  }

  /** The statement (or block) sets `name` to a constant at its top level (`if (!ALLOWED.contains(u)) u = "/home";`):
   *  past it the variable holds either that constant or the value the check accepted. */
  private resetsToConst(st: SNode, name: string): boolean {
    const P = this.profile;
    const stmts = /^(block|statement_block|compound_statement|colon_block)$/.test(st.type) ? namedChildren(st).filter((c) => !P.comments.has(c.type)) : [st];
    return stmts.some((s) => {
      const e = s.type === 'expression_statement' ? namedChildren(s)[0] : s;
      if (!e || !/^(assignment|assignment_expression)$/.test(e.type) && !(this.language === 'go' && e.type === 'assignment_statement')) return false;
      if (e.children.some((k) => !k.named && k.text !== '=')) return false;
      // Go: x = "/" has one-element expression lists on both sides
      const one = (x: SNode | undefined) => (x && x.type === 'expression_list' && namedChildren(x).length === 1 ? namedChildren(x)[0] : x);
      const l = one(childByField(e, 'left'));
      const r = one(childByField(e, 'right'));
      return !!l && !!r && l.text === name && this.constOf(r) !== undefined;
    });
  }

  /** The statement (or block) always leaves: its last statement returns, throws, exits or aborts. */
  private leaves(st: SNode): boolean {
    const P = this.profile;
    let s = st;
    for (let i = 0; i < 4 && /^(block|statement_block|compound_statement|colon_block)$/.test(s.type); i++) {
      const k = namedChildren(s).filter((c) => !P.comments.has(c.type));
      if (!k.length) return false;
      s = k[k.length - 1]!;
    }
    if (/^(return|raise|throw|break|continue|exit)_statement$/.test(s.type)) return true;
    if (this.language === 'rust' && /^(return|break|continue)_expression$/.test(s.type)) return true;
    if (s.type === 'expression_statement') {
      const c = namedChildren(s)[0];
      if (!c) return false;
      // PHP: exit / die, and `throw` (an expression since PHP 8)
      if (c.type === 'exit_statement' || c.type === 'throw_expression') return true;
      if (this.language === 'rust' && /^(return|break|continue)_expression$/.test(c.type)) return true;
      if (P.calls.has(c.type)) {
        const { name, object } = calleeOf(c);
        const full = `${object ? object.text + '.' : ''}${name}`;
        if (this.language === 'rust') return /^(panic|unreachable|std::process::exit|process::exit|exit)$/.test(full);
        if (this.language === 'go') return /^(panic|os\.Exit|log\.(Fatal|Fatalf|Fatalln|Panic|Panicf|Panicln))$/.test(full);
        return /^(abort|exit|die|_exit|sys\.exit|os\._exit|process\.exit|System\.exit|flask\.abort)$/.test(full);
      }
    }
    return false;
  }

  /** Whether `cond` holding means a validator accepted `name` (true), rejected it (false), or neither (undefined). */
  private checkOn(cond: SNode, name: string, depth: number): boolean | undefined {
    if (depth > 6) return undefined;
    const P = this.profile;
    let c = cond;
    while ((WRAPPERS.has(c.type) || c.type === 'parenthesized_expression') && namedChildren(c).length === 1) c = namedChildren(c)[0]!;
    const kids = namedChildren(c).filter((k) => !P.comments.has(k.type));
    if (c.type === 'not_operator' || (c.type === 'unary_expression' && /^!/.test(c.text) ) || (c.type === 'unary_op_expression' && /^!/.test(c.text)) || (c.type === 'prefix_unary_expression' && /^!/.test(c.text))) {
      const inner = kids[0];
      const r = inner ? this.checkOn(inner, name, depth + 1) : undefined;
      return r === undefined ? undefined : !r;
    }
    // Java / JavaScript: a boolean variable that holds the check (`boolean local = next.matches("^/…$");
    // … local ? next : "/home"`): the check, when it is the variable's one definition
    if ((this.language === 'java' || P === PROFILES.javascript) && P.identifiers.has(c.type) && c.text !== name) {
      const rhs = this.reachingRhs(c);
      return rhs.length === 1 ? this.checkOn(rhs[0]!, name, depth + 1) : undefined;
    }
    // Go: allowed[x] on an allow-list map (`if !allowedFields[k] { return … }`)
    if (this.language === 'go' && c.type === 'index_expression') {
      const [m, k] = kids;
      if (!m || !k || k.text !== name) return undefined;
      if (/^(allow|valid|permit|whitelist|safe|known|supported)\w*$/i.test(m.text)) return true;
      // r14: a package-level set literal of constant keys (`var themes = map[string]bool{"light": true, …}`)
      // is an allow-list whatever its name
      return /^\w+$/.test(m.text) && new RegExp(`(^|\\n)\\s*(var\\s+)?${m.text}\\s*=\\s*map\\[string\\](bool|struct\\{\\})\\{\\s*("[^"\\n]*"\\s*:\\s*(true|\\{\\})\\s*,?\\s*)+\\}`).test(this.root.text) ? true : undefined;
    }
    // Python: every character of x is in an allowed set (`set(x) <= ALLOWED`, `set(x).issubset(OK)`,
    // `all(ch in ALLOWED for ch in x)`): x is made of those characters only
    if (this.language === 'python' && this.pyCharsetCheck(c, name)) return true;
    if (P.calls.has(c.type)) {
      const { callee, name: m, object, args } = calleeOf(c);
      const calleeText = callee === c ? `${object ? object.text + '.' : ''}${m}` : (callee?.text ?? '');
      if (!this.validators.some((r) => r.test(calleeText) || r.test(m))) return undefined;
      // C: strcmp(x, k) is 0 when x equals k: non-zero (true) means x differs from the constant
      if ((this.language === 'c' || this.language === 'cpp') && /^(strcmp|strcasecmp|wcscmp|_stricmp|_wcsicmp|stricmp)$/.test(m) && !object && args.length === 2) {
        const other = args[0]!.text === name ? args[1]! : args[1]!.text === name ? args[0]! : undefined;
        return other && !(this.evalNode(other, depth) & ORIGIN) ? false : undefined;
      }
      if (this.acceptsAnything(m, object, args)) return undefined;
      const on = (a: SNode | undefined) => !!a && (a.text === name || namedChildren(a).some((k) => k.text === name) || (this.language === 'rust' && /^\w+$/.test(name) && new RegExp(`^&?\\s*${name}(\\.(as_str|as_ref|to_string|to_owned|trim|as_bytes|as_path|chars|bytes|to_lowercase|to_ascii_lowercase)\\(\\))*$`).test(a.text)));
      // Ruby: ALLOWED.include?(x) checks x; x.include?("..") looks for a piece of x (no allow-list)
      if (this.language === 'ruby' && /^(include\?|member\?|key\?|has_key\?|cover\?|any\?)$/.test(m)) return args.some(on) ? true : undefined;
      // Java: "dark".equals(x) checks x itself (not the cookie c of "uid".equals(c.getName()))
      if (this.language === 'java' && /^"[^"]*"\.(equals|equalsIgnoreCase)$/.test(calleeText)) return args.length === 1 && args[0]!.text === name ? true : undefined;
      // Java: PATTERN.matcher(x).matches() checks x
      const matcherOn = !!object && P.calls.has(object.type) && /^(matcher)$/.test(calleeOf(object).name) && calleeOf(object).args.some(on);
      return args.some(on) || (object !== undefined && object.text === name) || matcherOn || (this.language === 'rust' && on(object)) ? true : undefined;
    }
    if (P.binaries.has(c.type) || c.type === 'comparison_operator') {
      const op = c.children.filter((k) => !k.named).map((k) => k.text).join(' ');
      const [l, r] = kids;
      if (!l || !r) return undefined;
      // Ruby: x =~ /\A[a-z]+\z/ (a pattern anchored with ^ / $ matches one line of x: no check)
      if (this.language === 'ruby' && (op === '=~' || op === '!~') && l.text === name) {
        const pats = r.type === 'regex' ? [r.text] : this.possibleStrings(r);
        return pats.length > 0 && !pats.some((p) => permissivePattern(p) || rubyLineAnchored(p)) ? op === '=~' : undefined;
      }
      if (/^(&&|and)$/.test(op)) {
        const a = this.checkOn(l, name, depth + 1);
        const b = this.checkOn(r, name, depth + 1);
        // either check accepted it: accepted; both rejected it (!"dev".equals(p) && !"prod".equals(p)): rejected
        return a === true || b === true ? true : a === false && b === false ? false : undefined;
      }
      if (/^(\|\||or)$/.test(op)) {
        const a = this.checkOn(l, name, depth + 1);
        const b = this.checkOn(r, name, depth + 1);
        // either check rejected it: rejected; both accepted it (x == "a" || x == "b"): accepted
        return a === false || b === false ? false : a === true && b === true ? true : undefined;
      }
      // Python: x in ALLOWED / x not in ALLOWED (a constant collection or a constant name)
      if ((op === 'in' || op === 'not in') && l.text === name && (/^[A-Z][A-Z0-9_]*$/.test(r.text) || /^(list|set|tuple|dictionary)$/.test(r.type))) return op === 'in';
      // Python: urlparse(url).hostname in ALLOWED_HOSTS (or `parts.netloc` of `parts = urlparse(url)`)
      // checks where the URL goes: the URL is one the allow-list accepted
      if ((op === 'in' || op === 'not in') && this.language === 'python' && (/^[A-Z][A-Z0-9_]*$/.test(r.text) || /^(list|set|tuple|dictionary)$/.test(r.type)) && this.parsedHostOf(l, name)) return op === 'in';
      // C++: a std::string compared with a literal (`theme == "dark"`, `theme != "light" && theme != "dark"`)
      // is that constant or was rejected (C `char *` == "lit" compares pointers: not C)
      if (this.language === 'cpp' && (op === '==' || op === '!=') && ((l.text === name && r.type === 'string_literal') || (r.text === name && l.type === 'string_literal'))) return op === '==';
      // check(x) == 1 / === true / != false / == 0 …
      const constSide = this.constOf(r);
      const other = constSide !== undefined ? l : this.constOf(l) !== undefined ? r : undefined;
      const k = constSide !== undefined ? constSide : this.constOf(l);
      if (!other || k === undefined) return undefined;
      const inner = this.checkOn(other, name, depth + 1);
      if (inner === undefined) return undefined;
      const eq = /^(==|===|is)$/.test(op) ? true : /^(!=|!==|<>|is not)$/.test(op) ? false : undefined;
      if (eq === undefined) return undefined;
      return truthy(k) === eq ? inner : !inner;
    }
    return undefined;
  }

  /** Python: `c` checks that `name` holds only characters of a constant set: `set(name) <= ALLOWED`
   *  (`ALLOWED >= set(name)`), `set(name).issubset(ALLOWED)`, `all(ch in ALLOWED for ch in name)`. */
  private pyCharsetCheck(c: SNode, name: string): boolean {
    const constSet = (x: SNode | undefined) => !!x && (/^[A-Z][A-Z0-9_]*$/.test(x.text) || /^(set|frozenset)\(\s*(string\.\w+|[A-Z][A-Z0-9_]*|"[^"]*"|'[^']*')(\s*\+\s*(string\.\w+|[A-Z][A-Z0-9_]*|"[^"]*"|'[^']*'))*\s*\)$/.test(x.text) || x.type === 'set');
    const setOf = (x: SNode | undefined) => !!x && x.type === 'call' && /^(set|frozenset)$/.test(childByField(x, 'function')?.text ?? '') && calleeOf(x).args.length === 1 && calleeOf(x).args[0]!.text === name;
    if (c.type === 'comparison_operator') {
      const op = c.children.filter((k) => !k.named).map((k) => k.text).join(' ');
      const [l, r] = namedChildren(c);
      return (/^(<=|<)$/.test(op) && setOf(l) && constSet(r)) || (/^(>=|>)$/.test(op) && constSet(l) && setOf(r));
    }
    if (c.type !== 'call') return false;
    const { name: m, object, args } = calleeOf(c);
    if (m === 'issubset' && object && setOf(object)) return args.length === 1 && constSet(args[0]);
    if (m === 'all' && !object && args.length === 1 && args[0]!.type === 'generator_expression') {
      const g = args[0]!;
      const body = childByField(g, 'body');
      const fors = namedChildren(g).filter((k) => k.type === 'for_in_clause');
      if (!body || fors.length !== 1) return false;
      const v = childByField(fors[0]!, 'left')?.text;
      const over = childByField(fors[0]!, 'right')?.text;
      // `all(isinstance(node, ALLOWED_NODES) for node in ast.walk(tree))`: every node of a parsed
      // expression is of an allowed type (a restricted evaluator)
      if (body.type === 'call' && over === `ast.walk(${name})`) {
        const { name: f, object: o, args: bargs } = calleeOf(body);
        return !!v && f === 'isinstance' && !o && bargs.length === 2 && bargs[0]!.text === v;
      }
      if (body.type !== 'comparison_operator') return false;
      const [bl, br] = namedChildren(body);
      const bop = body.children.filter((k) => !k.named).map((k) => k.text).join(' ');
      return !!v && over === name && bop === 'in' && bl?.text === v && constSet(br);
    }
    return false;
  }

  /** Python: `l` is the host (`.hostname` / `.netloc`) of `urlparse(name)` / `urlsplit(name)`, directly or
   *  through a variable every reaching definition of which is that call. */
  private parsedHostOf(l: SNode, name: string): boolean {
    if (l.type !== 'attribute' || !/^(hostname|netloc)$/.test(childByField(l, 'attribute')?.text ?? '')) return false;
    const obj = childByField(l, 'object');
    if (!obj) return false;
    const parses = (x: SNode) => x.type === 'call' && /(^|\.)(urlparse|urlsplit)$/.test(childByField(x, 'function')?.text ?? '') && calleeOf(x).args[0]?.text === name;
    if (parses(obj)) return true;
    if (obj.type !== 'identifier') return false;
    const defs = this.reachingRhs(obj);
    return defs.length > 0 && defs.every(parses);
  }

  /** A check that lets injection characters through is no validation: a pattern with `.` or `\\S`
   *  outside a character class (`/^.*$/`, `^\\S+$`), or an e-mail / URL filter (an address may hold
   *  ' | & $ and backquotes). */
  private acceptsAnything(m: string, object: SNode | undefined, args: SNode[]): boolean {
    const unwrap = (a: SNode | undefined) => (a && (a.type === 'argument') && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a);
    if (m === 'filter_var' && args[1]) return /^FILTER_VALIDATE_(EMAIL|URL)$/.test(unwrap(args[1])!.text);
    const a0 = unwrap(args[0]);
    let pat: SNode | undefined;
    if (m === 'preg_match' && !object) pat = a0;
    else if (object && /^(re|regex)$/.test(object.text) && /^(match|fullmatch|search)$/.test(m)) pat = a0;
    // Java s.matches(re); JS s.match(/re/) / s.search(/re/)
    else if (m === 'matches' && args.length === 1) pat = a0;
    else if (a0?.type === 'regex') pat = a0;
    // JS /re/.test(x), RE.test(x); Python PATTERN.match(x)
    else if (object && /^(test|match|fullmatch|search)$/.test(m)) pat = object;
    if (!pat) return false;
    let values = pat.type === 'regex' ? [pat.text] : this.possibleStrings(pat);
    // Java string literals keep their escapes here: "\\.pdf" is the pattern \.pdf (a literal dot)
    if (this.language === 'java') values = values.map((v) => v.replace(/\\\\/g, '\\'));
    if (this.language === 'ruby' && values.some(rubyLineAnchored)) return true;
    // Python re.match / PATTERN.match without an end anchor checks a prefix only (`[0-9+*/ ]+`
    // accepts "1+__import__('os')…"); re.search without both anchors checks a piece
    if (this.language === 'python' && values.length > 0 && (m === 'match' || m === 'search')) {
      const open = (v: string) => !/(\$|\\Z)\)*$/.test(v) || (m === 'search' && !/^(\(\?\w+\))?\(*(\^|\\A)/.test(v));
      if (values.some(open)) return true;
    }
    return values.length > 0 && values.every(permissivePattern);
  }

  /** The arms of an if / elif / else chain, and whether it ends in an else (some arm always runs). */
  private ifChain(ifNode: SNode): { arms: SNode[]; complete: boolean } {
    const arms: SNode[] = [];
    let complete = false;
    const visit = (n: SNode) => {
      const body = childByField(n, 'consequence') ?? childByField(n, 'body');
      if (body) arms.push(body);
      for (const alt of n.children) {
        if (alt.field !== 'alternative' && !(alt.type === 'else_clause' || alt.type === 'else_if_clause')) continue;
        if (IFS.has(alt.type) || alt.type === 'if_statement') visit(alt);
        else if (alt.type === 'else_clause' || alt.type === 'else') {
          const b = childByField(alt, 'body') ?? namedChildren(alt).find((k) => !this.profile.comments.has(k.type));
          if (!b) continue;
          if (b.type === 'if_statement') visit(b);
          else {
            arms.push(b);
            complete = true;
          }
        } else if (alt.field === 'alternative') {
          // Java: the else statement itself
          arms.push(alt);
          complete = true;
        }
      }
    };
    visit(ifNode);
    return { arms, complete };
  }

  /** Python: the match statement whose case body `n` lies in, directly (not inside a nested function). */
  private pyMatchOf(n: SNode, scope: SNode): SNode | undefined {
    for (let x: SNode | null = n.parent; x && x !== scope; x = x.parent) {
      if (x.type === 'function_definition' || x.type === 'lambda') return undefined;
      if (x.type === 'match_statement') return x;
    }
    return undefined;
  }

  /** The outermost if of the if / else-if chain that `n` lies in. */
  private chainTop(n: SNode, scope: SNode): SNode | undefined {
    let x: SNode | null = n;
    while (x && x !== scope && x.type !== 'if_statement') x = x.parent;
    if (!x || x === scope) return undefined;
    for (;;) {
      const p: SNode | null = x.parent;
      if (!p || p === scope) return x;
      if (p.type === 'if_statement' && x.field === 'alternative') x = p;
      else if ((p.type === 'else_clause' || p.type === 'else') && p.parent?.type === 'if_statement') x = p.parent;
      else return x;
    }
  }

  /** `def` runs whenever `use` does: every branch arm around it also holds the use or is certainly taken. */
  private dominates(def: SNode, use: SNode, scope: SNode): boolean {
    return this.arms(def, scope).every((arm) => this.isAncestor(arm, use) || this.armState(arm) === 'taken' || this.doBodyReaches(arm, def) || this.loopTargetOver(arm, use));
  }

  /** Python: the target of a `for` (`for field in FIELDS:`) is set before every run of the loop's
   *  body: it dominates the uses in the body (not those after the loop, which may never have run). */
  private loopTargetOver(arm: SNode, use: SNode): boolean {
    // Go: `for _, x := range xs` likewise sets x before each run of the body
    if (this.language === 'go' && arm.type === 'range_clause' && arm.parent?.type === 'for_statement') return !!childByField(arm.parent, 'body') && this.isAncestor(childByField(arm.parent, 'body')!, use);
    return this.language === 'python' && arm.field === 'left' && arm.parent?.type === 'for_statement' && !!childByField(arm.parent, 'body') && this.isAncestor(childByField(arm.parent, 'body')!, use);
  }

  /** C / C++ / Java / JS: `def` sits in the body of a `do … while` before any break, continue or goto
   *  of that body: the body runs at least once, so `def` runs whenever the loop is reached. */
  private doBodyReaches(arm: SNode, def: SNode): boolean {
    if (arm.parent?.type !== 'do_statement' || arm.field !== 'body') return false;
    const stack: SNode[] = [arm];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.start >= def.start) continue;
      if (/^(break|continue|goto)_statement$/.test(x.type)) return false;
      for (const c of x.children) stack.push(c);
    }
    return true;
  }

  /** The innermost function-like node around `n` (or the root). */
  scopeNodeOf(n: SNode): SNode {
    for (let p = n.parent; p; p = p.parent) if (this.profile.functions.has(p.type)) return p;
    return this.root;
  }

  private isSource(n: SNode): boolean {
    if (n.end - n.start > 400) return false;
    const t = n.text;
    // C/C++: `argv` is the program's arguments in main; a helper's own parameter of that name
    // (`static int run(const char *const argv[])`) holds whatever its callers pass
    if ((this.language === 'c' || this.language === 'cpp') && /^argv\b/.test(t)) {
      const fn = this.scopeNodeOf(n);
      if (fn !== this.root && this.scopeOf(fn).params.has('argv') && !/^(w|_t)?main$/.test(this.functionName(fn) ?? '')) return false;
    }
    // Python http.server: in a request handler class, self.path / self.headers / self.rfile are the request
    // (not in the module that defines BaseHTTPRequestHandler itself: http.server / its backports)
    if (this.language === 'python' && /^self\.(path|headers|requestline)\b/.test(t) && !/^class BaseHTTPRequestHandler\b/m.test(this.root.text)) {
      for (let p = n.parent; p; p = p.parent)
        if (p.type === 'class_definition') { if (/\b(Base|Simple|CGI)HTTPRequestHandler\b/.test(childByField(p, 'superclasses')?.text ?? '')) return true; break; }
    }
    // Python http.server / socketserver: in a request handler class, what the handler reads from the
    // client (`self.rfile.readline()`, `self.rfile.read(n)`, `self.request.recv(1024)`) is input
    if (this.language === 'python' && /^self\.(rfile\.(read|readline|readlines)|request\.(recv|recvfrom))\(/.test(t)) {
      for (let p = n.parent; p; p = p.parent)
        if (p.type === 'class_definition') { if (/\b((Base|Simple|CGI)HTTPRequestHandler|(Base|Stream|Datagram)RequestHandler)\b/.test(childByField(p, 'superclasses')?.text ?? '')) return true; break; }
    }
    // Python: a bare `argv` is the program's arguments only where the file imports it from sys; a
    // local list named argv (`argv = TOOLS.get(name, ["uptime"])`) is judged by what it holds
    if (this.language === 'python' && /^argv\b/.test(t) && !/^\s*from\s+sys\s+import\b[^\n]*\bargv\b/m.test(this.root.text)) return false;
    return this.sources.some((r) => r.test(t));
  }

  private isSanitizer(calleeText: string): boolean {
    if (this.passThrough.some((r) => r.test(calleeText))) return false;
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
    if (this.language === 'rust') {
      const r = this.rustCompute(n, depth);
      if (r !== undefined) return r;
    }
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
      // Python f"{x!r}" / f"{x!a}" is repr(x) / ascii(x): clean where the rule's sanitizers say repr
      // is (a value embedded as a Python literal in code that exec / eval run)
      if (this.language === 'python') {
        const kept = parts.filter((p) => !(p.type === 'interpolation' && p.children.some((c) => c.type === 'type_conversion' && ((c.text === '!r' && this.isSanitizer('repr')) || (c.text === '!a' && this.isSanitizer('ascii'))))));
        if (kept.length === 0) return 0;
        if (kept.length < parts.length && !this.quoted) {
          const v = this.union(kept.map((p) => (P.identifiers.has(p.type) ? p : (namedChildren(p)[0] ?? p))), depth);
          return v & ORIGIN ? v | BUILT : v;
        }
      }
      // the literal text and the interpolated values in order, for the quotes around each value
      const seq: SNode[] = [];
      const inOrder = (x: SNode) => {
        for (const c of x.children) {
          if (P.interpolations.has(c.type)) seq.push(P.identifiers.has(c.type) ? c : (namedChildren(c)[0] ?? c));
          else if (c.type === 'string' || c.type === 'concatenated_string' || c.type === 'heredoc_body') inOrder(c);
          else if (/^(string_content|string_fragment|string_value|escape_sequence)$/.test(c.type)) seq.push(c);
        }
      };
      if (this.quoted) inOrder(n);
      const v = this.quoted ? this.unionOutsideQuotes(seq, depth, true) : this.union(parts.map((p) => (P.identifiers.has(p.type) ? p : (namedChildren(p)[0] ?? p))), depth);
      return v & ORIGIN ? v | BUILT : v;
    }
    if (this.language === 'ruby') {
      const rv = this.rubyValue(n, depth);
      if (rv !== undefined) return rv;
    }
    // Java: a getter call checked by a validator that encloses the use or rejects and leaves before it
    // (`if (c.getValue().matches("\\d+")) uid = c.getValue();`, `OK.contains(req.getParameter("t")) ?
    // req.getParameter("t") : "light"`): the same expression read again is the value the check accepted
    if (this.language === 'java' && t === 'method_invocation' && /^[\w.]+\(\s*(?:"[^"\\]*"|\w+)?\s*\)$/.test(n.text) && this.validated(n, n.text)) return 0;
    // Werkzeug / Flask `request.args.get("n", 1, type=int)`: the value is converted (None or the default
    // when the conversion fails), a number carries nothing
    if (this.language === 'python' && t === 'call' && /\.(get|getlist)$/.test(childByField(n, 'function')?.text ?? '') && namedChildren(childByField(n, 'arguments') ?? n).some((a) => a.type === 'keyword_argument' && /^type\s*=\s*(int|float|bool|uuid\.UUID|UUID)$/.test(a.text))) return 0;
    if (this.isSource(n) && (P.calls.has(t) || P.members.has(t) || P.identifiers.has(t) || t === 'subscript' || t === 'attribute' || t === 'identifier' || t === 'shell_command_expression'))
      return SOURCE;
    if (this.language === 'python' && (t === 'call' || t === 'attribute' || t === 'subscript') && this.aliasedSource(n)) return SOURCE;
    // Go: inside `case "dark", "light":` of `switch x {`, x is one of those literals
    if (this.language === 'go' && (t === 'identifier' || t === 'selector_expression') && this.goSwitchLiteral(n)) return 0;
    // C++ "most vexing parse": `std::ifstream in(path);` in a function body is parsed as the
    // declaration of a function whose parameter has type `path`; that name is the variable passed
    if (this.language === 'cpp' && t === 'type_identifier' && n.parent?.type === 'parameter_declaration' && n.parent.parent?.type === 'parameter_list' && n.parent.parent.parent?.type === 'function_declarator' && n.parent.parent.parent.parent?.type === 'declaration' && n.parent.parent.parent.parent.parent?.type === 'compound_statement')
      return this.resolve(n, n.text, depth);
    if (P.identifiers.has(t)) {
      if (this.validated(n)) return 0;
      // C#: a [BindProperty] property (or one of a [BindProperties] class): model binding fills it from the request
      if (this.language === 'csharp' && this.csBound(n)) return SOURCE;
      const cv = this.comprehensionVar(n, depth);
      return cv !== undefined ? cv : this.resolve(n, n.text, depth);
    }
    // a Python comprehension holds what its body yields (the iterable reaches it through the loop names)
    if (this.language === 'python' && PY_COMPREHENSION.test(t)) {
      const body = childByField(n, 'body');
      if (body) return this.evalNode(body, depth);
    }
    if (this.language === 'csharp') {
      // new T { Name = v }: the value v (Name is a property of the object, not a variable)
      if (t === 'assignment_expression' && n.parent?.type === 'initializer_expression') {
        const r = childByField(n, 'right');
        return r ? this.evalNode(r, depth) : 0;
      }
      // names of arguments (name: v), types, typeof / nameof / default(T), and boolean tests are no values
      if (/^(name_colon|type_argument_list|predefined_type|typeof_expression|sizeof_expression|default_expression|is_pattern_expression|is_expression|generic_name|array_type|nullable_type)$/.test(t)) return 0;
      // Type.Member (Encoding.UTF8, DateTime.Now, string.Empty, System.IO.Path.DirectorySeparatorChar): no data
      if (t === 'member_access_expression' && this.csTypeName(childByField(n, 'expression') ?? n)) return 0;
      if (t === 'interpolation') {
        const e = namedChildren(n).find((c) => !/^interpolation_(alignment|format)_clause$/.test(c.type));
        return e ? this.evalNode(e, depth) : 0;
      }
      if (t === 'argument' || t === 'equals_value_clause' || t === 'arrow_expression_clause') return this.union(namedChildren(n).filter((c) => c.type !== 'name_colon' && !P.comments.has(c.type)), depth);
    }
    if (P.calls.has(t)) return this.evalCall(n, depth);
    if (P.members.has(t)) {
      // Python argparse: `args.table` of an option declared with `choices=[…]` is one of the values
      // the developer listed (parse_args rejects anything else)
      if (t === 'attribute' && this.language === 'python' && this.argparseChoices().has(childByField(n, 'attribute')?.text ?? '')) return 0;
      // Go: a constant or variable of a package (http.MethodPost, os.O_RDONLY)
      if (t === 'selector_expression' && this.goPackage(namedChildren(n)[0] ?? n)) return 0;
      // JavaScript: `process.env.APP_KEY_PATH` (a variable the taint.json pattern leaves out: it names
      // a file, directory or config the deployer sets) is not input, although `process.env` is; an
      // upper-case setting of that kind read from an object parsed from the environment
      // (`env.TLS_CERT_FILE` of `env = schema.parse(process.env)`) likewise
      if (this.profile === PROFILES.javascript && (/^process\.env$/.test((childByField(n, 'object') ?? n).text) ? !this.isSource(n) : t === 'member_expression' && /^[A-Z0-9_]*_(FILE|PATH|DIR|DIRECTORY|CONFIG|CONF|HOME|ROOT)$/.test(childByField(n, 'property')?.text ?? ''))) return 0;
      // JavaScript `xs.length` / Java `arr.length`: a number, which carries no taint (a placeholder
      // number `$${values.length}` built from a list of bound values is not those values)
      if (!this.numeric && ((this.profile === PROFILES.javascript && t === 'member_expression') || (this.language === 'java' && t === 'field_access')) && (childByField(n, 'property') ?? childByField(n, 'field'))?.text === 'length') return 0;
      // JavaScript `job.tenant` checked by a validator that encloses the use or rejects and leaves
      // before it (`if (!SAFE.test(job.tenant)) throw …`): as for a plain variable
      if (this.profile === PROFILES.javascript && t === 'member_expression' && /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(n.text) && this.validated(n, n.text)) return 0;
      // Python: os.environ["APP_CONFIG_FILE"] (a setting the sources leave out: it names a file or
      // directory whoever runs the program chose) is not input, although os.environ is
      if (this.language === 'python' && t === 'subscript' && /^os\.environ$/.test(childByField(n, 'value')?.text ?? '') && !this.isSource(n)) return 0;
      // PHP: $_FILES[f]['tmp_name'] / ['size'] / ['error'] (the sources leave them out: PHP chose the
      // path and computed the numbers) is not input, although $_FILES[f] is
      if (this.language === 'php' && t === 'subscript_expression' && /^\$_FILES\b/.test(n.text) && !this.isSource(n)) return 0;
      const le = this.listRead(n, depth);
      if (le !== undefined) return le;
      const sk = subscriptKey(n, P) ?? memberKey(n, P);
      if (sk) {
        // Python: `c["author"]` of a comprehension's `for c in comments` is part of an element of `comments`
        const cv = this.language === 'python' && P.identifiers.has(sk.base.type) ? this.comprehensionVar(sk.base, depth) : undefined;
        return cv !== undefined ? cv : this.resolve(sk.base, sk.base.text, depth, sk.key);
      }
      // Python: `sig.body` of `sig = Signature(owner=x, body="…")` (a NamedTuple / dataclass of this file): that field's value
      if (t === 'attribute' && this.language === 'python') {
        const fv = this.constructedField(n, depth);
        if (fv !== undefined) return fv;
      }
      // self.f["k"] / $this->f['k']: what the methods store under that key
      const fk = this.ownFieldKey(n);
      if (fk) return this.fieldValue(fk.field, depth, fk.key);
      // self.f / this.f / $this->f: what the file's methods write to that field (unknown when none does)
      const own = this.ownField(n);
      if (own !== undefined) return this.fieldValue(own, depth);
      const obj = childByField(n, 'object') ?? childByField(n, 'value') ?? childByField(n, 'argument') ?? childByField(n, 'array') ?? namedChildren(n)[0];
      if (!obj) return UNKNOWN;
      const v = this.evalNode(obj, depth);
      // obj.field of a local object: its origin; of `self`/`this`: what the file's methods
      // write to that field (unknown state when none does)
      if (v === 0 && (obj.text === 'self' || obj.text === 'this' || obj.text === '$this')) {
        const field = childByField(n, 'attribute') ?? childByField(n, 'property') ?? childByField(n, 'name') ?? childByField(n, 'field');
        return field && n.type !== 'subscript' && n.type !== 'subscript_expression' ? this.fieldValue(field.text, depth) : UNKNOWN;
      }
      return v;
    }
    if (t === 'comparison_operator' || t === 'not_operator') return 0;
    if (TERNARIES.has(t)) {
      const arm = this.liveTernaryArm(n);
      if (arm) return this.evalNode(arm, depth);
      // the value is one of the arms: a condition that tests the input ("a".equals(p) ? "x" : "y")
      // does not flow into it (PHP's `$a ?: $b` has no middle arm: its condition is its value)
      const { cond, then, other } = this.ternaryParts(n);
      // `ALLOWED.has(req.query.sort) ? req.query.sort : 'name'` (JavaScript / Python): the arm taken
      // when a validator accepted that very value is one the check let through (identifiers are
      // handled where they are read; this is for a property read twice)
      if (cond && then && other && (this.profile === PROFILES.javascript || this.language === 'python') && /^(member_expression|attribute|subscript_expression|subscript)$/.test(then.type) && this.validators.length > 0 && this.checkOn(cond, then.text, 0) === true) return this.evalNode(other, depth);
      // `typeof q.tag === 'string' ? q.tag : undefined` (JavaScript) does what String(q.tag) does for a
      // rule that String() cleans (a query operator object cannot get through)
      if (cond && then && other && this.profile === PROFILES.javascript && this.isSanitizer('String')) {
        const ty = /^\(?\s*typeof\s+([\w$.]+)\s*===?\s*['"]string['"]\s*\)?$/.exec(cond.text);
        if (ty && ty[1] === then.text) return this.evalNode(other, depth);
      }
      if (cond && then && other) return this.evalNode(then, depth) | this.evalNode(other, depth);
    }
    if (P.binaries.has(t)) {
      const op = n.children.find((c) => !c.named)?.text ?? '';
      const kids = namedChildren(n).filter((c) => !P.comments.has(c.type));
      if (this.numeric && /^(-|\*|\/|<<|>>|&|\||\^|%|\+)$/.test(op)) return this.union(kids, depth);
      // Python: `/` on a pathlib path joins it (Path(base) / name); on numbers it gives a number,
      // which no string sink takes, so keeping the operands' taint costs nothing there. C++:
      // `dir / name` on std::filesystem::path joins the same way (only in a file that uses the library)
      if (op === '/' && (this.language === 'python' || (this.language === 'cpp' && /\bfilesystem\b/.test(this.root.text)))) {
        const v = this.union(kids, depth);
        // Path(root) / "config.yml": a constant under a directory the caller chose appends nothing
        // that could climb out of it (the value keeps the directory's taint, it is not built)
        // (a part of unknown origin, such as a name os.listdir gave, is no input either)
        if (kids.length === 2 && !(this.evalNode(kids[1]!, depth) & (SOURCE | PARAM))) return v;
        return v & ORIGIN ? v | BUILT : v;
      }
      // PHP: + is arithmetic (strings are joined with .)
      if (op === '+' && this.profile === PROFILES.php) return 0;
      if (/^(==|!=|===|!==|<|>|<=|>=|in|not in|is|is not|instanceof|&&|\|\||and|or|-|\*|\/|<<|>>|&|\||\^)$/.test(op) && !/^(and|or|&&|\|\|)$/.test(op)) {
        // comparisons and arithmetic give booleans and numbers: not an injection carrier
        return 0;
      }
      // "%d" % x (Python): a number formatted into a constant
      if (op === '%' && this.language === 'python' && !this.numeric) {
        const f = literalKey(kids[0], P);
        if (f !== undefined && numericFormat(f)) return 0;
        // "fn(%r)" % (x,): every conversion a number or repr / ascii, where the rule counts repr as clean
        if (f !== undefined && this.isSanitizer('repr') && formatConversions(f).length > 0 && formatConversions(f).every((c) => /^[diufFeEgGxXobra]$/.test(c))) return 0;
      }
      const pieces = this.quoted && (op === '+' || (op === '.' && this.profile === PROFILES.php)) ? this.concatPieces(n, op) : undefined;
      const v = pieces ? this.unionOutsideQuotes(pieces, depth) : this.union(kids, depth);
      // + (strings), . (PHP), % (Python formatting): a built string
      return v & ORIGIN && /^(\+|\.|%)$/.test(op) ? v | BUILT : v;
    }
    if (t === 'lambda' || P.functions.has(t)) return 0;
    if (t === 'cast_expression' || t === 'type_cast_expression' || t === 'cast') {
      const ty = (childByField(n, 'type') ?? n.children[1])?.text ?? '';
      if (!this.numeric && /^\(?\s*(int|integer|float|double|bool|boolean|long|short|unsigned|size_t)\s*\)?$/i.test(ty)) return 0;
      // (String) x: the value of x (the type name is no value)
      const val = childByField(n, 'value') ?? childByField(n, 'expression') ?? namedChildren(n).filter((c) => !/type/.test(c.type) && !this.profile.comments.has(c.type)).pop();
      if (val && val !== n) return this.evalNode(val, depth);
    }
    if (t === 'argument_list' || t === 'arguments') return this.union(namedChildren(n), depth);
    // Go: T{Key: v} gives v (a key names a field); []byte(x) / string-like conversions give x, number conversions a number
    if (t === 'keyed_element' && this.language === 'go') {
      const kv = namedChildren(n);
      return kv.length ? this.evalNode(kv[kv.length - 1]!, depth) : 0;
    }
    // Go: a type (make([]byte, n), new(T), a conversion's or literal's type) is no value
    if (this.language === 'go' && /^(slice_type|array_type|map_type|pointer_type|channel_type|function_type|struct_type|interface_type|qualified_type|type_identifier|generic_type|implicit_length_array_type)$/.test(t)) return 0;
    if (t === 'type_conversion_expression') {
      const ty = childByField(n, 'type')?.text ?? '';
      if (!this.numeric && GO_NUMBER_TYPE.test(ty)) return 0;
      const val = childByField(n, 'operand');
      return val ? this.evalNode(val, depth) : 0;
    }
    if (t === 'keyword_argument' || t === 'pair') {
      const val = childByField(n, 'value');
      return val ? this.evalNode(val, depth) : 0;
    }
    // anything else (parentheses, lists, tuples, dicts, conditional expressions…): its parts
    const kids = namedChildren(n).filter((c) => !P.comments.has(c.type) && !(this.language === 'go' && c.field === 'type'));
    if (kids.length === 0) return n.named && /identifier|name/.test(t) ? UNKNOWN : 0;
    return this.union(kids, depth);
  }

  /** Rust-only values: format strings with inline names, paths and types, blocks (their tail
   *  expression), if / match (their arms), casts, macros left as token trees. undefined: the generic rules. */
  private rustCompute(n: SNode, depth: number): number | undefined {
    const t = n.type;
    if (t === 'string_literal' || t === 'raw_string_literal') {
      const args = n.parent?.type === 'arguments' ? n.parent : undefined;
      const call = args?.parent;
      if (!call || call.type !== 'call_expression' || !RUST_FORMAT_MACRO.test(calleeOf(call).name.replace(/^.*::/, ''))) return undefined;
      let v = 0;
      for (const m of n.text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)(:[^}]*)?\}/g)) if (!/^\{\{/.test(n.text.slice(Math.max(0, m.index! - 1), m.index! + 1))) v |= this.resolve(n, m[1]!, depth);
      return v & ORIGIN ? v | BUILT : v;
    }
    if (/^(scoped_identifier|scoped_type_identifier|type_identifier|field_identifier|primitive_type|generic_type|type_arguments|lifetime|mutable_specifier|unit_expression|unit_type|reference_type|array_type|tuple_type|function_type|abstract_type|dynamic_type|attribute_item|inner_attribute_item|use_declaration|shorthand_field_identifier|range_expression)$/.test(t)) return 0;
    if (t === 'type_cast_expression') {
      const ty = childByField(n, 'type')?.text ?? '';
      const val = childByField(n, 'value');
      if (!this.numeric && RUST_NUMBER_TYPE.test(ty)) return 0;
      return val ? this.evalNode(val, depth) : 0;
    }
    if (t === 'block') {
      const kids = namedChildren(n).filter((c) => !this.profile.comments.has(c.type));
      const tail = kids[kids.length - 1];
      if (!tail || /^(let_declaration|empty_statement|function_item|struct_item|use_declaration|const_item|static_item|impl_item|enum_item|attribute_item)$/.test(tail.type)) return 0;
      if (tail.type === 'expression_statement' && /;\s*$/.test(tail.text)) return 0;
      return this.evalNode(tail, depth);
    }
    if (t === 'unsafe_block' || t === 'async_block' || t === 'else_clause') return this.union(namedChildren(n).filter((c) => c.type === 'block' || c.type === 'if_expression'), depth);
    if (t === 'if_expression') return this.union([childByField(n, 'consequence'), childByField(n, 'alternative')].filter((c): c is SNode => !!c), depth);
    if (t === 'match_expression') {
      const body = childByField(n, 'body');
      return body ? this.union(namedChildren(body).filter((a) => a.type === 'match_arm').map((a) => childByField(a, 'value')).filter((c): c is SNode => !!c), depth) : 0;
    }
    if (t === 'return_expression' || t === 'break_expression' || t === 'continue_expression' || t === 'loop_expression') return 0;
    if (t === 'field_initializer') {
      const v = childByField(n, 'value');
      return v ? this.evalNode(v, depth) : 0;
    }
    if (t === 'macro_invocation') {
      // a macro left unparsed (vec![…], json!({…})): the names in its tokens that are values
      let v = 0;
      const walk = (x: SNode) => {
        x.children.forEach((c, i) => {
          if (c.type === 'token_tree') return walk(c);
          if (c.type !== 'identifier') return;
          const prev = x.children[i - 1]?.text;
          const next = x.children[i + 1];
          if (prev === '.' || prev === '::' || next?.text === '::' || next?.text === '!' || next?.type === 'token_tree' && /^\(/.test(next.text)) return;
          v |= this.resolve(c, c.text, depth);
        });
      };
      for (const c of namedChildren(n)) if (c.type === 'token_tree') walk(c);
      return v & ORIGIN ? v | BUILT : v;
    }
    return undefined;
  }

  /** Rust: the names a pattern binds (`x`, `mut x`, `(a, b)`, `Some(v)`, `Query(p)`, `Params { name, .. }`). */
  private rustPatternNames(p: SNode): string[] {
    if (p.type === 'identifier') return p.text === '_' ? [] : [p.text];
    if (p.type === 'shorthand_field_identifier') return [p.text];
    const out: string[] = [];
    for (const c of namedChildren(p)) {
      if (c.field === 'type' || c.field === 'name' && p.type === 'field_pattern' && childByField(p, 'pattern')) continue;
      if (/^(scoped_identifier|type_identifier|field_identifier|string_literal|integer_literal|boolean_literal|char_literal)$/.test(c.type)) continue;
      out.push(...this.rustPatternNames(c));
    }
    return out;
  }

  /** Python: `n` is an imported module (or a dotted path in one): `base64`, `os.path`. A module
   *  is code, not data: the result of `base64.b64decode(x)` depends on `x` only. */
  private moduleRooted(n: SNode): boolean {
    if (this.language === 'go') return this.goPackage(n);
    if (this.language === 'csharp') return this.csTypeName(n);
    if (this.language === 'rust') return n.type === 'scoped_identifier' || n.type === 'scoped_type_identifier';
    // Ruby: a class or module (File, Net::HTTP, Open3), except the input constants (ARGV, ENV, STDIN)
    if (this.language === 'ruby') return (n.type === 'constant' || n.type === 'scope_resolution') && !this.isSource(n);
    if (this.language !== 'python') return false;
    let x: SNode = n;
    while (x.type === 'attribute') x = namedChildren(x)[0] ?? x;
    if (x.type !== 'identifier' || x === n && n.type !== 'identifier') return false;
    if (!this.imported) {
      const names = new Set<string>();
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const y = stack.pop()!;
        if (y.type === 'import_statement' || y.type === 'import_from_statement') {
          for (const c of namedChildren(y)) {
            if (y.type === 'import_from_statement' && c.field === 'module_name') continue;
            if (c.type === 'aliased_import') {
              const a = childByField(c, 'alias');
              if (a) names.add(a.text);
            } else if (c.type === 'dotted_name') names.add(c.text.split('.')[0]!);
          }
          continue;
        }
        for (const c of y.children) stack.push(c);
      }
      this.imported = names;
    }
    if (!this.imported.has(x.text)) return false;
    // not rebound in the function
    const defs = this.scopeOf(this.scopeNodeOf(n)).defs.get(x.text) ?? [];
    return defs.length === 0;
  }

  private csBoundProps: Set<string> | undefined;
  /** C#: `n` names a property that ASP.NET model binding fills ([BindProperty], a [BindProperties]
   *  class; not of a number type), and no variable or parameter of the function has that name. */
  private csBound(n: SNode): boolean {
    if (!this.csBoundProps) {
      const names = new Set<string>();
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const y = stack.pop()!;
        if (y.type === 'property_declaration') {
          const cls = y.parent?.parent;
          const all = !!cls && /^(class|record)_declaration$/.test(cls.type) && namedChildren(cls).some((c) => c.type === 'attribute_list' && /\bBindProperties\b/.test(c.text));
          const own = namedChildren(y).some((c) => c.type === 'attribute_list' && /\bBindProperty\b/.test(c.text));
          const nm = childByField(y, 'name');
          if (nm && (own || all) && !CS_NUMBER_TYPE.test(childByField(y, 'type')?.text ?? '')) names.add(nm.text);
          continue;
        }
        for (const c of y.children) stack.push(c);
      }
      this.csBoundProps = names;
    }
    if (!this.csBoundProps.has(n.text)) return false;
    for (let s: Scope | undefined = this.scopeOf(this.scopeNodeOf(n)); s && s.node !== this.root; s = s.parent) if (s.params.has(n.text) || (s.defs.get(n.text) ?? []).length) return false;
    return true;
  }

  private csMembers: Set<string> | undefined;
  /** C#: `n` names a type or namespace (`File`, `Path`, `string`, `System.IO.File`, `Convert`): an
   *  uppercase name that is no variable, parameter, field or property of the file. A static method
   *  of a type is code, not data: `File.ReadAllText(p)` has `p`'s value. */
  private csTypeName(n: SNode): boolean {
    if (n.type === 'predefined_type') return true;
    if (n.type === 'qualified_name' || n.type === 'alias_qualified_name') return true;
    if (n.type === 'member_access_expression') {
      const e = childByField(n, 'expression');
      return !!e && /^[A-Z]/.test(childByField(n, 'name')?.text ?? '') && (e.type === 'identifier' || e.type === 'member_access_expression') && this.csTypeName(e);
    }
    if (n.type === 'generic_name') return true;
    if (n.type !== 'identifier' || !/^[A-Z]/.test(n.text)) return false;
    if (!this.csMembers) {
      const names = new Set<string>();
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const y = stack.pop()!;
        if (y.type === 'property_declaration' || y.type === 'variable_declarator' || y.type === 'parameter' || y.type === 'event_field_declaration') {
          const nm = childByField(y, 'name') ?? namedChildren(y).find((c) => c.type === 'identifier' && c.field !== 'type');
          if (nm) names.add(nm.text);
        }
        for (const c of y.children) stack.push(c);
      }
      this.csMembers = names;
    }
    if (this.csMembers.has(n.text)) return false;
    for (let s: Scope | undefined = this.scopeOf(this.scopeNodeOf(n)); s; s = s.parent) if (s.params.has(n.text) || (s.defs.get(n.text) ?? []).length) return false;
    return true;
  }

  /** Go: `n` is the name of an imported package (`fmt`, `exec`, `filepath`; the last element of
   *  the import path, or its alias) or, in a fragment without imports, of a common standard one,
   *  and no variable of the function or file has that name. */
  // ---- Ruby ------------------------------------------------------------------------------------

  /** Ruby node kinds the generic evaluation does not know; undefined: evaluate as usual. */
  private rubyValue(n: SNode, depth: number): number | undefined {
    const t = n.type;
    // sql = <<~SQL … SQL: the body of the heredoc follows the line that opens it
    if (t === 'heredoc_beginning') {
      const body = this.rubyHeredocBody(n);
      return body ? this.evalNode(body, depth) : 0;
    }
    if (t === 'call') {
      const recv = childByField(n, 'receiver');
      const m = childByField(n, 'method')?.text ?? '';
      // params[:ids].map(&:to_i): numbers
      const args = calleeOf(n).args;
      if (/^(map|collect|filter_map|flat_map)$/.test(m) && args.length === 1 && args[0]!.type === 'block_argument' && /^&(:to_[ifrc]|method\(:(Integer|Float)\))$/.test(args[0]!.text.replace(/\s+/g, ''))) return 0;
      // predicates (x.include?(y), s.empty?) and counts give booleans and numbers
      if (/\?$/.test(m) || /^(length|size|count|to_i|to_f|to_r|to_c|hash|object_id|bytesize)$/.test(m)) return 0;
      // params[:id].to_i, request.headers['X'].strip: the method decides (a source's text starts both)
      if (recv && this.isSource(n) && this.isSource(recv)) return this.evalCall(n, depth);
    }
    if (t === 'unary' && /^(!|not\b|defined\?)/.test(n.text)) return 0;
    // ARGV, STDIN, $stdin: input constants and globals
    if ((t === 'constant' || t === 'global_variable') && this.isSource(n)) return SOURCE;
    // params[:sort] where an allow-list check on that same expression held (ALLOWED.include?(params[:sort]) ? params[:sort] : 'name')
    if (t === 'element_reference' && this.isSource(n) && this.validated(n)) return 0;
    // KINDS[params[:k]], KINDS.fetch(params[:k], Default): an element of a constant Hash / Array of this file
    if (t === 'element_reference' || t === 'call') {
      const obj = childByField(n, t === 'call' ? 'receiver' : 'object');
      const meth = t === 'call' ? childByField(n, 'method')?.text ?? '' : '[]';
      if (obj && obj.type === 'constant' && /^(\[\]|fetch|dig|values_at|key|detect|find)$/.test(meth)) {
        const lit = this.rubyConstantLiteral(obj.text);
        if (lit) {
          const rest = t === 'call' ? calleeOf(n).args.slice(1) : [];
          return this.evalNode(lit, depth) | this.union(rest, depth);
        }
      }
    }
    if (t === 'binary') {
      const op = childByField(n, 'operator')?.text ?? n.children.find((c) => !c.named)?.text ?? '';
      if (/^(=~|!~|<=>|===|==|!=|<|>|<=|>=)$/.test(op)) return 0;
      const kids = namedChildren(n).filter((c) => !this.profile.comments.has(c.type));
      // s << x (string / array append) and "%s" % [x] (format) build a string
      if (op === '<<' || op === '%') {
        if (op === '%' && !this.numeric) {
          const f = literalKey(kids[0], this.profile);
          if (f !== undefined && numericFormat(f)) return 0;
        }
        const v = this.union(kids, depth);
        return v & ORIGIN ? v | BUILT : v;
      }
    }
    // a method of this file called without arguments or parentheses (`user_input`): what it returns
    if (t === 'identifier' && this.rubyBareCall(n)) {
      let v = 0;
      for (const f of this.functions().get(n.text) ?? []) v |= this.summary(f, depth) & ~(PARAM | PARAM_BITS);
      return v;
    }
    return undefined;
  }

  private rubyConstants: Map<string, SNode | undefined> | undefined;
  /** Ruby: the Hash / Array literal a constant of this file is set to (ALLOWED = { … }.freeze), or undefined. */
  private rubyConstantLiteral(name: string): SNode | undefined {
    if (!this.rubyConstants) {
      const m = new Map<string, SNode | undefined>();
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const x = stack.pop()!;
        if (x.type === 'assignment') {
          const l = childByField(x, 'left');
          let r = childByField(x, 'right');
          while (r && r.type === 'call' && /^(freeze|to_set|dup)$/.test(childByField(r, 'method')?.text ?? '')) r = childByField(r, 'receiver');
          if (l && l.type === 'constant') m.set(l.text, m.has(l.text) ? undefined : r && /^(hash|array|string_array|symbol_array)$/.test(r.type) ? r : undefined);
        }
        for (const c of x.children) stack.push(c);
      }
      this.rubyConstants = m;
    }
    return this.rubyConstants.get(name);
  }

  /** The heredoc_body that a heredoc_beginning (<<~SQL) opens: the k-th body after its line. */
  private rubyHeredocBody(n: SNode): SNode | undefined {
    const bodies: SNode[] = [];
    const begins: SNode[] = [];
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'heredoc_body') bodies.push(x);
      else if (x.type === 'heredoc_beginning') begins.push(x);
      for (const c of x.children) stack.push(c);
    }
    bodies.sort((a, b) => a.start - b.start);
    const sameLine = begins.filter((b) => b.startRow === n.startRow && b.start < n.start).length;
    const after = bodies.filter((b) => b.start >= n.end);
    return after[sameLine];
  }

  /** `n` (an identifier) is no variable or parameter of its scopes but a method of this file without required parameters. */
  private rubyBareCall(n: SNode): boolean {
    const p = n.parent;
    if (p && (p.type === 'call' && n.field === 'method' || p.type === 'method' || p.type === 'singleton_method' || n.field === 'left' || n.field === 'name')) return false;
    const fns = this.functions().get(n.text);
    if (!fns || fns.length === 0 || fns.length > 4) return false;
    // (a method's own definition is recorded as a definition of its name in the enclosing scope: not a variable)
    for (let s: Scope | undefined = this.scopeOf(this.scopeNodeOf(n)); s; s = s.parent)
      if (s.params.has(n.text) || (s.defs.get(n.text) ?? []).some((d) => !this.profile.functions.has(d.at.type))) return false;
    return fns.every((f) => this.scopeOf(f).paramIndex.size === 0);
  }

  /** Ruby definitions other than assignments: block parameters take the receiver's elements
   *  (`params[:ids].each do |id|`; `File.open(path) do |f|`: the arguments), `s << x` appends. */
  private rubyDefs(c: SNode, s: Scope): boolean {
    if ((c.type === 'block' || c.type === 'do_block') && c.field === 'block' && c.parent?.type === 'call') {
      const ps = childByField(c, 'parameters');
      if (!ps) return false;
      const { name: m, object, args } = calleeOf(c.parent);
      // Sinatra: get '/users/:id' do |id| … end: the route's parameters are request input
      // Rake: task :name, [:arg] do |t, args| … end: the task's arguments come from the command line
      if (!object && ((/^(get|post|put|patch|delete)$/.test(m) && args[0] && /:\w|\*/.test(args[0].text)) || (m === 'task' && args.length >= 2))) {
        for (const k of namedChildren(ps)) if (k.type === 'identifier') this.addDef(s, k.text, { at: ps, rhs: [], fixed: SOURCE, kills: true });
        return false;
      }
      const from = object && !this.moduleRooted(object) ? [object] : args;
      const names: string[] = [];
      const walk = (x: SNode) => {
        if (x.type === 'identifier') names.push(x.text);
        else if (x.field !== 'value') for (const k of namedChildren(x)) walk(k);
      };
      walk(ps);
      for (const nm of names) this.addDef(s, nm, { at: ps, rhs: from, fixed: from.length ? undefined : 0, kills: true });
      return false; // the block's body is walked as usual
    }
    if (c.type === 'binary' && c.parent?.type !== 'binary') {
      const pieces: SNode[] = [];
      let x: SNode | undefined = c;
      while (x && x.type === 'binary' && childByField(x, 'operator')?.text === '<<') {
        const r = childByField(x, 'right');
        if (r) pieces.unshift(r);
        x = childByField(x, 'left');
      }
      if (!x || !this.profile.identifiers.has(x.type) || pieces.length === 0) return false;
      this.addDef(s, x.text, { at: c, rhs: pieces, kills: false, built: true });
      return true;
    }
    return false;
  }

  /** Ruby: the statement leaves the method or request (return, raise, redirect_to / render / head … and return, halt). */
  private rubyLeaves(st: SNode): boolean {
    let x: SNode | undefined = st;
    if (x.type === 'then' || x.type === 'body_statement') x = namedChildren(x).filter((k) => !this.profile.comments.has(k.type)).pop();
    if (!x) return false;
    if (/^(return|break|next)$/.test(x.type)) return true;
    if (x.type === 'binary' && /^(and|or|&&)$/.test(childByField(x, 'operator')?.text ?? '')) return this.rubyLeaves(childByField(x, 'right') ?? x.children[0]!) || this.rubyLeaves(childByField(x, 'left') ?? x);
    if (x.type === 'call' || x.type === 'identifier') {
      const m = x.type === 'call' ? calleeOf(x).name : x.text;
      return /^(raise|fail|abort|exit|exit!|halt|redirect_to|redirect|render|head|not_found|error!|forbidden!|bad_request!)$/.test(m);
    }
    return false;
  }

  private goPackage(n: SNode): boolean {
    if (n.type !== 'identifier') return false;
    if (!this.imported) {
      const names = new Set<string>();
      let any = false;
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const y = stack.pop()!;
        if (y.type === 'import_spec') {
          any = true;
          const alias = childByField(y, 'name');
          const path = childByField(y, 'path')?.text.replace(/^["`]|["`]$/g, '') ?? '';
          if (alias && alias.text !== '_' && alias.text !== '.') names.add(alias.text);
          else if (!alias) {
            const segs = path.split('/').filter((x) => !/^v\d+$/.test(x));
            const last = (segs[segs.length - 1] ?? '').replace(/\.v\d+$/, '').replace(/^go-/, '').replace(/-go$/, '');
            if (last) names.add(last.replace(/[^A-Za-z0-9_]/g, ''));
          }
          continue;
        }
        if (y === this.root || y.type === 'import_declaration' || y.type === 'import_spec_list') for (const c of y.children) stack.push(c);
      }
      if (!any) for (const k of GO_STD_PACKAGES) names.add(k);
      this.imported = names;
    }
    if (!this.imported.has(n.text)) return false;
    for (let s: Scope | undefined = this.scopeOf(this.scopeNodeOf(n)); s; s = s.parent) if (s.params.has(n.text) || (s.defs.get(n.text) ?? []).length) return false;
    return true;
  }

  /**
   * Python: a name bound by a comprehension's `for x in xs` (`[f"{c} = ?" for c in cols]`) is an
   * element of `xs`; with an allow-list filter on it (`if c in ALLOWED`, a constant-named or literal
   * collection) it is one of the allow-list's values. Undefined when `n` is no such name.
   */
  private comprehensionVar(n: SNode, depth: number): number | undefined {
    if (this.language !== 'python') return undefined;
    for (let x: SNode | null = n.parent; x; x = x.parent) {
      if (this.profile.functions.has(x.type)) return undefined;
      if (!PY_COMPREHENSION.test(x.type)) continue;
      const kids = namedChildren(x);
      for (const c of kids) {
        if (c.type !== 'for_in_clause') continue;
        const left = childByField(c, 'left');
        const right = childByField(c, 'right');
        if (!left || !right || left.type !== 'identifier' || left.text !== n.text) continue;
        // the iterable itself is evaluated outside the clause's binding
        if (this.isAncestor(right, n)) return undefined;
        for (const f of kids) {
          if (f.type !== 'if_clause') continue;
          const cmp = namedChildren(f)[0];
          if (!cmp || cmp.type !== 'comparison_operator') continue;
          const [l, r] = namedChildren(cmp);
          const op = cmp.children.filter((k) => !k.named).map((k) => k.text).join(' ');
          if (op !== 'in' || !l || !r || l.text !== n.text) continue;
          if (r.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(r.text)) return 0;
          if (/^(list|set|tuple)$/.test(r.type) && namedChildren(r).every((e) => literalKey(e, this.profile) !== undefined)) return 0;
        }
        return this.evalNode(right, depth);
      }
    }
    return undefined;
  }

  /**
   * `ids.map(() => '?')`, `ids.map((_, i) => `$${i + 1}`)` (JavaScript), `'?, '.repeat(n)`: a list
   * (or string) of constant pieces whose number, not content, depends on the input. The callback may
   * use only its index parameter (a number); its element parameter, a call or any other name makes
   * the result depend on the elements as usual.
   */
  private constantPieces(name: string, object: SNode | undefined, args: SNode[]): boolean {
    if (!object) return false;
    if (name === 'repeat' && args.length === 1 && literalKey(object, this.profile) !== undefined) return true;
    if (name !== 'map' || args.length !== 1) return false;
    const fn = args[0]!;
    if (fn.type !== 'arrow_function' && fn.type !== 'function_expression' && fn.type !== 'function') return false;
    const single = childByField(fn, 'parameter');
    const list = childByField(fn, 'parameters');
    const params = single ? [single] : list ? namedChildren(list) : [];
    if (params.some((q) => q.type !== 'identifier')) return false;
    const index = params[1]?.text;
    let body = childByField(fn, 'body');
    if (!body) return false;
    if (body.type === 'statement_block') {
      const st = namedChildren(body).filter((c) => !this.profile.comments.has(c.type));
      if (st.length !== 1 || st[0]!.type !== 'return_statement') return false;
      body = namedChildren(st[0]!)[0];
      if (!body) return false;
    }
    const stack: SNode[] = [body];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'call_expression' || x.type === 'new_expression' || x.type === 'member_expression' || x.type === 'subscript_expression') return false;
      if ((x.type === 'identifier' || x.type === 'shorthand_property_identifier') && x.text !== index) return false;
      for (const c of namedChildren(x)) stack.push(c);
    }
    return true;
  }

  private evalCall(n: SNode, depth: number): number {
    const { callee, name, object, args } = calleeOf(n);
    const calleeText = callee === n ? `${object ? object.text + '.' : ''}${name}` : (callee?.text ?? '');
    // Node's util.format is printf: the values go into the text as they are (not the escaping
    // format() of pg-format / sqlstring that the sanitizer `format` is for)
    const printf = this.profile === PROFILES.javascript && /^util\.format$/.test(calleeText);
    if (!printf && (this.isSanitizer(calleeText) || (name && this.isSanitizer(name)))) return 0;
    if (this.allowListReplace(name, calleeText, object, args)) return 0;
    if (this.htmlEscapeChain(n)) return 0;
    // items.map((c) => `<li>${escapeHtml(c.name)}</li>`) (JavaScript): the new array holds what the
    // callback returns; a callback whose result carries nothing (each use of the element escaped or
    // converted) gives a clean array whatever the array held
    if (this.profile === PROFILES.javascript && /^(map|flatMap)$/.test(name) && object && args[0]?.type === 'arrow_function') {
      const body = childByField(args[0], 'body');
      if (body && body.type !== 'statement_block' && !(this.evalNode(body, depth + 1) & ORIGIN)) return 0;
    }
    // Java: opt.map(n -> "<h1>" + HtmlUtils.htmlEscape(n) + "</h1>"), stream.map(...): likewise the
    // Optional / stream holds what the lambda returns
    if (this.language === 'java' && /^(map|flatMap|mapToObj)$/.test(name) && object && args[0]?.type === 'lambda_expression') {
      const body = childByField(args[0], 'body');
      if (body && body.type !== 'block' && !(this.evalNode(body, depth + 1) & ORIGIN)) return 0;
    }
    // Java: CompletableFuture.supplyAsync(() -> EXPORTS + id + ".csv"): the future holds what the
    // supplier returns
    if (this.language === 'java' && name === 'supplyAsync' && args[0]?.type === 'lambda_expression') {
      const body = childByField(args[0], 'body');
      if (body && body.type !== 'block') return this.evalNode(body, depth);
      if (body) return this.summary(args[0], depth) & ~(PARAM | PARAM_BITS);
    }
    // Java: stream.map(Long::parseLong) / .map(Encode::forHtml) (a sanitizer as a method reference),
    // mapToInt / mapToLong / mapToDouble (numbers): the stream holds clean values
    if (this.language === 'java' && !this.numeric && object && ((/^(map|mapToObj)$/.test(name) && args[0]?.type === 'method_reference' && this.isSanitizer(args[0].text.replace(/\s*::\s*/, '.'))) || /^(mapToInt|mapToLong|mapToDouble)$/.test(name))) return 0;
    // Java: `e.getKey()` of `for (Map.Entry<…> e : m.entrySet())`, `m.keySet()`: the keys the
    // function put into its local map (`m.put(col, v)` with `col` from a constant list), not its values
    if (this.language === 'java' && args.length === 0 && object && this.profile.identifiers.has(object.type) && (name === 'getKey' || name === 'keySet')) {
      let map: SNode | undefined = name === 'keySet' ? object : undefined;
      if (name === 'getKey') {
        for (let p = n.parent; p && !this.profile.functions.has(p.type); p = p.parent)
          if (p.type === 'enhanced_for_statement' && childByField(p, 'name')?.text === object.text) {
            const it = childByField(p, 'value');
            const c = it && this.profile.calls.has(it.type) ? calleeOf(it) : undefined;
            if (c && c.name === 'entrySet' && c.args.length === 0 && c.object && this.profile.identifiers.has(c.object.type)) map = c.object;
            break;
          }
      }
      const kv = map ? this.javaMapKeys(map, depth) : undefined;
      if (kv !== undefined) return kv;
    }
    // Java: size(), length(), isEmpty(), equals(…), contains(…), asInt() … give a number or a
    // boolean, which carries no taint (`out.println(state.items.size())`)
    if (this.language === 'java' && !this.numeric && object && /^(size|length|getLength|count|hashCode|isEmpty|isBlank|isPresent|equals|equalsIgnoreCase|contains|containsKey|containsValue|startsWith|endsWith|compareTo|compareToIgnoreCase|indexOf|lastIndexOf|asInt|asLong|asDouble|asBoolean|intValue|longValue|doubleValue|booleanValue|getInt|getLong|getDouble|getBoolean|nextInt|nextLong)$/.test(name)) return 0;
    // React: useMemo(() => DOMPurify.sanitize(html), [html]) is the value the callback returns; the
    // dependency list only says when to recompute it
    if (this.profile === PROFILES.javascript && name === 'useMemo' && args[0]?.type === 'arrow_function') {
      const body = childByField(args[0], 'body');
      if (body && body.type !== 'statement_block') return this.evalNode(body, depth + 1);
    }
    // os.path.join(root, "app.yml"), path.join(dir, 'package.json') (Python / JavaScript): constant
    // parts under a directory the caller chose append nothing that could climb out of it; the value
    // keeps the directory's taint but is not a path built from input
    if (args.length >= 2 && ((this.language === 'python' && /^((os\.)?path|posixpath|ntpath)\.join$|\.joinpath$/.test(calleeText)) || (this.profile === PROFILES.javascript && /^((path|posix|win32)(\.(posix|win32))?\.)?(join|resolve)$/.test(calleeText)) || (this.language === 'go' && /^(filepath|path)\.Join$/.test(calleeText)))) {
      // (a part of unknown origin, such as a name readdir gave, is no input either)
      const rest = this.union(args.slice(1), depth);
      if (!(rest & (SOURCE | PARAM))) return this.evalNode(args[0]!, depth) | (rest & ~BUILT);
    }
    // Rust: s.parse::<u32>() gives a number (a turbofish to a number, bool, Uuid or address type)
    if (this.language === 'rust' && !this.numeric && /(^|[.:])\s*parse\s*::\s*<\s*((i|u)(8|16|32|64|128|size)|f32|f64|bool|char|Uuid|uuid::Uuid|IpAddr|Ipv4Addr|Ipv6Addr|SocketAddr|NaiveDate)\s*>$/.test(childByField(n, 'function')?.text ?? '')) return 0;
    // a list of constant pieces, however many: the placeholders of an IN list
    if (this.constantPieces(name, object, args)) return 0;
    // Collections.nCopies(n, x): copies of x only
    if (name === 'nCopies' && args.length === 2) return this.evalNode(args[1]!, depth);
    // PHP filter_var with a filter that does what a named function does: clean exactly when that
    // function is a sanitizer for this rule (addslashes, htmlspecialchars)
    if (name === 'filter_var' && !object && args.length >= 2) {
      const same = FILTER_AS_FUNCTION[args[1]!.text.replace(/^\\/, '')];
      if (same && this.isSanitizer(same)) return 0;
    }
    // l.get(1), l.pop(0), array_shift($l) on a list built here with constant positions: that element
    const le = this.listRead(n, depth);
    if (le !== undefined) return le;
    // m.get("k") on a local map: only what was stored under "k" (and the default, when given)
    if (object && this.profile.identifiers.has(object.type) && MAP_GET.has(name) && args.length === 2) {
      // conf.get("section", "key") on a store written with two-level keys
      const k1 = literalKey(args[0], this.profile);
      const k2 = literalKey(args[1], this.profile);
      const defs = this.scopeOf(this.scopeNodeOf(n)).defs.get(object.text) ?? [];
      if (k1 !== undefined && k2 !== undefined && defs.some((d) => d.key?.includes('\u0000'))) return this.resolve(object, object.text, depth, `${k1}\u0000${k2}`);
    }
    if (object && this.profile.identifiers.has(object.type) && MAP_GET.has(name) && args.length >= 1 && args.length <= 2) {
      const key = literalKey(args[0], this.profile);
      if (key !== undefined) return this.resolve(object, object.text, depth, key) | (args[1] ? this.evalNode(args[1], depth) : 0);
    }
    // m.get(key) on a map this file builds (a dict / object / Map literal, new HashMap<>()): an
    // element of the map, whatever the key (COMMANDS.get(request.args["a"], "ls") is one of COMMANDS)
    if (object && this.profile.identifiers.has(object.type) && /^(get|getOrDefault|opt|optString|getString)$/.test(name) && args.length >= 1 && args.length <= 2 && this.builtMap(object))
      return this.evalNode(object, depth) | (args[1] ? this.evalNode(args[1], depth) : 0);
    // Python: `loader = functools.partial(read_asset, BASE); loader(name)`: read_asset(BASE, name)
    if (this.language === 'python' && !object && callee && callee.type === 'identifier') {
      const pv = this.partialCall(callee, args, depth);
      if (pv !== undefined) return pv;
    }
    // a function defined in this file: what it returns, its parameters replaced by the arguments
    const targets = this.targetsOf(n);
    if (targets.length > 0) {
      let v = 0;
      for (const f of targets) {
        const ret = this.summary(f, depth);
        v |= ret & ~(PARAM | PARAM_BITS);
        if (ret & PARAM && !(ret & PARAM_BITS)) v |= PARAM;
        for (let i = 0; i < MAX_PARAMS; i++) if (ret & paramBit(i) && args[i]) v |= this.evalNode(args[i]!, depth);
        // a parameter beyond those passed, or a variadic one: all the arguments
        if (ret & paramBit(MAX_PARAMS - 1) && args.length > MAX_PARAMS) v |= this.union(args.slice(MAX_PARAMS), depth);
      }
      return v;
    }
    // JavaScript: a template compiled by an escaping engine (const t = Handlebars.compile(src);
    // t({ name })): the context values are escaped on output, only the template source counts
    if (this.profile === PROFILES.javascript && !object && callee && callee.type === 'identifier') {
      const defs = this.reachingRhs(callee);
      const compiled = (d: SNode) => {
        if (!this.profile.calls.has(d.type)) return false;
        const c = calleeOf(d);
        const text = `${c.object ? c.object.text + '.' : ''}${c.name}`;
        const src = c.args[0] ? literalKey(c.args[0], this.profile) : undefined;
        return /^(Handlebars|handlebars|hbs|Mustache|mustache|pug|jade|ejs|nunjucks)\.(compile|template)$/.test(text) && !(src !== undefined && /\{\{\{|\{\{&|<%-|!\{|\|\s*safe\b/.test(src));
      };
      if (defs.length > 0 && defs.every(compiled)) return this.union(defs.map((d) => calleeOf(d).args[0]).filter((a): a is SNode => !!a), depth);
    }
    // JavaScript: ejs.render(tpl, data) / Mustache.render / nunjucks.renderString of a constant
    // template that only interpolates with escaping (`<%= x %>`, `{{ x }}`): the data is escaped on
    // output, only the template counts (`<%- x %>`, `{{{ x }}}`, `| safe` keep the data)
    if (this.profile === PROFILES.javascript && /^(ejs|Mustache|mustache|nunjucks)\.(render|renderString)$/.test(calleeText) && args.length >= 2) {
      const tpl = this.possibleStrings(args[0]!);
      if (tpl.length > 0 && !tpl.some((x) => /<%-|\{\{\{|\{\{&|\|\s*safe\b/.test(x))) return this.evalNode(args[0]!, depth);
    }
    // a call that reads data (rows of a query, nodes of an XPath, a command's output): not its arguments
    if (this.opaque.some((r) => r.test(calleeText) || (!!name && r.test(name)))) return UNKNOWN;
    // a template rendered with (escaped) context values: only the template carries taint
    if (this.firstArgOnly.some((r) => r.test(calleeText))) return args[0] ? this.evalNode(args[0], depth) : 0;
    // sprintf('%d', $x), String.format("%d", n), util.format('%d', n): numbers in a constant format
    if (!this.numeric && this.language !== 'c' && this.language !== 'cpp' && (/(^|\.)(sprintf|String\.format|util\.format)$|^format$/.test(calleeText) || (this.language === 'go' && calleeText === 'fmt.Sprintf')) && args.length >= 2) {
      const arg = (a: SNode | undefined) => (a && a.type === 'argument' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a);
      const f = literalKey(arg(args[0]), this.profile) ?? (/Locale/.test(args[0]!.text) ? literalKey(arg(args[1]), this.profile) : undefined);
      if (f !== undefined && numericFormat(f)) return 0;
    }
    // C: sqlite3_mprintf("... '%s'", x) / g_strdup_printf build a string from the arguments of string
    // conversions; SQLite's %q / %Q / %w escape quotes, numbers carry nothing
    if ((this.language === 'c' || this.language === 'cpp') && /^(sqlite3_v?mprintf|sqlite3_snprintf|g_strdup_printf)$/.test(name) && args.length >= 1) {
      const fi = name === 'sqlite3_snprintf' ? 2 : 0;
      const f = args[fi] ? literalKey(args[fi]!, this.profile) : undefined;
      if (f === undefined || /%\d+\$|%\*/.test(f)) return this.union(args, depth) & ORIGIN ? this.union(args, depth) | BUILT : this.union(args, depth);
      let k = fi + 1;
      let v = 0;
      for (const m of f.matchAll(/%(%|[-+ 0#!']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t|L)?([a-zA-Z]))/g)) {
        if (m[1] === '%') continue;
        const a = args[k++];
        if (a && /^[szc]$/.test(m[2] ?? '')) v |= this.evalNode(a, depth);
      }
      return v & ORIGIN ? v | BUILT : v;
    }
    // sprintf("cat '%s'", $x) (PHP): a value that cannot hold a quote, inside quotes, changes nothing
    if (this.quoted && this.profile === PROFILES.php && name === 'sprintf' && !object && args.length >= 2) {
      const arg = (a: SNode) => (a.type === 'argument' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a);
      const f = literalKey(arg(args[0]!), this.profile);
      if (f !== undefined && !/%\d+\$/.test(f)) {
        const seq: Array<SNode | string> = [];
        let k = 1;
        let last = 0;
        for (const m of f.matchAll(/%(%|[-+ 0#']*\d*(?:\.\d+)?[a-zA-Z])/g)) {
          seq.push(f.slice(last, m.index));
          last = m.index! + m[0].length;
          if (m[1] === '%') seq.push('%');
          else if (args[k]) seq.push(arg(args[k++]!));
        }
        seq.push(f.slice(last));
        let v = this.unionOutsideQuotes(seq, depth, true);
        for (const extra of args.slice(k)) v |= this.evalNode(extra, depth);
        return v & ORIGIN ? v | BUILT : v;
      }
    }
    // Python "fn({!r})".format(x): every replacement field converted with !r / !a, where the rule
    // counts repr as clean, embeds each value as a literal
    if (this.language === 'python' && name === 'format' && object && this.isSanitizer('repr')) {
      const f = literalKey(object, this.profile);
      const fields = f === undefined ? [] : [...f.replace(/\{\{|\}\}/g, '').matchAll(/\{([^{}]*)\}/g)].map((x) => x[1]!);
      if (fields.length > 0 && fields.every((x) => /![ra](:[^{}]*)?$/.test(x))) return 0;
    }
    // the object a method is called on carries its taint to the result ("…".format(x), sb.toString())
    let v = this.union(args, depth);
    if (object) {
      if (!this.moduleRooted(object)) v |= this.evalNode(object, depth);
    } else if (callee && (callee.type === 'attribute' || callee.type === 'member_expression' || callee.type === 'field_expression')) {
      const obj = namedChildren(callee)[0];
      if (obj && !this.moduleRooted(obj)) v |= this.evalNode(obj, depth);
    }
    if (/^(format|join|replace|concat|sprintf|vsprintf|printf|substring|substr|trim|strip|lower|upper|toLowerCase|toUpperCase|toString|valueOf|encode|decode|slice|split)$/.test(name) || /(^|\.)(sprintf|vsprintf|implode|str_replace|String\.format)$/.test(calleeText) || (this.language === 'go' && /^(Sprintf|Sprint|Sprintln|Join|Replace|ReplaceAll|String|Repeat|TrimSpace|ToLower|ToUpper)$/.test(name)) || (this.language === 'rust' && RUST_FORMAT_MACRO.test(name.replace(/^.*::/, '')) || this.language === 'rust' && /^(concat|join|replace|replacen|repeat|push_str|to_lowercase|to_uppercase)$/.test(name)) || (this.language === 'csharp' && /^(Format|Join|Concat|Replace|Insert|Substring|Trim|TrimStart|TrimEnd|ToLower|ToUpper|ToLowerInvariant|ToUpperInvariant|ToString|PadLeft|PadRight|Combine|AppendFormat|AppendLine|Append)$/.test(name)) || (this.language === 'ruby' && /^(format|sprintf|join|gsub|sub|to_s|to_str|concat|prepend|downcase|upcase|capitalize|strip|lstrip|rstrip|chomp|squish|tr|center|ljust|rjust|freeze|dup|encode|force_encoding|unicode_normalize|delete|squeeze|reverse)$/.test(name))) {
      if (v & ORIGIN) v |= BUILT;
    }
    return v;
  }

  // ---- values inside quotes ---------------------------------------------------------------------

  /** The operands of a chain of the same concatenation operator, in order: a + b + c -> [a, b, c]. */
  private concatPieces(n: SNode, op: string): SNode[] | undefined {
    const out: SNode[] = [];
    const stack: SNode[] = [n];
    while (stack.length) {
      const x = stack.pop()!;
      if (this.profile.binaries.has(x.type) && (x.children.find((c) => !c.named)?.text ?? '') === op) {
        const kids = namedChildren(x).filter((c) => !this.profile.comments.has(c.type));
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      } else out.push(x);
      // a very long chain: its operands as the plain union sees them
      if (out.length + stack.length > 64) return undefined;
    }
    return out;
  }

  /**
   * The taint of a string assembled from `pieces` (literal nodes, literal text, values), leaving out
   * the last value when it sits inside single quotes and cannot hold a single quote (the quote is
   * removed, or encoded as by FILTER_SANITIZE_SPECIAL_CHARS / htmlspecialchars(ENT_QUOTES)): it
   * cannot close the quoted string, in SQL, a shell command, an LDAP filter or an XPath. Only the
   * last value: with input after it, a trailing backslash could still pair with a later quote.
   * `text`: literal nodes are raw text (string_content), not quoted literals.
   */
  private unionOutsideQuotes(pieces: Array<SNode | string>, depth: number, text = false): number {
    const lit = (p: SNode | string) => (typeof p === 'string' ? p : text && !this.profile.interpolations.has(p.type) && /^(string_content|string_fragment|string_value|escape_sequence)$/.test(p.type) ? p.text : literalKey(p, this.profile));
    let lastValue = -1;
    for (let i = 0; i < pieces.length; i++) if (lit(pieces[i]!) === undefined) lastValue = i;
    let before = '';
    let v = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i]!;
      const l = lit(p);
      if (l !== undefined) {
        before += l;
        continue;
      }
      const node = p as SNode;
      const st = quoteState(before);
      if (!(i === lastValue && st === "'" && this.quoteFree(node, "'", depth, 0))) v |= st === '' ? this.evalUnquoted(node, depth) : this.evalNode(node, depth);
      before += 'x';
    }
    return v;
  }

  /** The taint of a value placed outside quotes in a string a `quoted` rule reads (`WHERE id = $x`):
   *  escapers that only escape quote characters (taint.json quoteEscapers) do not clean it there. */
  private evalUnquoted(n: SNode, depth: number): number {
    const esc = this.spec?.quoteEscapers ?? [];
    if (esc.length === 0 || this.options.escapersPassed) return this.evalNode(n, depth);
    this.unquotedEngine ??= new TaintEngine(this.language, this.root, this.spec, this.extraSanitizers, {
      ...this.options,
      passThrough: [...(this.options.passThrough ?? []), ...esc],
      escapersPassed: true,
    });
    return this.unquotedEngine.valueOf(n);
  }

  /** `n` cannot hold the quote character `q`: a literal without it, a number, or what a quote-removing / quote-encoding call returns. */
  private quoteFree(n: SNode, q: string, depth: number, hops: number): boolean {
    if (hops > 6) return false;
    while ((n.type === 'parenthesized_expression' || n.type === 'argument') && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
    const k = literalKey(n, this.profile);
    if (k !== undefined) return !k.includes(q);
    if (NUMBER_TYPES.has(n.type)) return true;
    if (this.profile.identifiers.has(n.type)) {
      const rhs = this.dominatingRhs(n);
      return !!rhs && rhs.length > 0 && rhs.every((r) => this.quoteFree(r, q, depth, hops + 1));
    }
    if (!this.profile.calls.has(n.type)) return false;
    const { name, object, args } = calleeOf(n);
    const arg = (i: number) => {
      const a = args[i];
      return a && a.type === 'argument' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a;
    };
    const str = (i: number) => {
      const a = arg(i);
      if (!a) return undefined;
      if (a.type === 'regex') return a.text;
      return literalKey(a, this.profile);
    };
    // a class or a single character that holds the quote: ', \', [...'...] (not negated)
    const removesQuote = (body: string) => {
      const b = body.replace(/\\(['"])/g, '$1');
      if (b === q) return true;
      const m = /^\[([^\]]*)\][+*]?$/.exec(b);
      return !!m && !m[1]!.startsWith('^') && m[1]!.includes(q);
    };
    const delimited = (p: string | undefined) => {
      const m = p === undefined ? null : /^(.)([\s\S]*)\1([a-zA-Z]*)$/.exec(p);
      return m ? { body: m[2]!, flags: m[3]! } : undefined;
    };
    if (this.profile === PROFILES.php && !object) {
      if (name === 'filter_var' && args.length >= 2) return /^\\?(FILTER_SANITIZE_(FULL_)?SPECIAL_CHARS|FILTER_SANITIZE_ENCODED)$/.test(arg(1)!.text);
      if (name === 'htmlspecialchars' || name === 'htmlentities') return q === '"' || (args.length >= 2 && /\bENT_QUOTES\b/.test(arg(1)!.text));
      if (name === 'urlencode' || name === 'rawurlencode' || name === 'bin2hex' || name === 'base64_encode' || name === 'md5' || name === 'sha1') return true;
      if (name === 'preg_replace' && args.length === 3 && str(1) === '') {
        const d = delimited(str(0));
        return !!d && removesQuote(d.body);
      }
      if ((name === 'str_replace' || name === 'str_ireplace') && args.length === 3 && str(1) === '') {
        const s0 = str(0);
        if (s0 !== undefined) return s0 === q;
        const a0 = arg(0);
        return !!a0 && /^(array_creation_expression)$/.test(a0.type) && namedChildren(a0).some((e) => literalKey(namedChildren(e)[0] ?? e, this.profile) === q);
      }
      return false;
    }
    // x.replace("'", "") (Python), x.replace(/'/g, ""), x.replaceAll("'", "") (JavaScript / Java)
    if (object && (name === 'replace' || name === 'replaceAll') && args.length === 2 && str(1) === '') {
      const a0 = arg(0);
      if (a0?.type === 'regex') {
        const d = delimited(a0.text);
        return !!d && /g/.test(d.flags) && removesQuote(d.body);
      }
      const s0 = str(0);
      if (s0 === undefined) return false;
      if (this.language === 'python' || (name === 'replaceAll' && this.language !== 'java')) return s0 === q;
      if (this.language === 'java') return name === 'replace' ? s0 === q : removesQuote(s0);
      return false;
    }
    return false;
  }

  /** Variable `v` only ever holds a map built here: a dict / object / array literal, dict(), new Map(), new HashMap<>(), Map.of(...). */
  private builtMap(v: SNode): boolean {
    const rhs = this.reachingRhs(v, true);
    if (rhs.length === 0) return false;
    return rhs.every((r) => {
      while (r.type === 'parenthesized_expression' && namedChildren(r).length === 1) r = namedChildren(r)[0]!;
      if (/^(dictionary|dictionary_comprehension|object|array_creation_expression)$/.test(r.type)) return true;
      if (r.type === 'new_expression' || r.type === 'object_creation_expression') return /^new\s+([\w.]+\.)?(\w*Map|Properties|Hashtable)\b/.test(r.text);
      if (this.profile.calls.has(r.type)) {
        const { callee, name, object } = calleeOf(r);
        const text = callee === r || !callee ? `${object ? object.text + '.' : ''}${name}` : callee.text;
        return /^(dict|(java\.util\.)?Map\.(of|ofEntries|copyOf)|Collections\.(unmodifiableMap|emptyMap))$/.test(text);
      }
      return false;
    });
  }

  /** The right-hand sides of the assignments of `use` when one of them is sure to run before it (undefined otherwise). */
  private dominatingRhs(use: SNode): SNode[] | undefined {
    const scope = this.scopeOf(this.scopeNodeOf(use));
    const sn = scope.node;
    const defs = (scope.defs.get(use.text) ?? []).filter((d) => d.at.end <= use.start && d.key === undefined && !this.isDead(d.at, sn));
    const out: SNode[] = [];
    for (let i = defs.length - 1; i >= 0; i--) {
      const d = defs[i]!;
      if (!d.kills || d.fixed !== undefined) return undefined;
      out.push(...d.rhs);
      if (this.dominates(d.at, use, sn)) return out;
    }
    return undefined;
  }

  // ---- lists with constant positions ------------------------------------------------------------

  /** The element expressions of a list literal / constructor (undefined: not a list built here). */
  private listLiteral(rhs: SNode | undefined): SNode[] | undefined {
    if (!rhs) return undefined;
    const P = this.profile;
    let n: SNode = rhs;
    while ((n.type === 'parenthesized_expression' || n.type === 'argument') && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
    const items = (xs: SNode[]): SNode[] | undefined => {
      const out: SNode[] = [];
      for (const x of xs) {
        if (P.comments.has(x.type)) continue;
        if (/splat|spread|variadic|pair|keyword_argument/.test(x.type)) return undefined;
        if (x.type === 'array_element_initializer') {
          const k = namedChildren(x);
          if (k.length !== 1 || x.children.some((c) => c.text === '=>' || c.text === '...')) return undefined;
          out.push(k[0]!);
        } else out.push(x);
      }
      return out;
    };
    if (n.type === 'list' || n.type === 'tuple' || n.type === 'array' || n.type === 'array_initializer' || n.type === 'array_creation_expression') {
      if (n.type === 'array_creation_expression' && this.language === 'java') {
        const init = childByField(n, 'value');
        return init ? this.listLiteral(init) : undefined;
      }
      return items(namedChildren(n));
    }
    if (P.calls.has(n.type)) {
      const { name, object, args } = calleeOf(n);
      const plain = args.length === 0 || (args.length === 1 && NUMBER_TYPES.has((namedChildren(args[0]!)[0] ?? args[0]!).type) && this.language !== 'python');
      if (n.type === 'object_creation_expression' || n.type === 'new_expression') {
        const ty = (childByField(n, 'type') ?? childByField(n, 'constructor'))?.text ?? '';
        if (!/(^|\.)(ArrayList|LinkedList|Vector|Array)\b/.test(ty)) return undefined;
        if (plain) return [];
        return args.length === 1 ? this.listLiteral(args[0]) : undefined;
      }
      if (!object && /^(list|array)$/.test(name) && args.length === 0) return [];
      if (!object && name === 'array' && this.language === 'php') return items(args);
      if (object && /^(Arrays\.asList|List\.of|Array\.of)$/.test(`${object.text}.${name}`)) return items(args);
      return undefined;
    }
    return undefined;
  }

  /** Loops (below `scope`) around `n`. */
  private loopsAround(n: SNode, scope: SNode): SNode[] {
    const out: SNode[] = [];
    for (let x: SNode | null = n.parent; x && x !== scope; x = x.parent) if (/^(for|while|do|enhanced_for|for_in|foreach)_statement$/.test(x.type)) out.push(x);
    return out;
  }

  /**
   * The elements of the list variable `obj` just before `use` (a read of it), when the list is
   * built in this function from a literal / constructor and then only changed by operations with
   * constant positions that run whenever the use does (append, insert, pop(i), remove(i), del l[i],
   * l[i] = v, array_push / array_shift ...). Undefined when that is not known.
   */
  private listState(obj: SNode, use: SNode): SNode[] | undefined {
    const P = this.profile;
    if (this.language === 'c' || this.language === 'cpp') return undefined;
    const name = obj.text;
    const sn = this.scopeNodeOf(use);
    const occ: SNode[] = [];
    const stack: SNode[] = [sn];
    while (stack.length) {
      const x = stack.pop()!;
      if (x !== sn && P.functions.has(x.type)) continue;
      if (P.identifiers.has(x.type)) {
        if (x.text === name && x !== obj) occ.push(x);
        continue;
      }
      for (const c of x.children) stack.push(c);
    }
    occ.sort((a, b) => a.start - b.start);
    const unwrap = (a: SNode | undefined) => (a && a.type === 'argument' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a);
    const intOf = (a: SNode | undefined): number | undefined => {
      const c = a ? this.constOf(unwrap(a)!) : undefined;
      return typeof c === 'number' && Number.isInteger(c) ? c : undefined;
    };
    type Op = { at: SNode; apply?: (l: SNode[]) => SNode[] | undefined; reset?: SNode[]; pure?: boolean };
    const classify = (o: SNode): Op | undefined => {
      const p = o.parent;
      if (!p) return undefined;
      // x = [ ... ] / new ArrayList<>() / array(...)
      const a = P.assigns[p.type];
      if (a && childByField(p, a.lhs) === o && !a.aug && !/for/.test(p.type)) {
        const op = p.children.find((c) => !c.named && /=$/.test(c.text))?.text ?? '=';
        if (op !== '=') return undefined;
        const l = this.listLiteral(childByField(p, a.rhs));
        return l ? { at: p, reset: l } : undefined;
      }
      // subscripts: reads, l[i] = v, $l[] = v, del l[i]
      if (/^(subscript|subscript_expression|array_access)$/.test(p.type) && (namedChildren(p)[0] === o)) {
        const idx = childByField(p, 'subscript') ?? childByField(p, 'index') ?? namedChildren(p)[1];
        const g = p.parent;
        const ga = g ? P.assigns[g.type] : undefined;
        if (g && ga && childByField(g, ga.lhs) === p) {
          if (ga.aug) return undefined;
          const rhs = childByField(g, ga.rhs);
          if (!rhs) return undefined;
          if (!idx) return { at: g, apply: (l) => [...l, rhs] };
          const i = intOf(idx);
          if (i === undefined) return undefined;
          return { at: g, apply: (l) => { const j = i < 0 && this.language === 'python' ? l.length + i : i; if (j < 0 || j >= l.length) return undefined; const c = [...l]; c[j] = rhs; return c; } };
        }
        if (g && g.type === 'delete_statement') {
          const i = intOf(idx);
          if (i === undefined) return undefined;
          return { at: g, apply: (l) => removeAt(l, i) };
        }
        return { at: p, pure: true };
      }
      // l.append(v), l.pop(0), l.get(1) ...
      let call: SNode | undefined;
      if ((p.type === 'method_invocation' || p.type === 'member_call_expression') && o.field === 'object') call = p;
      else if ((p.type === 'attribute' || p.type === 'member_expression') && o.field === 'object' && p.parent && P.calls.has(p.parent.type) && p.field === 'function') call = p.parent;
      if (call) {
        const { name: m, args } = calleeOf(call);
        return this.listMethod(call, m, args.map((x) => unwrap(x)!), intOf);
      }
      // array_push($l, v), array_shift($l), len(l), count($l)
      const argNode = p.type === 'argument' ? p : o;
      const list = argNode.parent;
      const fcall = list?.parent;
      if (list && fcall && (list.type === 'arguments' || list.type === 'argument_list') && P.calls.has(fcall.type)) {
        const { name: f, object, args } = calleeOf(fcall);
        if (object) return undefined;
        if (/^(len|count|sizeof|str|repr|print|is_array|empty|isset)$/.test(f)) return { at: fcall, pure: true };
        if (unwrap(args[0]) !== o) return undefined;
        const rest = args.slice(1).map((x) => unwrap(x)!);
        if (f === 'array_push') return { at: fcall, apply: (l) => [...l, ...rest] };
        if (f === 'array_unshift') return { at: fcall, apply: (l) => [...rest, ...l] };
        if (f === 'array_shift' && rest.length === 0) return { at: fcall, apply: (l) => removeAt(l, 0) };
        if (f === 'array_pop' && rest.length === 0) return { at: fcall, apply: (l) => removeAt(l, l.length - 1) };
        return undefined;
      }
      return undefined;
    };
    const removeAt = (l: SNode[], i: number): SNode[] | undefined => {
      const j = i < 0 && this.language === 'python' ? l.length + i : i;
      if (j < 0 || j >= l.length) return undefined;
      return [...l.slice(0, j), ...l.slice(j + 1)];
    };
    let state: SNode[] | undefined;
    let reset: SNode | undefined;
    const useLoops = this.loopsAround(use, sn);
    for (const o of occ) {
      if (this.isDead(o, sn)) continue;
      const op = classify(o);
      if (o.start > use.start) {
        // after the use: it only matters when a loop around the use (not around the list's creation) runs it again
        if (op?.pure) continue;
        if (useLoops.some((l) => this.isAncestor(l, o) && !(reset && this.isAncestor(l, reset)))) return undefined;
        continue;
      }
      if (!op) {
        state = undefined;
        continue;
      }
      if (op.pure) continue;
      if (!this.dominates(op.at, use, sn)) {
        state = undefined;
        continue;
      }
      if (op.reset) {
        state = op.reset;
        reset = op.at;
        continue;
      }
      if (!state || !reset) continue;
      if (this.loopsAround(op.at, sn).some((l) => !this.isAncestor(l, reset!))) {
        state = undefined;
        continue;
      }
      state = op.apply!(state);
    }
    if (!state || !reset) return undefined;
    if (useLoops.some((l) => !this.isAncestor(l, reset!)) && !this.listReadIsPure(use)) return undefined;
    return state;
  }

  private listReadIsPure(use: SNode): boolean {
    if (!this.profile.calls.has(use.type)) return true;
    return /^(get|elementAt|__getitem__|peek|peekFirst|getFirst|at)$/.test(calleeOf(use).name);
  }

  /** What a method call on a list does (for listState). */
  private listMethod(call: SNode, m: string, args: SNode[], intOf: (a: SNode | undefined) => number | undefined): { at: SNode; apply?: (l: SNode[]) => SNode[] | undefined; pure?: boolean } | undefined {
    const lang = this.language;
    const js = familyOf(lang) === 'javascript';
    const at = call;
    const removeAt = (l: SNode[], i: number): SNode[] | undefined => {
      const j = i < 0 && lang === 'python' ? l.length + i : i;
      if (j < 0 || j >= l.length) return undefined;
      return [...l.slice(0, j), ...l.slice(j + 1)];
    };
    if (/^(get|elementAt|__getitem__|size|length|index|indexOf|lastIndexOf|count|contains|includes|isEmpty|toString|copy|slice|getFirst|getLast|peek|peekFirst|peekLast|at|join|forEach|stream|iterator|toArray|keys|values|entries|map|filter|some|every|find)$/.test(m))
      return { at, pure: true };
    if (/^(append|addLast|offer|offerLast)$/.test(m) && args.length === 1) return { at, apply: (l) => [...l, args[0]!] };
    if (m === 'add' && args.length === 1 && lang === 'java') return { at, apply: (l) => [...l, args[0]!] };
    if (m === 'push' && js) return { at, apply: (l) => [...l, ...args] };
    if (m === 'unshift' && js) return { at, apply: (l) => [...args, ...l] };
    if (/^(addFirst|offerFirst|appendleft)$/.test(m) && args.length === 1) return { at, apply: (l) => [args[0]!, ...l] };
    if ((m === 'insert' && lang === 'python') || (m === 'add' && lang === 'java')) {
      if (args.length !== 2) return undefined;
      const i = intOf(args[0]);
      if (i === undefined) return undefined;
      return { at, apply: (l) => { let j = i < 0 ? Math.max(0, l.length + i) : Math.min(i, l.length); if (lang === 'java' && (i < 0 || i > l.length)) return undefined; return [...l.slice(0, j), args[1]!, ...l.slice(j)]; } };
    }
    if ((m === 'extend' || m === 'addAll') && args.length === 1) {
      const xs = this.listLiteral(args[0]);
      return xs ? { at, apply: (l) => [...l, ...xs] } : undefined;
    }
    if (m === 'set' && lang === 'java' && args.length === 2) {
      const i = intOf(args[0]);
      if (i === undefined) return undefined;
      return { at, apply: (l) => { if (i < 0 || i >= l.length) return undefined; const c = [...l]; c[i] = args[1]!; return c; } };
    }
    if (m === 'pop' && (lang === 'python' || js)) {
      if (args.length === 0) return { at, apply: (l) => removeAt(l, l.length - 1) };
      const i = lang === 'python' && args.length === 1 ? intOf(args[0]) : undefined;
      return i === undefined ? undefined : { at, apply: (l) => removeAt(l, i) };
    }
    if (/^(shift|removeFirst|poll|pollFirst|popleft)$/.test(m) && args.length === 0) return { at, apply: (l) => removeAt(l, 0) };
    if (m === 'remove' && lang === 'java' && args.length === 0) return { at, apply: (l) => removeAt(l, 0) };
    if (/^(removeLast|pollLast)$/.test(m) && args.length === 0) return { at, apply: (l) => removeAt(l, l.length - 1) };
    if (m === 'remove' && args.length === 1) {
      const a = args[0]!;
      if (lang === 'java' && NUMBER_TYPES.has(a.type)) {
        const i = intOf(a);
        return i === undefined ? undefined : { at, apply: (l) => removeAt(l, i) };
      }
      const v = this.constOf(a);
      if (v === undefined) return undefined;
      // by value: the first element equal to it (every element before it a different constant)
      return {
        at,
        apply: (l) => {
          for (let i = 0; i < l.length; i++) {
            const c = this.constOf(l[i]!);
            if (c === undefined) return undefined;
            if (c === v) return removeAt(l, i);
          }
          return lang === 'python' ? undefined : l;
        },
      };
    }
    if (m === 'clear' && args.length === 0) return { at, apply: () => [] };
    if (m === 'reverse' && args.length === 0) return { at, apply: (l) => [...l].reverse() };
    return undefined;
  }

  /** The value of a read of a list element with a constant position (l[1], l.get(1), l.pop(0), array_shift($l)), or undefined. */
  private listRead(n: SNode, depth: number): number | undefined {
    const P = this.profile;
    if (this.language === 'c' || this.language === 'cpp') return undefined;
    let obj: SNode | undefined;
    let pick: ((l: SNode[]) => SNode | undefined) | undefined;
    const at = (i: number) => (l: SNode[]) => l[i < 0 && this.language === 'python' ? l.length + i : i];
    const unwrap = (a: SNode | undefined) => (a && a.type === 'argument' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a);
    const intOf = (a: SNode | undefined): number | undefined => {
      const c = a ? this.constOf(unwrap(a)!) : undefined;
      return typeof c === 'number' && Number.isInteger(c) ? c : undefined;
    };
    if (/^(subscript|subscript_expression|array_access)$/.test(n.type)) {
      const k = namedChildren(n);
      if (k.length !== 2 || !P.identifiers.has(k[0]!.type)) return undefined;
      const i = intOf(k[1]);
      if (i === undefined) return undefined;
      obj = k[0];
      pick = at(i);
    } else if (P.calls.has(n.type)) {
      const { name, object, args } = calleeOf(n);
      const js = familyOf(this.language) === 'javascript';
      if (object && P.identifiers.has(object.type)) {
        obj = object;
        const i = args.length === 1 ? intOf(args[0]) : undefined;
        if (/^(get|elementAt|__getitem__|at)$/.test(name) && i !== undefined) pick = at(i);
        else if (name === 'pop' && this.language === 'python') pick = args.length === 0 ? (l) => l[l.length - 1] : i !== undefined ? at(i) : undefined;
        else if (name === 'pop' && js && args.length === 0) pick = (l) => l[l.length - 1];
        else if (name === 'remove' && this.language === 'java' && args.length === 1 && NUMBER_TYPES.has(args[0]!.type) && i !== undefined) pick = at(i);
        else if (/^(shift|removeFirst|poll|pollFirst|popleft|getFirst|peekFirst)$/.test(name) && args.length === 0) pick = at(0);
        else if (/^(removeLast|pollLast|getLast|peekLast)$/.test(name) && args.length === 0) pick = (l) => l[l.length - 1];
      } else if (!object && (name === 'array_shift' || name === 'array_pop') && args.length === 1) {
        const a = unwrap(args[0]);
        if (a && P.identifiers.has(a.type)) {
          obj = a;
          pick = name === 'array_shift' ? at(0) : (l) => l[l.length - 1];
        }
      }
    }
    if (!obj || !pick) return undefined;
    const state = this.listState(obj, n);
    if (!state) return undefined;
    const e = pick(state);
    return e ? this.evalNode(e, depth) : undefined;
  }

  /**
   * A replace that deletes every character outside a small allow-list (letters, digits, _, space,
   * -, .): preg_replace('/[^a-z0-9]/', '', $x), re.sub(r'\W', '', x), x.replace(/[^\w]/g, ''),
   * filter_var($x, FILTER_SANITIZE_NUMBER_INT / FILTER_VALIDATE_INT ...). The result carries no
   * metacharacters.
   */
  /**
   * JavaScript: a hand-written HTML escape, s.replace(/[&<>"']/g, (c) => MAP[c]) or the chain
   * s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'): the replaced
   * characters (with an entity or a mapping function) include &, < and >.
   */
  private htmlEscapeChain(n: SNode): boolean {
    if (familyOf(this.language) !== 'javascript') return false;
    const covered = new Set<string>();
    let x: SNode | undefined = n;
    while (x && this.profile.calls.has(x.type)) {
      const { name, object, args } = calleeOf(x);
      if (!/^replace(All)?$/.test(name) || !object || args.length !== 2) break;
      const [pat, rep] = args as [SNode, SNode];
      let chars: string[] = [];
      if (pat.type === 'regex') {
        const m = /^\/([\s\S]*)\/([a-z]*)$/.exec(pat.text);
        if (!m || !m[2]!.includes('g')) return false;
        const body = m[1]!;
        const cls = /^\[([^\]^][^\]]*)\]$/.exec(body);
        chars = cls ? [...cls[1]!.replace(/\\(.)/g, '$1')] : /^(\\?[&<>"'])$/.test(body) ? [body.replace(/^\\/, '')] : [];
      } else if (name === 'replaceAll') {
        const k = literalKey(pat, this.profile);
        if (k !== undefined && k.length === 1) chars = [k];
      }
      const entity = rep.type === 'arrow_function' || rep.type === 'function_expression' || this.profile.identifiers.has(rep.type) || /^&(#\d+|#x[0-9a-fA-F]+|[a-z]+);$/.test(literalKey(rep, this.profile) ?? '');
      if (!chars.length || !entity) return false;
      for (const c of chars) covered.add(c);
      x = object;
    }
    return covered.has('&') && covered.has('<') && covered.has('>');
  }

  private allowListReplace(name: string, calleeText: string, object: SNode | undefined, args: SNode[]): boolean {
    const unwrap = (a: SNode | undefined) => (a && a.type === 'argument' && namedChildren(a).length === 1 ? namedChildren(a)[0]! : a);
    const str = (a: SNode | undefined) => {
      const x = unwrap(a);
      if (!x) return undefined;
      if (x.type === 'regex') return x.text;
      const k = literalKey(x, this.profile);
      if (k !== undefined) return k;
      const c = this.constOf(x);
      return typeof c === 'string' ? c : undefined;
    };
    const CLASS = String.raw`(\\[wd]|[a-zA-Z0-9]-[a-zA-Z0-9]|[a-zA-Z0-9_ .-]|\\-|\\ )*`;
    const negated = new RegExp(String.raw`^(\[\^${CLASS}\]|\\W)[+*]?$`);
    const pattern = (p: string | undefined, delimited: boolean) => {
      if (p === undefined) return false;
      let body = p;
      if (delimited) {
        const m = /^(.)([\s\S]*)\1[a-zA-Z]*$/.exec(p);
        if (!m) return false;
        body = m[2]!;
      }
      return negated.test(body);
    };
    // JavaScript / Java: a replacement of allow-listed characters (`_`, `-`) instead of nothing
    // (`name.replace(/[^\w.-]/g, "_")`) leaves only allowed characters as well
    const repl = (r: string | undefined) => r !== undefined && /^[A-Za-z0-9_ -]{0,2}$/.test(r);
    if (name === 'preg_replace' && !object && args.length === 3) return str(args[1]) === '' && pattern(str(args[0]), true);
    // (Python too: re.sub(r"[^A-Za-z0-9_-]", "-", title) is as clean as with "")
    if (this.language === 'python' && /^(re\.)?sub$/.test(calleeText) && args.length >= 3) return repl(str(args[1])) && pattern(str(args[0]), false);
    if (familyOf(this.language) === 'javascript' && /^replace(All)?$/.test(name) && args.length === 2)
      return repl(str(args[1])) && unwrap(args[0])?.type === 'regex' && pattern(str(args[0]), true) && /g[a-z]*$/.test(str(args[0])!);
    if (name === 'filter_var' && !object && args.length >= 2) return /^(FILTER_SANITIZE_NUMBER_(INT|FLOAT)|FILTER_VALIDATE_(INT|FLOAT|BOOLEAN|BOOL))$/.test(unwrap(args[1])!.text);
    // Java: s.replaceAll("[^a-zA-Z0-9]", "") (the pattern is a regex in a string literal: \\W is \W)
    if (this.language === 'java' && name === 'replaceAll' && object && args.length === 2 && repl(str(args[1]))) {
      const re = str(args[0]);
      return re !== undefined && pattern(re.replace(/\\\\/g, '\\'), false);
    }
    return false;
  }

  // ---- possible constant strings ---------------------------------------------------------------

  /**
   * The string literals `n` may hold: a literal, the literals assigned to a variable before the use,
   * both arms of a ternary, the default of a lookup with one (props.getProperty("k", "DES"),
   * os.environ.get("K", "md5"), map.getOrDefault(k, "SHA1")), what a function of this file returns.
   */
  possibleStrings(n: SNode, depth = 0): string[] {
    if (depth > 8) return [];
    const P = this.profile;
    // (Go: the value list of `const bits = 1024` / `x := "a"` holds one expression)
    while ((WRAPPERS.has(n.type) || (this.language === 'go' && n.type === 'expression_list')) && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
    const k = literalKey(n, P);
    if (k !== undefined) return [k];
    if (P.identifiers.has(n.type)) {
      const rhs = this.reachingRhs(n);
      // Java: a field also holds what the methods assign to it (`this.transformation = "DES/ECB/…"` in a constructor)
      if (this.javaFieldRef(n)) rhs.push(...this.javaFieldWriteRhs(n.text));
      return rhs.flatMap((r) => this.possibleStrings(r, depth + 1));
    }
    if (TERNARIES.has(n.type)) {
      const { then, other } = this.ternaryParts(n);
      return [then, other].filter((x): x is SNode => !!x).flatMap((x) => this.possibleStrings(x, depth + 1));
    }
    // JavaScript `opts.algorithm` of an object literal (`const settings = { algorithm: "aes-128-ecb" }`),
    // also through a parameter's default (`function f(buf, opts = settings)`): that key's literals
    const mk = memberKey(n, P);
    if (mk) {
      let bases = this.reachingRhs(mk.base);
      if (bases.length === 0) bases = this.paramDefault(mk.base);
      const objs = bases.flatMap((b) => (P.identifiers.has(b.type) ? this.reachingRhs(b) : [b]));
      const out: string[] = [];
      for (const o of objs) for (const e of literalEntry(o, mk.key, P) ?? []) out.push(...this.possibleStrings(e, depth + 1));
      return out;
    }
    if (P.binaries.has(n.type) && /^(\|\||or|\?\?)$/.test(n.children.find((c) => !c.named)?.text ?? '')) return namedChildren(n).flatMap((x) => this.possibleStrings(x, depth + 1));
    // Python repetition of a constant string (`b"\x00" * 16`, `"0" * 32`): a constant too (an IV,
    // a key or a salt that is the same on every run)
    if (P === PROFILES.python && n.type === 'binary_operator' && n.children.find((c) => !c.named)?.text === '*') {
      const [a, b] = namedChildren(n);
      const [s, k] = a && P.strings.has(a.type) ? [a, b] : [b, a];
      const text = s && P.strings.has(s.type) ? literalKey(s, P) : undefined;
      if (text !== undefined && k && NUMBER_TYPES.has(k.type) && /^\d+$/.test(k.text)) return [text.repeat(Math.min(Number(k.text), 256))];
    }
    if (P.calls.has(n.type)) {
      const { name, args, object } = calleeOf(n);
      // Python `bytes(16)` / `bytearray(16)`: that many zero bytes
      if (P === PROFILES.python && /^(bytes|bytearray)$/.test(name) && args.length === 1 && /^\d+$/.test(args[0]!.text)) return ['\0'.repeat(Math.min(Number(args[0]!.text), 256))];
      // JavaScript `Buffer.from("...", enc)`: the bytes of a constant string (a hard-coded key or IV)
      if (P === PROFILES.javascript && name === 'from' && object?.text === 'Buffer' && args.length >= 1) return this.possibleStrings(args[0]!, depth + 1);
      if (/^(getProperty|get|getOrDefault|getenv|getParameter|optString|getString)$/.test(name) && args.length === 2) return this.possibleStrings(args[1]!, depth + 1);
      const out: string[] = [];
      for (const f of this.targetsOf(n)) {
        const stack: SNode[] = [childByField(f, 'body') ?? f];
        while (stack.length) {
          const x = stack.pop()!;
          if (x !== f && P.functions.has(x.type)) continue;
          if (x.type === 'return_statement') for (const e of namedChildren(x)) out.push(...this.possibleStrings(e, depth + 1));
          else for (const c of x.children) stack.push(c);
        }
      }
      return out;
    }
    return [];
  }

  /**
   * The constant text every value of `n` starts with, one entry per reaching definition
   * (`https://api.example.com/users/` for f"https://api.example.com/users/{uid}",
   * `BASE + "/users/" + uid` with a constant `BASE`, `"...{}".format(x)`, `` `${API}/x/${id}` ``);
   * undefined when the start of some definition is unknown. Python and JavaScript.
   */
  constantPrefixes(n: SNode, depth = 0): string[] | undefined {
    if (depth > 8) return undefined;
    const P = this.profile;
    while (WRAPPERS.has(n.type) && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
    const k = literalKey(n, P);
    if (k !== undefined) return [k];
    if (P.identifiers.has(n.type)) return this.overDefinitions(n, (r) => this.constantPrefixes(r, depth + 1));
    if ((n.type === 'string' || n.type === 'template_string') && n.children.some((c) => P.interpolations.has(c.type))) {
      let acc = [''];
      for (const c of n.children) {
        if (P.interpolations.has(c.type)) {
          const inner = namedChildren(c)[0];
          const v = inner ? this.exactStrings(inner, depth + 1) : undefined;
          if (!v) return acc;
          acc = acc.flatMap((a) => v.map((x) => a + x));
        } else if (/content|fragment|escape/.test(c.type)) acc = acc.map((a) => a + c.text);
      }
      return acc;
    }
    if (P.binaries.has(n.type)) {
      const op = n.children.find((c) => !c.named)?.text;
      const [l, r] = namedChildren(n);
      if (op === '+' && l && r) {
        const lv = this.exactStrings(l, depth + 1);
        if (!lv) return this.constantPrefixes(l, depth + 1);
        const rp = this.constantPrefixes(r, depth + 1);
        return rp ? lv.flatMap((a) => rp.map((b) => a + b)) : lv;
      }
      if (op === '%' && l) return this.constantPrefixes(l, depth + 1)?.map((x) => x.split('%')[0]!);
      return undefined;
    }
    if (n.type === 'call') {
      const fn = childByField(n, 'function');
      const obj = fn?.type === 'attribute' ? childByField(fn, 'object') : undefined;
      const lit = obj ? literalKey(obj, P) : undefined;
      if (lit !== undefined && childByField(fn!, 'attribute')?.text === 'format') return [lit.split('{')[0]!];
    }
    return undefined;
  }

  /** The exact constant strings `n` may hold (a literal, a variable whose every reaching definition is one). */
  private exactStrings(n: SNode, depth: number): string[] | undefined {
    if (depth > 8) return undefined;
    const P = this.profile;
    while (WRAPPERS.has(n.type) && namedChildren(n).length === 1) n = namedChildren(n)[0]!;
    const k = literalKey(n, P);
    if (k !== undefined) return [k];
    // Python: UPSTREAMS.get(name) / UPSTREAMS[name] of a dict literal with constant values: one of them
    if (this.language === 'python' && (n.type === 'call' || n.type === 'subscript')) return this.constantDictValue(n);
    if (!P.identifiers.has(n.type)) return undefined;
    return this.overDefinitions(n, (r) => this.exactStrings(r, depth + 1));
  }

  /** Python `M.get(k)` (with a constant default or none: a missing key gives None, no string) or
   *  `M[k]` of a variable every reaching definition of which is a dict literal with constant values. */
  private constantDictValue(n: SNode): string[] | undefined {
    const P = this.profile;
    let m: SNode | undefined;
    let dflt: SNode | undefined;
    if (n.type === 'call') {
      const { name, object, args } = calleeOf(n);
      if (name !== 'get' || !object || !P.identifiers.has(object.type) || args.length < 1 || args.length > 2) return undefined;
      m = object;
      dflt = args[1];
    } else {
      const v = childByField(n, 'value');
      if (v && P.identifiers.has(v.type)) m = v;
    }
    if (!m) return undefined;
    const defs = this.reachingRhs(m);
    if (!defs.length || !defs.every((d) => d.type === 'dictionary')) return undefined;
    const out: string[] = [];
    for (const d of defs)
      for (const p of namedChildren(d)) {
        if (P.comments.has(p.type)) continue;
        const val = p.type === 'pair' ? childByField(p, 'value') : undefined;
        const str = val ? literalKey(val, P) : undefined;
        if (str === undefined) return undefined;
        out.push(str);
      }
    if (dflt) {
      const str = literalKey(dflt, P);
      if (str === undefined) return undefined;
      out.push(str);
    }
    return out.length ? out : undefined;
  }

  /** The strings `f` gives for every definition of variable `use` that reaches it, together; undefined
   *  when none reaches it or `f` knows nothing of one of them. */
  private overDefinitions(use: SNode, f: (rhs: SNode) => string[] | undefined): string[] | undefined {
    const rhs = this.reachingRhs(use);
    if (!rhs.length) return undefined;
    const out: string[] = [];
    for (const r of rhs) {
      const x = f(r);
      if (!x) return undefined;
      out.push(...x);
    }
    return out;
  }

  /** The right-hand sides of the definitions reaching `use` (this function, then enclosing ones);
   *  `killsOnly`: assignments of the variable itself (p = ...), not writes into what it points to (p[i] = c, strcpy(p, s)). */
  private reachingRhs(use: SNode, killsOnly = false): SNode[] {
    const name = use.text;
    let scope: Scope | undefined = this.scopeOf(this.scopeNodeOf(use));
    let at = use;
    const out: SNode[] = [];
    while (scope) {
      const sn = scope.node;
      const defs = (scope.defs.get(name) ?? []).filter((d) => d.at.end <= at.start && d.key === undefined && !this.isDead(d.at, sn));
      for (let i = defs.length - 1; i >= 0; i--) {
        const d = defs[i]!;
        if (!killsOnly || d.kills) out.push(...d.rhs);
        if (d.kills && this.dominates(d.at, use, sn)) return out;
      }
      if (scope.params.has(name) || !scope.parent) return out;
      at = scope.node;
      scope = scope.parent;
    }
    return out;
  }

  // ---- C memory: releases, null pointers, guards, buffer sizes ----------------------------------

  /** The variable an expression is about: p in p, (char *)p, &p, *p, (p). */
  baseVar(n: SNode): SNode | undefined {
    let x: SNode | undefined = n;
    for (let i = 0; i < 6 && x && !this.profile.identifiers.has(x.type); i++) {
      if (x.type === 'cast_expression') x = childByField(x, 'value');
      else if (x.type === 'parenthesized_expression' || x.type === 'pointer_expression' || x.type === 'reference_expression') x = namedChildren(x)[namedChildren(x).length - 1];
      else return undefined;
    }
    return x && this.profile.identifiers.has(x.type) ? x : undefined;
  }

  /** Statements of `fn` that end the path: return, break, continue, goto, throw, exit()/abort(). */
  private isJump(st: SNode): boolean {
    if (JUMPS.has(st.type)) return true;
    if (st.type === 'expression_statement') {
      const c = namedChildren(st)[0];
      if (!c || !this.profile.calls.has(c.type)) return false;
      const name = calleeOf(c).name;
      return EXITS.test(name) || this.noreturnFunctions().has(name);
    }
    return false;
  }

  private noreturnMemo?: Set<string>;
  /** C/C++: this file's functions that never return (usage(), die(), fatal()): the body's last
   *  statement calls exit() / abort(), or the definition is marked noreturn. A free followed by
   *  `usage(EXIT_FAILURE)` ends its path as surely as one followed by exit(1). */
  private noreturnFunctions(): Set<string> {
    if (this.noreturnMemo) return this.noreturnMemo;
    const out = new Set<string>();
    this.noreturnMemo = out;
    if (this.language !== 'c' && this.language !== 'cpp') return out;
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type !== 'function_definition') { for (const c of x.children) stack.push(c); continue; }
      const name = this.functionName(x);
      const body = childByField(x, 'body');
      if (!name || !body) continue;
      const head = x.text.slice(0, body.start - x.start);
      const stmts = namedChildren(body).filter((c) => !this.profile.comments.has(c.type));
      const last = stmts[stmts.length - 1];
      const call = last?.type === 'expression_statement' ? namedChildren(last)[0] : undefined;
      if (/\b(_Noreturn|noreturn|__noreturn__|\w*NO_?RETURN\w*)\b/i.test(head) || (call && this.profile.calls.has(call.type) && EXITS.test(calleeOf(call).name))) out.add(name);
    }
    return out;
  }

  /** Go: `n` sits in the body of a `case "a", "b":` of a switch on the same expression. */
  private goSwitchLiteral(n: SNode): boolean {
    for (let p = n.parent; p && !this.profile.functions.has(p.type); p = p.parent) {
      if (p.type !== 'expression_case' || p.parent?.type !== 'expression_switch_statement') continue;
      const subj = childByField(p.parent, 'value');
      const vals = childByField(p, 'value');
      if (subj && vals && subj.text === n.text && !this.isAncestor(vals, n) && namedChildren(vals).length > 0 && namedChildren(vals).every((v) => this.profile.strings.has(v.type))) return true;
    }
    return false;
  }

  private readonly goGlobalMemo = new Map<string, number>();

  /** Go: the values the functions of the file assign into (`g = v`, `g[k] = v`, `g.f = v`) or send on
   *  (`g <- v`) the package-level variable `name`, in functions that do not declare their own. */
  private goGlobalWrites(name: string, depth: number): number {
    return memoized(this.goGlobalMemo, name, () => {
      let v = 0;
      const add = (r: number) => { v |= paramsAsUnknown(r); };
      const base = (x: SNode | undefined): string | undefined => {
        for (let i = 0; i < 6 && x && x.type !== 'identifier'; i++) x = childByField(x, 'operand') ?? namedChildren(x)[0];
        return x?.type === 'identifier' ? x.text : undefined;
      };
      const own = (x: SNode) => {
        const fn = this.scopeNodeOf(x);
        if (fn === this.root) return true;
        for (let f: SNode | undefined = fn; f && f !== this.root; f = this.scopeNodeOf(f)) {
          const sc = this.scopeOf(f);
          if (sc.params.has(name) || (sc.defs.get(name) ?? []).some((d) => d.kills && /short_var_declaration|var_spec|range_clause/.test(d.at.type))) return true;
        }
        return false;
      };
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const x = stack.pop()!;
        if (x.type === 'assignment_statement') {
          const ls = namedChildren(childByField(x, 'left') ?? x);
          const rs = namedChildren(childByField(x, 'right') ?? x);
          ls.forEach((l, i) => { if (l.type !== 'identifier' && base(l) === name && rs.length === ls.length && !own(x)) add(this.evalNode(rs[i]!, depth + 1)); });
        } else if (x.type === 'send_statement' && base(childByField(x, 'channel')) === name && !own(x)) {
          const val = childByField(x, 'value');
          if (val) add(this.evalNode(val, depth + 1));
        }
        for (const c of x.children) stack.push(c);
      }
      return v;
    });
  }

  /** C/C++: the arguments that the calls of the file (`x.f(a)`, `p->f(a)`, `f(a)`) pass at the parameter
   *  positions in `bits` of `f`, a function whose name is defined once in the file. */
  private setterArgs(f: SNode, bits: number, depth: number): number {
    const name = this.functionName(f);
    if (!name || (this.functions().get(name) ?? []).length !== 1) return 0;
    let v = 0;
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'call_expression' && !(x.start >= f.start && x.end <= f.end)) {
        const { name: cn, args } = calleeOf(x);
        if (cn === name) for (let i = 0; i < MAX_PARAMS; i++) if (bits & paramBit(i) && args[i]) v |= this.valueOf(args[i]!) & ~(PARAM | PARAM_BITS);
      }
      for (const c of x.children) stack.push(c);
    }
    return v;
  }

  private readonly cGlobalMemo = new Map<string, number>();

  /** C/C++: what the functions of the file that have no local of that name write to `name`. */
  private cGlobalWrites(name: string, depth: number): number {
    return memoized(this.cGlobalMemo, name, () => {
      let v = 0;
      const word = new RegExp(`(^|[^\\w])${name}\\b`);
      for (const fns of this.functions().values())
        for (const f of fns) {
          if (f.type !== 'function_definition') continue;
          const sc = this.scopeOf(f);
          const defs = sc.defs.get(name);
          if (!defs || sc.params.has(name)) continue;
          let local = false;
          const st: SNode[] = [childByField(f, 'body') ?? f];
          while (st.length && !local) {
            const x = st.pop()!;
            if (x.type === 'declaration' && namedChildren(x).some((d) => d.field === 'declarator' && word.test(d.text.split('=')[0]!))) local = true;
            for (const c of x.children) st.push(c);
          }
          if (local) continue;
          for (const d of defs) {
            let r = d.fixed !== undefined ? d.fixed : d.outArg !== undefined && d.rhs[0] ? this.helperOut(d.rhs[0], d.outArg, depth + 1) : this.union(d.rhs, depth + 1);
            if (d.built && r & ORIGIN) r |= BUILT;
            v |= paramsAsUnknown(r);
            // a setter (C++ `void set_filter(const std::string &e) { filter_ = e; }`): what the calls of
            // the file pass it (`repo.set_filter(line)`), when its name is defined once in the file
            if (r & PARAM_BITS) v |= this.setterArgs(f, r, depth + 1);
          }
        }
      return v;
    });
  }

  private readonly outMemo = new Map<string, number>();

  /**
   * C/C++: what the functions a call runs write through their parameter `i` (`p->f = v`, `p[k] = v`,
   * `*p = v`, `snprintf(p->f, …, v)`, `memcpy(out, v, n)`, `fgets(p->line, …)`), the helper's
   * own parameters replaced by the call's arguments. 0 when nothing is written through it.
   */
  private helperOut(call: SNode, i: number, depth: number): number {
    if (depth > 6) return UNKNOWN;
    let v = 0;
    const { args } = calleeOf(call);
    for (const f of this.targetsOf(call)) {
      const k = `${f.start}:${i}`;
      let raw = this.outMemo.get(k);
      if (raw === undefined) {
        this.outMemo.set(k, 0); // recursion
        raw = 0;
        const pname = [...this.scopeOf(f).paramIndex].find(([, j]) => j === i)?.[0];
        const through = (t: SNode | undefined) => {
          let x = t;
          for (let n = 0; n < 8 && x && !this.profile.identifiers.has(x.type); n++) x = childByField(x, 'argument') ?? childByField(x, 'value') ?? namedChildren(x)[0];
          return !!x && x !== t && x.text === pname;
        };
        const stack: SNode[] = pname ? [childByField(f, 'body') ?? f] : [];
        while (stack.length) {
          const x = stack.pop()!;
          if (x !== f && this.profile.functions.has(x.type)) continue;
          if (x.type === 'assignment_expression' && through(childByField(x, 'left'))) raw |= this.evalNode(childByField(x, 'right') ?? x, depth + 1);
          else if (this.profile.calls.has(x.type)) {
            const cc = calleeOf(x);
            const spec = this.outArgs[cc.name];
            if (spec) {
              const targets = spec.arg === 'all-after' ? cc.args.slice(1) : cc.args[spec.arg] ? [cc.args[spec.arg]!] : [];
              const direct = (t: SNode) => through(t) || t.text === pname;
              if (targets.some(direct)) {
                if (spec.taint === 'source') raw |= SOURCE;
                else if (spec.from) raw |= this.union(spec.from.map((j) => cc.args[j]).filter((a): a is SNode => !!a), depth + 1);
              }
            }
          }
          for (const c of x.children) stack.push(c);
        }
        this.outMemo.set(k, raw);
      }
      v |= raw & ~(PARAM | PARAM_BITS);
      for (let j = 0; j < MAX_PARAMS; j++) if (raw & paramBit(j) && args[j]) v |= this.evalNode(args[j]!, depth + 1);
    }
    return v;
  }

  /** C/C++: `goto L` where the label `L:` comes after the goto and before `b` (a cleanup block the
   *  error path jumps to): the jump does not leave, `b` still runs after it. */
  private gotoReaches(st: SNode, b: SNode, fn: SNode): boolean {
    if (st.type !== 'goto_statement' || (this.language !== 'c' && this.language !== 'cpp')) return false;
    const label = childByField(st, 'label')?.text ?? namedChildren(st)[0]?.text;
    const stack: SNode[] = [fn];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'labeled_statement' && (childByField(x, 'label')?.text ?? namedChildren(x)[0]?.text) === label) return x.start > st.end && x.start <= b.start;
      for (const c of x.children) stack.push(c);
    }
    return false;
  }

  /** C/C++: a function of the file that frees its first parameter (`void conn_close(struct conn *c) { …; free(c); }`). */
  private freesFirstParam(name: string): boolean {
    if ((this.language !== 'c' && this.language !== 'cpp') || !name) return false;
    return (this.functions().get(name) ?? []).some((f) => {
      const first = [...this.scopeOf(f).paramIndex].find(([, i]) => i === 0)?.[0];
      if (!first) return false;
      const stack: SNode[] = [f];
      while (stack.length) {
        const x = stack.pop()!;
        if (this.profile.calls.has(x.type)) {
          const { name: cn, args } = calleeOf(x);
          if (/^(free|cfree|g_free|kfree)$/.test(cn) && args[0] && args[0].text === first) return true;
        }
        for (const c of x.children) stack.push(c);
      }
      return false;
    });
  }

  /** `a` cannot run before `b` on one path: they sit in different arms of one if/else or switch,
   *  or `a` is in a block (not holding `b`) that leaves after it (return, break, exit()). */
  private exclusive(a: SNode, b: SNode, fn: SNode): boolean {
    let child: SNode = a;
    for (let x = a.parent; x && x !== fn.parent; child = x, x = x.parent) {
      if (this.isAncestor(x, b)) {
        if (/^(if_statement|conditional_expression)$/.test(x.type)) return true;
        const bChild = x.children.find((c) => this.isAncestor(c, b));
        if (bChild && SWITCH_GROUPS.has(child.type) && SWITCH_GROUPS.has(bChild.type)) return true;
        // C/C++ (r17): `free(p); return 0; fail: free(p);` — a statement between the two, in the
        // block that holds both, leaves the function (return / exit) before the cleanup label, and
        // nothing from `a` up to it jumps: only other paths (a goto from before `a`) reach `b`
        if ((this.language === 'c' || this.language === 'cpp') && bChild && (x.type === 'compound_statement' || x.type === 'block')) {
          const i = x.children.indexOf(child), j = x.children.indexOf(bChild);
          const between = x.children.slice(i + 1, j);
          const k = between.findIndex((st) => this.isJump(st) && st.type !== 'goto_statement' && !/^(break|continue)/.test(st.text));
          const hasGoto = (n: SNode): boolean => n.type === 'goto_statement' || n.children.some(hasGoto);
          if (k >= 0 && !hasGoto(child) && !between.slice(0, k).some(hasGoto)) return true;
        }
        return false;
      }
      if (x.type === 'compound_statement' || x.type === 'block' || SWITCH_GROUPS.has(x.type)) {
        const i = x.children.indexOf(child);
        if (x.children.slice(i + 1).some((st) => this.isJump(st) && !this.gotoReaches(st, b, fn))) return true;
      }
    }
    return false;
  }

  /**
   * `use` (a variable) comes after a release of the same variable in its function (a call whose
   * callee matches `callee` with it as first argument, or a C++ delete), not in an exclusive arm,
   * with no assignment to the variable in between.
   */
  releasedBefore(useNode: SNode, callee: RegExp): boolean {
    const use = this.baseVar(useNode) ?? useNode;
    if (!this.profile.identifiers.has(use.type)) return false;
    const name = use.text;
    const fn = this.scopeNodeOf(use);
    if (fn === this.root) return false;
    const scope = this.scopeOf(fn);
    const releases: SNode[] = [];
    const stack: SNode[] = [fn];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.start >= useNode.start) continue;
      if (x !== fn && this.profile.functions.has(x.type)) continue;
      if (x.end <= useNode.start && !this.isAncestor(x, useNode)) {
        if (this.profile.calls.has(x.type)) {
          const { name: cn, args } = calleeOf(x);
          if ((callee.test(cn) || (callee.test('free') && !/^(free|cfree|g_free|kfree|realloc)$/.test(cn) && this.freesFirstParam(cn))) && args[0] && this.baseVar(args[0])?.text === name) releases.push(x);
        } else if (x.type === 'delete_expression' && callee.test('delete')) {
          const arg = namedChildren(x)[namedChildren(x).length - 1];
          if (arg && this.baseVar(arg)?.text === name) releases.push(x);
        }
      }
      for (const c of x.children) stack.push(c);
    }
    const kills = (scope.defs.get(name) ?? []).filter((d) => d.kills);
    // C/C++: `p = grow(p, …)` / `p = addpoint(p, …)`: a helper that frees its argument only on its
    // failure path and returns the pointer to use from then on; the variable is overwritten with that
    // result by the same statement, so what it holds afterwards is not the released memory
    const reassignedByRelease = (r: SNode): boolean => {
      if (this.language !== 'c' && this.language !== 'cpp') return false;
      let x: SNode | undefined = r;
      while (x?.parent && /^(parenthesized_expression|cast_expression)$/.test(x.parent.type)) x = x.parent;
      const a = x?.parent;
      if (!a || !x) return false;
      if (a.type === 'assignment_expression') return childByField(a, 'right') === x && a.children.find((k) => !k.named)?.text === '=' && childByField(a, 'left')?.text === name && a.end <= useNode.start;
      if (a.type === 'init_declarator') return childByField(a, 'value') === x && childByField(a, 'declarator')?.text === name;
      return false;
    };
    return releases.some((r) => !this.isDead(r, fn) && !this.exclusive(r, useNode, fn) && !reassignedByRelease(r) && !kills.some((d) => d.at.start >= r.end && d.at.end <= useNode.start));
  }

  /** C/C++: `&name` of the read `v` is passed to a call in its function after the latest definition
   *  of name there (or anywhere before `v` when the function does not define it) and before `v`. */
  private addressTakenSinceDef(v: SNode): boolean {
    const name = v.text;
    const fn = this.scopeNodeOf(v);
    if (fn === this.root) return false;
    let taken = this.addressTaken.get(fn);
    if (!taken) {
      // once per function: where `&name` is an argument of a call
      taken = new Map();
      const stack: SNode[] = [fn];
      while (stack.length) {
        const x = stack.pop()!;
        if (x !== fn && this.profile.functions.has(x.type)) continue;
        if (x.type === 'pointer_expression' && x.children[0]?.text === '&' && x.parent?.type === 'argument_list') {
          const a = namedChildren(x)[0];
          if (a && this.profile.identifiers.has(a.type)) {
            const at = taken.get(a.text);
            if (at) at.push(x.start);
            else taken.set(a.text, [x.start]);
          }
        }
        for (const c of x.children) stack.push(c);
      }
      this.addressTaken.set(fn, taken);
    }
    const at = taken.get(name);
    if (!at) return false;
    let from = fn.start;
    for (const d of this.scopeOf(fn).defs.get(name) ?? []) if (d.at.end <= v.start && d.at.start > from) from = d.at.start;
    return at.some((s) => s >= from && s < v.start);
  }

  /** The pointer is certainly null here (its one reaching definition is NULL / nullptr). */
  isNull(n: SNode): boolean {
    const v = this.baseVar(n) ?? n;
    if (this.constOf(v) !== null) return false;
    // short-circuit: `p != NULL && p->x`, `!p || p->x`, `p ? p->x : 0` never reach the use with p NULL
    const name = v.text;
    const nonNullTest = (c: SNode | undefined, negate: boolean): boolean => {
      while (c && c.type === 'parenthesized_expression' && namedChildren(c).length === 1) c = namedChildren(c)[0];
      if (!c) return false;
      if (c.type === 'unary_expression' && /^!/.test(c.text)) return nonNullTest(namedChildren(c)[0], !negate);
      if (this.profile.identifiers.has(c.type)) return !negate && c.text === name;
      if (this.profile.binaries.has(c.type)) {
        const op = c.children.find((k) => !k.named)?.text ?? '';
        const [l, r] = namedChildren(c);
        const nul = (x: SNode | undefined) => !!x && /^(NULL|0|nullptr|\(void\s*\*\)\s*0)$/.test(x.text);
        const isV = (x: SNode | undefined) => !!x && (x.text === name || this.baseVar(x)?.text === name);
        if ((op === '!=' || op === '==') && ((isV(l) && nul(r)) || (isV(r) && nul(l)))) return (op === '!=') !== negate;
      }
      return false;
    };
    let child: SNode = n;
    for (let x = n.parent; x && !this.profile.functions.has(x.type); child = x, x = x.parent) {
      if (this.profile.binaries.has(x.type)) {
        const op = x.children.find((k) => !k.named)?.text ?? '';
        const [l, r] = namedChildren(x);
        if (child === r && op === '&&' && nonNullTest(l, false)) return false;
        if (child === r && op === '||' && nonNullTest(l, true)) return false;
      }
      if (TERNARIES.has(x.type)) {
        const [c, a] = namedChildren(x);
        if (child === a && nonNullTest(c, false)) return false;
      }
    }
    return true;
  }

  /**
   * A condition before `use` in its function (if, while, for, ternary, &&/||, assert) tests the
   * variable: `ops` "null" = a null test (p == NULL, !p, if (p)); otherwise a regex on the
   * comparison operator written with the variable on the left (i < n and n > i both give "<").
   */
  guarded(useNode: SNode, ops: string, level = 0): boolean {
    const use = this.baseVar(useNode) ?? useNode;
    const name = use.text;
    const fn = this.scopeNodeOf(use);
    const re = ops === 'null' ? undefined : new RegExp(ops);
    const MIRROR: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
    const word = new RegExp(`(^|[^\\w$])${name.replace(/[$]/g, '\\$')}($|[^\\w$])`);
    // the variable itself, a cast of it, or a call on it (abs(x), strlen(s)); not the checked
    // call itself (`if (read(fd, buf, len) < 0)` tests read's result, not len)
    const isVar = (x: SNode | undefined) =>
      !!x && (x.text === name || this.baseVar(x)?.text === name || (this.profile.calls.has(x.type) && x.text.length < 120 && word.test(x.text) && !(x.start <= useNode.start && useNode.end <= x.end)));
    const tests = (c: SNode): boolean => {
      const st: SNode[] = [c];
      while (st.length) {
        const x = st.pop()!;
        if (this.profile.binaries.has(x.type)) {
          const op = x.children.find((k) => !k.named)?.text ?? '';
          const [l, r] = namedChildren(x);
          if (/^(&&|\|\|)$/.test(op)) {
            if (!re && (isVar(l) || isVar(r))) return true;
          } else if (isVar(l) || isVar(r)) {
            const other = isVar(l) ? r : l;
            if (!re) {
              if (/^(==|!=)$/.test(op) && other && (/^(null|nullptr)$/.test(other.type) || /^(NULL|0|nullptr)$/.test(other.text))) return true;
            } else {
              const norm = isVar(l) ? op : (MIRROR[op] ?? op);
              // C/C++: `n <= 0`, `n < 1` test the sign or emptiness, they bound nothing from above (for the
              // upper-bound guards of sizes and indexes; a divisor's `d <= 0` test still counts). A test
              // whose branch holds the use (`if (d < 0) { … d * 2 … }`) does bound it there.
              const signTest = (this.language === 'c' || this.language === 'cpp') && ops === '^(<|<=)$' && !!other && (/^(0|-\s*\d+)[uUlL]*$/.test(other.text.trim()) || (norm === '<' && /^1[uUlL]*$/.test(other.text.trim())))
                && !(c.parent?.type === 'if_statement' && this.isAncestor(childByField(c.parent, 'consequence') ?? c, useNode));
              if (re.test(norm) && !signTest) return true;
            }
          }
        } else if (!re && (x.type === 'unary_expression' || x.type === 'not_operator') && isVar(namedChildren(x)[0])) return true;
        for (const k of x.children) st.push(k);
      }
      return false;
    };
    const stack: SNode[] = [fn];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.start >= useNode.start) continue;
      if (x !== fn && this.profile.functions.has(x.type)) continue;
      const cond = /^(if_statement|while_statement|for_statement|do_statement|conditional_expression)$/.test(x.type) ? childByField(x, 'condition') : undefined;
      // C/C++: `if (v <= cap) return 0;` (one comparison, a branch that leaves, no else, the use
      // after it): the code that goes on has the opposite comparison (v > cap), no bound from above
      if (re && cond && (this.language === 'c' || this.language === 'cpp') && x.type === 'if_statement' && !childByField(x, 'alternative') && !this.isAncestor(x, useNode) && x.end <= useNode.start) {
        let e: SNode | undefined = cond;
        while (e && /^(condition_clause|parenthesized_expression)$/.test(e.type) && namedChildren(e).length === 1) e = namedChildren(e)[0];
        const body = childByField(x, 'consequence');
        const leaves = !!body && (this.isJump(body) || (body.type === 'compound_statement' && namedChildren(body).some((k) => this.isJump(k))));
        const op = e && this.profile.binaries.has(e.type) ? e.children.find((k) => !k.named)?.text ?? '' : '';
        const NEG: Record<string, string> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
        // `if (n == 0 || n > MAX) return 1;`: the code that goes on has every alternative false
        if (leaves && op === '||') {
          const parts: SNode[] = [];
          const st2: SNode[] = [e!];
          while (st2.length) {
            let y = st2.pop()!;
            while (y.type === 'parenthesized_expression' && namedChildren(y).length === 1) y = namedChildren(y)[0]!;
            const o = this.profile.binaries.has(y.type) ? y.children.find((k) => !k.named)?.text ?? '' : '';
            if (o === '||') st2.push(...namedChildren(y));
            else parts.push(y);
          }
          const bound = parts.some((y) => {
            const o = this.profile.binaries.has(y.type) ? y.children.find((k) => !k.named)?.text ?? '' : '';
            const [l, r] = namedChildren(y);
            if (!NEG[o] || !(isVar(l) || isVar(r))) return false;
            return re.test(NEG[isVar(l) ? o : (MIRROR[o] ?? o)]!);
          });
          if (bound) return true;
        }
        if (leaves && NEG[op]) {
          const [l, r] = namedChildren(e!);
          if (isVar(l) || isVar(r)) {
            const norm = isVar(l) ? op : (MIRROR[op] ?? op);
            if (re.test(NEG[norm]!)) return true;
            continue;
          }
        }
      }
      if (cond && cond.start < useNode.start) {
        if (!re && isVar(cond)) return true;
        if (tests(cond)) return true;
      }
      if (this.profile.calls.has(x.type) && /assert/i.test(calleeOf(x).name) && x.end <= useNode.start && calleeOf(x).args.some((a) => (!re && isVar(a)) || tests(a))) return true;
      for (const c of x.children) stack.push(c);
    }
    // C/C++: a parameter of a `static` helper that every caller of the file checks before the call
    // (`if (len > MAX) return 1; reverse_words(line, len);`)
    if (re && level < 2 && (this.language === 'c' || this.language === 'cpp') && fn !== this.root && this.scopeOf(fn).params.has(name) && this.closedFunction(fn)) {
      const at = this.scopeOf(fn).paramIndex.get(name);
      const sites = this.callSitesOf(fn).filter((c) => !this.isDead(c));
      if (at !== undefined && sites.length > 0 && sites.every((c) => { const a = calleeOf(c).args[at]; return !!a && !!this.baseVar(a) && this.guarded(a, ops, level + 1); })) return true;
    }
    return false;
  }

  /** The declaration of a variable visible at `use`: its type text, pointer level and array size node. */
  private declOf(use: SNode): { type: string; pointer: boolean; size?: SNode; value?: SNode } | undefined {
    const name = use.text;
    for (let fn: SNode | null = this.scopeNodeOf(use); fn; fn = fn === this.root ? null : this.scopeNodeOf(fn)) {
      const stack: SNode[] = [fn];
      let found: { type: string; pointer: boolean; size?: SNode; value?: SNode } | undefined;
      while (stack.length && !found) {
        const x = stack.pop()!;
        if (x !== fn && this.profile.functions.has(x.type)) continue;
        // Java: `int n = ...;`, a parameter `long n`
        if (x.type === 'formal_parameter' && childByField(x, 'name')?.text === name) {
          found = { type: childByField(x, 'type')?.text ?? '', pointer: false };
          break;
        }
        if (x.type === 'declaration' || x.type === 'parameter_declaration' || x.type === 'field_declaration' || x.type === 'local_variable_declaration') {
          const ty = childByField(x, 'type')?.text ?? '';
          for (const d of x.children.filter((c) => c.field === 'declarator')) {
            let y: SNode | undefined = d;
            let pointer = false;
            let size: SNode | undefined;
            let value: SNode | undefined;
            for (let i = 0; i < 8 && y && !this.profile.identifiers.has(y.type); i++) {
              if (y.type === 'init_declarator' || y.type === 'variable_declarator') value = childByField(y, 'value');
              if (y.type === 'pointer_declarator') pointer = true;
              if (y.type === 'array_declarator' && !size) size = childByField(y, 'size');
              y = y.type === 'variable_declarator' ? childByField(y, 'name') : childByField(y, 'declarator');
            }
            if (y && y.text === name) {
              found = { type: ty, pointer, size, value };
              break;
            }
          }
        }
        for (const c of x.children) stack.push(c);
      }
      if (found) return found;
    }
    return undefined;
  }

  /** The declared type of a variable ("int", "char *", "char[]"), or undefined. */
  declaredType(n: SNode): string | undefined {
    const v = this.baseVar(n) ?? n;
    if (!this.profile.identifiers.has(v.type)) return undefined;
    const d = this.declOf(v);
    return d ? d.type.replace(/\s+/g, ' ').trim() + (d.pointer ? ' *' : '') + (d.size ? '[]' : '') : undefined;
  }

  /** Some reaching definition of the variable is a call whose callee matches (p = malloc(n)). */
  assignedFrom(n: SNode, callee: RegExp): boolean {
    const v = this.baseVar(n) ?? n;
    if (!this.profile.identifiers.has(v.type)) return false;
    const d = this.declOf(v);
    const rhs = this.reachingRhs(v);
    if (d?.value && rhs.length === 0) rhs.push(d.value);
    return rhs.some((r) => {
      let x: SNode | undefined = r;
      while (x && (x.type === 'cast_expression' || x.type === 'parenthesized_expression')) x = childByField(x, 'value') ?? namedChildren(x)[namedChildren(x).length - 1];
      return !!x && this.profile.calls.has(x.type) && callee.test(calleeOf(x).name);
    });
  }

  /** The size in bytes of one element a buffer variable points to / holds. */
  private elemSize(v: SNode): number | undefined {
    const d = this.declOf(v);
    return d ? PRIMITIVE_SIZES[d.type.replace(/\s+/g, '').replace(/^const/, '')] : undefined;
  }

  /** The size in bytes of the buffer `n` refers to (a declared array, malloc/alloca/new[] of a constant), or undefined. */
  bufferBytes(n: SNode, depth = 0): number | undefined {
    if (depth > 6) return undefined;
    const x0 = this.baseVar(n) ?? n;
    let x: SNode = x0;
    while ((x.type === 'cast_expression' || x.type === 'parenthesized_expression') && namedChildren(x).length) x = childByField(x, 'value') ?? namedChildren(x)[namedChildren(x).length - 1]!;
    if (this.profile.calls.has(x.type)) {
      const { name, args } = calleeOf(x);
      const num = (a?: SNode) => {
        const c = a ? this.constOf(a) : undefined;
        return typeof c === 'number' ? c : undefined;
      };
      if (/^(malloc|alloca|_alloca|ALLOCA|xmalloc|g_malloc|kmalloc)$/.test(name)) return num(args[0]);
      if (/^(calloc)$/.test(name)) {
        const a = num(args[0]);
        const b = num(args[1]);
        return a !== undefined && b !== undefined ? a * b : undefined;
      }
      if (name === 'realloc') return num(args[1]);
      return undefined;
    }
    if (x.type === 'new_expression') {
      const ty = childByField(x, 'type')?.text ?? '';
      const decl = childByField(x, 'declarator');
      const cnt = decl ? this.constOf(namedChildren(decl)[0] ?? decl) : undefined;
      const es = PRIMITIVE_SIZES[ty.replace(/\s+/g, '')];
      return typeof cnt === 'number' && es !== undefined ? cnt * es : undefined;
    }
    if (x.type === 'string_literal') return x.text.length - 1; // the characters and the terminating NUL
    if (!this.profile.identifiers.has(x.type)) return undefined;
    const d = this.declOf(x);
    if (d?.size) {
      const cnt = this.constOf(d.size);
      const es = PRIMITIVE_SIZES[d.type.replace(/\s+/g, '').replace(/^const/, '')];
      return typeof cnt === 'number' && es !== undefined && !d.pointer ? cnt * es : undefined;
    }
    if (!d?.pointer) return undefined;
    // a pointer: the buffers its reaching definitions point to (all must be known); writes of
    // elements (p[i] = c, strcpy(p, s)) do not move it
    const rhs = this.reachingRhs(x, true);
    if (d.value && !rhs.length) rhs.push(d.value);
    if (!rhs.length) return undefined;
    let max = -1;
    for (const r of rhs) {
      if (/^(null|nullptr)$/.test(r.type) || r.text === 'NULL') continue;
      const b = this.bufferBytes(r, depth + 1);
      if (b === undefined) return undefined;
      max = Math.max(max, b);
    }
    return max >= 0 ? max : undefined;
  }

  /** The largest value an index may take: a constant, or the loop variable of a for loop with a constant bound. */
  maxIndex(idx: SNode): number | undefined {
    const c = this.constOf(idx);
    if (typeof c === 'number') return c;
    const v = this.baseVar(idx);
    if (!v) return undefined;
    for (let p = idx.parent; p && !this.profile.functions.has(p.type); p = p.parent) {
      if (p.type !== 'for_statement') continue;
      const cond = childByField(p, 'condition');
      if (!cond || !this.profile.binaries.has(cond.type)) continue;
      const [l, r] = namedChildren(cond);
      const op = cond.children.find((k) => !k.named)?.text ?? '';
      if (l?.text !== v.text || !r) continue;
      const b = this.constOf(r);
      if (typeof b !== 'number') return undefined;
      if (op === '<') return b - 1;
      if (op === '<=') return b;
      return undefined;
    }
    return undefined;
  }

  /** The number of elements of buffer `n` (bytes / element size). */
  bufferElements(n: SNode): number | undefined {
    const b = this.bufferBytes(n);
    const v = this.baseVar(n) ?? n;
    const es = this.profile.identifiers.has(v.type) ? this.elemSize(v) : undefined;
    return b !== undefined && es ? Math.floor(b / es) : undefined;
  }

  // ---- functions of the file: calls, returns, callers, fields -----------------------------------

  /** The name a function node is defined under (def f, function f, const f = () => …, C declarators). */
  private functionName(fn: SNode): string | undefined {
    const nm = childByField(fn, 'name');
    if (nm) return nm.text;
    const decl = childByField(fn, 'declarator');
    if (decl) {
      // C/C++: int *f(int a) -> the identifier inside the function_declarator
      let d: SNode | undefined = decl;
      for (let i = 0; i < 6 && d && d.type !== 'function_declarator'; i++) d = childByField(d, 'declarator');
      const id = d ? childByField(d, 'declarator') : undefined;
      if (!id) return undefined;
      const m = /([A-Za-z_]\w*)\s*$/.exec(id.text);
      return m ? m[1] : undefined;
    }
    const p = fn.parent;
    // Go: `run := func(s string) { … }` (one name, one value) names the closure
    if (this.language === 'go' && fn.type === 'func_literal' && p?.type === 'expression_list' && p.field === 'right' && p.parent?.type === 'short_var_declaration' && namedChildren(p).length === 1) {
      const l = namedChildren(childByField(p.parent, 'left') ?? p);
      return l.length === 1 && l[0]!.type === 'identifier' ? l[0]!.text : undefined;
    }
    if (p && (p.type === 'variable_declarator' || p.type === 'assignment_expression' || p.type === 'pair') && (fn.field === 'value' || fn.field === 'right')) {
      const lhs = childByField(p, 'name') ?? childByField(p, 'left') ?? childByField(p, 'key');
      if (!lhs) return undefined;
      const m = /([A-Za-z_$][\w$]*)$/.exec(lhs.text);
      return m ? m[1] : undefined;
    }
    return undefined;
  }

  private functions(): Map<string, SNode[]> {
    if (this.fnTable) return this.fnTable;
    const table = new Map<string, SNode[]>();
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const n = stack.pop()!;
      if (this.profile.functions.has(n.type) && n.type !== 'lambda' && n.type !== 'lambda_expression') {
        const name = this.functionName(n);
        if (name) {
          const l = table.get(name) ?? [];
          l.push(n);
          table.set(name, l);
        }
      }
      for (const c of n.children) stack.push(c);
    }
    this.fnTable = table;
    return table;
  }

  /** The functions of this file a call may run: f(x), self.f(x), this.f(x), $this->f(x), self::f(x). */
  private targetsOf(call: SNode): SNode[] {
    const { callee, name, object, args } = calleeOf(call);
    if (!name || call.type === 'new_expression' || call.type === 'object_creation_expression') return [];
    let inClass: string | undefined;
    // Go: `s.m(x)` on the receiver of the enclosing method runs the method m of the receiver's
    // type; a plain `m(x)` runs a function (never a method)
    const goRecv = this.language === 'go' && object && object.type === 'identifier' ? this.goReceiverAround(call) : undefined;
    if (this.language === 'go' && (object ? goRecv?.name !== object.text : callee?.type !== 'identifier')) return [];
    if (goRecv) inClass = goRecv.type;
    else if (this.language === 'go') inClass = undefined;
    else if (object) {
      if (object.type === 'object_creation_expression' || object.type === 'new_expression') {
        // new Helper().run(x): the method of a class of this file
        const ty = childByField(object, 'type') ?? childByField(object, 'constructor');
        inClass = ty?.text;
        if (!inClass) return [];
      } else if (this.profile.identifiers.has(object.type) && !/^(self|this|\$this|static|parent|cls)$/.test(object.text)) {
        // $h = new Helper(); $h->run(x) / h = Helper(); h.run(x): the method of that class of this file
        const types = new Set(this.reachingRhs(object).map((r) => this.createdClass(r)));
        if (types.size !== 1) return [];
        inClass = [...types][0];
        if (!inClass) return [];
      } else if (!/^(self|this|\$this|static|parent|cls)$/.test(object.text)) return [];
    } else if (callee && callee !== call && !/^(identifier|name|qualified_name)$/.test(callee.type)) return [];
    let fns = this.functions().get(name);
    if (fns && inClass) fns = fns.filter((f) => this.classOf(f) === inClass);
    else if (fns && this.language === 'go') fns = fns.filter((f) => f.type !== 'method_declaration');
    if (!fns || fns.length === 0 || fns.length > 4) return [];
    const scope = this.scopeNodeOf(call);
    // (recursion: the function being summarised calls itself - no new information)
    const cands = fns.filter((f) => f !== scope);
    if (cands.length <= 1) return cands;
    const byArity = cands.filter((f) => this.scopeOf(f).paramIndex.size === args.length);
    return byArity.length ? byArity : cands;
  }

  /** The class of this file that an expression creates (new C(), C() in Python), or undefined. */
  private createdClass(r: SNode): string | undefined {
    if (r.type === 'object_creation_expression' || r.type === 'new_expression') {
      const ty = childByField(r, 'type') ?? childByField(r, 'constructor') ?? namedChildren(r).find((c) => c.type === 'name' || c.type === 'qualified_name');
      return ty?.text;
    }
    if (this.language === 'python' && r.type === 'call') {
      const f = childByField(r, 'function');
      if (!f || f.type !== 'identifier') return undefined;
      for (const fns of [this.classNames()]) if (fns.has(f.text)) return f.text;
    }
    return undefined;
  }

  private classNameSet: Set<string> | undefined;
  private classNames(): Set<string> {
    if (this.classNameSet) return this.classNameSet;
    const out = new Set<string>();
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const n = stack.pop()!;
      if (/^(class_declaration|class_definition|class)$/.test(n.type)) {
        const nm = childByField(n, 'name');
        if (nm) out.add(nm.text);
      }
      for (const c of n.children) stack.push(c);
    }
    this.classNameSet = out;
    return out;
  }

  /** The name of the class a method is declared in. */
  private classOf(fn: SNode): string | undefined {
    if (this.language === 'go') return this.goReceiver(fn)?.type;
    for (let p = fn.parent; p; p = p.parent)
      if (/^(class_declaration|class_definition|class|class_specifier|struct_specifier)$/.test(p.type)) return childByField(p, 'name')?.text;
    return undefined;
  }

  /** Python: a call of `p` where `p = functools.partial(f, a…)` (f a function of this file): f's
   *  result with `a…` and the call's arguments; undefined when `p` is not such a partial. */
  private partialCall(callee: SNode, args: SNode[], depth: number): number | undefined {
    const defs = this.reachingRhs(callee);
    if (defs.length !== 1 || defs[0]!.type !== 'call' || !/^(functools\.)?partial$/.test(childByField(defs[0]!, 'function')?.text ?? '')) return undefined;
    const pargs = calleeOf(defs[0]!).args;
    const fname = pargs[0];
    if (!fname || fname.type !== 'identifier' || pargs.slice(1).some((a) => a.type === 'keyword_argument' || a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
    const fns = this.functions().get(fname.text);
    if (!fns || fns.length !== 1) return undefined;
    return this.withArgs(this.summary(fns[0]!, depth), [...pargs.slice(1), ...args], depth);
  }

  /** Python `obj.f` where every reaching definition of `obj` is a call of a class of this file with no
   *  `__init__` of its own (a NamedTuple / dataclass / pydantic model: its fields are its annotated names,
   *  in order): the argument given for `f` (by keyword or position), or the field's default. */
  private constructedField(n: SNode, depth: number): number | undefined {
    const obj = childByField(n, 'object');
    const field = childByField(n, 'attribute')?.text;
    if (!obj || obj.type !== 'identifier' || !field || obj.text === 'self') return undefined;
    const defs = this.reachingRhs(obj);
    if (!defs.length) return undefined;
    let v = 0;
    for (const d of defs) {
      const cls = this.createdClass(d);
      if (!cls || d.type !== 'call') return undefined;
      const body = this.classBodies().get(cls);
      if (!body) return undefined;
      const { fields, defaults } = body;
      const args = calleeOf(d).args;
      if (args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
      const kw = args.find((a) => a.type === 'keyword_argument' && childByField(a, 'name')?.text === field);
      const pos = fields.indexOf(field);
      if (pos < 0) return undefined;
      const positional = args.filter((a) => a.type !== 'keyword_argument');
      const given = kw ? childByField(kw, 'value') : positional[pos];
      if (given) v |= this.evalNode(given, depth);
      else {
        const dv = defaults.get(field);
        if (dv) v |= this.evalNode(dv, depth);
      }
    }
    return v;
  }

  private classBodyMemo: Map<string, { fields: string[]; defaults: Map<string, SNode> }> | undefined;
  /** Python classes of this file without an `__init__`: their annotated fields in order, with defaults. */
  private classBodies(): Map<string, { fields: string[]; defaults: Map<string, SNode> }> {
    if (this.classBodyMemo) return this.classBodyMemo;
    const out = new Map<string, { fields: string[]; defaults: Map<string, SNode> }>();
    const dup = new Set<string>();
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'class_definition') {
        const nm = childByField(x, 'name')?.text;
        const body = childByField(x, 'body');
        if (nm && body) {
          if (out.has(nm)) dup.add(nm);
          const fields: string[] = [];
          const defaults = new Map<string, SNode>();
          let init = false;
          for (const st of namedChildren(body)) {
            const def = st.type === 'decorated_definition' ? namedChildren(st).find((k) => k.type === 'function_definition') : st;
            if (def?.type === 'function_definition' && /^__(init|new|post_init)__$/.test(childByField(def, 'name')?.text ?? '')) init = true;
            const a = st.type === 'expression_statement' ? namedChildren(st)[0] : undefined;
            if (a && a.type === 'assignment' && childByField(a, 'type') && childByField(a, 'left')?.type === 'identifier') {
              const f = childByField(a, 'left')!.text;
              fields.push(f);
              const r = childByField(a, 'right');
              if (r) defaults.set(f, r);
            }
          }
          if (!init && fields.length) out.set(nm, { fields, defaults });
        }
      }
      for (const c of x.children) stack.push(c);
    }
    for (const d of dup) out.delete(d);
    this.classBodyMemo = out;
    return out;
  }

  /** A value of a called function (in terms of its parameters) with the call's arguments put in. */
  private withArgs(ret: number, args: SNode[], depth: number): number {
    let v = ret & ~(PARAM | PARAM_BITS);
    if (ret & PARAM && !(ret & PARAM_BITS)) v |= PARAM;
    for (let i = 0; i < MAX_PARAMS; i++) if (ret & paramBit(i) && args[i]) v |= this.evalNode(args[i]!, depth);
    if (ret & paramBit(MAX_PARAMS - 1) && args.length > MAX_PARAMS) v |= this.union(args.slice(MAX_PARAMS), depth);
    return v;
  }

  /** Python `a, b = f(x)`: element `i` of the tuples every return of the file's f gives
   *  (`return sql, params`), the arguments put in; undefined when f is unknown or returns anything else. */
  private tupleElement(call: SNode, i: number, depth: number): number | undefined {
    const targets = this.targetsOf(call);
    if (targets.length === 0) return undefined;
    const { args } = calleeOf(call);
    let v = 0;
    for (const f of targets) {
      const elems: SNode[] = [];
      let ok = true;
      const stack: SNode[] = [f];
      while (stack.length && ok) {
        const x = stack.pop()!;
        if (x !== f && this.profile.functions.has(x.type)) continue;
        if (x.type === 'return_statement' || x.type === 'yield') {
          if (this.isDead(x, f)) continue;
          const e = namedChildren(x).filter((k) => !this.profile.comments.has(k.type));
          const tup = e.length === 1 && (e[0]!.type === 'expression_list' || e[0]!.type === 'tuple') ? namedChildren(e[0]!).filter((k) => !this.profile.comments.has(k.type)) : undefined;
          if (!tup || !tup[i] || tup.some((k) => k.type === 'list_splat')) ok = false;
          else elems.push(tup[i]!);
          continue;
        }
        for (const k of x.children) stack.push(k);
      }
      if (!ok || elems.length === 0) return undefined;
      v |= this.withArgs(this.union(elems, depth), args, depth);
    }
    return v;
  }

  /** Python: the keys of dict `d` at this use (`for k in d`): constant keys carry nothing, a key
   *  written as `d[k] = v` has the value of `k`, a literal's keys their values; undefined when `d`
   *  is not certainly a dict built here (a list iterated by `for x in xs` holds its elements). */
  private keysValue(d: SNode, depth: number): number | undefined {
    const P = this.profile;
    let scope: Scope | undefined = this.scopeOf(this.scopeNodeOf(d));
    let defs: Def[] = [];
    while (scope && defs.length === 0) {
      defs = scope.defs.get(d.text) ?? [];
      if (scope.params.has(d.text)) return undefined;
      scope = scope.parent;
    }
    if (defs.length === 0) return undefined;
    let v = 0;
    let dict = false;
    for (const e of defs) {
      if (e.keysOf || e.elem !== undefined) return undefined;
      if (e.key !== undefined) {
        dict = true;
        continue;
      }
      const at = e.at;
      const lhs = at.type === 'assignment' ? childByField(at, 'left') : undefined;
      const rhs = at.type === 'assignment' ? childByField(at, 'right') : undefined;
      if (lhs && lhs.type === 'subscript' && childByField(lhs, 'value')?.text === d.text && P.identifiers.has(childByField(lhs, 'value')!.type)) {
        const idx = childByField(lhs, 'subscript');
        dict = true;
        if (idx) v |= this.evalNode(idx, depth);
        continue;
      }
      if (lhs && rhs && lhs.text === d.text && rhs.type === 'dictionary') {
        dict = true;
        for (const p of namedChildren(rhs)) {
          if (p.type === 'pair') {
            const k = childByField(p, 'key');
            if (k) v |= this.evalNode(k, depth);
          } else if (!P.comments.has(p.type)) v |= this.evalNode(p, depth);
        }
        continue;
      }
      if (lhs && rhs && lhs.text === d.text && rhs.type === 'call' && /^dict\(\s*\)$/.test(rhs.text)) {
        dict = true;
        continue;
      }
      // d.update(other), d.setdefault(k, v) and the like: what they were given
      if (P.calls.has(at.type)) {
        v |= this.union(e.rhs, depth);
        continue;
      }
      return undefined;
    }
    return dict ? v : undefined;
  }

  private globalMemo = new Map<string, number>();
  /** Python: what the file's functions store into module-level variable `name` without rebinding it
   *  (`name["k"] = v` / `name[k] = v`, `name.append(v)` / `name.update(v)`), for a read of key `key`. */
  private globalWrites(name: string, key: string | undefined, depth: number): number {
    const memoKey = key === undefined ? name : `${name}\u0000${key}`;
    return memoized(this.globalMemo, memoKey, () => {
      let v = 0;
      for (const fns of this.functions().values())
        for (const fn of fns) {
          const s = this.scopeOf(fn);
          const defs = s.defs.get(name);
          // a function that assigns the name (without `global`) has a local of that name
          if (!defs || s.params.has(name) || (defs.some((e) => e.kills && e.key === undefined) && !new RegExp(`\\bglobal\\s+[\\w\\s,]*\\b${name}\\b`).test(fn.text))) continue;
          for (const e of defs) {
            if (e.key !== undefined && key !== undefined && e.key !== key) continue;
            const at = e.at;
            const lhs = at.type === 'assignment' ? childByField(at, 'left') : undefined;
            const direct = lhs ? lhs.type === 'subscript' && childByField(lhs, 'value')?.text === name : isCallOn(at, name);
            if (!direct && !(e.kills && e.key === undefined)) continue;
            // a parameter of that function: what its callers in the file pass, else of unknown origin here
            const r = this.lift(e.fixed !== undefined ? e.fixed : this.union(e.rhs, depth), fn, 1);
            v |= paramsAsUnknown(r);
          }
        }
      return v;
    });
  }

  /** Python: what the functions nested in `owner` that declare `nonlocal name` assign to it (a
   *  closure's state set by one inner function and read by another). */
  private nonlocalWrites(owner: SNode, name: string, depth: number): number {
    const memoKey = `${owner.start}:${owner.end}\u0000${name}`;
    return memoized(this.globalMemo, memoKey, () => {
      let v = 0;
      const re = new RegExp(`\\bnonlocal\\s+[\\w\\s,]*\\b${name}\\b`);
      for (const fns of this.functions().values())
        for (const fn of fns) {
          if (this.scopeNodeOf(fn) !== owner || !re.test(fn.text)) continue;
          for (const e of this.scopeOf(fn).defs.get(name) ?? []) {
            const r = this.lift(e.fixed !== undefined ? e.fixed : this.union(e.rhs, depth), fn, 1);
            v |= paramsAsUnknown(r);
          }
        }
      return v;
    });
  }

  private jsModuleMemo = new Map<string, number>();
  private jsFunctionNodes: SNode[] | undefined;
  private jsModuleWrites(name: string, key: string | undefined, depth: number): number {
    const memoKey = key === undefined ? name : `${name}\u0000${key}`;
    return memoized(this.jsModuleMemo, memoKey, () => {
      if (!this.jsFunctionNodes) {
        this.jsFunctionNodes = [];
        const stack: SNode[] = [this.root];
        while (stack.length) {
          const c = stack.pop()!;
          if (c !== this.root && this.profile.functions.has(c.type)) this.jsFunctionNodes.push(c);
          for (const k of c.children) stack.push(k);
        }
      }
      let v = 0;
      for (const fn of this.jsFunctionNodes) {
        const sc = this.scopeOf(fn);
        const defs = sc.defs.get(name);
        // a function with its own variable or parameter of that name writes that one
        if (!defs || sc.params.has(name) || defs.some((d) => /^(variable_declarator|lexical_declaration|variable_declaration)$/.test(d.at.type))) continue;
        for (const d of defs) {
          if (d.key !== undefined && key !== undefined && d.key !== key) continue;
          const r = d.fixed !== undefined ? d.fixed : this.union(d.rhs, depth);
          // a parameter of that function (a callback's argument): of unknown origin here
          v |= paramsAsUnknown(r);
        }
      }
      return v;
    });
  }

  private aliasMemo = new Map<SNode, Map<string, string>>();
  /** Python: `req.args.get("next")` in a helper whose parameter `req` is, at every call of the helper
   *  in the file, the framework's `request` (or `self.request`): read as `request.args.get("next")`. */
  private aliasedSource(n: SNode): boolean {
    const m = /^([A-Za-z_]\w*)\s*[.[]/.exec(n.text);
    if (!m || m[1] === 'request' || m[1] === 'self' || n.end - n.start > 400) return false;
    const fn = this.scopeNodeOf(n);
    if (fn === this.root) return false;
    let aliases = this.aliasMemo.get(fn);
    if (!aliases) {
      aliases = new Map();
      this.aliasMemo.set(fn, aliases);
      const s = this.scopeOf(fn);
      const sites = s.paramIndex.size ? this.callSitesOf(fn) : [];
      if (sites.length)
        for (const [p, i] of s.paramIndex) {
          const texts = new Set(sites.map((c) => calleeOf(c).args[i]?.text));
          const t = texts.size === 1 ? [...texts][0] : undefined;
          if (t && /^(self\.)?request$/.test(t) && !(s.defs.get(p) ?? []).length) aliases.set(p, t);
        }
    }
    const alias = aliases.get(m[1]!);
    if (!alias) return false;
    const t = alias + n.text.slice(m[1]!.length);
    return this.sources.some((r) => r.test(t));
  }

  /** What a function returns (return statements, yields, an expression body), in terms of its parameters. */
  private summary(fn: SNode, depth: number): number {
    const m = this.summaryMemo.get(fn);
    if (m !== undefined) return m;
    this.summaryMemo.set(fn, UNKNOWN); // recursion
    const body = childByField(fn, 'body');
    let v = 0;
    if (body && !/block|suite|statement|compound|body/.test(body.type) && body.type !== 'block') v = this.evalNode(body, depth);
    else {
      const stack: SNode[] = body ? [body] : [];
      while (stack.length) {
        const x = stack.pop()!;
        if (x !== fn && this.profile.functions.has(x.type)) continue;
        if (x.type === 'return_statement' || x.type === 'yield' || x.type === 'yield_expression' || x.type === 'return_expression' || (this.language === 'ruby' && x.type === 'return')) {
          if (this.isDead(x, fn)) continue;
          const e = namedChildren(x).filter((c) => !this.profile.comments.has(c.type));
          if (e.length) v |= this.union(e, depth);
          continue;
        }
        for (const c of x.children) stack.push(c);
      }
    }
    // Rust: a block's value is its tail expression
    if (this.language === 'rust' && body && body.type === 'block') v |= this.evalNode(body, depth);
    // Ruby: a method (or lambda) returns the value of its last expression
    if (this.language === 'ruby' && body) {
      let b: SNode | undefined = body;
      if (b.type === 'block' || b.type === 'do_block') b = childByField(b, 'body');
      const last = b ? namedChildren(b).filter((c) => !this.profile.comments.has(c.type) && !/^(rescue|ensure|else|return)$/.test(c.type)).pop() : undefined;
      if (last) v |= this.evalNode(last, depth);
    }
    this.summaryMemo.set(fn, v);
    return v;
  }

  /** What the methods of the file write to a field of self/this ($this->f, self.f, this.f). */
  /** `self.f` / `this.f` / `$this->f`: the name of the field, or undefined. */
  private ownField(n: SNode | undefined): string | undefined {
    if (!n || !this.profile.members.has(n.type) || /subscript/.test(n.type)) return undefined;
    const obj = childByField(n, 'object') ?? namedChildren(n)[0];
    const f = childByField(n, 'attribute') ?? childByField(n, 'property') ?? childByField(n, 'name') ?? childByField(n, 'field');
    // Go: `s.f` on the receiver of the enclosing method (any name: `reg`, `h`, `d`); keyed by the
    // receiver's type, so the field of one type is not another type's field of the same name
    if (this.language === 'go' && n.type === 'selector_expression' && obj && f && obj.type === 'identifier') {
      const r = this.goReceiverAround(n);
      return r && r.name === obj.text ? `${r.type}.${f.text}` : undefined;
    }
    return obj && f && /^(self|this|\$this)$/.test(obj.text) ? f.text : undefined;
  }

  /** Go: the receiver (name and type, without `*`) of a method declaration. */
  private goReceiver(fn: SNode): { name: string; type: string } | undefined {
    if (fn.type !== 'method_declaration') return undefined;
    const pd = namedChildren(childByField(fn, 'receiver') ?? fn).find((c) => c.type === 'parameter_declaration');
    const nm = pd ? childByField(pd, 'name') : undefined;
    const ty = pd ? childByField(pd, 'type') : undefined;
    return nm && ty ? { name: nm.text, type: ty.text.replace(/^\*\s*/, '').replace(/\[.*$/, '') } : undefined;
  }

  /** Go: the receiver of the method a node is in (through the closures inside it). */
  private goReceiverAround(n: SNode): { name: string; type: string } | undefined {
    for (let p = n.parent; p; p = p.parent) {
      if (p.type === 'method_declaration') return this.goReceiver(p);
      if (p.type === 'function_declaration') return undefined;
    }
    return undefined;
  }

  /** `self.f["k"]` / `$this->f['k']`: the field and the constant key, or undefined. */
  private ownFieldKey(n: SNode): { field: string; key: string } | undefined {
    if (!/^(subscript|subscript_expression|element_reference)$/.test(n.type) || namedChildren(n).length !== 2) return undefined;
    const base = childByField(n, 'value') ?? childByField(n, 'object') ?? namedChildren(n)[0];
    const idx = childByField(n, 'subscript') ?? childByField(n, 'index') ?? namedChildren(n)[1];
    const field = this.ownField(base);
    const key = literalKey(idx, this.profile);
    return field !== undefined && key !== undefined ? { field, key } : undefined;
  }

  /**
   * What the file's methods write to field `field` of `self` / `this` (`self.f = v`, and per key
   * `self.f["k"] = v`); with `key`, a read of `self.f["k"]`: the writes of that key, and of the
   * whole field (a literal's entry for that key only). Unknown when no method writes it.
   */
  private fieldValue(field: string, depth: number, key?: string): number {
    const memoKey = key === undefined ? field : `${field}\u0000${key}`;
    const m = this.fieldMemo.get(memoKey);
    if (m !== undefined) return m;
    this.fieldMemo.set(memoKey, UNKNOWN);
    let v = 0;
    let found = false;
    const add = (r: number, at?: SNode) => {
      found = true;
      // a parameter of another method (a constructor argument): of unknown origin here
      v |= paramsAsUnknown(r);
      // Java / JavaScript: a constructor parameter stored in the field has the values the
      // `new C(…)` expressions of this file pass (`new ReportJob(req.getParameter("f"))`)
      if (r & PARAM_BITS && at) v |= this.constructorArgs(r, at, depth);
    };
    // (the assignments of the file, collected once: a walk of the whole tree per field was the
    // largest cost on long Java files, whose bare field reads all come here)
    for (const c of this.assignmentNodes()) {
      const a = this.profile.assigns[c.type];
      // Go: `s.f = v` / `s.f[k] = v` (whatever the key) in a method of the receiver's type; both
      // sides are expression lists, paired up
      if (this.language === 'go' && c.type === 'assignment_statement' && !/^[-+*/%|&^]|<<|>>/.test(c.children.find((x) => !x.named)?.text ?? '=')) {
        const ls = namedChildren(childByField(c, 'left') ?? c).filter((x) => !this.profile.comments.has(x.type));
        const rs = namedChildren(childByField(c, 'right') ?? c).filter((x) => !this.profile.comments.has(x.type));
        ls.forEach((l, i) => {
          const r = rs.length === ls.length ? rs[i] : undefined;
          if (!r) return;
          if (this.ownField(l) === field) add(this.evalNode(r, depth));
          else if (l.type === 'index_expression' && this.ownField(namedChildren(l)[0]) === field) {
            const k = literalKey(childByField(l, 'index'), this.profile);
            if (key === undefined || k === undefined || k === key) add(this.evalNode(r, depth));
          }
        });
      }
      if (a) {
        const lhs = childByField(c, a.lhs);
        const rhs = childByField(c, a.rhs);
        // Python: a class attribute (`table = "orders"` in the class body), read as self.table
        const classAttr = this.language === 'python' && lhs?.type === 'identifier' && lhs.text === field && c.parent?.type === 'expression_statement' && c.parent.parent?.type === 'block' && c.parent.parent.parent?.type === 'class_definition';
        if (lhs && rhs && (classAttr || this.ownField(lhs) === field || (this.language === 'java' && lhs.type === 'identifier' && lhs.text === field && !this.javaLocal(c, field)))) {
          const entry = key !== undefined ? literalEntry(rhs, key, this.profile) : undefined;
          add(entry ? this.union(entry, depth) : this.evalNode(rhs, depth), c);
        } else if (lhs && rhs) {
          const fk = this.ownFieldKey(lhs);
          if (fk && fk.field === field && (key === undefined || fk.key === key)) add(this.evalNode(rhs, depth));
        }
      }
    }
    const out = found ? v : UNKNOWN;
    this.fieldMemo.set(memoKey, out);
    return out;
  }

  /** Java: what the receiver of the call a lambda is passed to holds, for the element-wise steps of
   *  streams, Optionals and CompletableFutures; 0 for any other call. */
  private javaLambdaElement(lambda: SNode, depth: number): number {
    const argList = lambda.parent;
    const call = argList?.type === 'argument_list' ? argList.parent : undefined;
    if (!call || call.type !== 'method_invocation') return 0;
    const { name, object } = calleeOf(call);
    if (!object || !/^(map|flatMap|filter|forEach|forEachOrdered|peek|anyMatch|allMatch|noneMatch|ifPresent|ifPresentOrElse|thenApply|thenApplyAsync|thenAccept|thenAcceptAsync|thenCompose|thenComposeAsync|mapToObj|takeWhile|dropWhile|removeIf)$/.test(name)) return 0;
    return this.evalNode(object, depth) & ~(PARAM | PARAM_BITS);
  }

  private assignmentList: SNode[] | undefined;
  private creationList: SNode[] | undefined;
  /** The assignments of the file (the node types the profile's `assigns` names, Go's assignment_statement), in one walk. */
  private assignmentNodes(): SNode[] {
    if (this.assignmentList) return this.assignmentList;
    const out: SNode[] = [];
    const creations: SNode[] = [];
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const c = stack.pop()!;
      if (this.profile.assigns[c.type] || c.type === 'assignment_statement') out.push(c);
      if (c.type === 'object_creation_expression' || c.type === 'new_expression') creations.push(c);
      for (const k of c.children) stack.push(k);
    }
    this.creationList = creations;
    this.assignmentList = out;
    return out;
  }

  /**
   * JavaScript: what the file passes as argument `i` of the callback `fn`: for `p.then(fn)`, what
   * the callback of the `.then` before it returns (or the promise-making call's value); for
   * `emitter.on("evt", fn)` / `once`, the arguments of the `emitter.emit("evt", …)` calls. 0 otherwise.
   */
  private emitCalls: SNode[] | undefined;
  private jsCallbackArg(fn: SNode, i: number, depth: number): number {
    if (!/^(arrow_function|function_expression|function)$/.test(fn.type)) return 0;
    const argList = fn.parent;
    const call = argList?.type === 'arguments' ? argList.parent : undefined;
    if (!call || call.type !== 'call_expression') return 0;
    const { name, object, args } = calleeOf(call);
    if (name === 'then' && args[0] === fn && i === 0 && object) {
      if (object.type === 'call_expression') {
        const prev = calleeOf(object);
        const cb = prev.name === 'then' ? prev.args[0] : undefined;
        if (cb && /^(arrow_function|function_expression|function)$/.test(cb.type)) {
          const body = childByField(cb, 'body');
          if (body && body.type !== 'statement_block') return this.evalNode(body, depth) & ~(PARAM | PARAM_BITS);
          return this.summary(cb, depth) & ~(PARAM | PARAM_BITS);
        }
      }
      return this.evalNode(object, depth) & ~(PARAM | PARAM_BITS);
    }
    const evt = args[0] ? literalKey(args[0], this.profile) : undefined;
    if (/^(on|once|addListener|prependListener)$/.test(name) && args[1] === fn && evt !== undefined && object && this.profile.identifiers.has(object.type)) {
      if (!this.emitCalls) {
        // the file's `x.emit(…)` calls, collected once
        this.emitCalls = [];
        const stack: SNode[] = [this.root];
        while (stack.length) {
          const c = stack.pop()!;
          if (c.type === 'call_expression' && calleeOf(c).name === 'emit') this.emitCalls.push(c);
          for (const k of c.children) stack.push(k);
        }
      }
      let v = 0;
      for (const c of this.emitCalls) {
        const e = calleeOf(c);
        if (e.object?.text === object.text && e.args[0] && literalKey(e.args[0], this.profile) === evt && e.args[i + 1]) v |= this.evalNode(e.args[i + 1]!, depth) & ~(PARAM | PARAM_BITS);
      }
      return v;
    }
    return 0;
  }

  /** Java: `name` is a parameter or a local variable of the method (or lambda) around `at`. */
  private javaLocal(at: SNode, name: string): boolean {
    for (let sc: Scope | undefined = this.scopeOf(this.scopeNodeOf(at)); sc && sc.node !== this.root; sc = sc.parent)
      if (sc.params.has(name) || (sc.defs.get(name) ?? []).some((d) => d.at.type === 'variable_declarator' || d.at.type === 'enhanced_for_statement' || d.at.type === 'catch_formal_parameter')) return true;
    return false;
  }

  /** Java: the identifier `n` names a field of the file (no parameter or variable of its methods is called so, at this point). */
  private javaFieldRef(n: SNode): boolean {
    if (this.language !== 'java' || !this.profile.identifiers.has(n.type)) return false;
    for (let sc: Scope | undefined = this.scopeOf(this.scopeNodeOf(n)); sc; sc = sc.parent) {
      if (sc.node === this.root) return (sc.defs.get(n.text) ?? []).some((d) => d.at.type === 'variable_declarator' && d.at.parent?.type === 'field_declaration');
      if (sc.params.has(n.text) || sc.defs.has(n.text)) return false;
    }
    return false;
  }

  /** Java: the values the methods of the file assign to field `name` (`this.name = v`, `name = v` where no local is so called). */
  private fieldWriteMemo = new Map<string, SNode[]>();
  private javaFieldWriteRhs(name: string): SNode[] {
    const m = this.fieldWriteMemo.get(name);
    if (m) return m;
    const out: SNode[] = [];
    for (const c of this.assignmentNodes()) {
      if (c.type !== 'assignment_expression') continue;
      const lhs = childByField(c, 'left');
      const rhs = childByField(c, 'right');
      if (lhs && rhs && (this.ownField(lhs) === name || (lhs.type === 'identifier' && lhs.text === name && !this.javaLocal(c, name)))) out.push(rhs);
    }
    this.fieldWriteMemo.set(name, out);
    return out;
  }

  /**
   * The value a constructor parameter (bits `r`) stored by the assignment `at` has at the creations
   * of its class in this file (`new C(a, b)`): the arguments at those positions, a parameter of the
   * creating method being of unknown origin. 0 when `at` is not in a constructor or the class is
   * never created here (the caller then keeps UNKNOWN).
   */
  private constructorArgs(r: number, at: SNode, depth: number): number {
    if (this.language !== 'java' && this.profile !== PROFILES.javascript) return 0;
    const fn = this.scopeNodeOf(at);
    const isCtor = fn.type === 'constructor_declaration' || (fn.type === 'method_definition' && childByField(fn, 'name')?.text === 'constructor');
    const cls = isCtor ? this.classOf(fn) : undefined;
    if (!cls) return 0;
    let v = 0;
    this.assignmentNodes();
    for (const c of this.creationList!) {
      if (this.createdClass(c)?.replace(/<.*$/, '') === cls && !this.isDead(c)) {
        const { args } = calleeOf(c);
        for (let i = 0; i < MAX_PARAMS; i++)
          if (r & paramBit(i) && args[i]) {
            const a = this.evalNode(args[i]!, depth);
            v |= paramsAsUnknown(a);
          }
      }
    }
    return v;
  }

  /**
   * Java: the keys of a map local to the function (`Map<…> m = new HashMap<>()`, changed only by
   * `m.put(k, v)` / `putIfAbsent` / `merge` / `computeIfAbsent` and read): the union of the `k`s.
   * Undefined when the map comes from elsewhere or escapes (passed to a call, `putAll`, reassigned).
   */
  private javaMapKeys(map: SNode, depth: number): number | undefined {
    const fn = this.scopeNodeOf(map);
    if (fn === this.root) return undefined;
    const name = map.text;
    let created = false;
    let v = 0;
    const stack: SNode[] = [fn];
    while (stack.length) {
      const c = stack.pop()!;
      if (this.profile.identifiers.has(c.type) && c.text === name && c.parent) {
        const p = c.parent;
        if (p.type === 'variable_declarator' && c.field === 'name') {
          const val = childByField(p, 'value');
          if (!val || !/^new\s+(java\.util\.)?(Hash|LinkedHash|Tree|ConcurrentHash)Map\b/.test(val.text) || created) return undefined;
          created = true;
        } else if (p.type === 'method_invocation' && c.field === 'object') {
          const { name: m, args } = calleeOf(p);
          if (/^(put|putIfAbsent|merge|computeIfAbsent|compute)$/.test(m) && args[0]) v |= this.evalNode(args[0], depth);
          else if (!/^(get|getOrDefault|containsKey|containsValue|size|isEmpty|entrySet|keySet|values|forEach|remove)$/.test(m)) return undefined;
        } else return undefined; // assigned, passed to a call, returned: its keys are not known here
      }
      for (const k of c.children) stack.push(k);
    }
    return created ? v : undefined;
  }

  private callSitesOf(fn: SNode): SNode[] {
    if (!this.callSites) {
      const sites = new Map<SNode, SNode[]>();
      const stack: SNode[] = [this.root];
      while (stack.length) {
        const n = stack.pop()!;
        if (this.profile.calls.has(n.type))
          for (const f of this.targetsOf(n)) {
            const l = sites.get(f) ?? [];
            l.push(n);
            sites.set(f, l);
          }
        for (const c of n.children) stack.push(c);
      }
      this.callSites = sites;
    }
    return this.callSites.get(fn) ?? [];
  }

  /**
   * The value of `n` with the parameters of its function followed to the arguments of the calls
   * in this file (a helper that runs a sink on its parameter is reached from its callers), up to
   * CALLER_DEPTH levels; the parameters themselves stay in the value (PARAM).
   */
  valueWithCallers(n: SNode): number {
    return this.lift(this.valueOf(n), this.scopeNodeOf(n), 0);
  }

  /** JavaScript: the default value of the parameter `id` names (`opts = settings`), as a list of none or one. */
  private paramDefault(id: SNode): SNode[] {
    if (this.profile !== PROFILES.javascript) return [];
    const fn = this.scopeNodeOf(id);
    if (fn === this.root || !this.scopeOf(fn).params.has(id.text)) return [];
    const params = this.paramsNode(fn);
    for (const p of params ? namedChildren(params) : [])
      if (p.type === 'assignment_pattern' && childByField(p, 'left')?.text === id.text) {
        const r = childByField(p, 'right');
        return r ? [r] : [];
      }
    return [];
  }

  /** JavaScript: an anonymous function passed as an argument (a callback: `new Promise((resolve) => …)`,
   *  `arr.forEach(function (x) {…})`): the file never calls it by name, its parameters map to no call. */
  private argCallback(fn: SNode): boolean {
    return this.profile === PROFILES.javascript && /^(arrow_function|function_expression|function)$/.test(fn.type) && fn.parent?.type === 'arguments';
  }

  private lift(v: number, fn: SNode, level: number): number {
    // (a use inside callbacks: the parameters are those of the function around them)
    while (this.argCallback(fn)) fn = this.scopeNodeOf(fn);
    if (!(v & PARAM_BITS) || level >= CALLER_DEPTH || fn === this.root) return v;
    let out = v;
    for (const call of this.callSitesOf(fn)) {
      if (this.isDead(call)) continue;
      const { args } = calleeOf(call);
      for (let i = 0; i < MAX_PARAMS; i++)
        if (v & paramBit(i) && args[i]) {
          const a = this.valueOf(args[i]!);
          out |= this.lift(a, this.scopeNodeOf(call), level + 1) & ~PARAM_BITS;
        }
    }
    return out;
  }

  /**
   * C/C++: the value of `n` where the parameters of a function with internal linkage (`static` at
   * file or namespace scope, only ever called by name in this file) are replaced by the arguments
   * of its calls: a `static` helper that every caller hands a constant format string is no
   * format-string sink. Java: a `private` method (not overloaded, only ever invoked by name in this
   * file) likewise has the values its callers pass. Other languages, and functions callable from
   * elsewhere, keep PARAM.
   */
  valueClosed(n: SNode): number {
    const v = this.valueOf(n);
    if (this.language !== 'c' && this.language !== 'cpp' && this.language !== 'java' && this.language !== 'go' && this.language !== 'python') return v;
    return this.liftClosed(v, this.scopeNodeOf(n), 0);
  }

  private liftClosed(v: number, fn: SNode, level: number): number {
    if (!(v & PARAM_BITS) || level >= CALLER_DEPTH || fn === this.root || !this.closedFunction(fn)) return v;
    const sites = this.callSitesOf(fn).filter((c) => !this.isDead(c));
    if (sites.length === 0) return v;
    let out = v & ~(PARAM | PARAM_BITS);
    for (const call of sites) {
      const { args } = calleeOf(call);
      for (let i = 0; i < MAX_PARAMS; i++)
        if (v & paramBit(i)) out |= args[i] ? this.liftClosed(this.valueOf(args[i]!), this.scopeNodeOf(call), level + 1) : UNKNOWN;
    }
    return out;
  }

  private closedMemo = new Map<SNode, boolean>();

  /** A C/C++ function definition with internal linkage whose name is only ever called (not taken as a pointer). */
  private closedFunction(fn: SNode): boolean {
    const memo = this.closedMemo.get(fn);
    if (memo !== undefined) return memo;
    if (this.language === 'java') {
      const ok = this.privateJavaMethod(fn);
      this.closedMemo.set(fn, ok);
      return ok;
    }
    if (this.language === 'go') {
      const ok = this.goLocalClosure(fn);
      this.closedMemo.set(fn, ok);
      return ok;
    }
    if (this.language === 'python') {
      const ok = this.pythonWebHelper(fn);
      this.closedMemo.set(fn, ok);
      return ok;
    }
    let ok = fn.type === 'function_definition' && /^(translation_unit|declaration_list|preproc_(ifdef|if|else|elif|elifdef))$/.test(fn.parent?.type ?? '')
      && fn.children.some((c) => c.type === 'storage_class_specifier' && c.text === 'static');
    let name: string | undefined;
    if (ok) {
      let d = childByField(fn, 'declarator');
      while (d && d.type !== 'function_declarator') d = childByField(d, 'declarator');
      const id = d ? childByField(d, 'declarator') : undefined;
      name = id?.type === 'identifier' ? id.text : undefined;
      ok = name !== undefined;
    }
    if (ok) ok = this.onlyCalled(this.root, name!, (x) => x.parent?.type === 'function_declarator') >= 0;
    this.closedMemo.set(fn, ok);
    return ok;
  }

  /**
   * Python: a plain module-level helper of a file that defines request handlers (a route decorator,
   * a Django-style `def view(request)`), not itself a handler, whose name is only ever called in the
   * file: its parameters hold what the handlers pass (`run_backup(db)` after `db` was checked against
   * an allowlist). Library modules keep PARAM: their functions are called from elsewhere.
   */
  private pythonWebHelper(fn: SNode): boolean {
    if (fn.type !== 'function_definition' || fn.parent?.type !== 'module') return false;
    const src = this.root.text;
    if (!/^\s*@[\w.]+\.(route|get|post|put|patch|delete|api_route)\(|^(async\s+)?def\s+\w+\s*\(\s*request\b/m.test(src)) return false;
    if (/^\s*__all__\s*=/m.test(src)) return false;
    const name = childByField(fn, 'name')?.text;
    if (!name || name.startsWith('test')) return false;
    const params = childByField(fn, 'parameters');
    if (params && /^\(\s*request\b/.test(params.text)) return false;
    return this.onlyCalled(this.root, name, (x) => x.parent === fn) > 0;
  }

  /** How many calls of `name` there are under `scope` when every identifier `name` there is the
   *  callee of a call (or one `skip` accepts: its own declaration); -1 when one is not (the function
   *  is passed, stored or returned, so its parameters can hold anything). */
  private onlyCalled(scope: SNode, name: string, skip: (x: SNode) => boolean): number {
    let calls = 0;
    const stack: SNode[] = [scope];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'identifier' && x.text === name && !skip(x)) {
        const p = x.parent;
        if (!(p && this.profile.calls.has(p.type) && childByField(p, 'function') === x)) return -1;
        calls++;
      }
      for (const c of x.children) stack.push(c);
    }
    return calls;
  }

  /** Go: a closure bound by `name := func(…) {…}` whose name, in the function around it, is only
   *  ever called (not passed, returned or stored): its parameters are what those calls pass. */
  private goLocalClosure(fn: SNode): boolean {
    if (fn.type !== 'func_literal') return false;
    const name = this.functionName(fn);
    const decl = fn.parent?.parent;
    const outer = decl ? this.scopeNodeOf(decl) : undefined;
    if (!name || !decl || !outer || (this.functions().get(name) ?? []).length !== 1) return false;
    return this.onlyCalled(outer, name, (x) => this.isAncestor(decl, x)) >= 0;
  }

  /** A Java `private` method, the only method of its name in the file, whose name is only ever
   *  invoked (`f(x)`, `this.f(x)`), never taken as a method reference. */
  private privateJavaMethod(fn: SNode): boolean {
    if (fn.type !== 'method_declaration') return false;
    const mods = fn.children.find((c) => c.type === 'modifiers');
    if (!mods || !/\bprivate\b/.test(mods.text)) return false;
    const name = childByField(fn, 'name')?.text;
    if (!name) return false;
    const stack: SNode[] = [this.root];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.type === 'identifier' && x.text === name) {
        const p = x.parent;
        if (p && p.type === 'method_declaration' && childByField(p, 'name') === x) {
          if (p !== fn) return false;
        } else if (!(p && p.type === 'method_invocation' && childByField(p, 'name') === x && (!childByField(p, 'object') || childByField(p, 'object')!.type === 'this'))) return false;
      }
      for (const c of x.children) stack.push(c);
    }
    return true;
  }

  // ---- scopes and definitions ----------------------------------------------------------------

  private scopeOf(node: SNode): Scope {
    const sn = node === this.root || this.profile.functions.has(node.type) ? node : this.scopeNodeOf(node);
    let s = this.scopes.get(sn);
    if (s) return s;
    s = { node: sn, params: new Set(), paramIndex: new Map(), inputs: new Set(), numbers: new Set(), defs: new Map(), parent: sn === this.root ? undefined : this.scopeOf(this.scopeNodeOf(sn)) };
    this.scopes.set(sn, s);
    if (sn !== this.root) this.collectParams(sn, s.params, s.paramIndex, s.inputs, s.numbers);
    this.collectDefs(sn, s, sn);
    return s;
  }

  /** The parameter list node of a function (C/C++: inside the declarator). */
  private paramsNode(fn: SNode): SNode | undefined {
    let params = childByField(fn, 'parameters') ?? childByField(fn, 'parameter');
    // C#: x => … (one parameter without parentheses)
    if (!params && this.language === 'csharp' && fn.type === 'lambda_expression') {
      const f = namedChildren(fn)[0];
      if (f && f.type === 'identifier' && f.field !== 'body') return f;
    }
    if (!params) {
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
    return params;
  }

  private collectParams(fn: SNode, out: Set<string>, index?: Map<string, number>, inputs?: Set<string>, numbers?: Set<string>): void {
    const params = this.paramsNode(fn);
    if (!params) return;
    if (this.profile.identifiers.has(params.type)) {
      out.add(params.text);
      index?.set(params.text, 0);
      return;
    }
    let pos = 0;
    const walk = (x: SNode, names: string[]) => {
      // types, defaults and decorators / annotations name no parameter
      if (x.field === 'type' || x.type === 'type_identifier' || x.type === 'primitive_type' || x.field === 'default' || x.field === 'value' || x.field === 'decorator' || x.type === 'modifiers' || x.type === 'attribute_list' || x.type === 'equals_value_clause') return;
      // JS: the default of `opts = settings` is a value, not a parameter
      if (x.field === 'right' && x.parent?.type === 'assignment_pattern') return;
      // JS: ({ query, body }, res) => … destructures the parameter into names
      if ((this.profile.identifiers.has(x.type) || x.type === 'shorthand_property_identifier_pattern' || x.type === 'shorthand_field_identifier') && !NOT_PARAMS.has(x.text)) {
        out.add(x.text);
        names.push(x.text);
        if (index && !index.has(x.text)) index.set(x.text, pos);
      }
      for (const c of x.children) walk(c, names);
    };
    const specs = inputs ? this.inputSpecsFor(fn) : [];
    // one position per parameter (a receiver such as self, cls or this takes none)
    for (const p of namedChildren(params)) {
      if (this.profile.comments.has(p.type)) continue;
      if (NOT_PARAMS.has(p.text) || p.type === 'variadic_parameter' && p.text === '...' || p.type === 'self_parameter' || p.type === 'attribute_item') continue;
      const names: string[] = [];
      walk(p, names);
      if (specs.length && names.length && this.isInputParam(p, specs)) for (const n of names) if (!numberConverted(fn, n)) inputs!.add(n);
      if (numbers && names.length === 1 && this.language !== 'c' && this.language !== 'cpp' && NUMBER_TYPE.test((childByField(p, 'type')?.text ?? '').replace(/^:\s*/, ''))) numbers.add(names[0]!);
      // Python: a parameter of a framework handler (FastAPI validates it) typed as a Literal of
      // constants (`op: Literal["+", "-"]`) is one of those constants
      if (numbers && names.length === 1 && this.language === 'python' && specs.length > 0 && PY_LITERAL_TYPE.test((childByField(p, 'type')?.text ?? '').replace(/^:\s*/, ''))) numbers.add(names[0]!);
      if (numbers && this.language === 'rust' && !inputs?.has(names[0] ?? '') && RUST_NUMBER_TYPE.test(childByField(p, 'type')?.text ?? '')) for (const nm of names) numbers.add(nm);
      if (numbers && this.language === 'rust' && inputs?.has(names[0] ?? '') && RUST_NUMBER_TYPE.test(childByField(p, 'type')?.text ?? '')) for (const nm of names) { inputs.delete(nm); numbers.add(nm); }
      if (numbers && this.language === 'go' && GO_NUMBER_TYPE.test(childByField(p, 'type')?.text ?? '')) for (const nm of names) numbers.add(nm);
      if (numbers && this.language === 'csharp' && names.length === 1 && (CS_NUMBER_TYPE.test(childByField(p, 'type')?.text ?? '') || (!inputs?.has(names[0]!) && CS_CONTAINER_TYPE.test(childByField(p, 'type')?.text ?? '')))) numbers.add(names[0]!);
      // Java: servlet / Spring objects the container passes (the request's data in them is a source by itself)
      if (numbers && names.length === 1 && this.language === 'java' && JAVA_CONTAINER_TYPE.test(childByField(p, 'type')?.text ?? '')) numbers.add(names[0]!);
      // Java: a UUID, a date or a time parameter (a Spring / JAX-RS converter parsed it) holds no text
      if (numbers && names.length === 1 && this.language === 'java' && JAVA_VALUE_TYPE.test(childByField(p, 'type')?.text ?? '')) numbers.add(names[0]!);
      pos++;
    }
  }

  /** The inputParams entries whose `function` test the function's decorators / annotations pass. */
  private inputSpecsFor(fn: SNode): InputParam[] {
    if (this.inputParams.length === 0) return [];
    let deco = '';
    // Python: @app.get(...) above the def; Java: the method's modifiers (annotations)
    if (fn.parent?.type === 'decorated_definition') deco = namedChildren(fn.parent).filter((c) => c.type === 'decorator').map((c) => c.text).join('\n');
    else if (this.language === 'csharp') deco = this.csAttributes(fn);
    else if (this.language === 'rust') deco = this.rustAttributes(fn);
    else deco = namedChildren(fn).filter((c) => c.type === 'modifiers' || c.type === 'decorator').map((c) => c.text).join('\n');
    return this.inputParams.filter((q) => (!q.fn || q.fn.test(deco)) && (!q.text || q.text.test(fn.text)));
  }

  /** Rust: the attributes above a function (`#[get("/<name>")]`, `#[post(...)]`); for a closure,
   *  the call chain it is passed to (`warp::path!(…).map(|name: String| …)`). */
  private rustAttributes(fn: SNode): string {
    if (fn.type === 'closure_expression') {
      let p = fn.parent;
      if (p?.type === 'arguments') p = p.parent;
      return p && p.type === 'call_expression' ? `call ${childByField(p, 'function')?.text ?? ''}` : '';
    }
    const out: string[] = [];
    const sibs = fn.parent ? fn.parent.children : [];
    for (let i = sibs.indexOf(fn) - 1; i >= 0; i--) {
      const x = sibs[i]!;
      if (x.type === 'attribute_item') out.push(x.text);
      else if (!this.profile.comments.has(x.type)) break;
    }
    return out.join('\n');
  }

  /** C#: what inputParams' `function` reads: the method's attributes and modifiers and its class's
   *  attributes and base list (`[ApiController]`, `: ControllerBase`); for a lambda passed to a call
   *  (minimal APIs: `app.MapGet("/x", (string q) => …)`), the called method (`app.MapGet`). */
  private csAttributes(fn: SNode): string {
    if (fn.type === 'lambda_expression' || fn.type === 'anonymous_method_expression') {
      let p = fn.parent;
      if (p?.type === 'argument') p = p.parent;
      if (p?.type === 'argument_list') p = p.parent;
      return p && p.type === 'invocation_expression' ? `call ${childByField(p, 'function')?.text ?? ''}` : '';
    }
    const own = namedChildren(fn).filter((c) => c.type === 'attribute_list' || c.type === 'modifier').map((c) => c.text);
    for (let p = fn.parent; p; p = p.parent)
      if (p.type === 'class_declaration' || p.type === 'record_declaration') {
        own.push('class', ...namedChildren(p).filter((c) => c.type === 'attribute_list' || c.type === 'base_list' || c.type === 'modifier').map((c) => c.text));
        break;
      }
    return own.join('\n');
  }

  private isInputParam(p: SNode, specs: InputParam[]): boolean {
    const ty = (childByField(p, 'type')?.text ?? '').replace(/^:\s*/, '');
    return specs.some((q) => q.param.test(p.text) && !(q.not && q.not.test(p.text)) && !(q.notType && ty && q.notType.test(ty)));
  }

  /** The variable a left-hand side writes and whether it overwrites it. */
  private target(lhs: SNode): { name: string; kills: boolean }[] {
    const P = this.profile;
    if (P.identifiers.has(lhs.type)) return [{ name: lhs.text, kills: true }];
    // JS destructuring: const { name } = req.body / { q = '' } / { ...rest }: each name gets the
    // value's taint (the whole object's: keys are not told apart here)
    if (lhs.type === 'shorthand_property_identifier_pattern') return [{ name: lhs.text, kills: false }];
    if (lhs.type === 'object_assignment_pattern' || lhs.type === 'assignment_pattern') {
      const l = childByField(lhs, 'left');
      return l ? this.target(l) : [];
    }
    if (lhs.type === 'rest_pattern') return namedChildren(lhs).flatMap((c) => this.target(c));
    if (lhs.type === 'pair_pattern') {
      const v = childByField(lhs, 'value');
      return v ? this.target(v).map((x) => ({ ...x, kills: false })) : [];
    }
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
      if (this.language === 'rust' && this.rustDefs(c, s)) {
        for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
        continue;
      }
      // C++ "most vexing parse": `const fs::path rel(rel_path);` in a function body declares `rel`,
      // initialised from `rel_path` (tree-sitter reads a function whose parameter has type `rel_path`)
      if (this.language === 'cpp' && c.type === 'declaration' && c.parent?.type === 'compound_statement') {
        const fd = childByField(c, 'declarator');
        const nm = fd?.type === 'function_declarator' ? childByField(fd, 'declarator') : undefined;
        const ps = fd?.type === 'function_declarator' ? namedChildren(childByField(fd, 'parameters') ?? fd).filter((k) => !P.comments.has(k.type)) : [];
        const args = ps.map((k) => (k.type === 'parameter_declaration' && namedChildren(k).length === 1 && namedChildren(k)[0]!.type === 'type_identifier' ? namedChildren(k)[0]! : undefined));
        if (nm && P.identifiers.has(nm.type) && args.length && args.every((x) => x)) this.addDef(s, nm.text, { at: c, rhs: args as SNode[], kills: true });
      }
      const a = P.assigns[c.type];
      // C#: new T { Name = v } sets a property of the new object, not a variable
      if (a && !(this.language === 'csharp' && c.type === 'assignment_expression' && c.parent?.type === 'initializer_expression')) {
        const lhs = childByField(c, a.lhs);
        const rhs = childByField(c, a.rhs);
        if (lhs) {
          const op = c.children.find((x) => (!x.named || x.type === 'assignment_operator') && /=$/.test(x.text))?.text ?? '=';
          const aug = a.aug || (op !== '=' && op !== ':=' && op !== '=&' && /[-+*/.%|&^]=$/.test(op));
          // x -= n, x *= n, x <<= n (and += in PHP): the variable now holds a number
          const numericOp = !this.numeric && (/^(-=|\*=|\/=|%=|<<=|>>=|\*\*=|\/\/=|&=|\|=|\^=)$/.test(op) || (op === '+=' && P === PROFILES.php));
          if (numericOp && P.identifiers.has(lhs.type)) {
            this.addDef(s, lhs.text, { at: c, rhs: [], fixed: 0, kills: true });
            for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
            continue;
          }
          // Go: a, b := x, y pairs up; v, err := f() gives every name the whole right side
          if (this.language === 'go' && lhs.type === 'expression_list') {
            const ls = namedChildren(lhs).filter((k) => !P.comments.has(k.type));
            const rs = rhs && rhs.type === 'expression_list' ? namedChildren(rhs).filter((k) => !P.comments.has(k.type)) : rhs ? [rhs] : [];
            const loop = c.type === 'range_clause';
            // `for _, x := range xs` declares x for the loop body: no earlier x (nor an outer scope's) reaches it
            const declares = loop && c.children.some((k) => !k.named && k.text === ':=');
            ls.forEach((l, i) => {
              if (l.type === 'identifier' && l.text === '_') return;
              // an error value is the library's message, not the data it was given
              if (l.type === 'identifier' && /^err([A-Z]\w*)?$/.test(l.text) && !loop) {
                this.addDef(s, l.text, { at: c, rhs: [], fixed: 0, kills: !aug });
                return;
              }
              const r = rs.length === ls.length && !loop ? [rs[i]!] : rs;
              const sk2 = subscriptKey(l, P);
              if (sk2) this.addDef(s, sk2.base.text, { at: c, rhs: r, kills: !aug, key: sk2.key });
              else for (const tg of this.target(l)) this.addDef(s, tg.name, { at: c, rhs: r, fixed: r.length ? undefined : 0, kills: tg.kills && !aug && (!loop || declares) });
            });
            for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
            continue;
          }
          // Python: `except ValueError as exc`: the exception may carry what the calls of the try body
          // were given (raise ValueError(f"bad: {raw}"), int(raw)'s message)
          if (this.language === 'python' && c.type === 'as_pattern' && c.parent?.type === 'except_clause' && c.parent.parent?.type === 'try_statement') {
            const body = childByField(c.parent.parent, 'body');
            const given: SNode[] = [];
            const walk: SNode[] = body ? [body] : [];
            while (walk.length && given.length < 30) {
              const x = walk.pop()!;
              if (P.functions.has(x.type)) continue;
              if (x.type === 'argument_list') given.push(x);
              for (const k of x.children) walk.push(k);
            }
            for (const tg of this.target(lhs)) this.addDef(s, tg.name, { at: c, rhs: given, fixed: given.length ? undefined : UNKNOWN, kills: true });
            for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
            continue;
          }
          // Python: `sql, params = build(x)` of a function of the file that returns tuples: each name is
          // its element of what the function returns (resolved where it is read)
          if (this.language === 'python' && !aug && c.type === 'assignment' && (lhs.type === 'pattern_list' || lhs.type === 'tuple_pattern') && rhs && rhs.type === 'call') {
            const ls = namedChildren(lhs).filter((k) => !P.comments.has(k.type));
            if (ls.every((l) => P.identifiers.has(l.type))) {
              ls.forEach((l, i) => this.addDef(s, l.text, { at: c, rhs: [rhs], kills: true, elem: i }));
              for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
              continue;
            }
          }
          // Python: `for k in d` / `for k, v in d.items()` on a local dict: k holds its keys (of
          // constant keys: nothing), v its values
          if (this.language === 'python' && c.type === 'for_statement' && rhs) {
            const dictOf = rhs.type === 'identifier' ? rhs : rhs.type === 'call' && /^\w+\.(items|keys)\(\s*\)$/.test(rhs.text) ? namedChildren(childByField(rhs, 'function') ?? rhs)[0] : undefined;
            const ls = lhs.type === 'identifier' ? [lhs] : (lhs.type === 'pattern_list' || lhs.type === 'tuple_pattern') ? namedChildren(lhs).filter((k) => !P.comments.has(k.type)) : [];
            if (dictOf && dictOf.type === 'identifier' && ls[0] && P.identifiers.has(ls[0].type) && (ls.length === 1 || (ls.length === 2 && /\.items\(/.test(rhs.text)))) {
              this.addDef(s, ls[0].text, { at: lhs, rhs: [rhs], kills: true, keysOf: dictOf });
              for (const l of ls.slice(1)) for (const tg of this.target(l)) this.addDef(s, tg.name, { at: lhs, rhs: [rhs], kills: tg.kills });
              for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
              continue;
            }
          }
          // Python: `chunk, n = [], n + 1` pairs up when both sides list the same number of parts
          // (a swap `a, b = b, a` reads the old values: each part is evaluated where it stands)
          if (this.language === 'python' && !aug && !/for/.test(c.type) && (lhs.type === 'pattern_list' || lhs.type === 'tuple_pattern') && rhs && (rhs.type === 'expression_list' || rhs.type === 'tuple')) {
            const ls = namedChildren(lhs).filter((k) => !P.comments.has(k.type));
            const rs = namedChildren(rhs).filter((k) => !P.comments.has(k.type));
            if (ls.length === rs.length && ls.every((l) => P.identifiers.has(l.type))) {
              ls.forEach((l, i) => this.addDef(s, l.text, { at: c, rhs: [rs[i]!], kills: true }));
              for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
              continue;
            }
          }
          // Python: resp.headers["X-A"] = v sets a header of the response, not its body (the header
          // rules read the assignment itself)
          if (this.language === 'python' && lhs.type === 'subscript' && childByField(lhs, 'value')?.type === 'attribute' && childByField(childByField(lhs, 'value')!, 'attribute')?.text === 'headers' && childByField(childByField(lhs, 'value')!, 'object')?.type === 'identifier') {
            for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
            continue;
          }
          const sk = subscriptKey(lhs, P) ?? memberKey(lhs, P);
          if (sk) this.addDef(s, sk.base.text, { at: c, rhs: rhs ? [rhs] : [], kills: !aug, key: sk.key });
          else for (const tg of this.target(lhs)) this.addDef(s, tg.name, { at: /for/.test(c.type) ? lhs : c, rhs: rhs ? [rhs] : [], fixed: rhs ? undefined : 0, kills: tg.kills && !aug });
        }
      } else if (P.calls.has(c.type)) this.callDefs(c, s);
      else if ((this.language === 'cpp' || this.language === 'c') && c.type === 'binary_expression' && c.parent?.type !== 'binary_expression' && this.streamInsert(c, s)) {
        /* os << a << b on a local string stream: recorded by streamInsert */
      } else if (this.language === 'ruby' && this.rubyDefs(c, s)) {
        /* Ruby: block parameters, s << x (recorded by rubyDefs) */
      } else if (c.type === 'foreach_statement') {
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

  /** Rust bindings: `let p = v` (a number type: no carrier), `if let Some(x) = v`, `for (k, x) in v`,
   *  a match arm's pattern (the matched value). true when `c` was one of them. */
  private rustDefs(c: SNode, s: Scope): boolean {
    // r.read_to_end(&mut buf), read_exact, read_to_string: buf holds what was read (stdin: input)
    if (c.type === 'call_expression') {
      const { name, object, args } = calleeOf(c);
      if (object && args[0] && /^(read_to_end|read_exact|read_to_string|read|read_buf)$/.test(name)) {
        let x: SNode | undefined = args[0];
        for (let i = 0; i < 4 && x && x.type !== 'identifier'; i++) x = childByField(x, 'value') ?? namedChildren(x).pop();
        if (x && x.type === 'identifier') {
          this.addDef(s, x.text, { at: c, rhs: [], fixed: /(^|::)stdin\(\)/.test(object.text) ? SOURCE : UNKNOWN, kills: false });
          // and whatever the reader carries (a stream passed in as a parameter, a request body)
          this.addDef(s, x.text, { at: c, rhs: [object], kills: false });
        }
      }
      return false;
    }
    if (c.type === 'let_declaration' || c.type === 'let_condition') {
      const pat = childByField(c, 'pattern');
      const val = childByField(c, 'value');
      if (!pat || !val) return c.type === 'let_declaration';
      const ty = childByField(c, 'type')?.text ?? '';
      const num = !this.numeric && RUST_NUMBER_TYPE.test(ty);
      for (const nm of this.rustPatternNames(pat)) this.addDef(s, nm, num ? { at: c, rhs: [], fixed: 0, kills: true } : { at: c, rhs: [val], kills: true });
      return true;
    }
    if (c.type === 'for_expression') {
      const pat = childByField(c, 'pattern');
      const val = childByField(c, 'value');
      if (pat && val) for (const nm of this.rustPatternNames(pat)) this.addDef(s, nm, { at: pat, rhs: [val], kills: false });
      return true;
    }
    if (c.type === 'match_arm') {
      const pat = childByField(c, 'pattern');
      const m = c.parent?.parent;
      const val = m && m.type === 'match_expression' ? childByField(m, 'value') : undefined;
      if (pat && val) for (const nm of this.rustPatternNames(pat)) this.addDef(s, nm, { at: pat, rhs: [val], kills: true });
      return true;
    }
    return false;
  }

  /** C++: `os << a << b` on a local std::(o)stringstream adds a and b to os (os.str() then carries them, built);
   *  `std::cin >> a >> b` (or a local std::ifstream / std::istringstream) writes a and b with what the stream holds. */
  private streamInsert(c: SNode, s: Scope): boolean {
    const pieces: SNode[] = [];
    let x: SNode | undefined = c;
    if (c.children.find((k) => !k.named)?.text === '>>') {
      while (x && x.type === 'binary_expression' && x.children.find((k) => !k.named)?.text === '>>') {
        const r = childByField(x, 'right');
        if (r) pieces.unshift(r);
        x = childByField(x, 'left');
      }
      if (!x || pieces.length === 0) return false;
      const stdin = /^(std::)?cin$/.test(x.text);
      const d = !stdin && this.profile.identifiers.has(x.type) ? this.declOf(x) : undefined;
      if (!stdin && !(d && /(^|::)w?(i|if|io|f|istring)stream$/.test(d.type.replace(/\s+/g, '')))) return false;
      for (const p of pieces)
        if (this.profile.identifiers.has(p.type))
          this.addDef(s, p.text, stdin || /(^|::)w?(i|if|f)stream$/.test(d!.type.replace(/\s+/g, '')) ? { at: c, rhs: [], fixed: SOURCE, kills: true } : { at: c, rhs: [x], kills: true });
      return true;
    }
    while (x && x.type === 'binary_expression' && x.children.find((k) => !k.named)?.text === '<<') {
      const r = childByField(x, 'right');
      if (r) pieces.unshift(r);
      x = childByField(x, 'left');
    }
    if (!x || !this.profile.identifiers.has(x.type) || pieces.length === 0) return false;
    const d = this.declOf(x);
    if (!d || !/(^|::)w?(o|io)?stringstream$/.test(d.type.replace(/\s+/g, ''))) return false;
    this.addDef(s, x.text, { at: c, rhs: pieces, kills: false, built: true });
    return true;
  }

  /** x.append(y) adds y to x; strcpy(dst, src), fgets(buf, …), settype($x, "int") write their argument. */
  private callDefs(c: SNode, s: Scope): void {
    const { name, object, args } = calleeOf(c);
    // conf.set("section", "key", v) (configparser and other two-level stores): keyed by both
    if (object && MAP_PUT.has(name) && args.length === 3 && this.profile.identifiers.has(object.type)) {
      const k1 = literalKey(args[0], this.profile);
      const k2 = literalKey(args[1], this.profile);
      if (k1 !== undefined && k2 !== undefined) {
        this.addDef(s, object.text, { at: c, rhs: [args[2]!], kills: true, key: `${k1}\u0000${k2}` });
        return;
      }
    }
    if (object && MAP_PUT.has(name) && args.length === 2 && this.profile.identifiers.has(object.type)) {
      const key = literalKey(args[0], this.profile);
      if (key !== undefined) {
        this.addDef(s, object.text, { at: c, rhs: [args[1]!], kills: true, key });
        return;
      }
    }
    // C#: out / ref arguments are written by the call: dict.TryGetValue(k, out var v) gives v the
    // dictionary's value (Request.Query.TryGetValue: input), int.TryParse(s, out var n) a number
    if (this.language === 'csharp') {
      const outs = args.filter((a) => a.children.some((k) => !k.named && (k.text === 'out' || k.text === 'ref')));
      if (outs.length) {
        const calleeText = `${object ? object.text + '.' : ''}${name}`;
        const clean = /^Try(Parse|ParseExact)$/.test(name) || this.isSanitizer(calleeText);
        const from = name === 'TryGetValue' ? (object ? [object] : []) : [...(object && !this.moduleRooted(object) ? [object] : []), ...args.filter((a) => !outs.includes(a))];
        for (const a of outs) {
          const x = namedChildren(a).filter((k) => !this.profile.comments.has(k.type)).pop();
          const nm = x && x.type === 'declaration_expression' ? childByField(x, 'name') : x;
          if (nm && this.profile.identifiers.has(nm.type)) this.addDef(s, nm.text, clean ? { at: c, rhs: [], fixed: 0, kills: true } : { at: c, rhs: from, fixed: from.length ? undefined : UNKNOWN, kills: true });
        }
        return;
      }
    }
    if (object && this.mutators.has(name)) {
      for (const tg of this.target(object)) this.addDef(s, tg.name, { at: c, rhs: args, kills: false });
      return;
    }
    // Go: dec.Decode(&v) (json / xml / yaml / gob decoders, gorilla/schema's Decode(&v, r.Form)) fills v with what the decoder reads
    if (this.language === 'go' && object && name === 'Decode' && args.length >= 1) {
      for (const tg of this.target(args[0]!)) this.addDef(s, tg.name, { at: c, rhs: [object, ...args.slice(1)], kills: false });
      return;
    }
    // Go: fmt.Fprintf(&b, format, args…) into a local strings.Builder / bytes.Buffer appends to it
    if (this.language === 'go' && object?.text === 'fmt' && /^Fprint(f|ln)?$/.test(name) && args[0]?.type === 'unary_expression' && /^&\s*[A-Za-z_]\w*$/.test(args[0].text)) {
      this.addDef(s, args[0].text.replace(/^&\s*/, ''), { at: c, rhs: args.slice(1), kills: false });
      return;
    }
    // C++: std::getline(stream, line) reads a line into its second argument (C's getline(&buf, &n, f) writes the first)
    // (also with a delimiter: std::getline(in, pair, '&'); C's three arguments are &buf, &n, f)
    if (/^(std::)?getline$/.test(name) && (args.length === 2 || (args.length === 3 && this.language === 'cpp')) && !object && this.profile.identifiers.has(args[1]!.type)) {
      this.addDef(s, args[1]!.text, { at: c, rhs: [], fixed: SOURCE, kills: true });
      return;
    }
    // C/C++: a helper of the file given `&x` (or an array / pointer x) may fill it
    // (load_cfg(&cfg, argc, argv); query_param(qs, "f", name, sizeof name)): x also holds what the
    // helper writes through that parameter (helperOut), its own parameters replaced by the arguments
    if ((this.language === 'c' || this.language === 'cpp') && !this.outArgs[name] && args.length <= MAX_PARAMS && this.targetsOf(c).length > 0)
      args.forEach((a, i) => {
        const x = a.type === 'pointer_expression' && a.text.startsWith('&') ? namedChildren(a)[0] : a;
        if (x && this.profile.identifiers.has(x.type)) this.addDef(s, x.text, { at: c, rhs: [c], kills: false, outArg: i });
      });
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
      else {
        let from = spec.from ?? [];
        // sprintf(buf, "kill %d", pid): a value printed with a numeric conversion is a number, no carrier
        const fmtAt = from[0];
        const fmt = !this.numeric && fmtAt !== undefined && /printf$/.test(name) ? literalKey(args[fmtAt], this.profile) : undefined;
        if (fmt !== undefined && !/%\d+\$|%\*|\.\*/.test(fmt)) {
          const convs = formatConversions(fmt).filter((k) => /^[a-zA-Z]$/.test(k));
          from = from.filter((i, k) => k === 0 || !/^[diouxXeEfFgGaAp]$/.test(convs[k - 1] ?? 's'));
        }
        this.addDef(s, x.text, { at: c, rhs: from.map((i) => args[i]).filter((a): a is SNode => !!a), kills: false, built: /^(v?sn?printf|_v?snw?printf|v?swprintf|str(n)?cat|wcs(n)?cat)$/.test(name) });
      }
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
    let innermost = true;
    // JavaScript: only callbacks passed as arguments (`new Promise((resolve) => …)`) lie between
    // the use and this scope: a parameter of the function around them is mapped to its callers
    let throughCallbacks = true;
    while (scope) {
      // Go: a package-level variable read in a function also holds what the functions of the file
      // store in it (`links[code] = r.FormValue("url")` in one handler, `links[c]` in another) and
      // what they send on it (`queue <- job` … `for job := range queue`)
      if (!scope.parent && this.language === 'go' && !innermost) acc |= this.goGlobalWrites(name, depth);
      // C/C++: a file-scope variable (`static char g_name[128];`) likewise holds what the file's
      // functions write into it (`snprintf(g_name, …, getenv(…))` in one, `g_name` read in another)
      if (!scope.parent && (this.language === 'c' || this.language === 'cpp') && !innermost && use.type === 'identifier') acc |= this.cGlobalWrites(name, depth);
      // definitions before the use, in source order (a definition containing the use, as in
      // "x = x + 1", is not before it)
      const sn = scope.node;
      // Python: a module-level dict / list that the file's functions fill (settings["url"] = …,
      // CACHE.append(…)) holds, in a function, what any of them stored (they run in any order)
      if (!innermost && this.language === 'python' && scope.defs.has(name)) acc |= scope.parent ? this.nonlocalWrites(sn, name, depth) : this.globalWrites(name, key, depth);
      // JavaScript: a module-level variable (`const widgets = new Map()`, `let current`) that the
      // file's functions and callbacks change (`widgets.set(id, v)`, `current = v`) holds, in a
      // function, what any of them stored (handlers run in any order)
      if (!scope.parent && !innermost && this.profile === PROFILES.javascript && scope.defs.has(name)) acc |= this.jsModuleWrites(name, key, depth);
      // a keyed write (m["k"] = v) reaches reads of its key only, and a keyed read sees the
      // writes of its key and the writes of the whole map; an unkeyed read sees every write
      const defs = (scope.defs.get(name) ?? []).filter((d) => d.at.end <= at.start && (d.key === undefined || key === undefined || d.key === key) && !this.isDead(d.at, sn));
      // an if / else chain whose every arm overwrites the variable hides the definitions before it
      let cutoff: number | undefined;
      for (let i = defs.length - 1; i >= 0; i--) {
        const d = defs[i]!;
        if (cutoff !== undefined && d.at.end <= cutoff) return acc;
        // a keyed read of a variable set to a literal (x = {"k": v, ...}): that key's value only
        const entry = key !== undefined && d.key === undefined && d.kills && d.fixed === undefined && d.rhs.length === 1 ? literalEntry(d.rhs[0], key, this.profile) : undefined;
        const special = d.keysOf ? this.keysValue(d.keysOf, depth) : d.elem !== undefined && d.rhs[0] ? this.tupleElement(d.rhs[0], d.elem, depth) : d.outArg !== undefined && d.rhs[0] ? this.helperOut(d.rhs[0], d.outArg, depth) : undefined;
        const dv = d.fixed !== undefined ? d.fixed : special !== undefined ? special : entry ? this.union(entry, depth) : this.union(d.rhs, depth);
        acc |= d.built && dv & ORIGIN ? dv | BUILT : dv;
        // Java: a field read by its bare name (`format` for `this.format`): also what the file's
        // methods write to it (`this.format = format` in a constructor called with request data,
        // `currentSchema = tenant` in a filter); writes of unknown value change nothing
        if (this.language === 'java' && key === undefined && d.at.type === 'variable_declarator' && d.at.parent?.type === 'field_declaration' && !scope.parent) {
          const fv = this.fieldValue(name, depth);
          if (fv !== UNKNOWN) acc |= fv;
        }
        if (d.kills && (d.key === undefined || key !== undefined) && this.dominates(d.at, use, sn)) return acc;
        if (cutoff === undefined && d.kills && d.key === undefined) {
          // an arm (of an if / else chain, a match case) that always overwrites the whole variable
          const writesIn = (arm: SNode) => defs.some((e) => e.kills && e.key === undefined && this.isAncestor(arm, e.at) && this.arms(e.at, arm).every((a) => this.armState(a) === 'taken'));
          const top = this.chainTop(d.at, sn);
          if (top && !this.isAncestor(top, use) && this.dominates(top, use, sn)) {
            const { arms, complete } = this.ifChain(top);
            if (complete && arms.length > 1 && arms.every((arm) => this.isDead(arm, sn) || writesIn(arm))) cutoff = top.start;
          }
          // Python: a match statement with a wildcard `case _:` (no guard) whose every case writes the variable
          const m = this.language === 'python' ? this.pyMatchOf(d.at, sn) : undefined;
          if (cutoff === undefined && m && !this.isAncestor(m, use) && this.dominates(m, use, sn)) {
            const cases = namedChildren(namedChildren(m).find((k) => k.type === 'block') ?? m).filter((k) => k.type === 'case_clause');
            const bodies = cases.map((k) => childByField(k, 'consequence') ?? namedChildren(k).filter((x) => x.type === 'block').pop());
            const wildcard = cases.some((k) => !k.children.some((x) => x.type === 'if_clause') && namedChildren(k).some((x) => x.type === 'case_pattern' && x.text === '_'));
            if (wildcard && bodies.length > 1 && bodies.every((b) => !!b && writesIn(b))) cutoff = m.start;
          }
        }
      }
      // an if / else chain whose every arm writes the variable and that runs before the use defines
      // it on every path, also when nothing was assigned before the chain: the enclosing scopes
      // (a parameter, a module-level name) cannot reach the use
      if (cutoff !== undefined) return acc;
      if (scope.params.has(name) && !this.numeric && scope.numbers.has(name)) return acc;
      // JavaScript callbacks whose arguments this file supplies: a promise chain (`.then((sql) => …)`
      // gets what the callback before it returned) and an event listener (`bus.on("evt", (p) => …)`
      // gets what `bus.emit("evt", p)` passes)
      if (scope.params.has(name) && this.profile === PROFILES.javascript && scope.node !== this.root) acc |= this.jsCallbackArg(scope.node, scope.paramIndex.get(name) ?? 0, depth);
      // Java: the parameter of a lambda given to a stream / Optional / CompletableFuture step
      // (`future.thenApply(p -> Files.readString(Path.of(p)))`, `names.forEach(n -> …)`) is an
      // element of the receiver: what the receiver holds
      if (scope.params.has(name) && this.language === 'java' && scope.node.type === 'lambda_expression' && (scope.paramIndex.get(name) ?? 0) === 0) acc |= this.javaLambdaElement(scope.node, depth);
      if (scope.params.has(name)) {
        const bit = this.profile === PROFILES.javascript ? (innermost || throughCallbacks) && !this.argCallback(scope.node) : innermost;
        return acc | PARAM | (scope.inputs.has(name) ? SOURCE : 0) | (bit ? paramBit(scope.paramIndex.get(name) ?? MAX_PARAMS) : 0);
      }
      if (!scope.parent) return defs.length ? acc : acc | UNKNOWN;
      // a closure: the enclosing function's definitions before this function
      at = scope.node;
      scope = scope.parent;
      innermost = false;
      throughCallbacks = throughCallbacks && this.argCallback(at);
    }
    return acc | UNKNOWN;
  }
}

/** The taint-spec key for a language (python, javascript, java, c, php). */
export { familyOf };
