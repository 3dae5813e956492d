// Checking runSandboxed's arguments. Everything that reaches bubblewrap's command line comes from
// here: a path that could leave /work, an option that could be read as a bubblewrap flag, or a limit
// that is not a positive number is refused with InputError before anything runs.
import { InputError } from '../../util/errors.js';
import type { SandboxLanguage, SandboxLimits, SandboxOptions } from './types.js';

export interface ValidOptions {
  language: SandboxLanguage;
  files: Record<string, string>;
  /** directories to create under /work, parents first */
  dirs: string[];
  command?: string[];
  entry?: string;
  stdin?: string;
  env: Record<string, string>;
  limits: Required<SandboxLimits>;
  signal?: AbortSignal;
}

const bad = (msg: string): never => {
  throw new InputError('INVALID_ARGUMENT', `runSandboxed: ${msg}`);
};

const MAX_FILES = 500;
/** upper bounds keep a typo from turning into a day-long or terabyte-sized limit */
const LIMIT_RANGE: Record<keyof SandboxLimits, [min: number, max: number, integer: boolean]> = {
  wallMs: [1, 3_600_000, false],
  cpuSeconds: [1, 86_400, true],
  memoryMb: [16, 1 << 20, true],
  processes: [1, 4096, true],
  fileSizeMb: [0, 1 << 20, false],
  outputBytes: [1, 256 << 20, true],
  diskMb: [1, 1 << 20, true],
};

const isRecord = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** A relative path inside /work: no absolute paths, no '.'/'..' segments, no empty segments. */
function checkPath(name: string): string[] {
  if (name.length === 0 || name.length > 1024) bad(`file name must have 1..1024 characters, got ${JSON.stringify(name.slice(0, 80))}`);
  if (name.includes('\0') || name.includes('\\')) bad(`file name ${JSON.stringify(name)} contains a NUL or a backslash`);
  if (name.startsWith('/')) bad(`file name ${JSON.stringify(name)} is absolute; names are relative to the work directory`);
  const parts = name.split('/');
  for (const p of parts) {
    if (p === '' || p === '.' || p === '..') bad(`file name ${JSON.stringify(name)} has an empty, '.' or '..' segment`);
    if (Buffer.byteLength(p) > 255) bad(`file name segment of ${JSON.stringify(name.slice(0, 80))} is longer than 255 bytes`);
  }
  return parts;
}

function checkStrings(v: unknown, what: string, max: number): string[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > max) return bad(`${what} must be a non-empty array of at most ${max} strings`);
  for (const s of v) if (typeof s !== 'string' || s.includes('\0')) bad(`${what} must hold strings without NUL characters`);
  return v as string[];
}

export function validateOptions(o: SandboxOptions, defaults: Required<SandboxLimits>): ValidOptions {
  if (!isRecord(o)) bad('options must be an object');
  if (o.language !== 'python' && o.language !== 'node') bad(`language must be 'python' or 'node', got ${JSON.stringify(o.language)}`);
  if (!isRecord(o.files)) bad('files must be an object mapping relative paths to string contents');
  const names = Object.keys(o.files);
  if (names.length > MAX_FILES) bad(`at most ${MAX_FILES} files, got ${names.length}`);
  const dirs = new Set<string>();
  let total = 0;
  for (const name of names) {
    const parts = checkPath(name);
    const content = o.files[name];
    if (typeof content !== 'string') bad(`content of ${JSON.stringify(name)} must be a string, got ${content === null ? 'null' : typeof content}`);
    total += Buffer.byteLength(content as string);
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  for (const name of names) if (dirs.has(name)) bad(`${JSON.stringify(name)} is both a file and a directory`);

  const limits = { ...defaults };
  if (o.limits !== undefined) {
    if (!isRecord(o.limits)) bad('limits must be an object');
    for (const [k, v] of Object.entries(o.limits)) {
      if (v === undefined) continue;
      const range = LIMIT_RANGE[k as keyof SandboxLimits];
      if (!range) bad(`unknown limit ${JSON.stringify(k)}; known: ${Object.keys(LIMIT_RANGE).join(', ')}`);
      const [min, max, integer] = range!;
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v < min || v > max || (integer && !Number.isInteger(v))) {
        bad(`limits.${k} must be ${integer ? 'an integer' : 'a number'} in ${min}..${max} (and above 0), got ${String(v)}`);
      }
      limits[k as keyof SandboxLimits] = v as number;
    }
  }
  if (total > limits.diskMb * (1 << 20)) bad(`the files hold ${total} bytes, more than limits.diskMb (${limits.diskMb} MiB)`);

  let command: string[] | undefined;
  let entry: string | undefined;
  if (o.command !== undefined) command = checkStrings(o.command, 'command', 4096);
  if (o.entry !== undefined) {
    if (typeof o.entry !== 'string') bad('entry must be a string');
    checkPath(o.entry);
    entry = o.entry;
  }
  if (!command) {
    entry ??= names.length === 1 ? names[0] : o.language === 'python' ? 'main.py' : 'main.js';
    if (!(entry! in o.files)) bad(`entry ${JSON.stringify(entry)} is not among the files (give entry or command)`);
  }
  if (o.stdin !== undefined && typeof o.stdin !== 'string') bad('stdin must be a string');
  if (o.stdin !== undefined && o.stdin.length > 64 << 20) bad('stdin is longer than 64 MiB');

  const env: Record<string, string> = {};
  if (o.env !== undefined) {
    if (!isRecord(o.env)) bad('env must be an object of strings');
    for (const [k, v] of Object.entries(o.env)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) bad(`env name ${JSON.stringify(k)} is not a valid variable name`);
      if (typeof v !== 'string' || v.includes('\0')) bad(`env.${k} must be a string without NUL characters`);
      env[k] = v as string;
    }
  }
  if (o.signal !== undefined && !(o.signal instanceof AbortSignal)) bad('signal must be an AbortSignal');

  // parents before children, so bubblewrap creates them in order
  const dirList = [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  return { language: o.language, files: o.files as Record<string, string>, dirs: dirList, command, entry, stdin: o.stdin, env, limits, signal: o.signal };
}
