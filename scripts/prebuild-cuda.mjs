// npm run prebuild:cuda — the prebuilt CUDA engine, as the optional platform package
// @kala/engine-linux-x64-cuda (packages/engine-linux-x64-cuda/: kala.node + package.json), which
// the main package lists in optionalDependencies at its exact version and lib/native/device.ts finds.
//
// It is built with a toolkit that still compiles for the P100: CUDA 11.8 (Debian bookworm's
// `nvidia-cuda-toolkit`, component non-free), host compiler g++-11, cudart static. The release
// builds SASS for every generation users have (sm_60 P100 … sm_90 H100) plus PTX for newer GPUs;
// kernels that need sm_80 (bf16/f16 mma.sync, cp.async, int8 tensor cores) are compiled only for
// sm_80 and up and chosen at run time, so a P100 takes the f32/f16 SIMT paths.
//   npm run prebuild:cuda                                    # the release list
//   KALA_CUDA_ARCHS="60-real;80-real;80-virtual" npm run prebuild:cuda   # what CI builds
//   KALA_CUDA_NVCC=/usr/bin/nvcc KALA_CUDA_HOST_CXX=/usr/bin/g++-11       # the defaults
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const RELEASE_ARCHS = '60-real;70-real;75-real;80-real;86-real;89-real;90-real;90-virtual';
const archs = process.env.KALA_CUDA_ARCHS || RELEASE_ARCHS;
const nvcc = process.env.KALA_CUDA_NVCC || '/usr/bin/nvcc';
const hostCxx = process.env.KALA_CUDA_HOST_CXX || '/usr/bin/g++-11';
const fail = (msg) => {
  console.error(`prebuild:cuda: ${msg}`);
  process.exit(1);
};

if (!existsSync(nvcc)) fail(`no nvcc at ${nvcc}: on Debian 12, add the non-free component to apt's sources and \`apt-get install nvidia-cuda-toolkit\` (CUDA 11.8), or set KALA_CUDA_NVCC`);
if (!existsSync(hostCxx)) fail(`no host compiler at ${hostCxx}: CUDA 11.8 needs GCC <= 11 (\`apt-get install g++-11\`), or set KALA_CUDA_HOST_CXX`);
const version = spawnSync(nvcc, ['--version'], { encoding: 'utf8' }).stdout.match(/release (\d+)\.(\d+)/);
if (!version) fail(`${nvcc} --version did not say its release`);
if (Number(version[1]) >= 13 && archs.includes('60')) fail(`CUDA ${version[1]}.${version[2]} cannot compile sm_60; use CUDA 11.8 (or drop 60 from KALA_CUDA_ARCHS)`);

// the toolkit's own ptxas and fatbinary must come first on PATH (a newer CUDA in /usr/local/bin would shadow them)
const toolkitBin = path.dirname(realpathSync(nvcc));
const env = { ...process.env, PATH: [toolkitBin, '/usr/bin', process.env.PATH].join(path.delimiter) };
const out = path.join(root, 'build-cuda-prebuild');
const args = ['cmake-js', 'compile', '--out', out, '--CDKALA_CUDA=ON', `--CDCMAKE_CUDA_COMPILER=${nvcc}`, `--CDCMAKE_CUDA_HOST_COMPILER=${hostCxx}`, `--CDKALA_CUDA_ARCHS=${archs}`, '-p', String(Number(process.env.JOBS) || 2)];
console.error(`prebuild:cuda: CUDA ${version[1]}.${version[2]}, archs ${archs}`);
const r = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
if (r.status !== 0) fail(`the CUDA build failed (cmake-js exited with ${r.status ?? r.signal})`);

const dir = path.join(root, 'packages', 'engine-linux-x64-cuda');
mkdirSync(dir, { recursive: true });
copyFileSync(path.join(out, 'Release', 'kala.node'), path.join(dir, 'kala.node'));
writeFileSync(
  path.join(dir, 'package.json'),
  JSON.stringify(
    {
      name: '@kala/engine-linux-x64-cuda',
      version: pkg.version,
      description: `The CUDA build of @kala/engine ${pkg.version} for Linux x86-64 (CUDA ${version[1]}.${version[2]}, cudart static; SASS ${archs}). Installed by @kala/engine as an optional dependency.`,
      license: pkg.license,
      os: ['linux'],
      cpu: ['x64'],
      main: 'kala.node',
      files: ['kala.node', 'README.md'],
    },
    null,
    2,
  ) + '\n',
);
writeFileSync(
  path.join(dir, 'README.md'),
  `# @kala/engine-linux-x64-cuda\n\nThe prebuilt CUDA engine of [@kala/engine](../../README.md) ${pkg.version}: CUDA ${version[1]}.${version[2]} with cudart linked statically (it needs only the NVIDIA driver), code for ${archs}. \`@kala/engine\` lists it in \`optionalDependencies\` and loads it when a GPU is present; \`npx kala-train inspect\` says which binary it chose and why.\n`,
);
const elf = spawnSync('cuobjdump', ['--list-elf', path.join(dir, 'kala.node')], { encoding: 'utf8', env });
const sms = [...new Set((elf.stdout ?? '').match(/sm_\d+/g) ?? [])].sort();
console.log(`packages/engine-linux-x64-cuda/kala.node: SASS for ${sms.join(', ') || '(cuobjdump not found)'}`);
