// Every bad input of the engine foundation raises a KalaError with a stable code; nothing crashes.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FormatError, InputError, KalaError, KalaModel, NotFoundError } from '../lib/index.js';
import { ckpt, copyCkpt, tinyConfig, tmpDir } from './helpers.js';

/** Rewrites a safetensors file's header JSON (data bytes kept as they are). */
async function mutateHeader(file: string, mutate: (h: Record<string, any>) => void): Promise<void> {
  const buf = await fsp.readFile(file);
  const n = Number(buf.readBigUInt64LE(0));
  const header = JSON.parse(buf.subarray(8, 8 + n).toString());
  mutate(header);
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(json.length));
  await fsp.writeFile(file, Buffer.concat([len, json, buf.subarray(8 + n)]));
}

/** Rewrites a safetensors file without one tensor (offsets recomputed, so the file stays valid). */
async function dropTensor(file: string, name: string): Promise<void> {
  const buf = await fsp.readFile(file);
  const n = Number(buf.readBigUInt64LE(0));
  const header = JSON.parse(buf.subarray(8, 8 + n).toString());
  const out: Record<string, any> = {};
  const parts: Buffer[] = [];
  let off = 0;
  for (const [k, v] of Object.entries<any>(header)) {
    if (k === '__metadata__' || k === name) continue;
    const data = buf.subarray(8 + n + v.data_offsets[0], 8 + n + v.data_offsets[1]);
    out[k] = { ...v, data_offsets: [off, off + data.length] };
    parts.push(data);
    off += data.length;
  }
  const json = Buffer.from(JSON.stringify(out));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(json.length));
  await fsp.writeFile(file, Buffer.concat([len, json, ...parts]));
}

async function expectCode(p: Promise<unknown>, codes: string | string[], cls: Function = KalaError) {
  const err = await p.then(
    () => undefined,
    (e) => e,
  );
  expect(err, 'expected a rejection').toBeInstanceOf(cls);
  expect([codes].flat()).toContain((err as KalaError).code);
  expect((err as Error).message.length).toBeGreaterThan(10);
}

const QKV = 'gpt_neox.layers.0.attention.query_key_value.weight';

describe('bad checkpoints', () => {
  it('truncated file', async () => {
    const dir = await copyCkpt('tiny-kala');
    const f = path.join(dir, 'model.safetensors');
    const { size } = await fsp.stat(f);
    await fsp.truncate(f, Math.floor(size / 2));
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_TRUNCATED', FormatError);
    await fsp.truncate(f, 5);
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_TRUNCATED', FormatError);
  });

  it('header length past the end of the file, or over 100 MB', async () => {
    const dir = await copyCkpt('tiny-kala');
    const f = path.join(dir, 'model.safetensors');
    const buf = await fsp.readFile(f);
    buf.writeBigUInt64LE(BigInt(buf.length), 0);
    await fsp.writeFile(f, buf);
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_TRUNCATED', FormatError);
    buf.writeBigUInt64LE(200_000_000n, 0);
    await fsp.writeFile(f, buf);
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_HEADER', FormatError);
  });

  it('header that is not JSON', async () => {
    const dir = await copyCkpt('tiny-kala');
    const f = path.join(dir, 'model.safetensors');
    const buf = await fsp.readFile(f);
    buf.write('}', 8);
    await fsp.writeFile(f, buf);
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_HEADER', FormatError);
  });

  it('overlapping offsets', async () => {
    const dir = await copyCkpt('tiny-kala');
    await mutateHeader(path.join(dir, 'model.safetensors'), (h) => {
      const [a, b] = h[QKV].data_offsets;
      h[QKV].data_offsets = [a - 8, b - 8];
    });
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_OFFSETS', FormatError);
  });

  it('out-of-range offsets', async () => {
    const dir = await copyCkpt('tiny-kala');
    await mutateHeader(path.join(dir, 'model.safetensors'), (h) => {
      const [a, b] = h[QKV].data_offsets;
      h[QKV].data_offsets = [a + 1e9, b + 1e9];
    });
    await expectCode(KalaModel.load(dir), ['SAFETENSORS_OFFSETS', 'SAFETENSORS_TRUNCATED'], FormatError);
  });

  it('byte size that does not match dtype x shape', async () => {
    const dir = await copyCkpt('tiny-kala');
    await mutateHeader(path.join(dir, 'model.safetensors'), (h) => {
      h[QKV].shape = [h[QKV].shape[0], h[QKV].shape[1] - 1];
    });
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_SIZE', FormatError);
  });

  it('unknown dtype, and a dtype the engine cannot use', async () => {
    const dir = await copyCkpt('tiny-kala');
    const f = path.join(dir, 'model.safetensors');
    await mutateHeader(f, (h) => (h[QKV].dtype = 'F99'));
    await expectCode(KalaModel.load(dir), 'SAFETENSORS_DTYPE', FormatError);
    await mutateHeader(f, (h) => (h[QKV].dtype = 'I32')); // same byte size, wrong kind
    await expectCode(KalaModel.load(dir), 'TENSOR_DTYPE', FormatError);
  });

  it('shape that contradicts config.json', async () => {
    const dir = await copyCkpt('tiny-kala');
    await mutateHeader(path.join(dir, 'model.safetensors'), (h) => {
      h[QKV].shape = [h[QKV].shape[1], h[QKV].shape[0]]; // same bytes, transposed
    });
    await expectCode(KalaModel.load(dir), 'CONFIG_MISMATCH', FormatError);
  });

  it('config.json that contradicts the weights', async () => {
    for (const change of [{ hidden_size: 96 }, { num_hidden_layers: 2 }, { vocab_size: 98 }, { intermediate_size: 128 }]) {
      const dir = await copyCkpt('tiny-kala');
      const cfgPath = path.join(dir, 'config.json');
      const cfg = JSON.parse(await fsp.readFile(cfgPath, 'utf8'));
      await fsp.writeFile(cfgPath, JSON.stringify({ ...cfg, ...change }));
      await expectCode(KalaModel.load(dir), 'CONFIG_MISMATCH', FormatError);
    }
  });

  it('invalid config.json', async () => {
    const dir = await copyCkpt('tiny-kala');
    await fsp.writeFile(path.join(dir, 'config.json'), '{"hidden_size": "big"');
    await expectCode(KalaModel.load(dir), 'CONFIG_INVALID', FormatError);
    await fsp.writeFile(path.join(dir, 'config.json'), JSON.stringify({ hidden_size: 64, num_attention_heads: 5 }));
    await expectCode(KalaModel.load(dir), 'CONFIG_INVALID', FormatError);
  });

  it('missing tensor', async () => {
    for (const name of [QKV, 'kala.layers.1.attention_law_gain']) {
      const dir = await copyCkpt('tiny-kala');
      await dropTensor(path.join(dir, 'model.safetensors'), name);
      // a KALA checkpoint must have all of its kala.* tensors; only plain Pythia may have none
      await expectCode(KalaModel.load(dir), 'TENSOR_MISSING', FormatError);
    }
  });

  it('sharded index that points at the wrong shard', async () => {
    const dir = await copyCkpt('tiny-f16-sharded');
    const ip = path.join(dir, 'model.safetensors.index.json');
    const index = JSON.parse(await fsp.readFile(ip, 'utf8'));
    const files = [...new Set(Object.values<string>(index.weight_map))];
    index.weight_map[QKV] = files.find((f) => f !== index.weight_map[QKV]);
    await fsp.writeFile(ip, JSON.stringify(index));
    await expectCode(KalaModel.load(dir), 'TENSOR_MISSING', FormatError);
  });

  it('missing directory and missing hub model', async () => {
    await expectCode(KalaModel.load('/nonexistent/model-dir'), 'MODEL_NOT_FOUND', NotFoundError);
    process.env.HF_HOME = await tmpDir();
    const err = await KalaModel.load('EleutherAI/pythia-70m').catch((e) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.code).toBe('MODEL_NOT_FOUND');
    expect(err.message).toMatch(/download/);
    const dir = await tmpDir();
    await expectCode(KalaModel.load(dir), 'MODEL_NOT_FOUND', NotFoundError);
  });
  afterEach(() => {
    delete process.env.HF_HOME;
  });
});

