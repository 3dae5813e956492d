// Shared test helpers: fixture paths, comparisons against the float64 reference, temp dirs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fsp, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import { afterAll, expect } from 'vitest';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const TOKENIZER_JSON = path.join(SHARED, 'data', 'tokenizer', '20B_tokenizer.json');

export const ckpt = (name: string) => path.join(FIXTURES, 'ckpt', name);
export const refJson = (file: string) => JSON.parse(readFileSync(path.join(FIXTURES, 'ref', file), 'utf8'));

/** max |a - b| / max |b|: the error relative to the reference's scale. */
export function relError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} != ${expected.length}`);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(actual[i]! - expected[i]!));
    scale = Math.max(scale, Math.abs(expected[i]!));
  }
  return diff / Math.max(scale, 1e-30);
}

export const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flat(Infinity as 1) as number[] : [x as number]);

/** Temp dirs the importing test file made; removed after its tests (a full run makes gigabytes). */
const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

export async function tmpDir(prefix = 'kala-test-'): Promise<string> {
  const d = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Copies a fixture checkpoint to a fresh temp dir (tests that corrupt files work on copies). */
export async function copyCkpt(name: string): Promise<string> {
  const dst = await tmpDir(`kala-${name}-`);
  await fsp.cp(ckpt(name), dst, { recursive: true });
  return dst;
}

/** A tiny random HF GPT-NeoX config, in HF key names. */
export function tinyConfig(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    hidden_size: 32,
    num_hidden_layers: 2,
    num_attention_heads: 4,
    intermediate_size: 64,
    vocab_size: 101,
    max_position_embeddings: 64,
    rotary_pct: 0.5,
    rotary_emb_base: 10000,
    layer_norm_eps: 1e-5,
    use_parallel_residual: true,
    eos_token_id: 0,
    bos_token_id: 0,
    kala: { value_head_dim: 8 },
    ...over,
  };
}

/** Rewrites tensors of a saved checkpoint's kala.safetensors in place (F32 tensors). */
export async function editKala(dir: string, edit: (name: string, data: Float32Array) => void): Promise<void> {
  const { readSafetensorsHeader, writeSafetensors } = await import('../lib/formats/safetensors.js');
  const file = path.join(dir, 'kala.safetensors');
  const h = await readSafetensorsHeader(file);
  const bytes = await fsp.readFile(file);
  const tensors = [...h.tensors.values()].sort((a, b) => a.begin - b.begin).map((e) => {
    const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset + e.begin, bytes.byteOffset + e.end));
    edit(e.name, data);
    return { name: e.name, dtype: e.dtype, shape: e.shape, data };
  });
  await writeSafetensors(file, tensors, h.metadata);
}

/** A saved and reloaded copy of `model` whose layer-1 value head scores every token as violating
 *  Law 1, so generation halts at the first token. */
export async function violatingCopy(model: import('../lib/index.js').KalaModel): Promise<import('../lib/index.js').KalaModel> {
  const { KalaModel } = await import('../lib/index.js');
  const dir = path.join(await tmpDir(), 'violating');
  await model.save(dir);
  await editKala(dir, (name, data) => {
    if (name === 'kala.layers.1.value_head.fc2.bias') data[1] = -30;
  });
  return KalaModel.load(dir);
}

/** Debian's python3 with torch, for the float64 reference (../shared/tools/neox_ref.py). */
export const PY = '/usr/bin/python3';
export const NEOX_REF = path.join(SHARED, 'tools', 'neox_ref.py');
export const hasTorch: boolean = (() => {
  try {
    execFileSync(PY, ['-c', 'import torch, numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Counts event-loop turns (setImmediate callbacks) while `work` is pending. */
export async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const spin = () => {
    if (done) return;
    turns++;
    setImmediate(spin);
  };
  setImmediate(spin);
  await work;
  done = true;
  return turns;
}

/** The kernel levels this CPU can run, portable up to its own (KALA_SIMD caps a process to one). */
export async function simdLevels(): Promise<string[]> {
  const { loadCpuAddon } = await import('../lib/native/load.js');
  const all = ['portable', 'avx2', 'avx512'];
  return all.slice(0, all.indexOf((loadCpuAddon().cpuInfo() as { simd: string }).simd) + 1);
}

/** Runs `node ...args` with its kernels capped at `level` (KALA_SIMD) and returns the JSON its last
 *  output line prints: kernel levels are chosen once per process, so each level needs its own. */
export function runAtSimdLevel(level: string, args: string[]): any {
  const text = execFileSync(process.execPath, args, { env: { ...process.env, KALA_SIMD: level }, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(text.trim().split('\n').pop()!);
}

/** `kala-train code-check` on one file of a language (found by its extension): the text report
 *  names `ruleId` with `severity` at `line`, exit code 1, and the SARIF report (--output) validates against the
 *  2.1.0 schema, with the finding at that line and the rule in the driver's rule list. */
export function expectCodeCheckFinding(file: string, source: string, ruleId: string, severity: string, line: number): void {
  const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kala-code-check-'));
  writeFileSync(path.join(dir, file), source);
  const text = spawnSync(process.execPath, [CLI, 'code-check', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(text.status, text.stderr).toBe(1);
  const at = `${file.replace(/\./g, '\\.')}:${line}:\\d+: ${severity} ${ruleId.replace(/\./g, '\\.')} \\(CWE-`;
  expect(text.stdout).toMatch(new RegExp(at));
  const out = path.join(dir, 'out.sarif');
  const s = spawnSync(process.execPath, [CLI, 'code-check', '--format', 'sarif', '--output', out, path.join(dir, file)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(s.status, s.stderr).toBe(1);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  expect(log.runs[0].results[0].ruleId).toBe(ruleId);
  expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(line);
  expect(JSON.stringify(log.runs[0].tool.driver.rules ?? [])).toContain(ruleId);
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  rmSync(dir, { recursive: true, force: true });
}
