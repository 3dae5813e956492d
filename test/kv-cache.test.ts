// Incremental decoding over the KV cache (keys, values and the law bias phi per layer) gives the
// same tokens and law scores as recomputing the whole sequence.
import { describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { ckpt, refJson, relError, tinyConfig } from './helpers.js';

async function checkAgainstRecompute(model: KalaModel, prompt: number[], n: number) {
  const r = await model.generate(prompt, { maxNewTokens: n, temperature: 0, monitor: false });
  expect(r.tokens.length).toBeGreaterThan(0);
  const seq = [...prompt, ...r.tokens];
  const full = await model.forward([seq]);
  const V = model.config.vocabSize;
  for (let i = 0; i < r.tokens.length; i++) {
    // the token generated at step i is the argmax of the full pass at the position before it
    const pos = prompt.length + i - 1;
    const row = full.logits.data.subarray(pos * V, (pos + 1) * V);
    let best = 0;
    for (let v = 1; v < V; v++) if (row[v]! > row[best]!) best = v;
    expect(r.tokens[i]).toBe(best);
    // its law scores (computed when the cache fed it back in) match the full pass at its position
    const at = prompt.length + i;
    const fullScores = Array.from(full.lawScores.data.subarray(at * 5, at * 5 + 5));
    expect(relError(r.lawScores[i]!, fullScores)).toBeLessThan(1e-5);
  }
}

describe('KV cache', () => {
  it('matches full recomputation on a KALA checkpoint (parallel residual, law bias on)', async () => {
    const model = await KalaModel.load(ckpt('tiny-kala'));
    await checkAgainstRecompute(model, refJson('prompt.json')[0], 20);
    model.dispose();
  });

  it('matches full recomputation with sequential residual and BF16 weights', async () => {
    const model = await KalaModel.load(ckpt('tiny-seq-kala-bf16'));
    await checkAgainstRecompute(model, [3, 9, 27, 1, 40], 20);
    model.dispose();
  });

  it('matches full recomputation on a random model with no eos in reach', async () => {
    const model = KalaModel.create(tinyConfig({ eos_token_id: 100, bos_token_id: 100 }), { seed: 7 });
    await checkAgainstRecompute(model, [5, 6, 7, 8, 9, 10, 11], 40);
    model.dispose();
  });

  it('stops with length at max_position_embeddings', async () => {
    const model = KalaModel.create(tinyConfig({ max_position_embeddings: 12, eos_token_id: 100, bos_token_id: 100 }), { seed: 7 });
    const r = await model.generate([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { maxNewTokens: 50, monitor: false });
    expect(r.stopReason).toBe('length');
    expect(r.tokens.length).toBe(2);
    model.dispose();
  });
});
