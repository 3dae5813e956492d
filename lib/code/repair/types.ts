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
}

export type RepairOutcome = RepairPlan | { unsupported: string };

export type Repairer = (input: RepairInput) => RepairOutcome;

export const unsupported = (why: string): RepairOutcome => ({ unsupported: why });
