#include <cmath>
#include <limits>
#include <vector>

#include "kernels/kernels.h"
#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d, float* out,
                       float* lse) {
  const Kernels& kr = kernels();
  const float scale = 1.0f / std::sqrt((float)d);
  const int64_t H = heads * d;
  // Tasks: (b, h, block of query rows). Later rows see more keys, so blocks stay small.
  const int64_t rows_per_task = T >= 64 ? 16 : T;
  const int64_t blocks = (T + rows_per_task - 1) / rows_per_task;
  parallel_for(B * heads * blocks, [&](int64_t task) {
    const int64_t blk = task % blocks, bh = task / blocks;
    const int64_t b = bh / heads, h = bh % heads;
    const float g = gain ? gain[h] : 0.f;
    const float* ph = phi ? phi + b * phi_sb : nullptr;
    thread_local std::vector<float> scores;
    scores.resize(past + T);
    for (int64_t t = blk * rows_per_task; t < std::min(T, (blk + 1) * rows_per_task); t++) {
      const int64_t n_keys = past + t + 1;
      const float* qv = q.at(b, t, h);
      float mx = -std::numeric_limits<float>::infinity();
      for (int64_t j = 0; j < n_keys; j++) {
        float s = kr.dot(qv, k.at(b, j, h), d) * scale;
        if (ph && g != 0.f) s += g * ph[j];
        scores[j] = s;
        mx = s > mx ? s : mx;
      }
      const float sum = kr.exp_shifted(scores.data(), n_keys, mx);
      const float inv = 1.0f / sum;
      float* o = out + (b * T + t) * H + h * d;
      for (int64_t i = 0; i < d; i++) o[i] = 0.f;
      for (int64_t j = 0; j < n_keys; j++) kr.axpy(scores[j] * inv, v.at(b, j, h), o, d);
      if (lse) lse[(b * heads + h) * T + t] = mx + std::log(sum);
    }
  });
}

}  // namespace kala
