#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "kernels/kernels.h"
#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

// Query rows one at a time with dot/axpy: the decode path (a token or a few against the cache).
static void attention_rows(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
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

constexpr int64_t QB = 64;  // query rows per block of the GEMM path

// The masked, biased, normalised probabilities of one query block: S holds Q K^T for keys
// [j0, j0 + nk); rows become softmax rows (0 outside each query's visible keys).
static void block_softmax(float* S, int64_t rows, int64_t nk, int64_t t0, int64_t j0, int64_t past, int64_t b, int64_t T,
                          float scale, float g, const float* ph, const int32_t* key_start, float* lse_out,
                          const float* lse_in) {
  const Kernels& kr = kernels();
  for (int64_t i = 0; i < rows; i++) {
    const int64_t t = t0 + i;
    float* row = S + i * nk;
    const int64_t ks = (key_start ? key_start[b * T + t] : 0) - j0, ke = past + t + 1 - j0;
    for (int64_t j = 0; j < ks; j++) row[j] = 0.f;
    for (int64_t j = ke; j < nk; j++) row[j] = 0.f;
    float mx = -std::numeric_limits<float>::infinity();
    for (int64_t j = ks; j < ke; j++) {
      float s = row[j] * scale;
      if (ph && g != 0.f) s += g * ph[j0 + j];
      row[j] = s;
      mx = s > mx ? s : mx;
    }
    if (lse_in) {  // backward: probabilities from the saved log-sum-exp
      const float l = lse_in[i];
      for (int64_t j = ks; j < ke; j++) row[j] = std::exp(row[j] - l);
      continue;
    }
    const float sum = kr.exp_shifted(row + ks, ke - ks, mx);
    const float inv = 1.0f / sum;
    for (int64_t j = ks; j < ke; j++) row[j] *= inv;
    if (lse_out) lse_out[i] = mx + std::log(sum);
  }
}

void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d,
                       const int32_t* key_start, float* out, float* lse) {
  if (T < 8) {
    attention_rows(q, k, v, phi, phi_sb, gain, B, T, past, heads, d, key_start, out, lse);
    return;
  }
  // Prefill: per (b, h, block of query rows) two small GEMMs, S = Q K^T and O = P V, with the
  // bias, mask and softmax between them.
  const float scale = 1.0f / std::sqrt((float)d);
  const int64_t H = heads * d;
  const int64_t blocks = (T + QB - 1) / QB;
  parallel_for(B * heads * blocks, [&](int64_t task) {
    const int64_t blk = task % blocks, bh = task / blocks;
    const int64_t b = bh / heads, h = bh % heads;
    const int64_t t0 = blk * QB, t1 = std::min(T, t0 + QB), rows = t1 - t0;
    int64_t j0 = past + t1;
    for (int64_t t = t0; t < t1; t++) j0 = std::min<int64_t>(j0, key_start ? key_start[b * T + t] : 0);
    const int64_t nk = past + t1 - j0;
    thread_local std::vector<float> S, L;
    S.resize(rows * nk);
    L.resize(rows);
    sgemm(rows, nk, d, q.at(b, t0, h), q.st, false, k.at(b, j0, h), k.st, true, S.data(), nk, false);
    block_softmax(S.data(), rows, nk, t0, j0, past, b, T, scale, gain ? gain[h] : 0.f, phi ? phi + b * phi_sb : nullptr,
                  key_start, L.data(), nullptr);
    const HeadView o{out, T * H, H, d};
    sgemm(rows, d, nk, S.data(), nk, false, v.at(b, j0, h), v.st, false, o.at(b, t0, h), H, false);
    if (lse)
      for (int64_t i = 0; i < rows; i++) lse[(b * heads + h) * T + t0 + i] = L[i];
  });
}

void attention_backward(const float* qkv, const float* phi, const float* gain, const float* out, const float* lse,
                        const float* dout, int64_t B, int64_t T, int64_t heads, int64_t d, const int32_t* key_start,
                        float* dqkv, float* dphi, float* dgain) {
  const Kernels& kr = kernels();
  const float scale = 1.0f / std::sqrt((float)d);
  const int64_t H = heads * d, H3 = 3 * H;
  // One task per (b, h): it owns dq, dk, dv of that head. Query blocks recompute P from lse;
  // dS = P (dP - rowsum(dO o O)) feeds five small GEMMs. phi and gain gradients go to per-task
  // partials, summed afterwards in a fixed order.
  std::vector<float> dphi_part(dphi ? (size_t)B * heads * T : 0, 0.f);
  std::vector<double> dgain_part((size_t)B * heads, 0.0);
  const int64_t blocks = (T + QB - 1) / QB;
  parallel_for(B * heads, [&](int64_t bh) {
    const int64_t b = bh / heads, h = bh % heads;
    const float g = gain ? gain[h] : 0.f;
    const float* ph = phi ? phi + b * T : nullptr;
    float* dph = dphi ? dphi_part.data() + bh * T : nullptr;
    for (int64_t t = 0; t < T; t++) std::memset(dqkv + (b * T + t) * H3 + h * 3 * d, 0, 3 * d * sizeof(float));
    const float* Q = qkv + b * T * H3 + h * 3 * d;
    const float* K = Q + d;
    const float* V = Q + 2 * d;
    float* dQ = dqkv + b * T * H3 + h * 3 * d;
    float* dK = dQ + d;
    float* dV = dQ + 2 * d;
    const float* O = out + b * T * H + h * d;
    const float* dO = dout + b * T * H + h * d;
    thread_local std::vector<float> P, dS;
    double dg = 0;
    for (int64_t blk = 0; blk < blocks; blk++) {
      const int64_t t0 = blk * QB, t1 = std::min(T, t0 + QB), rows = t1 - t0;
      int64_t j0 = t1;
      for (int64_t t = t0; t < t1; t++) j0 = std::min<int64_t>(j0, key_start ? key_start[b * T + t] : 0);
      const int64_t nk = t1 - j0;
      P.resize(rows * nk);
      dS.resize(rows * nk);
      sgemm(rows, nk, d, Q + t0 * H3, H3, false, K + j0 * H3, H3, true, P.data(), nk, false);
      block_softmax(P.data(), rows, nk, t0, j0, 0, b, T, scale, g, ph, key_start, nullptr, lse + (b * heads + h) * T + t0);
      sgemm(rows, nk, d, dO + t0 * H, H, false, V + j0 * H3, H3, true, dS.data(), nk, false);  // dP = dO V^T
      for (int64_t i = 0; i < rows; i++) {
        const float Di = kr.dot(dO + (t0 + i) * H, O + (t0 + i) * H, d);
        float* ds = dS.data() + i * nk;
        const float* p = P.data() + i * nk;
        for (int64_t j = 0; j < nk; j++) {
          const float v = p[j] * (ds[j] - Di);
          ds[j] = v;
          if (dph) dph[j0 + j] += g * v;
          if (ph) dg += (double)v * ph[j0 + j];
        }
      }
      sgemm(nk, d, rows, P.data(), nk, true, dO + t0 * H, H, false, dV + j0 * H3, H3, true);  // dV += P^T dO
      for (auto& v : dS) v *= scale;
      sgemm(rows, d, nk, dS.data(), nk, false, K + j0 * H3, H3, false, dQ + t0 * H3, H3, true);  // dQ += dS K
      sgemm(nk, d, rows, dS.data(), nk, true, Q + t0 * H3, H3, false, dK + j0 * H3, H3, true);   // dK += dS^T Q
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
