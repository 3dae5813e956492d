// Output escaping. Python: the returned / make_response value goes through html.escape(…,
// quote=False) (text content: & < > become entities; quotes stay, so text with apostrophes reads
// the same); JS responses through an escapeHtml helper added to the file; DOM sinks: innerHTML =
// x → textContent = x, insertAdjacentHTML → insertAdjacentText, outerHTML = x → replaceWith(x).
// Output equal on benign text; when the output was meant to hold markup the behaviour check sees
// the difference and rejects the repair.
import { callArgs, callOf, child, closest, helperEdit, named, pythonImport, type TextEdit } from './edits.js';
import { unsupported, type RepairInput, type RepairOutcome } from './types.js';
import type { SNode } from '../parse.js';

// expressions whose value is text we can escape (not a Response object or a rendered template)
const PY_TEXT = new Set(['identifier', 'string', 'concatenated_string', 'binary_operator', 'attribute', 'subscript']);
const PY_RESPONSE_MAKERS = /^(make_response|Response|HttpResponse|HTMLResponse)$/;

export function repairXss(input: RepairInput): RepairOutcome {
  if (input.language === 'python') return python(input);
  return input.finding.ruleId === 'js.xss-dom' ? dom(input) : jsResponse(input);
}

function python(input: RepairInput): RepairOutcome {
  const { node } = input;
  let sink: SNode | undefined;
  const ret = closest(node, ['return_statement']) ?? (node.type === 'return_statement' ? node : undefined);
  if (ret) sink = named(ret)[0];
  else {
    const call = callOf(node, 'call');
    const fn = call && child(call, 'function');
    const name = fn && (fn.type === 'attribute' ? child(fn, 'attribute')!.text : fn.text);
    if (!call || !name || !PY_RESPONSE_MAKERS.test(name)) return unsupported('not a returned value or a response constructor');
    sink = callArgs(call).positional[0];
  }
  if (!sink) return unsupported('nothing returned');
  if (sink.type === 'call') {
    const fn = child(sink, 'function')!;
    const name = fn.type === 'attribute' ? child(fn, 'attribute')!.text : fn.text;
    if (!PY_RESPONSE_MAKERS.test(name)) return unsupported(`the value comes from ${fn.text}(); escape inside it, where the text is built`);
    const first = callArgs(sink).positional[0];
    if (!first || !PY_TEXT.has(first.type)) return unsupported('the response body is not plain text we can escape');
    sink = first;
  }
  if (!PY_TEXT.has(sink.type)) return unsupported(`a ${sink.type} is not plain text we can escape`);
  // escape the values spliced into the text, not the text: markup the code writes itself stays
  const edits: TextEdit[] = [];
  const targets = sink.type === 'identifier' ? builders(sink) : [sink];
  if (!targets) return unsupported('the returned variable is changed in ways we cannot follow');
  for (const t of targets) escapeParts(t, edits, sink.type === 'identifier' ? sink.text : undefined);
  if (edits.length === 0) return unsupported('no spliced value to escape in the returned text');
  const imp = pythonImport(input.code, input.root, 'html');
  if (imp) edits.push(imp);
  return { edits, description: 'values spliced into the response escaped with html.escape (quote=False: element text)' };
}

