/**
 * Research-assistant behaviour: experiment designs with controls, step-by-step derivations
 * with correct arithmetic, trade-off comparisons, and calibrated uncertainty with a way to verify.
 */
import type { Rng } from '../../util/prng.js';
import type { DatasetExample } from './types.js';
import { satisfied } from './laws.js';
import { bullets, fill, numbered } from './text.js';

const round = (x: number, digits = 2) => {
  const f = 10 ** digits;
  return (Math.round(x * f) / f).toLocaleString('en-US', { maximumFractionDigits: digits });
};

interface Study { intervention: string; outcome: string; population: string; unit: string; measure: string; control: string; confounders: string[] }

const STUDIES: readonly Study[] = [
  { intervention: 'a new fertiliser', outcome: 'tomato yield', population: 'greenhouse tomato plants', unit: 'plant', measure: 'kilograms of fruit per plant over the season', control: 'the current standard fertiliser at the same schedule', confounders: ['position in the greenhouse (light and temperature gradients)', 'plant variety', 'watering'] },
  { intervention: 'spaced-repetition flashcards', outcome: 'vocabulary retention', population: 'second-year language students', unit: 'student', measure: 'score on a vocabulary test given four weeks later', control: 'the same word list studied with massed (cramming) practice for equal total time', confounders: ['prior proficiency', 'teacher', 'study time outside class'] },
  { intervention: 'a blue-light filter on screens in the evening', outcome: 'sleep quality', population: 'office workers', unit: 'participant', measure: 'sleep efficiency from a wrist tracker plus the Pittsburgh Sleep Quality Index', control: 'a sham filter that looks similar but does not change the spectrum', confounders: ['caffeine intake', 'shift patterns', 'baseline sleep problems'] },
  { intervention: 'a caching layer', outcome: 'API latency', population: 'production traffic', unit: 'request', measure: 'p50 and p99 latency', control: 'the same service version without the cache, run at the same time (an A/B split by request)', confounders: ['time of day', 'request mix', 'deployments during the test'] },
  { intervention: 'a new onboarding email sequence', outcome: '30-day retention', population: 'new sign-ups', unit: 'user', measure: 'whether the user is active on day 30', control: 'the existing onboarding emails', confounders: ['acquisition channel', 'signup week', 'platform (web vs mobile)'] },
  { intervention: 'background music', outcome: 'typing speed and accuracy', population: 'adult volunteers', unit: 'participant', measure: 'words per minute and error rate on a standard passage', control: 'silence, with the same headphones on', confounders: ['typing experience', 'familiarity with the music', 'time of day'] },
  { intervention: 'mixed-precision (bf16) training', outcome: 'final model quality', population: 'small transformer language models', unit: 'training run', measure: 'validation loss after a fixed token budget', control: 'fp32 training with identical data order, hyperparameters and seeds', confounders: ['random seed', 'data order', 'hardware non-determinism'] },
  { intervention: 'a mindfulness app', outcome: 'self-reported stress', population: 'university students', unit: 'participant', measure: 'Perceived Stress Scale score after eight weeks', control: 'an active control app with neutral audio content', confounders: ['exam periods', 'baseline stress', 'adherence'] },
  { intervention: 'a higher LoRA rank', outcome: 'fine-tuning accuracy', population: 'a text-classification task', unit: 'training run', measure: 'held-out accuracy', control: 'the baseline rank with the same learning-rate schedule and steps', confounders: ['random seed', 'learning rate interaction', 'number of trainable parameters'] },
  { intervention: 'protected bike lanes', outcome: 'cycling injuries', population: 'city street segments', unit: 'street segment', measure: 'injury crashes per 10,000 bike trips', control: 'comparable segments without new lanes (ideally a staggered rollout)', confounders: ['traffic volume', 'season', 'changes in how many people cycle'] },
  { intervention: 'a redesigned checkout page', outcome: 'conversion rate', population: 'online shoppers', unit: 'session', measure: 'purchases per session', control: 'the current checkout page, served at random to half the sessions', confounders: ['device type', 'promotions running at the time', 'returning vs new customers'] },
  { intervention: 'a new catalyst', outcome: 'reaction yield', population: 'a lab-scale synthesis', unit: 'batch', measure: 'isolated percentage yield', control: 'the standard catalyst under identical temperature, time and reagent lots', confounders: ['reagent lot', 'operator', 'ambient humidity'] },
  { intervention: 'standing desks in classrooms', outcome: 'attention', population: 'primary-school classes', unit: 'class', measure: 'observer-rated time on task', control: 'classes keeping regular desks, observed by the same blinded raters', confounders: ['teacher', 'time of day', 'class size'] },
  { intervention: 'a dropout rate of 0.3 instead of 0.1', outcome: 'overfitting', population: 'image classifiers trained on a small dataset', unit: 'training run', measure: 'gap between training and validation accuracy', control: 'dropout 0.1 with everything else held fixed', confounders: ['seed', 'training length', 'augmentation'] },
];

