// `@kala/engine/code`: the code-security analyzer (tree-sitter syntax trees, data rules in
// code-rules/, intra-procedural taint), SARIF output and pre-generation vulnerability hints.
export { checkCode, analyzeCode, validateCodeRules, type CodeFinding, type CheckCodeOptions, type CheckCodeResult } from './analyze.js';
export { codeHints, type CodeHint } from './hints.js';
export { toSarif } from './sarif.js';
export { loadCodeRules, SEVERITIES, type CodeRule, type RuleCondition, type Severity, type Confidence, type TaintSpec } from './rules.js';
export { CODE_LANGUAGES, languageFromPath, normalizeLanguage, type CodeLanguage } from './parse.js';
export { extractCodeBlocks, checkCodeBlocks, replyCodeReport, repairReplyCode, type CodeBlock, type ReplyCodeFinding, type ReplyCodeReport, type ReplyRepair } from './blocks.js';
export { runSandboxed, sandboxAvailable, SANDBOX_DEFAULT_LIMITS, type SandboxOptions, type SandboxLimits, type SandboxResult, type SandboxEnforcement, type SandboxAvailability, type SandboxLanguage } from './sandbox.js';
export * from '../util/errors.js';
export { repairCode, repairSupported, REPAIR_CLASSES, unifiedDiff, type RepairOptions, type RepairResult, type RepairRecord, type RepairStatus, type RepairTests } from './repair/index.js';
