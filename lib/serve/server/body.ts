// Reading a JSON request body. First what the headers alone decide: 415 unless the body is
// declared `application/json` (a web page can POST text/plain or a form to a local server without
// the browser asking first; a JSON body needs a CORS preflight this server never grants), and 413
// when Content-Length is over the limit. Then the bytes, counted as they arrive: past the limit the
// server stops buffering and answers 413 (the connection is closed after the reply, so the rest is
// never read); 400 for an empty body or bad JSON.
import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest } from './validation.js';

function tooLarge(bytes: number | string, max: number): ApiError {
  return new ApiError(413, 'invalid_request_error', 'request_too_large', `the request body is ${bytes} bytes; this server takes at most ${max} (kala-train serve --max-body)`, null);
}

/** The media type of a Content-Type header value, lower-cased, without parameters. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Throws 415 unless the request says its body is JSON, 413 when it declares more than `maxBytes`. */
export function checkBodyHeaders(req: IncomingMessage, maxBytes: number): void {
  const type = req.headers['content-type'];
  if (mediaType(type) !== 'application/json')
    throw new ApiError(
      415,
      'invalid_request_error',
      'unsupported_media_type',
      `the request body must be JSON sent with Content-Type: application/json (got ${type === undefined ? 'no Content-Type' : JSON.stringify(type)})`,
      null,
    );
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared, maxBytes);
}

/** The parsed body; call checkBodyHeaders first. Rejects with 413 as soon as more than `maxBytes` arrived. */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (e: unknown, v?: unknown) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      chunks.length = 0;
      if (e) {
        // stop reading: the reply to an unread body closes the connection (KalaServer), so what the
        // client still sends is never buffered
        req.pause();
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
