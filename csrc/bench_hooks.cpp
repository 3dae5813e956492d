#include "bench_hooks.h"

#include <algorithm>
#include <atomic>
#include <chrono>

#include "gemm.h"
#include "kernels/kernels.h"
#include "tensor.h"
#include "threadpool.h"

namespace kala {

// Sum of p[0..n) read line by line with software prefetches ahead of the loads, 4 KiB into L1 and
// 8 KiB into L2 only, as the decode GEMVs ask for their weights (kGemvPrefetch, kGemvPrefetchL2 in
// kernels/target_avx512.cpp): on the 2-core Xeon this reads ~9% faster than the hardware
// prefetcher alone, so a probe without it would understate the machine's peak read rate.
static float sum_prefetched(const float* p, int64_t n) {
  float acc[32] = {};
  int64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    __builtin_prefetch(p + i + 1024, 0, 3);
    __builtin_prefetch(p + i + 1040, 0, 3);
    __builtin_prefetch(p + i + 2048, 0, 2);
    __builtin_prefetch(p + i + 2064, 0, 2);
    for (int j = 0; j < 32; j++) acc[j] += p[i + j];
  }
  float s = 0;
  for (; i < n; i++) s += p[i];
  for (int j = 0; j < 32; j++) s += acc[j];
  return s;
}

double read_bandwidth_gbs(int64_t bytes, int passes) {
  const int64_t n = bytes / 4;
  Tensor buf = Tensor::empty(DType::F32, {n});
  float* p = buf.f32();
  parallel_range(n, 1 << 20, [&](int64_t a, int64_t b) {
    for (int64_t i = a; i < b; i++) p[i] = (float)(i & 7);
  });
  const Kernels& kr = kernels();
  const int64_t chunk = 1 << 18;  // 1 MiB chunks handed out dynamically
  double best = 0;
  volatile float sink = 0;
  // each pass reads the buffer twice, with the plain SIMD dot (the hardware prefetcher alone) and
  // with software prefetches: the probe is the fastest read this machine gives, whichever it is
  for (int r = 0; r < passes; r++)
    for (int way = 0; way < 2; way++) {
      auto t0 = std::chrono::steady_clock::now();
      std::atomic<float> acc{0};
      parallel_range(n, chunk, [&](int64_t a, int64_t b) {
        // one stream: both operands of the dot are the same lines
        float s = way == 0 ? kr.dot(p + a, p + a, b - a) : sum_prefetched(p + a, b - a);
        float cur = acc.load();
        while (!acc.compare_exchange_weak(cur, cur + s)) {
        }
      });
      sink = sink + acc.load();
      double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      best = std::max(best, (double)bytes / sec / 1e9);
    }
  return best;
}

static Int8Gemm mode_named(const std::string& m, const char* what) {
  if (m != "vnni" && m != "dequant") throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(what) + " mode must be vnni or dequant");
  return m == "vnni" ? Int8Gemm::Vnni : Int8Gemm::Dequant;
}

const char* int8_gemm_mode_named(const std::string* mode) {
  if (mode) set_int8_gemm_mode(mode_named(*mode, "int8 GEMM") == Int8Gemm::Vnni && vnni_available() ? Int8Gemm::Vnni : Int8Gemm::Dequant);
  return int8_gemm_mode() == Int8Gemm::Vnni && vnni_available() ? "vnni" : "dequant";
}

const char* int8_gemv_mode_named(const std::string* mode) {
  if (mode) set_int8_gemv_mode(mode_named(*mode, "int8 GEMV"));
  return int8_gemv_mode() == Int8Gemm::Vnni && vnni_gemv_available() ? "vnni" : "dequant";
}

}  // namespace kala
