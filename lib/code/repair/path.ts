// Path traversal → the path is resolved (symlinks and `..` included) and must stay inside the base
// directory it was built from, else ValueError / Error. The check is a statement put before the
// one that opens the file; the file is still opened by its original expression, so everything the
// code prints or returns about it is unchanged. Needs a visible base (os.path.join(base, x),
// f"{base}/{x}", base + "/" + x); without one there is nothing to contain the path in.
import { callArgs, callOf, child, closest, indentAt, isEsm, jsModuleExpr, pythonImport, soleDefinition, type TextEdit } from './edits.js';
import { templatePieces } from './template.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';
import type { SNode } from '../parse.js';

// node types that are safe to evaluate twice (no calls except the path joins handled below)
const PURE = new Set(['identifier', 'attribute', 'member_expression', 'string', 'string_start', 'string_content', 'string_end', 'escape_sequence', 'interpolation', 'concatenated_string', 'binary_operator', 'binary_expression', 'template_string', 'template_substitution', 'string_fragment', 'property_identifier', 'subscript', 'integer', 'number', 'parenthesized_expression', 'argument_list', 'arguments', 'call', 'call_expression']);

function pure(n: SNode): boolean {
  if (!n.named) return true;
  if (!PURE.has(n.type)) return false;
  if (n.type === 'call' || n.type === 'call_expression') {
    const fn = child(n, 'function')!.text;
    if (!/^(os\.path\.join|path\.join|path\.resolve|str|String)$/.test(fn)) return false;
  }
  return n.children.every(pure);
}

/** The base directory expression of a path expression, or undefined. */
function baseOf(p: SNode, input: RepairInput): string | undefined {
  let n = p;
  if (n.type === 'identifier') n = soleDefinitionAny(n) ?? n;
  if ((n.type === 'call' || n.type === 'call_expression') && /^(os\.path\.join|path\.join|path\.resolve)$/.test(child(n, 'function')!.text)) {
    const args = callArgs(n).positional;
    if (args.length >= 2 && args.every(pure)) return args[0].text;
    return undefined;
  }
  const pieces = templatePieces(n, input.language);
  if (!pieces || pieces.length < 3 || pieces[0].kind !== 'expr' || pieces[1].kind !== 'text' || !pieces[1].text.startsWith('/')) return undefined;
  return pieces[0].text;
}

// the variable may be used again (opened, then printed): any single definition before the use is fine
function soleDefinitionAny(id: SNode): SNode | undefined {
  return soleDefinition(id) ?? singleAssignment(id);
}

function singleAssignment(id: SNode): SNode | undefined {
  let scope: SNode | null = id.parent;
  while (scope && !/^(function_definition|function_declaration|arrow_function|function_expression|method_definition|module|program)$/.test(scope.type)) scope = scope.parent;
  if (!scope) return undefined;
  const defs: SNode[] = [];
  const stack = [scope];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'assignment' || n.type === 'variable_declarator' || n.type === 'augmented_assignment' || n.type === 'assignment_expression') {
      const l = child(n, n.type === 'variable_declarator' ? 'name' : 'left');
      if (l?.text === id.text) defs.push(n);
    }
    stack.push(...n.children);
  }
  if (defs.length !== 1 || defs[0].type === 'augmented_assignment' || defs[0].start > id.start) return undefined;
  return child(defs[0], defs[0].type === 'variable_declarator' ? 'value' : 'right');
}

export function repairPath(input: RepairInput): RepairOutcome {
  const python = input.language === 'python';
  const call = callOf(input.node, python ? 'call' : 'call_expression');
  if (!call) return unsupported('no call at the finding');
  const fn = child(call, 'function')!;
  let p = callArgs(call).positional[0];
  // path.join(base, x) reported itself (js.path-join-input): the join is the path
  if (!python && /^path\.(join|resolve)$/.test(fn.text)) p = call;
  if (!p) return unsupported('no path argument');
  if (!pure(p)) return unsupported('the path expression has calls or side effects');
  const base = baseOf(p, input);
  if (!base) return unsupported('no base directory visible in the path expression');
  const stmt = closest(call, python ? ['expression_statement', 'return_statement', 'with_statement', 'if_statement', 'for_statement', 'while_statement'] : ['expression_statement', 'lexical_declaration', 'variable_declaration', 'return_statement', 'if_statement']);
  if (!stmt) return unsupported('no statement to put the check before');
  const ind = indentAt(input.code, stmt.start);
  const lineStart = input.code.lastIndexOf('\n', stmt.start - 1) + 1;
  if (input.code.slice(lineStart, stmt.start).trim() !== '') return unsupported('the statement shares its line with another');
  const edits: TextEdit[] = [];
  if (python) {
    const check = `if not os.path.realpath(${p.text}).startswith(os.path.realpath(${base}) + os.sep):\n${ind}    raise ValueError('path escapes the base directory')\n${ind}`;
    edits.push({ start: stmt.start, end: stmt.start, text: check });
    const imp = pythonImport(input.code, input.root, 'os');
    if (imp) edits.push(imp);
  } else {
    if (isEsm(input.root) && !/\bimport\s+(\*\s+as\s+)?path\s+from\s+['"](node:)?path['"]/.test(input.code)) return unsupported('an ES module without a path import');
    const path = jsModuleExpr(input.root, 'path');
    edits.push({ start: stmt.start, end: stmt.start, text: `if (!${path}.resolve(${p.text}).startsWith(${path}.resolve(${base}) + ${path}.sep)) throw new Error('path escapes the base directory');\n${ind}` });
  }
  return { edits, description: `path checked to stay inside ${base} (resolved, prefix check) before use` };
}
