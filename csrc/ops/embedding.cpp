#include <cstring>

#include "kernels/kernels.h"
#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void embedding_forward(const int32_t* ids, int64_t n, const Tensor& W, float* out) {
  const int64_t H = W.shape[1];
  const size_t row_bytes = (size_t)H * dtype_size(W.dtype);
  const Kernels& kr = kernels();
  parallel_range(n, 16, [&](int64_t i0, int64_t i1) {
    for (int64_t i = i0; i < i1; i++) {
      const char* row = static_cast<const char*>(W.data) + (size_t)ids[i] * row_bytes;
      kr.convert(row, W.dtype, H, 1.0f, out + i * H);
    }
  });
}

}  // namespace kala

namespace kala {

void embedding_backward(const int32_t* ids, int64_t n, int64_t H, const float* dout, float* dW) {
  // parallel over columns, rows in index order: deterministic even when ids repeat
  parallel_range(H, 64, [&](int64_t c0, int64_t c1) {
    for (int64_t i = 0; i < n; i++) {
      float* row = dW + (int64_t)ids[i] * H;
      const float* g = dout + i * H;
      for (int64_t c = c0; c < c1; c++) row[c] += g[c];
    }
  });
}

}  // namespace kala
