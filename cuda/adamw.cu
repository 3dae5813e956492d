// Multi-tensor optimizer kernels: every trainable tensor in one launch. A table of tensor
// descriptors and a block -> (tensor, chunk) map are uploaded; each block updates one chunk.
// AdamW matches kala::Trainer::adamw (double math, decoupled decay, bias correction, gains
// clamped >= 0); the gradient norm is reduced in double in a fixed order (deterministic).
#include <vector>

#include "common.cuh"

namespace kala::cuda {

constexpr int kAdamChunk = 8192, kAdamThreads = 256;

struct AdamDesc {
  float *w, *g, *m, *v;
  int64_t n;
  int decay, clamp;
};

struct AdamTable {
  const AdamDesc* desc;
  const int2* blocks;  // (tensor, chunk)
  int nblocks;
};

// Uploads the descriptors and the block map (grow-only scratch, slot 6).
static AdamTable upload(const std::vector<AdamTensor>& ts, Stream s) {
  std::vector<AdamDesc> d;
  std::vector<int2> blocks;
  for (size_t i = 0; i < ts.size(); i++) {
    const AdamTensor& t = ts[i];
    d.push_back(AdamDesc{t.w, t.g, t.m, t.v, t.n, t.decay ? 1 : 0, t.clamp ? 1 : 0});
    for (int64_t c = 0; c * kAdamChunk < t.n; c++) blocks.push_back(make_int2((int)i, (int)c));
  }
  const size_t db = d.size() * sizeof(AdamDesc), bb = blocks.size() * sizeof(int2);
  char* buf = static_cast<char*>(scratch(db + bb + 16 + sizeof(double) * (blocks.size() + 1), 6));
  copy_h2d(buf, d.data(), db, s);
  copy_h2d(buf + db, blocks.data(), bb, s);
  return AdamTable{reinterpret_cast<const AdamDesc*>(buf), reinterpret_cast<const int2*>(buf + db), (int)blocks.size()};
}

static double* table_tail(const AdamTable& t) {  // per-block partials after the table
  uintptr_t p = reinterpret_cast<uintptr_t>(t.blocks + t.nblocks);
  return reinterpret_cast<double*>((p + 15) & ~uintptr_t(15));
}

__global__ void __launch_bounds__(kAdamThreads) adamw_k(AdamTable tab, double lr, double b1, double b2, double eps,
                                                        double wd, double bc1, double bc2, float grad_scale) {
  const int2 bk = tab.blocks[blockIdx.x];
  const AdamDesc d = tab.desc[bk.x];
  const int64_t i0 = (int64_t)bk.y * kAdamChunk, i1 = lmin(d.n, i0 + kAdamChunk);
  const double decay = d.decay ? lr * wd : 0.0;
  for (int64_t i = i0 + threadIdx.x; i < i1; i += blockDim.x) {
    const double gi = (double)(d.g[i] * grad_scale);
    const double mi = b1 * d.m[i] + (1 - b1) * gi;
    const double vi = b2 * d.v[i] + (1 - b2) * gi * gi;
    d.m[i] = (float)mi;
    d.v[i] = (float)vi;
    double wi = d.w[i] * (1.0 - decay);
    wi -= lr * (mi / bc1) / (sqrt(vi / bc2) + eps);
    if (d.clamp && wi < 0) wi = 0;
    d.w[i] = (float)wi;
  }
}

__global__ void __launch_bounds__(kAdamThreads) sumsq_k(AdamTable tab, double* __restrict__ part) {
  __shared__ double red[32];
  const int2 bk = tab.blocks[blockIdx.x];
  const AdamDesc d = tab.desc[bk.x];
  const int64_t i0 = (int64_t)bk.y * kAdamChunk, i1 = lmin(d.n, i0 + kAdamChunk);
  double s = 0;
  for (int64_t i = i0 + threadIdx.x; i < i1; i += blockDim.x) s += (double)d.g[i] * d.g[i];
  s = block_sum_d(s, red);
  if (threadIdx.x == 0) part[blockIdx.x] = s;
}

__global__ void __launch_bounds__(kAdamThreads) sum_parts_k(const double* __restrict__ part, int n, double* __restrict__ out) {
  __shared__ double red[32];
  double s = 0;
  for (int i = threadIdx.x; i < n; i += blockDim.x) s += part[i];
  s = block_sum_d(s, red);
  if (threadIdx.x == 0) *out = s;
}

__global__ void __launch_bounds__(kAdamThreads) scale_grads_k(AdamTable tab, float f) {
  const int2 bk = tab.blocks[blockIdx.x];
  const AdamDesc d = tab.desc[bk.x];
  const int64_t i0 = (int64_t)bk.y * kAdamChunk, i1 = lmin(d.n, i0 + kAdamChunk);
  for (int64_t i = i0 + threadIdx.x; i < i1; i += blockDim.x) d.g[i] = f == 0.f ? 0.f : d.g[i] * f;
}

void adamw_multi(const std::vector<AdamTensor>& ts, double lr, double beta1, double beta2, double eps, double wd,
                 int64_t step, float grad_scale, Stream s) {
  const AdamTable t = upload(ts, s);
  const double bc1 = 1.0 - std::pow(beta1, (double)step), bc2 = 1.0 - std::pow(beta2, (double)step);
  launch("adamw", adamw_k, (unsigned)t.nblocks, kAdamThreads, 0, s, t, lr, beta1, beta2, eps, wd, bc1, bc2, grad_scale);
}

double grad_norm_multi(const std::vector<AdamTensor>& ts, Stream s) {
  const AdamTable t = upload(ts, s);
  if (t.nblocks == 0) return 0.0;
  double* part = table_tail(t);
  double* out = part + t.nblocks;
  launch("grad_norm", sumsq_k, (unsigned)t.nblocks, kAdamThreads, 0, s, t, part);
  launch("grad_norm", sum_parts_k, 1, kAdamThreads, 0, s, (const double*)part, t.nblocks, out);
  double r = 0;
  copy_d2h(&r, out, sizeof r, s);
  return std::sqrt(r);
}

void scale_grads_multi(const std::vector<AdamTensor>& ts, float f, Stream s) {
  const AdamTable t = upload(ts, s);
  launch("scale_grads", scale_grads_k, (unsigned)t.nblocks, kAdamThreads, 0, s, t, f);
}

void zero_grads_multi(const std::vector<AdamTensor>& ts, Stream s) { scale_grads_multi(ts, 0.f, s); }

}  // namespace kala::cuda
