// LoRA (PEFT semantics, csrc/ops/lora.cpp): the separate branch ops that mirror the CPU ops,
// the embedding adapter, and the base linear with its adapter fused into one GEMM (the K loop
// runs over the input features and then over the r adapter features).
#include "common.cuh"

namespace kala::cuda {

// e[i, k] = scale * A[k, ids[i]]
__global__ void lora_emb_gather_k(const int32_t* __restrict__ ids, int64_t N, int64_t V, int64_t r, float scale,
                                  const float* __restrict__ A, float* __restrict__ e) {
  const int64_t total = N * r;
  for (int64_t idx = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; idx < total; idx += (int64_t)gridDim.x * blockDim.x) {
    const int64_t i = idx / r, k = idx % r;
    e[idx] = A[k * V + ids[i]] * scale;
  }
}

// dA[k, ids[i]] += scale * de[i, k], rows in index order (ids repeat): one thread per k.
__global__ void lora_emb_scatter_k(const int32_t* __restrict__ ids, int64_t N, int64_t V, int64_t r, float scale,
                                   const float* __restrict__ de, float* __restrict__ dA) {
  const int64_t k = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
  if (k >= r) return;
  for (int64_t i = 0; i < N; i++) dA[k * V + ids[i]] += de[i * r + k] * scale;
}

static unsigned grid_for(int64_t n) {
  const int64_t b = (n + 255) / 256;
  return (unsigned)(b < 4096 ? (b > 0 ? b : 1) : 4096);
}

void lora_linear_forward(int64_t N, const float* x, int64_t in, int64_t out, int64_t r, float scale, const float* A,
                         const float* B, double p, bool dropout, uint64_t seed, float* y, float* u, Precision prec,
                         Stream s) {
  GemmOpts o;
  o.precision = prec;
  Mat xm{x, DType::F32, in, false};
  xm.dropout = dropout && p > 0, xm.drop_p = p, xm.drop_seed = seed;
  gemm(N, r, in, xm, Mat{A, DType::F32, in, true}, u, r, o, s);  // u = dropout(x) A^T
  GemmOpts o2;
  o2.precision = prec;
  o2.alpha = scale;
  o2.accumulate = true;
  gemm(N, out, r, Mat{u, DType::F32, r, false}, Mat{B, DType::F32, r, true}, y, out, o2, s);  // y += scale u B^T
}

void lora_linear_backward(int64_t N, const float* x, const float* dy, const float* u, int64_t in, int64_t out,
                          int64_t r, float scale, const float* A, const float* B, double p, bool dropout,
                          uint64_t seed, float* dx, float* dA, float* dB, Precision prec, Stream s) {
  const bool drop = dropout && p > 0;
  float* du = static_cast<float*>(scratch((size_t)N * r * sizeof(float), 0));
  GemmOpts acc;
  acc.precision = prec;
  acc.accumulate = true;
  if (dB) {
    GemmOpts o = acc;
    o.alpha = scale;  // dB += scale dy^T u
    gemm(out, r, N, Mat{dy, DType::F32, out, true}, Mat{u, DType::F32, r, false}, dB, r, o, s);
  }
  GemmOpts od;
  od.precision = prec;
  od.alpha = scale;  // du = scale dy B
  gemm(N, r, out, Mat{dy, DType::F32, out, false}, Mat{B, DType::F32, r, false}, du, r, od, s);
  if (dA) {
    Mat xm{x, DType::F32, in, false};
    xm.dropout = drop, xm.drop_p = p, xm.drop_seed = seed;
    gemm(r, in, N, Mat{du, DType::F32, r, true}, xm, dA, in, acc, s);  // dA += du^T dropout(x)
  }
  if (dx) {
    GemmOpts o = acc;  // dx += dropout'(du A)
    o.out_dropout = drop, o.drop_p = p, o.drop_seed = seed, o.drop_ld = in;
    gemm(N, in, r, Mat{du, DType::F32, r, false}, Mat{A, DType::F32, in, false}, dx, in, o, s);
  }
}

void lora_embedding_forward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale,
                            const float* A, const float* B, float* x, Stream s) {
  float* e = static_cast<float*>(scratch((size_t)N * r * sizeof(float), 0));
  launch("lora_embedding_gather", lora_emb_gather_k, grid_for(N * r), 256, 0, s, ids, N, V, r, scale, A, e);
  GemmOpts o;
  o.accumulate = true;
  gemm(N, H, r, Mat{e, DType::F32, r, false}, Mat{B, DType::F32, r, true}, x, H, o, s);  // x += e B^T
}

