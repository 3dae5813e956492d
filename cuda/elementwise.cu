// Elementwise ops: GELU (exact erf form) forward/backward, add/scale/fill/convert, dropout,
// rotary embedding forward/backward (HF rotate_half, partial), token embedding
// forward/backward, and deterministic column sums.
#include "common.cuh"

namespace kala::cuda {

constexpr int kEw = 256;

static unsigned ew_grid(int64_t n) {
  const int64_t b = (n + kEw - 1) / kEw;
  return (unsigned)(b < 65535 * 8 ? b : 65535 * 8);
}

// ---------------------------------------------------------------- GELU
// gelu(x) = x * Phi(x), Phi(x) = 0.5 erfc(-x / sqrt 2); gelu'(x) = Phi(x) + x * pdf(x).
KD float phi_cdf(float x) { return 0.5f * erfcf(-x * 0.70710678118654752f); }

__global__ void gelu_fwd_k(const float* __restrict__ x, float* __restrict__ y, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    const float v = x[i];
    y[i] = v * phi_cdf(v);
  }
}

__global__ void gelu_bwd_k(const float* __restrict__ x, const float* __restrict__ dy, float* __restrict__ dx, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) {
    const float v = x[i];
    const float pdf = 0.39894228040143268f * expf(-0.5f * v * v);
    dx[i] = dy[i] * (phi_cdf(v) + v * pdf);
  }
}

void gelu_forward(const float* x, float* y, int64_t n, Stream s) {
  launch("gelu_forward", gelu_fwd_k, ew_grid(n), kEw, 0, s, x, y, n);
}
void gelu_backward(const float* x, const float* dy, float* dx, int64_t n, Stream s) {
  launch("gelu_backward", gelu_bwd_k, ew_grid(n), kEw, 0, s, x, dy, dx, n);
}

// ---------------------------------------------------------------- simple maps
__global__ void add_k(float* __restrict__ x, const float* __restrict__ y, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) x[i] += y[i];
}
__global__ void scale_k(float* x, float f, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) x[i] *= f;
}
__global__ void fill_k(float* x, float v, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x) x[i] = v;
}
template <typename T>
__global__ void convert_k(const float* __restrict__ x, T* __restrict__ y, int64_t n) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x)
    y[i] = from_f<T>(x[i]);
}
__global__ void dropout_k(const float* __restrict__ x, int64_t n, DropMask m, float* __restrict__ out) {
  for (int64_t i = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; i < n; i += (int64_t)gridDim.x * blockDim.x)
    out[i] = x[i] * m.at(i);
}

void add_inplace(float* x, const float* y, int64_t n, Stream s) { launch("add", add_k, ew_grid(n), kEw, 0, s, x, y, n); }
void scale_inplace(float* x, float f, int64_t n, Stream s) { launch("scale", scale_k, ew_grid(n), kEw, 0, s, x, f, n); }
void fill(float* x, float v, int64_t n, Stream s) { launch("fill", fill_k, ew_grid(n), kEw, 0, s, x, v, n); }
void convert_f32(const float* x, void* y, DType dt, int64_t n, Stream s) {
  switch (dt) {
    case DType::F32: copy_d2d(y, x, n * 4, s); break;
    case DType::F16: launch("convert", convert_k<f16>, ew_grid(n), kEw, 0, s, x, static_cast<f16*>(y), n); break;
    case DType::BF16: launch("convert", convert_k<bf16>, ew_grid(n), kEw, 0, s, x, static_cast<bf16*>(y), n); break;
    default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "convert_f32: unsupported dtype");
  }
}
void dropout_apply(const float* x, int64_t n, double p, uint64_t seed, float* out, Stream s) {
  DropMask m = make_drop_mask(p, seed, true);
  launch("dropout", dropout_k, ew_grid(n), kEw, 0, s, x, n, m, out);
}

// ---------------------------------------------------------------- rotary
// One thread per (row, head, i < rd/2), rotating q and k: x1' = x1 c - x2 (sign s), x2' = x2 c +
// x1 (sign s); backward is the transpose (sign -1).
__global__ void rotary_k(float* __restrict__ qkv, int64_t rows, int64_t T, int64_t heads, int64_t d, int64_t half,
                         int64_t pos0, const int32_t* __restrict__ positions, const float* __restrict__ cos_t,
                         const float* __restrict__ sin_t, float sign) {
  const int64_t total = rows * heads * half;
  for (int64_t idx = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; idx < total; idx += (int64_t)gridDim.x * blockDim.x) {
    const int64_t i = idx % half;
    const int64_t h = (idx / half) % heads;
    const int64_t r = idx / (half * heads);
    const int64_t pos = positions ? positions[r] : pos0 + r % T;
    const float c = cos_t[pos * half + i], sn = sign * sin_t[pos * half + i];
    float* base = qkv + r * heads * 3 * d + h * 3 * d;
#pragma unroll
    for (int part = 0; part < 2; part++) {
      float* x = base + part * d;
      const float x1 = x[i], x2 = x[i + half];
      x[i] = x1 * c - x2 * sn;
      x[i + half] = x2 * c + x1 * sn;
    }
  }
}

