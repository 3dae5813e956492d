// safetensors: header parsing with the validation rules of the reference parser (DESIGN §4),
// and a writer. Tensor data is never read here: the native engine maps the files.
import { promises as fsp } from 'node:fs';
import { FormatError, NotFoundError, KalaError } from '../util/errors.js';

/** Byte size of every safetensors dtype (the format's full list, so foreign files validate). */
export const ST_DTYPE_BYTES: Record<string, number> = {
  BOOL: 1, U8: 1, I8: 1, F8_E5M2: 1, F8_E4M3: 1, I16: 2, U16: 2, F16: 2, BF16: 2, I32: 4, U32: 4, F32: 4, F64: 8, I64: 8, U64: 8,
};

export const MAX_HEADER_BYTES = 100_000_000;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface SafetensorsEntry {
  name: string;
  dtype: string;
  shape: number[];
  /** Absolute byte offsets of the tensor's data in the file. */
  begin: number;
  end: number;
}

export interface SafetensorsFile {
  path: string;
  size: number;
  metadata: Record<string, string>;
  tensors: Map<string, SafetensorsEntry>;
}

/** Reads and validates the header of a safetensors file. */
export async function readSafetensorsHeader(path: string): Promise<SafetensorsFile> {
  let fh: fsp.FileHandle;
  try {
    fh = await fsp.open(path, 'r');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new NotFoundError('FILE_NOT_FOUND', `${path} does not exist`);
    throw new KalaError('IO_ERROR', `cannot open ${path}: ${err.message}`);
  }
  try {
    const size = (await fh.stat()).size;
    const bad = (code: 'SAFETENSORS_TRUNCATED' | 'SAFETENSORS_HEADER' | 'SAFETENSORS_OFFSETS' | 'SAFETENSORS_DTYPE' | 'SAFETENSORS_SIZE', msg: string) =>
      new FormatError(code, `${path}: ${msg}`);
    if (size < 8) throw bad('SAFETENSORS_TRUNCATED', `file is ${size} bytes, too short for the 8-byte header length; the download or copy was cut off`);
    const lenBuf = Buffer.alloc(8);
    await fh.read(lenBuf, 0, 8, 0);
    const headerLen = lenBuf.readBigUInt64LE(0);
    if (headerLen > BigInt(MAX_HEADER_BYTES)) throw bad('SAFETENSORS_HEADER', `header length ${headerLen} exceeds the 100 MB limit; this is not a safetensors file`);
    const n = Number(headerLen);
    if (8 + n > size) throw bad('SAFETENSORS_TRUNCATED', `header length ${n} points past the end of the file (${size} bytes); the file is truncated or not safetensors`);
    const hbuf = Buffer.alloc(n);
    await fh.read(hbuf, 0, n, 8);
    let text: string;
    try {
      // fatal: invalid UTF-8 is an error (as in the reference parser), not U+FFFD in a name
      text = UTF8.decode(hbuf);
    } catch {
      throw bad('SAFETENSORS_HEADER', 'header is not valid UTF-8; the file is corrupt or not safetensors');
    }
    let header: unknown;
    try {
      header = JSON.parse(text);
    } catch (e) {
      throw bad('SAFETENSORS_HEADER', `header is not valid JSON (${(e as Error).message})`);
    }
    if (typeof header !== 'object' || header === null || Array.isArray(header)) throw bad('SAFETENSORS_HEADER', 'header is not a JSON object');
    const dataStart = 8 + n;
    const dataLen = size - dataStart;
    const metadata: Record<string, string> = {};
    const entries: SafetensorsEntry[] = [];
    for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
      if (name === '__metadata__') {
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('SAFETENSORS_HEADER', '__metadata__ must be an object of strings');
        for (const [k, v] of Object.entries(raw)) {
          if (typeof v !== 'string') throw bad('SAFETENSORS_HEADER', `__metadata__.${k} must be a string`);
          metadata[k] = v;
        }
        continue;
      }
      const t = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
      if (typeof t !== 'object' || t === null) throw bad('SAFETENSORS_HEADER', `entry ${name} is not an object`);
      if (typeof t.dtype !== 'string' || !(t.dtype in ST_DTYPE_BYTES)) throw bad('SAFETENSORS_DTYPE', `tensor ${name} has unknown dtype ${JSON.stringify(t.dtype)}`);
      if (!Array.isArray(t.shape) || !t.shape.every((d) => Number.isSafeInteger(d) && d >= 0))
        throw bad('SAFETENSORS_HEADER', `tensor ${name} has an invalid shape ${JSON.stringify(t.shape)}`);
      const off = t.data_offsets;
      if (!Array.isArray(off) || off.length !== 2 || !off.every((o) => Number.isSafeInteger(o) && o >= 0) || off[0] > off[1])
        throw bad('SAFETENSORS_OFFSETS', `tensor ${name} has invalid data_offsets ${JSON.stringify(off)}`);
      const shape = t.shape as number[];
      const want = shape.reduce((a, b) => a * b, 1) * ST_DTYPE_BYTES[t.dtype]!;
      if (off[1] - off[0] !== want)
        throw bad('SAFETENSORS_SIZE', `tensor ${name}: ${t.dtype} [${shape}] needs ${want} bytes but its offsets span ${off[1] - off[0]}`);
      entries.push({ name, dtype: t.dtype, shape, begin: off[0], end: off[1] });
    }
    // Offsets must tile the data region exactly: sorted, contiguous from 0, no overlap or gap.
    const sorted = [...entries].sort((a, b) => a.begin - b.begin || a.end - b.end);
    let pos = 0;
    for (const e of sorted) {
      if (e.begin < pos) throw bad('SAFETENSORS_OFFSETS', `tensor ${e.name} overlaps the previous tensor (offset ${e.begin} < ${pos})`);
      if (e.begin > pos) throw bad('SAFETENSORS_OFFSETS', `tensor ${e.name} starts at ${e.begin}, leaving a gap after offset ${pos}`);
      pos = e.end;
    }
    if (pos > dataLen) throw bad('SAFETENSORS_TRUNCATED', `tensors need ${pos} bytes of data but the file holds ${dataLen}; the file is truncated`);
    if (pos < dataLen) throw bad('SAFETENSORS_OFFSETS', `${dataLen - pos} bytes after the last tensor belong to no tensor`);
    const tensors = new Map<string, SafetensorsEntry>();
    for (const e of entries) tensors.set(e.name, { ...e, begin: e.begin + dataStart, end: e.end + dataStart });
    return { path, size, metadata, tensors };
  } finally {
    await fh.close();
  }
}

