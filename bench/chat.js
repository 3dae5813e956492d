// A 10-turn chat on a pythia-shaped random model with the real Pythia tokenizer: time to first
// token of turn 10 when the whole history is run again (model.stream, what UnifiedSession and
// serve did before sessions) and when a kept session runs only the new turn (model.createSession,
// what they do now); and generate's tokens/s against the engine's own per-step rate in the same run.
//   node bench/chat.js [--shape pythia-160m] [--reply 32] [--runs 5]
import path from 'node:path';
import { KalaModel, Tokenizer } from '../dist/index.js';
import { renderChat } from '../dist/chat.js';
import { ROOT, machine, engine, saveResult } from './lib.js';
import { pythiaConfig } from './model.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const shape = arg('--shape', 'pythia-160m');
const replyTokens = Number(arg('--reply', 32));
const runs = Number(arg('--runs', 5));
const tokenizer = await Tokenizer.fromFile(path.resolve(ROOT, '..', 'shared', 'data', 'tokenizer', '20B_tokenizer.json'));
const model = KalaModel.create(pythiaConfig(shape), { seed: 1, tokenizer });
const opts = { maxNewTokens: replyTokens, temperature: 0, monitor: false };
const USER = [
  'Hi! I am planning a week of cooking for my family and would like some help.',
  'We have two children who do not like spicy food. What could we have on Monday?',
  'That sounds good. Could you suggest a vegetarian option for Tuesday as well?',
  'My daughter is allergic to nuts. Does that change anything in what you said?',
  'What about a quick lunch I can prepare the evening before, for Wednesday?',
  'Thursday is busy. Is there something I can cook in under twenty minutes?',
  'For Friday we like to have fish. Which kinds are good for children?',
  'On Saturday my parents visit. I would like a dessert everyone enjoys.',
  'Sunday should be simple. Could you plan a soup and some bread?',
  'Finally, could you write the whole shopping list for the week, grouped by shop?',
];

const ms = (t0) => performance.now() - t0;
/** Time until the first token of a stream. */
async function firstToken(stream) {
  const t0 = performance.now();
  for await (const _ of stream) return ms(t0);
  return ms(t0);
}

// turns 1..9 through a kept session; the history as a chat client would resend it
const session = await model.createSession();
const history = [];
for (let t = 0; t < 9; t++) {
  history.push({ role: 'user', content: USER[t] });
  await session.evaluate(renderChat(history, { addGenerationPrompt: true }));
  const r = await session.generate(opts);
  history.push({ role: 'assistant', content: r.text.trim() || '…' });
}
history.push({ role: 'user', content: USER[9] });
const turn10 = renderChat(history, { addGenerationPrompt: true });
const ids10 = await tokenizer.encode(turn10);
const before9 = await tokenizer.encode(renderChat(history.slice(0, -1), { addGenerationPrompt: false }));

const whole = [], kept = [];
let reused = 0;
for (let i = 0; i < runs; i++) {
  whole.push(await firstToken(model.stream(ids10, { ...opts, maxNewTokens: 1 })));
  // back to the state after turn 9 (the cache holds its history), then turn 10
  await session.evaluate(before9);
  const t0 = performance.now();
  const e = await session.evaluate(ids10);
  reused = e.reused;
  const first = await firstToken(session.stream({ ...opts, maxNewTokens: 1 }));
  kept.push(ms(t0));
}
const best = (xs) => Math.min(...xs);

// generate's tokens/s from the turn-10 context, and the engine's per-step rate (one token per step, no sampling)
await session.evaluate(ids10);
const n = 64;
let t0 = performance.now();
const g = await session.generate({ maxNewTokens: n, temperature: 0 }); // the default monitor on, text decoded
const genTps = g.tokens.length / (ms(t0) / 1000);
await session.evaluate(ids10);
t0 = performance.now();
for (let i = 0; i < n; i++) await session.prompt([g.tokens[i] ?? 1]);
const stepTps = n / (ms(t0) / 1000);

const result = {
  machine: machine(engine()),
  shape,
  turn10: { promptTokens: ids10.length, reusedTokens: reused, runs },
  ttftMs: { wholeHistory: best(whole), keptSession: best(kept), speedup: best(whole) / best(kept) },
  generate: { tokens: g.tokens.length, tokensPerSecond: genTps, engineStepsPerSecond: stepTps, ratio: genTps / stepTps },
};
console.log(`${shape}, turn 10 of a chat (${ids10.length} prompt tokens, ${reused} of them cached):`);
console.log(`  time to first token, whole history run again: ${best(whole).toFixed(0)} ms`);
console.log(`  time to first token, kept session (new turn only): ${best(kept).toFixed(0)} ms  (${result.ttftMs.speedup.toFixed(1)}× faster)`);
console.log(`  generate ${genTps.toFixed(1)} tokens/s (monitor on, text decoded) vs the engine's ${stepTps.toFixed(1)} steps/s: ${(100 * result.generate.ratio).toFixed(0)}%`);
saveResult('chat', result);
session.dispose();
model.dispose();