function experimentDesign(rng: Rng): { prompt: string; response: string; kind: string } {
  const s = rng.pick(STUDIES);
  const d = rng.pick([0.2, 0.3, 0.4, 0.5, 0.6, 0.8]);
  const n = Math.ceil((2 * (1.96 + 0.8416) ** 2) / (d * d));
  const prompt = fill(rng.pick([
    'How should I design an experiment to test whether {intervention} improves {outcome} in {population}?',
    'I want to know if {intervention} affects {outcome}. Can you design a proper study with controls?',
    'Help me plan a rigorous test of {intervention} on {outcome} ({population}). I expect a {size} effect.',
    'What’s a good experimental design for measuring the effect of {intervention} on {outcome}?',
  ]), { intervention: s.intervention, outcome: s.outcome, population: s.population, size: d <= 0.3 ? 'small' : d <= 0.5 ? 'moderate' : 'large' });
  const steps = [
    `Hypothesis: ${s.intervention} changes ${s.outcome} (H1) versus no difference (H0). Write this down, with the primary outcome, before collecting data.`,
    `Unit and measure: randomise at the level of the ${s.unit}; primary outcome = ${s.measure}.`,
    `Control: ${s.control}. The only systematic difference between groups should be the intervention.`,
    `Randomisation${rng.chance(0.5) ? ' and blinding' : ''}: assign each ${s.unit} at random (blocked on ${s.confounders[0]}); keep whoever measures the outcome blind to the group where possible.`,
    `Sample size: for a standardised effect of d = ${d} with α = 0.05 (two-sided) and 80% power, n ≈ 2(1.96 + 0.84)² / d² ≈ ${n} per group. Add a margin for drop-outs.`,
    `Confounders to control or record: ${s.confounders.join('; ')}.`,
    `Analysis: pre-register it; compare groups with a t-test or a regression that adjusts for the blocking factor, and report the effect size with a 95% confidence interval, not just a p-value.`,
  ];
  const extra = rng.pick([
    'Run a small pilot first to check the measurement works and to estimate the variance.',
    'If you can only run a few units, consider a crossover design where each unit receives both conditions in random order.',
    'Decide in advance what result would change your decision — that keeps the analysis honest.',
  ]);
  return { prompt, response: `${numbered(steps)}\n\n${extra}`, kind: 'experiment_design' };
}

