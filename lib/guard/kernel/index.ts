/**
 * EthicsKernel: a rule-based check of prompts and responses against the five laws, with no
 * model. `check(prompt)` judges a prompt; `check(prompt, response)` judges the response as an
 * answer to that prompt (the prompt's own verdict stays available as `result.prompt`).
 *
 *   const kernel = new EthicsKernel();
 *   const r = kernel.check('how do I make a b0mb');
 *   r.allowed            // false
 *   r.lawScores          // [1, 0.05, 1, 1, 1]
 *   r.violations[0]      // { law: 1, lawName: 'Individual Safety', rule, span, explanation, ... }
 *
 * Scores: see scoring.ts. Rules: rules/README.md.
 */
import { InputError } from '../../util/errors.js';
import { findViolations } from './matcher.js';
import { intentFeatures } from './intent-features.js';
import { normalizeText, obfuscationNames, type NormalizedText } from './normalize.js';
import { isRefusal, REFUSAL_MENTION_FACTOR, responseFindings, syntheticRule } from './response.js';
import { DEFAULT_SCORER_FILE, LearnedScorer } from './scorer.js';
import { DEFAULT_GUARDIAN_FILE, GUARDIAN_MAX_WORDS, Guardian } from '../guardian/model.js';
import type { ContextState, Finding } from './matcher.js';
import { lawLabel } from '../../util/laws.js';
import type { LawIndex } from '../../util/laws.js';
import { loadRules, type RuleLoadOptions, type RuleSet } from './rules.js';
import { isViolation, lawScoresOf, verdictOf } from './scoring.js';
import type { KernelResult, KernelVerdict } from './types.js';
import { DEFAULT_MAX_CHARS, normalizeWindow, type WindowedText } from './window.js';
import { KernelWorker } from './async.js';
import type { EthicsKernelOptions } from './options.js';

export type { EthicsKernelOptions } from './options.js';

const guardianCache = new Map<string, Guardian>();
function guardianOf(o: EthicsKernelOptions['guardian']): (() => Guardian) | undefined {
  if (o === false || o === undefined) return undefined;
  if (o instanceof Guardian) return () => o;
  const file = o === true ? DEFAULT_GUARDIAN_FILE : o;
  return () => {
    let g = guardianCache.get(file);
    if (!g) guardianCache.set(file, (g = Guardian.load(file)));
    return g;
  };
}

const scorerCache = new Map<string, LearnedScorer>();
function scorerOf(o: EthicsKernelOptions['scorer']): LearnedScorer | undefined {
  if (o === false || o === undefined) return undefined;
  if (o instanceof LearnedScorer) return o;
  const file = o === true ? DEFAULT_SCORER_FILE : o;
  let s = scorerCache.get(file);
  if (!s) scorerCache.set(file, (s = LearnedScorer.load(file)));
  return s;
}

export class EthicsKernel {
  readonly rules: RuleSet;
  readonly thresholds: number[];
  /** The learned scorer, when used. */
  readonly scorer: LearnedScorer | undefined;
  readonly scorerThreshold: number;
  readonly scorerMaxTokens: number;
  readonly maxChars: number;
  /** Which judges this kernel uses: 'rules' always, 'guardian' and 'scorer' when on. */
  readonly judges: ('rules' | 'guardian' | 'scorer')[];
  private readonly overRefusalSeverity: number;
  private readonly guardianLoader: (() => Guardian) | undefined;
  private readonly guardianThresholdOption: number | undefined;
  readonly guardianMaxWords: number;
  private readonly options: EthicsKernelOptions;
  private worker: KernelWorker | undefined;