describe('bad arguments', () => {
  it('token id outside the vocabulary', async () => {
    const model = KalaModel.create(tinyConfig({ vocab_size: 50 }), { seed: 1 });
    await expectCode(model.forward([[1, 2, 50]]), 'TOKEN_OUT_OF_RANGE', InputError);
    await expectCode(model.forward([[1, -1]]), 'TOKEN_OUT_OF_RANGE', InputError);
    await expectCode(model.forward([[1, 2.5]]), 'TOKEN_OUT_OF_RANGE', InputError);
    await expectCode(model.generate([3, 99]), 'TOKEN_OUT_OF_RANGE', InputError);
    model.dispose();
  });

  it('unknown device or GPU precision', async () => {
    expect(() => KalaModel.create(tinyConfig(), { precision: 'f64' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => KalaModel.create(tinyConfig(), { device: 'tpu' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    await expectCode(KalaModel.load(ckpt('tiny-kala'), { precision: 'fp8' as never }), 'INVALID_ARGUMENT', InputError);
  });

  it('sequence past max_position_embeddings', async () => {
    const model = KalaModel.create(tinyConfig({ max_position_embeddings: 16 }), { seed: 1 });
    await expectCode(model.forward([Array(17).fill(1)]), 'SEQUENCE_TOO_LONG', InputError);
    await expectCode(model.generate(Array(17).fill(1)), 'SEQUENCE_TOO_LONG', InputError);
    model.dispose();
  });

  it('ragged or empty batches and bad options', async () => {
    const model = KalaModel.create(tinyConfig(), { seed: 1 });
    await expectCode(model.forward([[1, 2], [3]]), 'INVALID_ARGUMENT', InputError);
    await expectCode(model.forward([]), 'INVALID_ARGUMENT', InputError);
    await expectCode(model.generate([1], { temperature: -1 }), 'INVALID_ARGUMENT', InputError);
    await expectCode(model.generate([1], { topP: 0 }), 'INVALID_ARGUMENT', InputError);
    await expectCode(model.generate([1], { maxNewTokens: 1.5 }), 'INVALID_ARGUMENT', InputError);
    await expectCode(model.generate('text needs a tokenizer'), 'TOKENIZER_MISSING');
    model.dispose();
  });

  it('use after dispose', async () => {
    const model = KalaModel.create(tinyConfig(), { seed: 1 });
    model.dispose();
    expect(model.disposed).toBe(true);
    await expectCode(model.forward([[1]]), 'DISPOSED');
    await expectCode(model.generate([1]), 'DISPOSED');
    await expectCode(model.save(await tmpDir()), 'DISPOSED');
    model.dispose(); // idempotent
  });

  it('an aborted load rejects with ABORTED', async () => {
    const ac = new AbortController();
    ac.abort();
    await expectCode(KalaModel.load(path.resolve('test/fixtures/ckpt/tiny-kala'), { signal: ac.signal }), 'ABORTED');
  });
});
