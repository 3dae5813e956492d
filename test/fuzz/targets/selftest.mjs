// A target that misbehaves on purpose, one way per case index (mod 5), so the harness itself can
// be tested: it must count each outcome and save every failing case (test/fuzz-harness.test.ts).
// Not part of a default run.
export function generate(rng) {
  return { files: {}, input: { salt: rng.u32() }, note: 'selftest' };
}

export async function run(c, { api, index }) {
  switch (index % 5) {
    case 0: return;
    case 1: throw new api.FormatError('DATA_INVALID', 'a typed error');
    case 2: throw new TypeError('an untyped error');
    case 3: process.abort(); // a native crash, as far as the parent can tell
    default: for (;;); // a hang
  }
}
