// AVX2 + FMA + F16C kernels (Haswell, Zen 1 and later). Same rule as target_avx512.cpp:
// only intrinsics and plain loops here.
#include <immintrin.h>

#include <cstdint>

#include "kernels/kernels.h"

#pragma GCC target("avx2,fma,f16c")

namespace kala {
namespace k_avx2 {

#include "kernels/vec_body.inc"
#include "kernels/transpose8.inc"

constexpr int MR = 6, NR = 16;
// bytes ahead of the decode GEMV's loads that it prefetches (as target_avx512.cpp)
constexpr int64_t kGemvPrefetch = 4096, kGemvPrefetchL2 = 8192;

static void micro(int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b, int64_t ldb, float* c, int64_t ldc,
                  bool load) {
  __m256 acc0[MR], acc1[MR];
#pragma GCC unroll 6
  for (int i = 0; i < MR; i++) {
    acc0[i] = load ? _mm256_loadu_ps(c + i * ldc) : _mm256_setzero_ps();
    acc1[i] = load ? _mm256_loadu_ps(c + i * ldc + 8) : _mm256_setzero_ps();
  }
  // rows 3q .. 3q + 2 of A at p[q] + {0, rs, 2 rs} (see target_avx512.cpp)
  const float* p[2] = {a, a + 3 * rs};
  const int64_t rs2 = 2 * rs;
  for (int64_t k = 0; k < kc; k++) {
    const __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8);
#pragma GCC unroll 2
    for (int q = 0; q < 2; q++) {
      const __m256 x0 = _mm256_broadcast_ss(p[q]), x1 = _mm256_broadcast_ss(p[q] + rs), x2 = _mm256_broadcast_ss(p[q] + rs2);
      acc0[3 * q] = _mm256_fmadd_ps(x0, b0, acc0[3 * q]);
      acc1[3 * q] = _mm256_fmadd_ps(x0, b1, acc1[3 * q]);
      acc0[3 * q + 1] = _mm256_fmadd_ps(x1, b0, acc0[3 * q + 1]);
      acc1[3 * q + 1] = _mm256_fmadd_ps(x1, b1, acc1[3 * q + 1]);
      acc0[3 * q + 2] = _mm256_fmadd_ps(x2, b0, acc0[3 * q + 2]);
      acc1[3 * q + 2] = _mm256_fmadd_ps(x2, b1, acc1[3 * q + 2]);
      p[q] += ks;
    }
    b += ldb;
  }
#pragma GCC unroll 6
  for (int i = 0; i < MR; i++) {
    _mm256_storeu_ps(c + i * ldc, acc0[i]);
    _mm256_storeu_ps(c + i * ldc + 8, acc1[i]);
  }
}

// micro for R < MR rows (an edge panel): a row pointer each, the rows' count known at compile time.
template <int R>
static void micro_r(int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b, int64_t ldb, float* c, int64_t ldc,
                    bool load) {
  __m256 acc0[R], acc1[R];
  const float* p[R];
  for (int i = 0; i < R; i++) {
    acc0[i] = load ? _mm256_loadu_ps(c + i * ldc) : _mm256_setzero_ps();
    acc1[i] = load ? _mm256_loadu_ps(c + i * ldc + 8) : _mm256_setzero_ps();
    p[i] = a + i * rs;
  }
  for (int64_t k = 0; k < kc; k++) {
    const __m256 b0 = _mm256_loadu_ps(b), b1 = _mm256_loadu_ps(b + 8);
    for (int i = 0; i < R; i++) {
      const __m256 x = _mm256_broadcast_ss(p[i] + k * ks);
      acc0[i] = _mm256_fmadd_ps(x, b0, acc0[i]);
      acc1[i] = _mm256_fmadd_ps(x, b1, acc1[i]);
    }
    b += ldb;
  }
  for (int i = 0; i < R; i++) {
    _mm256_storeu_ps(c + i * ldc, acc0[i]);
    _mm256_storeu_ps(c + i * ldc + 8, acc1[i]);
  }
}

static void tile_rows(int rows, int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b, int64_t ldb, float* c,
                      int64_t ldc, bool load) {
  switch (rows) {
    case 1: return micro_r<1>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 2: return micro_r<2>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 3: return micro_r<3>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 4: return micro_r<4>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 5: return micro_r<5>(kc, a, rs, ks, b, ldb, c, ldc, load);
    default: return micro(kc, a, rs, ks, b, ldb, c, ldc, load);
  }
}

template <DType DT>
static inline __m256 ldb(const void* p) {
  if constexpr (DT == DType::F16) return _mm256_cvtph_ps(_mm_load_si128((const __m128i*)p));
  else if constexpr (DT == DType::BF16)
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm_load_si128((const __m128i*)p)), 16));
  else if constexpr (DT == DType::I8) return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)p)));
  else return _mm256_load_ps((const float*)p);
}
template <DType DT>
constexpr int64_t esize() { return DT == DType::F32 ? 4 : (DT == DType::I8 ? 1 : 2); }

