// safetensors files of fixture checkpoints, mutated (header JSON, header length, offsets, dtypes,
// shapes, names, data, truncation) and loaded through KalaModel.load.
import { CKPT, fixture, loadAndProbe } from './common.mjs';
import { mutateSafetensors } from '../mutate.mjs';

const SEEDS = [
  ['tiny-kala', 'model.safetensors'],
  ['tiny-seq-plain', 'model.safetensors'],
  ['tiny-seq-kala-bf16', 'model.safetensors'],
  ['tiny-f16-sharded', 'model-00001-of-00003.safetensors'],
  ['tiny-f16-sharded', 'model-00003-of-00003.safetensors'],
  ['tiny-kala-sharded', 'model-00002-of-00002.safetensors'],
];

export function generate(rng) {
  const [ckpt, file] = rng.pick(SEEDS);
  const { bytes, note } = mutateSafetensors(rng, fixture(`${CKPT}/${ckpt}/${file}`));
  return { base: [[`${CKPT}/${ckpt}`, '.']], files: { [file]: bytes }, primary: file, note: `${ckpt}/${file}: ${note}` };
}

export async function run(c, { api, dir }) {
  await loadAndProbe(api, dir);
}
