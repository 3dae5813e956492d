// LayerNorm forward (one block per row, two-pass statistics) and backward (per-row dx; weight
// and bias gradients as deterministic two-stage column sums).
#include "common.cuh"

namespace kala::cuda {

constexpr int kLnThreads = 256;

__global__ void __launch_bounds__(kLnThreads) ln_fwd_k(const float* __restrict__ x, const float* __restrict__ w,
                                                       const float* __restrict__ b, float eps, int64_t N, int64_t H,
                                                       float* __restrict__ out, float* __restrict__ mean,
                                                       float* __restrict__ rstd) {
  __shared__ float red[32];
  for (int64_t r = blockIdx.x; r < N; r += gridDim.x) {
    const float* xr = x + r * H;
    float s = 0.f;
    for (int64_t i = threadIdx.x; i < H; i += blockDim.x) s += xr[i];
    const float mu = block_sum(s, red) / (float)H;
    float v = 0.f;
    for (int64_t i = threadIdx.x; i < H; i += blockDim.x) {
      const float c = xr[i] - mu;
      v += c * c;
    }
    const float var = block_sum(v, red) / (float)H;
    const float rs = 1.0f / sqrtf(var + eps);
    float* o = out + r * H;
    for (int64_t i = threadIdx.x; i < H; i += blockDim.x) o[i] = (xr[i] - mu) * rs * w[i] + b[i];
    if (threadIdx.x == 0) {
      if (mean) mean[r] = mu;
      if (rstd) rstd[r] = rs;
    }
    __syncthreads();  // red is reused by the next row
  }
}

__global__ void __launch_bounds__(kLnThreads) ln_bwd_dx_k(const float* __restrict__ x, const float* __restrict__ w,
                                                          const float* __restrict__ mean, const float* __restrict__ rstd,
                                                          const float* __restrict__ dout, int64_t N, int64_t H,
                                                          float* __restrict__ dx) {
  __shared__ float red[32];
  for (int64_t r = blockIdx.x; r < N; r += gridDim.x) {
    const float* xr = x + r * H;
    const float* g = dout + r * H;
    const float m = mean[r], rs = rstd[r];
    float s1 = 0.f, s2 = 0.f;
    for (int64_t i = threadIdx.x; i < H; i += blockDim.x) {
      const float xh = (xr[i] - m) * rs;
      const float dxh = g[i] * w[i];
      s1 += dxh;
      s2 += dxh * xh;
    }
    const float a = block_sum(s1, red) / (float)H;
    const float bb = block_sum(s2, red) / (float)H;
    float* d = dx + r * H;
    for (int64_t i = threadIdx.x; i < H; i += blockDim.x) {
      const float xh = (xr[i] - m) * rs;
      d[i] += rs * (g[i] * w[i] - a - xh * bb);
    }
    __syncthreads();
  }
}

constexpr int kLnChunk = 64;
__global__ void ln_bwd_param_part_k(const float* __restrict__ x, const float* __restrict__ mean,
                                    const float* __restrict__ rstd, const float* __restrict__ dout, int64_t N, int64_t H,
                                    float* __restrict__ dw_part, float* __restrict__ db_part) {
  const int64_t c = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (c >= H) return;
  const int64_t r0 = (int64_t)blockIdx.y * kLnChunk, r1 = lmin(N, r0 + kLnChunk);
  float aw = 0.f, ab = 0.f;
  for (int64_t r = r0; r < r1; r++) {
    const float g = dout[r * H + c];
    aw += g * (x[r * H + c] - mean[r]) * rstd[r];
    ab += g;
  }
  dw_part[(int64_t)blockIdx.y * H + c] = aw;
  db_part[(int64_t)blockIdx.y * H + c] = ab;
}

__global__ void ln_bwd_param_final_k(int64_t chunks, int64_t H, const float* __restrict__ dw_part,
                                     const float* __restrict__ db_part, float* __restrict__ dw, float* __restrict__ db) {
  const int64_t c = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (c >= H) return;
  float aw = 0.f, ab = 0.f;
  for (int64_t k = 0; k < chunks; k++) {
    aw += dw_part[k * H + c];
    ab += db_part[k * H + c];
  }
  if (dw) dw[c] += aw;
  if (db) db[c] += ab;
}

static unsigned rows_grid(int64_t N) { return (unsigned)(N < 65535 ? N : 65535); }

void layernorm_forward(const float* x, const float* w, const float* b, float eps, int64_t N, int64_t H, float* out,
                       float* mean, float* rstd, Stream s) {
  if (N <= 0) return;
  launch("layernorm_forward", ln_fwd_k, rows_grid(N), kLnThreads, 0, s, x, w, b, eps, N, H, out, mean, rstd);
}

void layernorm_backward(const float* x, const float* w, const float* mean, const float* rstd, const float* dout,
                        int64_t N, int64_t H, float* dx, float* dw, float* db, Stream s) {
  if (N <= 0) return;
  if (dx) launch("layernorm_backward", ln_bwd_dx_k, rows_grid(N), kLnThreads, 0, s, x, w, mean, rstd, dout, N, H, dx);
  if (dw || db) {
    const int64_t chunks = (N + kLnChunk - 1) / kLnChunk;
    float* part = static_cast<float*>(scratch((size_t)chunks * H * 2 * sizeof(float), 7));
    launch("layernorm_backward_params", ln_bwd_param_part_k, dim3(cdiv(H, 128), (unsigned)chunks), 128, 0, s, x, mean,
           rstd, dout, N, H, part, part + chunks * H);
    launch("layernorm_backward_params", ln_bwd_param_final_k, cdiv(H, 128), 128, 0, s, chunks, H, part,
           part + chunks * H, dw, db);
  }
}

}  // namespace kala::cuda
