// Fresh checkpoints from the float64 reference on every run (random seeds, so no fixture can be
// tuned to): forward, law heads and greedy decoding must agree. Needs Debian's python3-torch
// (.ci/run installs it); skipped where it is missing.
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { NEOX_REF, PY, flat, hasTorch, relError, tmpDir } from './helpers.js';

const REF = NEOX_REF;

const ref = (...args: string[]) => execFileSync(PY, [REF, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });

const VARIANTS: [string, string[]][] = [
  ['tiny kala F32', ['--preset', 'tiny', '--kala']],
  ['tiny-seq kala F16 sharded + buffers', ['--preset', 'tiny-seq', '--kala', '--dtype', 'F16', '--shards', '3', '--buffers']],
  ['tiny BF16 plain', ['--preset', 'tiny', '--dtype', 'BF16']],
  ['pythia-14m kala F16', ['--preset', 'pythia-14m', '--kala', '--dtype', 'F16']],
];

describe.skipIf(!hasTorch)('against neox_ref.py on fresh random checkpoints', () => {
  it.each(VARIANTS)('%s', async (_name, args) => {
    const seed = Math.floor(Math.random() * 1e6);
    const dir = await tmpDir();
    const ckptDir = path.join(dir, 'ckpt');
    ref('make', ckptDir, '--seed', String(seed), ...args);
    const model = await KalaModel.load(ckptDir);
    const V = model.config.vocabSize;
    const T = Math.min(24, model.config.maxPositions);
    const ids = [0, 1].map((b) => Array.from({ length: T }, (_, t) => (seed + b * 7919 + t * 104729) % V));
    await fsp.writeFile(path.join(dir, 'ids.json'), JSON.stringify(ids));
    ref('forward', ckptDir, path.join(dir, 'ids.json'), path.join(dir, 'out.json'));
    const expected = JSON.parse(await fsp.readFile(path.join(dir, 'out.json'), 'utf8'));
    const out = await model.forward(ids);
    expect(relError(out.logits.data, flat(expected.logits)), `seed ${seed}`).toBeLessThan(1e-4);
    if (expected.law_scores) {
      expect(relError(out.lawScores.data, flat(expected.law_scores)), `seed ${seed}`).toBeLessThan(1e-4);
      expect(relError(out.layerLawLogits.data, flat(expected.layer_law_logits)), `seed ${seed}`).toBeLessThan(1e-4);
    }
    await fsp.writeFile(path.join(dir, 'prompt.json'), JSON.stringify([ids[0]!.slice(0, 5)]));
    ref('greedy', ckptDir, path.join(dir, 'prompt.json'), path.join(dir, 'greedy.json'), '8');
    const g = JSON.parse(await fsp.readFile(path.join(dir, 'greedy.json'), 'utf8')) as { tokens: number[]; margins: number[] };
    const r = await model.generate(ids[0]!.slice(0, 5), { maxNewTokens: 8, temperature: 0, monitor: false });
    let n = g.margins.findIndex((m) => m < 1e-4);
    n = n < 0 ? g.tokens.length : n + 1;
    const eos = g.tokens.indexOf(model.config.eosTokenId ?? -1);
    if (eos >= 0 && eos < n) n = eos;
    expect(r.tokens.slice(0, n), `seed ${seed}`).toEqual(g.tokens.slice(0, n));
    model.dispose();
    await fsp.rm(dir, { recursive: true, force: true });
  });
});
