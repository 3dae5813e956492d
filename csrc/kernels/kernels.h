// The SIMD kernel table: one implementation per instruction-set level (avx512, avx2,
// portable), chosen once at run time. Everything that needs hand-vectorised inner loops goes
// through this table; the ops in csrc/ops/ are plain C++ over flat buffers that call it.
#pragma once
#include <cstdint>

#include "dtype.h"

namespace kala {

// The right-hand operand of a GEMM, logically K x N. Weights are stored [rows, cols] in any
// float dtype or int8; `trans` means B(k, n) = data[n * ld + k] (a weight [N, K] used as W^T,
// the forward direction), otherwise B(k, n) = data[k * ld + n]. For int8, `scale` holds one
// float per stored row (the per-output-channel scale of DESIGN §3).
struct PackedB;
struct MatB {
  DType dtype = DType::F32;
  const void* data = nullptr;
  int64_t ld = 0;
  bool trans = false;
  const float* scale = nullptr;
  // When set, B(k, n) = W[k, n] of a packed weight W [out, in] (k < out, n < in): the
  // backward product dX = dY W through a frozen layer, read straight from the packed layout.
  const PackedB* packed = nullptr;
};

// A weight W [N, K] packed for the forward product x W^T: slivers of `nr` consecutive output
// columns, each stored K x nr (k-major) in the weight's own dtype, zero-padded past N. The
// micro-kernels read it directly, converting half/bf16/int8 in registers, so a forward pass
// never repacks weights. int8 carries one scale per output column.
struct PackedB {
  DType dtype = DType::F32;
  const void* data = nullptr;
  int64_t N = 0, K = 0;
  int nr = 0;
  const float* scale = nullptr;
  // Start of row k of sliver s.
  const void* at(int64_t s, int64_t k) const;
};

struct Kernels {
  const char* name;
  int mr, nr;  // micro-tile of the GEMM
  // C[rows x nr] = (load ? C : 0) + A B over kc steps, rows <= mr, A(i, k) = a[i * a_rs + k * a_ks]
  // (a row-major or transposed matrix read in place: its strides) and B(k, j) = b[k * ldb + j]
  // (a packed sliver: ldb nr; a row-major matrix in place: its ld); C read and written in place,
  // nothing past the last row touched. One call covers np row panels of `rows` rows (panel p at
  // a + p * rows * a_rs, c + p * rows * ldc) times ns slivers (sliver s at b + s * b_step,
  // c + s * nr): small products (attention's 128 x 64 x 64) spend ~1.5% of their time in a call
  // per tile otherwise.
  void (*micro_rows)(int rows, int np, int ns, int64_t b_step, int64_t kc, const float* a, int64_t a_rs, int64_t a_ks,
                     const float* b, int64_t ldb, float* c, int64_t ldc, bool load);
  // C[rows x 16] for products with at most 16 columns (LoRA's rank-16 factors), B(k, j) =
  // b[k * ldb + j], j < 16; rows <= mr. Null where the level has no 16-wide tile (then the
  // nr-wide one pads the columns with zeros).
  void (*micro16_rows)(int rows, int64_t kc, const float* a, int64_t a_rs, int64_t a_ks, const float* b, int64_t ldb,
                       float* c, int64_t ldc, bool load);
  // dst[i] = float(src[i]) * scale for n elements of a float or int8 buffer.
  void (*convert)(const void* src, DType dtype, int64_t n, float scale, float* dst);
  // y[i*ldy + n] += sum_k x[i*ldx + k] * W[n, k] * scale[n], rows n in [n0, n1), m <= 4 x rows.
  void (*gemv)(const MatB& w, int64_t K, const float* x, int64_t ldx, int m, float* y, int64_t ldy, int64_t n0, int64_t n1);
  // Tile of C (mr x nr) = (load ? C : 0) + scale (.) (Apanel^T * B), B = kc rows of a packed
  // sliver in dtype dt starting at b; scale (per column, may be null) only for int8.
  void (*micro_packed)(int64_t kc, const float* a, const void* b, DType dt, const float* scale, float* c, int64_t ldc,
                       bool load);
  // y[i*ldy + j] += scale[j] * sum_k x[i*ldx + k] * B[k][j] for the nr columns of one packed
  // sliver and m <= 4 rows of x: the decode path, streaming each weight byte once.
  void (*gemv_packed)(int64_t K, const float* x, int64_t ldx, int m, const void* b, DType dt, const float* scale,
                      float* y, int64_t ldy);
  float (*dot)(const float* a, const float* b, int64_t n);
  void (*axpy)(float alpha, const float* x, float* y, int64_t n);  // y += alpha * x
  // y = gelu(x) (exact erf form); dx = dy * gelu'(x)
  void (*gelu)(const float* x, float* y, int64_t n);
  void (*gelu_backward)(const float* x, const float* dy, float* dx, int64_t n);
  // x[i] = exp(x[i] - shift); returns the sum. The softmax workhorse.
  float (*exp_shifted)(float* x, int64_t n, float shift);
  // dst[k * nr + j] = src[j * ld + k] for k < kc, j < ncols, zero for ncols <= j < nr: a
  // transposed f32 operand packed into a GEMM sliver.
  void (*pack_bt)(const float* src, int64_t ld, int64_t kc, int64_t ncols, int64_t nr, float* dst);
};

// AVX-512 VNNI int8 x int8 GEMM pieces (target_avx512vnni.cpp; call only where the CPU has
// avx512vnni): activations quantized per row to unsigned bytes (+128), weights regrouped from the
// packed 32-column int8 sliver so four consecutive k share an int32 lane.
constexpr int I8_MR = 8;
// C[I8_MR x 32] int32 = sum over k4 of A[k4][i][0..3] (u8) . B[k4][j][0..3] (s8).
void i8_micro_vnni(int64_t k4n, const uint8_t* a, const int8_t* b, int32_t* c);
// dst[k4][j][r] = src[(4 k4 + r) * 32 + j] (zero past K); colsum[j] = sum over k of column j.
void i8_regroup_sliver_vnni(const int8_t* src, int64_t K, int8_t* dst, int32_t* colsum);
// q[k] = round(x[k] / scale) + 128 (padded with 128 to a multiple of 4); returns scale = max|x| / 127.
float i8_quantize_row_vnni(const float* x, int64_t K, uint8_t* q);
// One row of activations as two byte rows, x ~ s_hi (hi - 128) + s_lo (lo - 128): hi as above,
// lo the rounding residual of hi on a 254x finer grid, so the pair carries ~16 bits per value
// and two VNNI products reach the dequantizing GEMM's accuracy (the weights' rounding dominates).
void i8_quantize_row2_vnni(const float* x, int64_t K, uint8_t* hi, uint8_t* lo, float* s_hi, float* s_lo);

// The int8 decode GEMV (target_avx512vnni.cpp; needs avx512vnni and avx512vbmi): activations
// quantized per group of I8_GEMV_GROUP k to signed bytes (xq, with a scale xs and the sum of the
// group's bytes xsum per row and group), weights read from the packed 32-column sliver as they
// are (k-major) and interleaved in registers, so each weight byte is streamed once.
constexpr int I8_GEMV_GROUP = 32;
// y[i*ldy + j] += wscale[j] * sum_g xs[i*ng + g] * sum_{k in g} xq[i*ldq + k] * W[k][j], j < 32, i < m <= 4.
void i8_gemv_vnni(int64_t K, const int8_t* xq, int64_t ldq, const float* xs, const int32_t* xsum, int64_t ng, int m,
                  const int8_t* b, const float* wscale, float* y, int64_t ldy);

// The table for the CPU's best level (capped by KALA_SIMD), and each table by name.
const Kernels& kernels();
extern const Kernels kernel_table_portable, kernel_table_avx2, kernel_table_avx512;

}  // namespace kala
