// What the analyzer needs to know about each grammar's node types: strings, comments, functions,
// parameters, assignments, calls and branches. Everything about security (sources, sinks,
// sanitizers) is data in code-rules/; this is only syntax.
import type { CodeLanguage, SNode } from './parse.js';

export interface SyntaxProfile {
  /** plain string literal node types (checked for interpolation children) */
  strings: Set<string>;
  /** child node types that make a string literal dynamic (f-string, template, "$x") */
  interpolations: Set<string>;
  /** number / boolean / null literal node types */
  constants: Set<string>;
  comments: Set<string>;
  /** function-like nodes (a taint scope) */
  functions: Set<string>;
  /** variable-reference node types */
  identifiers: Set<string>;
  /** assignment-like nodes: node type → [lhs field, rhs field]; `aug` = the op does not overwrite */
  assigns: Record<string, { lhs: string; rhs: string; aug?: boolean }>;
  /** call node types */
  calls: Set<string>;
  /** member access / subscript node types: their value is their object's */
  members: Set<string>;
  /** binary-operator node types */
  binaries: Set<string>;
}

const S = (...a: string[]) => new Set(a);

const BRANCHING = S(
  'if_statement', 'else_clause', 'elif_clause', 'else_if_clause', 'else', 'switch_statement', 'switch_case', 'switch_default',
  'switch_block_statement_group', 'switch_body', 'switch_block', 'case_statement', 'default_statement', 'try_statement', 'catch_clause',
  'except_clause', 'finally_clause', 'for_statement', 'for_in_statement', 'enhanced_for_statement', 'foreach_statement', 'while_statement',
  'do_statement', 'for_range_loop', 'conditional_expression', 'ternary_expression', 'match_statement', 'case_clause', 'with_statement',
  'compound_statement_if', 'colon_block',
  // Go
  'expression_switch_statement', 'type_switch_statement', 'expression_case', 'default_case', 'type_case', 'select_statement', 'communication_case',
  // C#
  'for_each_statement', 'switch_section', 'switch_expression', 'switch_expression_arm',
  // Rust
  'if_expression', 'match_arm', 'for_expression', 'while_expression', 'loop_expression',
  // Ruby (named types no other grammar has; a Ruby `{ |x| … }` block: see isBranching)
  'if', 'unless', 'elsif', 'if_modifier', 'unless_modifier', 'case', 'when', 'while', 'until', 'while_modifier', 'until_modifier',
  'rescue', 'rescue_modifier', 'conditional', 'for', 'do_block', 'case_match', 'in_clause',
);

