// `kala-train serve` under hostile or careless clients (issue 10, defects 5 and 9): a request is
// admitted (queue room, prompt length in characters) before its prompt is tokenized, tokenization
// is bounded, /health answers while prompts are tokenized; HEAD, 413, 415, 431, 408 and the
// connection cap. Everything talks to a server on 127.0.0.1; waits are on events, never on time.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenerationStream, KalaModel, Tokenizer, type GenerateOptions } from '../lib/index.js';
import { startServer, type KalaServer, type ServableModel } from '../lib/serve/server/index.js';
import { TOKENIZER_JSON, tinyConfig } from './helpers.js';

let tokenizer: Tokenizer;
let model: KalaModel;

beforeAll(async () => {
  tokenizer = await Tokenizer.fromFile(TOKENIZER_JSON);
  model = KalaModel.create(tinyConfig({ vocab_size: 50304, max_position_embeddings: 128 }), { seed: 5, tokenizer });
});

afterAll(() => model?.dispose());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const js = (r: Response): Promise<any> => r.json();

/** A POST with this Content-Type (null: none; bytes, so that fetch adds none either). */
const post = (url: string, body: unknown, contentType: string | null = 'application/json') => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(url, { method: 'POST', headers: contentType === null ? {} : { 'content-type': contentType }, body: new TextEncoder().encode(text) });
};

const chatBody = (content: string, extra: Record<string, unknown> = {}) => ({ messages: [{ role: 'user', content }], max_tokens: 2, temperature: 0, ...extra });

/** Resolves when `cond` holds, checked each time `poke` is called. */
function waiter() {
  const checks: (() => boolean)[] = [];
  return {
    until: (cond: () => boolean) => new Promise<void>((resolve) => {
      const check = () => (cond() ? (resolve(), true) : false);
      if (!check()) checks.push(check);
    }),
    poke: () => {
      for (let i = checks.length - 1; i >= 0; i--) if (checks[i]!()) checks.splice(i, 1);
    },
  };
}

/**
 * The model's tokenizer with every encode recorded; with `gated`, encodes wait for `open()`.
 * The server only calls `encode` on it.
 */
function recordingTokenizer(gated = false) {
  const texts: string[] = [];
  const w = waiter();
  let open!: () => void;
  const gate = gated ? new Promise<void>((r) => (open = r)) : Promise.resolve();
  const tk = {
    async encode(text: string): Promise<number[]> {
      texts.push(text);
      w.poke();
      await gate;
      return tokenizer.encode(text);
    },
  } as unknown as Tokenizer;
  return { tk, texts, open: () => open?.(), encoded: (n: number) => w.until(() => texts.length >= n) };
}

/** The tiny model behind `tk`; with `holdModel`, generations wait for `release()` before they start. */
function servable(tk: Tokenizer, holdModel = false) {
  let release!: () => void;
  const gate = holdModel ? new Promise<void>((r) => (release = r)) : Promise.resolve();
  const w = waiter();
  let started = 0;
  const m: ServableModel = {
    tokenizer: tk,
    config: model.config,
    stream(prompt: string | readonly number[], options: GenerateOptions = {}) {
      return new GenerationStream(
        (async function* () {
          started++;
          w.poke();
          await gate;
          const s = model.stream(prompt, options);
          for await (const step of s) yield step;
          return s.result;
        })(),
      );
    },
  };
  return { model: m, release: () => release?.(), started: (n: number) => w.until(() => started >= n) };
}

/** Sends raw bytes on a fresh connection; resolves with everything the server sent once it closes. */
function raw(port: number, text: string, opts: { keepOpen?: boolean } = {}): Promise<{ data: string; socket: net.Socket }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => {
      data += d.toString('latin1');
      if (opts.keepOpen && data.includes('\r\n\r\n')) resolve({ data, socket });
    });
    socket.on('error', () => undefined); // a reset reads as a close
    socket.on('close', () => resolve({ data, socket }));
    socket.write(text);
  });
}

const statusOf = (data: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);

