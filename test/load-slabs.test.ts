// The native loader reads a tensor that it converts or packs through a bounded slab buffer, a
// slab of rows at a time (f32 and embedding tensors go straight into their storage). A load with
// tiny slabs (KALA_TEST_LOAD_SLAB_BYTES, test-only) must give every parameter the bytes that a
// load in one slab gives, for every file dtype, quantized or not.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { NATIVE } from '../lib/internal.js';
import { readSafetensorsHeader } from '../lib/formats/safetensors.js';
import { ckpt, tmpDir } from './helpers.js';

const SLAB_ENV = 'KALA_TEST_LOAD_SLAB_BYTES';

async function parameters(dir: string, options: { quantize?: 'int8' }, slabBytes?: number): Promise<Map<string, Buffer>> {
  if (slabBytes === undefined) delete process.env[SLAB_ENV];
  else process.env[SLAB_ENV] = String(slabBytes);
  const model = await KalaModel.load(dir, { tokenizer: false, ...options });
  const h = model[NATIVE]().handle;
  const out = new Map<string, Buffer>();
  for (const name of h.storageNames() as string[]) out.set(name, Buffer.from((await h.getTensor(name)).data as ArrayBuffer));
  model.dispose();
  return out;
}

async function int8Checkpoint(): Promise<string> {
  const q = await KalaModel.load(ckpt('tiny-kala'), { quantize: 'int8' });
  const dir = path.join(await tmpDir(), 'int8');
  await q.save(dir);
  q.dispose();
  return dir;
}

describe('loading through small slabs', () => {
  afterEach(() => {
    delete process.env[SLAB_ENV];
  });

  const cases: [string, () => Promise<string>][] = [
    ['F32', async () => ckpt('tiny-kala')],
    ['F16 (sharded)', async () => ckpt('tiny-f16-sharded')],
    ['BF16', async () => ckpt('tiny-seq-kala-bf16')],
    ['I8 with scales', int8Checkpoint],
  ];
  for (const [label, dirOf] of cases) {
    for (const quantize of [undefined, 'int8'] as const) {
      it(`${label}${quantize ? ", quantize 'int8'" : ''}: 64-byte slabs give the same parameters as one slab`, async () => {
        const dir = await dirOf();
        const whole = await parameters(dir, { quantize });
        // 64 bytes: each linear weight goes one sliver of rows at a time, each converted
        // vector 32 or 16 elements at a time, each direct read in 64-byte pieces
        const sliced = await parameters(dir, { quantize }, 64);
        expect([...sliced.keys()]).toEqual([...whole.keys()]);
        const differ = [...whole].filter(([name, bytes]) => !bytes.equals(sliced.get(name)!)).map(([name]) => name);
        expect(differ).toEqual([]);
      });
    }
  }

  it('converts and keeps the file values (BF16 checkpoint, slabs smaller than a tensor)', async () => {
    const dir = ckpt('tiny-seq-kala-bf16');
    const file = path.join(dir, 'model.safetensors');
    const header = await readSafetensorsHeader(file);
    const bytes = await fsp.readFile(file);
    const loaded = await parameters(dir, {}, 64);
    const fileBytes = (name: string) => {
      const e = header.tensors.get(name)!;
      expect(e.dtype).toBe('BF16');
      return bytes.subarray(e.begin, e.end);
    };
    // a bias [3H] is stored f32: each value is its bf16 bits shifted up
    const bias = 'gpt_neox.layers.1.attention.query_key_value.bias';
    const raw = fileBytes(bias);
    const want = Buffer.alloc(raw.length * 2);
    for (let i = 0; i < raw.length / 2; i++) want.writeUInt32LE(raw.readUInt16LE(2 * i) << 16 >>> 0, 4 * i);
    expect(loaded.get(bias)!.equals(want)).toBe(true);
    // linear weights and the embedding keep their dtype: unpacked, they are the file's bytes
    for (const name of ['gpt_neox.layers.1.mlp.dense_4h_to_h.weight', 'embed_out.weight', 'gpt_neox.embed_in.weight'])
      expect(loaded.get(name)!.equals(fileBytes(name)), name).toBe(true);
  });
});
