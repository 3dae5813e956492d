// Server-sent events, write side: `data: {json}\n\n` per chunk, `data: [DONE]\n\n` at the end.
import type { ServerResponse } from 'node:http';

export class SSEWriter {
  constructor(readonly res: ServerResponse) {}

  /** Sends the headers at once, so the client sees the stream open while its request waits in the queue. */
  open(headers: Record<string, string> = {}): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...headers,
    });
    this.res.flushHeaders();
  }

  /** False once the client is gone or the stream was ended. */
  get writable(): boolean {
    return !this.res.writableEnded && !this.res.destroyed;
  }

  send(data: unknown): void {
    if (this.writable) this.res.write(`data: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends the stream with the [DONE] sentinel. */
  done(): void {
    if (!this.writable) return;
    this.res.write('data: [DONE]\n\n');
    this.res.end();
  }

  /** Ends the stream with an error event (the OpenAI clients raise it). */
  fail(error: { message: string; type: string; code: string | null; param?: string | null }): void {
    if (!this.writable) return;
    this.res.write(`data: ${JSON.stringify({ error: { param: null, ...error } })}\n\n`);
    this.res.end();
  }
}
