// `@kala/engine/serve`: the OpenAI-compatible server, the OpenAI client, UnifiedSession (a chat
// in front of any model, guarded by the EthicsKernel) and the tool-call protocol.
export { OpenAICompatibleClient, ChatStream, HttpError, LM_STUDIO_URL, type OpenAIClientOptions, type ChatOptions, type ChatResult, type ChatDelta, type ToolCallRequest } from './client/index.js';
export { createServer, startServer, KalaServer, type ServerOptions, type ListenOptions, type RequestLog, type ServableModel } from './server/index.js';
export { UnifiedSession, validateJson, runCodeTool, type SessionOptions, type SendOptions, type SessionReply, type SessionViolation, type SessionMessage, type SessionGenerationOptions, type SessionTool, type ToolCallRecord, type JsonSchema, type RunCodeToolOptions } from './session/index.js';
export type { OpenAIMessage, OpenAITool, KalaExtension, ChatCompletion, ChatCompletionChunk } from './openai-types.js';
export * from '../util/errors.js';
