// The package's subpath entries (package.json "exports"): each resolves by the package name, exports
// its part, and the guard entry loads no native code (an app that only judges text needs no binary).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Imports `spec` in a fresh Node (self-reference by package name, from dist/), counting native loads. */
function probe(spec: string): { keys: string[]; dlopens: number } {
  const code = `
    let dlopens = 0;
    const real = process.dlopen;
    process.dlopen = (...a) => { dlopens++; return real.apply(process, a); };
    const m = await import(${JSON.stringify(spec)});
    console.log(JSON.stringify({ keys: Object.keys(m).sort(), dlopens }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

describe('subpath exports', () => {
  it('@kala/engine/guard: the EthicsKernel and its evaluation, without loading the native engine', () => {
    const { keys, dlopens } = probe('@kala/engine/guard');
    for (const k of ['EthicsKernel', 'evaluateKernel', 'renderKernelReportHtml', 'LAWS', 'KalaError', 'KALA_ERROR_CODES']) expect(keys).toContain(k);
    expect(keys).not.toContain('KalaModel');
    expect(dlopens).toBe(0);
  });

  it('@kala/engine/serve, /data and /train export their parts', () => {
    expect(probe('@kala/engine/serve').keys).toEqual(expect.arrayContaining(['createServer', 'startServer', 'OpenAICompatibleClient', 'UnifiedSession', 'KalaError']));
    expect(probe('@kala/engine/data').keys).toEqual(expect.arrayContaining(['generateDataset', 'writeDataset', 'KalaError']));
    expect(probe('@kala/engine/train').keys).toEqual(expect.arrayContaining(['Trainer', 'DEFAULT_LORA', 'readExamples', 'KalaError']));
  });

  it('the root entry still exports the whole API', () => {
    const { keys } = probe('@kala/engine');
    for (const k of ['KalaModel', 'Trainer', 'EthicsMonitor', 'Tensor', 'Tokenizer', 'LAWS', 'EthicsKernel', 'UnifiedSession', 'createServer', 'generateDataset']) expect(keys).toContain(k);
  });
});
