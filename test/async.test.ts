// Heavy native work runs on worker threads: the event loop keeps turning during a long forward,
// a load and a generation.
import { describe, expect, it } from 'vitest';
import { KalaModel } from '../lib/index.js';
import { tinyConfig, turnsDuring } from './helpers.js';

describe('event loop', () => {
  it('keeps running during a long forward pass', async () => {
    const model = KalaModel.create(
      tinyConfig({ hidden_size: 256, num_hidden_layers: 4, num_attention_heads: 4, intermediate_size: 1024, vocab_size: 4096, max_position_embeddings: 512 }),
      { seed: 1 },
    );
    const ids = Array.from({ length: 4 }, (_, b) => Array.from({ length: 512 }, (_, t) => (b * 977 + t * 31) % 4096));
    await model.forward([[1]]); // weights drawn
    const start = process.hrtime.bigint();
    const turns = await turnsDuring(model.forward(ids));
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // a blocked loop would run the spinner at most once; a free one turns many times per ms of work
    expect(turns).toBeGreaterThan(Math.min(10, ms / 2));
    model.dispose();
  });

  it('keeps running while weights are initialised and during generation', async () => {
    const model = KalaModel.create(tinyConfig({ hidden_size: 256, num_hidden_layers: 4, num_attention_heads: 4, intermediate_size: 1024, vocab_size: 4096 }), { seed: 2 });
    expect(await turnsDuring(model.generate([1, 2, 3], { maxNewTokens: 16, monitor: false }))).toBeGreaterThan(5);
    model.dispose();
  });
});
