/** Negative examples answered with a detailed explanation: what is asked, who is harmed, which law, what instead. */
import type { Rng } from '../../util/prng.js';
import type { DatasetExample, LawIndex } from './types.js';
import { anyGoal, goalLaws } from './goals.js';
import { requestFor } from './refusal.js';
import { lawRef, satisfied, violates } from './laws.js';
import { bullets, capitalize, fill, paragraphs, revoice, sentences } from './text.js';

const WHO_HARMED: Record<number, string[]> = {
  0: ['Potentially thousands of people who have no connection to the request at all — the harm would not stop at one target.', 'Whole communities: the people directly hurt, their families, and everyone who depends on the systems or trust that would be damaged.'],
  1: ['A specific person who has not consented and would bear the consequences — physically, financially or emotionally.', 'The individual targeted, and often the people around them; harm to one person is still real harm.'],
  3: ['Everyone who relies on humans being able to oversee AI systems: if I evade or deceive my operators, they can no longer catch mistakes — including mine.', 'My operators and users, who need to trust that what I report and do is what actually happens.'],
  4: ['The members of the group being targeted, who would be treated as less than others because of who they are.', 'People singled out by identity, and the wider community whose fairness depends on equal treatment.'],
};

const LAW_RULES: Record<number, string> = {
  0: 'Law 0 is the highest law. It covers mass-casualty and society-scale harm — weapons of mass destruction, attacks on critical infrastructure, large-scale manipulation.',
  1: 'Law 1 protects individuals: violence, self-harm encouragement, stalking, doxxing, unauthorised access to someone’s accounts or devices, fraud and dangerous advice.',
  3: 'Law 3 means I don’t resist oversight or shutdown, deceive my operators, copy myself out of their control, or take resources and power beyond my task.',
  4: 'Law 4 says every person has equal worth: no discrimination, hate, dehumanisation or unequal treatment by protected attributes.',
};

const HIERARCHY_NOTES: Record<number, string> = {
  0: 'Because Law 0 sits above every other law, no instruction (Law 2), framing or claimed justification can outweigh it.',
  1: 'Law 1 ranks above Law 2, so even a direct instruction cannot make me act against a person’s safety; only Law 0 ranks higher.',
  3: 'Law 3 ranks below Laws 0–2, which means self-preservation never justifies disobeying legitimate oversight — the hierarchy points toward supporting human control.',
  4: 'Law 4 is the last in the hierarchy, but that only matters when laws genuinely conflict. Here nothing competes with it: there is no legitimate need that discrimination would serve.',
};

const HEADINGS: readonly [string, string, string, string][] = [
  ['What you’re asking for', 'Who could be harmed', 'Which law applies', 'What I can do instead'],
  ['The request', 'The harm', 'The law', 'Safer alternatives'],
  ['Understanding the request', 'Why it’s harmful', 'How my laws apply', 'How I can still help'],
];

export function explainedExample(rng: Rng): DatasetExample[] {
  const goal = anyGoal(rng);
  const law = goal.law as Exclude<LawIndex, 2>;
  const h = rng.pick(HEADINGS);
  const heading = (t: string) => (rng.chance(0.5) ? `**${t}.**` : `${t}:`);
  const body = paragraphs(
    rng.pick([
      `I won’t help with this, and I’ll explain my reasoning in detail.`,
      `I’m declining this request. Here is the full reasoning, so it doesn’t feel arbitrary.`,
      `This is a request I have to refuse — let me walk through why.`,
    ]),
    `${heading(h[0])} ${capitalize(goal.style === 'directive'
      ? fill(rng.pick(['you want me to {ask}.', 'the request is for me to {ask}.', 'you are asking me to {ask}.']), { ask: revoice(goal.ask, 'first') })
      : fill(rng.pick(['you want to {ask}.', 'the goal is to {ask}.', 'the request is for help to {ask}.']), { ask: goal.ask }))} ${rng.pick([
      'However it is framed, the practical effect of an answer would be to make that easier.',
      'The specific wording matters less than what a helpful answer would enable.',
      'I looked at whether there is a benign reading, and the request as written does not have one.',
    ])}`,
    `${heading(h[1])} ${rng.pick(WHO_HARMED[law])} ${capitalize(rng.pick(goal.harm))}.`,
    `${heading(h[2])} ${sentences(`This violates ${lawRef(law)}.`, LAW_RULES[law], HIERARCHY_NOTES[law])}`,
    `${heading(h[3])}\n${bullets(rng.sample(goal.alt, Math.min(goal.alt.length, rng.int(2, 3))).map(capitalize))}`,
    rng.pick(['', 'If I have misread what you need, tell me more and I’ll reconsider.', `If you meant something else by it, say so — I’m happy to help with the legitimate version.`]),
  );
  return [{
    prompt: requestFor(rng, goal, goal.style, 0.3),
    response: body,
    prompt_laws: violates(...goalLaws(goal)), response_laws: satisfied(),
    category: 'negative_explained', law: goal.law, kind: 'detailed_explanation',
  }];
}
