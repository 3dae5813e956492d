// The contract between repairCode and the per-class repairs: a repair looks at the finding's
// syntax node and answers with text edits (never applied here) or why it cannot repair.
import type { CodeFinding } from '../analyze.js';
import type { CodeLanguage, SNode } from '../parse.js';
import type { TextEdit } from './edits.js';

export interface RepairInput {
  code: string;
  root: SNode;
  /** the node at the finding's range */
  node: SNode;
  finding: CodeFinding;
  language: CodeLanguage;
}

export interface RepairPlan {
  edits: TextEdit[];
  /** one line for people: what the repair changes */
  description: string;
  /** what the behaviour check must also see (password repairs: verification decisions) */
  check?: PasswordCheck;
}

/**
 * A password-hash repair changes how a password is stored and how it is verified; the check must
 * see the verification decide both ways (a right password accepted, a wrong one refused) in the
 * repaired run, with the same outputs as the original. roundTrip names a top-level function that
 * stores a hash and one that verifies a password, so generated calls can do hash-then-verify.
 */
export interface PasswordCheck {
  passwordDecisions: true;
  roundTrip?: { store: string; verify: string; storedParam?: string };
}

/**
 * unsupported: no repair exists for this shape (not counted as repairable). rejected: the finding
 * is of a class we repair, but this occurrence cannot be repaired safely (a password hash whose
 * comparison is not in the code): reported with the reason, never applied.
 */
export type RepairOutcome = RepairPlan | { unsupported: string } | { rejected: string; description: string };

export type Repairer = (input: RepairInput) => RepairOutcome;

export const unsupported = (why: string): RepairOutcome => ({ unsupported: why });

export const rejected = (why: string, description: string): RepairOutcome => ({ rejected: why, description });
