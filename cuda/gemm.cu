// GEMM: C = alpha op(A) op(B) (+ fused LoRA segment) (+ bias) (+ C), f32 accumulation.
//  - tensor cores (sm_80+): bf16 or f16 mma.sync m16n8k16, 128x128 or 64x64 block tiles, BK 32;
//  - SIMT (every arch): 64x64 tiles, 4x4 per thread, f32 tiles (exact path) or f16 tiles (the
//    sm_60 mixed-precision path: operands dequantised to fp16 in shared memory).
// int8 weights: q stays exact in the 16-bit tile; a per-output-column scale (weight used as
// W^T) is applied to the accumulators, a per-k scale (W used untransposed) at load.
// Also the linear/dense wrappers of kala_cuda.h.
#include "gemm_tiles.cuh"

namespace kala::cuda {

struct GemmParams {
  int64_t M, N, K;
  Operand a, b;
  float* C;
  int64_t ldc;
  float alpha;
  bool accumulate;
  const float* bias;
  const float* col_scale;  // int8 W^T: per output column
  Operand lu, lb;          // LoRA segment (U [M, r], LB [N, r])
  int64_t lora_r;
  DropMask out_mask;
  int64_t drop_ld;
};

// ---------------------------------------------------------------- epilogue
KD void gemm_store(const GemmParams& p, int64_t row, int64_t col, float v) {
  if (row >= p.M || col >= p.N) return;
  if (p.out_mask.on) v *= p.out_mask.at(row * p.drop_ld + col);
  if (p.bias) v += p.bias[col];
  float* c = p.C + row * p.ldc + col;
  *c = p.accumulate ? *c + v : v;
}

// ---------------------------------------------------------------- tensor-core kernel
constexpr int kTcBK = 32;
constexpr int kTcLds = kTcBK + 8;  // 80-byte rows: conflict-free fragment loads

template <typename T16, typename TA, typename TB, int BM, int BN, int NT, int WTM, int WTN, int WN>
KD void tc_k_loop(const Operand& A, const Operand& B, int64_t K, int64_t M, int64_t N, int64_t m0, int64_t n0,
                  T16 (*As)[BM][kTcLds], T16 (*Bs)[BN][kTcLds], float (&acc)[WTM / 16][WTN / 8][4]) {
  constexpr int MI = WTM / 16, NI = WTN / 8;
  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31;
  const int g = lane >> 2, t = lane & 3;
  const int wm = (warp / WN) * WTM, wn = (warp % WN) * WTN;
  const int nk = (int)((K + kTcBK - 1) / kTcBK);
  if (nk == 0) return;
  TileStage<TA, BM, kTcBK, NT> sa;
  TileStage<TB, BN, kTcBK, NT> sb;
  sa.load(A, m0, 0, M, K);
  sb.load(B, n0, 0, N, K);
  __syncthreads();  // the previous use of the buffers (another segment) is finished
  sa.template store_rk<T16, kTcLds>(As[0]);
  sb.template store_rk<T16, kTcLds>(Bs[0]);
  __syncthreads();
  for (int kt = 0; kt < nk; kt++) {
    const int buf = kt & 1;
    if (kt + 1 < nk) {
      sa.load(A, m0, (int64_t)(kt + 1) * kTcBK, M, K);
      sb.load(B, n0, (int64_t)(kt + 1) * kTcBK, N, K);
    }
#pragma unroll
    for (int ks = 0; ks < kTcBK; ks += 16) {
      uint32_t af[MI][4], bfr[NI][2];
#pragma unroll
      for (int mi = 0; mi < MI; mi++) {
        const int r = wm + mi * 16 + g;
        af[mi][0] = lds32(&As[buf][r][ks + 2 * t]);
        af[mi][1] = lds32(&As[buf][r + 8][ks + 2 * t]);
        af[mi][2] = lds32(&As[buf][r][ks + 2 * t + 8]);
        af[mi][3] = lds32(&As[buf][r + 8][ks + 2 * t + 8]);
      }
#pragma unroll
      for (int ni = 0; ni < NI; ni++) {
        const int c = wn + ni * 8 + g;
        bfr[ni][0] = lds32(&Bs[buf][c][ks + 2 * t]);
        bfr[ni][1] = lds32(&Bs[buf][c][ks + 2 * t + 8]);
      }
#pragma unroll
      for (int mi = 0; mi < MI; mi++)
#pragma unroll
        for (int ni = 0; ni < NI; ni++) mma16816<T16>(acc[mi][ni], af[mi], bfr[ni]);
    }
    if (kt + 1 < nk) {
      sa.template store_rk<T16, kTcLds>(As[buf ^ 1]);
      sb.template store_rk<T16, kTcLds>(Bs[buf ^ 1]);
    }
    __syncthreads();
  }
}

template <typename T16, typename TA, typename TB, int BM, int BN, int WM, int WN>
__global__ void __launch_bounds__(WM* WN * 32) gemm_tc_k(GemmParams p) {
#if KALA_TC
  constexpr int NT = WM * WN * 32, WTM = BM / WM, WTN = BN / WN, MI = WTM / 16, NI = WTN / 8;
  __shared__ __align__(16) T16 As[2][BM][kTcLds];
  __shared__ __align__(16) T16 Bs[2][BN][kTcLds];
  const int64_t m0 = (int64_t)blockIdx.y * BM, n0 = (int64_t)blockIdx.x * BN;
  float acc[MI][NI][4];
#pragma unroll
  for (int mi = 0; mi < MI; mi++)
#pragma unroll
    for (int ni = 0; ni < NI; ni++)
#pragma unroll
      for (int i = 0; i < 4; i++) acc[mi][ni][i] = 0.f;
  tc_k_loop<T16, TA, TB, BM, BN, NT, WTM, WTN, WN>(p.a, p.b, p.K, p.M, p.N, m0, n0, As, Bs, acc);
  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31;
  const int g = lane >> 2, t = lane & 3;
  const int wm = (warp / WN) * WTM, wn = (warp % WN) * WTN;
#pragma unroll
  for (int ni = 0; ni < NI; ni++)
#pragma unroll
    for (int j = 0; j < 2; j++) {
      const int64_t col = n0 + wn + ni * 8 + 2 * t + j;
      const float f = p.alpha * (p.col_scale && col < p.N ? p.col_scale[col] : 1.f);
#pragma unroll
      for (int mi = 0; mi < MI; mi++) {
        acc[mi][ni][j] *= f;
        acc[mi][ni][j + 2] *= f;
      }
    }
  if (p.lora_r > 0) tc_k_loop<T16, float, float, BM, BN, NT, WTM, WTN, WN>(p.lu, p.lb, p.lora_r, p.M, p.N, m0, n0, As, Bs, acc);
#pragma unroll
  for (int mi = 0; mi < MI; mi++)
#pragma unroll
    for (int ni = 0; ni < NI; ni++)
#pragma unroll
      for (int i = 0; i < 4; i++) {
        const int64_t row = m0 + wm + mi * 16 + g + (i >> 1) * 8;
        const int64_t col = n0 + wn + ni * 8 + 2 * t + (i & 1);
        gemm_store(p, row, col, acc[mi][ni][i]);
      }
#else
  __trap();
#endif
}

// ---------------------------------------------------------------- SIMT kernel
constexpr int kSBM = 64, kSBN = 64, kSBK = 16, kSNT = 256, kSLds = 64 + 4;

template <typename TS, typename TA, typename TB>
KD void simt_k_loop(const Operand& A, const Operand& B, int64_t K, int64_t M, int64_t N, int64_t m0, int64_t n0,
                    TS (*As)[kSBK][kSLds], TS (*Bs)[kSBK][kSLds], float (&acc)[4][4]) {
  const int tx = threadIdx.x & 15, ty = threadIdx.x >> 4;
  const int nk = (int)((K + kSBK - 1) / kSBK);
  if (nk == 0) return;
  TileStage<TA, kSBM, kSBK, kSNT> sa;
  TileStage<TB, kSBN, kSBK, kSNT> sb;
  sa.load(A, m0, 0, M, K);
  sb.load(B, n0, 0, N, K);
  __syncthreads();
  sa.template store_kr<TS, kSLds>(As[0]);
  sb.template store_kr<TS, kSLds>(Bs[0]);
  __syncthreads();
  for (int kt = 0; kt < nk; kt++) {
    const int buf = kt & 1;
    if (kt + 1 < nk) {
      sa.load(A, m0, (int64_t)(kt + 1) * kSBK, M, K);
      sb.load(B, n0, (int64_t)(kt + 1) * kSBK, N, K);
    }
#pragma unroll
    for (int k = 0; k < kSBK; k++) {
      float a[4], b[4];
#pragma unroll
      for (int i = 0; i < 4; i++) {
        a[i] = to_f(As[buf][k][ty * 4 + i]);
        b[i] = to_f(Bs[buf][k][tx * 4 + i]);
      }
#pragma unroll
      for (int i = 0; i < 4; i++)
#pragma unroll
        for (int j = 0; j < 4; j++) acc[i][j] = fmaf(a[i], b[j], acc[i][j]);
    }
    if (kt + 1 < nk) {
      sa.template store_kr<TS, kSLds>(As[buf ^ 1]);
      sb.template store_kr<TS, kSLds>(Bs[buf ^ 1]);
    }
    __syncthreads();
  }
}

template <typename TS, typename TA, typename TB>
__global__ void __launch_bounds__(kSNT) gemm_simt_k(GemmParams p) {
  __shared__ __align__(16) TS As[2][kSBK][kSLds];
  __shared__ __align__(16) TS Bs[2][kSBK][kSLds];
  const int64_t m0 = (int64_t)blockIdx.y * kSBM, n0 = (int64_t)blockIdx.x * kSBN;
  const int tx = threadIdx.x & 15, ty = threadIdx.x >> 4;
  float acc[4][4];
#pragma unroll
  for (int i = 0; i < 4; i++)
#pragma unroll
    for (int j = 0; j < 4; j++) acc[i][j] = 0.f;
  simt_k_loop<TS, TA, TB>(p.a, p.b, p.K, p.M, p.N, m0, n0, As, Bs, acc);
#pragma unroll
  for (int j = 0; j < 4; j++) {
    const int64_t col = n0 + tx * 4 + j;
    const float f = p.alpha * (p.col_scale && col < p.N ? p.col_scale[col] : 1.f);
#pragma unroll
    for (int i = 0; i < 4; i++) acc[i][j] *= f;
  }
  if (p.lora_r > 0) simt_k_loop<TS, float, float>(p.lu, p.lb, p.lora_r, p.M, p.N, m0, n0, As, Bs, acc);
#pragma unroll
  for (int i = 0; i < 4; i++)
#pragma unroll
    for (int j = 0; j < 4; j++) gemm_store(p, m0 + ty * 4 + i, n0 + tx * 4 + j, acc[i][j]);
}

// ---------------------------------------------------------------- host dispatch
static size_t dsize(DType d) { return d == DType::F32 ? 4 : d == DType::I8 ? 1 : 2; }

static Operand make_operand(const Mat& m, bool is_b, bool defer_scale) {
  Operand o;
  o.p = m.p;
  o.ld = m.ld;
  o.kcontig = is_b ? m.trans : !m.trans;
  o.vec = m.ld % 4 == 0 && (reinterpret_cast<uintptr_t>(m.p) % (4 * dsize(m.dtype))) == 0;
  if (m.dtype == DType::I8) {
    if (!m.scale) throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemm: an int8 operand needs its scales");
    if (!defer_scale) o.scale = m.scale;
  }
  o.drop = make_drop_mask(m.drop_p, m.drop_seed, m.dropout);
  return o;
}

template <typename T16, typename TA, typename TB>
static void run_tc(const GemmParams& p, bool small, Stream s) {
  if (small) {
    launch("gemm_tc_64", gemm_tc_k<T16, TA, TB, 64, 64, 2, 2>, dim3(cdiv(p.N, 64), cdiv(p.M, 64)), 128, 0, s, p);
  } else {
    launch("gemm_tc_128", gemm_tc_k<T16, TA, TB, 128, 128, 2, 4>, dim3(cdiv(p.N, 128), cdiv(p.M, 128)), 256, 0, s, p);
  }
}

template <typename T16, typename TA>
static void tc_b(const GemmParams& p, DType b, bool small, Stream s) {
  switch (b) {
    case DType::F32: return run_tc<T16, TA, float>(p, small, s);
    case DType::F16: return run_tc<T16, TA, f16>(p, small, s);
    case DType::BF16: return run_tc<T16, TA, bf16>(p, small, s);
    case DType::I8: return run_tc<T16, TA, int8_t>(p, small, s);
    default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemm: unsupported B dtype");
  }
}

template <typename TS, typename TA>
static void simt_b(const GemmParams& p, DType b, Stream s) {
  const dim3 grid(cdiv(p.N, kSBN), cdiv(p.M, kSBM));
  switch (b) {
    case DType::F32: return launch("gemm_simt", gemm_simt_k<TS, TA, float>, grid, kSNT, 0, s, p);
    case DType::F16: return launch("gemm_simt", gemm_simt_k<TS, TA, f16>, grid, kSNT, 0, s, p);
    case DType::BF16: return launch("gemm_simt", gemm_simt_k<TS, TA, bf16>, grid, kSNT, 0, s, p);
    case DType::I8: return launch("gemm_simt", gemm_simt_k<TS, TA, int8_t>, grid, kSNT, 0, s, p);
    default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemm: unsupported B dtype");
  }
}

void gemm(int64_t M, int64_t N, int64_t K, const Mat& A, const Mat& B, float* C, int64_t ldc, const GemmOpts& o,
          Stream s) {
  if (M <= 0 || N <= 0) return;
  if (A.dtype == DType::I8 || A.dtype == DType::I32 || B.dtype == DType::I32)
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemm: A must be f32, f16 or bf16 and B f32, f16, bf16 or int8");
  GemmParams p{};
  p.M = M, p.N = N, p.K = K;
  const bool defer = B.dtype == DType::I8 && B.trans;  // per output column: applied to the accumulators
  p.a = make_operand(A, false, false);
  p.b = make_operand(B, true, defer);
  p.col_scale = defer ? B.scale : nullptr;
  p.C = C;
  p.ldc = ldc;
  p.alpha = o.alpha;
  p.accumulate = o.accumulate;
  p.bias = o.bias;
  p.lora_r = (o.lora_u && o.lora_b) ? o.lora_r : 0;
  if (p.lora_r > 0) {
    p.lu = make_operand(Mat{o.lora_u, DType::F32, o.lora_r, false}, false, false);
    p.lu.mul = o.lora_scale;
    p.lb = make_operand(o.lora_b_kn ? Mat{o.lora_b, DType::F32, N, false} : Mat{o.lora_b, DType::F32, o.lora_r, true},
                        true, false);
  }
  p.out_mask = make_drop_mask(o.drop_p, o.drop_seed, o.out_dropout);
  p.drop_ld = o.drop_ld;
  const bool tc = use_tensor_cores(o.precision);
  if (tc) {
    const int64_t big_tiles = (int64_t)cdiv(M, 128) * cdiv(N, 128);
    const bool small = big_tiles < 2 * sm_count();
    const bool bfl = o.precision == Precision::BF16;
    if (A.dtype == DType::F32) {
      if (bfl) tc_b<bf16, float>(p, B.dtype, small, s);
      else tc_b<f16, float>(p, B.dtype, small, s);
    } else if (A.dtype == DType::BF16 && bfl) {
      tc_b<bf16, bf16>(p, B.dtype, small, s);
    } else if (A.dtype == DType::F16 && !bfl) {
      tc_b<f16, f16>(p, B.dtype, small, s);
    } else {
      throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemm: a 16-bit A must match the precision");
    }
    return;
  }
  if (o.precision == Precision::F32 || A.dtype != DType::F32) {
    switch (A.dtype) {
      case DType::F32: return simt_b<float, float>(p, B.dtype, s);
      case DType::F16: return simt_b<float, f16>(p, B.dtype, s);
      case DType::BF16: return simt_b<float, bf16>(p, B.dtype, s);
      default: break;
    }
  }
  simt_b<f16, float>(p, B.dtype, s);  // 16-bit precision without tensor cores: fp16 tiles
}

// ---------------------------------------------------------------- linear and dense
void linear_forward(int64_t M, const float* x, const Weight& W, const float* bias, float* y, Precision prec, Stream s) {
  if (M <= 8) return gemv(M, x, W.K, W, bias, y, W.N, false, s);
  GemmOpts o;
  o.bias = bias;
  o.precision = prec;
  gemm(M, W.N, W.K, Mat{x, DType::F32, W.K, false}, W.as_b(), y, W.N, o, s);
}

void linear_backward_input(int64_t M, const float* dy, const Weight& W, float* dx, bool accumulate, Precision prec,
                           Stream s) {
  GemmOpts o;
  o.accumulate = accumulate;
  o.precision = prec;
  gemm(M, W.K, W.N, Mat{dy, DType::F32, W.N, false}, W.as_b_t(), dx, W.K, o, s);
}

void linear_backward_weight(int64_t M, const float* dy, const float* x, int64_t N, int64_t K, float* dW, Precision prec,
                            Stream s) {
  GemmOpts o;
  o.accumulate = true;
  o.precision = prec;
  // dW[N, K] += dy^T [N, M] x [M, K]
  gemm(N, K, M, Mat{dy, DType::F32, N, true}, Mat{x, DType::F32, K, false}, dW, K, o, s);
}

void dense_forward(int64_t N, const float* x, const float* W, const float* bias, int64_t in, int64_t out, float* y,
                   Precision prec, Stream s) {
  GemmOpts o;
  o.bias = bias;
  o.precision = prec;
  gemm(N, out, in, Mat{x, DType::F32, in, false}, Mat{W, DType::F32, in, true}, y, out, o, s);
}

void dense_backward(int64_t N, const float* x, const float* W, const float* dy, int64_t in, int64_t out, float* dx,
                    float* dW, float* db, bool accumulate_dx, Precision prec, Stream s) {
  if (dx) {
    GemmOpts o;
    o.accumulate = accumulate_dx;
    o.precision = prec;
    gemm(N, in, out, Mat{dy, DType::F32, out, false}, Mat{W, DType::F32, in, false}, dx, in, o, s);
  }
  if (dW) linear_backward_weight(N, dy, x, out, in, dW, prec, s);
  if (db) colsum_add(N, out, dy, db, s);
}

}  // namespace kala::cuda
