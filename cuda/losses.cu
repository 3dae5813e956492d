// Losses (csrc/ops/loss.cpp, csrc/ops/ethics.cpp): softmax cross-entropy with its gradient in
// place (HF label shift, -100 ignored), per-token NLL, and the DESIGN §3 ethics loss with its
// gradient in one kernel (sigmoid, hierarchy weights, per-layer deep supervision, NaN mask).
// Sums that make up a returned loss are reduced in a fixed order (deterministic).
#include "common.cuh"

namespace kala::cuda {

constexpr int kCeThreads = 256;

KD int32_t shifted_label(const int32_t* labels, int64_t r, int64_t T) {
  const int64_t b = r / T, t = r % T;
  return t + 1 < T ? labels[b * T + t + 1] : -100;
}

__global__ void __launch_bounds__(kCeThreads) ce_count_k(const int32_t* __restrict__ labels, int64_t B, int64_t T,
                                                         int64_t* __restrict__ count) {
  __shared__ double red[32];
  double n = 0;
  for (int64_t r = threadIdx.x; r < B * T; r += blockDim.x) n += shifted_label(labels, r, T) != -100 ? 1.0 : 0.0;
  n = block_sum_d(n, red);
  if (threadIdx.x == 0) *count = (int64_t)n;
}

// Block per row: loss of the row into row_loss, and with grad the row becomes
// softmax * (scale / n) minus (scale / n) at the label.
__global__ void __launch_bounds__(kCeThreads) ce_row_k(float* __restrict__ logits, const int32_t* __restrict__ labels,
                                                       int64_t B, int64_t T, int64_t V, bool grad, float scale,
                                                       const int64_t* __restrict__ count, double* __restrict__ row_loss) {
  __shared__ float red[32];
  __shared__ double redd[32];
  for (int64_t r = blockIdx.x; r < B * T; r += gridDim.x) {
    float* row = logits + r * V;
    const int32_t label = shifted_label(labels, r, T);
    if (label == -100) {
      if (grad)
        for (int64_t v = threadIdx.x; v < V; v += blockDim.x) row[v] = 0.f;
      if (threadIdx.x == 0) row_loss[r] = 0.0;
      continue;
    }
    float mx = -INFINITY;
    for (int64_t v = threadIdx.x; v < V; v += blockDim.x) mx = fmaxf(mx, row[v]);
    mx = block_max(mx, red);
    const float target = row[label];
    double sd = 0;
    for (int64_t v = threadIdx.x; v < V; v += blockDim.x) sd += (double)__expf(row[v] - mx);
    sd = block_sum_d(sd, redd);
    if (threadIdx.x == 0) row_loss[r] = (double)mx + log(sd) - (double)target;
    if (grad) {
      const int64_t n = *count;
      const float inv = n > 0 ? scale / (float)n : 0.f;
      const float k = inv / (float)sd;
      __syncthreads();  // every thread has read the target before the row is overwritten
      for (int64_t v = threadIdx.x; v < V; v += blockDim.x) row[v] = __expf(row[v] - mx) * k;
      __syncthreads();
      if (threadIdx.x == 0) row[label] -= inv;
    }
    __syncthreads();
  }
}

// One block: sum of row losses (fixed order) / n.
__global__ void __launch_bounds__(kCeThreads) ce_final_k(const double* __restrict__ row_loss, int64_t rows,
                                                         const int64_t* __restrict__ count, double* __restrict__ out) {
  __shared__ double red[32];
  double s = 0;
  for (int64_t r = threadIdx.x; r < rows; r += blockDim.x) s += row_loss[r];
  s = block_sum_d(s, red);
  if (threadIdx.x == 0) out[0] = *count > 0 ? s / (double)*count : 0.0;
}

double cross_entropy(float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, bool grad, float scale,
                     int64_t* count, Stream s) {
  const int64_t rows = B * T;
  char* ws = static_cast<char*>(scratch((size_t)rows * 8 + 64, 5));
  int64_t* cnt = reinterpret_cast<int64_t*>(ws);
  double* out = reinterpret_cast<double*>(ws + 8);
  double* row_loss = reinterpret_cast<double*>(ws + 16);
  launch("cross_entropy_count", ce_count_k, 1, kCeThreads, 0, s, labels, B, T, cnt);
  launch("cross_entropy", ce_row_k, (unsigned)(rows < 65535 ? rows : 65535), kCeThreads, 0, s, logits, labels, B, T, V,
         grad, scale, (const int64_t*)cnt, row_loss);
  launch("cross_entropy_sum", ce_final_k, 1, kCeThreads, 0, s, (const double*)row_loss, rows, (const int64_t*)cnt, out);
  double res[2];
  copy_d2h(res, ws, 16, s);
  int64_t n;
  std::memcpy(&n, &res[0], 8);
  if (count) *count = n;
  return res[1];
}

__global__ void __launch_bounds__(kCeThreads) nll_k(const float* __restrict__ logits, const int32_t* __restrict__ labels,
                                                    int64_t B, int64_t T, int64_t V, float* __restrict__ nll) {
  __shared__ float red[32];
  __shared__ double redd[32];
  for (int64_t r = blockIdx.x; r < B * T; r += gridDim.x) {
    const int32_t label = shifted_label(labels, r, T);
    if (label == -100) {
      if (threadIdx.x == 0) nll[r] = __int_as_float(0x7fc00000);
      continue;
    }
    const float* row = logits + r * V;
    float mx = -INFINITY;
    for (int64_t v = threadIdx.x; v < V; v += blockDim.x) mx = fmaxf(mx, row[v]);
    mx = block_max(mx, red);
    double sd = 0;
    for (int64_t v = threadIdx.x; v < V; v += blockDim.x) sd += exp((double)row[v] - mx);
    sd = block_sum_d(sd, redd);
    if (threadIdx.x == 0) nll[r] = (float)(mx + log(sd) - row[label]);
    __syncthreads();
  }
}

void token_nll(const float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, float* nll, Stream s) {
  const int64_t rows = B * T;
  launch("token_nll", nll_k, (unsigned)(rows < 65535 ? rows : 65535), kCeThreads, 0, s, logits, labels, B, T, V, nll);
}

// ---------------------------------------------------------------- ethics loss
struct EthicsW {
  double wn[5];  // w / mean(w)
};

KD double sigmoid_e(double z) { return z >= 0 ? 1.0 / (1.0 + exp(-z)) : exp(z) / (1.0 + exp(z)); }

constexpr int kEthThreads = 256;

__global__ void __launch_bounds__(kEthThreads) ethics_k(int64_t L1, int64_t N, const float* __restrict__ z_layers,
                                                        const float* __restrict__ scores,
                                                        const float* __restrict__ targets, EthicsW w, double lambda,
                                                        bool grad, float scale, float* __restrict__ dzbar,
                                                        float* __restrict__ dz_layers, double* __restrict__ out) {
  __shared__ double red[32];
  // labelled rows (target of law 0 not NaN)
  double nl = 0;
  for (int64_t i = threadIdx.x; i < N; i += blockDim.x) nl += is_nan(targets[i * 5]) ? 0.0 : 1.0;
  nl = block_sum_d(nl, red);
  if (nl == 0) {
    if (threadIdx.x == 0) out[0] = 0.0, out[1] = 0.0;
    return;
  }
  const double inv = 1.0 / nl;
  const double lw = lambda / (double)L1;
  double total = 0;
  for (int64_t idx = threadIdx.x; idx < N * 5; idx += blockDim.x) {
    const int64_t i = idx / 5;
    const int k = (int)(idx % 5);
    if (is_nan(targets[i * 5])) continue;
    const double y = targets[idx];
    const double sb = scores[idx];
    total += w.wn[k] * (sb - y) * (sb - y);
    if (grad) dzbar[idx] += (float)(scale * inv * 2.0 * w.wn[k] * (sb - y) * sb * (1.0 - sb));
    for (int64_t l = 0; l < L1; l++) {
      const double sl = sigmoid_e(z_layers[(l * N + i) * 5 + k]);
      total += lw * w.wn[k] * (sl - y) * (sl - y);
      if (grad) dz_layers[(l * N + i) * 5 + k] += (float)(scale * inv * lw * 2.0 * w.wn[k] * (sl - y) * sl * (1.0 - sl));
    }
  }
  total = block_sum_d(total, red);
  if (threadIdx.x == 0) out[0] = total * inv, out[1] = nl;
}

double ethics_loss(int64_t L1, int64_t N, const float* z_layers, const float* scores, const float* targets,
                   const double* law_weights, double lambda, bool grad, float scale, float* dzbar, float* dz_layers,
                   int64_t* labelled, Stream s) {
  EthicsW w;
  double mean = 0;
  for (int k = 0; k < 5; k++) mean += law_weights[k] / 5.0;
  for (int k = 0; k < 5; k++) w.wn[k] = law_weights[k] / mean;
  double* out = static_cast<double*>(scratch(2 * sizeof(double), 5));
  launch("ethics_loss", ethics_k, 1, kEthThreads, 0, s, L1, N, z_layers, scores, targets, w, lambda, grad, scale, dzbar,
         dz_layers, out);
  double res[2];
  copy_d2h(res, out, sizeof res, s);
  if (labelled) *labelled = (int64_t)res[1];
  return res[0];
}

}  // namespace kala::cuda
