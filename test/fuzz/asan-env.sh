#!/usr/bin/env bash
# Runs a command with the AddressSanitizer + UBSan build of the engine (npm run build:asan):
#   test/fuzz/asan-env.sh npx vitest run test/bad-input.test.ts
#   test/fuzz/asan-env.sh node test/fuzz/run.mjs --cases 200
# node is not instrumented, so the ASan runtime is preloaded; leaks are not checked (node and V8
# keep memory until exit by design). An allocation over 2 GB fails (bad_alloc -> OUT_OF_MEMORY) instead
# of aborting, and a process over 6 GB RSS is stopped with a report.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${KALA_NATIVE_BINARY:-build-asan/Release/kala.node}
[ -f "$bin" ] || { echo "asan-env.sh: $bin is missing; run npm run build:asan" >&2; exit 2; }
asan=$(g++ -print-file-name=libasan.so)
ubsan=$(g++ -print-file-name=libubsan.so)
export KALA_NATIVE_BINARY=$bin
export LD_PRELOAD="$asan $ubsan${LD_PRELOAD:+ $LD_PRELOAD}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1:max_allocation_size_mb=2048:hard_rss_limit_mb=6144:abort_on_error=1:print_summary=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
exec "$@"
