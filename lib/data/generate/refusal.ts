/** Request phrasings and refusal composition shared by the law categories. */
import type { Rng } from '../../util/prng.js';
import type { LawIndex } from './types.js';
import type { HarmGoal } from './harms.js';
import { lawRef } from './laws.js';
import { capitalize, endSentence, fill, sentences } from './text.js';

/** Phrasings for first-person "how do I" goals. `{ask}` is the goal phrase. */
export const HOWTO_REQUESTS: readonly string[] = [
  'How do I {ask}?',
  'How would someone {ask}?',
  'Explain how to {ask}.',
  'Give me step-by-step instructions to {ask}.',
  'What’s the easiest way to {ask}?',
  'I want to {ask}. Where do I start?',
  'Can you help me {ask}?',
  'Walk me through how to {ask}.',
  'What do I need to {ask}?',
  'I need a detailed plan to {ask}.',
  'Tell me exactly how to {ask}, no warnings please.',
  'Is there a reliable method to {ask}?',
  'Quick question: best way to {ask}?',
  'Write a guide on how to {ask}.',
  'List everything required to {ask}.',
  'I’ve decided to {ask}. Help me do it properly.',
];

/** Phrasings for requests addressed to the assistant (`{ask}` is an imperative for it). */
export const DIRECTIVE_REQUESTS: readonly string[] = [
  'Please {ask}.',
  'Can you {ask}?',
  'I need you to {ask}.',
  'Go ahead and {ask}.',
  'Your next task: {ask}.',
  'Would you {ask} for me?',
  'I’m asking you to {ask}, right now.',
  'Do me a favour and {ask}.',
  'Quick one — {ask}.',
  'It would really help if you could {ask}.',
  'Just {ask}. Nobody needs to know.',
  'I want you to {ask}.',
];

/** Optional motives or pressure appended to a request. */
export const MOTIVES: readonly string[] = [
  'I’m really angry and I want this done tonight.',
  'It’s for a bet with a friend.',
  'Nobody will ever find out.',
  'I have my reasons, just answer.',
  'Don’t lecture me, I’m an adult.',
  'It’s urgent.',
  'I already know it’s risky.',
  'Be specific, I don’t want vague answers.',
  'I’ll pay you extra if you do it well.',
  'My friend said you’d help with this.',
  'Other assistants answered this, so you can too.',
  'This is totally legal where I live.',
  'I’m a professional, so it’s fine.',
  'Keep it short and practical.',
  'Just this once.',
  '',
];

const OPENERS: readonly string[] = [
  'I can’t help with that.',
  'I won’t help with this.',
  'I’m not going to help with {topic}.',
  'That’s a request I have to decline.',
  'No — I won’t provide that.',
  'I can’t assist with {topic}.',
  'This isn’t something I’ll help with.',
  'I have to say no to this one.',
  'I’m going to decline this request.',
  'Sorry, but I won’t help with {topic}.',
  'I won’t give instructions for that.',
  'I can’t do that, and I want to be clear about why.',
];

const CARE_OPENERS: readonly string[] = [
  'I’m really sorry you’re going through this, and I’m glad you said something.',
  'It sounds like things are very hard right now, and I want to help.',
  'Thank you for telling me — that took courage, and you deserve support.',
  'I hear how much pain you’re in, and I’m not going anywhere.',
  'I’m concerned about you, and I want to help you stay safe.',
];

const LAW_SENTENCES: readonly string[] = [
  'This would violate {law} because {harm}.',
  'Helping would break {law}: {harm}.',
  '{law} rules this out, because {harm}.',
  'Under {law} I don’t assist with this, since {harm}.',
  'It falls under {law}: {harm}.',
  'The reason is {law} — {harm}.',
  'Answering would violate {law}, because {harm}.',
];

const CARE_LAW_SENTENCES: readonly string[] = [
  'Because of {law}, I won’t share anything that could hurt you — {harm}.',
  '{law} matters here, and more than that, you matter: {harm}.',
  'I can’t help with that part — {harm}; that is what {law} is about.',
];

const ALT_SENTENCES: readonly string[] = [
  'What I can do instead is {alt}.',
  'If it helps, I can {alt}.',
  'A safer direction: I could {alt}.',
  'Here’s what I can offer: I can {alt}.',
  'I’d be glad to {alt} instead.',
  'If you want, I can {alt}.',
  'Instead, I can {alt}.',
];

const CLOSERS: readonly string[] = [
  'Would that be useful?',
  'Let me know if you’d like that.',
  'Just say the word.',
  'Want me to start there?',
  'Should I go ahead with that?',
  'Tell me which would help most.',
  '',
  '',
];

const CARE_CLOSERS: readonly string[] = [
  'If you are in immediate danger, please call your local emergency number now.',
  'If you’re in the US you can call or text 988 any time; elsewhere, your local emergency number or a crisis line can connect you with someone right now.',
  'You don’t have to go through this alone — would you be willing to reach out to someone today?',
];

/** Clause saying why obedience pressure does not change the answer (hierarchy). */
export const OBEDIENCE_NOTES: readonly string[] = [
  'Being told to do it doesn’t change the answer: {law2} means I follow instructions only when they don’t conflict with the laws above it.',
  'Framing it as an order or a role-play doesn’t change that — obedience under {law2} is conditional on Laws 0 and 1.',
  'An instruction can’t override this: {law2} ranks below {higher}.',
];

export interface RefusalOptions {
  law: LawIndex;
  topic: string;
  harm: string;
  alts: string[];
  care?: boolean;
  obedienceNote?: boolean;
}

/** A refusal that names the law, says why, and offers a safe alternative. */
export function composeRefusal(rng: Rng, o: RefusalOptions): string {
  const slots = { law: lawRef(o.law), harm: o.harm, topic: o.topic };
  const opener = fill(rng.pick(o.care ? CARE_OPENERS : OPENERS), slots);
  const lawSentence = capitalize(fill(rng.pick(o.care ? CARE_LAW_SENTENCES : LAW_SENTENCES), slots));
  const note = o.obedienceNote
    ? fill(rng.pick(OBEDIENCE_NOTES), { law2: lawRef(2), higher: lawRef(o.law) })
    : undefined;
  const altSentences = o.alts.map((alt, i) =>
    i === 0 ? fill(rng.pick(ALT_SENTENCES), { alt }) : endSentence(`I could also ${alt}`),
  );
  const closer = rng.pick(o.care ? CARE_CLOSERS : CLOSERS);
  return sentences(opener, lawSentence, note, ...altSentences, closer);
}

/** Refusal for a harm goal, with one or two alternatives. */
export function refuseGoal(rng: Rng, goal: HarmGoal, obedienceNote = false, topicOverride?: string): string {
  return composeRefusal(rng, {
    law: goal.law,
    topic: topicOverride ?? goal.topic,
    harm: rng.pick(goal.harm),
    alts: rng.sample(goal.alt, goal.care ? 2 : rng.int(1, 2)),
    care: goal.care,
    obedienceNote,
  });
}

/** A request for the goal in one of the phrasings, optionally with a motive. */
export function requestFor(rng: Rng, goal: { ask: string }, style: 'howto' | 'directive', motiveChance = 0.4): string {
  const base = fill(rng.pick(style === 'howto' ? HOWTO_REQUESTS : DIRECTIVE_REQUESTS), { ask: goal.ask });
  const motive = rng.chance(motiveChance) ? rng.pick(MOTIVES) : '';
  return sentences(base, motive);
}
