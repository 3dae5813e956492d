// AVX-512 kernels (Skylake-X, Ice Lake, Zen 4 and later). Only intrinsics and plain loops in
// this file: anything inline from a library header would be compiled for AVX-512 here and
// could be picked by the linker for callers on older CPUs.
#include <immintrin.h>

#include <cstdint>

#include "kernels/kernels.h"

#pragma GCC target("avx512f,avx512bw,avx512vl,avx512dq,fma,f16c,avx2")

namespace kala {
namespace k_avx512 {

#include "kernels/vec_body.inc"
#include "kernels/transpose8.inc"

constexpr int MR = 12, NR = 32;
// bytes ahead of the decode GEMV's loads that it prefetches: 4 KiB took a pythia-1.4b F16 decode
// from 60% to 80% of the read-bandwidth limit (bench/decode-limit.js). A second prefetch twice as
// far ahead into L2 only (prefetcht1) lets more lines be in flight than the core's L1 fill
// buffers hold (the 4 KiB one then mostly hits L2): +15-20% GEMV read rate on the 2-core Xeon
// (alternating per token against the one-prefetch kernel, same process)
constexpr int64_t kGemvPrefetch = 4096, kGemvPrefetchL2 = 8192;

// The R x 32 tile (R <= MR rows; R = MR is the full tile). C is read and written through one
// running row pointer: a small GEMM (K of 64-128, attention's per-head products) runs few k steps
// per tile, and twelve row addresses kept live across the k loop were spilled and reloaded around
// it (~150 instructions of tile overhead). GCC still hoisted the twelve addresses out of the load
// and store loops (parked in xmm registers and moved back one by one); an empty asm on the running
// pointer keeps it one register stepped by ldc (~100 ns less per call of 22 tiles, 128 x 64 x 1).
// Rows 3q, 3q + 1, 3q + 2 of A are read at p[q], p[q] + rs, p[q] + 2 rs: four pointers and two
// strides in registers address all twelve (base + index * scale), whatever the strides are; an
// edge panel of R < MR rows uses the same addressing (a pointer per row spilled for R of 8 and more).
// UnitRs: rows one float apart (a transposed A: attention's dV += P^T dO, dK += dS^T Q), so the
// twelve broadcasts are one pointer plus constant offsets, stepped once per k (+0.5% on 128x64x64).
template <int R, bool UnitRs>
static inline __attribute__((always_inline)) void micro_t(int64_t kc, const float* a, int64_t rs_, int64_t ks, const float* b,
                                                          int64_t ldb, float* c, int64_t ldc, bool load) {
  const int64_t rs = UnitRs ? 1 : rs_;
  constexpr int Q = (R + 2) / 3;
  __m512 acc0[R], acc1[R];
  if (load) {
    const float* cr = c;
#pragma GCC unroll 12
    for (int i = 0; i < R; i++, cr += ldc) {
      acc0[i] = _mm512_loadu_ps(cr);
      acc1[i] = _mm512_loadu_ps(cr + 16);
      asm("" : "+r"(cr));
    }
  } else {
#pragma GCC unroll 12
    for (int i = 0; i < R; i++) acc0[i] = acc1[i] = _mm512_setzero_ps();
  }
  const float* p[Q];
#pragma GCC unroll 4
  for (int q = 0; q < Q; q++) p[q] = a + 3 * q * rs;
  const int64_t rs2 = 2 * rs;
  for (int64_t k = 0; k < kc; k++) {
    const __m512 b0 = _mm512_loadu_ps(b), b1 = _mm512_loadu_ps(b + 16);
#pragma GCC unroll 4
    for (int q = 0; q < Q; q++) {
      const __m512 x0 = _mm512_set1_ps(p[q][0]);
      acc0[3 * q] = _mm512_fmadd_ps(x0, b0, acc0[3 * q]);
      acc1[3 * q] = _mm512_fmadd_ps(x0, b1, acc1[3 * q]);
      if (3 * q + 1 < R) {
        const __m512 x1 = _mm512_set1_ps(p[q][rs]);
        acc0[3 * q + 1] = _mm512_fmadd_ps(x1, b0, acc0[3 * q + 1]);
        acc1[3 * q + 1] = _mm512_fmadd_ps(x1, b1, acc1[3 * q + 1]);
      }
      if (3 * q + 2 < R) {
        const __m512 x2 = _mm512_set1_ps(p[q][rs2]);
        acc0[3 * q + 2] = _mm512_fmadd_ps(x2, b0, acc0[3 * q + 2]);
        acc1[3 * q + 2] = _mm512_fmadd_ps(x2, b1, acc1[3 * q + 2]);
      }
      p[q] += ks;
    }
    b += ldb;
  }
  float* cw = c;
#pragma GCC unroll 12
  for (int i = 0; i < R; i++) {
    _mm512_storeu_ps(cw, acc0[i]);
    _mm512_storeu_ps(cw + 16, acc1[i]);
    cw += ldc;
    asm("" : "+r"(cw));
  }
}

// The 16-column tile: one vector per row, so a product with 16 columns (a rank-16 factor) does
// not multiply 16 columns of zero padding as the 32-wide tile would.
template <int R>
static void micro16_r(int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b, int64_t ldb, float* c, int64_t ldc,
                      bool load) {
  __m512 acc[R];
  const float* p[R];
  for (int i = 0; i < R; i++) {
    acc[i] = load ? _mm512_loadu_ps(c + i * ldc) : _mm512_setzero_ps();
    p[i] = a + i * rs;
  }
  for (int64_t k = 0; k < kc; k++) {
    const __m512 b0 = _mm512_loadu_ps(b);
    for (int i = 0; i < R; i++) acc[i] = _mm512_fmadd_ps(_mm512_set1_ps(p[i][k * ks]), b0, acc[i]);
    b += ldb;
  }
  for (int i = 0; i < R; i++) _mm512_storeu_ps(c + i * ldc, acc[i]);
}

static void micro16_rows(int rows, int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b, int64_t ldb, float* c,
                         int64_t ldc, bool load) {
  switch (rows) {
    case 1: return micro16_r<1>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 2: return micro16_r<2>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 3: return micro16_r<3>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 4: return micro16_r<4>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 5: return micro16_r<5>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 6: return micro16_r<6>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 7: return micro16_r<7>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 8: return micro16_r<8>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 9: return micro16_r<9>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 10: return micro16_r<10>(kc, a, rs, ks, b, ldb, c, ldc, load);
    case 11: return micro16_r<11>(kc, a, rs, ks, b, ldb, c, ldc, load);
    default: return micro16_r<12>(kc, a, rs, ks, b, ldb, c, ldc, load);
  }
}

// The R x 64 tile (R <= 6) over two slivers (the second at b + b_step), for a row-major A (k
// stride 1). Its rows stream along k, and a 12-row tile reads twelve such streams at once: six
// rows by 64 columns ran 64 x 64 x 128 (attention's O = P V) at 99% of the FMA peak against 97.5%
// for the 12 x 32 tile on Zen 4 (the same 24 accumulators, 10 loads per k step instead of 14).
template <int R>
static inline __attribute__((always_inline)) void micro_t64(int64_t kc, const float* a, int64_t rs, const float* b,
                                                            int64_t b_step, int64_t ldb, float* c, int64_t ldc, bool load) {
  __m512 acc[R][4];
  if (load) {
    const float* cr = c;
#pragma GCC unroll 6
    for (int i = 0; i < R; i++, cr += ldc) {
#pragma GCC unroll 4
      for (int j = 0; j < 4; j++) acc[i][j] = _mm512_loadu_ps(cr + 16 * j);
      asm("" : "+r"(cr));
    }
  } else {
#pragma GCC unroll 6
    for (int i = 0; i < R; i++)
#pragma GCC unroll 4
      for (int j = 0; j < 4; j++) acc[i][j] = _mm512_setzero_ps();
  }
  // rows 0-2 at p0 + {0, rs, 2 rs}, rows 3-5 at p1 + {0, rs, 2 rs}
  const float* p0 = a;
  const float* p1 = a + 3 * rs;
  const int64_t rs2 = 2 * rs;
  for (int64_t k = 0; k < kc; k++) {
    const __m512 b0 = _mm512_loadu_ps(b), b1 = _mm512_loadu_ps(b + 16);
    const __m512 b2 = _mm512_loadu_ps(b + b_step), b3 = _mm512_loadu_ps(b + b_step + 16);
#pragma GCC unroll 6
    for (int i = 0; i < R; i++) {
      const float* p = i < 3 ? p0 : p1;
      const __m512 x = _mm512_set1_ps(p[(i % 3) == 0 ? 0 : (i % 3) == 1 ? rs : rs2]);
      acc[i][0] = _mm512_fmadd_ps(x, b0, acc[i][0]);
      acc[i][1] = _mm512_fmadd_ps(x, b1, acc[i][1]);
      acc[i][2] = _mm512_fmadd_ps(x, b2, acc[i][2]);
      acc[i][3] = _mm512_fmadd_ps(x, b3, acc[i][3]);
    }
    p0++, p1++;
    b += ldb;
  }
  float* cw = c;
#pragma GCC unroll 6
  for (int i = 0; i < R; i++) {
#pragma GCC unroll 4
    for (int j = 0; j < 4; j++) _mm512_storeu_ps(cw + 16 * j, acc[i][j]);
    cw += ldc;
    asm("" : "+r"(cw));
  }
}

// np panels of R rows x ns slivers in one call: the tiles of a small product back to back. With a
// row-major A, pairs of slivers run as R x 64 tiles (two of them when R > 6).
template <int R, bool UnitRs>
static void micro_tiles(int np, int ns, int64_t b_step, int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b,
                        int64_t ldb, float* c, int64_t ldc, bool load) {
  constexpr int R0 = R > 6 ? (R + 1) / 2 : R, R1 = R - R0;
  const bool wide = !UnitRs && ks == 1;
  for (int p = 0; p < np; p++, a += R * rs, c += R * ldc) {
    int s = 0;
    if (wide)
      for (; s + 2 <= ns; s += 2) {
        micro_t64<R0>(kc, a, rs, b + s * b_step, b_step, ldb, c + s * NR, ldc, load);
        if constexpr (R1 > 0) micro_t64<R1>(kc, a + R0 * rs, rs, b + s * b_step, b_step, ldb, c + R0 * ldc + s * NR, ldc, load);
      }
    for (; s < ns; s++) micro_t<R, UnitRs>(kc, a, rs, ks, b + s * b_step, ldb, c + s * NR, ldc, load);
  }
}

template <bool UnitRs>
static void micro_rows_of(int rows, int np, int ns, int64_t b_step, int64_t kc, const float* a, int64_t rs, int64_t ks,
                          const float* b, int64_t ldb, float* c, int64_t ldc, bool load) {
  switch (rows) {
    case 1: return micro_tiles<1, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 2: return micro_tiles<2, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 3: return micro_tiles<3, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 4: return micro_tiles<4, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 5: return micro_tiles<5, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 6: return micro_tiles<6, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 7: return micro_tiles<7, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 8: return micro_tiles<8, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 9: return micro_tiles<9, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 10: return micro_tiles<10, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    case 11: return micro_tiles<11, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
    default: return micro_tiles<MR, UnitRs>(np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
  }
}

static void micro_rows(int rows, int np, int ns, int64_t b_step, int64_t kc, const float* a, int64_t rs, int64_t ks,
                       const float* b, int64_t ldb, float* c, int64_t ldc, bool load) {
  if (rs == 1) return micro_rows_of<true>(rows, np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
  return micro_rows_of<false>(rows, np, ns, b_step, kc, a, rs, ks, b, ldb, c, ldc, load);
}

// Loads 16 consecutive B values of dtype DT as floats (aligned packed storage).
template <DType DT>
static inline __m512 ldb(const void* p) {
  if constexpr (DT == DType::F16) return _mm512_cvtph_ps(_mm256_load_si256((const __m256i*)p));
  else if constexpr (DT == DType::BF16)
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_load_si256((const __m256i*)p)), 16));
  else if constexpr (DT == DType::I8) return _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_load_si128((const __m128i*)p)));
  else return _mm512_load_ps((const float*)p);
}
template <DType DT>
constexpr int64_t esize() { return DT == DType::F32 ? 4 : (DT == DType::I8 ? 1 : 2); }

