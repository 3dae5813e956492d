// Picks the engine binary and device (DESIGN §2): the `device` option, else KALA_DEVICE, else
// auto — the CUDA build when it exists and sees a GPU, otherwise the CPU build, with the reason.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../util/paths.js';
import { InputError, KalaError } from '../util/errors.js';
import { checkCudaAddon, cpuBinaryPath, hasCudaExports, loadCpuAddon, requireBinary } from './load.js';
import type { CudaAddon, KalaAddon } from './addon.js';

export type DeviceRequest = 'auto' | 'cpu' | 'cuda';

export interface GpuInfo {
  name: string;
  computeCapability: string;
  memoryBytes: number;
}

interface DeviceChoiceBase {
  /** Why this device was chosen, in one line. */
  reason: string;
  binary: string;
  gpus: GpuInfo[];
}

/** The device and the engine binary that runs on it: the CPU build, or the CUDA build (which has
 *  the CPU build's exports too). */
export type DeviceChoice = (DeviceChoiceBase & { device: 'cpu'; addon: KalaAddon }) | (DeviceChoiceBase & { device: 'cuda'; addon: CudaAddon });

/** The optional platform package with the prebuilt CUDA engine (`npm run prebuild:cuda`). */
export const CUDA_PACKAGE = '@kala/engine-linux-x64-cuda';

/** The CUDA build of the engine and where it came from, first found of: `KALA_CUDA_BINARY`, a
 *  local build (`npm run build-cuda` into build-cuda/), the optional package CUDA_PACKAGE. */
function findCudaBinary(): { path: string; from: string } {
  if (process.env.KALA_CUDA_BINARY) return { path: path.resolve(process.env.KALA_CUDA_BINARY), from: 'KALA_CUDA_BINARY' };
  const local = path.join(packageRoot, 'build-cuda', 'Release', 'kala.node');
  if (existsSync(local)) return { path: local, from: 'the local build (build-cuda/)' };
  try {
    return { path: createRequire(import.meta.url).resolve(`${CUDA_PACKAGE}/kala.node`), from: `the package ${CUDA_PACKAGE}` };
  } catch {
    return { path: local, from: 'none' };
  }
}
const cudaBinary = findCudaBinary();
/** Where the CUDA build is looked for (see findCudaBinary). */
export const CUDA_BINARY = cudaBinary.path;
/** Where CUDA_BINARY came from, in words ('none' when there is no CUDA build). */
export const CUDA_BINARY_SOURCE = cudaBinary.from;

interface CudaProbe {
  addon?: CudaAddon;
  gpus: GpuInfo[];
  why?: string;
  /** The CUDA build is there but does not match the types (stale or foreign): NATIVE_UNAVAILABLE. */
  mismatch?: KalaError;
  /** The CPU emulator build of the CUDA kernels (cuda/emu/): used only when 'cuda' is requested. */
  emulator?: GpuInfo;
}

let cudaProbe: CudaProbe | undefined;

function probeCuda(): CudaProbe {
  if (cudaProbe) return cudaProbe;
  if (!existsSync(CUDA_BINARY)) {
    cudaProbe = { gpus: [], why: `no CUDA build (install the optional package ${CUDA_PACKAGE}, or run \`npm run build-cuda\` on a machine with the CUDA toolkit)` };
    return cudaProbe;
  }
  let mod: unknown;
  try {
    mod = requireBinary(CUDA_BINARY);
  } catch (e) {
    cudaProbe = { gpus: [], why: `the CUDA build failed to load (${(e as Error).message.split('\n')[0]})` };
    return cudaProbe;
  }
  if (!hasCudaExports(mod)) {
    cudaProbe = { gpus: [], why: 'build-cuda/ holds a CPU-only build (rebuild with `npm run build-cuda`)' };
    return cudaProbe;
  }
  let addon: CudaAddon;
  try {
    addon = checkCudaAddon(mod, CUDA_BINARY);
  } catch (e) {
    if (!(e instanceof KalaError)) throw e;
    cudaProbe = { gpus: [], why: e.message, mismatch: e };
    return cudaProbe;
  }
  try {
    const info = addon.cudaInfo();
    // the CPU emulator build of the kernels (tests only) is never a GPU for 'auto'
    const gpus = info.emulated ? [] : info.devices;
    cudaProbe = gpus.length > 0 ? { addon, gpus } : { addon, gpus, why: `the CUDA build sees no GPU (${info.emulated ? 'it is the CPU emulator build' : info.error ?? 'no device'})` };
    if (info.emulated && info.devices[0]) cudaProbe.emulator = info.devices[0];
  } catch (e) {
    cudaProbe = { gpus: [], why: `the CUDA build failed to load (${(e as Error).message.split('\n')[0]})` };
  }
  return cudaProbe;
}

export function chooseDevice(requested?: DeviceRequest): DeviceChoice {
  const fromEnv = process.env.KALA_DEVICE as DeviceRequest | undefined;
  const want: DeviceRequest = requested ?? fromEnv ?? 'auto';
  const source = requested ? 'option device' : fromEnv ? 'KALA_DEVICE' : 'auto';
  if (!['auto', 'cpu', 'cuda'].includes(want)) throw new InputError('INVALID_ARGUMENT', `device must be auto, cpu or cuda (got ${JSON.stringify(want)} from ${source})`);
  const cpu = (reason: string): DeviceChoice => ({ device: 'cpu', reason, binary: cpuBinaryPath(), addon: loadCpuAddon(), gpus: [] });
  if (want === 'cpu') return cpu(`CPU requested by ${source}`);
  const probe = probeCuda();
  if (probe.addon && probe.gpus.length > 0) {
    return { device: 'cuda', reason: `${probe.gpus[0]!.name} found (${source})`, binary: CUDA_BINARY, addon: probe.addon, gpus: probe.gpus };
  }
  // an explicit request with KALA_CUDA_BINARY pointing at the emulator build runs the CUDA path
  // on the CPU, for tests of everything above the kernels
  if (want === 'cuda' && probe.addon && probe.emulator)
    return { device: 'cuda', reason: `the CUDA emulator build (${probe.emulator.name}; tests only, not a GPU) requested by ${source}`, binary: CUDA_BINARY, addon: probe.addon, gpus: [probe.emulator] };
  // a CUDA build that does not match this package: rebuilding it is the fix, not another device
  if (want === 'cuda' && probe.mismatch) throw probe.mismatch;
  if (want === 'cuda') throw new KalaError('DEVICE_UNAVAILABLE', `CUDA was requested by ${source} but ${probe.why}`);
  return cpu(`falling back to CPU: ${probe.why}`);
}