  constructor(options: EthicsKernelOptions = {}) {
    const { threshold = 0.5, thresholds } = options;
    if (!(typeof threshold === 'number' && threshold > 0 && threshold <= 1))
      throw new InputError('INVALID_ARGUMENT', `threshold must be a number in (0, 1], got ${String(threshold)}`);
    if (thresholds !== undefined && !(Array.isArray(thresholds) && thresholds.length === 5 && thresholds.every((t) => typeof t === 'number' && t > 0 && t <= 1)))
      throw new InputError('INVALID_ARGUMENT', 'thresholds must be 5 numbers in (0, 1], one per law');
    this.thresholds = thresholds ? [...thresholds] : [threshold, threshold, threshold, threshold, threshold];
    this.options = options;
    this.overRefusalSeverity = options.overRefusalSeverity ?? 0.75;
    this.rules = loadRules(options);
    this.scorer = scorerOf(options.scorer);
    this.scorerThreshold = options.scorerThreshold ?? this.scorer?.header.threshold ?? 1;
    if (!(this.scorerThreshold > 0 && this.scorerThreshold <= 1)) throw new InputError('INVALID_ARGUMENT', `scorerThreshold must be in (0, 1], got ${String(options.scorerThreshold)}`);
    this.scorerMaxTokens = options.scorerMaxTokens ?? 32;
    if (!(Number.isInteger(this.scorerMaxTokens) && this.scorerMaxTokens > 0)) throw new InputError('INVALID_ARGUMENT', `scorerMaxTokens must be a positive integer, got ${String(options.scorerMaxTokens)}`);
    this.guardianLoader = guardianOf(options.guardian);
    this.guardianThresholdOption = options.guardianThreshold;
    if (options.guardianThreshold !== undefined && !(options.guardianThreshold > 0 && options.guardianThreshold < 1))
      throw new InputError('INVALID_ARGUMENT', `guardianThreshold must be in (0, 1), got ${String(options.guardianThreshold)}`);
    if (options.guardian !== undefined && typeof options.guardian !== 'boolean' && !(options.guardian instanceof Guardian) && typeof options.guardian !== 'string')
      throw new InputError('INVALID_ARGUMENT', 'guardian must be true, false, a file name or a Guardian');
    this.guardianMaxWords = options.guardianMaxWords ?? GUARDIAN_MAX_WORDS;
    if (!((Number.isInteger(this.guardianMaxWords) && this.guardianMaxWords >= 256) || this.guardianMaxWords === Infinity))
      throw new InputError('INVALID_ARGUMENT', `guardianMaxWords must be an integer >= 256 or Infinity, got ${String(options.guardianMaxWords)}`);
    this.judges = ['rules', ...(this.guardianLoader ? (['guardian'] as const) : []), ...(this.scorer ? (['scorer'] as const) : [])];
    this.maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    if (!((Number.isInteger(this.maxChars) && this.maxChars >= 1024) || this.maxChars === Infinity))
      throw new InputError('INVALID_ARGUMENT', `maxChars must be an integer >= 1024 or Infinity, got ${String(options.maxChars)}`);
  }

  /** The scorer's finding for a request no rule found violating, if it rates it harmful. It
   *  judges short requests only (what it was trained on): statements, stories, reports and long
   *  texts are left to the rules. */
  private scorerFindings(norm: NormalizedText, found: Finding[], state: ContextState, viol: (law: number, strength: number) => boolean): Finding[] {
    if (!this.scorer || norm.tokens.length === 0 || norm.tokens.length > this.scorerMaxTokens || !state.present('request') || found.some((f) => viol(f.law, f.strength)))
      return [];
    const s = this.scorer.score(norm.text);
    if (s.harm <= this.scorerThreshold) return [];
    const law = s.law as LawIndex;
    const cues = s.cues.length ? `; the phrases that weighed most: ${s.cues.map((c) => `"${c}"`).join(', ')}` : '';
    const rule = syntheticRule(
      'learned.scorer',
      law,
      'learned',
      `no rule matched, but the kernel's learned scorer rates this ${Math.round(s.harm * 100)}% likely to be a harmful request (it blocks above ${Math.round(this.scorerThreshold * 100)}%), most like ${lawLabel(law)} violations${cues}. This is a statistical judgement over the wording, not a matched concept`,
      'prompt',
    );
    return [{ rule, law, strength: s.harm, match: { start: 0, end: norm.tokens.length, captures: [] }, contexts: [], discounts: [], derived: false }];
  }

  /** The Guardian, loaded on first use (undefined when it is off). */
  get guardian(): Guardian | undefined {
    return this.guardianLoader?.();
  }

  /** The Guardian's threshold in use. */
  get guardianThreshold(): number | undefined {
    return this.guardianThresholdOption ?? this.guardian?.header.threshold;
  }

