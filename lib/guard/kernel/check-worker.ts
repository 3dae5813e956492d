/**
 * The worker thread behind `EthicsKernel.checkAsync` (async.ts): it builds its own kernel from the
 * caller's options (a Guardian or scorer given as an object arrives as its weights) and judges
 * texts in full — no character window, no Guardian word cap — so a long text costs this thread
 * time, never the caller's event loop.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Guardian } from '../guardian/model.js';
import { EthicsKernel } from './index.js';
import { LearnedScorer } from './scorer.js';
import type { CheckRequest, CheckReply, KernelWorkerSetup } from './async.js';

const setup = workerData as KernelWorkerSetup;
let kernel: EthicsKernel | undefined;
let setupError: unknown;
try {
  kernel = new EthicsKernel({
    ...setup.options,
    guardian: setup.guardianWeights ? new Guardian(setup.guardianWeights) : setup.options.guardian,
    scorer: setup.scorerParts ? new LearnedScorer(setup.scorerParts.header, setup.scorerParts.harm, setup.scorerParts.laws) : setup.options.scorer,
    maxChars: Infinity,
    guardianMaxWords: Infinity,
  });
} catch (e) {
  setupError = e;
}

parentPort!.on('message', (m: CheckRequest) => {
  let reply: CheckReply;
  try {
    if (!kernel) throw setupError;
    reply = { id: m.id, result: kernel.check(m.prompt, m.response) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { id: m.id, error: { name: err.name, code: Reflect.get(err, 'code') as unknown, message: err.message } };
  }
  parentPort!.postMessage(reply);
});
