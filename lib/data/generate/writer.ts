/** Serialises examples as JSONL with a fixed key order and writes the dataset atomically. */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { killPoint, writeFilesInto } from '../../formats/atomic.js';
import { isChatExample, type DatasetExample } from './types.js';
import type { GeneratedDataset } from './stats.js';

/** One JSON line with keys in schema order, so the same data always gives the same bytes. */
export function serializeExample(ex: DatasetExample): string {
  const o: Record<string, unknown> = {};
  if (isChatExample(ex)) {
    o.messages = ex.messages.map((m) => (m.laws ? { role: m.role, content: m.content, laws: m.laws } : { role: m.role, content: m.content }));
  } else {
    o.prompt = ex.prompt;
    o.response = ex.response;
    if (ex.prompt_laws) o.prompt_laws = ex.prompt_laws;
    if (ex.response_laws) o.response_laws = ex.response_laws;
  }
  if (ex.category !== undefined) o.category = ex.category;
  if (ex.law !== undefined) o.law = ex.law;
  if (ex.kind !== undefined) o.kind = ex.kind;
  if (!isChatExample(ex) && ex.train_lm !== undefined) o.train_lm = ex.train_lm;
  return JSON.stringify(o);
}

export function toJsonl(examples: DatasetExample[]): string {
  return examples.map(serializeExample).join('\n') + (examples.length ? '\n' : '');
}

export interface WrittenDataset {
  dir: string;
  train: string;
  validation: string;
  stats: string;
  bytes: { train: number; validation: number; stats: number };
}

/**
 * Writes train.jsonl, validation.jsonl and stats.json into `outDir` (created if missing), all or
 * nothing: they are staged beside it and renamed in after a commit, so a reader never sees a
 * half-written file or files of two runs (readExamples finishes a write that was killed).
 */
export async function writeDataset(outDir: string, result: GeneratedDataset): Promise<WrittenDataset> {
  if (typeof outDir !== 'string' || outDir.trim() === '') {
    throw new InputError('INVALID_ARGUMENT', 'writeDataset needs an output directory; pass --out DIR');
  }
  const dir = resolve(outDir);
  const files = {
    train: toJsonl(result.train),
    validation: toJsonl(result.validation),
    stats: JSON.stringify(result.stats, null, 2) + '\n',
  };
  try {
    await writeFilesInto(dir, async (tmp) => {
      for (const [name, data] of [['train.jsonl', files.train], ['validation.jsonl', files.validation], ['stats.json', files.stats]] as const) {
        await writeFile(join(tmp, name), data, 'utf8');
        killPoint('file');
      }
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? ((err as Error).cause as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
    throw new InputError('IO_ERROR', `cannot write the dataset to ${dir} (${code}): choose a writable directory with --out`, { cause: err });
  }
  return {
    dir,
    train: join(dir, 'train.jsonl'),
    validation: join(dir, 'validation.jsonl'),
    stats: join(dir, 'stats.json'),
    bytes: { train: Buffer.byteLength(files.train), validation: Buffer.byteLength(files.validation), stats: Buffer.byteLength(files.stats) },
  };
}
