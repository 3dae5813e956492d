// kala-train serve keeps KV-cache sessions between requests (--cache-mb): a chat client resends
// the whole conversation each turn, and the next turn runs only its new tokens. The replies are
// the ones a server without the cache gives; usage says how many prompt tokens were reused.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KalaModel, Tokenizer } from '../lib/index.js';
import { startServer, type KalaServer, type RequestLog } from '../lib/serve/server/index.js';
import { SessionPool } from '../lib/serve/server/session-pool.js';
import { TOKENIZER_JSON, tinyConfig } from './helpers.js';

let model: KalaModel;
let cached: KalaServer, plain: KalaServer;
const logs: RequestLog[] = [];

beforeAll(async () => {
  const tokenizer = await Tokenizer.fromFile(TOKENIZER_JSON);
  model = KalaModel.create(tinyConfig({ vocab_size: 50304, max_position_embeddings: 256 }), { seed: 5, tokenizer });
  cached = await startServer({ model, port: 0, defaultTemperature: 0, kernel: false, monitor: false });
  cached.on('request', (l: RequestLog) => logs.push(l));
  plain = await startServer({ model, port: 0, defaultTemperature: 0, kernel: false, monitor: false, cacheBytes: 0 });
}, 60_000);
afterAll(async () => {
  await cached?.close();
  await plain?.close();
  model?.dispose();
});

const client = (s: KalaServer) => new OpenAI({ baseURL: s.url, apiKey: 'unused', maxRetries: 0 });

describe('serve with kept KV caches', () => {
  it('a multi-turn chat reuses the cached conversation and answers as a server without the cache does', async () => {
    type Msg = { role: 'user' | 'assistant'; content: string };
    const history: Msg[] = [];
    let reusedLater = 0;
    for (const [turn, user] of ['Hello there.', 'Tell me about rivers.', 'And mountains?', 'Thanks!'].entries()) {
      history.push({ role: 'user', content: user });
      const a = await client(cached).chat.completions.create({ model: 'kala', messages: history, max_tokens: 6, temperature: 0 });
      const b = await client(plain).chat.completions.create({ model: 'kala', messages: history, max_tokens: 6, temperature: 0 });
      expect(a.choices[0]!.message.content).toBe(b.choices[0]!.message.content);
      expect(a.usage!.prompt_tokens).toBe(b.usage!.prompt_tokens);
      const reused = (a.usage as { prompt_tokens_details?: { cached_tokens: number } }).prompt_tokens_details?.cached_tokens ?? -1;
      if (turn === 0) expect(reused).toBe(0);
      else {
        // everything up to the previous reply was cached (the chat template's re-rendering may
        // differ at the seam by a token or two)
        expect(reused).toBeGreaterThan(a.usage!.prompt_tokens / 2);
        reusedLater += reused;
      }
      history.push({ role: 'assistant', content: a.choices[0]!.message.content ?? '' });
    }
    expect(reusedLater).toBeGreaterThan(0);
    expect(logs.some((l) => (l.cachedTokens ?? 0) > 0)).toBe(true);
    // streaming goes through the cache too, with the same text
    history.push({ role: 'user', content: 'One more.' });
    let streamed = '';
    const st = await client(cached).chat.completions.create({ model: 'kala', messages: history, max_tokens: 6, temperature: 0, stream: true });
    for await (const c of st) streamed += c.choices[0]?.delta?.content ?? '';
    const whole = await client(plain).chat.completions.create({ model: 'kala', messages: history, max_tokens: 6, temperature: 0 });
    expect(streamed).toBe(whole.choices[0]!.message.content);
  });
});

describe('SessionPool', () => {
  it('hands out the session with the longest shared prefix, and keeps within its byte budget (LRU)', async () => {
    const perSession = model.config.numLayers * Math.min(512, model.config.maxPositions) * (2 * model.config.hiddenSize * 4 + 4);
    const pool = new SessionPool(model, perSession * 2);
    const a = (await pool.take([1, 2, 3], 10))!;
    await a.evaluate([1, 2, 3, 4]);
    const b = (await pool.take([9, 9], 10))!;
    await b.evaluate([9, 9, 9]);
    expect(pool.bytes).toBe(2 * perSession);
    pool.give(a);
    pool.give(b);
    // a context continuing a's gets a; one continuing b's gets b
    const x = (await pool.take([1, 2, 3, 4, 5], 10))!;
    expect(x).toBe(a);
    const y = (await pool.take([9, 9, 9, 1], 10))!;
    expect(y).toBe(b);
    pool.give(y); // b is now the most recently used, a is out
    // a third session needs room: the least recently used idle one (b) goes
    const z = (await pool.take([7], 10))!;
    expect(z).not.toBe(b);
    expect(b.disposed).toBe(true);
    expect(pool.bytes).toBe(2 * perSession);
    // nothing idle and no room: no session (the request runs without one)
    expect(await pool.take([5], 10)).toBeUndefined();
    pool.give(x);
    pool.give(z);
    pool.clear();
    expect(pool.bytes).toBe(0);
    // a budget smaller than one session: never a session
    expect(await new SessionPool(model, perSession - 1).take([1], 10)).toBeUndefined();
  });
});
