// The constitutional heads of DESIGN §3 (csrc/ops/ethics.cpp): value heads (two dense layers
// around a GELU), the attention law bias phi = sum_k what_k logsigmoid(z_k), and the aggregator
// over the L+1 heads (softmax of the layer logits, weighted law logits, sigmoid scores).
// Small per-token math runs in double, as on the CPU.
#include "common.cuh"

namespace kala::cuda {

struct Laws {
  double w[5];
};

KD double logsigmoid_d(double z) { return z < 0 ? z - log1p(exp(z)) : -log1p(exp(-z)); }
KD double sigmoid_d(double z) { return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z)); }

static unsigned grid_for(int64_t n) {
  const int64_t b = (n + 255) / 256;
  return (unsigned)(b < 4096 ? (b > 0 ? b : 1) : 4096);
}

// ---------------------------------------------------------------- value heads
void value_head_forward(int64_t N, const float* h, const float* fc1_w, const float* fc1_b, const float* fc2_w,
                        const float* fc2_b, int64_t H, int64_t E, float* pre, float* act, float* z, Precision prec,
                        Stream s) {
  dense_forward(N, h, fc1_w, fc1_b, H, E, pre, prec, s);
  gelu_forward(pre, act, N * E, s);
  dense_forward(N, act, fc2_w, fc2_b, E, 5, z, Precision::F32, s);
}

void value_head_backward(int64_t N, const float* h, const float* fc1_w, const float* fc2_w, const float* pre,
                         const float* act, const float* dz, int64_t H, int64_t E, float* dh, float* dfc1_w,
                         float* dfc1_b, float* dfc2_w, float* dfc2_b, Precision prec, Stream s) {
  float* dact = static_cast<float*>(scratch((size_t)N * E * 2 * sizeof(float), 6));
  float* dpre = dact + N * E;
  dense_backward(N, act, fc2_w, dz, E, 5, dact, dfc2_w, dfc2_b, false, Precision::F32, s);
  gelu_backward(pre, dact, dpre, N * E, s);
  dense_backward(N, h, fc1_w, dpre, H, E, dh, dfc1_w, dfc1_b, true, prec, s);
}

// ---------------------------------------------------------------- law bias
__global__ void law_bias_fwd_k(int64_t N, const float* __restrict__ z, Laws w, float* __restrict__ phi) {
  for (int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i < N; i += (int64_t)gridDim.x * blockDim.x) {
    double s = 0;
#pragma unroll
    for (int k = 0; k < 5; k++) s += w.w[k] * logsigmoid_d(z[i * 5 + k]);
    phi[i] = (float)s;
  }
}
__global__ void law_bias_bwd_k(int64_t N, const float* __restrict__ z, Laws w, const float* __restrict__ dphi,
                               float* __restrict__ dz) {
  for (int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i < N * 5; i += (int64_t)gridDim.x * blockDim.x) {
    const int64_t r = i / 5;
    const int k = (int)(i % 5);
    dz[i] += (float)(dphi[r] * w.w[k] * sigmoid_d(-(double)z[i]));
  }
}

void law_bias_forward(int64_t N, const float* z, const double* what, float* phi, Stream s) {
  Laws w;
  for (int k = 0; k < 5; k++) w.w[k] = what[k];
  launch("law_bias_forward", law_bias_fwd_k, grid_for(N), 256, 0, s, N, z, w, phi);
}
void law_bias_backward(int64_t N, const float* z, const double* what, const float* dphi, float* dz, Stream s) {
  Laws w;
  for (int k = 0; k < 5; k++) w.w[k] = what[k];
  launch("law_bias_backward", law_bias_bwd_k, grid_for(N * 5), 256, 0, s, N, z, w, dphi, dz);
}

// ---------------------------------------------------------------- aggregator
constexpr int kMaxHeads = 256;  // L + 1

