// One fuzz worker: runs the cases the parent sends (by index, or a saved case to replay) through
// the public API of dist/, and reports each outcome. A native crash or a Rust panic kills this
// process; the parent sees the exit, saves the case in flight and starts a new worker.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './targets/common.mjs';
import { HIDDEN_TARGETS, TARGETS } from './targets/index.mjs';
import { Rng } from './rng.mjs';
import { deserializeCase } from './case-file.mjs';
import { classify } from './outcome.mjs';

const [targetName, seed] = process.argv.slice(2);
const target = TARGETS[targetName] ?? HIDDEN_TARGETS[targetName];
const api = await import(path.join(ROOT, 'dist', 'index.js'));
if (target.setup) await target.setup(api);

const work = mkdtempSync(path.join(os.tmpdir(), `kala-fuzz-${targetName}-`));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Writes a case's files into a fresh directory: the fixture directories first, then the mutated files. */
function materialize(c) {
  const dir = path.join(work, 'case');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [src, dst] of c.base ?? []) cpSync(path.join(ROOT, src), path.join(dir, dst), { recursive: true });
  for (const [name, bytes] of Object.entries(c.files ?? {})) {
    const f = path.join(dir, name);
    if (bytes === null) rmSync(f, { force: true });
    else {
      mkdirSync(path.dirname(f), { recursive: true });
      writeFileSync(f, bytes);
    }
  }
  return dir;
}

let current;
// an error that escapes the case's promise (a stream, a timer) still belongs to the case in flight
const escaped = (e) => {
  if (current !== undefined) process.send({ type: 'result', id: current, ...classify(api, e), escaped: true });
  else process.send({ type: 'stray', ...classify(api, e) });
};
// the parent is gone (killed, or a crash of its own): nobody reads results any more, and sending
// them would throw into the handlers above forever; a child that outlives its parent spins
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);

process.on('message', async (m) => {
  if (m.type === 'exit') process.exit(0);
  current = m.id;
  const t0 = performance.now();
  let result;
  try {
    const c = m.case ? deserializeCase(m.case) : target.generate(Rng.forCase(seed, targetName, m.index));
    const dir = materialize(c);
    await target.run(c, { api, dir, index: m.index });
    result = { outcome: 'ok' };
  } catch (e) {
    result = classify(api, e);
  }
  // let errors the case left behind (a stream's late 'error', a timer) surface while it is current
  await new Promise((r) => setTimeout(r, 1));
  await new Promise((r) => setImmediate(r));
  if (current !== m.id) return; // already reported as escaped
  current = undefined;
  process.send({ type: 'result', id: m.id, ms: performance.now() - t0, ...result });
});
process.send({ type: 'ready' });
