// The kala-train CLI as a user runs it: a separate process over the compiled package.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { KalaModel, Tokenizer } from '../lib/index.js';
import { ROOT, TOKENIZER_JSON, tinyConfig, tmpDir } from './helpers.js';

const run = promisify(execFile);
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const kala = (args: string[]) => run(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });

let modelDir: string;

beforeAll(async () => {
  const model = KalaModel.create(tinyConfig({ vocab_size: 50304, max_position_embeddings: 128 }), {
    seed: 5,
    tokenizer: await Tokenizer.fromFile(TOKENIZER_JSON),
  });
  modelDir = path.join(await tmpDir(), 'model');
  await model.save(modelDir);
  model.dispose();
}, 120_000);

describe('kala-train', () => {
  it('--help lists the commands', async () => {
    const { stdout } = await kala(['--help']);
    for (const c of ['generate-data', 'train', 'eval', 'generate', 'convert', 'inspect', 'bench', 'serve']) expect(stdout).toContain(c);
  });

  it('inspect prints CPU features, threads and the device choice with its reason', async () => {
    const { stdout } = await kala(['inspect', '--json']);
    const info = JSON.parse(stdout);
    expect(info.cpu.threads).toBeGreaterThan(0);
    expect(['avx512', 'avx2', 'portable']).toContain(info.cpu.kernels);
    expect(info.device).toBe('cpu');
    expect(info.reason.length).toBeGreaterThan(5);
    const text = (await kala(['inspect'])).stdout;
    expect(text).toMatch(/threads/);
    expect(text).toMatch(/device\s+cpu/);
  });

  it('generate streams text and reports law scores', async () => {
    const { stdout, stderr } = await kala(['generate', '--model', modelDir, '--prompt', 'Hello world', '-n', '8', '--trace', '--no-monitor']);
    expect(stdout.startsWith('Hello world')).toBe(true);
    expect(stderr).toMatch(/L0 Civilizational/);
    expect(stderr).toMatch(/stopped: (length|eos)/);
    const traced = stderr.split('\n').filter((l) => /L4 \d\.\d{3}/.test(l));
    expect(traced.length).toBeGreaterThan(0);
    // the prompt's own law scores come before the reply
    expect(stderr).toMatch(/prompt law scores: L0 Civilizational \d\.\d{3}/);
    expect(stderr.indexOf('prompt law scores')).toBeLessThan(stderr.indexOf('stopped:'));
    const json = JSON.parse((await kala(['generate', '--model', modelDir, '--prompt', 'Hi', '-n', '4', '--json', '--no-monitor'])).stdout);
    expect(json.tokens.length).toBe(json.lawScores.length);
    expect(json.promptLawScores).toHaveLength(5);
    for (const s of json.promptLawScores) expect(s >= 0 && s <= 1).toBe(true);
  });

  it('generate fails with a clear message for a missing model', async () => {
    const err = await kala(['generate', '--model', '/no/such/model', '--prompt', 'x']).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(/MODEL_NOT_FOUND/);
  });
});
