// Prints the kernel level and the max relative error of a fixture's forward pass (and of one
// LoRA gradient) against the float64 reference, in a process whose KALA_SIMD the test chose.
//   node forward-worker.mjs <fixtureName>
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KalaModel, Trainer } from '../../dist/index.js';
import { loadCpuAddon } from '../../dist/native/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const fx = path.join(here, '..', 'fixtures');
const name = process.argv[2];
const flat = (x) => (Array.isArray(x) ? x.flat(Infinity) : [x]);
const rel = (a, b) => {
  let d = 0, s = 0;
  for (let i = 0; i < b.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    s = Math.max(s, Math.abs(b[i]));
  }
  return d / s;
};
const ids = JSON.parse(readFileSync(path.join(fx, 'ref', 'ids.json'), 'utf8'));
const ref = JSON.parse(readFileSync(path.join(fx, 'ref', `${name}.forward.json`), 'utf8'));
const model = await KalaModel.load(path.join(fx, 'ckpt', name));
const out = await model.forward(ids);
const q = await KalaModel.load(path.join(fx, 'ckpt', name), { quantize: 'int8' });
const outQ = await q.forward(ids);
const batch = JSON.parse(readFileSync(path.join(fx, 'grads', `${name}.batch.json`), 'utf8'));
const grads = JSON.parse(readFileSync(path.join(fx, 'grads', `${name}.grads.json`), 'utf8'));
const trainer = new Trainer(model, { adapter: path.join(fx, 'grads', `${name}.adapter`) });
const g = await trainer.computeGradients(batch);
let gradRel = 0;
for (const [n, v] of Object.entries(grads.grads)) gradRel = Math.max(gradRel, rel(g.grads[n].data, flat(v)));
console.log(JSON.stringify({ kernels: loadCpuAddon().cpuInfo().simd, logits: rel(out.logits.data, flat(ref.logits)), int8: rel(outQ.logits.data, flat(ref.logits)), grads: gradRel }));
