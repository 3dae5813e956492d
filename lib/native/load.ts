// Loads the native engine. The CPU binary comes from node-gyp-build (prebuild or build/);
// the CUDA binary, when built, lives in build-cuda/ and is chosen by lib/native/device.ts.
// `require()` of a binary gives an untyped module: checkAddon / checkCudaAddon are the one place
// it becomes typed (KalaAddon / CudaAddon, lib/native/addon.ts), after checking that every
// class, method and function the types declare is there, so a stale or foreign binary fails
// here with NATIVE_UNAVAILABLE instead of later with "x is not a function".
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../util/paths.js';
import {
  AbortError,
  KalaError,
  DisposedError,
  FormatError,
  InputError,
  NativeError,
  NotFoundError,
  isKalaErrorCode,
  type KalaErrorCode,
} from '../util/errors.js';
import { ADDON_SPECS, type AddonKinds, type AddonSpec, type CudaAddon, type KalaAddon } from './addon.js';

const require = createRequire(import.meta.url);

/** `require()` of a binary or module, as what it is: unknown until checked. */
export function requireBinary(file: string): unknown {
  return require(file);
}

/** A property of an object or function (undefined for anything else). Never calls a getter
 *  of a class prototype: those of native classes need an instance. */
function prop(o: unknown, key: string): unknown {
  if ((typeof o !== 'object' && typeof o !== 'function') || o === null) return undefined;
  return Reflect.get(o, key);
}

/** The descriptor of `key` on `o` or the prototypes it inherits from (not Object's). */
function findDescriptor(o: unknown, key: string): PropertyDescriptor | undefined {
  for (let p = o; (typeof p === 'object' || typeof p === 'function') && p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}

/** What `mod` lacks of `spec`: one line per missing or mistyped export (empty when it conforms).
 *  Exports the spec does not name are allowed (a newer binary may add some). */
export function addonProblems(mod: unknown, spec: AddonSpec, prefix = ''): string[] {
  const out: string[] = [];
  if ((typeof mod !== 'object' && typeof mod !== 'function') || mod === null) return [`${prefix || 'the module'} is not an object`];
  for (const [name, m] of Object.entries(spec)) {
    const at = `${prefix}${name}`;
    const v = prop(mod, name);
    switch (m.kind) {
      case 'function':
        if (typeof v !== 'function') out.push(`${at} is not a function`);
        break;
      case 'value':
        if (typeof v !== m.type) out.push(`${at} is not a ${m.type}`);
        break;
      case 'namespace':
        if (typeof v !== 'object' || v === null) out.push(`${at} is missing`);
        else out.push(...addonProblems(v, m.members, `${at}.`));
        break;
      case 'class': {
        if (typeof v !== 'function') {
          out.push(`class ${at} is missing`);
          break;
        }
        const proto = prop(v, 'prototype');
        for (const method of m.methods)
          if (typeof findDescriptor(proto, method)?.value !== 'function') out.push(`${at}.prototype.${method} is missing`);
        for (const accessor of m.accessors)
          if (typeof findDescriptor(proto, accessor)?.get !== 'function') out.push(`${at}.prototype.${accessor} (getter) is missing`);
        break;
      }
    }
  }
  return out;
}

/** The type guard behind checkAddon / checkCudaAddon: `mod` has everything ADDON_SPECS[kind]
 *  names, and the spec equals the interface AddonKinds[kind] (checked at compile time in
 *  addon.ts), so it is one. */
function conforms<K extends keyof AddonKinds>(mod: unknown, kind: K, problems: string[]): mod is AddonKinds[K] {
  problems.push(...addonProblems(mod, ADDON_SPECS[kind]));
  return problems.length === 0;
}

function mismatch(binary: string, problems: string[], rebuild: string): KalaError {
  const shown = problems.slice(0, 6).join('; ') + (problems.length > 6 ? `; and ${problems.length - 6} more` : '');
  return new KalaError(
    'NATIVE_UNAVAILABLE',
    `the native engine ${binary} does not match this version of @kala/engine (${shown}); it is stale or not a KALA build: rebuild it (${rebuild})`,
  );
}

const REBUILD_CPU = '`npm rebuild @kala/engine`, which needs g++, make and python3';

/** The CPU addon as KalaAddon, or NATIVE_UNAVAILABLE naming what the binary lacks. */
export function checkAddon(mod: unknown, binary = cpuBinaryPath()): KalaAddon {
  const problems: string[] = [];
  if (conforms(mod, 'cpu', problems)) return mod;
  throw mismatch(binary, problems, process.env.KALA_NATIVE_BINARY ? `the build KALA_NATIVE_BINARY names, e.g. \`npm run build:asan\`, or unset it; the default build: ${REBUILD_CPU}` : REBUILD_CPU);
}

/** The CUDA addon as CudaAddon, or NATIVE_UNAVAILABLE naming what the binary lacks. */
export function checkCudaAddon(mod: unknown, binary: string): CudaAddon {
  const problems: string[] = [];
  if (conforms(mod, 'cuda', problems)) return mod;
  throw mismatch(binary, problems, '`npm run build-cuda` on a machine with the CUDA toolkit');
}

/** Whether a loaded module has the CUDA exports at all (a CPU-only build has neither). */
export function hasCudaExports(mod: unknown): boolean {
  return typeof prop(mod, 'cudaInfo') === 'function' || prop(mod, 'cuda') !== undefined;
}

/** Where the CPU binary is (for messages and `kala-train inspect`). */
export function cpuBinaryPath(): string {
  if (process.env.KALA_NATIVE_BINARY) return path.resolve(process.env.KALA_NATIVE_BINARY);
  const p = path.join(packageRoot, 'build', 'Release', 'kala.node');
  return existsSync(p) ? p : 'prebuilds/';
}

let cpuAddon: KalaAddon | undefined;

/** The CPU build of the engine, loaded and checked once. `KALA_NATIVE_BINARY` names another
 *  build to use instead (the sanitizer build of `npm run build:asan`, for tests). */
export function loadCpuAddon(): KalaAddon {
  if (cpuAddon) return cpuAddon;
  let mod: unknown;
  try {
    const override = process.env.KALA_NATIVE_BINARY;
    if (override) mod = requireBinary(path.resolve(override));
    else {
      const load = requireBinary('node-gyp-build');
      if (typeof load !== 'function') throw new Error('node-gyp-build is not a function');
      mod = load(packageRoot);
    }
  } catch (e) {
    throw new KalaError(
      'NATIVE_UNAVAILABLE',
      `the native engine could not be loaded (${(e as Error).message}); run \`npm rebuild @kala/engine\` (needs g++, make and python3)`,
      { cause: e },
    );
  }
  cpuAddon = checkAddon(mod);
  return cpuAddon;
}

/** Turns an error thrown by the native engine (an Error with a `code`) into a KalaError subclass. */
export function fromNative(e: unknown, what = 'the model'): Error {
  if (e instanceof KalaError) return e;
  // the engine's errors are Errors with a `code` from csrc/error_codes.h (all KalaErrorCodes); an
  // error without one (a bug, or a JS error from inside a callback) is INTERNAL
  const raw: unknown = e instanceof Error ? Reflect.get(e, 'code') : undefined;
  const code: KalaErrorCode = isKalaErrorCode(raw) ? raw : 'INTERNAL';
  const message = e instanceof Error ? e.message : String(e);
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
