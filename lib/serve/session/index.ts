export { UnifiedSession, refusalText, type SessionOptions, type SendOptions, type SessionReply, type SessionViolation, type SessionMessage, type SessionGenerationOptions } from './session.js';
export { ToolBox, toolResultContent, MAX_TOOL_RESULT_CHARS, type SessionTool, type ToolCallRecord, type RequestedCall } from './tools.js';
export { validateJson, checkSchema, type JsonSchema, type JsonType } from './json-schema.js';
export { runCodeTool, type RunCodeToolOptions } from './run-code.js';
