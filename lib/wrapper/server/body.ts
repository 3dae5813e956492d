// Reads a JSON request body under a size limit: 413 past it (from Content-Length at once, or as
// the bytes arrive), 400 for an empty body or bad JSON.
import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest } from './validation.js';

function tooLarge(bytes: number | string, max: number): ApiError {
  return new ApiError(413, 'invalid_request_error', 'request_too_large', `the request body is ${bytes} bytes; this server takes at most ${max} (kala-train serve --max-body)`, null);
}

export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      req.resume(); // let the client finish sending so it can read the reply
      return reject(tooLarge(declared, maxBytes));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (e: unknown, v?: unknown) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (e) {
        req.resume();
        reject(e);
      } else resolve(v);
    };
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) return finish(tooLarge(`more than ${maxBytes}`, maxBytes));
      chunks.push(c);
    };
    const onEnd = () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish(badRequest('the request body is empty; send a JSON object', null, 'invalid_json'));
      try {
        finish(undefined, JSON.parse(text));
      } catch (e) {
        finish(badRequest(`the request body is not valid JSON (${(e as Error).message})`, null, 'invalid_json'));
      }
    };
    const onError = (e: Error) => finish(badRequest(`the request body could not be read (${e.message})`, null, 'invalid_body'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
