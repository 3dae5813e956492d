#include <cmath>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void rotary_tables(int64_t max_pos, int64_t rd, double base, float* cos_out, float* sin_out) {
  const int64_t half = rd / 2;
  for (int64_t p = 0; p < max_pos; p++)
    for (int64_t i = 0; i < half; i++) {
      const double inv = std::pow(base, -(double)(2 * i) / (double)rd);
      const double a = (double)p * inv;
      cos_out[p * half + i] = (float)std::cos(a);
      sin_out[p * half + i] = (float)std::sin(a);
    }
}

// Forward: x[:rd] <- x[:rd] * cos + rotate_half(x[:rd]) * sin, rotate_half(x) = cat(-x2, x1);
// emb = cat(freqs, freqs), so both halves use the same table row. Backward applies the
// transpose (sin negated).
static inline void rotate(float* x, int64_t half, const float* c, const float* s, float sign) {
  for (int64_t i = 0; i < half; i++) {
    const float x1 = x[i], x2 = x[i + half], sn = sign * s[i];
    x[i] = x1 * c[i] - x2 * sn;
    x[i + half] = x2 * c[i] + x1 * sn;
  }
}

static void rotary_apply(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                         const int32_t* positions, const float* cos_t, const float* sin_t, float sign) {
  if (rd <= 0) return;
  const int64_t half = rd / 2;
  parallel_range(B * T, 16, [&](int64_t r0, int64_t r1) {
    for (int64_t r = r0; r < r1; r++) {
      const int64_t pos = positions ? positions[r] : pos0 + r % T;
      const float* c = cos_t + pos * half;
      const float* s = sin_t + pos * half;
      float* row = qkv + r * heads * 3 * d;
      for (int64_t h = 0; h < heads; h++) {
        rotate(row + h * 3 * d, half, c, s, sign);      // q
        rotate(row + h * 3 * d + d, half, c, s, sign);  // k
      }
    }
  });
}

void rotary_forward(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                    const int32_t* positions, const float* cos_t, const float* sin_t) {
  rotary_apply(qkv, B, T, heads, d, rd, pos0, positions, cos_t, sin_t, 1.f);
}

void rotary_backward(float* dqkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                     const int32_t* positions, const float* cos_t, const float* sin_t) {
  rotary_apply(dqkv, B, T, heads, d, rd, pos0, positions, cos_t, sin_t, -1.f);
}

}  // namespace kala
