// Loads a tokenizer.json in its own process and uses it, so that a panic in the `tokenizers`
// binding (which aborts the process) shows as a signal to the test instead of killing it.
//   node tokenizer-worker.mjs <tokenizer.json>   → prints {"result":"ok"} or {"result":"error","code":...}
import { readFileSync } from 'node:fs';
import { Tokenizer } from '../../dist/index.js';

const json = readFileSync(process.argv[2], 'utf8');
try {
  const tk = Tokenizer.fromJSON(json, 'mutant.json');
  for (const text of ['', 'a', 'Hello world, this is a longer sentence that needs truncating and padding.', '<|endoftext|> Grüße 世界 \u{1F600}']) {
    const ids = await tk.encode(text);
    await tk.decode(ids);
  }
  console.log(JSON.stringify({ result: 'ok' }));
} catch (e) {
  console.log(JSON.stringify({ result: 'error', code: e?.code ?? null, name: e?.name, message: String(e?.message) }));
}
