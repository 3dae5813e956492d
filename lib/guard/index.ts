// `@kala/engine/guard`: judge text against the five laws with no model — the rule kernel
// (EthicsKernel), its evaluation on labelled data and the HTML report.
export * from './kernel/index.js';
export { evaluateKernel, evaluateKernelOn, loadEvalData, formatKernelEval, MODERATION_LAW_MAP, type KernelEvalReport, type DatasetEval, type EvalData, type EvalSample, type EvalFormat } from './evaluate.js';
export { renderKernelReportHtml } from './report.js';
export { LAWS, lawLabel, type LawIndex, type LawName } from '../util/laws.js';
export * from '../util/errors.js';