static void rotary(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                   const int32_t* positions, const float* cos_t, const float* sin_t, float sign, Stream s) {
  if (rd <= 0) return;
  const int64_t half = rd / 2;
  launch("rotary", rotary_k, ew_grid(B * T * heads * half), kEw, 0, s, qkv, B * T, T, heads, d, half, pos0, positions,
         cos_t, sin_t, sign);
}
void rotary_forward(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                    const int32_t* positions, const float* cos_t, const float* sin_t, Stream s) {
  rotary(qkv, B, T, heads, d, rd, pos0, positions, cos_t, sin_t, 1.f, s);
}
void rotary_backward(float* dqkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                     const int32_t* positions, const float* cos_t, const float* sin_t, Stream s) {
  rotary(dqkv, B, T, heads, d, rd, pos0, positions, cos_t, sin_t, -1.f, s);
}

// ---------------------------------------------------------------- embedding
template <typename T>
__global__ void embed_fwd_k(const int32_t* __restrict__ ids, int64_t n, const T* __restrict__ W, int64_t H,
                            float* __restrict__ out) {
  for (int64_t i = blockIdx.y; i < n; i += gridDim.y) {
    const T* row = W + (int64_t)ids[i] * H;
    for (int64_t c = blockIdx.x * (int64_t)blockDim.x + threadIdx.x; c < H; c += (int64_t)gridDim.x * blockDim.x)
      out[i * H + c] = to_f(row[c]);
  }
}

// One thread per column walks the rows in order: repeated ids add up in the CPU's order.
__global__ void embed_bwd_k(const int32_t* __restrict__ ids, int64_t n, int64_t H, const float* __restrict__ dout,
                            float* __restrict__ dW) {
  const int64_t c = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (c >= H) return;
  for (int64_t i = 0; i < n; i++) dW[(int64_t)ids[i] * H + c] += dout[i * H + c];
}

void embedding_forward(const int32_t* ids, int64_t n, const void* W, DType dt, int64_t H, float* out, Stream s) {
  dim3 grid(cdiv(H, kEw) < 8 ? cdiv(H, kEw) : 8, (unsigned)(n < 65535 ? n : 65535));
  switch (dt) {
    case DType::F32: launch("embedding", embed_fwd_k<float>, grid, kEw, 0, s, ids, n, static_cast<const float*>(W), H, out); break;
    case DType::F16: launch("embedding", embed_fwd_k<f16>, grid, kEw, 0, s, ids, n, static_cast<const f16*>(W), H, out); break;
    case DType::BF16: launch("embedding", embed_fwd_k<bf16>, grid, kEw, 0, s, ids, n, static_cast<const bf16*>(W), H, out); break;
    default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "embedding: the table must be f32, f16 or bf16");
  }
}

void embedding_backward(const int32_t* ids, int64_t n, int64_t H, const float* dout, float* dW, Stream s) {
  launch("embedding_backward", embed_bwd_k, cdiv(H, 128), 128, 0, s, ids, n, H, dout, dW);
}

// ---------------------------------------------------------------- column sums
// Stage 1: each (column block, row chunk) sums its rows in order; stage 2 adds the chunks in
// order into db. Deterministic for a given shape.
constexpr int kColChunk = 64;
__global__ void colsum_part_k(int64_t M, int64_t N, const float* __restrict__ dy, float* __restrict__ part) {
  const int64_t c = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (c >= N) return;
  const int64_t r0 = (int64_t)blockIdx.y * kColChunk, r1 = lmin(M, r0 + kColChunk);
  float acc = 0.f;
  for (int64_t r = r0; r < r1; r++) acc += dy[r * N + c];
  part[(int64_t)blockIdx.y * N + c] = acc;
}
__global__ void colsum_final_k(int64_t chunks, int64_t N, const float* __restrict__ part, float* __restrict__ db) {
  const int64_t c = blockIdx.x * (int64_t)blockDim.x + threadIdx.x;
  if (c >= N) return;
  float acc = 0.f;
  for (int64_t k = 0; k < chunks; k++) acc += part[k * N + c];
  db[c] += acc;
}

void colsum_add(int64_t M, int64_t N, const float* dy, float* db, Stream s) {
  if (M <= 0 || N <= 0) return;
  const int64_t chunks = (M + kColChunk - 1) / kColChunk;
  float* part = static_cast<float*>(scratch((size_t)chunks * N * sizeof(float), 7));
  launch("colsum", colsum_part_k, dim3(cdiv(N, 128), (unsigned)chunks), 128, 0, s, M, N, dy, part);
  launch("colsum", colsum_final_k, cdiv(N, 128), 128, 0, s, chunks, N, part, db);
}

}  // namespace kala::cuda
