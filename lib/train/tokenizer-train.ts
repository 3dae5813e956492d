// Trains a byte-level BPE tokenizer (HF `tokenizers`) on texts, in the layout of Pythia's:
// byte-level pre-tokenizer and decoder, <|endoftext|> = id 0, every byte encodable.
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { Tokenizer, EOS_TOKEN } from '../tokenizer.js';

const require = createRequire(import.meta.url);

/** A tokenizer learned from `texts`. The trainer merges as long as pairs repeat; `vocabSize`
 *  keeps only the most frequent merges (the alphabet and <|endoftext|> always stay). */
export async function trainTokenizer(texts: readonly string[], options: { vocabSize?: number } = {}): Promise<Tokenizer> {
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
    // the binding returns the byte alphabet from a hash set, in an order that changes from run to
    // run: sorted, the same texts always give the same ids (and so the same trained model)
    const alphabet = [...(hf.byteLevelAlphabet() as string[])].sort();
    // the trainer only knows bytes it saw; give every byte its symbol so any text round-trips
    let vocab = json.model.vocab as Record<string, number>;
    let next = Math.max(...Object.values(vocab), ...json.added_tokens.map((t: { id: number }) => t.id)) + 1;
    for (const ch of alphabet) if (!(ch in vocab)) vocab[ch] = next++;
    const merges = (json.model.merges as (string | [string, string])[]).map((m) => (typeof m === 'string' ? (m.split(' ') as [string, string]) : m));
    if (options.vocabSize && Object.keys(vocab).length > options.vocabSize) {
      // rebuild: special token 0, the byte alphabet, then the products of the first merges
      const base = [EOS_TOKEN, ...alphabet];
      const keep = merges.slice(0, Math.max(0, options.vocabSize - base.length));
      vocab = {};
      for (const t of base) if (!(t in vocab)) vocab[t] = Object.keys(vocab).length;
      for (const [a, b] of keep) if (!(a + b in vocab)) vocab[a + b] = Object.keys(vocab).length;
      json.model.vocab = vocab;
      json.model.merges = keep;
    }
    json.decoder = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
    return Tokenizer.fromJSON(JSON.stringify(json), 'trained tokenizer');
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
