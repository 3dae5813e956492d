// kala-train build --cuda: builds the CUDA engine inside the installed package (build-cuda/, which
// the loader prefers to the prebuilt optional package) for the toolkit and GPUs of this machine.
// cmake-js is fetched on demand by npx; the package ships CMakeLists.txt, csrc/ and cuda/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { InputError, KalaError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';
import { pathArg } from './util.js';

export interface BuildOptions {
  cuda?: boolean;
  archs?: string;
  nvcc?: string;
  hostCxx?: string;
  jobs?: string;
  dryRun?: boolean;
}

/** The command `build --cuda` runs: npx cmake-js (fetched if needed) with the CUDA options. */
export function cudaBuildCommand(o: BuildOptions): { cmd: string; args: string[]; cwd: string } {
  if (o.archs !== undefined && !/^\d{2,3}(-(real|virtual))?(;\d{2,3}(-(real|virtual))?)*$/.test(o.archs))
    throw new InputError('INVALID_ARGUMENT', `--archs must be CUDA architectures like "80-real;90-real" or "86", got "${o.archs}"`);
  const jobs = o.jobs === undefined ? 'max' : o.jobs;
  if (jobs !== 'max' && !/^[1-9]\d*$/.test(jobs)) throw new InputError('INVALID_ARGUMENT', `--jobs must be a positive integer or max, got "${jobs}"`);
  const args = ['--yes', 'cmake-js@8', 'compile', '--out', 'build-cuda', '--CDKALA_CUDA=ON'];
  if (o.archs) args.push(`--CDKALA_CUDA_ARCHS=${o.archs}`);
  if (o.nvcc) args.push(`--CDCMAKE_CUDA_COMPILER=${o.nvcc}`);
  if (o.hostCxx) args.push(`--CDCMAKE_CUDA_HOST_COMPILER=${o.hostCxx}`);
  args.push('-p', jobs === 'max' ? String(os.availableParallelism()) : jobs);
  return { cmd: 'npx', args, cwd: packageRoot };
}

export function register(program: Command): void {
  program
    .command('build')
    .description('build the CUDA engine for this machine into the installed package (build-cuda/; needs the CUDA toolkit, cmake and a C++ compiler)')
    .option('--cuda', 'build the CUDA engine (the only build this command makes; the CPU engine comes prebuilt or from npm rebuild)')
    .option('--archs <list>', 'CUDA architectures, e.g. "86-real" (default: sm_60/80/90 and compute_80, as the toolkit allows)')
    .option('--nvcc <path>', 'the nvcc to use (default: the one on PATH)', pathArg('--nvcc'))
    .option('--host-cxx <path>', 'host C++ compiler for nvcc (CUDA 11.8 needs g++-11)', pathArg('--host-cxx'))
    .option('--jobs <n>', 'parallel compile jobs (default: all cores)')
    .option('--dry-run', 'print the command instead of running it')
    .action((o: BuildOptions) => {
      if (!o.cuda) throw new InputError('INVALID_ARGUMENT', 'kala-train build needs --cuda (the CPU engine ships prebuilt; to rebuild it run `npm rebuild @kala/engine`)');
      const { cmd, args, cwd } = cudaBuildCommand(o);
      if (!existsSync(path.join(cwd, 'CMakeLists.txt'))) throw new KalaError('FILE_NOT_FOUND', `${cwd} has no CMakeLists.txt; reinstall @kala/engine`);
      console.log(`${cmd} ${args.join(' ')}    (in ${cwd})`);
      if (o.dryRun) return;
      const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
      if (r.status !== 0)
        throw new KalaError('NATIVE_UNAVAILABLE', `the CUDA build failed (exit ${r.status ?? r.signal}); it needs the CUDA toolkit (nvcc), cmake >= 3.18 and a C++17 compiler the toolkit supports (--host-cxx)`);
      console.log(`built ${path.join(cwd, 'build-cuda', 'Release', 'kala.node')}; \`kala-train inspect\` shows whether it sees a GPU`);
    });
}
