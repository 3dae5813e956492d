import { describe, expect, it } from 'vitest';
import { KalaError, Tokenizer } from '../lib/index.js';
import { trainTokenizer } from '../lib/train/tokenizer-train.js';
import { TOKENIZER_JSON } from './helpers.js';

describe('Tokenizer (HF tokenizers, Pythia 20B vocabulary)', () => {
  it('encodes "Hello world" as 12092, 1533 and decodes it back', async () => {
    const tk = await Tokenizer.fromFile(TOKENIZER_JSON);
    expect(await tk.encode('Hello world')).toEqual([12092, 1533]);
    expect(await tk.decode([12092, 1533])).toBe('Hello world');
    expect(tk.eosTokenId).toBe(0);
    expect(tk.vocabSize).toBe(50277);
  });

  it('round-trips unicode and the end-of-text token', async () => {
    const tk = await Tokenizer.fromFile(TOKENIZER_JSON);
    const text = 'Grüße, 世界! <|endoftext|>';
    const ids = await tk.encode(text);
    expect(ids).toContain(0);
    expect(await tk.decode(ids)).toBe(text);
  });

  it('rejects a file that is not a tokenizer', async () => {
    expect(() => Tokenizer.fromJSON('{"not": "a tokenizer"}')).toThrow(KalaError);
    await expect(Tokenizer.fromFile('/nonexistent/tokenizer.json')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  it('trains the same tokenizer from the same texts every time (a trained model is reproducible)', async () => {
    // the byte alphabet comes from a hash set whose order changes between calls; ids must not
    const texts = ['the quick brown fox jumps over the lazy dog', 'Grüße aus Köln', 'the dog sleeps; the fox runs'];
    const ids = async () => {
      const tk = await trainTokenizer(texts, { vocabSize: 300 });
      return JSON.parse(tk.toJSON()).model.vocab as Record<string, number>;
    };
    const first = await ids();
    for (let i = 0; i < 4; i++) expect(await ids()).toEqual(first);
  });
});
