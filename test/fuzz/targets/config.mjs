// config.json values mutated (extremes such as 2^31, 2^53, 2^61, 1e300, wrong types, missing
// keys), either loaded beside the fixture's weights or given to KalaModel.create.
import { CKPT, fixtureJson, loadAndProbe } from './common.mjs';
import { EXTREME_NUMBERS, jsonText, mutateJson, mutateNumber } from '../mutate.mjs';

const SEEDS = ['tiny-kala', 'tiny-seq-plain', 'tiny-seq-kala-bf16'];

// every top-level value and every value of the kala section
const hot = (cfg) => {
  if (!cfg || typeof cfg !== 'object') return [];
  const out = Object.keys(cfg).map((k) => [cfg, k]);
  if (cfg.kala && typeof cfg.kala === 'object') for (const k of Object.keys(cfg.kala)) out.push([cfg.kala, k]);
  return out;
};

function oneNumber(rng, cfg) {
  const slots = hot(cfg).filter(([o, k]) => typeof o[k] === 'number');
  const [o, k] = rng.pick(slots);
  o[k] = rng.chance(0.6) ? rng.pick(EXTREME_NUMBERS) : mutateNumber(rng, o[k]);
  return cfg;
}

export function generate(rng) {
  const ckpt = rng.pick(SEEDS);
  // half the cases change one number only, so everything else is valid and the value reaches
  // the size arithmetic and allocations
  const cfg = rng.chance(0.5) ? oneNumber(rng, fixtureJson(`${CKPT}/${ckpt}/config.json`)) : mutateJson(rng, fixtureJson(`${CKPT}/${ckpt}/config.json`), { max: 3, hot });
  if (rng.chance(0.3)) return { input: { create: cfg, seed: rng.int(1000) }, note: `create from ${ckpt}` };
  const bytes = jsonText(rng, cfg, { damage: 0.1 });
  return { base: [[`${CKPT}/${ckpt}`, '.']], files: { 'config.json': bytes }, primary: 'config.json', note: `load ${ckpt}` };
}

export async function run(c, { api, dir }) {
  if (!c.input) return loadAndProbe(api, dir);
  const model = api.KalaModel.create(c.input.create, { seed: c.input.seed, device: 'cpu' });
  try {
    await model.forward([[1, 2]]);
  } finally {
    model.dispose();
  }
}
