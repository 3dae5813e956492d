// Bodies of POST /v1/chat/completions and /v1/completions: valid requests mutated as JSON and as
// bytes, read by the server's body reader (a stream standing in for the socket) and checked by
// its validators, then rendered with the chat template as the server would.
import { Readable } from 'node:stream';
import { jsonText, mutateJson, text } from '../mutate.mjs';

const TOOL = { type: 'function', function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } };
const CHAT = [
  { model: 'kala', messages: [{ role: 'user', content: 'Hello' }], max_tokens: 16, temperature: 0.7, top_p: 0.9, seed: 1, stop: ['\n'], stream: false },
  { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: [{ type: 'text', text: 'Hi' }] }], stream: true, stream_options: { include_usage: true }, top_k: 40 },
  {
    messages: [
      { role: 'user', content: 'Weather in Oslo?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"temp": 3}' },
    ],
    tools: [TOOL],
    tool_choice: 'auto',
  },
  { messages: [{ role: 'user', content: 'x' }], tools: [TOOL], tool_choice: { type: 'function', function: { name: 'get_weather' } }, response_format: { type: 'text' }, max_completion_tokens: 8 },
];
const COMPLETION = [
  { model: 'kala', prompt: 'Once upon a time', max_tokens: 8, temperature: 0, stop: 'END' },
  { prompt: [1, 2, 3], stream: true, seed: 7, top_p: 1 },
  { prompt: ['one prompt'], echo: false, logprobs: null },
];

export function generate(rng) {
  const chat = rng.chance(0.7);
  let body = structuredClone(rng.pick(chat ? CHAT : COMPLETION));
  if (rng.chance(0.85)) body = mutateJson(rng, body, { max: 4 });
  if (rng.chance(0.1) && chat && Array.isArray(body?.messages) && body.messages[0] && typeof body.messages[0] === 'object') body.messages[0].content = text(rng, 8192);
  const bytes = jsonText(rng, body, { damage: 0.1 });
  return { files: {}, input: { chat, body: bytes.toString('base64') }, note: chat ? 'chat' : 'completion' };
}

let server;
export async function setup() {
  const [{ readJsonBody }, validation, chat] = await Promise.all([
    import('../../../dist/serve/server/body.js'),
    import('../../../dist/serve/server/validation.js'),
    import('../../../dist/chat.js'),
  ]);
  server = { readJsonBody, ...validation, ...chat };
}

export async function run(c) {
  const bytes = Buffer.from(c.input.body, 'base64');
  const req = Object.assign(Readable.from([bytes]), { headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) } });
  const body = await server.readJsonBody(req, 1 << 20);
  if (c.input.chat) {
    const r = server.validateChat(body);
    server.renderChat(r.messages, { addGenerationPrompt: true });
  } else server.validateCompletion(body);
}
