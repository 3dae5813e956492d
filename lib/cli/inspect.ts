// kala-train inspect: what this machine offers and which engine binary and device were chosen.
import type { Command } from 'commander';
import { chooseDevice, CUDA_BINARY, CUDA_BINARY_SOURCE } from '../native/device.js';
import { loadCpuAddon } from '../native/load.js';
import { existsSync } from 'node:fs';

export function register(program: Command): void {
  program
    .command('inspect')
    .description('print CPU features, threads, the engine binary and the device choice with its reason')
    .option('--device <device>', 'the device to ask for: auto, cpu or cuda')
    .option('--json', 'print as JSON')
    .action((o) => {
      const cpu = loadCpuAddon().cpuInfo();
      const choice = chooseDevice(o.device);
      const info = {
        cpu: { brand: cpu.brand, features: cpu.features, kernels: cpu.simd, threads: cpu.threads, hardwareThreads: cpu.hardwareThreads },
        binary: choice.binary,
        cudaBuild: existsSync(CUDA_BINARY) ? CUDA_BINARY : null,
        cudaBuildFrom: existsSync(CUDA_BINARY) ? CUDA_BINARY_SOURCE : null,
        gpus: choice.gpus,
        device: choice.device,
        reason: choice.reason,
        node: process.version,
      };
      if (o.json) {
        process.stdout.write(JSON.stringify(info, null, 2) + '\n');
        return;
      }
      const lines = [
        `CPU        ${cpu.brand || 'unknown'}`,
        `features   ${cpu.features.join(' ') || '(none beyond the baseline)'}`,
        `kernels    ${cpu.simd} (set KALA_SIMD=avx2|portable to cap)`,
        `threads    ${cpu.threads} of ${cpu.hardwareThreads} (set KALA_THREADS to change)`,
        `binary     ${choice.binary}`,
        `CUDA build ${info.cudaBuild ? `${info.cudaBuild} (from ${info.cudaBuildFrom})` : 'none'}`,
        ...choice.gpus.map((g, i) => `GPU ${i}      ${g.name}, compute ${g.computeCapability}, ${(g.memoryBytes / 2 ** 30).toFixed(1)} GiB`),
        `device     ${choice.device}: ${choice.reason}`,
      ];
      process.stdout.write(lines.join('\n') + '\n');
    });
}
