#!/usr/bin/env bash
# Runs both sides of the GPU benchmarks in one go on the same GPU and merges them:
#   bash bench/gpu/run.sh [kernels|models|big|all] [--quick]
# Writes $OUT/ours-<what>.json, $OUT/peers-<what>.json and the merged $OUT/gpu-bench.json and
# $OUT/gpu-bench.md over every part run so far (default
# OUT=bench/gpu/out). Needs node (see bench/gpu/README.md), the CUDA build and python3 with torch
# (+ transformers and peft for "models").
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-$PWD/bench/gpu/out}"
mkdir -p "$OUT"
what="${1:-all}"
shift || true
if [ ! -f build-cuda/Release/kala.node ] && [ -f .device/kala.node.xz ]; then
  mkdir -p build-cuda/Release && xz -dc .device/kala.node.xz > build-cuda/Release/kala.node
fi
node bench/gpu/ours.mjs --only "$what" "$@" > "$OUT/ours-$what.json" 2> "$OUT/ours-$what.log"
echo "ours: rc $?"
python3 bench/gpu/peers.py --only "$what" "$@" > "$OUT/peers-$what.json" 2> "$OUT/peers-$what.log"
echo "peers: rc $?"
node bench/gpu/report.mjs "$OUT"
