// One process of the scale benchmark: load a big checkpoint with int8 quantization, decode,
// take one LoRA training step with recomputation, and report peak RSS (VmHWM) at each point.
//   node bench/scale-worker.js <checkpointDir> <decodeTokens> <trainSeqLen>
import { readFileSync } from 'node:fs';
import { KalaModel, Trainer } from '../dist/index.js';

const [dir, nTok = '8', seqLen = '128'] = process.argv.slice(2);
const status = () => {
  const s = readFileSync('/proc/self/status', 'utf8');
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)[1]) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
};
const out = { checkpoint: dir };
let t = performance.now();
const model = await KalaModel.load(dir, { quantize: 'int8' });
out.loadSeconds = (performance.now() - t) / 1000;
out.weightBytes = model.weightBytes;
out.afterLoad = status();
const prompt = [1, 2, 3, 4, 5, 6, 7, 8];
await model.generate(prompt, { maxNewTokens: 1, monitor: false });
t = performance.now();
const g = await model.generate(prompt, { maxNewTokens: Number(nTok), monitor: false, temperature: 0 });
out.decodeTokens = g.tokens.length;
out.decodeTokensPerSec = g.tokens.length / ((performance.now() - t) / 1000);
out.afterDecode = status();
const trainer = new Trainer(model, { lora: { r: 16, alpha: 32, dropout: 0.05 }, recompute: true, learningRate: 1e-4 });
const T = Number(seqLen);
const ids = [Array.from({ length: T }, (_, i) => (i * 7919 + 13) % model.config.vocabSize)];
t = performance.now();
const r = await trainer.step({ inputIds: ids, lawTargets: [ids[0].map(() => [1, 1, 1, 1, 1])] });
out.trainStepSeconds = (performance.now() - t) / 1000;
out.trainLoss = r.loss;
out.afterTrainStep = status();
out.peakOverInt8Weights = out.afterTrainStep.peak / out.weightBytes;
console.log(JSON.stringify(out));
model.dispose();
