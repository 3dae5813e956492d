// What the targets share: paths, fixture bytes, and the probe that exercises a loaded model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CKPT = 'test/fixtures/ckpt';
export const SHARED_TOKENIZER = path.resolve(ROOT, '..', 'shared', 'data', 'tokenizer', '20B_tokenizer.json');

const cache = new Map();
/** A fixture file's bytes (repo-relative path), read once. */
export function fixture(rel) {
  let b = cache.get(rel);
  if (!b) cache.set(rel, (b = readFileSync(path.join(ROOT, rel))));
  return b;
}
export const fixtureJson = (rel) => JSON.parse(fixture(rel).toString('utf8'));

/** Loads a checkpoint directory on the CPU, runs one forward pass when it loads, and frees it. */
export async function loadAndProbe(api, dir, options = {}) {
  const model = await api.KalaModel.load(dir, { device: 'cpu', tokenizer: false, ...options });
  try {
    await model.forward([[1, 2, 3]]);
  } finally {
    model.dispose();
  }
}
