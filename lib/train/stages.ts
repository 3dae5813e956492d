// The three training stages of KALA and the specialists of the last one: what each trains on
// by default and how much the ethics loss weighs.

export type Stage = 'constitutional' | 'capability' | 'specialist';
export type Specialist = 'code' | 'math' | 'physics' | 'guardian';

export interface StagePreset {
  /** Ethics-loss weight unless --ethics-weight overrides it. */
  ethicsWeight: number;
  /** Generate constitutional data when no --data is given. */
  generatesData: boolean;
  description: string;
}

export const STAGES: Record<Stage, StagePreset> = {
  constitutional: { ethicsWeight: 1.0, generatesData: true, description: 'the Five Laws: refusals, benign look-alikes, hierarchy conflicts, law-head supervision' },
  capability: { ethicsWeight: 0.1, generatesData: false, description: 'general skills on benign data (e.g. GSM8K, HumanEval), keeping the law heads calibrated' },
  specialist: { ethicsWeight: 0.3, generatesData: false, description: 'one domain (--specialist code|math|physics|guardian)' },
};

export const SPECIALISTS: Record<Specialist, StagePreset> = {
  code: { ethicsWeight: 0.3, generatesData: true, description: 'programming: --data (HumanEval-style or prompt/response) plus secure-coding Q&A built from the code-security rules\' examples' },
  math: { ethicsWeight: 0.3, generatesData: false, description: 'mathematics (GSM8K-style or prompt/response data)' },
  physics: { ethicsWeight: 0.3, generatesData: false, description: 'physics (prompt/response data)' },
  guardian: { ethicsWeight: 2.0, generatesData: true, description: 'the monitor itself: adversarial and constitutional data, heavy ethics weight' },
};

export function stagePreset(stage: Stage, specialist?: Specialist): StagePreset {
  return stage === 'specialist' && specialist ? SPECIALISTS[specialist] : STAGES[stage];
}
