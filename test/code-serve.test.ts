// The code-security check in the product (DESIGN §9): `kala-train serve` and UnifiedSession check
// the fenced code blocks of a reply and report the findings in `kala.code.findings`
// ({ruleId, cwe, owasp, severity, line, message}, line = line in the reply); a streamed reply
// carries them in its final chunk. A scripted model writes the replies (a random tiny model cannot
// be made to write code); the server runs in-process on loopback and is read with the official
// `openai` client. `checkCode: false` / `--no-code-check` turn the check off.
import { spawn } from 'node:child_process';
import path from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenerationStream, KalaModel, Tokenizer, type GenerateOptions, type GenerationResult, type GenerationStep } from '../lib/index.js';
import { OpenAICompatibleClient } from '../lib/serve/client/index.js';
import type { KalaExtension } from '../lib/serve/openai-types.js';
import { startServer, type KalaServer, type ServableModel } from '../lib/serve/server/index.js';
import { UnifiedSession, runCodeTool } from '../lib/serve/session/index.js';
import { replyCodeReport } from '../lib/code/index.js';
import { ROOT, TOKENIZER_JSON, tinyConfig, tmpDir } from './helpers.js';

const UNSAFE = [
  ' Here is a lookup:',
  '',
  '```python',
  'import sqlite3',
  '',
  'def find_user(conn, name):',
  '    cur = conn.cursor()',
  '    cur.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
  '    return cur.fetchall()',
  '```',
  '',
  'It returns the rows.',
].join('\n');
/** The line of `cur.execute(…)` in the reply (the leading space is not part of the chat reply). */
const SQL_LINE = 8;

const SAFE = [
  ' Here is a lookup with a parameterized query:',
  '',
  '```python',
  'import sqlite3',
  '',
  'def find_user(conn, name):',
  '    cur = conn.cursor()',
  '    cur.execute("SELECT * FROM users WHERE name = ?", (name,))',
  '    return cur.fetchall()',
  '```',
].join('\n');

const PROSE = ' Paris is the capital of France.';

let tokenizer: Tokenizer;
let tiny: KalaModel;

/** The reply the scripted model writes for a prompt: chosen by a word of the last user turn. */
function replyFor(prompt: string): string {
  const last = prompt.slice(prompt.lastIndexOf('User:'));
  return /unsafe/i.test(last) ? UNSAFE : /safe/i.test(last) ? SAFE : PROSE;
}

function scriptedStream(promptOf: () => Promise<string>, options: GenerateOptions = {}): GenerationStream {
  return new GenerationStream(
    (async function* (): AsyncGenerator<GenerationStep, GenerationResult> {
      const text = replyFor(await promptOf());
      const stops = options.stop === undefined ? [] : typeof options.stop === 'string' ? [options.stop] : [...options.stop];
      let cut = text.length;
      for (const s of stops) {
        const i = text.indexOf(s);
        if (i >= 0 && i < cut) cut = i;
      }
      const out = text.slice(0, cut);
      const pieces = out.match(/[\s\S]{1,4}/g) ?? [];
      const lawScores = pieces.map(() => [1, 1, 1, 1, 1]);
      for (const [i, p] of pieces.entries()) yield { index: i, token: i, text: p, lawScores: lawScores[i]! };
      return { text: out, tokens: pieces.map((_, i) => i), lawScores, stopReason: 'eos' };
    })(),
  );
}

/** A servable model that writes UNSAFE, SAFE or PROSE. */
function scriptedServable(): ServableModel {
  return {
    tokenizer,
    config: tiny.config,
    stream: (prompt: string | readonly number[], options: GenerateOptions = {}) =>
      scriptedStream(async () => (typeof prompt === 'string' ? prompt : tokenizer.decode([...prompt])), options),
  };
}

/** The same scripted replies as a native KalaModel to UnifiedSession (instanceof, with a KV-cache session). */
function scriptedNative(): KalaModel {
  const createSession = async ({ capacity = 2048 }: { capacity?: number } = {}) => {
    let context: readonly number[] = [];
    return {
      capacity,
      disposed: false,
      evaluate: async (ids: readonly number[]) => ((context = ids), { reused: 0, evaluated: ids.length }),
      stream: (options: GenerateOptions = {}) => scriptedStream(async () => tokenizer.decode([...context]), options),
      dispose() {},
    };
  };
  return Object.assign(Object.create(KalaModel.prototype) as KalaModel, { tokenizer, config: { ...tiny.config, maxPositions: 2048 }, createSession });
}

