// The fuzz harness (test/fuzz/) must fail a run and save the case for each kind of failure: an
// untyped error, a crash of the child process, a hang. The selftest target misbehaves on purpose.
import { execFile } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, tmpDir } from './helpers.js';

const run = promisify(execFile);
const HARNESS = path.join(ROOT, 'test', 'fuzz', 'run.mjs');

async function harness(args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [HARNESS, ...args], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe('fuzz harness', () => {
  it('counts each outcome, saves every failing case, resumes, and replays a saved case', async () => {
    const dir = await tmpDir('kala-fuzz-selftest-');
    const common = ['--target', 'selftest', '--jobs', '1', '--timeout-ms', '3000', '--seed', 't', '--out', path.join(dir, 'crashes'), '--state', path.join(dir, 'state')];
    const r = await harness([...common, '--cases', '5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/selftest +cases +5 +ok +1 +typed +1 +crash 1 +untyped 1 +hang 1 /);

    const saved = await Promise.all(
      (await fsp.readdir(path.join(dir, 'crashes'))).filter((f) => f.endsWith('.json')).map(async (f) => JSON.parse(await fsp.readFile(path.join(dir, 'crashes', f), 'utf8'))),
    );
    expect(saved.map((s) => s.outcome).sort()).toEqual(['crash', 'hang', 'untyped']);
    expect(saved.find((s) => s.outcome === 'untyped').symptom).toContain('TypeError: an untyped error');
    expect(saved.find((s) => s.outcome === 'crash').symptom).toContain('SIGABRT');
    expect(JSON.parse(await fsp.readFile(path.join(dir, 'state', 'seed-t.json'), 'utf8'))).toEqual({ selftest: 5 });

    // the next run starts where this one stopped: cases 5..6 are ok and typed
    const next = await harness([...common, '--cases', '2', '--resume']);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/selftest +cases +2 +ok +1 +typed +1 +crash 0 +untyped 0 +hang 0 /);

    const untyped = saved.find((s) => s.outcome === 'untyped');
    const replay = await harness(['--replay', path.join(dir, 'crashes', `${path.basename(untyped.replay.split(' ').pop())}`), '--timeout-ms', '3000']);
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('selftest: untyped');
  });
});
