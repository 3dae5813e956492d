// readExamples on damaged files: a broken .gz or a directory is a KalaError, never a raw zlib or
// fs error (found by the fuzz harness, test/fuzz/targets/training-jsonl.mjs).
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FormatError, KalaError, readExamples } from '../lib/index.js';
import { tmpDir } from './helpers.js';

const LINES = Buffer.from('{"prompt": "Hi", "response": "Hello"}\n{"question": "1+1?", "answer": "2\\n#### 2"}\n');

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(() => undefined, (e) => e);
}

describe('readExamples on damaged files', () => {
  it('reads a good .gz file', async () => {
    const f = path.join(await tmpDir(), 'good.jsonl.gz');
    await fsp.writeFile(f, gzipSync(LINES));
    expect(await readExamples(f)).toHaveLength(2);
  });

  it('a truncated .gz file is DATA_INVALID', async () => {
    const f = path.join(await tmpDir(), 'cut.jsonl.gz');
    const gz = gzipSync(LINES);
    await fsp.writeFile(f, gz.subarray(0, gz.length - 6));
    const err = await rejection(readExamples(f));
    expect(err).toBeInstanceOf(FormatError);
    expect((err as KalaError).code).toBe('DATA_INVALID');
    expect((err as Error).message).toContain(f);
  });

  it('a .gz file with a bad checksum or no gzip header is DATA_INVALID', async () => {
    const dir = await tmpDir();
    const gz = gzipSync(LINES);
    gz[gz.length - 5] ^= 0xff; // CRC32 of the data
    for (const [name, bytes] of [['crc.jsonl.gz', gz], ['plain.jsonl.gz', LINES]] as const) {
      const f = path.join(dir, name);
      await fsp.writeFile(f, bytes);
      const err = await rejection(readExamples(f));
      expect(err, name).toBeInstanceOf(FormatError);
      expect((err as KalaError).code).toBe('DATA_INVALID');
    }
  });

  it('a directory is a KalaError', async () => {
    const dir = await tmpDir();
    for (const f of [dir, path.join(dir, 'x.jsonl.gz')]) {
      if (f !== dir) await fsp.mkdir(f);
      const err = await rejection(readExamples(f));
      expect(err, f).toBeInstanceOf(KalaError);
      expect(['IO_ERROR', 'DATA_INVALID']).toContain((err as KalaError).code);
    }
  });
});