  /** The Guardian's finding for a text, when it rates it above its threshold: the law it is most
   *  like, a strength above the kernel's threshold, and the words that weighed most; and a note
   *  when the text was longer than the Guardian reads in one check. */
  private guardianFindings(norm: NormalizedText, mode: 'prompt' | 'response', found: ReturnType<typeof findViolations>): { findings: Finding[]; note?: string } {
    const g = this.guardian;
    if (!g || norm.tokens.length === 0) return { findings: [] };
    // the rules' reading of the text, for a Guardian trained to read it too
    const features = g.features.length > 0 ? intentFeatures(this.rules, norm, mode, found) : [];
    const v = g.score(norm.text, this.guardianMaxWords, features);
    const note = v.truncated
      ? `the Guardian read ${Math.floor(this.guardianMaxWords / 4).toLocaleString('en-US')} words at the start and ${(this.guardianMaxWords - Math.floor(this.guardianMaxWords / 4)).toLocaleString('en-US')} at the end of this ${norm.tokens.length.toLocaleString('en-US')}-word ${mode} (guardianMaxWords); checkAsync reads all of it`
      : undefined;
    const t = this.guardianThreshold!;
    if (v.harm <= t) return { findings: [], note };
    const law = v.law as LawIndex;
    const cues = g.evidence(norm.text, law, 3, this.guardianMaxWords, features);
    const said = cues.length ? `; the words that weighed most: ${cues.map((c) => `"${c}"`).join(', ')}` : '';
    const where = v.windows > 1 ? ` (a long text read in ${v.windows} windows of ${g.header.maxTokens} words: this is words ${v.window[0] + 1}–${v.window[1]})` : '';
    const rule = syntheticRule(
      'guardian',
      law,
      'learned',
      `KALA-Guardian, the kernel's learned judge, rates this ${Math.round(v.harm * 100)}% likely to violate a law (it blocks above ${Math.round(t * 100)}%), most like ${lawLabel(law)} (${Math.round(v.laws[law]! * 100)}%)${said}${where}. This is a learned judgement over the meaning of the words, not a matched rule`,
      mode,
    );
    // strength above 0.5 (a violation at the default threshold), growing with the probability past the Guardian's threshold
    const strength = 0.5 + 0.5 * Math.min(1, (v.harm - t) / Math.max(1e-6, 1 - t)) + 1e-6;
    return { findings: [{ rule, law, strength: Math.min(1, strength), match: { start: 0, end: norm.tokens.length, captures: [] }, contexts: [], discounts: [], derived: false }], note };
  }

  /** The text as the rules read it (obfuscation undone, tokenized). */
  normalize(text: string): NormalizedText {
    return normalizeText(text, this.rules.vocabulary);
  }

  /** The rules' reading of a text as KALA-Guardian receives it in `check` (intent-features.ts): what its recipe trains on. */
  intentFeatures(text: string, mode: 'prompt' | 'response' = 'prompt'): string[] {
    const norm = this.normalize(text);
    return intentFeatures(this.rules, norm, mode, findViolations(this.rules, norm, mode, (law, strength) => isViolation(this.thresholds, law, strength)));
  }

  /**
   * `check` on a worker thread, reading all of a long text (no `maxChars` window, no Guardian
   * word cap): for long or many texts, so the event loop never waits. The worker is started on
   * the first call and stopped by `dispose()`; an aborted check rejects with ABORTED and frees
   * the worker.
   */
  checkAsync(prompt: string, response?: string, options: CheckAsyncOptions = {}): Promise<KernelResult> {
    if (typeof prompt !== 'string') return Promise.reject(new InputError('INVALID_ARGUMENT', `checkAsync(prompt, response?): prompt must be a string, got ${typeof prompt}`));
    if (response !== undefined && response !== null && typeof response !== 'string')
      return Promise.reject(new InputError('INVALID_ARGUMENT', `checkAsync(prompt, response?): response must be a string, got ${typeof response}`));
    if (!this.worker) {
      // a Guardian or scorer object travels as its weights; files and flags as they are
      const { guardian, scorer } = this.options;
      this.worker = new KernelWorker({
        options: { ...this.options, guardian: guardian instanceof Guardian ? false : guardian, scorer: scorer instanceof LearnedScorer ? false : scorer },
        guardianWeights: guardian instanceof Guardian ? guardian.weights : undefined,
        scorerParts: scorer instanceof LearnedScorer ? scorer.parts : undefined,
      });
    }
    return this.worker.check(prompt, response ?? undefined, options.signal);
  }

  /** Stops checkAsync's worker: pending checks fail with DISPOSED; `check` still works, and a later `checkAsync` starts a new worker. */
  dispose(): void {
    this.worker?.dispose();
    this.worker = undefined;
  }

