// The GGUF writer of the llama.cpp peer (bench/gguf.js): a tiny random GPT-NeoX checkpoint written
// to GGUF is read back by node-llama-cpp's own parser, and llama.cpp's logits on it match ours on the
// safetensors it came from (F32 and F16 to 1e-3 of the logit range with llama.cpp's attention in F32,
// 1e-2 with its F16 flash attention; Q8_0 against our int8 to 3e-2). Needs the
// Pythia tokenizer in ../shared (skipped without it) and node-llama-cpp's prebuilt CPU binary; no
// network, no build.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KalaModel, Tokenizer } from '../lib/index.js';
import { convertGptNeox, f16ToF32, f32ToF16, PYTHIA_TOKENIZER, qkvToLlama, toQ8_0 } from '../bench/gguf.js';
import { makeNeoxCheckpoint, neoxConfig } from '../bench/gguf-checkpoint.js';
import { checkIds, compareLogits, getLlamaCpu, kalaLastLogits, llamaLogProbs, openLlama } from '../bench/llama-peer.js';

describe('GGUF encodings', () => {
  it('f16 rounds to nearest even, keeps subnormals, overflows to infinity', () => {
    // exact: 0, 1, -2.5, the largest half, the smallest normal and subnormal ones
    for (const x of [0, 1, -2.5, 65504, 2 ** -14, 2 ** -24, 3 * 2 ** -24]) expect(f16ToF32(f32ToF16(x))).toBe(x);
    // rounded: within half a unit in the last place (2^-11 relative)
    for (const x of [0.1, -1 / 3, 1234.567, -7e-3]) expect(Math.abs(f16ToF32(f32ToF16(x)) - x)).toBeLessThanOrEqual(Math.abs(x) * 2 ** -11);
    expect(f32ToF16(1 + 2 ** -11)).toBe(0x3c00); // a tie goes to the even mantissa
    expect(f32ToF16(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(f32ToF16(1e6)).toBe(0x7c00);
    expect(f32ToF16(-0)).toBe(0x8000);
  });

  it('Q8_0 blocks: an f16 scale max|x|/127 and 32 rounded int8', () => {
    const f = Float32Array.from({ length: 64 }, (_, i) => (i - 20) / 8);
    const q = toQ8_0(f);
    expect(q.length).toBe(2 * 34);
    const v = new DataView(q.buffer);
    const d0 = f16ToF32(v.getUint16(0, true));
    expect(d0).toBeCloseTo(2.5 / 127, 4);
    expect(v.getInt8(2)).toBe(-127);
    for (let i = 0; i < 64; i++) {
      const d = f16ToF32(v.getUint16((i >> 5) * 34, true));
      expect(Math.abs(v.getInt8((i >> 5) * 34 + 2 + (i & 31)) * d - f[i])).toBeLessThan(d);
    }
  });

  it('fused qkv rows go from [head][q|k|v][dim] to [q|k|v][head][dim]', () => {
    const heads = 2, d = 3, cols = 2;
    const src = Float32Array.from({ length: 3 * heads * d * cols }, (_, i) => i);
    const out = qkvToLlama(src, heads, d, cols);
    // row (head 1, k, dim 2) = 1*9 + 3 + 2 = 14 goes to row k*6 + 1*3 + 2 = 11
    expect(Array.from(out.subarray(11 * cols, 12 * cols))).toEqual([28, 29]);
    expect([...out].sort((a, b) => a - b)).toEqual([...src]);
  });
});

describe.skipIf(!existsSync(PYTHIA_TOKENIZER))('GGUF through llama.cpp', () => {
  const config = neoxConfig({ hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, intermediate_size: 256, vocab_size: 50304, max_position_embeddings: 256 });
  let dir: string;
  let ck: { f32: string; f16: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kala-gguf-'));
    ck = await makeNeoxCheckpoint(path.join(dir, 'ckpt'), config, { seed: 7 });
  });
  afterAll(async () => {
    await (await getLlamaCpu()).dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a GGUF that node-llama-cpp parses: gptneox hparams, Pythia vocabulary, tensor layout', async () => {
    const { readGgufFileInfo } = await import('node-llama-cpp');
    const out = path.join(dir, 'q8.gguf');
    await convertGptNeox({ dir: ck.f32, out, type: 'Q8_0' });
    const info = await readGgufFileInfo(out, { readTensorInfo: true });
    const md = info.metadata as unknown as Record<string, Record<string, unknown>>;
    expect(info.version).toBe(3);
    expect(md.general!.architecture).toBe('gptneox');
    expect(md.gptneox).toMatchObject({ context_length: 256, embedding_length: 64, block_count: 2, feed_forward_length: 256, use_parallel_residual: true, rope: { dimension_count: 4, freq_base: 10000 }, attention: { head_count: 4 } });
    const tok = (md.tokenizer as { ggml: { model: string; tokens: string[]; merges: string[] } }).ggml;
    expect(tok.model).toBe('gpt2');
    expect(tok.tokens.length).toBe(50304);
    expect(tok.tokens[0]).toBe('<|endoftext|>');
    expect(tok.merges.length).toBeGreaterThan(40000);
    const t = new Map(info.fullTensorInfo!.map((x) => [x.name, x]));
    expect(t.size).toBe(4 + 12 * 2); // embeddings, final norm and output; 12 a layer
    expect(t.get('blk.1.attn_qkv.weight')!.dimensions.map(Number)).toEqual([64, 192]);
    expect(t.get('token_embd.weight')!.dimensions.map(Number)).toEqual([64, 50304]);
    expect(t.get('blk.0.ffn_up.bias')!.ggmlType).toBe(0); // F32
    expect(t.get('output.weight')!.ggmlType).toBe(8); // Q8_0
  });

  // tolerances as fractions of the logit range, llama.cpp's attention in F32 / with its defaults
  // (F16 flash attention); measured: F32 and F16 ~1e-4 / ~2e-4, Q8_0 (against our per-row int8) ~7e-3
  it("llama.cpp tokenizes text with the GGUF's vocabulary as our Tokenizer does", async () => {
    const out = path.join(dir, 'q8.gguf'); // written by the test above
    if (!existsSync(out)) await convertGptNeox({ dir: ck.f32, out, type: 'Q8_0' });
    const model = await (await getLlamaCpu()).loadModel({ modelPath: out, gpuLayers: 0 });
    try {
      const tok = await Tokenizer.fromFile(PYTHIA_TOKENIZER);
      for (const text of ["Hello, world! It's 2026; numbers 12345 and   spaces\n\nnew lines.", 'def f(x):\n    return x**2  # comment', 'Ünïcödé — “quotes” 🙂 <|endoftext|>'])
        expect(Array.from(model.tokenize(text, true))).toEqual(Array.from(await tok.encode(text)));
    } finally {
      await model.dispose();
    }
  });

  it('with the GELU out of play, llama.cpp in F32 computes our logits to float rounding', async () => {
    // everything but the GELU (which llama.cpp approximates) takes part: layout, biases, rotary, norms
    const nomlp = await makeNeoxCheckpoint(path.join(dir, 'nomlp'), config, { seed: 7, zero: /dense_h_to_4h/ });
    const out = path.join(dir, 'nomlp.gguf');
    await convertGptNeox({ dir: nomlp.f32, out, type: 'F32' });
    const ll = await openLlama(out, { threads: [2], contextSize: 256, batchSize: 256 });
    const ours = await KalaModel.load(nomlp.f32, { device: 'cpu', tokenizer: false });
    try {
      const ids = checkIds(20, config.vocab_size);
      const cmp = compareLogits(await kalaLastLogits(ours, ids), await llamaLogProbs(ll.exact.seq, ids, config.vocab_size));
      expect(cmp.range).toBeGreaterThan(10);
      expect(cmp.relative).toBeLessThan(1e-5); // measured ~2e-7
    } finally {
      ours.dispose();
      await ll.dispose();
    }
  });

  for (const [type, src, load, exact, dflt] of [
    ['F32', 'f32', {}, 1e-3, 1e-2],
    ['F16', 'f16', {}, 1e-3, 1e-2],
    ['Q8_0', 'f32', { quantize: 'int8' }, 3e-2, 3e-2],
  ] as const) {
    it(`llama.cpp's logits on the ${type} GGUF match ours on the same weights`, async () => {
      const out = path.join(dir, `${type}.gguf`);
      await convertGptNeox({ dir: ck[src], out, type });
      const ll = await openLlama(out, { threads: [2], contextSize: 256, batchSize: 256 });
      const ours = await KalaModel.load(ck[src], { ...load, device: 'cpu', tokenizer: false });
      try {
        const ids = checkIds(20, config.vocab_size);
        const z = await kalaLastLogits(ours, ids);
        for (const [seq, tolerance] of [[ll.exact.seq, exact], [ll.contexts.get(2)!.seq, dflt]] as const) {
          const cmp = compareLogits(z, await llamaLogProbs(seq, ids, config.vocab_size));
          expect(cmp.compared).toBe(config.vocab_size);
          expect(cmp.range).toBeGreaterThan(10); // logits spread like a trained model's, not flat
          expect(cmp.relative).toBeLessThan(tolerance);
          expect(cmp.sameTop).toBe(true);
        }
      } finally {
        ours.dispose();
        await ll.dispose();
      }
    });
  }
});
