/**
 * A small JSON-schema validator for tool arguments: the subset tool schemas use in practice —
 * type (one or a list), properties, required, additionalProperties (boolean or schema), enum,
 * const, items, minItems/maxItems, minimum/maximum, exclusiveMinimum/exclusiveMaximum (numbers),
 * minLength/maxLength, pattern, anyOf/oneOf. Unknown keywords (description, default, title…)
 * are ignored. Errors are sentences with a JSON path, ready to show to a model or a person.
 */
import { InputError } from '../../util/errors.js';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  [keyword: string]: unknown;
}

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

const TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  switch (t) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'object':
      return isObj(v);
    case 'array':
      return Array.isArray(v);
    case 'null':
      return v === null;
    default:
      return typeof v === t;
  }
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v));

/** The ways `value` breaks `schema` (empty when it conforms). */
export function validateJson(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  if (!isObj(schema)) return errors;
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) {
      errors.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`);
      return errors; // the other keywords would only repeat the mismatch
    }
  }
  if (schema.enum !== undefined && !schema.enum.some((e) => equal(e, value))) errors.push(`${path}: must be one of ${schema.enum.map(show).join(', ')}, got ${show(value)}`);
  if ('const' in schema && !equal(schema.const, value)) errors.push(`${path}: must be ${show(schema.const)}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: must be >= ${schema.minimum}, got ${value}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: must be <= ${schema.maximum}, got ${value}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) errors.push(`${path}: must be > ${schema.exclusiveMinimum}, got ${value}`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) errors.push(`${path}: must be < ${schema.exclusiveMaximum}, got ${value}`);
  }
  if (typeof value === 'string') {
    const n = [...value].length;
    if (schema.minLength !== undefined && n < schema.minLength) errors.push(`${path}: must be at least ${schema.minLength} characters long`);
    if (schema.maxLength !== undefined && n > schema.maxLength) errors.push(`${path}: must be at most ${schema.maxLength} characters long`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: must match the pattern ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: needs at least ${schema.minItems} items, got ${value.length}`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: takes at most ${schema.maxItems} items, got ${value.length}`);
    if (isObj(schema.items)) value.forEach((item, i) => errors.push(...validateJson(schema.items!, item, `${path}[${i}]`)));
  }
  if (isObj(value)) {
    const props = schema.properties ?? {};
    for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${path}: missing required property ${JSON.stringify(key)}`);
    for (const [key, v] of Object.entries(value)) {
      const sub = `${path}.${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}`;
      if (isObj(props[key])) errors.push(...validateJson(props[key]!, v, sub));
      else if (schema.additionalProperties === false) errors.push(`${sub}: unexpected property (allowed: ${Object.keys(props).join(', ') || 'none'})`);
      else if (isObj(schema.additionalProperties)) errors.push(...validateJson(schema.additionalProperties, v, sub));
    }
  }
  if (schema.anyOf !== undefined && !schema.anyOf.some((s) => validateJson(s, value, path).length === 0)) errors.push(`${path}: matches none of the allowed forms (anyOf)`);
  if (schema.oneOf !== undefined) {
    const n = schema.oneOf.filter((s) => validateJson(s, value, path).length === 0).length;
    if (n !== 1) errors.push(`${path}: must match exactly one of the allowed forms (oneOf), matches ${n}`);
  }
  return errors;
}

/** Throws INVALID_ARGUMENT when `schema` itself is not a schema this validator can apply. */
export function checkSchema(schema: unknown, where: string): asserts schema is JsonSchema {
  const fail = (why: string) => {
    throw new InputError('INVALID_ARGUMENT', `${where}: ${why}`);
  };
  if (!isObj(schema)) fail('a JSON schema must be an object');
  const s = schema as JsonSchema;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    for (const t of types) if (typeof t !== 'string' || !TYPES.has(t)) fail(`unknown type ${show(t)} (use ${[...TYPES].join(', ')})`);
  }
  if (s.properties !== undefined) {
    if (!isObj(s.properties)) fail('properties must be an object of schemas');
    for (const [k, v] of Object.entries(s.properties)) checkSchema(v, `${where}.properties.${k}`);
  }
  if (s.required !== undefined && !(Array.isArray(s.required) && s.required.every((r) => typeof r === 'string'))) fail('required must be an array of property names');
  if (s.enum !== undefined && !Array.isArray(s.enum)) fail('enum must be an array');
  if (s.items !== undefined) checkSchema(s.items, `${where}.items`);
  if (isObj(s.additionalProperties)) checkSchema(s.additionalProperties, `${where}.additionalProperties`);
  else if (s.additionalProperties !== undefined && typeof s.additionalProperties !== 'boolean') fail('additionalProperties must be a boolean or a schema');
  for (const k of ['minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength'] as const)
    if (s[k] !== undefined && typeof s[k] !== 'number') fail(`${k} must be a number`);
  if (s.pattern !== undefined) {
    if (typeof s.pattern !== 'string') fail('pattern must be a string');
    try {
      new RegExp(s.pattern, 'u');
    } catch (e) {
      fail(`pattern is not a valid regular expression (${(e as Error).message})`);
    }
  }
  for (const k of ['anyOf', 'oneOf'] as const) {
    if (s[k] === undefined) continue;
    if (!Array.isArray(s[k])) fail(`${k} must be an array of schemas`);
    s[k]!.forEach((sub, i) => checkSchema(sub, `${where}.${k}[${i}]`));
  }
}
