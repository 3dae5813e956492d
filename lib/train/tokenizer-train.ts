// Trains a byte-level BPE tokenizer (HF `tokenizers`) on texts, in the layout of Pythia's:
// byte-level pre-tokenizer and decoder, <|endoftext|> = id 0, every byte encodable.
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { Tokenizer, EOS_TOKEN } from '../tokenizer.js';

const require = createRequire(import.meta.url);

/** A tokenizer learned from `texts` (the vocabulary grows with the corpus; a few thousand ids
 *  for the quick start's examples). */
export async function trainTokenizer(texts: readonly string[]): Promise<Tokenizer> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const hf = require('tokenizers') as any;
  const tk = new hf.Tokenizer(hf.BPE.empty());
  tk.setPreTokenizer(hf.byteLevelPreTokenizer(false, true));
  tk.addSpecialTokens([EOS_TOKEN]); // first, so it is id 0 as in Pythia
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kala-tok-'));
  try {
    const corpus = path.join(dir, 'corpus.txt');
    await fsp.writeFile(corpus, texts.join('\n'));
    tk.train([corpus]);
    const file = path.join(dir, `tokenizer-${randomBytes(3).toString('hex')}.json`);
    tk.save(file, false);
    const json = JSON.parse(await fsp.readFile(file, 'utf8'));
    // the trainer only knows bytes it saw; give every byte its symbol so any text round-trips
    const vocab = json.model.vocab as Record<string, number>;
    let next = Math.max(...Object.values(vocab), ...json.added_tokens.map((t: { id: number }) => t.id)) + 1;
    for (const ch of hf.byteLevelAlphabet() as string[]) if (!(ch in vocab)) vocab[ch] = next++;
    json.decoder = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
    return Tokenizer.fromJSON(JSON.stringify(json), 'trained tokenizer');
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