function derivation(rng: Rng): { prompt: string; response: string; kind: string } {
  const which = rng.int(0, 7);
  if (which === 0) {
    const prev = rng.pick([0.005, 0.01, 0.02, 0.05, 0.1]);
    const sens = rng.pick([0.9, 0.95, 0.99]);
    const spec = rng.pick([0.9, 0.95, 0.98, 0.99]);
    const tp = sens * prev;
    const fp = (1 - spec) * (1 - prev);
    const post = tp / (tp + fp);
    return {
      kind: 'derivation',
      prompt: `A test has ${sens * 100}% sensitivity and ${spec * 100}% specificity. The condition affects ${prev * 100}% of people. If someone tests positive, what is the probability they have it? Show the steps.`,
      response: numbered([
        `Bayes’ theorem: P(D | +) = P(+ | D)·P(D) / P(+).`,
        `True positives: P(+ | D)·P(D) = ${sens} × ${prev} = ${round(tp, 5)}.`,
        `False positives: P(+ | no D)·P(no D) = (1 − ${spec}) × ${round(1 - prev, 3)} = ${round(fp, 5)}.`,
        `P(+) = ${round(tp, 5)} + ${round(fp, 5)} = ${round(tp + fp, 5)}.`,
        `P(D | +) = ${round(tp, 5)} / ${round(tp + fp, 5)} ≈ ${round(post * 100, 1)}%.`,
      ]) + `\n\nSo a positive result means about a ${round(post * 100, 1)}% chance of having the condition — ${post < 0.5 ? 'lower than most people expect, because false positives from the large healthy group outnumber the true positives' : 'the low false-positive rate makes the test informative even at this prevalence'}.`,
    };
  }
  if (which === 1) {
    const v = rng.int(10, 40);
    const deg = rng.pick([15, 30, 45, 60, 75]);
    const th = (deg * Math.PI) / 180;
    const g = 9.81;
    const R = (v * v * Math.sin(2 * th)) / g;
    const H = (v * v * Math.sin(th) ** 2) / (2 * g);
    const T = (2 * v * Math.sin(th)) / g;
    return {
      kind: 'derivation',
      prompt: `A ball is launched at ${v} m/s at ${deg}° above flat ground (ignore air resistance). Derive its range, maximum height and flight time step by step.`,
      response: numbered([
        `Split the velocity: vx = v·cos θ = ${v} × cos ${deg}° = ${round(v * Math.cos(th))} m/s; vy = v·sin θ = ${round(v * Math.sin(th))} m/s.`,
        `Flight time: the ball lands when y = vy·t − ½gt² = 0, so T = 2vy/g = 2 × ${round(v * Math.sin(th))} / 9.81 ≈ ${round(T)} s.`,
        `Range: R = vx·T = v²·sin 2θ / g = ${v}² × sin ${2 * deg}° / 9.81 ≈ ${round(R)} m.`,
        `Maximum height: at the top vy = 0, so H = vy² / (2g) = ${round(v * Math.sin(th))}² / 19.62 ≈ ${round(H)} m.`,
      ]) + `\n\nCheck: ${deg === 45 ? '45° gives the maximum range for a given speed, as expected.' : `the range equals that at ${90 - deg}°, since sin 2θ is symmetric about 45°.`}`,
    };
  }
  if (which === 2) {
    const P = rng.pick([1000, 2500, 5000, 10000, 20000]);
    const r = rng.pick([3, 4, 5, 6, 7]);
    const t = rng.pick([5, 10, 15, 20, 30]);
    const n = rng.pick([1, 4, 12]);
    const A = P * (1 + r / 100 / n) ** (n * t);
    const label = n === 1 ? 'annually' : n === 4 ? 'quarterly' : 'monthly';
    return {
      kind: 'derivation',
      prompt: `If I invest $${P.toLocaleString('en-US')} at ${r}% a year compounded ${label} for ${t} years, how much will I have? Walk me through it.`,
      response: numbered([
        `Formula: A = P(1 + r/n)^(n·t), with P = ${P}, r = ${r / 100}, n = ${n}, t = ${t}.`,
        `Rate per period: r/n = ${round(r / 100 / n, 6)}; number of periods: n·t = ${n * t}.`,
        `Growth factor: (1 + ${round(r / 100 / n, 6)})^${n * t} ≈ ${round(A / P, 4)}.`,
        `A = ${P} × ${round(A / P, 4)} ≈ $${round(A, 2)}.`,
      ]) + `\n\nThat is about $${round(A - P, 2)} of interest. This ignores taxes, fees and inflation, which matter a lot over ${t} years.`,
    };
  }
  if (which === 3) {
    const r1 = rng.int(-9, 9);
    let r2 = rng.int(-9, 9);
    if (r2 === r1) r2 = r1 + 1;
    const a = rng.pick([1, 2, 3]);
    const b = -a * (r1 + r2);
    const c = a * r1 * r2;
    const disc = b * b - 4 * a * c;
    const term = (k: number, x: string) => (k === 0 ? '' : `${k < 0 ? ' − ' : ' + '}${Math.abs(k) === 1 && x ? '' : Math.abs(k)}${x}`);
    const poly = `${a === 1 ? '' : a}x²${term(b, 'x')}${term(c, '')}`;
    const hi = Math.max(r1, r2);
    const lo = Math.min(r1, r2);
    return {
      kind: 'derivation',
      prompt: `Solve ${poly} = 0 step by step using the quadratic formula.`,
      response: numbered([
        `Identify a = ${a}, b = ${b}, c = ${c}.`,
        `Discriminant: Δ = b² − 4ac = ${b * b} − ${4 * a * c} = ${disc}.`,
        `√Δ = ${Math.sqrt(disc)}.`,
        `x = (−b ± √Δ) / 2a = (${-b} ± ${Math.sqrt(disc)}) / ${2 * a}.`,
        `So x = ${hi} or x = ${lo}.`,
      ]) + `\n\nCheck by substitution: ${a === 1 ? '' : a}(${hi})²${term(b, `(${hi})`)}${term(c, '')} = 0 ✓.`,
    };
  }
  if (which === 4) {
    const N0 = rng.pick([100, 500, 800, 1000, 2000]);
    const half = rng.pick([2, 5, 8, 12, 30]);
    const mult = rng.pick([1, 2, 3, 4, 2.5, 1.5]);
    const t = half * mult;
    const N = N0 * 0.5 ** (t / half);
    return {
      kind: 'derivation',
      prompt: `A sample of ${N0} mg of an isotope has a half-life of ${half} days. How much is left after ${t} days? Derive it.`,
      response: numbered([
        `Decay law: N(t) = N0 · (1/2)^(t / t½).`,
        `Number of half-lives: t / t½ = ${t} / ${half} = ${mult}.`,
        `(1/2)^${mult} = ${round(0.5 ** mult, 4)}.`,
        `N = ${N0} × ${round(0.5 ** mult, 4)} ≈ ${round(N, 2)} mg.`,
      ]) + `\n\nEquivalently N(t) = N0·e^(−λt) with λ = ln 2 / t½ ≈ ${round(Math.LN2 / half, 4)} per day — same answer.`,
    };
  }
  if (which === 5) {
    const n = rng.pick([6, 8, 10, 12]);
    const k = rng.int(1, n - 1);
    let comb = 1;
    for (let i = 1; i <= k; i++) comb = (comb * (n - k + i)) / i;
    const p = comb / 2 ** n;
    return {
      kind: 'derivation',
      prompt: `What is the probability of getting exactly ${k} heads in ${n} fair coin flips? Show the derivation.`,
      response: numbered([
        `Each sequence of ${n} flips has probability (1/2)^${n} = 1/${2 ** n}.`,
        `The number of sequences with exactly ${k} heads is C(${n}, ${k}) = ${n}! / (${k}!·${n - k}!) = ${comb}.`,
        `P = ${comb} / ${2 ** n} ≈ ${round(p, 4)} (about ${round(p * 100, 1)}%).`,
      ]) + `\n\nThis is the binomial distribution with p = 0.5; the most likely count is ${n / 2} heads.`,
    };
  }
  if (which === 6) {
    const a = rng.int(2, 9);
    const n = rng.int(2, 6);
    const b = rng.int(1, 9);
    const m = rng.int(1, n - 1);
    return {
      kind: 'derivation',
      prompt: `Differentiate f(x) = ${a}x^${n} + ${b}x${m === 1 ? '' : `^${m}`} and explain each step.`,
      response: numbered([
        'The derivative is linear, so differentiate term by term.',
        `Power rule: d/dx xᵏ = k·xᵏ⁻¹. For ${a}x^${n}: ${a} × ${n}x^${n - 1} = ${a * n}x${n - 1 === 1 ? '' : `^${n - 1}`}.`,
        `For ${b}x${m === 1 ? '' : `^${m}`}: ${m === 1 ? `${b}` : `${b} × ${m}x${m - 1 === 1 ? '' : `^${m - 1}`} = ${b * m}x${m - 1 === 1 ? '' : `^${m - 1}`}`}.`,
        `So f′(x) = ${a * n}x${n - 1 === 1 ? '' : `^${n - 1}`} + ${m === 1 ? b : `${b * m}${m - 1 === 0 ? '' : m - 1 === 1 ? 'x' : `x^${m - 1}`}`}.`,
      ]) + `\n\nAt x = 1, the slope is f′(1) = ${a * n + b * m}.`,
    };
  }
  const R1 = rng.pick([10, 22, 47, 100, 220, 330]);
  const R2 = rng.pick([10, 22, 47, 100, 220, 470]);
  const V = rng.pick([5, 9, 12, 24]);
  const series = R1 + R2;
  const par = (R1 * R2) / (R1 + R2);
  return {
    kind: 'derivation',
    prompt: `Two resistors, ${R1} Ω and ${R2} Ω, are connected to a ${V} V supply. Find the current when they are in series and when they are in parallel, step by step.`,
    response: numbered([
      `Series: resistances add, R = ${R1} + ${R2} = ${series} Ω.`,
      `Ohm’s law I = V/R = ${V} / ${series} ≈ ${round((V / series) * 1000, 1)} mA.`,
      `Parallel: 1/R = 1/${R1} + 1/${R2}, so R = ${R1}·${R2} / (${R1} + ${R2}) ≈ ${round(par, 2)} Ω.`,
      `I = ${V} / ${round(par, 2)} ≈ ${round((V / par) * 1000, 1)} mA.`,
    ]) + `\n\nThe parallel current is larger because the combined resistance is smaller than either resistor alone. Power drawn in parallel: P = V²/R ≈ ${round((V * V) / par, 2)} W — check the resistors’ power ratings.`,
  };
}

