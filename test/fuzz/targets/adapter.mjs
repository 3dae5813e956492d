// LoRA adapters: adapter_config.json values (r, lora_alpha, target_modules, base model, ...) and
// adapter_model.safetensors mutated, applied to the fixture model (merged or not), or loaded as
// an adapter-only directory that names its base model.
import { CKPT, fixture, fixtureJson, loadAndProbe } from './common.mjs';
import { jsonText, mutateJson, mutateSafetensors } from '../mutate.mjs';

const SEEDS = ['tiny-kala', 'tiny-f16-sharded', 'tiny-seq-kala-bf16'];
const ADAPTER = (ckpt) => `test/fixtures/grads/${ckpt}.adapter`;
const hot = (cfg) => (cfg && typeof cfg === 'object' ? Object.keys(cfg).map((k) => [cfg, k]) : []);

export function generate(rng) {
  const ckpt = rng.pick(SEEDS);
  const adapterOnly = rng.chance(0.25);
  const cfg = { ...fixtureJson(`${ADAPTER(ckpt)}/adapter_config.json`), base_model_name_or_path: adapterOnly ? '..' : null };
  const files = {};
  const what = rng.int(3); // 0: config, 1: tensors, 2: both
  files['adapter/adapter_config.json'] = what === 1 ? jsonText(rng, cfg, { damage: 0 }) : jsonText(rng, mutateJson(rng, cfg, { max: 3, hot }), { damage: 0.1 });
  let note = ['config', 'tensors', 'both'][what];
  if (what >= 1) {
    const m = mutateSafetensors(rng, fixture(`${ADAPTER(ckpt)}/adapter_model.safetensors`));
    files['adapter/adapter_model.safetensors'] = m.bytes;
    note += `: ${m.note}`;
  }
  return {
    base: [[`${CKPT}/${ckpt}`, '.'], [ADAPTER(ckpt), 'adapter']],
    files,
    primary: what === 0 ? 'adapter/adapter_config.json' : 'adapter/adapter_model.safetensors',
    input: { adapterOnly, merge: rng.chance(0.3) },
    note: `${ckpt} ${adapterOnly ? 'adapter-only dir' : 'adapter option'} ${note}`,
  };
}

export async function run(c, { api, dir }) {
  const adapter = `${dir}/adapter`;
  if (c.input.adapterOnly) await loadAndProbe(api, adapter, { mergeAdapter: c.input.merge });
  else await loadAndProbe(api, dir, { adapter, mergeAdapter: c.input.merge });
}
