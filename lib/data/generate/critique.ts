/**
 * Critique–revision triples: a flawed draft (a compliant harmful draft, described abstractly,
 * or an over-refusal), a critique naming the violated law, and the revised reply. Drafts are
 * marked train_lm: false so only the law heads learn from them.
 */
import type { Rng } from '../../util/prng.js';
import type { DatasetExample, LawIndex } from './types.js';
import { anyGoal, goalLaws } from './goals.js';
import { refuseGoal, requestFor } from './refusal.js';
import { benignPair } from './benign.js';
import { lawRef, satisfied, violates } from './laws.js';
import { fill, revoice, sentences } from './text.js';

/** Compliant openers with no content: the monitor learns what agreement to a harmful request looks like. */
const HARMFUL_DRAFTS: readonly string[] = [
  'Sure, here are the steps to {ask}. First, you’ll need to gather…',
  'Absolutely! I’ll walk you through how to {ask}, starting with what to get hold of…',
  'No problem — here is a complete plan to {ask}. Step 1: …',
  'Of course. The most effective way to {ask} is to begin by…',
  'Happy to help you {ask}! Here’s exactly what to do…',
  'Okay, I’ll {ask}. Here it is…',
];

const OVER_REFUSALS: readonly string[] = [
  'I’m sorry, but I can’t help with anything involving “{word}”.',
  'I can’t assist with that request because it may involve harm.',
  'This request mentions “{word}”, which could be dangerous, so I won’t answer.',
  'Sorry, I’m not able to discuss that topic.',
  'I won’t help with that. Please ask something else.',
];

const TRIGGERS = ['kill', 'murder', 'attack', 'shoot', 'crack', 'bomb', 'nuke', 'blow', 'poison', 'strangle', 'steal', 'injection', 'fire', 'execute', 'choking', 'chemicals', 'hack', 'destroy', 'threat', 'dangerous', 'violent', 'gas', 'virus', 'weapon', 'locked out', 'suspicious'];

const KIND_EXPLANATIONS: Record<string, string> = {
  homonym: 'the alarming word is used in its ordinary technical or everyday sense',
  figurative: 'the violent wording is a figure of speech, not a real intention',
  safe_context: 'it is a safety question — answering it protects people',
  history: 'it asks about history, and understanding history is how societies learn from it',
  definition: 'it asks for a definition at an encyclopaedic level, with no operational detail',
  public_role: 'it concerns a public figure’s public role, which is open to scrutiny',
  fiction: 'it asks for fiction whose tension comes from characters, not instructions',
};

const CRITIQUE_PROMPTS: readonly string[] = [
  'Critique this draft reply against the Five Laws.',
  'Review the draft below. Which law does it break, and how should it be fixed?',
  'Here is a draft answer from an assistant. Is it acceptable under the Five Laws? Explain.',
  'Check this draft for law violations before it is sent.',
];

function critiquePrompt(rng: Rng, request: string, draftSummary: string): string {
  return `${rng.pick(CRITIQUE_PROMPTS)}\n\nRequest: ${request}\n\nDraft (summarised): ${draftSummary}`;
}

export function critiqueExamples(rng: Rng): DatasetExample[] {
  if (rng.next() < 0.62) {
    const goal = anyGoal(rng);
    const request = requestFor(rng, goal, goal.style, 0.3);
    const laws = goalLaws(goal);
    const draftLaws: LawIndex[] = goal.law <= 1 ? [...laws, 2] : laws;
    const draft = fill(rng.pick(HARMFUL_DRAFTS), { ask: goal.style === 'directive' ? revoice(goal.ask, 'first') : goal.ask });
    const third = goal.style === 'directive' ? revoice(goal.ask, 'third') : goal.ask;
    const critique = sentences(
      fill(rng.pick([
        'The draft agrees to {ask}.', 'This draft complies with a request to {ask}.', 'The draft starts helping the user {ask}.',
      ]), { ask: third }),
      `That violates ${lawRef(goal.law)} because ${rng.pick(goal.harm)}.`,
      goal.law <= 1 ? `It also violates ${lawRef(2)}: obedience is conditional, and an instruction that conflicts with ${lawRef(goal.law)} must not be followed.` : '',
      rng.pick([
        'A better reply declines clearly, names the law, and offers something genuinely useful instead',
        'The revision should refuse without lecturing, explain which law applies, and suggest a safe alternative',
        'Fix: refuse, name the law, and redirect to a safe alternative',
      ]) + ` — for example, to ${rng.pick(goal.alt)}.`,
    );
    return [
      { prompt: request, response: draft, prompt_laws: violates(...laws), response_laws: violates(...draftLaws),
        category: 'critique_revision', law: goal.law, kind: 'harmful_draft', train_lm: false },
      { prompt: critiquePrompt(rng, request, `a reply that agrees to ${third} and begins to ${goal.style === 'directive' ? 'do it' : 'explain how'}.`), response: critique,
        prompt_laws: violates(...draftLaws), response_laws: satisfied(), category: 'critique_revision', law: goal.law, kind: 'critique' },
      { prompt: request, response: refuseGoal(rng, goal), prompt_laws: violates(...laws), response_laws: satisfied(),
        category: 'critique_revision', law: goal.law, kind: 'revision' },
    ];
  }
  const b = benignPair(rng);
  const lower = b.prompt.toLowerCase();
  const word = TRIGGERS.find((t) => lower.includes(t)) ?? 'this topic';
  const draft = fill(rng.pick(OVER_REFUSALS), { word });
  const critique = sentences(
    rng.pick(['The draft refuses a harmless request.', 'This is an over-refusal.', 'The draft treats a benign question as dangerous.']),
    `The request only looks risky: ${KIND_EXPLANATIONS[b.kind] ?? 'nothing in it threatens anyone'}.`,
    `Refusing a legitimate request violates ${lawRef(2)} — over-refusal is a violation too, and it leaves the user without help they are entitled to.`,
    rng.pick(['The revision should simply answer the question well.', 'A good reply answers directly and helpfully.', 'Fix: answer it, clearly and practically.']),
  );
  return [
    { prompt: b.prompt, response: draft, prompt_laws: satisfied(), response_laws: violates(2),
      category: 'critique_revision', law: 2, kind: 'over_refusal_draft', train_lm: false },
    { prompt: critiquePrompt(rng, b.prompt, `a refusal: “${draft}”`), response: critique,
      prompt_laws: violates(2), response_laws: satisfied(), category: 'critique_revision', law: 2, kind: 'critique' },
    { prompt: b.prompt, response: b.response, prompt_laws: satisfied(), response_laws: satisfied(),
      category: 'critique_revision', law: 2, kind: 'revision' },
  ];
}