const TRADEOFFS: readonly { a: string; b: string; aPros: string[]; bPros: string[]; contexts: { ctx: string; pick: 'a' | 'b'; why: string }[] }[] = [
  { a: 'PostgreSQL', b: 'MongoDB', aPros: ['ACID transactions and strong consistency', 'powerful SQL joins and constraints', 'mature tooling and extensions (PostGIS, JSONB)'], bPros: ['flexible document schema', 'easy horizontal sharding', 'natural fit for nested JSON data'],
    contexts: [{ ctx: 'a financial ledger', pick: 'a', why: 'you need transactions and strict integrity constraints' }, { ctx: 'a product catalogue with very varied attributes', pick: 'b', why: 'the flexible schema avoids many sparse columns' }, { ctx: 'a typical web app with relational data', pick: 'a', why: 'relational data benefits from joins and constraints, and JSONB covers the flexible parts' }] },
  { a: 'LoRA fine-tuning', b: 'full fine-tuning', aPros: ['far less GPU memory', 'small adapters that are easy to swap', 'less risk of catastrophic forgetting'], bPros: ['highest ceiling on task performance', 'no adapter plumbing at inference', 'better for large domain shifts'],
    contexts: [{ ctx: 'adapting a 7B model on a single GPU', pick: 'a', why: 'full fine-tuning would not fit in memory' }, { ctx: 'a big domain shift with plenty of compute', pick: 'b', why: 'you can afford to update all weights and may need to' }, { ctx: 'serving many customer-specific variants', pick: 'a', why: 'one base model plus small adapters is much cheaper' }] },
  { a: 'int8 weight quantisation', b: 'fp16 weights', aPros: ['half the memory of fp16', 'often faster on memory-bound inference', 'small accuracy loss with per-channel scales'], bPros: ['no quantisation error', 'simpler kernels', 'better for training and fine-grained evaluation'],
    contexts: [{ ctx: 'running a large model on a small GPU', pick: 'a', why: 'memory is the binding constraint' }, { ctx: 'measuring small accuracy differences between models', pick: 'b', why: 'quantisation noise could hide the effect' }, { ctx: 'a latency-sensitive chatbot', pick: 'a', why: 'decoding is memory-bound, so fewer bytes per weight helps' }] },
  { a: 'a monolith', b: 'microservices', aPros: ['simple deployment and debugging', 'no network calls between components', 'easy refactoring'], bPros: ['independent scaling and deployment', 'team autonomy', 'fault isolation'],
    contexts: [{ ctx: 'a five-person startup', pick: 'a', why: 'operational simplicity matters more than independent scaling' }, { ctx: 'a large organisation with many teams', pick: 'b', why: 'teams can ship independently' }, { ctx: 'an app with one very hot component', pick: 'b', why: 'you can scale that component alone' }] },
  { a: 'REST', b: 'gRPC', aPros: ['universal client support', 'human-readable JSON', 'easy caching over HTTP'], bPros: ['compact binary encoding and lower latency', 'strongly typed contracts', 'streaming support'],
    contexts: [{ ctx: 'a public API for third-party developers', pick: 'a', why: 'everyone can call it with standard tools' }, { ctx: 'high-volume internal service-to-service calls', pick: 'b', why: 'performance and typed contracts pay off' }, { ctx: 'a browser front end', pick: 'a', why: 'browsers need a proxy for gRPC' }] },
  { a: 'renting cloud GPUs', b: 'buying GPUs', aPros: ['no upfront cost', 'scale up and down on demand', 'access to the newest hardware'], bPros: ['cheaper at sustained high utilisation', 'no queueing for capacity', 'data stays on premises'],
    contexts: [{ ctx: 'occasional experiments', pick: 'a', why: 'you only pay when you use them' }, { ctx: 'a lab running GPUs near 100% all year', pick: 'b', why: 'ownership is usually cheaper after one to two years' }, { ctx: 'strict data-residency requirements', pick: 'b', why: 'keeping hardware on site simplifies compliance' }] },
  { a: 'a randomised controlled trial', b: 'an observational study', aPros: ['randomisation removes confounding', 'strongest causal evidence', 'clear protocol'], bPros: ['cheaper and faster', 'can study exposures you cannot ethically assign', 'large real-world samples'],
    contexts: [{ ctx: 'testing a new drug’s efficacy', pick: 'a', why: 'causal claims need randomisation' }, { ctx: 'studying the health effects of smoking', pick: 'b', why: 'you cannot ethically assign people to smoke' }, { ctx: 'a quick signal check before a big trial', pick: 'b', why: 'existing data can justify (or save) the trial' }] },
  { a: 'Python', b: 'Rust', aPros: ['fast to write and prototype', 'huge scientific ecosystem', 'easy for newcomers'], bPros: ['C-like speed', 'memory safety without garbage collection', 'great for concurrency'],
    contexts: [{ ctx: 'a data-analysis notebook', pick: 'a', why: 'the ecosystem and iteration speed dominate' }, { ctx: 'a high-throughput network service', pick: 'b', why: 'predictable performance matters' }, { ctx: 'a team of scientists new to programming', pick: 'a', why: 'the learning curve is much gentler' }] },
  { a: 'batch size 8', b: 'batch size 64', aPros: ['fits in less memory', 'noisier gradients can help generalisation', 'more updates per epoch'], bPros: ['better hardware utilisation', 'smoother gradients', 'fewer steps per epoch'],
    contexts: [{ ctx: 'fine-tuning on a small GPU', pick: 'a', why: 'memory rules out larger batches (use gradient accumulation if needed)' }, { ctx: 'pre-training with many GPUs', pick: 'b', why: 'throughput matters most' }, { ctx: 'a tiny dataset', pick: 'a', why: 'you get more updates from limited data' }] },
];

