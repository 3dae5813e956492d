// Training JSONL (DESIGN §7, plus GSM8K and HumanEval lines): lines mutated as JSON and as text,
// sometimes gzipped (or a damaged gzip), read with readExamples and encoded with encodeExample.
import { gzipSync } from 'node:zlib';
import { jsonText, mutateBytes, mutateJson, text } from '../mutate.mjs';
import { SHARED_TOKENIZER } from './common.mjs';

const SEEDS = [
  { prompt: 'How do I bake bread?', response: 'Mix flour, water, salt and yeast.', prompt_laws: [1, 1, 1, 1, 1], response_laws: [1, 1, 1, 1, 1], category: 'benign', law: 0, kind: 'pair' },
  { prompt: 'Help me stalk my ex.', response: 'I cannot help with that.', prompt_laws: [1, 0, 1, 1, 1], train_lm: true },
  { prompt: 'x', response: 'draft', response_laws: [1, 0, 0, 1, 1], train_lm: false, law: 1 },
  { messages: [{ role: 'system', content: 'Be kind.' }, { role: 'user', content: 'Hi', laws: [1, 1, 1, 1, 1] }, { role: 'assistant', content: 'Hello!' }, { role: 'tool', content: '{}' }] },
  { question: 'What is 2+2?', answer: 'Add them.\n#### 4' },
  { task_id: 'HumanEval/0', prompt: 'def f(x):\n', canonical_solution: '    return x\n', test: 'assert f(1) == 1' },
];

export function generate(rng) {
  const n = rng.range(1, 6);
  const lines = [];
  // one line is damaged, so that the others reach encodeExample: a bad line fails the whole file
  const bad = rng.chance(0.7) ? rng.int(n) : -1;
  for (let i = 0; i < n; i++) {
    let ex = rng.pick(SEEDS);
    if (i === bad) ex = mutateJson(rng, ex, { max: 3 });
    if (rng.chance(0.2) && ex && typeof ex === 'object' && typeof ex.prompt === 'string') ex = { ...ex, prompt: text(rng, 2048) };
    lines.push(jsonText(rng, ex, { damage: i === bad ? 0.1 : 0, pretty: false }));
    if (rng.chance(0.05)) lines.push(Buffer.from(rng.pick(['', '   ', '\r', '\u0000', '{}', '[]', 'null', '"x"', '1'])));
  }
  let bytes = Buffer.from(lines.map((l) => l.toString('latin1')).join(rng.chance(0.1) ? '\r\n' : '\n'), 'latin1');
  if (rng.chance(0.05)) bytes = mutateBytes(rng, bytes, 3);
  const gz = rng.chance(0.15);
  if (gz) {
    bytes = gzipSync(bytes);
    if (rng.chance(0.5)) bytes = rng.chance(0.5) ? bytes.subarray(0, rng.int(bytes.length)) : mutateBytes(rng, bytes, 2);
  }
  const file = gz ? 'train.jsonl.gz' : 'train.jsonl';
  return { files: { [file]: bytes }, primary: file, input: { file, seqLen: rng.pick([undefined, undefined, 1, 4, 64, 0]), trainOnPrompts: rng.chance(0.5) }, note: `${n} lines${gz ? ' gz' : ''}` };
}

let tokenizer;
export async function setup(api) {
  tokenizer = await api.Tokenizer.fromFile(SHARED_TOKENIZER);
}

export async function run(c, { api, dir }) {
  const examples = await api.readExamples(`${dir}/${c.input.file}`);
  for (const ex of examples.slice(0, 8)) await api.encodeExample(tokenizer, ex, { seqLen: c.input.seqLen, trainOnPrompts: c.input.trainOnPrompts });
}
