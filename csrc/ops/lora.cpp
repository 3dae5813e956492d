#include <vector>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

static inline uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

void dropout_apply(const float* x, int64_t n, double p, uint64_t seed, float* out) {
  const float keep_scale = (float)(1.0 / (1.0 - p));
  const uint64_t threshold = (uint64_t)(p * 18446744073709551616.0);
  const uint64_t base = mix64(seed ^ 0x64726f70ull);
  parallel_range(n, 1 << 15, [&](int64_t a, int64_t b) {
    for (int64_t i = a; i < b; i++) out[i] = mix64(base + (uint64_t)i * 0x9e3779b97f4a7c15ull) >= threshold ? x[i] * keep_scale : 0.f;
  });
}

void lora_linear_forward(int64_t N, const float* x, int64_t in, int64_t out, int64_t r, float scale, const float* A,
                         const float* B, double p, bool dropout, uint64_t seed, float* y, float* u) {
  std::vector<float> xd;
  const float* xin = x;
  if (dropout && p > 0) {
    xd.resize((size_t)N * in);
    dropout_apply(x, N * in, p, seed, xd.data());
    xin = xd.data();
  }
  sgemm(N, r, in, xin, in, false, A, in, true, u, r, false);  // u = xd A^T
  std::vector<float> us((size_t)N * r);
  for (int64_t i = 0; i < N * r; i++) us[i] = u[i] * scale;
  sgemm(N, out, r, us.data(), r, false, B, r, true, y, out, true);  // y += scale u B^T
}

void lora_linear_backward(int64_t N, const float* x, const float* dy, const float* u, int64_t in, int64_t out, int64_t r,
                          float scale, const float* A, const float* B, double p, bool dropout, uint64_t seed, float* dx,
                          float* dA, float* dB) {
  std::vector<float> du((size_t)N * r), us((size_t)N * r);
  for (int64_t i = 0; i < N * r; i++) us[i] = u[i] * scale;
  sgemm(out, r, N, dy, out, true, us.data(), r, false, dB, r, true);  // dB += scale dy^T u
  sgemm(N, r, out, dy, out, false, B, r, false, du.data(), r, false);  // du = dy B
  for (auto& v : du) v *= scale;
  const bool drop = dropout && p > 0;
  std::vector<float> xd;
  const float* xin = x;
  if (drop) {
    xd.resize((size_t)N * in);
    dropout_apply(x, N * in, p, seed, xd.data());
    xin = xd.data();
  }
  sgemm(r, in, N, du.data(), r, true, xin, in, false, dA, in, true);  // dA += du^T xd
  if (!dx) return;
  if (!drop) {
    sgemm(N, in, r, du.data(), r, false, A, in, false, dx, in, true);  // dx += du A
    return;
  }
  std::vector<float> dxd((size_t)N * in), ones((size_t)N * in, 1.f), mask((size_t)N * in);
  sgemm(N, in, r, du.data(), r, false, A, in, false, dxd.data(), in, false);
  dropout_apply(ones.data(), N * in, p, seed, mask.data());  // the same mask, times 1/(1-p)
  parallel_range(N * in, 1 << 15, [&](int64_t a, int64_t b) {
    for (int64_t i = a; i < b; i++) dx[i] += dxd[i] * mask[i];
  });
}

void lora_embedding_forward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale, const float* A,
                            const float* B, float* x) {
  std::vector<float> e((size_t)N * r);
  for (int64_t i = 0; i < N; i++)
    for (int64_t k = 0; k < r; k++) e[i * r + k] = A[k * V + ids[i]] * scale;
  sgemm(N, H, r, e.data(), r, false, B, r, true, x, H, true);  // x += e B^T
}

void lora_embedding_backward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale,
                             const float* A, const float* B, const float* dx, float* dA, float* dB) {
  std::vector<float> e((size_t)N * r), de((size_t)N * r);
  for (int64_t i = 0; i < N; i++)
    for (int64_t k = 0; k < r; k++) e[i * r + k] = A[k * V + ids[i]] * scale;
  sgemm(H, r, N, dx, H, true, e.data(), r, false, dB, r, true);           // dB += dx^T e
  sgemm(N, r, H, dx, H, false, B, r, false, de.data(), r, false);         // de = dx B
  for (int64_t i = 0; i < N; i++)                                          // in order: ids repeat
    for (int64_t k = 0; k < r; k++) dA[k * V + ids[i]] += de[i * r + k] * scale;
}

}  // namespace kala
