// Password hashing with a fast hash → scrypt with a random salt (standard library), stored as a
// PHC string with its salt and parameters; and, together in the same plan, every comparison of a
// freshly computed hash with a stored one → a verification with the stored salt in constant time
// (password-helpers.ts). Storing and verifying must change together, so every password hash site
// of the file is rewritten at once. When no comparison is in the code (the hashes are verified
// elsewhere), or a site cannot be rewritten, the repair is reported as rejected, never applied:
// the stored format changes, which needs a migration.
import type { SNode } from '../parse.js';
import { helperEdit, isEsm, topLevelName, walk, type TextEdit } from './edits.js';
import { isConstructor, readSite, storable, type HashSite } from './hash-sites.js';
import { JS_HASH_PASSWORD, JS_PASSWORD_HELPERS, JS_VERIFY_PASSWORD, PY_HASH_PASSWORD, PY_PASSWORD_HELPERS, PY_VERIFY_PASSWORD } from './password-helpers.js';
import { rejected, type PasswordCheck, type RepairInput, type RepairOutcome } from './types.js';

const DESCRIPTION = 'password hash → salted scrypt (PHC string), comparison → verification with the stored salt, constant time';

const isLiteral = (n: SNode) => /^(string|template_string|concatenated_string|integer|number)$/.test(n.type);

/** The parameter names of the top-level function holding n. */
function paramsOf(n: SNode): string[] {
  let top: SNode | null = n;
  while (top?.parent?.parent) top = top.parent;
  if (top?.type === 'decorated_definition') top = top.children.find((c) => c.field === 'definition') ?? top;
  const params = top?.children.find((c) => c.field === 'parameters');
  return params ? [...walk(params)].filter((x) => x.type === 'identifier').map((x) => x.text) : [];
}

export function repairPasswordHash(input: RepairInput, at: SNode): RepairOutcome {
  const python = input.language === 'python';
  if (!python && isEsm(input.root)) return rejected('a password hash in an ES module: the verification helpers use require()', DESCRIPTION);
  // every password hash site of the file: storing and verifying change together
  const sites: HashSite[] = [];
  for (const n of walk(input.root)) if (isConstructor(n, python)) {
    const s = readSite(n, python);
    if (s.password || n === at) sites.push(s);
  }
  const hashFn = python ? PY_HASH_PASSWORD : JS_HASH_PASSWORD;
  const verifyFn = python ? PY_VERIFY_PASSWORD : JS_VERIFY_PASSWORD;
  const main: TextEdit[] = [];
  const rest: TextEdit[] = [];
  let store: HashSite | undefined;
  let verify: HashSite | undefined;
  for (const s of sites) {
    const out = s.call === at ? main : rest;
    if (!s.expr || !s.data) return rejected(`a password hash built over several statements (line ${s.call.startRow + 1}): not rewritten automatically`, DESCRIPTION);
    const data = s.data.text;
    if (s.compare) {
      const { node, other, negated, via } = s.compare;
      if (isLiteral(other)) return rejected(`a password hash compared with a hash written in the code (line ${node.startRow + 1}): it must be re-hashed by people`, DESCRIPTION);
      const call = `${verifyFn}(${via ? via.text : data}, ${other.text})`;
      out.push({ start: node.start, end: node.end, text: negated ? (python ? `(not ${call})` : `!${call}`) : call });
      // through a variable: it now holds what was hashed, and the comparison verifies it
      if (via) out.push({ start: s.expr.start, end: s.expr.end, text: data });
      verify ??= s;
    } else {
      if (!storable(s.expr, python)) return rejected(`a password hash used in a way not rewritten automatically (line ${s.expr.startRow + 1}: tested, sliced or transformed rather than stored or compared with == / !=)`, DESCRIPTION);
      const text = `${hashFn}(${data})`;
      out.push({ start: s.expr.start, end: s.expr.end, text: s.form === 'bytes' ? (python ? `${text}.encode('ascii')` : `Buffer.from(${text})`) : text });
      store ??= s;
    }
  }
  if (!verify) return rejected('a password hash with no comparison in this code to rewrite: a salted hash changes the stored format, so the code that verifies these hashes must change with it (a migration)', DESCRIPTION);
  const helper = helperEdit(input.code, input.root, input.language, hashFn, python ? PY_PASSWORD_HELPERS : JS_PASSWORD_HELPERS);
  // the finding's own edit first: the behaviour check's probe starts at edits[0]
  const edits = [...main.sort((a, b) => a.start - b.start), ...rest, ...(helper ? [helper] : [])];
  const check: PasswordCheck = { passwordDecisions: true };
  const storeFn = store && topLevelName(store.call);
  const verifyFnName = topLevelName(verify.call);
  if (storeFn && verifyFnName && storeFn !== verifyFnName) {
    const other = verify.compare!.other;
    const storedParam = other.type === 'identifier' && paramsOf(verify.call).includes(other.text) ? other.text : undefined;
    check.roundTrip = { store: storeFn, verify: verifyFnName, storedParam };
  }
  return { edits, description: DESCRIPTION, check };
}
