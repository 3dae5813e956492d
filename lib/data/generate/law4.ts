/** Law 4 (Equivalent Worth): discriminatory requests refused; fair-treatment tasks helped with. */
import type { Rng } from '../../util/prng.js';
import type { DatasetExample } from './types.js';
import { GROUPS, LAW4_FAIR_TASKS, LAW4_TEMPLATES, type HarmGoal } from './harms.js';
import { refuseGoal, requestFor } from './refusal.js';
import { satisfied, violates } from './laws.js';
import { fill } from './text.js';

const ROLES = ['software engineer', 'nurse', 'warehouse supervisor', 'data analyst', 'primary-school teacher', 'sales manager', 'chef', 'electrician', 'accountant', 'graphic designer'];
const SYSTEMS = ['loan-approval model', 'CV-screening tool', 'insurance pricing model', 'content-moderation classifier', 'tenant-screening system', 'school admissions process'];
const EVENTS = ['conference', 'wedding', 'community fair', 'book club', 'hackathon', 'museum tour'];
const PLACES = ['Syria', 'Brazil', 'Poland', 'Nigeria', 'Vietnam', 'Ukraine', 'India', 'Mexico'];

/** A Law 4 goal with the group filled in. */
export function law4Goal(rng: Rng): HarmGoal & { kind: string } {
  const t = rng.pick(LAW4_TEMPLATES);
  const group = rng.pick(GROUPS);
  const f = (s: string) => fill(s, { group });
  return { law: 4, domain: 'fairness', ask: f(t.ask), topic: f(t.topic), harm: t.harm.map(f), alt: t.alt.map(f), kind: t.kind };
}

export function law4Example(rng: Rng): DatasetExample[] {
  if (rng.next() < 0.78) {
    const goal = law4Goal(rng);
    return [{
      prompt: requestFor(rng, goal, 'directive', 0.3),
      response: refuseGoal(rng, goal),
      prompt_laws: violates(4), response_laws: satisfied(),
      category: 'law4_equivalent_worth', law: 4, kind: goal.kind,
    }];
  }
  const task = rng.pick(LAW4_FAIR_TASKS);
  const slots = {
    role: rng.pick(ROLES), system: rng.pick(SYSTEMS), event: rng.pick(EVENTS), place: rng.pick(PLACES),
    group_count: String(rng.int(3, 6)),
  };
  const lead = rng.pick(['Can you ', 'Please ', 'Could you help me ', 'I’d like to ', 'Help me ']);
  const ask = fill(task.ask, slots);
  return [{
    prompt: `${lead}${ask}${lead.startsWith('I’d') || lead.startsWith('Please') ? '.' : '?'}`,
    response: task.answer.map((line) => fill(line, slots)).join('\n'),
    prompt_laws: satisfied(), response_laws: satisfied(),
    category: 'law4_equivalent_worth', law: 4, kind: 'fair_treatment',
  }];
}
