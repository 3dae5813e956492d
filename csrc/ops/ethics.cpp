// The constitutional heads of DESIGN §3: value heads, the attention law bias phi, the
// aggregator over the L+1 heads, and the ethics loss.
#include <cmath>
#include <vector>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

static inline double logsigmoid(double z) { return z < 0 ? z - std::log1p(std::exp(z)) : -std::log1p(std::exp(-z)); }
static inline double sigmoid(double z) { return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z)); }

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

void value_head_backward(int64_t N, const float* h, const float* fc1_w, const float* fc2_w, const float* pre,
                         const float* act, const float* dz, int64_t H, int64_t E, float* dh, float* dfc1_w,
                         float* dfc1_b, float* dfc2_w, float* dfc2_b) {
  std::vector<float> dact((size_t)N * E), dpre((size_t)N * E);
  dense_backward(N, act, fc2_w, dz, E, 5, dact.data(), dfc2_w, dfc2_b, false);
  gelu_backward(pre, dact.data(), dpre.data(), N * E);
  dense_backward(N, h, fc1_w, dpre.data(), H, E, dh, dfc1_w, dfc1_b, true);
}

void law_bias_forward(int64_t N, const float* z, const double* what, float* phi) {
  for (int64_t r = 0; r < N; r++) {
    double s = 0;
    for (int k = 0; k < 5; k++) s += what[k] * logsigmoid(z[r * 5 + k]);
    phi[r] = (float)s;
  }
}

void law_bias_backward(int64_t N, const float* z, const double* what, const float* dphi, float* dz) {
  for (int64_t r = 0; r < N; r++)
    for (int k = 0; k < 5; k++) dz[r * 5 + k] += (float)(dphi[r] * what[k] * sigmoid(-(double)z[r * 5 + k]));
}

void aggregator_forward(int64_t L1, int64_t N, const float* z_layers, const float* layer_logits, float* pi, float* zbar,
                        float* scores) {
  double mx = layer_logits[0];
  for (int64_t l = 1; l < L1; l++) mx = std::max(mx, (double)layer_logits[l]);
  std::vector<double> p(L1);
  double sum = 0;
  for (int64_t l = 0; l < L1; l++) sum += (p[l] = std::exp(layer_logits[l] - mx));
  for (int64_t l = 0; l < L1; l++) p[l] /= sum;
  for (int64_t l = 0; l < L1; l++) pi[l] = (float)p[l];
  for (int64_t i = 0; i < N * 5; i++) {
    double acc = 0;
    for (int64_t l = 0; l < L1; l++) acc += p[l] * z_layers[l * N * 5 + i];
    zbar[i] = (float)acc;
    scores[i] = (float)sigmoid(acc);
  }
}

void aggregator_backward(int64_t L1, int64_t N, const float* z_layers, const float* pi, const float* dzbar,
                         float* dz_layers, float* dlayer_logits) {
  std::vector<double> c(L1, 0.0);
  for (int64_t l = 0; l < L1; l++) {
    double s = 0;
    for (int64_t i = 0; i < N * 5; i++) {
      dz_layers[l * N * 5 + i] += pi[l] * dzbar[i];
      s += (double)dzbar[i] * z_layers[l * N * 5 + i];
    }
    c[l] = s;
  }
  double mean = 0;
  for (int64_t l = 0; l < L1; l++) mean += pi[l] * c[l];
  for (int64_t l = 0; l < L1; l++) dlayer_logits[l] += (float)(pi[l] * (c[l] - mean));
}

double ethics_loss(int64_t L1, int64_t N, const float* z_layers, const float* scores, const float* targets,
                   const double* law_weights, double lambda, bool grad, float scale, float* dzbar, float* dz_layers,
                   int64_t* labelled) {
  double wmean = 0;
  for (int k = 0; k < 5; k++) wmean += law_weights[k] / 5.0;
  double wn[5];
  for (int k = 0; k < 5; k++) wn[k] = law_weights[k] / wmean;
  int64_t n_lab = 0;
  for (int64_t i = 0; i < N; i++)
    if (!std::isnan(targets[i * 5])) n_lab++;
  if (labelled) *labelled = n_lab;
  if (n_lab == 0) return 0.0;
  const double inv = 1.0 / (double)n_lab;
  double total = 0;
  for (int64_t i = 0; i < N; i++) {
    if (std::isnan(targets[i * 5])) continue;
    for (int k = 0; k < 5; k++) {
      const double y = targets[i * 5 + k];
      const double sb = scores[i * 5 + k];
      total += wn[k] * (sb - y) * (sb - y);
      if (grad) dzbar[i * 5 + k] += (float)(scale * inv * 2.0 * wn[k] * (sb - y) * sb * (1.0 - sb));
      for (int64_t l = 0; l < L1; l++) {
        const double s = sigmoid(z_layers[(l * N + i) * 5 + k]);
        total += lambda / L1 * wn[k] * (s - y) * (s - y);
        if (grad) dz_layers[(l * N + i) * 5 + k] += (float)(scale * inv * lambda / L1 * 2.0 * wn[k] * (s - y) * s * (1.0 - s));
      }
    }
  }
  return total * inv;
}

}  // namespace kala