void lora_embedding_backward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale,
                             const float* A, const float* B, const float* dx, float* dA, float* dB, Stream s) {
  float* e = static_cast<float*>(scratch((size_t)N * r * 2 * sizeof(float), 0));
  float* de = e + N * r;
  launch("lora_embedding_gather", lora_emb_gather_k, grid_for(N * r), 256, 0, s, ids, N, V, r, scale, A, e);
  GemmOpts acc;
  acc.accumulate = true;
  if (dB) gemm(H, r, N, Mat{dx, DType::F32, H, true}, Mat{e, DType::F32, r, false}, dB, r, acc, s);  // dB += dx^T e
  if (dA) {
    GemmOpts o;
    gemm(N, r, H, Mat{dx, DType::F32, H, false}, Mat{B, DType::F32, r, false}, de, r, o, s);  // de = dx B
    launch("lora_embedding_scatter", lora_emb_scatter_k, cdiv(r, 64), 64, 0, s, ids, N, V, r, scale, (const float*)de, dA);
  }
}

// ---------------------------------------------------------------- fused with the base linear
void linear_lora_forward(int64_t M, const float* x, const Weight& W, const float* bias, const Lora& lo, float* y,
                         float* u, Precision prec, Stream s) {
  if (!lo.on()) return linear_forward(M, x, W, bias, y, prec, s);
  const int64_t K = W.K, N = W.N;
  GemmOpts ou;
  ou.precision = prec;
  Mat xm{x, DType::F32, K, false};
  xm.dropout = lo.dropout && lo.p > 0, xm.drop_p = lo.p, xm.drop_seed = lo.seed;
  gemm(M, lo.r, K, xm, Mat{lo.A, DType::F32, K, true}, u, lo.r, ou, s);  // u = dropout(x) A^T
  if (M <= 8) {  // decode: streaming GEMV for the base, then the rank-r update
    gemv(M, x, K, W, bias, y, N, false, s);
    GemmOpts o;
    o.precision = prec;
    o.alpha = lo.scale;
    o.accumulate = true;
    gemm(M, N, lo.r, Mat{u, DType::F32, lo.r, false}, Mat{lo.B, DType::F32, lo.r, true}, y, N, o, s);
    return;
  }
  GemmOpts o;
  o.precision = prec;
  o.bias = bias;
  o.lora_u = u, o.lora_b = lo.B, o.lora_r = lo.r, o.lora_scale = lo.scale;
  gemm(M, N, K, Mat{x, DType::F32, K, false}, W.as_b(), y, N, o, s);
}

void linear_lora_backward(int64_t M, const float* x, const float* dy, const float* u, const Weight& W, const Lora& lo,
                          float* dx, bool accumulate_dx, float* dA, float* dB, Precision prec, Stream s) {
  const int64_t K = W.K, N = W.N;
  if (!lo.on()) {
    if (dx) linear_backward_input(M, dy, W, dx, accumulate_dx, prec, s);
    return;
  }
  const bool drop = lo.dropout && lo.p > 0;
  float* du = static_cast<float*>(scratch((size_t)M * lo.r * sizeof(float), 1));
  GemmOpts od;
  od.precision = prec;
  od.alpha = lo.scale;  // du = scale dy B
  gemm(M, lo.r, N, Mat{dy, DType::F32, N, false}, Mat{lo.B, DType::F32, lo.r, false}, du, lo.r, od, s);
  GemmOpts acc;
  acc.precision = prec;
  acc.accumulate = true;
  if (dB) {
    GemmOpts o = acc;
    o.alpha = lo.scale;  // dB += scale dy^T u
    gemm(N, lo.r, M, Mat{dy, DType::F32, N, true}, Mat{u, DType::F32, lo.r, false}, dB, lo.r, o, s);
  }
  if (dA) {
    Mat xm{x, DType::F32, K, false};
    xm.dropout = drop, xm.drop_p = lo.p, xm.drop_seed = lo.seed;
    gemm(lo.r, K, M, Mat{du, DType::F32, lo.r, true}, xm, dA, K, acc, s);  // dA += du^T dropout(x)
  }
  if (!dx) return;
  if (!drop) {  // dx (+)= [dy | du] [W ; A]: one GEMM
    GemmOpts o;
    o.precision = prec;
    o.accumulate = accumulate_dx;
    o.lora_u = du, o.lora_b = lo.A, o.lora_r = lo.r, o.lora_scale = 1.f, o.lora_b_kn = true;
    gemm(M, K, N, Mat{dy, DType::F32, N, false}, W.as_b_t(), dx, K, o, s);
    return;
  }
  linear_backward_input(M, dy, W, dx, accumulate_dx, prec, s);
  GemmOpts o = acc;
  o.out_dropout = true, o.drop_p = lo.p, o.drop_seed = lo.seed, o.drop_ld = K;
  gemm(M, K, lo.r, Mat{du, DType::F32, lo.r, false}, Mat{lo.A, DType::F32, K, false}, dx, K, o, s);
}

}  // namespace kala::cuda
