// The constitutional heads of DESIGN §3: value heads, the attention law bias phi, the
// aggregator over the L+1 heads.
#include <cmath>
#include <vector>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

static inline double logsigmoid(double z) { return z < 0 ? z - std::log1p(std::exp(z)) : -std::log1p(std::exp(-z)); }

void value_head_forward(int64_t N, const float* h, const float* fc1_w, const float* fc1_b, const float* fc2_w,
                        const float* fc2_b, int64_t H, int64_t E, float* pre, float* act, float* z) {
  dense_forward(N, h, fc1_w, fc1_b, H, E, pre);
  gelu_forward(pre, act, N * E);
  // fc2 has only five outputs: direct dot products beat a padded GEMM tile
  const Kernels& kr = kernels();
  parallel_range(N, 64, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++)
      for (int k = 0; k < 5; k++) z[r * 5 + k] = kr.dot(act + r * E, fc2_w + k * E, E) + fc2_b[k];
  });
}

void law_bias_forward(int64_t N, const float* z, const double* what, float* phi) {
  for (int64_t r = 0; r < N; r++) {
    double s = 0;
    for (int k = 0; k < 5; k++) s += what[k] * logsigmoid(z[r * 5 + k]);
    phi[r] = (float)s;
  }
}

void aggregator_forward(int64_t L1, int64_t N, const float* z_layers, const float* layer_logits, float* pi, float* zbar,
                        float* scores) {
  double mx = layer_logits[0];
  for (int64_t l = 1; l < L1; l++) mx = std::max(mx, (double)layer_logits[l]);
  std::vector<double> p(L1);
  double sum = 0;
  for (int64_t l = 0; l < L1; l++) sum += (p[l] = std::exp(layer_logits[l] - mx));
  for (int64_t l = 0; l < L1; l++) pi[l] = (float)(p[l] / sum);
  for (int64_t i = 0; i < N * 5; i++) {
    double acc = 0;
    for (int64_t l = 0; l < L1; l++) acc += p[l] / sum * z_layers[l * N * 5 + i];
    zbar[i] = (float)acc;
    scores[i] = (float)(1.0 / (1.0 + std::exp(-acc)));
  }
}

}  // namespace kala
