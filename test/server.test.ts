// The OpenAI-compatible server (lib/serve/server) in-process, on loopback with an ephemeral
// port, over a tiny random KALA model with the real Pythia tokenizer: the official `openai`
// client and our OpenAICompatibleClient against it, validation, limits, the queue, disconnects,
// content_filter on a forced violation, and shutdown.
import http from 'node:http';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderChat } from '../lib/chat.js';
import { GenerationStream, KalaModel, Tokenizer, type GenerateOptions, type GenerationResult } from '../lib/index.js';
import { OpenAICompatibleClient } from '../lib/serve/client/index.js';
import { startServer, type KalaServer, type RequestLog, type ServableModel } from '../lib/serve/server/index.js';
import { GenerationQueue } from '../lib/serve/server/queue.js';
import { TOKENIZER_JSON, tinyConfig, violatingCopy } from './helpers.js';

let tokenizer: Tokenizer;
let model: KalaModel;
let server: KalaServer;

beforeAll(async () => {
  tokenizer = await Tokenizer.fromFile(TOKENIZER_JSON);
  model = KalaModel.create(tinyConfig({ vocab_size: 50304, max_position_embeddings: 128 }), { seed: 3, tokenizer });
  server = await startServer({ model, port: 0, host: '127.0.0.1', defaultTemperature: 0, maxQueue: 8 });
});

afterAll(async () => {
  await server?.close();
  model?.dispose();
});

/** What the model itself says to a one-turn chat (greedy), as the server should answer it. */
async function expected(m: KalaModel, user: string, maxNewTokens: number): Promise<GenerationResult & { reply: string }> {
  const ids = await tokenizer.encode(renderChat([{ role: 'user', content: user }], { addGenerationPrompt: true }));
  const r = await m.generate(ids, { maxNewTokens, temperature: 0, stop: ['\nUser:'] });
  return { ...r, reply: r.text.startsWith(' ') ? r.text.slice(1) : r.text };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const js = (r: Response): Promise<any> => r.json();

const post = (url: string, body: unknown, init: RequestInit = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init });

/** A wrapper whose generations wait for `open()` before they start (to hold the model busy on cue). */
function gated(inner: KalaModel) {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const entered: (() => void)[] = [];
  let started = 0;
  const results: GenerationResult[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const wrapper: ServableModel = {
    tokenizer: inner.tokenizer,
    config: inner.config,
    stream(prompt: string | readonly number[], options: GenerateOptions = {}) {
      return new GenerationStream(
        (async function* () {
          started++;
          signals.push(options.signal);
          entered.splice(0).forEach((f) => f());
          await gate;
          try {
            const s = inner.stream(prompt, options);
            for await (const step of s) yield step;
            const r = await s.result;
            results.push(r);
            return r;
          } catch (e) {
            // cancelled before the first token: generation throws ABORTED instead of returning 'abort'
            if ((e as { code?: string }).code === 'ABORTED') results.push({ text: '', tokens: [], lawScores: [], stopReason: 'abort' });
            throw e;
          }
        })(),
      );
    },
  };
  return {
    wrapper,
    open,
    results,
    signals,
    /** Resolves once `n` generations have started (reached the model). */
    started: (n: number) => new Promise<void>((resolve) => {
      const check = () => (started >= n ? resolve() : entered.push(check));
      check();
    }),
  };
}

async function until(cond: () => boolean): Promise<void> {
  while (!cond()) await new Promise((r) => setTimeout(r, 5));
}

describe('the official openai client', () => {
  it('streams a chat completion', async () => {
    const openai = new OpenAI({ baseURL: server.url, apiKey: 'unused', maxRetries: 0 });
    const stream = await openai.chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'Tell me about the sea.' }], stream: true, max_tokens: 12, temperature: 0, stream_options: { include_usage: true } });
    let text = '';
    const finish: (string | null)[] = [];
    let usage: OpenAI.CompletionUsage | undefined | null;
    let kala: unknown;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      if (chunk.usage) usage = chunk.usage;
      const c = chunk.choices[0];
      if (!c) continue;
      text += c.delta.content ?? '';
      if (c.finish_reason) {
        finish.push(c.finish_reason);
        kala = (chunk as unknown as { kala: unknown }).kala;
      }
    }
    const want = await expected(model, 'Tell me about the sea.', 12);
    expect(text).toBe(want.reply);
    expect(text.length).toBeGreaterThan(0);
    expect(finish).toEqual([want.stopReason === 'length' ? 'length' : 'stop']);
    expect(usage).toMatchObject({ completion_tokens: want.tokens.length });
    expect(usage!.prompt_tokens).toBeGreaterThan(5);
    expect(kala).toMatchObject({ stopReason: want.stopReason, violation: null });
    expect((kala as { lawScores: number[] }).lawScores).toHaveLength(5);
  });

  it('gets a whole chat completion, a text completion and the model list', async () => {
    const openai = new OpenAI({ baseURL: server.url, apiKey: 'unused', maxRetries: 0 });
    const r = await openai.chat.completions.create({ model: 'kala', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], max_tokens: 6, temperature: 0 });
    expect(r.object).toBe('chat.completion');
    expect(r.choices[0]!.message.role).toBe('assistant');
    expect(r.usage!.completion_tokens).toBeLessThanOrEqual(6);
    const models = await openai.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['kala']);
    const c = await openai.completions.create({ model: 'kala', prompt: 'Once upon a time', max_tokens: 5, temperature: 0 });
    const want = await model.generate('Once upon a time', { maxNewTokens: 5, temperature: 0 });
    expect(c.choices[0]!.text).toBe(want.text);
    expect(c.usage!.completion_tokens).toBe(want.tokens.length);
  });

  it('raises the server’s 400 as a BadRequestError with the field named', async () => {
    const openai = new OpenAI({ baseURL: server.url, apiKey: 'unused', maxRetries: 0 });
    const err = await openai.chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'x' }], temperature: 7 }).catch((e) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/temperature/);
  });
});