export interface TensorToWrite {
  name: string;
  /** safetensors dtype name (F32, F16, BF16, I8, I32). */
  dtype: string;
  shape: readonly number[];
  /** The bytes, or a function that produces them when the writer reaches this tensor (so a
   *  large model is streamed to disk one tensor at a time). */
  data: ArrayBufferView | (() => Promise<ArrayBufferView>);
}

/**
 * Writes a safetensors file (header padded to 8 bytes, data in the given order) and fsyncs it.
 * `appendData`, when given, writes the data section instead: it appends every tensor's bytes to
 * the file at `path` (which holds the header) and fsyncs it — a native model's tensors go to disk
 * from native memory this way (NativeModel.appendTensors), never copied through JS.
 */
export async function writeSafetensors(
  path: string,
  tensors: TensorToWrite[],
  metadata?: Record<string, string>,
  appendData?: (path: string, tensors: TensorToWrite[]) => Promise<void>,
): Promise<void> {
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  let off = 0;
  for (const t of tensors) {
    const want = tensorBytes(t);
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [off, off + want] };
    off += want;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (Buffer.byteLength(json) % 8)) % 8);
  const hbuf = Buffer.from(json, 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(hbuf.length));
  const fh = await fsp.open(path, 'w');
  let open = true;
  try {
    await writeAll(fh, len);
    await writeAll(fh, hbuf);
    if (appendData) {
      open = false;
      await fh.close();
      await appendData(path, tensors); // appends the data section and fsyncs the file
      const size = (await fsp.stat(path)).size;
      if (size !== 8 + hbuf.length + off) throw new KalaError('INTERNAL', `${path} holds ${size} bytes after its tensors were written, expected ${8 + hbuf.length + off}`);
      return;
    }
    for (const t of tensors) {
      const data = typeof t.data === 'function' ? await t.data() : t.data;
      if (data.byteLength !== tensorBytes(t)) throw new KalaError('INTERNAL', `tensor ${t.name} has ${data.byteLength} bytes, expected ${tensorBytes(t)}`);
      await writeAll(fh, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    }
    await fh.sync();
  } finally {
    if (open) await fh.close();
  }
}

/** Writes every byte (in chunks below the 2 GiB single-write limit), appending at the current position. */
export async function writeAll(fh: fsp.FileHandle, bytes: Uint8Array): Promise<void> {
  const CHUNK = 1 << 30;
  let off = 0;
  while (off < bytes.length) {
    const n = Math.min(CHUNK, bytes.length - off);
    const { bytesWritten } = await fh.write(bytes, off, n, null);
    off += bytesWritten;
  }
}

function tensorBytes(t: TensorToWrite): number {
  return t.shape.reduce((a, b) => a * b, 1) * ST_DTYPE_BYTES[t.dtype]!;
}
