// Device selection and the CUDA build's behaviour with and without a GPU.
//  - with a GPU: the package's loader (dist/native/device.js) picks the CUDA build and reports the GPU;
//  - without one (CI, this machine): the statically linked CUDA build still loads, cudaInfo
//    says why there is no device, and ops fail with a CUDA_ERROR instead of crashing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { skip, root, binary, emulated, info, device } from './helpers.mjs';

const require = createRequire(import.meta.url);
const defaultBinary = path.join(root, 'build-cuda', 'Release', 'kala.node');
const distDevice = path.join(root, 'dist', 'native', 'device.js');

const loaderSkip =
  skip ||
  (emulated && 'the emulator build is not a GPU') ||
  (binary !== defaultBinary && 'KALA_CUDA_BINARY points away from build-cuda/') ||
  (!existsSync(distDevice) && 'no dist/ (npm run build:ts)');

test('the package loader picks the CUDA build and reports the GPU', { skip: loaderSkip }, async () => {
  const { chooseDevice } = await import(distDevice);
  for (const req of [undefined, 'auto', 'cuda']) {
    const c = chooseDevice(req);
    assert.equal(c.device, 'cuda', `device for ${req}: ${c.reason}`);
    assert.equal(path.resolve(c.binary), defaultBinary);
    assert.ok(c.gpus.length >= 1);
    assert.equal(c.gpus[0].name, device.name);
    assert.match(c.gpus[0].computeCapability, /^\d+\.\d+$/);
    assert.ok(c.gpus[0].memoryBytes > 1e9);
    assert.equal(typeof c.addon.NativeModel, 'function');
  }
});

const noGpuSkip =
  !existsSync(defaultBinary) ? 'no CUDA build (npm run build-cuda)' : info?.devices?.length > 0 ? 'a GPU is present' : false;

test('without a GPU the CUDA build loads, says why, and ops fail cleanly', { skip: noGpuSkip }, () => {
  const a = require(defaultBinary);
  const i = a.cudaInfo();
  assert.deepEqual(i.devices, []);
  assert.equal(i.emulated, false);
  assert.ok(typeof i.error === 'string' && i.error.length > 0, 'cudaInfo().error explains the missing device');
  // an op-test build (cudaOpTest): the CPU twins work regardless, the CUDA ops fail cleanly
  if (a.cudaOpTest) {
    const t = a.cudaOpTest;
    assert.ok(Array.isArray(t.ops()) && t.ops().includes('attention_forward'));
    const x = Float32Array.from([0.5, -1, 2]);
    assert.equal(t.runCpu('gelu_forward', { n: 3, x }).y.length, 3);
    assert.throws(() => t.run('gelu_forward', { n: 3, x }), (e) => e.code === 'CUDA_ERROR');
  }
});
