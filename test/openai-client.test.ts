// OpenAICompatibleClient against small local fake servers: retries with backoff on 429/5xx
// (Retry-After respected), timeouts, refused and dropped connections, malformed replies, SSE
// parsing and tool calls. (The client against the real `kala-train serve` is in server.test.ts.)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { KalaError } from '../lib/util/errors.js';
import { HttpError, LM_STUDIO_URL, OpenAICompatibleClient, retryAfterMs, sseData } from '../lib/serve/client/index.js';

interface Fake {
  url: string;
  hits: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[];
  close: () => Promise<void>;
}

const servers: Fake[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server whose nth request (0-based) is answered by `handler(n, req, res)`. */
async function fake(handler: (n: number, req: http.IncomingMessage, res: http.ServerResponse, body: string) => void): Promise<Fake> {
  const hits: Fake['hits'] = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hits.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handler(hits.length - 1, req, res, body);
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const f: Fake = {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/v1`,
    hits,
    close: () =>
      new Promise((r) => {
        srv.closeAllConnections();
        srv.close(() => r());
      }),
  };
  servers.push(f);
  return f;
}

const completion = (text: string, extra: Record<string, unknown> = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
  usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
  ...extra,
});

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

const sse = (res: http.ServerResponse, events: unknown[], done = true) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const e of events) res.write(`data: ${typeof e === 'string' ? e : JSON.stringify(e)}\n\n`);
  if (done) res.write('data: [DONE]\n\n');
  res.end();
};

const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] });
const USER = [{ role: 'user' as const, content: 'hi' }];
const client = (url: string, o: Partial<ConstructorParameters<typeof OpenAICompatibleClient>[0]> = {}) => new OpenAICompatibleClient({ baseURL: url, model: 'm', retryBaseMs: 1, ...o });

describe('requests', () => {
  it('defaults to LM Studio and sends the model, parameters and API key', async () => {
    expect(new OpenAICompatibleClient({ model: 'x' }).baseURL).toBe('http://localhost:1234/v1');
    expect(LM_STUDIO_URL).toBe('http://localhost:1234/v1');
    const f = await fake((_n, _q, res) => json(res, 200, completion('hello')));
    const r = await client(f.url, { apiKey: 'sk-test' }).chat(USER, { maxTokens: 7, temperature: 0.2, topP: 0.9, seed: 4, stop: ['\n'], extra: { top_k: 40 } });
    expect(r).toMatchObject({ text: 'hello', finishReason: 'stop', usage: { completion_tokens: 2 }, toolCalls: [] });
    expect(f.hits[0]!.url).toBe('/v1/chat/completions');
    expect(f.hits[0]!.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.parse(f.hits[0]!.body)).toEqual({ model: 'm', messages: USER, stream: false, max_tokens: 7, temperature: 0.2, top_p: 0.9, seed: 4, stop: ['\n'], top_k: 40 });
  });

  it('rejects bad options with INVALID_ARGUMENT', () => {
    expect(() => new OpenAICompatibleClient({ model: '' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => new OpenAICompatibleClient({ model: 'm', baseURL: 'localhost:1234' })).toThrow(/baseURL/);
    expect(() => new OpenAICompatibleClient({ model: 'm', maxRetries: -1 })).toThrow(/maxRetries/);
  });

  it('parses tool calls, whole and streamed in fragments', async () => {
    const call = { id: 'call_1', type: 'function', function: { name: 'add', arguments: '{"a":1,"b":2}' } };
    const f = await fake((n, _q, res) => {
      if (n === 0) return json(res, 200, { ...completion(''), choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [call] }, finish_reason: 'tool_calls' }] });
      sse(res, [
        chunk({ role: 'assistant', content: null }),
        chunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'add', arguments: '' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"a":1,' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"b":2}' } }] }),
        chunk({}, 'tool_calls'),
      ]);
    });
    const whole = await client(f.url).chat(USER, { tools: [{ type: 'function', function: { name: 'add', parameters: { type: 'object' } } }] });
    expect(whole.toolCalls).toEqual([{ id: 'call_1', name: 'add', arguments: '{"a":1,"b":2}' }]);
    expect(whole.text).toBe('');
    const streamed = await client(f.url).stream(USER).collect();
    expect(streamed.toolCalls).toEqual(whole.toolCalls);
    expect(streamed.finishReason).toBe('tool_calls');
  });
});

describe('retries', () => {
  it('retries 429 and honours Retry-After over its own backoff', async () => {
    const f = await fake((n, _q, res) => (n < 2 ? json(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '0' }) : json(res, 200, completion('ok'))));
    // the client's own backoff would be a minute: only Retry-After: 0 lets this finish
    const r = await client(f.url, { retryBaseMs: 60_000, retryMaxMs: 60_000, maxRetries: 3 }).chat(USER);
    expect(r.text).toBe('ok');
    expect(f.hits).toHaveLength(3);
  });

  it('retries 5xx with backoff and gives up after maxRetries with the status', async () => {
    const f = await fake((n, _q, res) => (n === 0 ? json(res, 502, 'bad gateway') : json(res, 200, completion('second try'))));
    expect((await client(f.url).chat(USER)).text).toBe('second try');
    const down = await fake((_n, _q, res) => json(res, 503, { error: { message: 'overloaded' } }));
    const err = await client(down.url, { maxRetries: 2 }).chat(USER).catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err).toMatchObject({ code: 'HTTP_ERROR', status: 503 });
    expect(err.message).toMatch(/overloaded/);
    expect(err.message).toMatch(/3 attempts/);
    expect(down.hits).toHaveLength(3);
  });

  it('does not retry client errors, nor wait for a Retry-After beyond maxRetryAfterMs', async () => {
    const f = await fake((_n, _q, res) => json(res, 401, { error: { message: 'no key' } }));
    const err = await client(f.url).chat(USER).catch((e) => e);
    expect(err).toMatchObject({ code: 'HTTP_ERROR', status: 401 });
    expect(err.message).toMatch(/apiKey/);
    expect(f.hits).toHaveLength(1);
    const busy = await fake((_n, _q, res) => json(res, 429, {}, { 'retry-after': '3600' }));
    const e2 = await client(busy.url, { maxRetryAfterMs: 1000 }).chat(USER).catch((e) => e);
    expect(e2).toMatchObject({ code: 'HTTP_ERROR', status: 429 });
    expect(e2.message).toMatch(/retry after 3600 s/);
    expect(busy.hits).toHaveLength(1);
  });

  it('retries a dropped connection', async () => {
    const f = await fake((n, req, res) => (n === 0 ? req.socket.destroy() : json(res, 200, completion('back'))));
    expect((await client(f.url).chat(USER)).text).toBe('back');
    const always = await fake((_n, req) => req.socket.destroy());
    const err = await client(always.url, { maxRetries: 1 }).chat(USER).catch((e) => e);
    expect(err.code).toBe('CONNECTION_LOST');
    expect(always.hits).toHaveLength(2);
  });

  it('parses Retry-After as seconds, an HTTP date, or retry-after-ms', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({}), now)).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
  });
});

describe('failures are KalaErrors that say what to do', () => {
  it('CONNECTION_REFUSED when nothing listens, naming the URL and how to start a server', async () => {
    const f = await fake(() => undefined);
    await f.close(); // the port is free again
    const err = await client(f.url).chat(USER).catch((e) => e);
    expect(err).toBeInstanceOf(KalaError);
    expect(err.code).toBe('CONNECTION_REFUSED');
    expect(err.message).toContain(f.url);
    expect(err.message).toMatch(/LM Studio/);
    expect(err.message).toMatch(/kala-train serve/);
    const s = client(f.url).stream(USER);
    await expect(s.collect()).rejects.toMatchObject({ code: 'CONNECTION_REFUSED' });
  });

  it('TIMEOUT when the server does not answer, and when a stream goes quiet', async () => {
    const silent = await fake(() => undefined); // never answers
    const err = await client(silent.url, { timeoutMs: 150, maxRetries: 1 }).chat(USER).catch((e) => e);
    expect(err.code).toBe('TIMEOUT');
    expect(err.message).toMatch(/150 ms/);
    expect(silent.hits).toHaveLength(2); // retried once
    const stalls = await fake((_n, _q, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify(chunk({ content: 'one ' }))}\n\n`); // then nothing
    });
    const texts: string[] = [];
    const e2 = await (async () => {
      for await (const d of client(stalls.url, { timeoutMs: 150 }).stream(USER)) texts.push(d.text);
    })().catch((e) => e);
    expect(texts).toEqual(['one ']);
    expect(e2.code).toBe('TIMEOUT');
  });

  it('ABORTED when the signal fires, waiting for a reply or between retries', async () => {
    const silent = await fake(() => undefined);
    const ctl = new AbortController();
    const p = client(silent.url).chat(USER, { signal: ctl.signal });
    await new Promise<void>((r) => {
      const t = setInterval(() => silent.hits.length > 0 && (clearInterval(t), r()), 5);
    });
    ctl.abort();
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    const busy = await fake((_n, _q, res) => json(res, 503, {}, { 'retry-after': '30' }));
    const ctl2 = new AbortController();
    const p2 = client(busy.url).chat(USER, { signal: ctl2.signal });
    await new Promise<void>((r) => {
      const t = setInterval(() => busy.hits.length > 0 && (clearInterval(t), r()), 5);
    });
    ctl2.abort();
    await expect(p2).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('MALFORMED_RESPONSE for replies that are not chat completions', async () => {
    const bodies = ['<html>hello</html>', '{"choices": []}', '{"choices": [{"message": {"content": 5}}]}', '[1,2]'];
    const f = await fake((n, _q, res) => json(res, 200, bodies[n]!));
    for (const b of bodies) {
      const err = await client(f.url, { maxRetries: 0 }).chat(USER).catch((e) => e);
      expect(err.code, b).toBe('MALFORMED_RESPONSE');
    }
    const err = await fake((_n, _q, res) => json(res, 200, { error: { message: 'model not loaded' } }));
    await expect(client(err.url).chat(USER)).rejects.toMatchObject({ code: 'HTTP_ERROR', message: expect.stringMatching(/model not loaded/) });
  });

  it('MALFORMED_RESPONSE for broken streams; an error event is HTTP_ERROR', async () => {
    const cases: [(res: http.ServerResponse) => void, string, RegExp][] = [
      [(res) => sse(res, [chunk({ content: 'a' }), '{oops']), 'MALFORMED_RESPONSE', /not JSON/],
      [(res) => sse(res, [chunk({ content: 'a' })], false), 'MALFORMED_RESPONSE', /ended before/],
      [(res) => sse(res, [{ nothing: true }]), 'MALFORMED_RESPONSE', /choices/],
      [(res) => sse(res, [chunk({ content: 'a' }), { error: { message: 'boom' } }]), 'HTTP_ERROR', /boom/],
      [(res) => json(res, 200, 'plain text'), 'MALFORMED_RESPONSE', /event stream/],
    ];
    const f = await fake((n, _q, res) => cases[n]![0](res));
    for (const [, code, msg] of cases) {
      const err = await client(f.url).stream(USER).collect().catch((e) => e);
      expect(err.code).toBe(code);
      expect(err.message).toMatch(msg);
    }
  });

  it('accepts a whole completion from a server that ignores stream: true', async () => {
    const f = await fake((_n, _q, res) => json(res, 200, completion('all at once')));
    const s = client(f.url).stream(USER);
    const parts: string[] = [];
    for await (const d of s) parts.push(d.text);
    expect(parts).toEqual(['all at once']);
    expect((await s.result).finishReason).toBe('stop');
  });
});

describe('sseData', () => {
  it('splits events across chunk boundaries, joins data lines and skips comments', async () => {
    async function* bytes() {
      const enc = new TextEncoder();
      for (const piece of [': comment\n\ndata: {"a"', ':1}\r\n\r\nevent: x\ndata: line1\ndata: line2\n\n', 'data: [DONE]\n\n']) yield enc.encode(piece);
    }
    const out: string[] = [];
    for await (const d of sseData(bytes())) out.push(d);
    expect(out).toEqual(['{"a":1}', 'line1\nline2', '[DONE]']);
  });
});
