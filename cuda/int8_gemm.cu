// LLM.int8-style prefill/training GEMM on int8 tensor cores (sm_80+):
//   1. columns of x with any |x| > threshold are outliers (deterministic compaction);
//   2. every row of x is quantised symmetrically without its outlier columns (absmax / 127);
//   3. C = (Xq Wq^T) * sx[m] * sw[n] + bias: mma.sync m16n8k32 s8 x s8 -> s32, 128x128x64 tiles;
//   4. the outlier columns are added in 16-bit: C += X[:, out] (Wq[:, out] * sw)^T (f16 GEMM).
// Without tensor cores (or K not a multiple of 16) linear_int8_dynamic uses the dequantising
// GEMM (int8 tiles expanded to 16-bit in shared memory), which is exact weight-only int8.
// gemm_s8s8s32 is the raw int8 product (int32 out) for the cuBLASLt comparison.
#include "common.cuh"

namespace kala::cuda {

constexpr int kI8BM = 128, kI8BN = 128, kI8BK = 64, kI8Threads = 256, kI8Lds = kI8BK + 16;

// ---------------------------------------------------------------- outliers and quantisation
__global__ void i8_col_absmax_k(const float* __restrict__ x, int64_t M, int64_t K, float thr, int* __restrict__ flag) {
  const int64_t k = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
  if (k >= K) return;
  float mx = 0.f;
  for (int64_t m = 0; m < M; m++) mx = fmaxf(mx, fabsf(x[m * K + k]));
  flag[k] = mx > thr ? 1 : 0;
}

// One block: exclusive scan of the flags into a compact, ordered list of outlier columns.
__global__ void __launch_bounds__(1024) i8_compact_k(const int* __restrict__ flag, int64_t K, int* __restrict__ list,
                                                     int* __restrict__ count) {
  __shared__ int warp_tot[32];
  __shared__ int carry;
  if (threadIdx.x == 0) carry = 0;
  __syncthreads();
  const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
  for (int64_t base = 0; base < K; base += blockDim.x) {
    const int64_t k = base + threadIdx.x;
    const int f = k < K ? flag[k] : 0;
    int incl = f;
    for (int o = 1; o < 32; o <<= 1) {
      const int v = __shfl_sync(0xffffffffu, incl, lane - o < 0 ? lane : lane - o);
      if (lane >= o) incl += v;
    }
    if (lane == 31) warp_tot[warp] = incl;
    __syncthreads();
    int before = carry;
    for (int w = 0; w < warp; w++) before += warp_tot[w];
    if (f) list[before + incl - f] = (int)k;
    __syncthreads();
    if (threadIdx.x == blockDim.x - 1) carry = before + incl;
    __syncthreads();
  }
  if (threadIdx.x == 0) *count = carry;
}

// Block per row: absmax without the outliers, then q = round(x / s) in [-127, 127], outliers 0,
// zero padding up to Kp.
__global__ void __launch_bounds__(256) i8_quant_rows_k(const float* __restrict__ x, int64_t M, int64_t K, int64_t Kp,
                                                       const int* __restrict__ flag, int8_t* __restrict__ q,
                                                       float* __restrict__ sx) {
  __shared__ float red[32];
  const int64_t m = blockIdx.x;
  const float* xr = x + m * K;
  float mx = 0.f;
  for (int64_t k = threadIdx.x; k < K; k += blockDim.x)
    if (!flag[k]) mx = fmaxf(mx, fabsf(xr[k]));
  mx = block_max(mx, red);
  const float s = mx / 127.f;
  const float inv = mx > 0.f ? 127.f / mx : 0.f;
  for (int64_t k = threadIdx.x; k < Kp; k += blockDim.x) {
    int v = 0;
    if (k < K && !flag[k]) {
      v = __float2int_rn(xr[k] * inv);
      v = v > 127 ? 127 : (v < -127 ? -127 : v);
    }
    q[m * Kp + k] = (int8_t)v;
  }
  if (threadIdx.x == 0) sx[m] = s;
}

__global__ void i8_gather_k(const float* __restrict__ x, int64_t M, int64_t K, const int8_t* __restrict__ Wq,
                            const float* __restrict__ sw, int64_t N, const int* __restrict__ list, int n_out,
                            float* __restrict__ xo, float* __restrict__ wo) {
  const int64_t total = (M + N) * n_out;
  for (int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i < total; i += (int64_t)gridDim.x * blockDim.x) {
    const int64_t r = i / n_out;
    const int c = (int)(i % n_out), k = list[c];
    if (r < M) xo[r * n_out + c] = x[r * K + k];
    else {
      const int64_t n = r - M;
      wo[n * n_out + c] = (float)Wq[n * K + k] * sw[n];
    }
  }
}

// ---------------------------------------------------------------- int8 tensor-core GEMM
struct I8Params {
  const int8_t* A;  // [M, lda]
  int64_t lda;
  const int8_t* B;  // [N, ldb]
  int64_t ldb;
  int64_t M, N, K;  // K: multiple of 16, <= lda, ldb
  const float* sx;
  const float* sw;
  const float* bias;
  float* C;
  int32_t* Ci;  // raw int32 output instead (benchmarks)
  int64_t ldc;
};

KD void i8_load(const int8_t* p, int64_t ld, int64_t r0, int64_t k0, int64_t R, int64_t K, uint4 (&v)[2]) {
#pragma unroll
  for (int i = 0; i < 2; i++) {
    const int q = threadIdx.x + i * kI8Threads;  // 512 chunks of 16 bytes: 128 rows x 4
    const int r = q >> 2, c = (q & 3) * 16;
    const int64_t gr = r0 + r, gk = k0 + c;
    if (gr < R && gk < K) {
      check_align<16>(p + gr * ld + gk);
      v[i] = *reinterpret_cast<const uint4*>(p + gr * ld + gk);
    }
    else v[i] = make_uint4(0, 0, 0, 0);
  }
}
KD void i8_store(int8_t (*sm)[kI8Lds], const uint4 (&v)[2]) {
#pragma unroll
  for (int i = 0; i < 2; i++) {
    const int q = threadIdx.x + i * kI8Threads;
    const int r = q >> 2, c = (q & 3) * 16;
    check_align<16>(&sm[r][c]);
    *reinterpret_cast<uint4*>(&sm[r][c]) = v[i];
  }
}

__global__ void __launch_bounds__(kI8Threads) i8_gemm_k(I8Params p) {
#if KALA_TC
  constexpr int WN = 4, WTM = 64, WTN = 32, MI = WTM / 16, NI = WTN / 8;
  __shared__ __align__(16) int8_t As[2][kI8BM][kI8Lds];
  __shared__ __align__(16) int8_t Bs[2][kI8BN][kI8Lds];
  const int64_t m0 = (int64_t)blockIdx.y * kI8BM, n0 = (int64_t)blockIdx.x * kI8BN;
  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31, g = lane >> 2, t = lane & 3;
  const int wm = (warp / WN) * WTM, wn = (warp % WN) * WTN;
  int acc[MI][NI][4];
#pragma unroll
  for (int mi = 0; mi < MI; mi++)
#pragma unroll
    for (int ni = 0; ni < NI; ni++) acc[mi][ni][0] = acc[mi][ni][1] = acc[mi][ni][2] = acc[mi][ni][3] = 0;
  const int nk = (int)((p.K + kI8BK - 1) / kI8BK);
  uint4 ra[2], rb[2];
  if (nk > 0) {
    i8_load(p.A, p.lda, m0, 0, p.M, p.K, ra);
    i8_load(p.B, p.ldb, n0, 0, p.N, p.K, rb);
    i8_store(As[0], ra);
    i8_store(Bs[0], rb);
  }
  __syncthreads();
  for (int kt = 0; kt < nk; kt++) {
    const int buf = kt & 1;
    if (kt + 1 < nk) {
      i8_load(p.A, p.lda, m0, (int64_t)(kt + 1) * kI8BK, p.M, p.K, ra);
      i8_load(p.B, p.ldb, n0, (int64_t)(kt + 1) * kI8BK, p.N, p.K, rb);
    }
#pragma unroll
    for (int ks = 0; ks < kI8BK; ks += 32) {
      uint32_t af[MI][4], bfr[NI][2];
#pragma unroll
      for (int mi = 0; mi < MI; mi++) {
        const int r = wm + mi * 16 + g;
        af[mi][0] = lds32(&As[buf][r][ks + 4 * t]);
        af[mi][1] = lds32(&As[buf][r + 8][ks + 4 * t]);
        af[mi][2] = lds32(&As[buf][r][ks + 4 * t + 16]);
        af[mi][3] = lds32(&As[buf][r + 8][ks + 4 * t + 16]);
      }
#pragma unroll
      for (int ni = 0; ni < NI; ni++) {
        const int c = wn + ni * 8 + g;
        bfr[ni][0] = lds32(&Bs[buf][c][ks + 4 * t]);
        bfr[ni][1] = lds32(&Bs[buf][c][ks + 4 * t + 16]);
      }
#pragma unroll
      for (int mi = 0; mi < MI; mi++)
#pragma unroll
        for (int ni = 0; ni < NI; ni++) mma16832_s8(acc[mi][ni], af[mi], bfr[ni]);
    }
    if (kt + 1 < nk) {
      i8_store(As[buf ^ 1], ra);
      i8_store(Bs[buf ^ 1], rb);
    }
    __syncthreads();
  }
#pragma unroll
  for (int mi = 0; mi < MI; mi++)
#pragma unroll
    for (int ni = 0; ni < NI; ni++)
#pragma unroll
      for (int i = 0; i < 4; i++) {
        const int64_t row = m0 + wm + mi * 16 + g + (i >> 1) * 8;
        const int64_t col = n0 + wn + ni * 8 + 2 * t + (i & 1);
        if (row >= p.M || col >= p.N) continue;
        if (p.Ci) {
          p.Ci[row * p.ldc + col] = acc[mi][ni][i];
        } else {
          float v = (float)acc[mi][ni][i] * p.sx[row] * p.sw[col];
          if (p.bias) v += p.bias[col];
          p.C[row * p.ldc + col] = v;
        }
      }
#else
  __trap();
#endif
}

static void run_i8(const I8Params& p, Stream s) {
  launch("int8_gemm", i8_gemm_k, dim3(cdiv(p.N, kI8BN), cdiv(p.M, kI8BM)), kI8Threads, 0, s, p);
}

void gemm_s8s8s32(int64_t M, int64_t N, int64_t K, const int8_t* A, const int8_t* B, int32_t* C, Stream s) {
  if (K % 16 != 0) throw KalaException(ErrorCode::INVALID_ARGUMENT, "gemm_s8s8s32: K must be a multiple of 16");
  if (compute_capability() < 80) throw KalaException(ErrorCode::UNSUPPORTED, "int8 tensor cores need sm_80 or newer");
  I8Params p{};
  p.A = A, p.lda = K, p.B = B, p.ldb = K, p.M = M, p.N = N, p.K = K, p.Ci = C, p.ldc = N;
  run_i8(p, s);
}

void linear_int8_dynamic(int64_t M, const float* x, const Weight& W, const float* bias, float* y, float thr, Stream s) {
  if (W.dtype != DType::I8 || !W.scale) throw KalaException(ErrorCode::INVALID_ARGUMENT, "linear_int8_dynamic needs an int8 weight with scales");
  const int64_t N = W.N, K = W.K;
  if (M <= 0 || N <= 0) return;
  if (compute_capability() < 80 || force_simt() || K % 16 != 0 || M <= 8) {
    // no int8 tensor cores: the dequantising GEMM (exact weight-only int8)
    return linear_forward(M, x, W, bias, y, default_precision(), s);
  }
  const int64_t Kp = (K + 15) / 16 * 16;
  // workspace: flags [K], list [K], count, sx [M], q [M, Kp]
  const size_t bytes = (size_t)K * 8 + 16 + (size_t)M * 4 + (size_t)M * Kp + 64;
  char* ws = static_cast<char*>(scratch(bytes, 4));
  int* flag = reinterpret_cast<int*>(ws);
  int* list = flag + K;
  int* count = list + K;
  float* sx = reinterpret_cast<float*>(count + 4);
  int8_t* q = reinterpret_cast<int8_t*>(sx + M + 16);
  q = reinterpret_cast<int8_t*>((reinterpret_cast<uintptr_t>(q) + 15) & ~uintptr_t(15));
  launch("int8_outliers", i8_col_absmax_k, cdiv(K, 256), 256, 0, s, x, M, K, thr, flag);
  launch("int8_outlier_list", i8_compact_k, 1, 1024, 0, s, (const int*)flag, K, list, count);
  launch("int8_quantize_rows", i8_quant_rows_k, (unsigned)M, 256, 0, s, x, M, K, Kp, (const int*)flag, q, sx);
  I8Params p{};
  p.A = q, p.lda = Kp, p.B = static_cast<const int8_t*>(W.p), p.ldb = K, p.M = M, p.N = N, p.K = K;
  p.sx = sx, p.sw = W.scale, p.bias = bias, p.C = y, p.ldc = N;
  run_i8(p, s);
  int n_out = 0;
  copy_d2h(&n_out, count, sizeof n_out, s);
  if (n_out == 0) return;
  float* xo = static_cast<float*>(scratch((size_t)(M + N) * n_out * sizeof(float), 5));
  float* wo = xo + M * n_out;
  launch("int8_outlier_gather", i8_gather_k, cdiv((M + N) * n_out, 256) < 4096 ? cdiv((M + N) * n_out, 256) : 4096, 256,
         0, s, x, M, K, static_cast<const int8_t*>(W.p), W.scale, N, (const int*)list, n_out, xo, wo);
  GemmOpts o;
  o.accumulate = true;
  o.precision = Precision::F16;
  gemm(M, N, n_out, Mat{xo, DType::F32, n_out, false}, Mat{wo, DType::F32, n_out, true}, y, N, o, s);
}

}  // namespace kala::cuda