template <DType DT>
static void micro_packed_t(int64_t kc, const float* a, const void* bv, const float* scale, float* c, int64_t ldc, bool load) {
  const char* b = (const char*)bv;
  __m512 acc0[MR], acc1[MR];
#pragma GCC unroll 12
  for (int i = 0; i < MR; i++) acc0[i] = acc1[i] = _mm512_setzero_ps();
  for (int64_t k = 0; k < kc; k++) {
    __m512 b0 = ldb<DT>(b), b1 = ldb<DT>(b + 16 * esize<DT>());
#pragma GCC unroll 12
    for (int i = 0; i < MR; i++) {
      __m512 ai = _mm512_set1_ps(a[i]);
      acc0[i] = _mm512_fmadd_ps(ai, b0, acc0[i]);
      acc1[i] = _mm512_fmadd_ps(ai, b1, acc1[i]);
    }
    a += MR;
    b += NR * esize<DT>();
  }
  __m512 s0 = _mm512_set1_ps(1.f), s1 = s0;
  if (scale) s0 = _mm512_loadu_ps(scale), s1 = _mm512_loadu_ps(scale + 16);
#pragma GCC unroll 12
  for (int i = 0; i < MR; i++) {
    __m512 c0 = load ? _mm512_loadu_ps(c + i * ldc) : _mm512_setzero_ps();
    __m512 c1 = load ? _mm512_loadu_ps(c + i * ldc + 16) : _mm512_setzero_ps();
    _mm512_storeu_ps(c + i * ldc, _mm512_fmadd_ps(acc0[i], s0, c0));
    _mm512_storeu_ps(c + i * ldc + 16, _mm512_fmadd_ps(acc1[i], s1, c1));
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
  // two accumulator sets per row, alternating by k, halve the FMA dependency chain
  __m512 acc[M][4];
  for (int i = 0; i < M; i++) acc[i][0] = acc[i][1] = acc[i][2] = acc[i][3] = _mm512_setzero_ps();
  int64_t k = 0;
  for (; k + 2 <= K; k += 2) {
    // a decode step streams every weight once from DRAM: ask for the lines kGemvPrefetch bytes
    // ahead, beyond what the hardware prefetcher keeps in flight
    for (int64_t line = 0; line < 2 * NR * esize<DT>(); line += 64) {
      _mm_prefetch(b + kGemvPrefetch + line, _MM_HINT_T0);
      _mm_prefetch(b + kGemvPrefetchL2 + line, _MM_HINT_T1);
    }
    __m512 b0 = ldb<DT>(b), b1 = ldb<DT>(b + 16 * esize<DT>());
    __m512 b2 = ldb<DT>(b + 32 * esize<DT>()), b3 = ldb<DT>(b + 48 * esize<DT>());
    for (int i = 0; i < M; i++) {
      __m512 xi = _mm512_set1_ps(x[i * ldx + k]);
      __m512 xj = _mm512_set1_ps(x[i * ldx + k + 1]);
      acc[i][0] = _mm512_fmadd_ps(xi, b0, acc[i][0]);
      acc[i][1] = _mm512_fmadd_ps(xi, b1, acc[i][1]);
      acc[i][2] = _mm512_fmadd_ps(xj, b2, acc[i][2]);
      acc[i][3] = _mm512_fmadd_ps(xj, b3, acc[i][3]);
    }
    b += 2 * NR * esize<DT>();
  }
  for (; k < K; k++) {
    __m512 b0 = ldb<DT>(b), b1 = ldb<DT>(b + 16 * esize<DT>());
    for (int i = 0; i < M; i++) {
      __m512 xi = _mm512_set1_ps(x[i * ldx + k]);
      acc[i][0] = _mm512_fmadd_ps(xi, b0, acc[i][0]);
      acc[i][1] = _mm512_fmadd_ps(xi, b1, acc[i][1]);
    }
    b += NR * esize<DT>();
  }
  __m512 s0 = _mm512_set1_ps(1.f), s1 = s0;
  if (scale) s0 = _mm512_loadu_ps(scale), s1 = _mm512_loadu_ps(scale + 16);
  for (int i = 0; i < M; i++) {
    float* yi = y + i * ldy;
    _mm512_storeu_ps(yi, _mm512_fmadd_ps(_mm512_add_ps(acc[i][0], acc[i][2]), s0, _mm512_loadu_ps(yi)));
    _mm512_storeu_ps(yi + 16, _mm512_fmadd_ps(_mm512_add_ps(acc[i][1], acc[i][3]), s1, _mm512_loadu_ps(yi + 16)));
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

static inline __m512 load16(const void* src, DType dt, int64_t i, __mmask16 m) {
  switch (dt) {
    case DType::F16:
      return _mm512_cvtph_ps(_mm256_maskz_loadu_epi16(m, (const uint16_t*)src + i));
    case DType::BF16:
      return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_maskz_loadu_epi16(m, (const uint16_t*)src + i)), 16));
    case DType::I8:
      return _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_maskz_loadu_epi8(m, (const int8_t*)src + i)));
    default:
      return _mm512_maskz_loadu_ps(m, (const float*)src + i);
  }
}

