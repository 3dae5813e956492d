// model.save writes an HF-layout KALA checkpoint atomically that loads back bit-identically.
import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KalaModel, KalaError } from '../lib/index.js';
import { readSafetensorsHeader } from '../lib/formats/safetensors.js';
import { copyCkpt, ckpt, refJson, tinyConfig, tmpDir } from './helpers.js';

const ids: number[][] = refJson('ids.json');

async function roundTrip(model: KalaModel) {
  const dir = path.join(await tmpDir(), 'saved');
  await model.save(dir);
  const back = await KalaModel.load(dir);
  const [a, b] = [await model.forward(ids), await back.forward(ids)];
  expect(Buffer.from(b.logits.data.buffer).equals(Buffer.from(a.logits.data.buffer))).toBe(true);
  expect(Buffer.from(b.lawScores.data.buffer).equals(Buffer.from(a.lawScores.data.buffer))).toBe(true);
  expect(Buffer.from(b.layerLawLogits.data.buffer).equals(Buffer.from(a.layerLawLogits.data.buffer))).toBe(true);
  back.dispose();
  return dir;
}

describe('save and load', () => {
  it('round-trips a sharded F16 Pythia checkpoint bit-identically, in its own dtype, with a kala section', async () => {
    const model = await KalaModel.load(ckpt('tiny-f16-sharded'));
    const dir = await roundTrip(model);
    const files = (await fsp.readdir(dir)).sort();
    expect(files).toEqual(['config.json', 'kala.safetensors', 'model.safetensors']);
    const cfg = JSON.parse(await fsp.readFile(path.join(dir, 'config.json'), 'utf8'));
    expect(cfg.kala.law_weights).toEqual([5, 4, 3, 2, 1]);
    expect(cfg.kala.law_names).toHaveLength(5);
    const base = await readSafetensorsHeader(path.join(dir, 'model.safetensors'));
    expect(base.tensors.get('gpt_neox.layers.0.attention.query_key_value.weight')!.dtype).toBe('F16');
    expect([...base.tensors.keys()].some((n) => n.startsWith('kala.'))).toBe(false);
    const kala = await readSafetensorsHeader(path.join(dir, 'kala.safetensors'));
    expect(kala.tensors.get('kala.aggregator.layer_logits')!.shape).toEqual([model.config.numLayers + 1]);
    model.dispose();
  });

  it('round-trips a KALA checkpoint and a freshly created model', async () => {
    const a = await KalaModel.load(ckpt('tiny-kala'));
    await roundTrip(a);
    a.dispose();
    const b = KalaModel.create(tinyConfig({ vocab_size: 97 }), { seed: 3 });
    await roundTrip(b);
    b.dispose();
  });

  it('replaces an existing checkpoint in place, keeping unrelated files and dropping stale shards', async () => {
    const dir = path.join(await tmpDir(), 'ckpt');
    await fsp.cp(ckpt('tiny-f16-sharded'), dir, { recursive: true });
    await fsp.writeFile(path.join(dir, 'README.md'), 'notes');
    const model = await KalaModel.load(dir);
    await model.save(dir);
    const files = (await fsp.readdir(dir)).sort();
    expect(files).toEqual(['README.md', 'config.json', 'kala.safetensors', 'model.safetensors']);
    const again = await KalaModel.load(dir);
    expect((await again.forward(ids)).logits.data).toEqual((await model.forward(ids)).logits.data);
    again.dispose();
    model.dispose();
  });

  it('leaves nothing behind when it cannot write', async () => {
    const root = await tmpDir();
    const blocker = path.join(root, 'file');
    await fsp.writeFile(blocker, 'not a directory');
    const model = KalaModel.create(tinyConfig(), { seed: 1 });
    await expect(model.save(blocker)).rejects.toBeInstanceOf(KalaError);
    expect((await fsp.readdir(root)).sort()).toEqual(['file']);
    expect(await fsp.readFile(blocker, 'utf8')).toBe('not a directory');
    await expect(model.save(path.join(blocker, 'sub'))).rejects.toBeInstanceOf(KalaError);
    expect(existsSync(path.join(blocker, 'sub'))).toBe(false);
    model.dispose();
  });

  it('rejects index shard names that are not plain file names with a FormatError, never a raw EISDIR', async () => {
    const dir = await copyCkpt('tiny-f16-sharded');
    const indexPath = path.join(dir, 'model.safetensors.index.json');
    const index = JSON.parse(await fsp.readFile(indexPath, 'utf8'));
    const first = Object.keys(index.weight_map)[0]!;
    await fsp.mkdir(path.join(dir, 'sub'));
    for (const shard of ['', '.', '..', '/etc/hostname', '../model.safetensors', 'sub/x.safetensors', 'a\\b', 'sub']) {
      await fsp.writeFile(indexPath, JSON.stringify({ ...index, weight_map: { ...index.weight_map, [first]: shard } }));
      const err = await KalaModel.load(dir).catch((e) => e);
      expect(err, JSON.stringify(shard)).toBeInstanceOf(KalaError);
      expect(err.code, JSON.stringify(shard)).toBe('SAFETENSORS_HEADER');
      expect(err.message).toContain(dir);
    }
  });
});
