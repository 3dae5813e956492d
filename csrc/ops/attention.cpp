#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "kernels/kernels.h"
#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d,
                       const int32_t* key_start, float* out, float* lse) {
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
      const int64_t j0 = key_start ? key_start[b * T + t] : 0;
      const int64_t j1 = past + t + 1;
      const float* qv = q.at(b, t, h);
      float mx = -std::numeric_limits<float>::infinity();
      for (int64_t j = j0; j < j1; j++) {
        float s = kr.dot(qv, k.at(b, j, h), d) * scale;
        if (ph && g != 0.f) s += g * ph[j];
        scores[j] = s;
        mx = s > mx ? s : mx;
      }
      const float sum = kr.exp_shifted(scores.data() + j0, j1 - j0, mx);
      const float inv = 1.0f / sum;
      float* o = out + (b * T + t) * H + h * d;
      for (int64_t i = 0; i < d; i++) o[i] = 0.f;
      for (int64_t j = j0; j < j1; j++) kr.axpy(scores[j] * inv, v.at(b, j, h), o, d);
      if (lse) lse[(b * heads + h) * T + t] = mx + std::log(sum);
    }
  });
}

void attention_backward(const float* qkv, const float* phi, const float* gain, const float* out, const float* lse,
                        const float* dout, int64_t B, int64_t T, int64_t heads, int64_t d, const int32_t* key_start,
                        float* dqkv, float* dphi, float* dgain) {
  const Kernels& kr = kernels();
  const float scale = 1.0f / std::sqrt((float)d);
  const int64_t H = heads * d, H3 = 3 * H;
  // one task per (b, h): it owns dq, dk, dv of that head; phi and gain gradients go to
  // per-task partials, summed afterwards in a fixed order
  std::vector<float> dphi_part(dphi ? (size_t)B * heads * T : 0, 0.f);
  std::vector<double> dgain_part((size_t)B * heads, 0.0);
  parallel_for(B * heads, [&](int64_t bh) {
    const int64_t b = bh / heads, h = bh % heads;
    const float g = gain ? gain[h] : 0.f;
    const float* ph = phi ? phi + b * T : nullptr;
    float* dph = dphi ? dphi_part.data() + bh * T : nullptr;
    for (int64_t t = 0; t < T; t++) {
      float* row = dqkv + (b * T + t) * H3 + h * 3 * d;
      std::memset(row, 0, 3 * d * sizeof(float));
    }
    double dg = 0;
    for (int64_t i = 0; i < T; i++) {
      const int64_t j0 = key_start ? key_start[b * T + i] : 0;
      const float* qi = qkv + (b * T + i) * H3 + h * 3 * d;
      const float* doi = dout + (b * T + i) * H + h * d;
      const float Di = kr.dot(doi, out + (b * T + i) * H + h * d, d);
      const float li = lse[(b * heads + h) * T + i];
      float* dqi = dqkv + (b * T + i) * H3 + h * 3 * d;
      for (int64_t j = j0; j <= i; j++) {
        const float* kj = qkv + (b * T + j) * H3 + h * 3 * d + d;
        const float* vj = kj + d;
        float s = kr.dot(qi, kj, d) * scale;
        if (ph && g != 0.f) s += g * ph[j];
        const float p = std::exp(s - li);
        const float ds = p * (kr.dot(doi, vj, d) - Di);
        float* dkj = dqkv + (b * T + j) * H3 + h * 3 * d + d;
        kr.axpy(scale * ds, kj, dqi, d);
        kr.axpy(scale * ds, qi, dkj, d);
        kr.axpy(p, doi, dkj + d, d);
        if (dph) dph[j] += g * ds;
        if (ph) dg += (double)ds * ph[j];
      }
    }
    dgain_part[bh] = dg;
  });
  if (dphi) {
    parallel_range(B * T, 256, [&](int64_t r0, int64_t r1) {
      for (int64_t r = r0; r < r1; r++) {
        const int64_t b = r / T, t = r % T;
        float s = 0;
        for (int64_t h = 0; h < heads; h++) s += dphi_part[(b * heads + h) * T + t];
        dphi[r] += s;
      }
    });
  }
  if (dgain)
    for (int64_t h = 0; h < heads; h++) {
      double s = 0;
      for (int64_t b = 0; b < B; b++) s += dgain_part[b * heads + h];
      dgain[h] += (float)s;
    }
}

}  // namespace kala
