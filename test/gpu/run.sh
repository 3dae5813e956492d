#!/usr/bin/env bash
# The GPU test run (on a machine with a GPU, Node and the CUDA build):
#   bash test/gpu/run.sh [all|tests|sanitizer]
#   tests:     node --test test/gpu/*.test.mjs (every CUDA op vs its CPU twin, the whole model,
#              the loader);
#   sanitizer: the op tests (and the model tests under memcheck) under compute-sanitizer
#              (memcheck, racecheck, synccheck) on small sizes, where compute-sanitizer exists.
# Each part fits a 10-minute device call; `all` runs both.
# Logs and results go to $OUT (default test/gpu/out); a summary is printed last. The CUDA build
# is taken from build-cuda/Release/kala.node, or unpacked there from .device/kala.node.xz (the bundle
# made by test/gpu/bundle.sh on the build machine).
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT="${OUT:-$PWD/test/gpu/out}"
mkdir -p "$OUT"
if [ ! -f build-cuda/Release/kala.node ] && [ -f .device/kala.node.xz ]; then
  mkdir -p build-cuda/Release && xz -dc .device/kala.node.xz > build-cuda/Release/kala.node
fi
# the CPU build for the KalaModel 'cuda' vs 'cpu' comparisons
if [ ! -f build/Release/kala.node ] && [ -f .device/cpu.tar.xz ]; then tar -xJf .device/cpu.tar.xz; fi
node --version > "$OUT/node-version.txt" 2>&1
nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1 || true
BIN="${KALA_CUDA_BINARY:-./build-cuda/Release/kala.node}"
node -e "console.log(JSON.stringify(require(process.argv[1]).cudaInfo(), null, 1))" "$(realpath "$BIN")" > "$OUT/cuda-info.json" 2>&1

part="${1:-all}"
tests_rc=0
tests_s=0
if [ "$part" = all ] || [ "$part" = tests ]; then
  start=$(date +%s)
  node --test --test-reporter=spec test/gpu/*.test.mjs > "$OUT/gpu-tests.log" 2>&1
  tests_rc=$?
  tests_s=$(( $(date +%s) - start ))
fi

san_summary="not run"
san_rc=0
if [ "$part" = all ] || [ "$part" = sanitizer ]; then
  san_summary="compute-sanitizer not found"
  if [ "${KALA_SKIP_SANITIZER:-0}" != "1" ] && command -v compute-sanitizer >/dev/null 2>&1; then
    san_summary=""
    # tool, time limit (s), test files
    for spec in "memcheck 240 test/gpu/ops.test.mjs test/gpu/model.test.mjs" "racecheck 170 test/gpu/ops.test.mjs" "synccheck 120 test/gpu/ops.test.mjs"; do
      set -- $spec
      tool=$1 limit=$2
      shift 2
      KALA_GPU_TEST_SMALL=1 timeout "$limit" compute-sanitizer --tool "$tool" --target-processes all \
        --error-exitcode 86 node --test "$@" > "$OUT/sanitizer-$tool.log" 2>&1
      rc=$?
      errors=$(grep -Eo 'ERROR SUMMARY: [0-9]+ error' "$OUT/sanitizer-$tool.log" | awk '{s += $3} END {print s + 0}')
      note=""
      [ $rc -eq 124 ] && note=" (time limit: partial)"
      san_summary="$san_summary $tool: rc $rc, $errors errors$note;"
      [ $rc -ne 0 ] && [ $rc -ne 124 ] && san_rc=$rc
    done
  fi
fi

{
  echo "GPU: $(node -e "const i=require(process.argv[1]).cudaInfo(); const d=i.devices[0]; console.log(d ? d.name + ' (cc ' + d.computeCapability + ')' : 'none: ' + i.error)" "$(realpath "$BIN")")"
  if [ -f "$OUT/gpu-tests.log" ]; then
    echo "tests: rc $tests_rc in ${tests_s}s — $(grep -E '^(# |ℹ )(tests|pass|fail|skipped)' "$OUT/gpu-tests.log" | tr '\n' ' ')"
    grep -E '^\s*not ok|✖' "$OUT/gpu-tests.log" | head -20
  fi
  echo "sanitizer:$san_summary"
} | tee "$OUT/summary.txt"
[ $tests_rc -eq 0 ] && [ $san_rc -eq 0 ]
