// LoRA training throughput on a pythia-70m-shaped model (fp32, CPU): our Trainer and the
// PyTorch peer (bench/torch_lora_peer.py: the same model, LoRA, loss and AdamW in eager fp32)
// in one run on this machine. Needs Debian's python3-torch for the peer.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { KalaModel, Trainer } from '../dist/index.js';
import { BENCH_DIR, engine, machine, measure, saveResult, table } from './lib.js';
import { pythiaConfig, SHAPES } from './model.js';

export async function runTrain({ shape = 'pythia-70m', B = 4, T = 128, steps = 5 } = {}) {
  const k = engine();
  const cfg = pythiaConfig(shape);
  const model = KalaModel.create({ ...cfg, kala: { value_head_dim: 64 } }, { seed: 1 });
  const trainer = new Trainer(model, { lora: { r: 16, alpha: 32, dropout: 0.05 }, learningRate: 2e-4, ethicsWeight: 0.5 });
  const ids = Array.from({ length: B }, (_, b) => Array.from({ length: T }, (_, t) => (b * 7919 + t * 104729) % cfg.vocab_size));
  const lawTargets = ids.map((row) => row.map((_, t) => [0, 1, 2, 3, 4].map((j) => ((t * 31 + j * 17) % 100) / 100)));
  const batch = { inputIds: ids, lawTargets };
  await trainer.step(batch);
  const ours = await measure('ours', () => trainer.step(batch), { async: true, maxTime: 8, minSamples: steps });
  model.dispose();
  const s = SHAPES[shape];
  let peer;
  try {
    const out = execFileSync('/usr/bin/python3', [path.join(BENCH_DIR, 'torch_lora_peer.py'), s.hidden_size, s.num_hidden_layers, s.num_attention_heads, s.intermediate_size, cfg.vocab_size, B, T, steps, k.cpuInfo().threads].map(String), { encoding: 'utf8' });
    peer = JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    peer = { error: `PyTorch peer unavailable (${e.message.split('\n')[0]}); apt-get install python3-torch` };
  }
  const oursTps = (B * T) / ours.mean;
  const rows = [
    { system: 'kala (this package)', 'tokens/s': oursTps.toFixed(0), 's/step': ours.mean.toFixed(3) },
    { system: peer.peer ?? 'PyTorch', 'tokens/s': peer.tokensPerSec?.toFixed(0) ?? 'n/a', 's/step': peer.secondsPerStep?.toFixed(3) ?? peer.error },
  ];
  return { machine: machine(k), shape, batch: `${B}x${T}`, lora: 'r 16, alpha 32, dropout 0.05 on query_key_value, dense, embed_in, embed_out', rows, ratio: peer.tokensPerSec ? oursTps / peer.tokensPerSec : null };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runTrain();
  console.log(`LoRA training, ${r.shape} shape, batch ${r.batch}, ${r.lora}, on ${r.machine.cpu} (${r.machine.threads} threads)`);
  console.log(table(r.rows, Object.keys(r.rows[0])));
  if (r.ratio) console.log(`ours / PyTorch: ${r.ratio.toFixed(2)}x`);
  console.log('saved', saveResult('train', r));
}
