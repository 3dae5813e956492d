// Picks the engine binary and device (DESIGN §2): the `device` option, else KALA_DEVICE, else
// auto — the CUDA build when it exists and sees a GPU, otherwise the CPU build, with the reason.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './paths.js';
import { InputError, KalaError } from './errors.js';
import { loadCpuAddon, type NativeAddon } from './native.js';

const require = createRequire(import.meta.url);

export type DeviceRequest = 'auto' | 'cpu' | 'cuda';

export interface GpuInfo {
  name: string;
  computeCapability: string;
  memoryBytes: number;
}

export interface DeviceChoice {
  device: 'cpu' | 'cuda';
  /** Why this device was chosen, in one line. */
  reason: string;
  binary: string;
  addon: NativeAddon;
  gpus: GpuInfo[];
}

/** Where `npm run build:cuda` puts the CUDA build of the engine (`KALA_CUDA_BINARY` overrides it). */
export const CUDA_BINARY = process.env.KALA_CUDA_BINARY ? path.resolve(process.env.KALA_CUDA_BINARY) : path.join(packageRoot, 'build-cuda', 'Release', 'kala.node');

interface CudaProbe {
  addon?: NativeAddon;
  gpus: GpuInfo[];
  why?: string;
  /** The CPU emulator build of the CUDA kernels (cuda/emu/): used only when 'cuda' is requested. */
  emulator?: GpuInfo;
}

let cudaProbe: CudaProbe | undefined;

function probeCuda(): CudaProbe {
  if (cudaProbe) return cudaProbe;
  if (!existsSync(CUDA_BINARY)) {
    cudaProbe = { gpus: [], why: 'no CUDA build (run `npm run build:cuda` on a machine with the CUDA toolkit)' };
    return cudaProbe;
  }
  try {
    const addon = require(CUDA_BINARY) as NativeAddon;
    if (typeof addon.cudaInfo !== 'function') {
      cudaProbe = { gpus: [], why: 'build-cuda/ holds a CPU-only build (rebuild with `npm run build:cuda`)' };
      return cudaProbe;
    }
    const info = addon.cudaInfo() as { devices?: GpuInfo[]; error?: string; emulated?: boolean } | undefined;
    // the CPU emulator build of the kernels (tests only) is never a GPU for 'auto'
    const gpus = info?.emulated ? [] : info?.devices ?? [];
    cudaProbe = gpus.length > 0 ? { addon, gpus } : { addon, gpus, why: `the CUDA build sees no GPU (${info?.emulated ? 'it is the CPU emulator build' : info?.error ?? 'no device'})` };
    if (info?.emulated && info.devices?.[0]) cudaProbe.emulator = info.devices[0];
  } catch (e) {
    cudaProbe = { gpus: [], why: `the CUDA build failed to load (${(e as Error).message.split('\n')[0]})` };
  }
  return cudaProbe;
}

function cpuBinaryPath(): string {
  const p = path.join(packageRoot, 'build', 'Release', 'kala.node');
  return existsSync(p) ? p : 'prebuilds/';
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
  if (want === 'cuda') throw new KalaError('DEVICE_UNAVAILABLE', `CUDA was requested by ${source} but ${probe.why}`);
  return cpu(`falling back to CPU: ${probe.why}`);
}
