// Loads the native engine. The CPU binary comes from node-gyp-build (prebuild or build/);
// the CUDA binary, when built, lives in build-cuda/ and is chosen by lib/device.ts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from './paths.js';
import {
  AbortError,
  KalaError,
  DisposedError,
  FormatError,
  InputError,
  NativeError,
  NotFoundError,
  type KalaErrorCode,
} from './errors.js';

const require = createRequire(import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NativeAddon = any;

let cpuAddon: NativeAddon | undefined;

/** The CPU build of the engine, loaded once. `KALA_NATIVE_BINARY` names another build to use
 *  instead (the sanitizer build of `npm run build:asan`, for tests). */
export function loadCpuAddon(): NativeAddon {
  if (cpuAddon) return cpuAddon;
  try {
    const override = process.env.KALA_NATIVE_BINARY;
    const load = require('node-gyp-build') as (dir: string) => NativeAddon;
    cpuAddon = override ? require(path.resolve(override)) : load(packageRoot);
  } catch (e) {
    throw new KalaError(
      'NATIVE_UNAVAILABLE',
      `the native engine could not be loaded (${(e as Error).message}); run \`npm rebuild @kala/engine\` (needs g++, make and python3)`,
      { cause: e },
    );
  }
  return cpuAddon;
}


/** Turns an error thrown by the native engine (an Error with a `code`) into a KalaError subclass. */
export function fromNative(e: unknown, what = 'the model'): Error {
  if (e instanceof KalaError) return e;
  const err = e as { code?: string; message?: string };
  const code = (err?.code ?? 'INTERNAL') as KalaErrorCode;
  const message = err?.message ?? String(e);
  if (code === 'DISPOSED') return new DisposedError(what);
  if (code === 'ABORTED') return new AbortError(message);
  if (/^(SAFETENSORS_|CONFIG_|TENSOR_|TOKENIZER_|ADAPTER_|DATA_)/.test(code)) return new FormatError(code, message);
  if (code === 'INVALID_ARGUMENT' || code === 'TOKEN_OUT_OF_RANGE' || code === 'SEQUENCE_TOO_LONG') return new InputError(code, message);
  if (code === 'FILE_NOT_FOUND' || code === 'MODEL_NOT_FOUND') return new NotFoundError(code, message);
  return new NativeError(code, message);
}

/** Awaits a native promise, converting its rejection with fromNative. */
export async function native<T>(p: Promise<T> | (() => T), what?: string): Promise<T> {
  try {
    return await (typeof p === 'function' ? p() : p);
  } catch (e) {
    throw fromNative(e, what);
  }
}
