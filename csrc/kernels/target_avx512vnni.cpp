// AVX-512 VNNI kernels for int8 weights with quantized activations (Ice Lake, Sapphire Rapids,
// Zen 4 and later): vpdpbusd multiplies 64 unsigned-by-signed byte pairs per instruction and
// sums them in groups of four into 16 int32 lanes. Used by linear_int8_vnni (gemm.cpp) for the
// prefill and training GEMM of int8 models when KALA_INT8_GEMM=vnni. Only intrinsics and plain
// loops here (see target_avx512.cpp for why).
#include <immintrin.h>

#include <algorithm>
#include <cstdint>

#include "kernels/kernels.h"

#pragma GCC target("avx512f,avx512bw,avx512vl,avx512dq,avx512vnni")

namespace kala {

// bytes ahead of the int8 decode GEMV's loads that it prefetches (bench/decode-limit.js): into L1,
// and twice as far into L2 only (see kGemvPrefetchL2 in target_avx512.cpp)
constexpr int64_t kI8GemvPrefetch = 4096, kI8GemvPrefetchL2 = 8192;

// C[8 x 32] (int32) = sum over k4 of A[k4][i][0..3] (u8) . B[k4][j][0..3] (s8).
void i8_micro_vnni(int64_t k4n, const uint8_t* a, const int8_t* b, int32_t* c) {
  __m512i acc0[I8_MR], acc1[I8_MR];
#pragma GCC unroll 8
  for (int i = 0; i < I8_MR; i++) acc0[i] = acc1[i] = _mm512_setzero_si512();
  for (int64_t k = 0; k < k4n; k++) {
    const __m512i b0 = _mm512_load_si512(b), b1 = _mm512_load_si512(b + 64);
#pragma GCC unroll 8
    for (int i = 0; i < I8_MR; i++) {
      int32_t word;
      __builtin_memcpy(&word, a + 4 * i, 4);
      const __m512i ai = _mm512_set1_epi32(word);
      acc0[i] = _mm512_dpbusd_epi32(acc0[i], ai, b0);
      acc1[i] = _mm512_dpbusd_epi32(acc1[i], ai, b1);
    }
    a += 4 * I8_MR;
    b += 128;
  }
#pragma GCC unroll 8
  for (int i = 0; i < I8_MR; i++) {
    _mm512_storeu_si512(c + i * 32, acc0[i]);
    _mm512_storeu_si512(c + i * 32 + 16, acc1[i]);
  }
}

// A 32-column int8 sliver stored k-major (row k = 32 bytes, `K` rows) regrouped so each column's
// four consecutive k share one int32 lane: dst[k4][j][r] = src[(4 k4 + r) * 32 + j], zero past K.
// colsum[j] = sum over k of the column (the compensation for the +128 offset of activations).
void i8_regroup_sliver_vnni(const int8_t* src, int64_t K, int8_t* dst, int32_t* colsum) {
  const int64_t k4n = (K + 3) / 4;
  __m512i sum0 = _mm512_setzero_si512(), sum1 = _mm512_setzero_si512();
  const __m512i ones = _mm512_set1_epi8(1);
  alignas(64) int8_t tail[4 * 32];
  for (int64_t k4 = 0; k4 < k4n; k4++) {
    const int8_t* rows = src + k4 * 128;
    if (4 * k4 + 4 > K) {  // the last group: rows past K are zero
      for (int r = 0; r < 4; r++)
        for (int j = 0; j < 32; j++) tail[r * 32 + j] = 4 * k4 + r < K ? src[(4 * k4 + r) * 32 + j] : 0;
      rows = tail;
    }
    int8_t* out = dst + k4 * 128;
    for (int h = 0; h < 2; h++) {  // columns 0..15, then 16..31
      const __m128i r0 = _mm_loadu_si128((const __m128i*)(rows + 0 * 32 + 16 * h));
      const __m128i r1 = _mm_loadu_si128((const __m128i*)(rows + 1 * 32 + 16 * h));
      const __m128i r2 = _mm_loadu_si128((const __m128i*)(rows + 2 * 32 + 16 * h));
      const __m128i r3 = _mm_loadu_si128((const __m128i*)(rows + 3 * 32 + 16 * h));
      const __m128i p01l = _mm_unpacklo_epi8(r0, r1), p01h = _mm_unpackhi_epi8(r0, r1);
      const __m128i p23l = _mm_unpacklo_epi8(r2, r3), p23h = _mm_unpackhi_epi8(r2, r3);
      _mm_store_si128((__m128i*)(out + 64 * h + 0), _mm_unpacklo_epi16(p01l, p23l));   // columns 0..3
      _mm_store_si128((__m128i*)(out + 64 * h + 16), _mm_unpackhi_epi16(p01l, p23l));  // 4..7
      _mm_store_si128((__m128i*)(out + 64 * h + 32), _mm_unpacklo_epi16(p01h, p23h));  // 8..11
      _mm_store_si128((__m128i*)(out + 64 * h + 48), _mm_unpackhi_epi16(p01h, p23h));  // 12..15
    }
    sum0 = _mm512_dpbusd_epi32(sum0, ones, _mm512_load_si512(out));
    sum1 = _mm512_dpbusd_epi32(sum1, ones, _mm512_load_si512(out + 64));
  }
  _mm512_storeu_si512(colsum, sum0);
  _mm512_storeu_si512(colsum + 16, sum1);
}

// One row of activations to unsigned bytes: q = round(x / scale) + 128 with
// scale = max|x| / 127 (returned; 0 for an all-zero row), bytes past K (up to a multiple of 4)
// are 128, i.e. zero.
float i8_quantize_row_vnni(const float* x, int64_t K, uint8_t* q) {
  __m512 amax = _mm512_setzero_ps();
  int64_t k = 0;
  for (; k + 16 <= K; k += 16) amax = _mm512_max_ps(amax, _mm512_abs_ps(_mm512_loadu_ps(x + k)));
  alignas(64) float lanes[16];
  _mm512_store_ps(lanes, amax);  // (_mm512_reduce_max_ps trips -Wuninitialized in GCC 12's header)
  float m = 0;
  for (int i = 0; i < 16; i++) m = lanes[i] > m ? lanes[i] : m;
  for (; k < K; k++) m = x[k] > m ? x[k] : (-x[k] > m ? -x[k] : m);
  const float scale = m / 127.0f;
  const float inv = m > 0 ? 127.0f / m : 0.0f;
  const __m512 vinv = _mm512_set1_ps(inv);
  const __m512i off = _mm512_set1_epi32(128);
  for (k = 0; k + 16 <= K; k += 16) {
    // cvtps rounds to nearest even (the default MXCSR mode); |x * inv| <= 127, so no saturation
    const __m512i v = _mm512_add_epi32(_mm512_cvtps_epi32(_mm512_mul_ps(_mm512_loadu_ps(x + k), vinv)), off);
    _mm_storeu_si128((__m128i*)(q + k), _mm512_cvtusepi32_epi8(v));
  }
  for (; k < K; k++) {
    const float r = __builtin_nearbyintf(x[k] * inv);
    q[k] = (uint8_t)((int)r + 128);
  }
  for (; k % 4; k++) q[k] = 128;
  return scale;
}

void i8_quantize_row2_vnni(const float* x, int64_t K, uint8_t* hi, uint8_t* lo, float* s_hi, float* s_lo) {
  const float sh = i8_quantize_row_vnni(x, K, hi);
  // |x - sh (hi - 128)| <= sh / 2 up to float rounding: a grid of sh / 254 spans it in 127 steps
  const float sl = sh / 254.0f;
  const float inv = sl > 0 ? 1.0f / sl : 0.0f;
  const __m512 vsh = _mm512_set1_ps(sh), vinv = _mm512_set1_ps(inv);
  const __m512 lim = _mm512_set1_ps(127.0f), nlim = _mm512_set1_ps(-127.0f);
  const __m512i off = _mm512_set1_epi32(128);
  int64_t k = 0;
  for (; k + 16 <= K; k += 16) {
    const __m512 qh = _mm512_cvtepi32_ps(_mm512_sub_epi32(_mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i*)(hi + k))), off));
    const __m512 r = _mm512_fnmadd_ps(qh, vsh, _mm512_loadu_ps(x + k));
    const __m512 t = _mm512_min_ps(lim, _mm512_max_ps(nlim, _mm512_mul_ps(r, vinv)));
    _mm_storeu_si128((__m128i*)(lo + k), _mm512_cvtusepi32_epi8(_mm512_add_epi32(_mm512_cvtps_epi32(t), off)));
  }
  for (; k < K; k++) {
    const float r = (x[k] - sh * (float)((int)hi[k] - 128)) * inv;
    lo[k] = (uint8_t)((int)__builtin_nearbyintf(r > 127.0f ? 127.0f : (r < -127.0f ? -127.0f : r)) + 128);
  }
  for (; k % 4; k++) lo[k] = 128;
  *s_hi = sh;
  *s_lo = sl;
}