/** The right-hand sides that build variable `id` in its function (x = …, x += …), before the return. */
function builders(id: SNode): SNode[] | undefined {
  let scope: SNode | null = id.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return undefined;
  const out: SNode[] = [];
  const stack = [scope];
  while (stack.length) {
    const n = stack.pop()!;
    if (n !== scope && (n.type === 'function_definition' || n.type === 'lambda')) continue;
    stack.push(...n.children);
    if ((n.type === 'assignment' || n.type === 'augmented_assignment') && child(n, 'left')?.text === id.text) {
      const r = child(n, 'right');
      if (!r) return undefined;
      if (n.type === 'augmented_assignment' && child(n, 'operator')?.text !== '+=') return undefined;
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ESCAPED = /(^|\.)(escape\w*|\w*_escape|escape_for_html|quote|urlencode|int|len|float|bool)$/i;
const LITERALS = new Set(['string', 'integer', 'float', 'true', 'false', 'none', 'concatenated_string']);

/** Edits wrapping each value spliced into a text expression in html.escape(str(…), quote=False). */
function escapeParts(n: SNode, edits: TextEdit[], self?: string): void {
  const wrap = (v: SNode) => {
    // the variable being built, read back (x = make_response(x)): its parts are escaped where they are added
    if (v.type === 'identifier' && v.text === self) return;
    if (v.type === 'call' && ESCAPED.test(child(v, 'function')?.text ?? '')) return;
    if (v.type === 'integer' || v.type === 'float' || v.type === 'true' || v.type === 'false' || v.type === 'none') return;
    edits.push({ start: v.start, end: v.end, text: `html.escape(str(${v.text}), quote=False)` });
  };
  if (n.type === 'parenthesized_expression') return named(n).forEach((c) => escapeParts(c, edits, self));
  if (n.type === 'concatenated_string') return named(n).forEach((c) => escapeParts(c, edits, self));
  if (n.type === 'string') {
    for (const c of n.children) if (c.type === 'interpolation') {
      const e = child(c, 'expression') ?? named(c)[0];
      if (e && !child(c, 'format_specifier') && !child(c, 'type_conversion')) wrap(e);
    }
    return;
  }
  if (n.type === 'binary_operator' && child(n, 'operator')?.text === '+') {
    escapeParts(child(n, 'left')!, edits, self);
    escapeParts(child(n, 'right')!, edits, self);
    return;
  }
  // make_response(body) / make_response((body, headers)): the body's parts
  if (n.type === 'call') {
    const fn = child(n, 'function')!;
    const name = fn.type === 'attribute' ? child(fn, 'attribute')!.text : fn.text;
    if (PY_RESPONSE_MAKERS.test(name)) {
      let body = callArgs(n).positional[0];
      if (body?.type === 'tuple') body = named(body)[0];
      if (body?.type === 'parenthesized_expression' && named(body)[0]?.type === 'tuple') body = named(named(body)[0])[0];
      if (body) escapeParts(body, edits, self);
      return;
    }
  }
  if (n.type === 'binary_operator' && child(n, 'operator')?.text === '%' && LITERALS.has(child(n, 'left')!.type)) {
    const r = child(n, 'right')!;
    (r.type === 'tuple' ? named(r) : [r]).forEach(wrap);
    return;
  }
  if (n.type === 'call' && child(n, 'function')?.type === 'attribute' && child(child(n, 'function')!, 'attribute')?.text === 'format' && LITERALS.has(child(child(n, 'function')!, 'object')!.type)) {
    // plain fields ({}, {0}, {name}) take the escaped values; {0[k]} / {x.attr} / {:spec} read
    // inside the argument, so the formatted whole is escaped instead
    const fmt = child(child(n, 'function')!, 'object')!.text;
    if ([...fmt.matchAll(/\{([^{}]*)\}/g)].some((m) => /[[.:!]/.test(m[1]))) return wrap(n);
    for (const a of named(child(n, 'arguments')!)) wrap(a.type === 'keyword_argument' ? child(a, 'value')! : a);
    return;
  }
  if (LITERALS.has(n.type)) return;
  wrap(n);
}

const ESCAPE_JS = `// HTML-escapes text for element content and attribute values (added by kala-train code-repair)
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}`;

function jsResponse(input: RepairInput): RepairOutcome {
  const call = callOf(input.node, 'call_expression');
  if (!call) return unsupported('not a response call');
  const fn = child(call, 'function')!;
  if (fn.type !== 'member_expression' || !/^(send|write|end)$/.test(child(fn, 'property')!.text)) return unsupported('not res.send/write/end');
  const first = callArgs(call).positional[0];
  if (!first) return unsupported('nothing sent');
  if (first.type === 'object' || first.type === 'array') return unsupported('an object is sent as JSON, not HTML');
  // escape the values spliced into the text; the markup the code writes itself stays
  const edits: TextEdit[] = [];
  escapeJsParts(first, edits);
  if (edits.length === 0) return unsupported('no spliced value to escape in the response');
  const helper = helperEdit(input.code, input.root, 'javascript', 'escapeHtml', ESCAPE_JS);
  if (helper) edits.push(helper);
  return { edits, description: 'values spliced into the response escaped with an escapeHtml helper' };
}

function escapeJsParts(n: SNode, edits: TextEdit[]): void {
  const wrap = (v: SNode) => {
    if (v.type === 'number' || v.type === 'true' || v.type === 'false' || v.type === 'null') return;
    if (v.type === 'call_expression' && /escape|encode/i.test(child(v, 'function')?.text ?? '')) return;
    edits.push({ start: v.start, end: v.end, text: `escapeHtml(${v.text})` });
  };
  if (n.type === 'parenthesized_expression') return named(n).forEach((c) => escapeJsParts(c, edits));
  if (n.type === 'string') return;
  if (n.type === 'template_string') {
    for (const c of n.children) if (c.type === 'template_substitution' && named(c)[0]) wrap(named(c)[0]);
    return;
  }
  if (n.type === 'binary_expression' && child(n, 'operator')?.text === '+') {
    escapeJsParts(child(n, 'left')!, edits);
    escapeJsParts(child(n, 'right')!, edits);
    return;
  }
  wrap(n);
}

function dom(input: RepairInput): RepairOutcome {
  const { node } = input;
  const asg = closest(node, ['assignment_expression']) ?? (node.type === 'assignment_expression' ? node : undefined);
  if (asg) {
    const left = child(asg, 'left')!;
    const prop = left.type === 'member_expression' ? child(left, 'property') : undefined;
    if (prop?.text === 'innerHTML') return { edits: [{ start: prop.start, end: prop.end, text: 'textContent' }], description: 'innerHTML = x → textContent = x' };
    if (prop?.text === 'outerHTML') {
      const right = child(asg, 'right')!;
      return { edits: [{ start: asg.start, end: asg.end, text: `${child(left, 'object')!.text}.replaceWith(${right.text})` }], description: 'outerHTML = x → replaceWith(x) (a text node)' };
    }
    return unsupported('an HTML sink we do not rewrite');
  }
  const call = callOf(node, 'call_expression');
  const fn = call && child(call, 'function');
  if (fn?.type === 'member_expression' && child(fn, 'property')!.text === 'insertAdjacentHTML') {
    const p = child(fn, 'property')!;
    return { edits: [{ start: p.start, end: p.end, text: 'insertAdjacentText' }], description: 'insertAdjacentHTML → insertAdjacentText' };
  }
  return unsupported('document.write / jQuery HTML sinks need the markup rebuilt by hand');
}