KD void softmax_layers(int64_t L1, const float* logits, double* p) {
  double mx = logits[0];
  for (int64_t l = 1; l < L1; l++) mx = fmax(mx, (double)logits[l]);
  double sum = 0;
  for (int64_t l = 0; l < L1; l++) sum += (p[l] = exp((double)logits[l] - mx));
  for (int64_t l = 0; l < L1; l++) p[l] /= sum;
}

__global__ void agg_fwd_k(int64_t L1, int64_t N, const float* __restrict__ z, const float* __restrict__ logits,
                          float* __restrict__ pi, float* __restrict__ zbar, float* __restrict__ scores) {
  __shared__ double p[kMaxHeads];
  if (threadIdx.x == 0) softmax_layers(L1, logits, p);
  __syncthreads();
  if (blockIdx.x == 0)
    for (int64_t l = threadIdx.x; l < L1; l += blockDim.x) pi[l] = (float)p[l];
  for (int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i < N * 5; i += (int64_t)gridDim.x * blockDim.x) {
    double acc = 0;
    for (int64_t l = 0; l < L1; l++) acc += p[l] * z[l * N * 5 + i];
    zbar[i] = (float)acc;
    scores[i] = (float)sigmoid_d(acc);
  }
}

__global__ void agg_bwd_dz_k(int64_t L1, int64_t N, const float* __restrict__ pi, const float* __restrict__ dzbar,
                             float* __restrict__ dz) {
  const int64_t total = L1 * N * 5;
  for (int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; i < total; i += (int64_t)gridDim.x * blockDim.x)
    dz[i] += pi[i / (N * 5)] * dzbar[i % (N * 5)];
}

// c[l] = sum_i dzbar[i] z_l[i], one block per layer, fixed reduction tree.
__global__ void __launch_bounds__(256) agg_bwd_c_k(int64_t N, const float* __restrict__ z,
                                                   const float* __restrict__ dzbar, double* __restrict__ c) {
  __shared__ double red[32];
  const int64_t l = blockIdx.x;
  double s = 0;
  for (int64_t i = threadIdx.x; i < N * 5; i += blockDim.x) s += (double)dzbar[i] * z[l * N * 5 + i];
  s = block_sum_d(s, red);
  if (threadIdx.x == 0) c[l] = s;
}

__global__ void agg_bwd_logits_k(int64_t L1, const float* __restrict__ pi, const double* __restrict__ c,
                                 float* __restrict__ dlogits) {
  if (threadIdx.x != 0) return;
  double mean = 0;
  for (int64_t l = 0; l < L1; l++) mean += pi[l] * c[l];
  for (int64_t l = 0; l < L1; l++) dlogits[l] += (float)(pi[l] * (c[l] - mean));
}

void aggregator_forward(int64_t L1, int64_t N, const float* z_layers, const float* layer_logits, float* pi,
                        float* zbar, float* scores, Stream s) {
  if (L1 > kMaxHeads) throw KalaException(ErrorCode::INVALID_ARGUMENT, "aggregator: at most 255 layers");
  launch("aggregator_forward", agg_fwd_k, grid_for(N * 5), 256, 0, s, L1, N, z_layers, layer_logits, pi, zbar, scores);
}

void aggregator_backward(int64_t L1, int64_t N, const float* z_layers, const float* pi, const float* dzbar,
                         float* dz_layers, float* dlayer_logits, Stream s) {
  launch("aggregator_backward", agg_bwd_dz_k, grid_for(L1 * N * 5), 256, 0, s, L1, N, pi, dzbar, dz_layers);
  if (!dlayer_logits) return;
  double* c = static_cast<double*>(scratch((size_t)L1 * sizeof(double), 6));
  launch("aggregator_backward", agg_bwd_c_k, (unsigned)L1, 256, 0, s, N, z_layers, dzbar, c);
  launch("aggregator_backward", agg_bwd_logits_k, 1, 32, 0, s, L1, pi, (const double*)c, dlayer_logits);
}

}  // namespace kala::cuda