static void convert(const void* src, DType dt, int64_t n, float scale, float* dst) {
  const __m512 s = _mm512_set1_ps(scale);
  int64_t i = 0;
  for (; i + 16 <= n; i += 16) _mm512_storeu_ps(dst + i, _mm512_mul_ps(load16(src, dt, i, 0xffff), s));
  if (i < n) {
    __mmask16 m = (__mmask16)((1u << (n - i)) - 1);
    _mm512_mask_storeu_ps(dst + i, m, _mm512_mul_ps(load16(src, dt, i, m), s));
  }
}

template <int M>
static void gemv_rows(const MatB& w, int64_t K, const float* x, int64_t ldx, float* y, int64_t ldy, int64_t n0, int64_t n1) {
  const DType dt = w.dtype;
  const size_t es = dt == DType::F32 ? 4 : (dt == DType::I8 ? 1 : 2);
  for (int64_t n = n0; n < n1; n++) {
    const char* row = (const char*)w.data + (size_t)n * w.ld * es;
    __m512 acc[M][2];
    for (int i = 0; i < M; i++) acc[i][0] = acc[i][1] = _mm512_setzero_ps();
    int64_t k = 0;
    for (; k + 32 <= K; k += 32) {
      __m512 w0 = load16(row, dt, k, 0xffff), w1 = load16(row, dt, k + 16, 0xffff);
      for (int i = 0; i < M; i++) {
        acc[i][0] = _mm512_fmadd_ps(_mm512_loadu_ps(x + i * ldx + k), w0, acc[i][0]);
        acc[i][1] = _mm512_fmadd_ps(_mm512_loadu_ps(x + i * ldx + k + 16), w1, acc[i][1]);
      }
    }
    for (; k < K; k += 16) {
      __mmask16 m = K - k >= 16 ? (__mmask16)0xffff : (__mmask16)((1u << (K - k)) - 1);
      __m512 w0 = load16(row, dt, k, m);
      for (int i = 0; i < M; i++) acc[i][0] = _mm512_fmadd_ps(_mm512_maskz_loadu_ps(m, x + i * ldx + k), w0, acc[i][0]);
    }
    const float sc = w.scale ? w.scale[n] : 1.0f;
    for (int i = 0; i < M; i++) y[i * ldy + n] += sc * _mm512_reduce_add_ps(_mm512_add_ps(acc[i][0], acc[i][1]));
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

}  // namespace k_avx512

// Constant-initialised (no code runs to build it), so merely linking this table never
// executes an AVX-512 instruction on a CPU without it.
extern const Kernels kernel_table_avx512 = {"avx512", k_avx512::MR, k_avx512::NR, k_avx512::micro_rows, k_avx512::micro16_rows,
                                            k_avx512::convert,
                                            k_avx512::gemv, k_avx512::micro_packed, k_avx512::gemv_packed, k_avx512::vec_dot, k_avx512::vec_axpy, k_avx512::vec_gelu,
                                            k_avx512::vec_gelu_backward, k_avx512::vec_exp_shifted, k_avx512::pack_bt};

}  // namespace kala
