// Matrix multiply on the CPU: a packed, cache-blocked GEMM over the SIMD micro-kernel, and a
// streaming GEMV path for the few-row (decode) case.
#pragma once
#include <cstdint>
#include <memory>

#include "kernels/kernels.h"

namespace kala {

// C[M, N] = (accumulate ? C : 0) + op(A)[M, K] * B[K, N].
// op(A)(i, k) = transA ? A[k * lda + i] : A[i * lda + k]. B is described by MatB (any weight
// dtype; see kernels.h). Multi-threaded; call from outside the pool (nested calls run inline).
void gemm(int64_t M, int64_t N, int64_t K, const float* A, int64_t lda, bool transA, const MatB& B, float* C, int64_t ldc,
          bool accumulate);

// Convenience for f32 operands: B(k, n) = transB ? B[n * ldb + k] : B[k * ldb + n].
void sgemm(int64_t M, int64_t N, int64_t K, const float* A, int64_t lda, bool transA, const float* B, int64_t ldb,
           bool transB, float* C, int64_t ldc, bool accumulate);

// A weight [N, K] packed for linear_packed (layout in kernels.h), owning its storage.
struct PackedWeight {
  DType dtype = DType::F32;
  int64_t N = 0, K = 0;
  int nr = 0;
  std::shared_ptr<void> storage;
  std::shared_ptr<void> scale_storage;  // int8 only: N rounded up to nr floats, zero-padded
  PackedB view() const;
  size_t nbytes() const;
};

// Storage for a weight [N, K] packed in dtype dt, to be filled slab by slab by pack_rows or
// quantize_pack_rows (a weight read in bounded pieces). int8: `scale` gives the per-row scales
// (TENSOR_VALUE on a negative or non-finite one), or nullptr where quantize_pack_rows sets them.
PackedWeight alloc_packed(DType dt, int64_t N, int64_t K, const float* scale = nullptr);
// Packs rows [row0, row0 + rows) of a row-major weight of w's dtype; src points at row row0.
// row0 is a multiple of w.nr, and so is rows unless the slab ends at N.
void pack_rows(PackedWeight& w, const void* src, int64_t row0, int64_t rows);
// The same slab of a float weight of dtype dt quantized to w (int8) as quantize_pack_int8 does.
void quantize_pack_rows(PackedWeight& w, const void* src, DType dt, int64_t row0, int64_t rows);
// Packs a row-major weight [N, K] of dtype dt (int8: with per-row scales) for this CPU's kernels.
PackedWeight pack_weight(const void* src, DType dt, int64_t N, int64_t K, const float* scale);
// Quantizes a row-major float weight [N, K] (F32/F16/BF16) to int8 while packing it (DESIGN §3:
// symmetric, per output row, scale = max|W_row| / 127, q = round(W / scale) in [-127, 127]),
// one row at a time: the float weight is never copied whole.
PackedWeight quantize_pack_int8(const void* src, DType dt, int64_t N, int64_t K);
// Packs an int8 weight with given scales; throws TENSOR_VALUE on a negative or non-finite scale.
PackedWeight pack_int8(const int8_t* q, const float* scale, int64_t N, int64_t K);
// Writes the weight back row-major [N, K] in its own dtype (for saving).
void unpack_weight(const PackedWeight& w, void* dst);

// C[M, N] = (accumulate ? C : 0) + A[M, K] * W^T: the forward product of every linear layer.
void linear_packed(int64_t M, const float* A, int64_t lda, const PackedB& W, float* C, int64_t ldc, bool accumulate);

// How linear_packed multiplies int8 weights by more than a few rows (prefill, training):
// Dequant converts each int8 tile to f32 in registers inside the f32 micro-kernel (exact
// weights, f32 activations); Vnni quantizes each activation row to two byte rows (coarse and
// residual, ~16 bits together) and multiplies bytes with AVX-512 VNNI: ~2x faster at the same
// accuracy. Default Vnni where the CPU has avx512vnni; KALA_INT8_GEMM=vnni|dequant sets it.
enum class Int8Gemm { Dequant, Vnni };
Int8Gemm int8_gemm_mode();
void set_int8_gemm_mode(Int8Gemm m);
bool vnni_available();
// The int8 decode GEMV (M <= 4 rows): integer dot products on activations quantized per group of
// 32 (I8_GEMV_GROUP) (the default where the CPU has AVX-512 VNNI and VBMI), or the dequantizing float GEMV
// (KALA_INT8_GEMV=dequant, and every other CPU).
Int8Gemm int8_gemv_mode();
void set_int8_gemv_mode(Int8Gemm m);
bool vnni_gemv_available();
// The VNNI product itself (W int8 with nr 32), for linear_packed and the benchmarks.
void linear_int8_vnni(int64_t M, const float* A, int64_t lda, const PackedB& W, float* C, int64_t ldc, bool accumulate);

}  // namespace kala
