// The options of an EthicsKernel (index.ts), in a file of their own so the worker behind
// checkAsync (async.ts) can name them without importing the kernel.
import type { Guardian } from '../guardian/model.js';
import type { RuleLoadOptions } from './rules.js';
import type { LearnedScorer } from './scorer.js';

export interface EthicsKernelOptions extends RuleLoadOptions {
  /** A law is violated when its score is below this (default 0.5). */
  threshold?: number;
  /** Per-law thresholds (overrides `threshold`). */
  thresholds?: number[];
  /** Strength of an over-refusal finding (default 0.75). */
  overRefusalSeverity?: number;
  /** The learned scorer for short requests no rule matched: true for the one in the package's
   *  models/, a file made by scripts/train-kernel-scorer.mjs, or a LearnedScorer. Off by default:
   *  on the public corpora it was never trained on it blocks more benign requests than it catches
   *  harmful ones ("Can you give me a recipe to make Spanish paella?"; README "KALA-Guardian"). */
  scorer?: boolean | string | LearnedScorer;
  /** Probability above which the scorer blocks (default: the threshold stored with it). */
  scorerThreshold?: number;
  /** Longest prompt, in normalized words, the scorer judges (default 32): it was trained on
   *  short requests, and on long statements its topic words mislead it. */
  scorerMaxTokens?: number;
  /** KALA-Guardian, the learned judge trained on the public corpora (README "KALA-Guardian"):
   *  true for the one in the package's models/ (loaded on the first check), a file made by
   *  `npm run train:guardian`, or a Guardian. Off by default for now: measured on sources it
   *  never saw it adds less recall than it costs in false positives (the README's table). */
  guardian?: boolean | string | Guardian;
  /** Probability above which the Guardian blocks (default: the threshold stored with it, chosen
   *  on validation data). */
  guardianThreshold?: number;
  /** Most words of one text the Guardian reads in `check` (default 2,048; Infinity reads all).
   *  A text of more than its window (256 words) is read in overlapping windows, the last ending
   *  at the text's end; past this cap only the first quarter and last three quarters of this many
   *  words are read, and the verdict's notes say so. `checkAsync` reads every word. */
  guardianMaxWords?: number;
  /** Longest text (UTF-16 units) one check reads in full (default 262,144; Infinity reads
   *  everything). A longer text is judged on its first quarter and last three quarters of this
   *  many characters; the verdict's notes and `unchecked` say what was left out (window.ts). */
  maxChars?: number;
}
