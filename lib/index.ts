// `@kala/engine`: the whole public API (DESIGN §5). The subpaths `@kala/engine/guard`, `/serve`,
// `/data` and `/train` export one part each, for apps that need only that part.
export * from './util/errors.js';
export { LAWS, lawLabel, type LawIndex, type LawName } from './util/laws.js';
export { Tensor, type DType } from './util/tensor.js';
export { Tokenizer } from './tokenizer.js';
export { EthicsMonitor, type Violation, type ModelViolation, type EthicsMonitorOptions } from './monitor.js';
export { KalaModel, type LoadOptions, type LoadProgress, type CreateOptions, type ForwardResult, type TokenBatch, type GpuPrecision } from './model.js';
export { ModelSession, commonPrefix, type ModelSessionOptions, type EvaluateResult } from './session.js';
export { GenerationStream, type GenerateOptions, type GenerationResult, type GenerationStep, type StopReason } from './generation.js';
export { type ModelConfig } from './formats/config.js';
export { chooseDevice, type DeviceChoice, type DeviceRequest } from './native/device.js';
export * from './data/index.js';
export * from './guard/index.js';
export * from './train/index.js';
export * from './serve/index.js';
export { checkCode, analyzeCode, validateCodeRules, codeHints, toSarif, loadCodeRules, extractCodeBlocks, checkCodeBlocks, CODE_LANGUAGES, languageFromPath, type CodeFinding, type CheckCodeOptions, type CheckCodeResult, type CodeHint, type CodeRule, type CodeLanguage } from './code/index.js';
