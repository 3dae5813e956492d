// Portable kernels: plain C++ the compiler vectorises for the baseline instruction set.
#include <cstdint>

#include "half.h"
#include "kernels/kernels.h"

namespace kala {
namespace k_portable {

#include "kernels/vec_body.inc"

constexpr int MR = 4, NR = 16;


static inline float load1(const void* src, DType dt, int64_t i) {
  switch (dt) {
    case DType::F16: return f16_to_f32(((const uint16_t*)src)[i]);
    case DType::BF16: return bf16_to_f32(((const uint16_t*)src)[i]);
    case DType::I8: return (float)((const int8_t*)src)[i];
    default: return ((const float*)src)[i];
  }
}

static void convert(const void* src, DType dt, int64_t n, float scale, float* dst) {
  if (dt == DType::F32) {
    const float* s = (const float*)src;
    for (int64_t i = 0; i < n; i++) dst[i] = s[i] * scale;
    return;
  }
  for (int64_t i = 0; i < n; i++) dst[i] = load1(src, dt, i) * scale;
}

static void gemv(const MatB& w, int64_t K, const float* x, int64_t ldx, int m, float* y, int64_t ldy, int64_t n0, int64_t n1) {
  const size_t es = w.dtype == DType::F32 ? 4 : (w.dtype == DType::I8 ? 1 : 2);
  float row[512];
  for (int64_t n = n0; n < n1; n++) {
    const char* src = (const char*)w.data + (size_t)n * w.ld * es;
    float sums[4] = {0, 0, 0, 0};
    for (int64_t k0 = 0; k0 < K; k0 += 512) {
      const int64_t kc = K - k0 < 512 ? K - k0 : 512;
      convert(src + k0 * es, w.dtype, kc, 1.0f, row);
      for (int i = 0; i < m; i++) sums[i] += vec_dot(x + i * ldx + k0, row, kc);
    }
    const float sc = w.scale ? w.scale[n] : 1.0f;
    for (int i = 0; i < m; i++) y[i * ldy + n] += sc * sums[i];
  }
}

static inline int64_t esize(DType dt) { return dt == DType::F32 ? 4 : (dt == DType::I8 ? 1 : 2); }

static void micro_packed(int64_t kc, const float* a, const void* bv, DType dt, const float* scale, float* c, int64_t ldc,
                         bool load) {
  const char* b = (const char*)bv;
  float acc[MR][NR] = {};
  float row[NR];
  for (int64_t k = 0; k < kc; k++) {
    convert(b, dt, NR, 1.0f, row);
    for (int i = 0; i < MR; i++) {
      const float ai = a[i];
      for (int j = 0; j < NR; j++) acc[i][j] += ai * row[j];
    }
    a += MR;
    b += NR * esize(dt);
  }
  for (int i = 0; i < MR; i++)
    for (int j = 0; j < NR; j++) c[i * ldc + j] = (load ? c[i * ldc + j] : 0.f) + acc[i][j] * (scale ? scale[j] : 1.f);
}

static void gemv_packed(int64_t K, const float* x, int64_t ldx, int m, const void* bv, DType dt, const float* scale,
                        float* y, int64_t ldy) {
  const char* b = (const char*)bv;
  float acc[4][NR] = {};
  float row[NR];
  for (int64_t k = 0; k < K; k++) {
    convert(b, dt, NR, 1.0f, row);
    for (int i = 0; i < m; i++) {
      const float xi = x[i * ldx + k];
      for (int j = 0; j < NR; j++) acc[i][j] += xi * row[j];
    }
    b += NR * esize(dt);
  }
  for (int i = 0; i < m; i++)
    for (int j = 0; j < NR; j++) y[i * ldy + j] += acc[i][j] * (scale ? scale[j] : 1.f);
}

static void tile_rows(int rows, int64_t kc, const float* a, int64_t rs, int64_t ks, const float* b, int64_t ldb, float* c,
                       int64_t ldc, bool load) {
  float acc[MR][NR];
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < NR; j++) acc[i][j] = load ? c[i * ldc + j] : 0.f;
  for (int64_t k = 0; k < kc; k++) {
    for (int i = 0; i < rows; i++) {
      const float ai = a[i * rs + k * ks];
      for (int j = 0; j < NR; j++) acc[i][j] += ai * b[j];
    }
    b += ldb;
  }
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < NR; j++) c[i * ldc + j] = acc[i][j];
}


static void pack_bt(const float* src, int64_t ld, int64_t kc, int64_t ncols, int64_t nr, float* dst) {
  for (int64_t k = 0; k < kc; k++)
    for (int64_t j = 0; j < nr; j++) dst[k * nr + j] = j < ncols ? src[j * ld + k] : 0.f;
}

// np row panels x ns slivers, one tile at a time (the calls cost little beside these tiles)
static void micro_rows(int rows, int np, int ns, int64_t b_step, int64_t kc, const float* a, int64_t rs, int64_t ks,
                       const float* b, int64_t ldb, float* c, int64_t ldc, bool load) {
  for (int p = 0; p < np; p++, a += rows * rs, c += rows * ldc)
    for (int s = 0; s < ns; s++) tile_rows(rows, kc, a, rs, ks, b + s * b_step, ldb, c + s * NR, ldc, load);
}

}  // namespace k_portable

extern const Kernels kernel_table_portable = {"portable", k_portable::MR, k_portable::NR, k_portable::micro_rows, nullptr,
                                              k_portable::convert, k_portable::gemv, k_portable::micro_packed,
                                              k_portable::gemv_packed, k_portable::vec_dot,
                                              k_portable::vec_axpy, k_portable::vec_gelu, k_portable::vec_gelu_backward,
                                              k_portable::vec_exp_shifted, k_portable::pack_bt};

}  // namespace kala