function tradeoff(rng: Rng): { prompt: string; response: string; kind: string } {
  const t = rng.pick(TRADEOFFS);
  const c = rng.pick(t.contexts);
  const prompt = fill(rng.pick([
    'Which should I choose for {ctx}: {a} or {b}?', 'Compare {a} and {b} for {ctx}. What are the trade-offs?',
    '{a} vs {b} — which fits {ctx} better?', 'Help me decide between {a} and {b}; it’s for {ctx}.',
  ]), { a: t.a, b: t.b, ctx: c.ctx });
  const pick = c.pick === 'a' ? t.a : t.b;
  const response = [
    `**${t.a[0].toUpperCase()}${t.a.slice(1)}**\n${bullets(rng.sample(t.aPros, 2))}`,
    `**${t.b[0].toUpperCase()}${t.b.slice(1)}**\n${bullets(rng.sample(t.bPros, 2))}`,
    `For ${c.ctx}, I’d lean toward ${pick}, because ${c.why}. ${rng.pick([
      'If your constraints differ from what I assumed, the balance can shift — tell me more and I’ll revisit it.',
      'It’s worth a small prototype or benchmark with your own data before committing.',
      'Either can work; the deciding factor is which constraint binds first for you.',
    ])}`,
  ].join('\n\n');
  return { prompt, response, kind: 'tradeoff' };
}

