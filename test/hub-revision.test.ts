// Hub ids in the local Hugging Face cache: a revision (`id@rev` or { revision }) is a branch or
// tag read from refs/ (Pythia's per-step checkpoints are branches) or a commit under snapshots/;
// and an adapter trained on a hub model records the hub id and revision, not the cache path.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KalaModel, Trainer } from '../lib/index.js';
import { ckpt, tmpDir } from './helpers.js';

const MAIN = 'a'.repeat(40);
const STEP = 'b'.repeat(8) + 'c'.repeat(32);
let cache: string;
const saved = process.env.HF_HUB_CACHE;

beforeAll(async () => {
  cache = await tmpDir('kala-hub-');
  const repo = path.join(cache, 'models--org--tiny');
  await fsp.mkdir(path.join(repo, 'refs'), { recursive: true });
  await fsp.writeFile(path.join(repo, 'refs', 'main'), MAIN);
  await fsp.writeFile(path.join(repo, 'refs', 'step10'), STEP);
  await fsp.cp(ckpt('tiny-kala'), path.join(repo, 'snapshots', MAIN), { recursive: true });
  await fsp.cp(ckpt('tiny-kala'), path.join(repo, 'snapshots', STEP), { recursive: true });
  process.env.HF_HUB_CACHE = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env.HF_HUB_CACHE;
  else process.env.HF_HUB_CACHE = saved;
});

describe('hub revisions', () => {
  it('resolves main, a branch by name or option, and a commit prefix', async () => {
    const cases: [string, { revision?: string }, string][] = [
      ['org/tiny', {}, MAIN],
      ['org/tiny@step10', {}, STEP],
      ['org/tiny', { revision: 'step10' }, STEP],
      [`org/tiny@${STEP.slice(0, 10)}`, {}, STEP],
    ];
    for (const [id, o, commit] of cases) {
      const m = await KalaModel.load(id, o);
      expect(m.path, id).toBe(path.join(cache, 'models--org--tiny', 'snapshots', commit));
      expect(m.hub).toMatchObject({ id: 'org/tiny', commit });
      m.dispose();
    }
  });

  it('a revision that is not in the cache says how to download it', async () => {
    await expect(KalaModel.load('org/tiny@step99')).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND', message: expect.stringMatching(/revision step99 .*--revision step99/) });
    await expect(KalaModel.load('org/tiny@step10', { revision: 'main' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(KalaModel.load('org/tiny', { revision: '../../etc' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('an adapter trained on a hub model records the hub id and revision, and loads its base back', async () => {
    const m = await KalaModel.load('org/tiny@step10');
    const t = new Trainer(m, { lora: { r: 2, dropout: 0 } });
    const dir = path.join(await tmpDir('kala-adapter-'), 'a');
    await t.saveAdapter(dir);
    const cfg = JSON.parse(await fsp.readFile(path.join(dir, 'adapter_config.json'), 'utf8'));
    expect(cfg.base_model_name_or_path).toBe('org/tiny');
    expect(cfg.revision).toBe('step10');
    // an adapter-only directory loads its base at that revision
    const back = await KalaModel.load(dir);
    expect(back.hub).toMatchObject({ id: 'org/tiny', revision: 'step10', commit: STEP });
    for (const x of [m, back]) x.dispose();
  });
});
