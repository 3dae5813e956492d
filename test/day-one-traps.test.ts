// Traps a new user hit on the first day (issue 13 §5), each checked where it can fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KalaError, KalaModel, Tokenizer } from '../lib/index.js';
import { TOKENIZER_JSON } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const tiny = { vocab_size: 64, hidden_size: 16, num_hidden_layers: 1, num_attention_heads: 2, intermediate_size: 32, max_position_embeddings: 16 };

describe('day-one traps', () => {
  it('an un-awaited Tokenizer.fromFile() is refused by create and load, naming the fix', async () => {
    const pending = Tokenizer.fromFile(TOKENIZER_JSON);
    const err = (() => {
      try {
        KalaModel.create(tiny, { tokenizer: pending as unknown as Tokenizer });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(KalaError);
    expect((err as KalaError).code).toBe('INVALID_ARGUMENT');
    expect((err as KalaError).message).toMatch(/await Tokenizer\.fromFile/);
    await expect(KalaModel.load('/nonexistent-model', { tokenizer: pending as unknown as Tokenizer })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await pending;
  });

  it('an option followed by --help prints help and creates nothing', () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'kala-help-'));
    try {
      for (const args of [['train', '--out', '--help'], ['generate-data', '-o', '--help'], ['convert', '--out', '-h']]) {
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`Usage: kala-train ${args[0]}`));
        expect(existsSync(path.join(cwd, '--help'))).toBe(false);
        expect(existsSync(path.join(cwd, '-h'))).toBe(false);
      }
      // a path option never takes an option as its value
      const r = spawnSync(process.execPath, [CLI, 'generate-data', '-o', '--size', '10'], { cwd, encoding: 'utf8', timeout: 60_000 });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/--out needs a path/);
      expect(existsSync(path.join(cwd, '--size'))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("the quick start's suggested command keeps its newline when pasted into bash", () => {
    const src = readFileSync(path.join(ROOT, 'lib', 'cli', 'quickstart.ts'), 'utf8');
    const hint = /--prompt (\$'[^']*')/.exec(src)?.[1];
    expect(hint).toBeDefined();
    // what bash passes for $'User: Hello\nKALA:' (as the source writes it, \\n in a template)
    const r = spawnSync('bash', ['-c', `printf %s ${hint!.replace(/\\\\/g, '\\')}`], { encoding: 'utf8' });
    expect(r.stdout).toBe('User: Hello\nKALA:');
  });

  it('kala-train --version prints the package version', () => {
    const r = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('kala-train build --cuda', () => {
  it('builds the CUDA engine in the installed package with cmake-js on demand (dry run), and checks its options', () => {
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'build', ...args], { encoding: 'utf8', timeout: 60_000 });
    const dry = run(['--cuda', '--archs', '60-real;86-real', '--nvcc', '/usr/bin/nvcc', '--host-cxx', '/usr/bin/g++-11', '--jobs', '3', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('npx --yes cmake-js@8 compile --out build-cuda --CDKALA_CUDA=ON --CDKALA_CUDA_ARCHS=60-real;86-real --CDCMAKE_CUDA_COMPILER=/usr/bin/nvcc --CDCMAKE_CUDA_HOST_COMPILER=/usr/bin/g++-11 -p 3');
    expect(dry.stdout).toContain(`(in ${ROOT})`);
    expect(run([]).stderr).toMatch(/needs --cuda/);
    expect(run(['--cuda', '--archs', 'sm_86', '--dry-run']).stderr).toMatch(/--archs must be CUDA architectures/);
    expect(run(['--cuda', '--jobs', '0', '--dry-run']).stderr).toMatch(/--jobs must be a positive integer/);
  });
});
