// save() writes a checkpoint's data sections from native memory (NativeModel.appendTensors,
// csrc/checkpoint_writer.cpp) instead of copying each tensor into JS: what it appends is each
// tensor's getTensor bytes, the file loads back bit-identically, and a write that fails is an
// IO_ERROR naming the file, never a crash.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { loadCpuAddon } from '../lib/native/load.js';
import { nativeConfig } from '../lib/formats/config.js';
import { tinyConfig, tmpDir } from './helpers.js';

describe('save: tensors go to disk natively', () => {
  it('a saved checkpoint loads back bit-identically (f32 and int8)', async () => {
    const ids = [[1, 2, 3, 4, 5]];
    const src = KalaModel.create(tinyConfig(), { seed: 11 });
    const srcDir = path.join(await tmpDir(), 'src');
    await src.save(srcDir);
    for (const quantize of [undefined, 'int8'] as const) {
      const m = quantize ? await KalaModel.load(srcDir, { quantize }) : src;
      const dir = path.join(await tmpDir(), 'm');
      await m.save(dir);
      const back = await KalaModel.load(dir);
      expect((await back.forward(ids)).logits.data).toEqual((await m.forward(ids)).logits.data);
      back.dispose();
      if (m !== src) m.dispose();
    }
    src.dispose();
  });

  it('appendTensors: an unwritable file is IO_ERROR naming it; an unknown tensor is rejected; nothing crashes', async () => {
    const m = KalaModel.create(tinyConfig(), { seed: 12 });
    const nm = new (loadCpuAddon().NativeModel)(nativeConfig(m.config));
    await nm.initRandom(12, 0.02);
    const dir = await tmpDir();
    const missing = path.join(dir, 'no-such-dir', 'x.safetensors');
    await expect(nm.appendTensors(missing, ['gpt_neox.embed_in.weight'])).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining(missing) });
    const file = path.join(dir, 'x.bin');
    await fsp.writeFile(file, '');
    await expect(nm.appendTensors(file, ['no.such.tensor'])).rejects.toMatchObject({ code: expect.stringMatching(/^TENSOR_MISSING|INVALID_ARGUMENT$/) });
    await nm.appendTensors(file, ['gpt_neox.embed_in.weight']);
    const embed = await nm.getTensor('gpt_neox.embed_in.weight');
    expect(new Uint8Array(await fsp.readFile(file))).toEqual(new Uint8Array(embed.data));
    expect(() => nm.appendTensors(file as unknown as string, 'x' as unknown as string[])).toThrow(/appendTensors\(path: string, names: string\[\]\)/);
    nm.dispose();
    m.dispose();
  });
});
