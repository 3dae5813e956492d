#include <cstring>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

// Fills y's rows with the bias (or zeros) so the GEMM can accumulate onto it: one pass less.
static void fill_bias(int64_t N, int64_t out, const float* bias, float* y) {
  parallel_range(N, 64, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      if (bias) std::memcpy(y + r * out, bias, out * sizeof(float));
      else std::memset(y + r * out, 0, out * sizeof(float));
    }
  });
}

void linear_forward(int64_t N, const float* x, const PackedWeight& W, const float* bias, float* y) {
  if (bias) fill_bias(N, W.N, bias, y);
  linear_packed(N, x, W.K, W.view(), y, W.N, bias != nullptr);
}

void linear_backward_input(int64_t N, const float* dy, const PackedWeight& W, float* dx, bool accumulate) {
  const PackedB pb = W.view();
  MatB b;
  b.packed = &pb;
  gemm(N, W.K, W.N, dy, W.N, false, b, dx, W.K, accumulate);
}

void dense_forward(int64_t N, const float* x, const float* W, const float* bias, int64_t in, int64_t out, float* y) {
  if (bias) fill_bias(N, out, bias, y);
  sgemm(N, out, in, x, in, false, W, in, true, y, out, bias != nullptr);
}

void dense_backward(int64_t N, const float* x, const float* W, const float* dy, int64_t in, int64_t out, float* dx,
                    float* dW, float* db, bool accumulate_dx) {
  if (dx) sgemm(N, in, out, dy, out, false, W, in, false, dx, in, accumulate_dx);
  if (dW) sgemm(out, in, N, dy, out, true, x, in, false, dW, in, true);
  if (db) {
    parallel_range(out, 64, [&](int64_t c0, int64_t c1) {
      for (int64_t r = 0; r < N; r++)
        for (int64_t c = c0; c < c1; c++) db[c] += dy[r * out + c];
    });
  }
}

void gelu_forward(const float* x, float* y, int64_t n) {
  const Kernels& kr = kernels();
  parallel_range(n, 1 << 14, [&](int64_t i0, int64_t i1) { kr.gelu(x + i0, y + i0, i1 - i0); });
}

void gelu_backward(const float* x, const float* dy, float* dx, int64_t n) {
  const Kernels& kr = kernels();
  parallel_range(n, 1 << 14, [&](int64_t i0, int64_t i1) { kr.gelu_backward(x + i0, dy + i0, dx + i0, i1 - i0); });
}

}  // namespace kala
