export { OpenAICompatibleClient, ChatStream, parseChatCompletion, LM_STUDIO_URL, type OpenAIClientOptions, type ChatOptions, type ChatResult, type ChatDelta, type ToolCallRequest } from './client.js';
export { HttpError, retryAfterMs, backoffMs } from './transport.js';
export { sseData } from './sse.js';