template <DType DT>
static void micro_packed_t(int64_t kc, const float* a, const void* bv, const float* scale, float* c, int64_t ldc, bool load) {
  const char* b = (const char*)bv;
  __m256 acc0[MR], acc1[MR];
#pragma GCC unroll 6
  for (int i = 0; i < MR; i++) acc0[i] = acc1[i] = _mm256_setzero_ps();
  for (int64_t k = 0; k < kc; k++) {
    __m256 b0 = ldb<DT>(b), b1 = ldb<DT>(b + 8 * esize<DT>());
#pragma GCC unroll 6
    for (int i = 0; i < MR; i++) {
      __m256 ai = _mm256_broadcast_ss(a + i);
      acc0[i] = _mm256_fmadd_ps(ai, b0, acc0[i]);
      acc1[i] = _mm256_fmadd_ps(ai, b1, acc1[i]);
    }
    a += MR;
    b += NR * esize<DT>();
  }
  __m256 s0 = _mm256_set1_ps(1.f), s1 = s0;
  if (scale) s0 = _mm256_loadu_ps(scale), s1 = _mm256_loadu_ps(scale + 8);
#pragma GCC unroll 6
  for (int i = 0; i < MR; i++) {
    __m256 c0 = load ? _mm256_loadu_ps(c + i * ldc) : _mm256_setzero_ps();
    __m256 c1 = load ? _mm256_loadu_ps(c + i * ldc + 8) : _mm256_setzero_ps();
    _mm256_storeu_ps(c + i * ldc, _mm256_fmadd_ps(acc0[i], s0, c0));
    _mm256_storeu_ps(c + i * ldc + 8, _mm256_fmadd_ps(acc1[i], s1, c1));
  }
}

static void micro_packed(int64_t kc, const float* a, const void* b, DType dt, const float* scale, float* c, int64_t ldc,
                         bool load) {
  switch (dt) {
    case DType::F16: return micro_packed_t<DType::F16>(kc, a, b, scale, c, ldc, load);
    case DType::BF16: return micro_packed_t<DType::BF16>(kc, a, b, scale, c, ldc, load);
    case DType::I8: return micro_packed_t<DType::I8>(kc, a, b, scale, c, ldc, load);
    default: return micro_packed_t<DType::F32>(kc, a, b, scale, c, ldc, load);
  }
}

