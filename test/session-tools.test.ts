// The pieces under UnifiedSession's tools: the JSON-schema validator, the ToolBox (validation
// before a call, failures reported instead of thrown) and the native text protocol.
import { describe, expect, it } from 'vitest';
import { checkSchema, validateJson, type JsonSchema } from '../lib/serve/session/json-schema.js';
import { ToolBox, toolResultContent } from '../lib/serve/session/tools.js';
import { formatToolCall, parseToolCalls, partialTagLength, toolInstructions } from '../lib/serve/tool-protocol.js';

const weather: JsonSchema = {
  type: 'object',
  properties: {
    city: { type: 'string', minLength: 2, maxLength: 40, pattern: '^[A-Za-z ]+$' },
    unit: { type: 'string', enum: ['c', 'f'] },
    days: { type: 'integer', minimum: 1, maximum: 7 },
    ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2 },
    when: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
  required: ['city'],
  additionalProperties: false,
};

describe('validateJson', () => {
  it('accepts conforming values', () => {
    expect(validateJson(weather, { city: 'Oslo' })).toEqual([]);
    expect(validateJson(weather, { city: 'New York', unit: 'f', days: 3, ratio: 0.5, tags: ['a'], when: null })).toEqual([]);
    expect(validateJson({}, 42)).toEqual([]);
    expect(validateJson({ type: ['string', 'null'] }, null)).toEqual([]);
  });

  it('names each problem with its path', () => {
    expect(validateJson(weather, {})).toEqual(['$: missing required property "city"']);
    expect(validateJson(weather, { city: 5 })).toEqual(['$.city: expected string, got integer']);
    expect(validateJson(weather, 'Oslo')).toEqual(['$: expected object, got string']);
    const errs = validateJson(weather, { city: 'X', unit: 'k', days: 1.5, ratio: 1, tags: [], when: 3, extra: true });
    expect(errs).toEqual([
      '$.city: must be at least 2 characters long',
      '$.unit: must be one of "c", "f", got "k"',
      '$.days: expected integer, got number',
      '$.ratio: must be < 1, got 1',
      '$.tags: needs at least 1 items, got 0',
      '$.when: matches none of the allowed forms (anyOf)',
      '$.extra: unexpected property (allowed: city, unit, days, ratio, tags, when)',
    ]);
    expect(validateJson(weather, { city: 'Oslo1' })).toEqual(['$.city: must match the pattern ^[A-Za-z ]+$']);
    expect(validateJson(weather, { city: 'Oslo', days: 9, tags: ['a', 2, 'c'] })).toEqual(['$.days: must be <= 7, got 9', '$.tags: takes at most 2 items, got 3', '$.tags[1]: expected string, got integer']);
    expect(validateJson({ type: 'object', additionalProperties: { type: 'number' } }, { a: 1, b: 'x' })).toEqual(['$.b: expected number, got string']);
    expect(validateJson({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3)).toEqual(['$: must match exactly one of the allowed forms (oneOf), matches 2']);
    expect(validateJson({ const: 'yes' }, 'no')).toEqual(['$: must be "yes"']);
  });

  it('rejects schemas it cannot apply', () => {
    expect(() => checkSchema({ type: 'text' }, 'p')).toThrow(/unknown type "text"/);
    expect(() => checkSchema({ properties: { a: { type: 'strin' } } }, 'p')).toThrow(/p\.properties\.a/);
    expect(() => checkSchema({ pattern: '(' }, 'p')).toThrow(/pattern/);
    expect(() => checkSchema({ required: 'a' }, 'p')).toThrow(/required/);
    expect(() => checkSchema(weather, 'p')).not.toThrow();
  });
});

describe('ToolBox', () => {
  const box = () =>
    new ToolBox([
      { name: 'add', description: 'adds', parameters: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] }, run: ({ a, b }) => a + b },
      { name: 'fail', run: () => Promise.reject(new Error('database down')) },
    ]);

  it('validates arguments before running, and reports every failure as a result', async () => {
    const b = box();
    expect(await b.run({ id: '1', name: 'add', argumentsText: '{"a": 2, "b": 3}' })).toMatchObject({ ok: true, result: 5, arguments: { a: 2, b: 3 } });
    expect(await b.run({ id: '2', name: 'add', arguments: { a: 2 } })).toMatchObject({ ok: false, error: 'invalid arguments for add: $: missing required property "b"' });
    expect(await b.run({ id: '3', name: 'add', argumentsText: '{a: 2' })).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(await b.run({ id: '4', name: 'nope', arguments: {} })).toMatchObject({ ok: false, error: expect.stringMatching(/no tool named "nope"; available: add, fail/) });
    const failed = await b.run({ id: '5', name: 'fail', arguments: {} });
    expect(failed).toMatchObject({ ok: false, error: 'fail failed: database down' });
    expect(toolResultContent(failed)).toBe('{"error":"fail failed: database down"}');
    expect(toolResultContent({ id: '6', name: 'add', arguments: {}, ok: true, result: 'x'.repeat(20_000) }).length).toBeLessThan(8100);
  });

  it('rejects bad tool definitions', () => {
    expect(() => new ToolBox([{ name: 'bad name', run: () => 1 }])).toThrow(/name/);
    expect(() => new ToolBox([{ name: 'x' } as never])).toThrow(/run/);
    expect(() => new ToolBox([{ name: 'x', parameters: { type: 'string' }, run: () => 1 }])).toThrow(/object/);
    expect(() => new ToolBox([{ name: 'x', run: () => 1 }, { name: 'x', run: () => 2 }])).toThrow(/two tools/);
  });
});

describe('the native tool-call text protocol', () => {
  it('round-trips calls and keeps the text before them', () => {
    const text = `Let me check. ${formatToolCall('weather', { city: 'Oslo' })}`;
    expect(parseToolCalls(text)).toEqual({ text: 'Let me check. ', calls: [{ name: 'weather', arguments: { city: 'Oslo' }, raw: '{"name":"weather","arguments":{"city":"Oslo"}}' }] });
    // generation stops on the closing tag, so it is often missing
    expect(parseToolCalls('<tool_call>{"name": "a", "arguments": "{\\"x\\": 1}"}').calls[0]).toMatchObject({ name: 'a', arguments: { x: 1 } });
    expect(parseToolCalls('<tool_call>{"name": "a"}</tool_call><tool_call>{"name": "b"}</tool_call>').calls.map((c) => c.name)).toEqual(['a', 'b']);
    expect(parseToolCalls('no calls here')).toEqual({ text: 'no calls here', calls: [] });
  });

  it('reports calls it cannot read', () => {
    expect(parseToolCalls('<tool_call>{oops}</tool_call>').calls[0]!.error).toMatch(/not valid JSON/);
    expect(parseToolCalls('<tool_call>{"arguments": {}}</tool_call>').calls[0]!.error).toMatch(/no "name"/);
  });

  it('describes the tools and finds partial tags to hold back while streaming', () => {
    const t = toolInstructions([{ name: 'weather', description: 'Weather by city', parameters: { type: 'object' } }], { require: 'weather' });
    expect(t).toContain('<tool_call>{"name": "<tool name>"');
    expect(t).toContain('- weather: Weather by city Arguments (JSON schema): {"type":"object"}');
    expect(t).toContain('You must call the tool weather now.');
    expect(partialTagLength('Hello <tool')).toBe(5);
    expect(partialTagLength('Hello <')).toBe(1);
    expect(partialTagLength('Hello')).toBe(0);
  });
});
