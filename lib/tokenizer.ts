// Text <-> token ids through the Hugging Face `tokenizers` package (tokenizer.json files).
import { promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import { FormatError, NotFoundError } from './errors.js';
import { tokenizerProblem } from './tokenizer-check.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HfTokenizer = any;

export const EOS_TOKEN = '<|endoftext|>';

export class Tokenizer {
  readonly #tk: HfTokenizer;
  readonly #json: string;

  private constructor(tk: HfTokenizer, json: string) {
    this.#tk = tk;
    this.#json = json;
  }

  /** Loads a tokenizer.json file. */
  static async fromFile(file: string): Promise<Tokenizer> {
    let json: string;
    try {
      json = await fsp.readFile(file, 'utf8');
    } catch {
      throw new NotFoundError('FILE_NOT_FOUND', `tokenizer file ${file} does not exist`);
    }
    return Tokenizer.fromJSON(json, file);
  }

  /** Builds a tokenizer from the text of a tokenizer.json. Settings that would make the
   *  `tokenizers` library abort the process (see tokenizer-check.ts) are refused first. */
  static fromJSON(json: string, source = 'tokenizer.json'): Tokenizer {
    if (typeof json !== 'string') throw new FormatError('TOKENIZER_INVALID', `${source}: the tokenizer.json text must be a string, got ${typeof json}`);
    let doc: unknown;
    try {
      doc = JSON.parse(json);
    } catch (e) {
      throw new FormatError('TOKENIZER_INVALID', `${source} is not valid JSON (${(e as Error).message}); use the tokenizer.json saved with the model`);
    }
    const problem = tokenizerProblem(doc);
    if (problem) throw new FormatError('TOKENIZER_INVALID', `${source}: ${problem}`);
    const { Tokenizer: Hf } = require('tokenizers') as { Tokenizer: { fromString(s: string): HfTokenizer } };
    try {
      return new Tokenizer(Hf.fromString(json), json);
    } catch (e) {
      throw new FormatError('TOKENIZER_INVALID', `${source} is not a valid tokenizer.json (${(e as Error).message})`);
    }
  }

  /** Token ids of a text (no special tokens added). */
  async encode(text: string): Promise<number[]> {
    const enc = await this.#tk.encode(text, null, { addSpecialTokens: false });
    return Array.from(enc.getIds() as number[]);
  }

  async decode(ids: readonly number[], options: { skipSpecialTokens?: boolean } = {}): Promise<string> {
    return this.#tk.decode([...ids], options.skipSpecialTokens ?? false);
  }

  get vocabSize(): number {
    return this.#tk.getVocabSize(true);
  }

  tokenToId(token: string): number | undefined {
    return this.#tk.tokenToId(token) ?? undefined;
  }

  idToToken(id: number): string | undefined {
    return this.#tk.idToToken(id) ?? undefined;
  }

  /** The end-of-text id, when the vocabulary has `<|endoftext|>`. */
  get eosTokenId(): number | undefined {
    return this.tokenToId(EOS_TOKEN);
  }

  /** The tokenizer.json text (for saving beside a checkpoint). */
  toJSON(): string {
    return this.#json;
  }

  async save(file: string): Promise<void> {
    await fsp.writeFile(file, this.#json);
  }
}