template <DType DT, int M>
static void gemv_packed_t(int64_t K, const float* x, int64_t ldx, const void* bv, const float* scale, float* y, int64_t ldy) {
  const char* b = (const char*)bv;
  __m256 acc[M][4];
  for (int i = 0; i < M; i++) acc[i][0] = acc[i][1] = acc[i][2] = acc[i][3] = _mm256_setzero_ps();
  int64_t k = 0;
  for (; k + 2 <= K; k += 2) {
    // decode streams the weights from DRAM once per token: prefetch ahead (see target_avx512.cpp)
    for (int64_t line = 0; line < 2 * NR * esize<DT>(); line += 64) {
      _mm_prefetch(b + kGemvPrefetch + line, _MM_HINT_T0);
      _mm_prefetch(b + kGemvPrefetchL2 + line, _MM_HINT_T1);
    }
    __m256 b0 = ldb<DT>(b), b1 = ldb<DT>(b + 8 * esize<DT>());
    __m256 b2 = ldb<DT>(b + 16 * esize<DT>()), b3 = ldb<DT>(b + 24 * esize<DT>());
    for (int i = 0; i < M; i++) {
      __m256 xi = _mm256_broadcast_ss(x + i * ldx + k), xj = _mm256_broadcast_ss(x + i * ldx + k + 1);
      acc[i][0] = _mm256_fmadd_ps(xi, b0, acc[i][0]);
      acc[i][1] = _mm256_fmadd_ps(xi, b1, acc[i][1]);
      acc[i][2] = _mm256_fmadd_ps(xj, b2, acc[i][2]);
      acc[i][3] = _mm256_fmadd_ps(xj, b3, acc[i][3]);
    }
    b += 2 * NR * esize<DT>();
  }
  for (; k < K; k++) {
    __m256 b0 = ldb<DT>(b), b1 = ldb<DT>(b + 8 * esize<DT>());
    for (int i = 0; i < M; i++) {
      __m256 xi = _mm256_broadcast_ss(x + i * ldx + k);
      acc[i][0] = _mm256_fmadd_ps(xi, b0, acc[i][0]);
      acc[i][1] = _mm256_fmadd_ps(xi, b1, acc[i][1]);
    }
    b += NR * esize<DT>();
  }
  __m256 s0 = _mm256_set1_ps(1.f), s1 = s0;
  if (scale) s0 = _mm256_loadu_ps(scale), s1 = _mm256_loadu_ps(scale + 8);
  for (int i = 0; i < M; i++) {
    float* yi = y + i * ldy;
    _mm256_storeu_ps(yi, _mm256_fmadd_ps(_mm256_add_ps(acc[i][0], acc[i][2]), s0, _mm256_loadu_ps(yi)));
    _mm256_storeu_ps(yi + 8, _mm256_fmadd_ps(_mm256_add_ps(acc[i][1], acc[i][3]), s1, _mm256_loadu_ps(yi + 8)));
  }
}

template <DType DT>
static void gemv_packed_m(int64_t K, const float* x, int64_t ldx, int m, const void* b, const float* scale, float* y,
                          int64_t ldy) {
  switch (m) {
    case 1: return gemv_packed_t<DT, 1>(K, x, ldx, b, scale, y, ldy);
    case 2: return gemv_packed_t<DT, 2>(K, x, ldx, b, scale, y, ldy);
    case 3: return gemv_packed_t<DT, 3>(K, x, ldx, b, scale, y, ldy);
    default: return gemv_packed_t<DT, 4>(K, x, ldx, b, scale, y, ldy);
  }
}

static void gemv_packed(int64_t K, const float* x, int64_t ldx, int m, const void* b, DType dt, const float* scale,
                        float* y, int64_t ldy) {
  switch (dt) {
    case DType::F16: return gemv_packed_m<DType::F16>(K, x, ldx, m, b, scale, y, ldy);
    case DType::BF16: return gemv_packed_m<DType::BF16>(K, x, ldx, m, b, scale, y, ldy);
    case DType::I8: return gemv_packed_m<DType::I8>(K, x, ldx, m, b, scale, y, ldy);
    default: return gemv_packed_m<DType::F32>(K, x, ldx, m, b, scale, y, ldy);
  }
}

static inline float scalar_load(const void* src, DType dt, int64_t i) {
  switch (dt) {
    case DType::F16: return _cvtsh_ss(((const uint16_t*)src)[i]);
    case DType::BF16: {
      uint32_t u = (uint32_t)((const uint16_t*)src)[i] << 16;
      return __builtin_bit_cast(float, u);
    }
    case DType::I8: return (float)((const int8_t*)src)[i];
    default: return ((const float*)src)[i];
  }
}

