// Text <-> token ids through the Hugging Face `tokenizers` package (tokenizer.json files).
import { promises as fsp } from 'node:fs';
import { createRequire } from 'node:module';
import { FormatError, InputError, NotFoundError } from './util/errors.js';
import { tokenizerProblem } from './formats/tokenizer-check.js';

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
    try {
      const enc = await this.#tk.encode(text, null, { addSpecialTokens: false });
      return Array.from(enc.getIds() as number[]);
    } catch (e) {
      throw this.#failed('encode a text', e);
    }
  }

  async decode(ids: readonly number[], options: { skipSpecialTokens?: boolean } = {}): Promise<string> {
    // the binding silently wraps what is not a u32 (-1 decodes as "", 2^32 as id 0)
    const bad = Array.isArray(ids) ? ids.findIndex((id) => !Number.isInteger(id) || id < 0 || id > 0xffffffff) : 0;
    if (bad >= 0) throw new InputError('TOKEN_OUT_OF_RANGE', `decode takes a list of token ids (integers from 0); got ${JSON.stringify(Array.isArray(ids) ? ids[bad] : ids)}`);
    try {
      return await this.#tk.decode([...ids], options.skipSpecialTokens ?? false);
    } catch (e) {
      throw this.#failed('decode token ids', e);
    }
  }

  /** The binding reports a tokenizer.json it cannot use only when it meets a text that needs the
   *  missing piece (no unknown token, no second sequence, ...): that is the file's fault. */
  #failed(what: string, e: unknown): FormatError {
    return new FormatError('TOKENIZER_INVALID', `the tokenizer could not ${what} (${(e as Error)?.message ?? String(e)}); its tokenizer.json is incomplete — use the tokenizer.json saved with the model`, { cause: e });
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
