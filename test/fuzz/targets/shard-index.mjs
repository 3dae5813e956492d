// model.safetensors.index.json of a sharded fixture: weight_map file names ("", ".", "..",
// absolute paths, missing shards), metadata and structure mutated; shards sometimes removed.
import { CKPT, fixtureJson, loadAndProbe } from './common.mjs';
import { jsonText, mutateJson } from '../mutate.mjs';

const SEEDS = [
  ['tiny-kala-sharded', ['model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors']],
  ['tiny-f16-sharded', ['model-00001-of-00003.safetensors', 'model-00002-of-00003.safetensors', 'model-00003-of-00003.safetensors']],
];

const hot = (idx) => {
  if (!idx || typeof idx !== 'object') return [];
  const out = Object.keys(idx).map((k) => [idx, k]);
  for (const sec of ['weight_map', 'metadata']) {
    const o = idx[sec];
    if (o && typeof o === 'object') for (const k of Object.keys(o)) out.push([o, k]);
  }
  return out;
};

export function generate(rng) {
  const [ckpt, shards] = rng.pick(SEEDS);
  const index = mutateJson(rng, fixtureJson(`${CKPT}/${ckpt}/model.safetensors.index.json`), { max: 3, hot });
  const files = { 'model.safetensors.index.json': jsonText(rng, index, { damage: 0.1 }) };
  if (rng.chance(0.15)) files[rng.pick(shards)] = null; // a shard the index names is missing
  return { base: [[`${CKPT}/${ckpt}`, '.']], files, primary: 'model.safetensors.index.json', note: ckpt };
}

export async function run(c, { api, dir }) {
  await loadAndProbe(api, dir);
}