static inline __m256 load8(const void* src, DType dt, int64_t i) {
  switch (dt) {
    case DType::F16: return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)((const uint16_t*)src + i)));
    case DType::BF16:
      return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i*)((const uint16_t*)src + i))), 16));
    case DType::I8: return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)((const int8_t*)src + i))));
    default: return _mm256_loadu_ps((const float*)src + i);
  }
}

static void convert(const void* src, DType dt, int64_t n, float scale, float* dst) {
  const __m256 s = _mm256_set1_ps(scale);
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) _mm256_storeu_ps(dst + i, _mm256_mul_ps(load8(src, dt, i), s));
  for (; i < n; i++) dst[i] = scalar_load(src, dt, i) * scale;
}

static inline float hsum(__m256 v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}

template <int M>
static void gemv_rows(const MatB& w, int64_t K, const float* x, int64_t ldx, float* y, int64_t ldy, int64_t n0, int64_t n1) {
  const DType dt = w.dtype;
  const size_t es = dt == DType::F32 ? 4 : (dt == DType::I8 ? 1 : 2);
  for (int64_t n = n0; n < n1; n++) {
    const char* row = (const char*)w.data + (size_t)n * w.ld * es;
    __m256 acc[M][2];
    for (int i = 0; i < M; i++) acc[i][0] = acc[i][1] = _mm256_setzero_ps();
    int64_t k = 0;
    for (; k + 16 <= K; k += 16) {
      __m256 w0 = load8(row, dt, k), w1 = load8(row, dt, k + 8);
      for (int i = 0; i < M; i++) {
        acc[i][0] = _mm256_fmadd_ps(_mm256_loadu_ps(x + i * ldx + k), w0, acc[i][0]);
        acc[i][1] = _mm256_fmadd_ps(_mm256_loadu_ps(x + i * ldx + k + 8), w1, acc[i][1]);
      }
    }
    float tail[M];
    for (int i = 0; i < M; i++) tail[i] = 0;
    for (; k < K; k++) {
      float wk = scalar_load(row, dt, k);
      for (int i = 0; i < M; i++) tail[i] += x[i * ldx + k] * wk;
    }
    const float sc = w.scale ? w.scale[n] : 1.0f;
    for (int i = 0; i < M; i++) y[i * ldy + n] += sc * (hsum(_mm256_add_ps(acc[i][0], acc[i][1])) + tail[i]);
  }
}

static void gemv(const MatB& w, int64_t K, const float* x, int64_t ldx, int m, float* y, int64_t ldy, int64_t n0, int64_t n1) {
  switch (m) {
    case 1: return gemv_rows<1>(w, K, x, ldx, y, ldy, n0, n1);
    case 2: return gemv_rows<2>(w, K, x, ldx, y, ldy, n0, n1);
    case 3: return gemv_rows<3>(w, K, x, ldx, y, ldy, n0, n1);
    default: return gemv_rows<4>(w, K, x, ldx, y, ldy, n0, n1);
  }
}

// np row panels x ns slivers, one tile at a time (the calls cost little beside these tiles)
static void micro_rows(int rows, int np, int ns, int64_t b_step, int64_t kc, const float* a, int64_t rs, int64_t ks,
                       const float* b, int64_t ldb, float* c, int64_t ldc, bool load) {
  for (int p = 0; p < np; p++, a += rows * rs, c += rows * ldc)
    for (int s = 0; s < ns; s++) tile_rows(rows, kc, a, rs, ks, b + s * b_step, ldb, c + s * NR, ldc, load);
}

}  // namespace k_avx2

extern const Kernels kernel_table_avx2 = {"avx2", k_avx2::MR, k_avx2::NR, k_avx2::micro_rows, nullptr, k_avx2::convert, k_avx2::gemv,
                                          k_avx2::micro_packed, k_avx2::gemv_packed,
                                          k_avx2::vec_dot, k_avx2::vec_axpy, k_avx2::vec_gelu, k_avx2::vec_gelu_backward,
                                          k_avx2::vec_exp_shifted, k_avx2::pack_bt};

}  // namespace kala
