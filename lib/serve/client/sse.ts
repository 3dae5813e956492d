// Server-sent events, read side: splits a byte stream into events and yields each event's data
// (the `data:` lines joined by newlines). Comments, `event:`, `id:` and `retry:` lines are skipped.

/** Yields the data of each event in a stream of SSE bytes; `onChunk` runs whenever bytes arrive. */
export async function* sseData(body: AsyncIterable<Uint8Array>, onChunk?: () => void): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buf = '';
  for await (const bytes of body) {
    onChunk?.();
    buf += decoder.decode(bytes, { stream: true }).replace(/\r\n?/g, '\n');
    for (;;) {
      const end = buf.indexOf('\n\n');
      if (end < 0) break;
      const data = eventData(buf.slice(0, end));
      buf = buf.slice(end + 2);
      if (data !== undefined) yield data;
    }
  }
  buf += decoder.decode();
  const last = eventData(buf.replace(/\r\n?/g, '\n'));
  if (last !== undefined) yield last;
}

function eventData(event: string): string | undefined {
  const data: string[] = [];
  for (const line of event.split('\n')) {
    if (line.startsWith('data:')) data.push(line.slice(line.startsWith('data: ') ? 6 : 5));
  }
  return data.length > 0 ? data.join('\n') : undefined;
}
