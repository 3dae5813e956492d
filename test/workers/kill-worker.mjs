// A writer for the kill tests: writes one version of an artifact, and is killed by the
// KALA_TEST_KILL_AT hook at the write boundary the test chose. Run from the compiled package.
//   node kill-worker.mjs <model|adapter|checkpoint|data> <dir> <version>
import { KalaModel, Trainer, generateDataset, writeDataset } from '../../dist/index.js';

const [kind, dir, v] = process.argv.slice(2);
const version = Number(v);
const config = {
  hidden_size: 16, num_hidden_layers: 1, num_attention_heads: 2, intermediate_size: 32, vocab_size: 50,
  max_position_embeddings: 16, rotary_pct: 0.5, eos_token_id: 0, bos_token_id: 0, kala: { value_head_dim: 4 },
};
const batch = { inputIds: [[1, 5, 9, 3], [4, 4, 8, 1]] };

if (kind === 'model') {
  await KalaModel.create(config, { seed: version }).save(dir);
} else if (kind === 'adapter') {
  const trainer = new Trainer(KalaModel.create(config, { seed: version }), { lora: { r: 2, dropout: 0 }, seed: version });
  await trainer.saveAdapter(dir);
} else if (kind === 'checkpoint') {
  // version 1: one step from scratch; version 2: resumes version 1 and takes one more step
  const trainer = new Trainer(KalaModel.create(config, { seed: 1 }), { lora: { r: 2, dropout: 0 }, seed: 3, ...(version > 1 ? { resume: dir } : {}) });
  await trainer.step(batch);
  await trainer.saveCheckpoint(dir);
} else if (kind === 'data') {
  await writeDataset(dir, generateDataset({ size: 20, validationSize: 8, seed: version }));
} else {
  throw new Error(`unknown kind ${kind}`);
}
