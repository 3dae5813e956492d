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