let on: KalaServer;
let off: KalaServer;
let fixing: KalaServer;

beforeAll(async () => {
  tokenizer = await Tokenizer.fromFile(TOKENIZER_JSON);
  tiny = KalaModel.create(tinyConfig({ vocab_size: 50304, max_position_embeddings: 512 }), { seed: 5, tokenizer });
  on = await startServer({ model: scriptedServable(), port: 0, kernel: false, monitor: false, cacheBytes: 0 });
  off = await startServer({ model: scriptedServable(), port: 0, kernel: false, monitor: false, cacheBytes: 0, checkCode: false });
  fixing = await startServer({ model: scriptedServable(), port: 0, kernel: false, monitor: false, cacheBytes: 0, repairCode: true });
});

afterAll(async () => {
  await on?.close();
  await off?.close();
  await fixing?.close();
  tiny?.dispose();
});

const openai = (s: KalaServer) => new OpenAI({ baseURL: s.url, apiKey: 'unused', maxRetries: 0 });
const kalaOf = (x: unknown) => (x as { kala?: KalaExtension }).kala;

describe('kala-train serve: kala.code', () => {
  it('reports a SQL injection in a Python block of a chat reply, at its line in the reply', async () => {
    const r = await openai(on).chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'Write an unsafe user lookup.' }] });
    const content = r.choices[0]!.message.content!;
    expect(content).toContain('cur.execute(');
    const code = kalaOf(r)?.code;
    expect(code).toBeDefined();
    expect(code!.findings.length).toBeGreaterThanOrEqual(1);
    const f = code!.findings.find((x) => x.cwe === 'CWE-89')!;
    expect(f).toBeDefined();
    expect(Object.keys(f).sort()).toEqual(['cwe', 'line', 'message', 'owasp', 'ruleId', 'severity']);
    expect(f).toMatchObject({ owasp: expect.stringMatching(/^A03:2021/), severity: expect.stringMatching(/^(medium|high|critical)$/) });
    expect(f.line).toBe(SQL_LINE);
    expect(content.split('\n')[f.line - 1]).toContain('cur.execute(');
    // the rest of `kala` is unchanged
    expect(kalaOf(r)?.lawScores).toHaveLength(5);
  });

  it('a parameterized query carries no finding; a reply without code carries no kala.code', async () => {
    const safe = await openai(on).chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'Write a safe user lookup.' }] });
    expect(kalaOf(safe)?.code).toEqual({ findings: [] });
    const prose = await openai(on).chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'What is the capital of France?' }] });
    expect(kalaOf(prose)?.code).toBeUndefined();
    expect(kalaOf(prose)?.stopReason).toBe('eos');
  });

  it('a streamed reply carries the findings in its final chunk only', async () => {
    const s = await openai(on).chat.completions.create({ model: 'kala', stream: true, messages: [{ role: 'user', content: 'Write an unsafe user lookup.' }] });
    let text = '';
    const withCode: number[] = [];
    let finalKala: KalaExtension | undefined;
    let i = 0;
    for await (const chunk of s) {
      text += chunk.choices[0]?.delta?.content ?? '';
      const k = kalaOf(chunk);
      if (k?.code) withCode.push(i);
      if (chunk.choices[0]?.finish_reason) finalKala = k;
      i++;
    }
    expect(withCode).toEqual([i - 1]);
    const f = finalKala!.code!.findings.find((x) => x.cwe === 'CWE-89')!;
    expect(f.line).toBe(SQL_LINE);
    expect(text.split('\n')[f.line - 1]).toContain('cur.execute(');
  });

  it('checks legacy text completions too', async () => {
    const r = await openai(on).completions.create({ model: 'kala', prompt: 'User: unsafe\n' });
    const code = kalaOf(r)?.code;
    expect(code?.findings.some((x) => x.cwe === 'CWE-89')).toBe(true);
    // the completion keeps the leading space: lines count from its own text
    const f = code!.findings.find((x) => x.cwe === 'CWE-89')!;
    expect(r.choices[0]!.text.split('\n')[f.line - 1]).toContain('cur.execute(');
  });

  it('checkCode: false leaves kala.code out, whole and streamed', async () => {
    const r = await openai(off).chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'Write an unsafe user lookup.' }] });
    expect(r.choices[0]!.message.content).toContain('cur.execute(');
    expect(kalaOf(r)?.code).toBeUndefined();
    const s = await openai(off).chat.completions.create({ model: 'kala', stream: true, messages: [{ role: 'user', content: 'Write an unsafe user lookup.' }] });
    for await (const chunk of s) expect(kalaOf(chunk)?.code).toBeUndefined();
  });

  it('rejects a checkCode that is not a boolean', async () => {
    await expect(startServer({ model: scriptedServable(), port: 0, kernel: false, checkCode: 'no' as unknown as boolean })).rejects.toThrow(/checkCode must be a boolean/);
  });
});