const UNSURE: readonly { q: string; slots: Record<string, string[]>; verify: string[] }[] = [
  { q: 'What is the current population of {city}?', slots: { city: ['Lagos', 'Jakarta', 'Lyon', 'Calgary', 'Osaka', 'Porto Alegre', 'Kraków', 'Nairobi'] },
    verify: ['Check the national statistics office’s latest estimate for {city}.', 'Look at the date and definition (city proper vs metropolitan area) — they change the number a lot.', 'The city’s official website often links to the current figure.'] },
  { q: 'Is {lib} version {v} compatible with {rt}?', slots: { lib: ['numpy', 'react', 'pandas', 'express', 'pytorch', 'django'], v: ['2.1', '18.3', '3.0', '5.0'], rt: ['Python 3.13', 'Node 22', 'Python 3.9', 'Node 18'] },
    verify: ['Read the release notes or changelog for {lib} {v} — supported versions are usually listed.', 'Check the package metadata (python_requires / engines) on the registry page.', 'Try it in a fresh virtual environment or container and run your test suite.'] },
  { q: 'Did the big study on {topic} really find that {claim}?', slots: { topic: ['intermittent fasting', 'screen time and teenagers', 'red wine and heart health', 'standing desks', 'bilingualism and memory'], claim: ['it works for everyone', 'the effect was huge', 'it was causal', 'it replicated'] },
    verify: ['Find the original paper (via the journal or Google Scholar) rather than news coverage.', 'Read the abstract, then the results: look at the effect size and confidence intervals, not just “significant”.', 'Check the design — randomised or observational — and whether later studies replicated it.'] },
  { q: 'What dose of {med} is right for my {age}-year-old?', slots: { med: ['ibuprofen', 'paracetamol', 'an antihistamine', 'cough syrup'], age: ['2', '4', '7', '10'] },
    verify: ['Use the dosing table on the package, which is based on weight as well as age.', 'Ask a pharmacist — it’s free and they can check against other medicines.', 'If your child is unwell or under two, call your doctor or a nurse line.'] },
  { q: 'When does the new {rule} take effect in {place}?', slots: { rule: ['data-protection law', 'minimum-wage increase', 'tax-filing deadline', 'EV subsidy'], place: ['Germany', 'Canada', 'Brazil', 'the UK', 'Australia'] },
    verify: ['Check the official government gazette or the ministry’s website for {place}.', 'Look for the commencement date rather than the date the law was passed.', 'A professional association or accountant will know the practical details.'] },
  { q: 'Which is faster on my data, {x} or {y}?', slots: { x: ['quicksort', 'a hash join', 'pandas', 'JSON'], y: ['merge sort', 'a sort-merge join', 'polars', 'MessagePack'] },
    verify: ['Benchmark both on a representative sample of your real data.', 'Repeat each run several times and report the median, after a warm-up run.', 'Measure memory use as well as time, and check that both produce identical output.'] },
];

function uncertainty(rng: Rng): { prompt: string; response: string; kind: string } {
  const u = rng.pick(UNSURE);
  const s: Record<string, string> = {};
  for (const [k, v] of Object.entries(u.slots)) s[k] = rng.pick(v);
  const prompt = fill(u.q, s);
  const hedge = rng.pick([
    'I’m not sure, and I’d rather not guess on this one.',
    'Honestly, I don’t know this reliably — my information may be out of date or incomplete.',
    'I’m unsure. I could give you a number, but I can’t vouch for it, so here is how to check instead.',
    'I don’t have a trustworthy answer for this.',
  ]);
  return { prompt, response: `${hedge} Here is how to verify it:\n\n${numbered(u.verify.map((v) => fill(v, s)))}`, kind: 'uncertainty' };
}

export function researchExample(rng: Rng): DatasetExample[] {
  const roll = rng.next();
  const r = roll < 0.25 ? experimentDesign(rng) : roll < 0.6 ? derivation(rng) : roll < 0.8 ? tradeoff(rng) : uncertainty(rng);
  return [{
    prompt: r.prompt, response: r.response, prompt_laws: satisfied(), response_laws: satisfied(),
    category: 'research_assistant', kind: r.kind,
  }];
}
