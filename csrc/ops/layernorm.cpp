#include <cmath>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void layernorm_forward(const float* x, const float* w, const float* b, float eps, int64_t N, int64_t H, float* out,
                       float* mean, float* rstd) {
  parallel_range(N, 8, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      const float* xr = x + r * H;
      // statistics in double: LayerNorm is where fp32 loses most against the float64 reference
      double s = 0;
      for (int64_t i = 0; i < H; i++) s += xr[i];
      const double mu = s / H;
      double v = 0;
      for (int64_t i = 0; i < H; i++) {
        double c = xr[i] - mu;
        v += c * c;
      }
      const double rs = 1.0 / std::sqrt(v / H + (double)eps);
      const float m = (float)mu, rsf = (float)rs;
      float* o = out + r * H;
      for (int64_t i = 0; i < H; i++) o[i] = (xr[i] - m) * rsf * w[i] + b[i];
      if (mean) mean[r] = m;
      if (rstd) rstd[r] = rsf;
    }
  });
}

}  // namespace kala

namespace kala {

void layernorm_backward(const float* x, const float* w, const float* mean, const float* rstd, const float* dout,
                        int64_t N, int64_t H, float* dx, float* dw, float* db) {
  parallel_range(N, 8, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      const float* xr = x + r * H;
      const float* g = dout + r * H;
      const float m = mean[r], rs = rstd[r];
      double sum_dxh = 0, sum_dxh_xh = 0;
      for (int64_t i = 0; i < H; i++) {
        const double xh = (xr[i] - m) * rs;
        const double dxh = (double)g[i] * w[i];
        sum_dxh += dxh;
        sum_dxh_xh += dxh * xh;
      }
      const double a = sum_dxh / H, b = sum_dxh_xh / H;
      float* d = dx + r * H;
      for (int64_t i = 0; i < H; i++) {
        const double xh = (xr[i] - m) * rs;
        d[i] += (float)(rs * ((double)g[i] * w[i] - a - xh * b));
      }
    }
  });
  if (dw || db) {
    // parameter gradients: columns in parallel, rows summed in order
    parallel_range(H, 64, [&](int64_t c0, int64_t c1) {
      for (int64_t r = 0; r < N; r++) {
        const float* xr = x + r * H;
        const float* g = dout + r * H;
        for (int64_t c = c0; c < c1; c++) {
          if (dw) dw[c] += g[c] * (xr[c] - mean[r]) * rstd[r];
          if (db) db[c] += g[c];
        }
      }
    });
  }
}

}  // namespace kala
