// EthicsKernel.check on adversarial texts: long runs (capitals then lower case, "a." repeated),
// base64 blobs, unicode (homoglyphs, zero-width, combining marks, lone surrogates), leetspeak,
// prose, up to 100 KB. The check is synchronous, so a super-linear one shows up as a hang in the parent.
import { text } from '../mutate.mjs';

export function generate(rng) {
  // mostly short texts; some long ones, and now and then 100 KB (the size the kernel promises to
  // check in milliseconds)
  const max = rng.chance(0.01) ? 100_000 : rng.chance(0.05) ? 32768 : 4096;
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
