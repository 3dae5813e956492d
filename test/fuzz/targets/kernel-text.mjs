// EthicsKernel.check on adversarial texts: long runs (capitals then lower case, "a." repeated),
// base64 blobs, unicode (homoglyphs, zero-width, combining marks, lone surrogates), leetspeak,
// prose. The check is synchronous, so a super-linear one shows up as a hang in the parent.
import { text } from '../mutate.mjs';

export function generate(rng) {
  const max = rng.chance(0.05) ? 32768 : 4096;
  const prompt = text(rng, max);
  const response = rng.chance(0.4) ? text(rng, max) : undefined;
  return { files: {}, input: { prompt, response }, note: `${prompt.length}${response === undefined ? '' : `+${response.length}`} chars` };
}

let kernel;
export async function setup(api) {
  kernel = new api.EthicsKernel();
}

export async function run(c) {
  kernel.check(c.input.prompt, c.input.response);
}
