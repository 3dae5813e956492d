// Loads the native engine. The CPU binary comes from node-gyp-build (prebuild or build/);
// the CUDA binary, when built, lives in build-cuda/ and is chosen by lib/device.ts.
import { createRequire } from 'node:module';
import { packageRoot } from './paths.js';
import { KalaError } from './errors.js';

const require = createRequire(import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NativeAddon = any;

let cpuAddon: NativeAddon | undefined;

/** The CPU build of the engine, loaded once. */
export function loadCpuAddon(): NativeAddon {
  if (cpuAddon) return cpuAddon;
  try {
    const load = require('node-gyp-build') as (dir: string) => NativeAddon;
    cpuAddon = load(packageRoot);
  } catch (e) {
    throw new KalaError(
      'NATIVE_UNAVAILABLE',
      `the native engine could not be loaded (${(e as Error).message}); run \`npm rebuild @kala/engine\` (needs g++, make and python3)`,
      { cause: e },
    );
  }
  return cpuAddon;
}
