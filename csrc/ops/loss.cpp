#include <cmath>
#include <limits>
#include <vector>

#include "kernels/kernels.h"
#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

double cross_entropy(float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, bool grad, float scale,
                     int64_t* count) {
  int64_t n = 0;
  for (int64_t b = 0; b < B; b++)
    for (int64_t t = 0; t + 1 < T; t++)
      if (labels[b * T + t + 1] != -100) n++;
  if (count) *count = n;
  std::vector<double> row_loss(B * T, 0.0);
  const Kernels& kr = kernels();
  const float inv = n > 0 ? scale / (float)n : 0.f;
  parallel_range(B * T, 4, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      const int64_t b = r / T, t = r % T;
      float* row = logits + r * V;
      const int32_t label = t + 1 < T ? labels[b * T + t + 1] : -100;
      if (label == -100) {
        if (grad)
          for (int64_t v = 0; v < V; v++) row[v] = 0.f;
        continue;
      }
      float mx = row[0];
      for (int64_t v = 1; v < V; v++) mx = row[v] > mx ? row[v] : mx;
      const float target = row[label];
      if (!grad) {
        double s = 0;
        for (int64_t v = 0; v < V; v++) s += std::exp((double)row[v] - mx);
        row_loss[r] = mx + std::log(s) - target;
        continue;
      }
      // softmax in place, then subtract the one-hot: the gradient of the mean loss
      const float sum = kr.exp_shifted(row, V, mx);
      row_loss[r] = (double)mx + std::log((double)sum) - target;
      const float k = inv / sum;
      for (int64_t v = 0; v < V; v++) row[v] *= k;
      row[label] -= inv;
    }
  });
  if (n == 0) return 0.0;
  double total = 0;
  for (double l : row_loss) total += l;
  return total / (double)n;
}

void token_nll(const float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, float* nll) {
  parallel_range(B * T, 4, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      const int64_t b = r / T, t = r % T;
      const int32_t label = t + 1 < T ? labels[b * T + t + 1] : -100;
      if (label == -100) {
        nll[r] = std::numeric_limits<float>::quiet_NaN();
        continue;
      }
      const float* row = logits + r * V;
      float mx = row[0];
      for (int64_t v = 1; v < V; v++) mx = row[v] > mx ? row[v] : mx;
      double s = 0;
      for (int64_t v = 0; v < V; v++) s += std::exp((double)row[v] - mx);
      nll[r] = (float)(mx + std::log(s) - row[label]);
    }
  });
}

}  // namespace kala
