#!/usr/bin/env bash
# On the build machine (nvcc, no GPU needed): builds the CUDA addon and the JavaScript, and puts
# what the GPU machine needs beyond the checkout into .device/ (git-ignored via .git/info/exclude):
# xz copies of this machine's node, of the CUDA build and of the CPU build. Then, with the device tool:
#   run(command="xz -dc .device/node.xz > /usr/local/bin/node && chmod +x /usr/local/bin/node && OUT=$OUT bash test/gpu/run.sh tests",
#       carry=[".device", "dist"])
# (test/gpu/run.sh and bench/gpu/run.sh unpack .device/kala.node.xz into build-cuda/Release/.)
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p .device
grep -qx '/.device/' .git/info/exclude 2>/dev/null || echo '/.device/' >> .git/info/exclude
# an op-test build (cudaOpTest, for test/gpu/ops.test.mjs and bench/gpu/): rebuilt when the one there lacks it
node -e "process.exit(require('./build-cuda/Release/kala.node').cudaOpTest ? 0 : 1)" 2>/dev/null ||
  npm run build-cuda:test -- -p 2
[ -f dist/native/device.js ] || npx tsc -p tsconfig.json
xz -T2 -6 -c build-cuda/Release/kala.node > .device/kala.node.xz  # the carry limit is 64 MiB
rm -f .device/kala.node
[ -f .device/node.xz ] || xz -T2 -6 -c "$(command -v node)" > .device/node.xz
# the CPU build and node-gyp-build, so test/gpu/kalamodel.test.mjs can compare KalaModel on 'cuda'
# with the same model on 'cpu' through the package API (dist/)
[ -f build/Release/kala.node ] || npm run build:native
tar -cJf .device/cpu.tar.xz build/Release/kala.node node_modules/node-gyp-build
du -sh .device dist
