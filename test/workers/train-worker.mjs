// A training process for the resume test: trains a fixed tiny model on a JSONL file,
// checkpointing every 2 steps, logging every step's loss. Run from the compiled package.
//   node train-worker.mjs <tokenizer.json> <data.jsonl> <checkpointDir> <lossLog> [resume] [slowMs]
import { appendFileSync } from 'node:fs';
import { KalaModel, Tokenizer, Trainer } from '../../dist/index.js';

const [tokPath, data, ckptDir, log, resume, slow] = process.argv.slice(2);
const tokenizer = await Tokenizer.fromFile(tokPath);
const model = KalaModel.create(
  { hidden_size: 32, num_hidden_layers: 2, num_attention_heads: 4, intermediate_size: 64, vocab_size: tokenizer.vocabSize, max_position_embeddings: 128, rotary_pct: 0.5, eos_token_id: 0, bos_token_id: 0, kala: { value_head_dim: 8 } },
  { seed: 11, tokenizer },
);
const trainer = new Trainer(model, { seed: 5, learningRate: 3e-3, warmupSteps: 2, lora: { r: 4, alpha: 8, dropout: 0.1 }, ...(resume === 'resume' ? { resume: ckptDir } : {}) });
await trainer.fit(data, {
  epochs: 3,
  batchSize: 2,
  seqLen: 96,
  checkpointDir: ckptDir,
  checkpointEvery: 2,
  onStep: (e) => {
    appendFileSync(log, JSON.stringify({ step: e.step, loss: e.loss, lr: e.lr }) + '\n');
    if (slow) {
      const until = Date.now() + Number(slow);
      while (Date.now() < until) {} // hold the step so the test can kill us mid-run
    }
  },
});
appendFileSync(log, JSON.stringify({ done: true }) + '\n');
