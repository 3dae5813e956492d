// Decode GEMV: y[m, n] = sum_k x[m, k] W[n, k] (* scale[n]) (+ bias[n]) (+ y) for M <= 8 rows.
// Memory-bound: every weight byte is read once with 16-byte loads; each warp works on kRows
// output rows at a time so every x value it loads (from L1) serves kRows weight rows. Works
// for any arch and any weight dtype (f32, f16, bf16, int8 + per-row scales).
#include "common.cuh"

namespace kala::cuda {

constexpr int kGvRows = 2;     // output rows per warp
constexpr int kGvWarps = 4;    // warps per block

template <typename T>
struct Vec16;  // 16 bytes of T as floats
template <>
struct Vec16<float> {
  static constexpr int n = 4;
  static KD void load(const float* p, float* v) {
    check_align<16>(p);
    const float4 q = __ldg(reinterpret_cast<const float4*>(p));
    v[0] = q.x, v[1] = q.y, v[2] = q.z, v[3] = q.w;
  }
};
template <typename T16>
struct Vec16h {
  static constexpr int n = 8;
  static KD void load(const T16* p, float* v) {
    check_align<16>(p);
    const uint4 q = __ldg(reinterpret_cast<const uint4*>(p));
    const uint32_t w[4] = {q.x, q.y, q.z, q.w};
#pragma unroll
    for (int i = 0; i < 4; i++) v[2 * i] = unpack_lo<T16>(w[i]), v[2 * i + 1] = unpack_hi<T16>(w[i]);
  }
};
template <>
struct Vec16<f16> : Vec16h<f16> {};
template <>
struct Vec16<bf16> : Vec16h<bf16> {};
template <>
struct Vec16<int8_t> {
  static constexpr int n = 16;
  static KD void load(const int8_t* p, float* v) {
    check_align<16>(p);
    const uint4 q = __ldg(reinterpret_cast<const uint4*>(p));
    const uint32_t w[4] = {q.x, q.y, q.z, q.w};
#pragma unroll
    for (int i = 0; i < 4; i++)
#pragma unroll
      for (int b = 0; b < 4; b++) v[4 * i + b] = (float)(int8_t)((w[i] >> (8 * b)) & 0xffu);
  }
};

template <typename T, int MAXM>
__global__ void __launch_bounds__(kGvWarps * 32)
    gemv_k(int M, const float* __restrict__ x, int64_t ldx, const T* __restrict__ W, int64_t N, int64_t K,
           const float* __restrict__ scale, const float* __restrict__ bias, float* __restrict__ y, int64_t ldy,
           bool accumulate, bool vec) {
  constexpr int V = Vec16<T>::n;
  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31;
  const int64_t n0 = ((int64_t)blockIdx.x * kGvWarps + warp) * kGvRows;
  float acc[kGvRows][MAXM];
#pragma unroll
  for (int r = 0; r < kGvRows; r++)
#pragma unroll
    for (int m = 0; m < MAXM; m++) acc[r][m] = 0.f;
  int64_t kvec = vec ? (K / V) * V : 0;  // the part read with 16-byte loads
#pragma unroll 2
  for (int64_t k = (int64_t)lane * V; k < kvec; k += 32 * V) {
    float xv[MAXM][V];
#pragma unroll
    for (int m = 0; m < MAXM; m++) {
      if (m < M) {
#pragma unroll
        for (int e = 0; e < V; e += 4) {
          check_align<16>(x + m * ldx + k + e);
          const float4 q = __ldg(reinterpret_cast<const float4*>(x + m * ldx + k + e));
          xv[m][e] = q.x, xv[m][e + 1] = q.y, xv[m][e + 2] = q.z, xv[m][e + 3] = q.w;
        }
      }
    }
#pragma unroll
    for (int r = 0; r < kGvRows; r++) {
      if (n0 + r >= N) break;
      float wv[V];
      Vec16<T>::load(W + (n0 + r) * K + k, wv);
#pragma unroll
      for (int m = 0; m < MAXM; m++)
        if (m < M) {
#pragma unroll
          for (int e = 0; e < V; e++) acc[r][m] = fmaf(wv[e], xv[m][e], acc[r][m]);
        }
    }
  }
  for (int64_t k = kvec + lane; k < K; k += 32) {  // tail (or everything when unaligned)
#pragma unroll
    for (int r = 0; r < kGvRows; r++) {
      if (n0 + r >= N) break;
      const float w = to_f(W[(n0 + r) * K + k]);
#pragma unroll
      for (int m = 0; m < MAXM; m++)
        if (m < M) acc[r][m] = fmaf(w, x[m * ldx + k], acc[r][m]);
    }
  }
#pragma unroll
  for (int r = 0; r < kGvRows; r++)
#pragma unroll
    for (int m = 0; m < MAXM; m++) acc[r][m] = warp_sum(acc[r][m]);
  if (lane == 0) {
#pragma unroll
    for (int r = 0; r < kGvRows; r++) {
      const int64_t n = n0 + r;
      if (n >= N) break;
      const float sc = scale ? scale[n] : 1.f;
      const float b = bias ? bias[n] : 0.f;
#pragma unroll
      for (int m = 0; m < MAXM; m++)
        if (m < M) {
          float* o = y + m * ldy + n;
          const float v = acc[r][m] * sc + b;
          *o = accumulate ? *o + v : v;
        }
    }
  }
}

template <typename T>
static void gemv_t(int64_t M, const float* x, int64_t ldx, const Weight& W, const float* bias, float* y, int64_t ldy,
                   bool accumulate, Stream s) {
  constexpr int V = Vec16<T>::n;
  const bool vec = (W.K * sizeof(T)) % 16 == 0 && reinterpret_cast<uintptr_t>(W.p) % 16 == 0 && ldx % 4 == 0 &&
                   reinterpret_cast<uintptr_t>(x) % 16 == 0 && V % 4 == 0;
  const T* w = static_cast<const T*>(W.p);
  const float* sc = W.dtype == DType::I8 ? W.scale : nullptr;
  const unsigned grid = cdiv(W.N, kGvRows * kGvWarps);
  const int m = (int)M;
  if (M <= 1) launch("gemv", gemv_k<T, 1>, grid, kGvWarps * 32, 0, s, m, x, ldx, w, W.N, W.K, sc, bias, y, ldy, accumulate, vec);
  else if (M <= 2) launch("gemv", gemv_k<T, 2>, grid, kGvWarps * 32, 0, s, m, x, ldx, w, W.N, W.K, sc, bias, y, ldy, accumulate, vec);
  else if (M <= 4) launch("gemv", gemv_k<T, 4>, grid, kGvWarps * 32, 0, s, m, x, ldx, w, W.N, W.K, sc, bias, y, ldy, accumulate, vec);
  else launch("gemv", gemv_k<T, 8>, grid, kGvWarps * 32, 0, s, m, x, ldx, w, W.N, W.K, sc, bias, y, ldy, accumulate, vec);
}

void gemv(int64_t M, const float* x, int64_t ldx, const Weight& W, const float* bias, float* y, int64_t ldy,
          bool accumulate, Stream s) {
  if (M <= 0 || W.N <= 0) return;
  if (M > 8) throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemv handles at most 8 rows");
  if (W.dtype == DType::I8 && !W.scale) throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemv: int8 weights need scales");
  switch (W.dtype) {
    case DType::F32: return gemv_t<float>(M, x, ldx, W, bias, y, ldy, accumulate, s);
    case DType::F16: return gemv_t<f16>(M, x, ldx, W, bias, y, ldy, accumulate, s);
    case DType::BF16: return gemv_t<bf16>(M, x, ldx, W, bias, y, ldy, accumulate, s);
    case DType::I8: return gemv_t<int8_t>(M, x, ldx, W, bias, y, ldy, accumulate, s);
    default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemv: unsupported weight dtype");
  }
}

}  // namespace kala::cuda
