// Kill tests: every multi-file write (model save, adapter save, training checkpoint,
// generate-data output) is killed with SIGKILL at each of its write and rename boundaries (the
// KALA_TEST_KILL_AT hook of lib/formats/atomic.ts), in a child process over the compiled package. What
// loads afterwards must be the old artifact or the new one, never a mix; the user's own file
// beside it survives and no temporary directory is left behind.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KalaModel, Trainer, readExamples } from '../lib/index.js';
import { readAdapter } from '../lib/formats/adapter.js';
import { ROOT, tmpDir } from './helpers.js';

const WORKER = path.join(ROOT, 'test', 'workers', 'kill-worker.mjs');
const LABELS = ['file', 'staged', 'commit', 'aside', 'swap', 'unmark', 'rename', 'done'];
// the same tiny model as the worker's
const CONFIG = {
  hidden_size: 16, num_hidden_layers: 1, num_attention_heads: 2, intermediate_size: 32, vocab_size: 50,
  max_position_embeddings: 16, rotary_pct: 0.5, eos_token_id: 0, bos_token_id: 0, kala: { value_head_dim: 4 },
};

function runWorker(kind: string, dir: string, version: number, killAt = ''): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WORKER, kind, dir, String(version)], { env: { ...process.env, KALA_TEST_KILL_AT: killAt }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

const digest = (parts: (ArrayBufferView | string)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? p : new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
  return h.digest('hex');
};

const tensorsDigest = (ts: { name: string; data: Float32Array }[]) => digest([...ts].sort((a, b) => a.name.localeCompare(b.name)).flatMap((t) => [t.name, t.data]));

/** What loads from each kind of artifact, as a fingerprint (loading also recovers it). */
const LOADED: Record<string, (dir: string) => Promise<string>> = {
  async model(dir) {
    const m = await KalaModel.load(dir);
    const r = await m.forward([[1, 2, 3]]);
    m.dispose();
    return digest([r.logits.data, r.lawScores.data]);
  },
  async adapter(dir) {
    const a = await readAdapter(dir);
    return `r${a.config.r}:${tensorsDigest(a.tensors)}:${tensorsDigest(a.kala)}`;
  },
  async checkpoint(dir) {
    const m = KalaModel.create(CONFIG, { seed: 1 });
    const t = new Trainer(m, { lora: { r: 2, dropout: 0 }, resume: dir });
    await t.parameterNames();
    m.dispose();
    const a = await readAdapter(dir);
    return `step ${t.steps}:${tensorsDigest(a.tensors)}:${tensorsDigest(a.kala)}:${digest([await fsp.readFile(path.join(dir, 'optimizer.safetensors'))])}`;
  },
  async data(dir) {
    await readExamples(path.join(dir, 'train.jsonl'));
    return digest(await Promise.all(['train.jsonl', 'validation.jsonl', 'stats.json'].map((f) => fsp.readFile(path.join(dir, f)))));
  },
};

// the boundaries each writer has: a directory swap, or staged files renamed into place
const EXPECTED: Record<string, string[]> = {
  model: ['file', 'staged', 'commit', 'aside', 'swap', 'unmark', 'done'],
  checkpoint: ['file', 'staged', 'commit', 'aside', 'swap', 'unmark', 'done'],
  adapter: ['file', 'staged', 'commit', 'rename', 'done'],
  data: ['file', 'staged', 'commit', 'rename', 'done'],
};

describe('kills during multi-file writes', () => {
  for (const kind of Object.keys(LOADED)) {
    it(`${kind}: after a kill at any boundary the old or the new ${kind} loads, never a mix`, async () => {
      const work = await tmpDir(`kala-kill-${kind}-`);
      // the old artifact (with a file of the user's beside it) and the new one, written whole
      const oldDir = path.join(work, 'old', 'art');
      expect((await runWorker(kind, oldDir, 1)).code).toBe(0);
      await fsp.writeFile(path.join(oldDir, 'notes.txt'), 'mine');
      const newDir = path.join(work, 'new', 'art');
      await fsp.cp(oldDir, newDir, { recursive: true });
      expect((await runWorker(kind, newDir, 2)).code).toBe(0);
      const [before, after] = [await LOADED[kind]!(oldDir), await LOADED[kind]!(newDir)];
      expect(before).not.toBe(after);

      const killed: string[] = [];
      for (const label of LABELS) {
        for (let n = 1; n < 20; n++) {
          const art = path.join(work, `${label}-${n}`, 'art');
          await fsp.cp(oldDir, art, { recursive: true });
          const r = await runWorker(kind, art, 2, `${label}:${n}`);
          if (r.signal !== 'SIGKILL') {
            expect(r.code, r.stderr).toBe(0); // no boundary left: the write finished
            break;
          }
          killed.push(label);
          const at = `${kind} killed at ${label}:${n}`;
          expect([before, after], at).toContain(await LOADED[kind]!(art));
          expect(await fsp.readFile(path.join(art, 'notes.txt'), 'utf8'), at).toBe('mine');
          expect(await fsp.readdir(path.dirname(art)), at).toEqual(['art']);
        }
      }
      expect([...new Set(killed)]).toEqual(EXPECTED[kind]);
    }, 300_000);
  }
});