export const PROFILES: Record<'python' | 'javascript' | 'java' | 'c' | 'php' | 'go' | 'csharp' | 'rust' | 'ruby', SyntaxProfile> = {
  python: {
    strings: S('string', 'concatenated_string'),
    interpolations: S('interpolation'),
    constants: S('integer', 'float', 'true', 'false', 'none'),
    comments: S('comment'),
    functions: S('function_definition', 'lambda'),
    identifiers: S('identifier'),
    assigns: {
      assignment: { lhs: 'left', rhs: 'right' },
      augmented_assignment: { lhs: 'left', rhs: 'right', aug: true },
      for_statement: { lhs: 'left', rhs: 'right' },
      named_expression: { lhs: 'name', rhs: 'value' },
      as_pattern: { lhs: 'alias', rhs: '0' },
    },
    calls: S('call'),
    members: S('attribute', 'subscript'),
    binaries: S('binary_operator', 'boolean_operator'),
  },
  javascript: {
    strings: S('string', 'template_string'),
    interpolations: S('template_substitution'),
    constants: S('number', 'true', 'false', 'null', 'undefined', 'regex'),
    comments: S('comment'),
    functions: S('function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'function', 'generator_function_declaration'),
    identifiers: S('identifier', 'shorthand_property_identifier'),
    assigns: {
      variable_declarator: { lhs: 'name', rhs: 'value' },
      assignment_expression: { lhs: 'left', rhs: 'right' },
      augmented_assignment_expression: { lhs: 'left', rhs: 'right', aug: true },
      for_in_statement: { lhs: 'left', rhs: 'right' },
    },
    calls: S('call_expression', 'new_expression'),
    members: S('member_expression', 'subscript_expression'),
    binaries: S('binary_expression'),
  },
  java: {
    strings: S('string_literal', 'text_block'),
    interpolations: S(),
    constants: S('decimal_integer_literal', 'hex_integer_literal', 'decimal_floating_point_literal', 'true', 'false', 'null_literal', 'character_literal'),
    comments: S('line_comment', 'block_comment'),
    functions: S('method_declaration', 'constructor_declaration', 'lambda_expression'),
    identifiers: S('identifier'),
    assigns: {
      variable_declarator: { lhs: 'name', rhs: 'value' },
      assignment_expression: { lhs: 'left', rhs: 'right' },
      enhanced_for_statement: { lhs: 'name', rhs: 'value' },
    },
    calls: S('method_invocation', 'object_creation_expression'),
    members: S('field_access', 'array_access'),
    binaries: S('binary_expression'),
  },
  c: {
    strings: S('string_literal', 'concatenated_string', 'raw_string_literal', 'char_literal'),
    interpolations: S(),
    constants: S('number_literal', 'true', 'false', 'null', 'nullptr', 'sizeof_expression'),
    comments: S('comment'),
    functions: S('function_definition', 'lambda_expression'),
    identifiers: S('identifier'),
    assigns: {
      init_declarator: { lhs: 'declarator', rhs: 'value' },
      assignment_expression: { lhs: 'left', rhs: 'right' },
      // C++ `for (const auto& b : items)`: b is an element of items (r14)
      for_range_loop: { lhs: 'declarator', rhs: 'right' },
    },
    calls: S('call_expression'),
    members: S('field_expression', 'subscript_expression', 'pointer_expression'),
    binaries: S('binary_expression'),
  },
  php: {
    strings: S('string', 'encapsed_string', 'heredoc', 'nowdoc'),
    interpolations: S('variable_name', 'member_access_expression', 'subscript_expression', 'dynamic_variable_name'),
    constants: S('integer', 'float', 'boolean', 'null'),
    comments: S('comment'),
    functions: S('function_definition', 'method_declaration', 'anonymous_function_creation_expression', 'arrow_function'),
    identifiers: S('variable_name'),
    assigns: {
      assignment_expression: { lhs: 'left', rhs: 'right' },
      augmented_assignment_expression: { lhs: 'left', rhs: 'right', aug: true },
      reference_assignment_expression: { lhs: 'left', rhs: 'right' },
    },
    calls: S('function_call_expression', 'member_call_expression', 'scoped_call_expression', 'object_creation_expression'),
    members: S('member_access_expression', 'subscript_expression'),
    binaries: S('binary_expression'),
  },
  go: {
    strings: S('interpreted_string_literal', 'raw_string_literal', 'rune_literal'),
    interpolations: S(),
    constants: S('int_literal', 'float_literal', 'imaginary_literal', 'true', 'false', 'nil', 'iota'),
    comments: S('comment'),
    functions: S('function_declaration', 'method_declaration', 'func_literal'),
    identifiers: S('identifier'),
    assigns: {
      short_var_declaration: { lhs: 'left', rhs: 'right' },
      assignment_statement: { lhs: 'left', rhs: 'right' },
      var_spec: { lhs: 'name', rhs: 'value' },
      const_spec: { lhs: 'name', rhs: 'value' },
      range_clause: { lhs: 'left', rhs: 'right' },
    },
    calls: S('call_expression'),
    members: S('selector_expression', 'index_expression', 'slice_expression', 'type_assertion_expression'),
    binaries: S('binary_expression'),
  },
  csharp: {
    strings: S('string_literal', 'verbatim_string_literal', 'interpolated_string_expression', 'raw_string_literal'),
    interpolations: S('interpolation'),
    constants: S('integer_literal', 'real_literal', 'boolean_literal', 'null_literal', 'character_literal', 'true', 'false'),
    comments: S('comment'),
    functions: S('method_declaration', 'constructor_declaration', 'local_function_statement', 'lambda_expression', 'anonymous_method_expression', 'operator_declaration', 'accessor_declaration'),
    identifiers: S('identifier'),
    assigns: {
      variable_declarator: { lhs: '0', rhs: '1' },
      assignment_expression: { lhs: 'left', rhs: 'right' },
      for_each_statement: { lhs: 'left', rhs: 'right' },
    },
    calls: S('invocation_expression', 'object_creation_expression', 'implicit_object_creation_expression'),
    members: S('member_access_expression', 'element_access_expression', 'conditional_access_expression', 'element_binding_expression', 'member_binding_expression'),
    binaries: S('binary_expression'),
  },
  ruby: {
    strings: S('string', 'subshell', 'heredoc_body', 'regex', 'delimited_symbol', 'bare_string', 'chained_string'),
    interpolations: S('interpolation'),
    constants: S('integer', 'float', 'complex', 'rational', 'true', 'false', 'nil', 'simple_symbol', 'hash_key_symbol', 'character'),
    comments: S('comment'),
    functions: S('method', 'singleton_method', 'lambda'),
    identifiers: S('identifier', 'instance_variable'),
    assigns: {
      assignment: { lhs: 'left', rhs: 'right' },
      operator_assignment: { lhs: 'left', rhs: 'right' },
      for: { lhs: 'pattern', rhs: 'value' },
    },
    calls: S('call'),
    members: S('element_reference'),
    binaries: S('binary'),
  },
  rust: {
    strings: S('string_literal', 'raw_string_literal', 'char_literal'),
    interpolations: S(),
    constants: S('integer_literal', 'float_literal', 'boolean_literal', 'true', 'false'),
    comments: S('line_comment', 'block_comment'),
    functions: S('function_item', 'closure_expression'),
    identifiers: S('identifier'),
    assigns: {
      let_declaration: { lhs: 'pattern', rhs: 'value' },
      assignment_expression: { lhs: 'left', rhs: 'right' },
      compound_assignment_expr: { lhs: 'left', rhs: 'right', aug: true },
      const_item: { lhs: 'name', rhs: 'value' },
      static_item: { lhs: 'name', rhs: 'value' },
      for_expression: { lhs: 'pattern', rhs: 'value' },
      let_condition: { lhs: 'pattern', rhs: 'value' },
    },
    calls: S('call_expression'),
    members: S('field_expression', 'index_expression'),
    binaries: S('binary_expression'),
  },
};

export function profileOf(lang: CodeLanguage): SyntaxProfile {
  if (lang === 'typescript' || lang === 'tsx') return PROFILES.javascript;
  if (lang === 'cpp') return PROFILES.c;
  return PROFILES[lang];
}

/** The taint spec key of a language. */
export function familyOf(lang: CodeLanguage): 'python' | 'javascript' | 'java' | 'c' | 'php' | 'go' | 'csharp' | 'rust' | 'ruby' {
  if (lang === 'typescript' || lang === 'tsx') return 'javascript';
  if (lang === 'cpp') return 'c';
  return lang;
}

export function isBranching(n: SNode): boolean {
  // Rust: the arms of a match (PHP's match_block holds match_conditional_expressions: left as they were)
  if (n.type === 'match_block') return n.children.some((c) => c.type === 'match_arm');
  // Ruby: a `{ |x| … }` block of a call runs any number of times (each, map, times)
  return BRANCHING.has(n.type) || (n.type === 'block' && n.field === 'block' && n.parent?.type === 'call');
}

export function childByField(n: SNode, field: string): SNode | undefined {
  if (/^\d+$/.test(field)) return n.children.filter((c) => c.named)[Number(field)];
  return n.children.find((c) => c.field === field);
}

export function namedChildren(n: SNode): SNode[] {
  return n.children.filter((c) => c.named);
}

/** The callee text of a call node ("os.system", "Runtime.getRuntime().exec", "$db->query"). */
export function calleeOf(call: SNode): { callee: SNode | undefined; name: string; object: SNode | undefined; args: SNode[] } {
  let callee = childByField(call, 'function') ?? childByField(call, 'constructor') ?? childByField(call, 'type');
  // Rust: x.collect::<Vec<_>>(), Vec::<u8>::new(): the function without its turbofish
  if (callee?.type === 'generic_function') callee = childByField(callee, 'function') ?? callee;
  let object: SNode | undefined;
  let name = '';
  if (call.type === 'method_invocation' || call.type === 'member_call_expression' || call.type === 'scoped_call_expression') {
    object = childByField(call, 'object') ?? childByField(call, 'scope');
    const nm = childByField(call, 'name');
    name = nm?.text ?? '';
    callee = call;
  } else if (call.type === 'call' && !callee && childByField(call, 'method')) {
    // Ruby: recv.meth(args) / meth args / Integer(x) (receiver and method fields)
    object = childByField(call, 'receiver');
    name = childByField(call, 'method')!.text;
    callee = call;
  } else if (callee) {
    if (callee.type === 'conditional_access_expression') {
      // C#: obj?.Method(x)
      object = childByField(callee, 'condition') ?? callee.children[0];
      const mb = namedChildren(callee).find((c) => c.type === 'member_binding_expression');
      name = (mb && childByField(mb, 'name'))?.text.replace(/<[\s\S]*$/, '') ?? '';
      callee = call;
    } else if (callee.type === 'member_access_expression' && call.type === 'invocation_expression') {
      // C#: obj.Method(x), Type.Method<T>(x) (the name without its type arguments)
      object = childByField(callee, 'expression') ?? callee.children[0];
      name = (childByField(callee, 'name') ?? callee.children[callee.children.length - 1])?.text.replace(/<[\s\S]*$/, '') ?? '';
      callee = call;
    } else if (callee.type === 'attribute' || callee.type === 'member_expression' || callee.type === 'field_expression' || callee.type === 'selector_expression') {
      object = childByField(callee, 'object') ?? childByField(callee, 'operand') ?? callee.children[0];
      name = (childByField(callee, 'attribute') ?? childByField(callee, 'property') ?? childByField(callee, 'field') ?? callee.children[callee.children.length - 1])?.text ?? '';
    } else name = callee.type === 'generic_name' && call.type === 'invocation_expression' ? callee.text.replace(/<[\s\S]*$/, '') : callee.text;
  }
  const argNode = childByField(call, 'arguments');
  // Python `f(x for x in xs)`: the generator expression is the call's one argument (not its parts)
  const args = argNode?.type === 'generator_expression' ? [argNode] : argNode ? namedChildren(argNode).filter((a) => a.type !== 'comment' && a.type !== 'line_comment' && a.type !== 'block_comment') : [];
  return { callee, name, object, args };
}