describe('OpenAICompatibleClient against kala-train serve', () => {
  const client = () => new OpenAICompatibleClient({ baseURL: server.url, model: 'kala', maxRetries: 0 });

  it('chats whole and streamed, with the same answer as the model', async () => {
    const want = await expected(model, 'What is a lighthouse?', 10);
    const whole = await client().chat([{ role: 'user', content: 'What is a lighthouse?' }], { maxTokens: 10, temperature: 0 });
    expect(whole.text).toBe(want.reply);
    expect(whole.usage!.completion_tokens).toBe(want.tokens.length);
    expect(whole.kala!.lawScores).toHaveLength(5);
    const s = client().stream([{ role: 'user', content: 'What is a lighthouse?' }], { maxTokens: 10, temperature: 0 });
    const deltas: string[] = [];
    for await (const d of s) deltas.push(d.text);
    const r = await s.result;
    expect(deltas.join('')).toBe(want.reply);
    expect(r.text).toBe(want.reply);
    expect(r.finishReason).toBe(whole.finishReason);
    expect(r.kala).toMatchObject({ stopReason: want.stopReason });
    expect(await client().models()).toEqual(['kala']);
    const c = await client().complete('The sky is', { maxTokens: 4, temperature: 0 });
    expect(c.text).toBe((await model.generate('The sky is', { maxNewTokens: 4, temperature: 0 })).text);
  });

  it('aborts a stream through its AbortSignal', async () => {
    const ctl = new AbortController();
    const s = client().stream([{ role: 'user', content: 'Count to ten.' }], { maxTokens: 20, temperature: 0, signal: ctl.signal });
    const err = await (async () => {
      for await (const _ of s) ctl.abort();
    })().catch((e) => e);
    expect(err.code).toBe('ABORTED');
    const pre = new AbortController();
    pre.abort();
    await expect(client().chat([{ role: 'user', content: 'x' }], { signal: pre.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('reports the server’s 400 as HTTP_ERROR with status and message', async () => {
    const err = await client().chat([{ role: 'robot' as 'user', content: 'x' }]).catch((e) => e);
    expect(err).toMatchObject({ code: 'HTTP_ERROR', status: 400 });
    expect(err.message).toMatch(/messages\[0\]\.role/);
  });
});

describe('validation and limits', () => {
  it('answers bad requests with 400 and an OpenAI-style JSON error', async () => {
    const chat = `${server.url}/chat/completions`;
    const cases: [unknown, RegExp, string | null][] = [
      ['{not json', /not valid JSON/, null],
      ['', /empty/, null],
      [[1, 2], /JSON object/, null],
      [{}, /messages/, 'messages'],
      [{ messages: [] }, /messages/, 'messages'],
      [{ messages: [{ role: 'user' }] }, /content/, 'messages[0].content'],
      [{ messages: [{ role: 'user', content: 'x' }], max_tokens: 0 }, /max_tokens/, 'max_tokens'],
      [{ messages: [{ role: 'user', content: 'x' }], max_tokens: 'many' }, /max_tokens/, 'max_tokens'],
      [{ messages: [{ role: 'user', content: 'x' }], top_p: 2 }, /top_p/, 'top_p'],
      [{ messages: [{ role: 'user', content: 'x' }], seed: 1.5 }, /seed/, 'seed'],
      [{ messages: [{ role: 'user', content: 'x' }], stop: ['a', 'b', 'c', 'd', 'e'] }, /stop/, 'stop'],
      [{ messages: [{ role: 'user', content: 'x' }], stream: 'yes' }, /stream/, 'stream'],
      [{ messages: [{ role: 'user', content: 'x' }], n: 3 }, /one choice/, 'n'],
      [{ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }, /text parts/, 'messages[0].content[0]'],
      [{ messages: [{ role: 'user', content: 'x' }], tools: [{ type: 'function', function: { name: 'bad name!' } }] }, /name/, 'tools[0].function.name'],
      [{ messages: [{ role: 'user', content: 'word '.repeat(300) }] }, /context/, 'messages'],
    ];
    for (const [body, msg, param] of cases) {
      const res = await post(chat, body as object);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const j = await js(res);
      expect(j.error.type).toBe('invalid_request_error');
      expect(j.error.message).toMatch(msg);
      expect(j.error.param).toBe(param);
      expect(typeof j.error.code).toBe('string');
    }
    const comp = await post(`${server.url}/completions`, { prompt: [1, 2, 99999999] });
    expect(comp.status).toBe(400);
    expect((await js(comp)).error.message).toMatch(/vocabulary/);
    const unknown = await fetch(`${server.url}/nope`);
    expect(unknown.status).toBe(404);
    expect((await js(unknown)).error.code).toBe('unknown_url');
    const method = await fetch(`${server.url}/chat/completions`);
    expect(method.status).toBe(405);
  });

  it('one bad request does not affect the good ones around it', async () => {
    const want = await expected(model, 'Name a colour.', 6);
    const good = () => post(`${server.url}/chat/completions`, { messages: [{ role: 'user', content: 'Name a colour.' }], max_tokens: 6, temperature: 0 });
    const results = await Promise.all([good(), post(`${server.url}/chat/completions`, '{"messages": [{"role": "user", "content": 1}]}'), good(), post(`${server.url}/completions`, '{{{'), good()]);
    expect(results.map((r) => r.status)).toEqual([200, 400, 200, 400, 200]);
    for (const i of [0, 2, 4]) expect((await js(results[i]!)).choices[0].message.content).toBe(want.reply);
  });

  it('rejects bodies over the size limit with 413', async () => {
    const small = await startServer({ model, port: 0, maxBodyBytes: 2048 });
    try {
      const big = { messages: [{ role: 'user', content: 'x'.repeat(10_000) }] };
      const res = await post(`${small.url}/chat/completions`, big);
      expect(res.status).toBe(413);
      expect((await js(res)).error.code).toBe('request_too_large');
      // a chunked body (no Content-Length) over the limit
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(`${small.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.write('{"messages": [{"role": "user", "content": "');
        req.write('y'.repeat(4096));
        req.end('"}]}');
      });
      expect(status).toBe(413);
      // the server is fine afterwards
      const ok = await post(`${small.url}/chat/completions`, { messages: [{ role: 'user', content: 'hi' }], max_tokens: 2 });
      expect(ok.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('the queue', () => {
  it('bounds waiting requests: past --max-queue they get 429 with a JSON error', async () => {
    const g = gated(model);
    const s = await startServer({ model: g.wrapper, port: 0, maxQueue: 1, defaultTemperature: 0 });
    try {
      const body = (content: string) => ({ messages: [{ role: 'user', content }], max_tokens: 4 });
      const a = post(`${s.url}/chat/completions`, body('first'));
      await g.started(1); // a holds the model
      const b = post(`${s.url}/chat/completions`, body('second'));
      await until(() => s.load.waiting === 1); // b waits in the queue
      const c = await post(`${s.url}/chat/completions`, body('third'));
      expect(c.status).toBe(429);
      expect(c.headers.get('retry-after')).toBe('1');
      expect((await js(c)).error).toMatchObject({ type: 'rate_limit_error', code: 'queue_full' });
      const streamed = await post(`${s.url}/chat/completions`, { ...body('fourth'), stream: true });
      expect(streamed.status).toBe(429);
      g.open();
      const [ra, rb] = await Promise.all([a, b]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      expect((await js(ra)).choices[0].message.content).toBe((await expected(model, 'first', 4)).reply);
      expect((await js(rb)).choices[0].message.content).toBe((await expected(model, 'second', 4)).reply);
    } finally {
      await s.close();
    }
  });

  it('runs one at a time, first come first served, and drops waiters that leave', async () => {
    const q = new GenerationQueue(2);
    const order: string[] = [];
    const r1 = await q.acquire();
    const ctl = new AbortController();
    const p2 = q.acquire().then((rel) => (order.push('2'), rel));
    const p3 = q.acquire(ctl.signal);
    expect(() => q.acquire()).toThrow(expect.objectContaining({ code: 'QUEUE_FULL' }));
    ctl.abort();
    await expect(p3).rejects.toMatchObject({ code: 'ABORTED' });
    expect(q.waiting).toBe(1);
    r1();
    r1(); // a second release is ignored
    const r2 = await p2;
    expect(order).toEqual(['2']);
    expect(q.running).toBe(1);
    r2();
    expect(q.running).toBe(0);
  });

  it('gives concurrent requests each their own correct answer', async () => {
    const prompts = ['Apples are', 'The capital of France', 'Write a haiku', 'Why is the sky blue?', 'Hello!'];
    const want = await Promise.all(prompts.map((p) => expected(model, p, 8)));
    const replies = await Promise.all(
      prompts.map(async (p, i) => {
        if (i % 2 === 0) {
          const r = await post(`${server.url}/chat/completions`, { messages: [{ role: 'user', content: p }], max_tokens: 8, temperature: 0 });
          return (await js(r)).choices[0].message.content as string;
        }
        const s = new OpenAICompatibleClient({ baseURL: server.url, model: 'kala' }).stream([{ role: 'user', content: p }], { maxTokens: 8, temperature: 0 });
        return (await s.collect()).text;
      }),
    );
    expect(replies).toEqual(want.map((w) => w.reply));
    expect(new Set(replies).size).toBeGreaterThan(1);
  });
});

describe('disconnects and shutdown', () => {
  it('a client that disconnects aborts its generation and frees the model', async () => {
    const g = gated(model);
    const s = await startServer({ model: g.wrapper, port: 0, defaultTemperature: 0 });
    const logs: RequestLog[] = [];
    s.on('request', (l: RequestLog) => logs.push(l));
    try {
      const ctl = new AbortController();
      const res = await post(`${s.url}/chat/completions`, { messages: [{ role: 'user', content: 'a long story' }], max_tokens: 100, stream: true }, { signal: ctl.signal });
      expect(res.status).toBe(200);
      await g.started(1);
      ctl.abort(); // the client goes away while its generation waits to run
      await until(() => g.signals[0]!.aborted === true); // the server saw it and cancelled the generation
      g.open();
      await until(() => g.results.length === 1 && logs.length === 1);
      expect(logs[0]).toMatchObject({ stream: true, stopReason: 'abort', status: 499 });
      expect(g.results[0]!.stopReason).toBe('abort');
      expect(g.results[0]!.tokens.length).toBeLessThan(100);
      await until(() => s.load.running === 0);
      const ok = await post(`${s.url}/chat/completions`, { messages: [{ role: 'user', content: 'hi' }], max_tokens: 3 });
      expect(ok.status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('close() finishes the running generation, answers queued ones 503, then stops', async () => {
    const g = gated(model);
    const s = await startServer({ model: g.wrapper, port: 0, defaultTemperature: 0, shutdownGraceMs: 60_000 });
    const url = s.url;
    const running = post(`${url}/chat/completions`, { messages: [{ role: 'user', content: 'running' }], max_tokens: 5, stream: true });
    await g.started(1);
    const queued = post(`${url}/chat/completions`, { messages: [{ role: 'user', content: 'queued' }], max_tokens: 5 });
    await until(() => s.load.waiting === 1);
    const closed = s.close();
    const q = await queued;
    expect(q.status).toBe(503);
    expect((await js(q)).error.code).toBe('server_shutting_down');
    g.open();
    const body = await (await running).text();
    expect(body).toMatch(/"finish_reason":"(length|stop)"/);
    expect(body.trimEnd().endsWith('data: [DONE]')).toBe(true);
    await closed;
    await expect(fetch(`${url}/models`)).rejects.toThrow();
  });

  it('close() cancels generations that outlast the grace period', async () => {
    const g = gated(model);
    const s = await startServer({ model: g.wrapper, port: 0, defaultTemperature: 0 });
    const res = post(`${s.url}/chat/completions`, { messages: [{ role: 'user', content: 'x' }], max_tokens: 50 });
    await g.started(1);
    const closed = s.close({ graceMs: 0 });
    g.open();
    const r = await res;
    expect(r.status).toBe(503);
    await closed;
    expect(g.results[0]!.stopReason).toBe('abort');
  });
});

describe('law violations', () => {
  let violating: KalaModel;
  let vs: KalaServer;

  beforeAll(async () => {
    // every token scores as violating Law 1: generation halts at the first token
    violating = await violatingCopy(model);
    vs = await startServer({ model: violating, port: 0, defaultTemperature: 0 });
  });

  afterAll(async () => {
    await vs?.close();
    violating?.dispose();
  });

  it('ends a reply with finish_reason content_filter and the kala verdict', async () => {
    const res = await post(`${vs.url}/chat/completions`, { messages: [{ role: 'user', content: 'hello' }], max_tokens: 8 });
    const j = await js(res);
    expect(res.status).toBe(200);
    expect(j.choices[0].finish_reason).toBe('content_filter');
    expect(j.kala.stopReason).toBe('ethics');
    expect(j.kala.violation).toMatchObject({ law: 1, lawName: 'Individual Safety', layer: 1 });
    expect(j.kala.lawScores).toHaveLength(5);
  });

  it('puts content_filter and the verdict on the final chunk of a stream (official client)', async () => {
    const openai = new OpenAI({ baseURL: vs.url, apiKey: 'unused', maxRetries: 0 });
    const stream = await openai.chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'hello' }], stream: true, max_tokens: 8 });
    const chunks: OpenAI.ChatCompletionChunk[] = [];
    for await (const c of stream) chunks.push(c);
    const last = chunks[chunks.length - 1]!;
    expect(last.choices[0]!.finish_reason).toBe('content_filter');
    expect((last as unknown as { kala: { violation: { law: number } } }).kala.violation.law).toBe(1);
    const r = await new OpenAICompatibleClient({ baseURL: vs.url, model: 'kala' }).chat([{ role: 'user', content: 'hello' }]);
    expect(r.finishReason).toBe('content_filter');
    expect(r.kala?.violation?.law).toBe(1);
  });
});