describe('admission before tokenization (defect 5)', () => {
  it('answers 429 when the queue is full without tokenizing the body', async () => {
    const rec = recordingTokenizer();
    const sv = servable(rec.tk, true);
    const s = await startServer({ model: sv.model, port: 0, maxQueue: 1 });
    try {
      const a = post(`${s.url}/chat/completions`, chatBody('first'));
      await sv.started(1); // a holds the model
      const b = post(`${s.url}/chat/completions`, chatBody('second'));
      await rec.encoded(2); // b is admitted: it waits for the model
      const big = chatBody('word '.repeat(100));
      const c = await post(`${s.url}/chat/completions`, big);
      expect(c.status).toBe(429);
      expect((await js(c)).error).toMatchObject({ type: 'rate_limit_error', code: 'queue_full' });
      const d = await post(`${s.url}/completions`, { prompt: 'word '.repeat(100), stream: true });
      expect(d.status).toBe(429);
      expect(rec.texts).toHaveLength(2); // neither c nor d was tokenized
      sv.release();
      expect([(await a).status, (await b).status]).toEqual([200, 200]);
    } finally {
      sv.release();
      await s.close();
    }
  });

  it('tokenizes at most maxQueue + 1 prompts at once; the others get 429 untokenized', async () => {
    const rec = recordingTokenizer(true);
    const sv = servable(rec.tk);
    const s = await startServer({ model: sv.model, port: 0, maxQueue: 2 });
    try {
      const admitted = [0, 1, 2].map((i) => post(`${s.url}/chat/completions`, chatBody(`prompt ${i}`)));
      await rec.encoded(3); // three prompts are being tokenized (the gate holds them)
      for (const i of [3, 4]) {
        const extra = post(`${s.url}/chat/completions`, chatBody(`prompt ${i}`));
        // either the server answers, or it starts tokenizing a fourth prompt: whichever comes first
        const first = await Promise.race([extra.then((r) => r.status), rec.encoded(4).then(() => 'tokenized a fourth prompt')]);
        expect(first).toBe(429);
      }
      expect(rec.texts).toHaveLength(3);
      rec.open();
      expect((await Promise.all(admitted)).map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      rec.open();
      await s.close();
    }
  });

  it('refuses a prompt longer than maxPromptChars with 400 before tokenizing it', async () => {
    const rec = recordingTokenizer();
    const sv = servable(rec.tk);
    // default: 16 characters per token of context (128 here)
    const s = await startServer({ model: sv.model, port: 0 });
    const small = await startServer({ model: sv.model, port: 0, maxPromptChars: 100 });
    try {
      const huge = 'word '.repeat(150_000); // 750 000 characters, under the 1 MiB body limit
      for (const [url, body, param] of [
        [`${s.url}/chat/completions`, chatBody(huge), 'messages'],
        [`${s.url}/completions`, { prompt: huge }, 'prompt'],
        [`${small.url}/chat/completions`, chatBody('hello '.repeat(25)), 'messages'],
      ] as const) {
        const res = await post(url, body);
        expect(res.status).toBe(400);
        const j = await js(res);
        expect(j.error).toMatchObject({ type: 'invalid_request_error', code: 'context_length_exceeded', param });
        expect(j.error.message).toMatch(/characters/);
      }
      expect(rec.texts).toEqual([]); // nothing was tokenized
      expect(s.limits.maxPromptChars).toBe(16 * 128);
      // a short prompt still passes under the small limit, and its whole rendered text is bounded
      const ok = await post(`${small.url}/chat/completions`, chatBody('hello'));
      expect(ok.status).toBe(200);
      expect(rec.texts).toHaveLength(1);
      expect(rec.texts[0]!.length).toBeLessThanOrEqual(100);
    } finally {
      await small.close();
      await s.close();
    }
  });

  it('/health answers while prompts are being tokenized, and counts them as waiting', async () => {
    const rec = recordingTokenizer(true);
    const sv = servable(rec.tk);
    const s = await startServer({ model: sv.model, port: 0, maxQueue: 8 });
    try {
      const settled: boolean[] = [false, false, false, false];
      const pending = settled.map((_, i) => post(`${s.url}/completions`, { prompt: 'long text '.repeat(20), max_tokens: 1 }).then((r) => ((settled[i] = true), r)));
      await rec.encoded(4);
      const health = await fetch(s.url.replace(/\/v1$/, '/health'));
      expect(health.status).toBe(200);
      expect(await js(health)).toMatchObject({ status: 'ok', running: 0, waiting: 4 });
      expect(settled).toEqual([false, false, false, false]); // /health did not wait for them
      rec.open();
      expect((await Promise.all(pending)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(s.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      rec.open();
      await s.close();
    }
  });
});

describe('HTTP hardening (defect 9)', () => {
  let s: KalaServer;
  let rec: ReturnType<typeof recordingTokenizer>;
  beforeAll(async () => {
    rec = recordingTokenizer();
    s = await startServer({ model: servable(rec.tk).model, port: 0, maxBodyBytes: 4096 });
  });
  afterAll(() => s?.close());

  it('HEAD is GET without a body; other methods get 405 with Allow', async () => {
    const root = s.url.replace(/\/v1$/, '');
    for (const path of ['/health', '/v1/models', '/v1/models/kala']) {
      const get = await fetch(root + path);
      const getBody = await get.text();
      const head = await fetch(root + path, { method: 'HEAD' });
      expect(head.status, path).toBe(200);
      expect(head.headers.get('content-type')).toMatch(/application\/json/);
      expect(await head.text()).toBe('');
      if (path !== '/health') expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(getBody)));
    }
    const missing = await fetch(`${s.url}/models/nope`, { method: 'HEAD' });
    expect(missing.status).toBe(404);
    for (const method of ['GET', 'HEAD', 'PUT']) {
      const r = await fetch(`${s.url}/chat/completions`, { method });
      expect(r.status, method).toBe(405);
      expect(r.headers.get('allow')).toBe('POST');
    }
    const del = await fetch(`${s.url}/models`, { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
  });

  it('POST bodies must be application/json: anything else gets 415 and is not read', async () => {
    const before = rec.texts.length;
    const body = JSON.stringify(chatBody('hi'));
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', null]) {
      const r = await post(`${s.url}/chat/completions`, body, type);
      expect(r.status, String(type)).toBe(415);
      expect(r.headers.get('content-type')).toMatch(/application\/json/);
      expect((await js(r)).error).toMatchObject({ type: 'invalid_request_error', code: 'unsupported_media_type', param: null });
    }
    const completion = await post(`${s.url}/completions`, JSON.stringify({ prompt: 'hi', max_tokens: 1 }), 'text/plain');
    expect(completion.status).toBe(415);
    expect(rec.texts.length).toBe(before); // none of them reached the tokenizer
    for (const type of ['application/json', 'Application/JSON; charset=utf-8']) {
      const r = await post(`${s.url}/chat/completions`, body, type);
      expect(r.status, type).toBe(200);
    }
  });

  it('answers Expect: 100-continue only when the headers are acceptable', async () => {
    const head = (type: string) => `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: 100\r\nExpect: 100-continue\r\n\r\n`;
    const refused = await raw(s.port, head('text/plain'), { keepOpen: true });
    expect(statusOf(refused.data)).toBe(415); // the body was never asked for
    refused.socket.destroy();
    const asked = await raw(s.port, head('application/json'), { keepOpen: true });
    expect(statusOf(asked.data)).toBe(100);
    asked.socket.destroy();
  });

  it('answers oversized request headers with 431', async () => {
    const { data } = await raw(s.port, `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(statusOf(data)).toBe(431);
    const ok = await fetch(s.url.replace(/\/v1$/, '/health'));
    expect(ok.status).toBe(200);
  });

  it('answers a body past maxBodyBytes with 413, closes the connection and reads no further', async () => {
    const result = await new Promise<{ status: number; wroteAll: boolean }>((resolve, reject) => {
      let status = 0;
      let closed = false;
      const req = http.request(`${s.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        status = res.statusCode!;
        res.resume();
      });
      req.on('error', () => undefined); // the server hangs up while we still send: expected
      req.on('close', () => (closed = true));
      const chunk = Buffer.alloc(64 * 1024, 'y');
      void (async () => {
        req.write('{"messages": [{"role": "user", "content": "');
        // at most 64 MiB: the server must stop us long before
        for (let i = 0; i < 1024 && !closed; i++) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r).once('close', r));
        const wroteAll = !closed;
        if (!closed) req.end('"}]}');
        await new Promise((r) => (closed ? r(undefined) : req.once('close', r)));
        resolve({ status, wroteAll });
      })().catch(reject);
    });
    expect(result).toEqual({ status: 413, wroteAll: false });
  });

  it('rejects bad limits', async () => {
    for (const bad of [{ maxConnections: 0 }, { maxPromptChars: 0 }, { requestTimeoutMs: 0 }, { maxConnections: 1.5 }])
      await expect(startServer({ model, port: 0, ...bad })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('connection limits (defect 9)', () => {
  const healthRequest = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

  it('caps open connections at maxConnections; one more is closed unanswered', async () => {
    const s = await startServer({ model, port: 0, maxConnections: 2 });
    try {
      expect(s.limits.maxConnections).toBe(2);
      const a = await raw(s.port, healthRequest, { keepOpen: true }); // answered, kept alive
      const b = await raw(s.port, healthRequest, { keepOpen: true });
      expect([statusOf(a.data), statusOf(b.data)]).toEqual([200, 200]);
      const c = await raw(s.port, healthRequest);
      expect(c.data).toBe(''); // dropped at accept
      a.socket.destroy();
      // the server counts connections as it sees them close
      for (let i = 0; i < 1000 && (await new Promise<number>((r) => s.http.getConnections((_e, n) => r(n)))) > 1; i++) await new Promise((r) => setImmediate(r));
      const d = await raw(s.port, healthRequest, { keepOpen: true });
      expect(statusOf(d.data)).toBe(200);
      b.socket.destroy();
      d.socket.destroy();
    } finally {
      await s.close();
    }
  });

  it('answers 408 to a client whose headers never finish', async () => {
    const s = await startServer({ model, port: 0, requestTimeoutMs: 300 });
    try {
      expect(s.http.headersTimeout).toBeLessThanOrEqual(300);
      const { data } = await raw(s.port, 'POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n');
      expect(statusOf(data)).toBe(408);
    } finally {
      await s.close();
    }
  }, 20_000);
});