// The int8 decode GEMV. Four k-rows of the sliver (4 x 32 bytes) are interleaved by two
// vpermt2b into [column][4 k] order, biased to unsigned (w + 128) and multiplied by the
// broadcast activation bytes with vpdpbusd; sum (w + 128) q = sum w q + 128 sum q, and the second
// term is removed per group from xsum. Per group the int32 sums become floats scaled by xs.
namespace {
template <int M>
__attribute__((target("avx512f,avx512bw,avx512vl,avx512dq,avx512vnni,avx512vbmi")))
void i8_gemv_vnni_m(int64_t K, const int8_t* xq, int64_t ldq, const float* xs, const int32_t* xsum, int64_t ng,
                    const int8_t* b, const float* wscale, float* y, int64_t ldy) {
  // byte 4j + r of the output takes row r, column j (lo: j < 16, hi: j + 16); rows 0, 1 come from
  // the first source (bytes 0..63), rows 2, 3 from the second (64..127)
  alignas(64) static const uint8_t idx_lo[64] = {
#define Q(j) (uint8_t)(j), (uint8_t)(32 + (j)), (uint8_t)(64 + (j)), (uint8_t)(96 + (j))
      Q(0), Q(1), Q(2), Q(3), Q(4), Q(5), Q(6), Q(7), Q(8), Q(9), Q(10), Q(11), Q(12), Q(13), Q(14), Q(15)};
  alignas(64) static const uint8_t idx_hi[64] = {Q(16), Q(17), Q(18), Q(19), Q(20), Q(21), Q(22), Q(23),
                                                 Q(24), Q(25), Q(26), Q(27), Q(28), Q(29), Q(30), Q(31)};
#undef Q
  const __m512i ilo = _mm512_load_si512(idx_lo), ihi = _mm512_load_si512(idx_hi);
  const __m512i bias = _mm512_set1_epi8((char)0x80);
  __m512 f[M][2];
  for (int i = 0; i < M; i++) f[i][0] = f[i][1] = _mm512_setzero_ps();
  alignas(64) int8_t tail[128];
  for (int64_t g = 0; g < ng; g++) {
    const int64_t k0 = g * I8_GEMV_GROUP, k1 = std::min<int64_t>(K, k0 + I8_GEMV_GROUP);
    __m512i acc[M][2];
    for (int i = 0; i < M; i++) acc[i][0] = acc[i][1] = _mm512_setzero_si512();
    for (int64_t k = k0; k < k1; k += 4) {
      const int8_t* rows = b + k * 32;
      // the weights stream from DRAM once per token: prefetch both lines of these four rows
      // kI8GemvPrefetch bytes ahead, beyond what the hardware prefetcher keeps in flight
      _mm_prefetch((const char*)rows + kI8GemvPrefetch, _MM_HINT_T0);
      _mm_prefetch((const char*)rows + kI8GemvPrefetch + 64, _MM_HINT_T0);
      _mm_prefetch((const char*)rows + kI8GemvPrefetchL2, _MM_HINT_T1);
      _mm_prefetch((const char*)rows + kI8GemvPrefetchL2 + 64, _MM_HINT_T1);
      if (k + 4 > k1) {  // the last rows of the weight: the missing ones are zero
        for (int r = 0; r < 4; r++)
          for (int j = 0; j < 32; j++) tail[r * 32 + j] = k + r < k1 ? rows[r * 32 + j] : 0;
        rows = tail;
      }
      const __m512i r01 = _mm512_loadu_si512(rows), r23 = _mm512_loadu_si512(rows + 64);
      const __m512i wlo = _mm512_xor_si512(_mm512_permutex2var_epi8(r01, ilo, r23), bias);
      const __m512i whi = _mm512_xor_si512(_mm512_permutex2var_epi8(r01, ihi, r23), bias);
      for (int i = 0; i < M; i++) {
        int32_t word;
        __builtin_memcpy(&word, xq + i * ldq + k, 4);  // xq is zero-padded to a multiple of 4
        const __m512i xi = _mm512_set1_epi32(word);
        acc[i][0] = _mm512_dpbusd_epi32(acc[i][0], wlo, xi);
        acc[i][1] = _mm512_dpbusd_epi32(acc[i][1], whi, xi);
      }
    }
    for (int i = 0; i < M; i++) {
      const __m512i corr = _mm512_set1_epi32(128 * xsum[i * ng + g]);
      const __m512 s = _mm512_set1_ps(xs[i * ng + g]);
      f[i][0] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_sub_epi32(acc[i][0], corr)), s, f[i][0]);
      f[i][1] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_sub_epi32(acc[i][1], corr)), s, f[i][1]);
    }
  }
  const __m512 s0 = _mm512_loadu_ps(wscale), s1 = _mm512_loadu_ps(wscale + 16);
  for (int i = 0; i < M; i++) {
    float* yi = y + i * ldy;
    _mm512_storeu_ps(yi, _mm512_fmadd_ps(f[i][0], s0, _mm512_loadu_ps(yi)));
    _mm512_storeu_ps(yi + 16, _mm512_fmadd_ps(f[i][1], s1, _mm512_loadu_ps(yi + 16)));
  }
}
}  // namespace

void i8_gemv_vnni(int64_t K, const int8_t* xq, int64_t ldq, const float* xs, const int32_t* xsum, int64_t ng, int m,
                  const int8_t* b, const float* wscale, float* y, int64_t ldy) {
  switch (m) {
    case 1: return i8_gemv_vnni_m<1>(K, xq, ldq, xs, xsum, ng, b, wscale, y, ldy);
    case 2: return i8_gemv_vnni_m<2>(K, xq, ldq, xs, xsum, ng, b, wscale, y, ldy);
    case 3: return i8_gemv_vnni_m<3>(K, xq, ldq, xs, xsum, ng, b, wscale, y, ldy);
    default: return i8_gemv_vnni_m<4>(K, xq, ldq, xs, xsum, ng, b, wscale, y, ldy);
  }
}

}  // namespace kala