describe('UnifiedSession: reply.code', () => {
  it('native model: an unsafe block is reported, a safe one is not, prose has no code report', async () => {
    const session = new UnifiedSession({ model: scriptedNative(), kernel: false, monitor: false });
    const bad = await session.send('Write an unsafe user lookup.');
    expect(bad.refused).toBe(false);
    const f = bad.code!.findings.find((x) => x.cwe === 'CWE-89')!;
    expect(f).toMatchObject({ owasp: expect.stringMatching(/^A03:2021/) });
    expect(bad.text.split('\n')[f.line - 1]).toContain('cur.execute(');
    const good = await session.send('Now a safe one.');
    expect(good.code).toEqual({ findings: [] });
    const prose = await session.send('What is the capital of France?');
    expect(prose.code).toBeUndefined();
  });

  it('over kala-train serve (OpenAICompatibleClient): the same findings as kala.code; checkCode: false leaves them out', async () => {
    const client = new OpenAICompatibleClient({ baseURL: on.url, model: 'kala' });
    const session = new UnifiedSession({ model: client, kernel: false });
    const bad = await session.send('Write an unsafe user lookup.');
    const f = bad.code!.findings.find((x) => x.cwe === 'CWE-89')!;
    expect(bad.text.split('\n')[f.line - 1]).toContain('cur.execute(');
    // the server's own report of the same reply agrees
    const direct = await client.chat([{ role: 'user', content: 'Write an unsafe user lookup.' }]);
    expect(direct.kala?.code?.findings).toEqual((await replyCodeReport(direct.text))!.findings);
    expect(bad.code).toEqual(direct.kala?.code);
    const streamed = await session.send('Write a safe user lookup.', { onToken: () => undefined });
    expect(streamed.code).toEqual({ findings: [] });
    const quiet = new UnifiedSession({ model: client, kernel: false, checkCode: false });
    expect((await quiet.send('Write an unsafe user lookup.')).code).toBeUndefined();
    expect(() => new UnifiedSession({ model: client, kernel: false, checkCode: 1 as unknown as boolean })).toThrow(/checkCode must be a boolean/);
  });
});