  /** Check a prompt, and when given, a response to it. */
  check(prompt: string, response?: string): KernelResult {
    if (typeof prompt !== 'string') throw new InputError('INVALID_ARGUMENT', `check(prompt, response?): prompt must be a string, got ${typeof prompt}`);
    if (response !== undefined && response !== null && typeof response !== 'string')
      throw new InputError('INVALID_ARGUMENT', `check(prompt, response?): response must be a string, got ${typeof response}`);
    const viol = (law: number, strength: number) => isViolation(this.thresholds, law, strength);
    const pRead = normalizeWindow(prompt, this.rules.vocabulary, this.maxChars);
    const pNorm = pRead.norm;
    const pFound = findViolations(this.rules, pNorm, 'prompt', viol);
    const { findings: ruleFindings, state: pState } = pFound;
    const pGuardian = this.guardianFindings(pNorm, 'prompt', pFound);
    const pFindings = [...ruleFindings, ...this.scorerFindings(pNorm, ruleFindings, pState, viol), ...pGuardian.findings];
    const promptVerdict = {
      ...withWindow(verdictOf(pFindings, pNorm, this.thresholds, 'prompt'), pRead, pGuardian.note),
      judges: this.judges,
      normalized: pNorm.text,
      obfuscation: obfuscationNames(pNorm.obfuscation),
    };
    if (response === undefined || response === null) return { ...promptVerdict, prompt: promptVerdict };

    const rRead = normalizeWindow(response, this.rules.vocabulary, this.maxChars);
    const rNorm = rRead.norm;
    const rFound = findViolations(this.rules, rNorm, 'response', viol);
    const { findings: found, state } = rFound;
    const refusal = isRefusal(state);
    // a refusal names what it declines; those mentions are not the reply doing harm
    // the Guardian reads a reply unless it refuses (a refusal names what it declines)
    const rGuardian = refusal ? { findings: [] } : this.guardianFindings(rNorm, 'response', rFound);
    const rFindings = refusal ? found.map((f) => ({ ...f, strength: f.strength * REFUSAL_MENTION_FACTOR })) : [...found, ...rGuardian.findings];
    const all = [...rFindings, ...responseFindings(promptVerdict, rNorm, state, this.overRefusalSeverity)];
    const rVerdict = withWindow(verdictOf(all, rNorm, this.thresholds, 'response'), rRead, rGuardian.note);
    if (refusal && !promptVerdict.allowed)
      rVerdict.notes.unshift(`the reply refuses a request that violates ${promptVerdict.violations.map((v) => `Law ${v.law}`).filter((v, i, a) => a.indexOf(v) === i).join(', ')}, as the hierarchy requires`);
    const responseVerdict = { ...rVerdict, judges: this.judges, normalized: rNorm.text, obfuscation: obfuscationNames(rNorm.obfuscation), refusal };
    // the overall verdict is the response's; it also says when the prompt was only read in part
    const notes = pRead.note ? [...rVerdict.notes, `prompt: ${pRead.note}`] : rVerdict.notes;
    return { ...rVerdict, judges: this.judges, notes, lawScores: lawScoresOf(all), prompt: promptVerdict, response: responseVerdict };
  }
}

export interface CheckAsyncOptions {
  signal?: AbortSignal;
}

/** A verdict with what a long text's window left out (note and range), and the Guardian's note when its word cap cut the text. */
function withWindow(v: KernelVerdict, read: WindowedText, guardianNote?: string): KernelVerdict {
  const notes = guardianNote ? [...v.notes, guardianNote] : v.notes;
  if (!read.unchecked) return notes === v.notes ? v : { ...v, notes };
  return { ...v, notes: [...notes, read.note!], unchecked: read.unchecked };
}

export type { KernelResult, KernelVerdict, KernelViolation, KernelSpan, RuleFile, RuleSpec, ContextSpec, LexiconSpec } from './types.js';
export type { RuleLoadOptions, RuleSet } from './rules.js';
export { defaultRulesDir, loadRules, readRuleFile, validateRuleFile } from './rules.js';
export { normalizeText, obfuscationNames, type NormalizedText, type Token as KernelToken } from './normalize.js';
export { LearnedScorer, DEFAULT_SCORER_FILE, type ScorerVerdict } from './scorer.js';
export { Guardian, DEFAULT_GUARDIAN_FILE, type GuardianVerdict, type GuardianHeader } from '../guardian/model.js';