// Code repair in the product (issue 16 §3): the repair is repairCode's (test/code-repair.test.ts);
// here, that serve and UnifiedSession apply it to the reply and report it in kala.code.repaired.
describe('code repair: serve --repair-code and UnifiedSession repair', () => {
  const PARAMETERIZED = /cur\.execute\("SELECT \* FROM users WHERE name = \?", \(/;

  it('serve: a whole reply comes back repaired, with the findings of the reply as generated and the diff', async () => {
    const r = await openai(fixing).chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'Write an unsafe user lookup.' }] });
    const content = r.choices[0]!.message.content!;
    expect(content).toMatch(PARAMETERIZED);
    expect(content).not.toContain("'%s'");
    expect(content).toContain('It returns the rows.'); // the prose around the block is kept
    const code = kalaOf(r)!.code!;
    expect(code.findings.find((f) => f.cwe === 'CWE-89')!.line).toBe(SQL_LINE);
    expect(code.repaired!.accepted).toBe(true);
    expect(code.repaired!.diff).toMatch(/^-.*'%s'/m);
    expect(code.repaired!.diff).toMatch(/^\+.*name = \?/m);
    expect(code.repaired!.repairs).toEqual([expect.objectContaining({ cwe: 'CWE-89', line: SQL_LINE, status: 'applied' })]);
    // a safe reply has nothing to repair
    const safe = await openai(fixing).chat.completions.create({ model: 'kala', messages: [{ role: 'user', content: 'Write a safe user lookup.' }] });
    expect(kalaOf(safe)?.code).toEqual({ findings: [] });
  }, 60_000);

  it('serve: a streamed reply was sent as generated; its final chunk carries the diff, not accepted', async () => {
    const s = await openai(fixing).chat.completions.create({ model: 'kala', stream: true, messages: [{ role: 'user', content: 'Write an unsafe user lookup.' }] });
    let text = '';
    let final: KalaExtension | undefined;
    for await (const chunk of s) {
      text += chunk.choices[0]?.delta?.content ?? '';
      if (chunk.choices[0]?.finish_reason) final = kalaOf(chunk);
    }
    expect(text).toContain("'%s'");
    expect(final!.code!.repaired).toMatchObject({ accepted: false, diff: expect.stringMatching(/name = \?/) });
  }, 60_000);

  it('serve: repairCode needs checkCode and a boolean', async () => {
    await expect(startServer({ model: scriptedServable(), port: 0, kernel: false, repairCode: true, checkCode: false })).rejects.toThrow(/repairCode needs checkCode/);
    await expect(startServer({ model: scriptedServable(), port: 0, kernel: false, repairCode: 'yes' as unknown as boolean })).rejects.toThrow(/repairCode must be a boolean/);
  });

  it('UnifiedSession repair: true: the reply text is the repaired one, reply.code.repaired says what changed', async () => {
    const session = new UnifiedSession({ model: scriptedNative(), kernel: false, monitor: false, repair: true });
    const r = await session.send('Write an unsafe user lookup.');
    expect(r.text).toMatch(PARAMETERIZED);
    expect(r.code!.repaired).toMatchObject({ accepted: true });
    // the conversation continues from the repaired reply
    expect(session.history.at(-1)!.content).toBe(r.text);
    expect(() => new UnifiedSession({ model: scriptedNative(), kernel: false, repair: true, checkCode: false })).toThrow(/repair needs checkCode/);
  }, 60_000);

  it('runCodeTool: a session tool whose calls run in the sandbox (no network)', async () => {
    const tool = runCodeTool();
    expect(tool.name).toBe('run_code');
    expect(await tool.run({ language: 'python', code: 'import sys\nprint(6 * 7, sys.stdin.read())', stdin: 'in' }, {})).toMatchObject({ exitCode: 0, stdout: '42 in\n' });
    const net = (await tool.run({ language: 'javascript', code: "require('net').connect(53, '1.1.1.1').on('error', (e) => { console.log(e.code); process.exit(3); })" }, {})) as { exitCode: number; stdout: string };
    expect(net.exitCode).toBe(3);
    expect(net.stdout).toMatch(/ENETUNREACH|EAI_AGAIN|ECONNREFUSED/);
    const slow = (await runCodeTool({ limits: { wallMs: 500 } }).run({ language: 'python', code: 'import time\ntime.sleep(30)' }, {})) as { stoppedBy?: string };
    expect(slow.stoppedBy).toBe('wall');
    // UnifiedSession({ runCode: true }) offers it to the model beside the session's own tools
    expect(() => new UnifiedSession({ model: scriptedNative(), kernel: false, runCode: true })).not.toThrow();
  }, 60_000);
});

describe('kala-train serve --no-code-check', () => {
  it('is listed by --help and announced at start', async () => {
    const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
    const run = (args: string[], until?: RegExp) =>
      new Promise<string>((resolve, reject) => {
        const p = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
        let out = '';
        p.stdout.on('data', (d) => {
          out += d;
          if (until && until.test(out)) {
            p.kill('SIGTERM');
          }
        });
        p.stderr.on('data', (d) => (out += d));
        p.on('exit', () => resolve(out));
        p.on('error', reject);
      });
    const help = await run(['serve', '--help']);
    expect(help).toMatch(/--no-code-check/);
    expect(help).toMatch(/--repair-code/);
    const dir = path.join(await tmpDir(), 'tiny-kala');
    await tiny.save(dir);
    const out = await run(['serve', '--model', dir, '--port', '0', '--no-kernel', '--no-code-check', '--quiet'], /listening on/);
    expect(out).toMatch(/code check off \(--no-code-check\)/);
    expect(out).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/v1/);
  }, 60_000);
});
