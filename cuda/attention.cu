// Constitutional attention forward: causal softmax(q k^T / sqrt(d) + gain[h] * phi_j) v with
// the per-key law bias fused into the score tiles, an online (flash-style) softmax over key
// tiles, and the row log-sum-exp saved for the backward pass.
//  - tensor cores (sm_80+): 64 queries x 64 keys per step, bf16/f16 mma.sync, f32 softmax;
//  - SIMT f32 (every arch, the exact path): 32 queries x 32 keys, 4 threads per query row;
//  - decode (few new tokens over a KV cache): the cache is split across blocks, each block
//    reduces its keys with an online softmax, a second kernel combines the splits.
// K/V may be f32 or 16-bit (a 16-bit KV cache); q is f32.
#include "common.cuh"

namespace kala::cuda {

struct AttnParams {
  const float* q;
  int64_t q_sb, q_st, q_sh;
  const void* k;
  int64_t k_sb, k_st, k_sh;
  const void* v;
  int64_t v_sb, v_st, v_sh;
  const float* phi;
  int64_t phi_sb;
  const float* gain;
  int B, T, past, heads, d;
  const int32_t* key_start;
  float* out;
  float* lse;
  float scale;
};

template <typename T>
KD float kv_load(const void* p, int64_t off) {
  return to_f(static_cast<const T*>(p)[off]);
}

// First and one-past-last visible key of query row t (absolute position past + t).
KD void key_range(const AttnParams& p, int b, int t, int& j0, int& j1) {
  j0 = p.key_start ? p.key_start[(int64_t)b * p.T + t] : 0;
  j1 = p.past + t + 1;
}

// ---------------------------------------------------------------- tensor-core forward
constexpr int kFaBR = 64, kFaBC = 64, kFaThreads = 128;

template <int DP>
constexpr size_t fa_smem_bytes() {
  return (size_t)(kFaBR * (DP + 8) + kFaBC * (DP + 8) + DP * (kFaBC + 8)) * 2 + kFaBC * 4 + 64;
}

template <typename T16, typename TKV, int DP>
__global__ void __launch_bounds__(kFaThreads) attn_fwd_tc_k(AttnParams p) {
#if KALA_TC
  constexpr int LQ = DP + 8, LV = kFaBC + 8, KS = DP / 16, NS = kFaBC / 8, NO = DP / 8;
#ifdef KALA_CUDA_EMU
  unsigned char* smem = ::kala_emu::dyn_smem();
#else
  extern __shared__ __align__(16) unsigned char smem[];
#endif
  T16(*Qs)[LQ] = reinterpret_cast<T16(*)[LQ]>(smem);
  T16(*Ks)[LQ] = reinterpret_cast<T16(*)[LQ]>(smem + kFaBR * LQ * 2);
  T16(*Vt)[LV] = reinterpret_cast<T16(*)[LV]>(smem + (kFaBR + kFaBC) * LQ * 2);
  float* phis = reinterpret_cast<float*>(smem + ((kFaBR + kFaBC) * LQ + DP * LV) * 2);
  __shared__ int s_range[2];

  const int bh = blockIdx.y, b = bh / p.heads, h = bh % p.heads;
  const int q0 = (gridDim.x - 1 - blockIdx.x) * kFaBR;  // longest rows first
  const int tid = threadIdx.x, warp = tid >> 5, lane = tid & 31, g = lane >> 2, t4 = lane & 3;
  const int d = p.d, Tk = p.past + p.T;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;

  // block key range
  if (tid == 0) {
    const int qlast = imin(p.T - 1, q0 + kFaBR - 1);
    int lo = 1 << 30;
    for (int t = q0; t <= qlast; t++) {
      int a, e;
      key_range(p, b, t, a, e);
      lo = imin(lo, a);
    }
    s_range[0] = lo;
    s_range[1] = imin(Tk, p.past + qlast + 1);
  }
  // Q tile
  for (int idx = tid; idx < kFaBR * DP; idx += kFaThreads) {
    const int r = idx / DP, i = idx % DP;
    const int t = q0 + r;
    float v = 0.f;
    if (t < p.T && i < d) v = p.q[(int64_t)b * p.q_sb + (int64_t)t * p.q_st + (int64_t)h * p.q_sh + i];
    Qs[r][i] = from_f<T16>(v);
  }
  __syncthreads();
  const int jlo = s_range[0], jhi = s_range[1];
  const int wr = warp * 16;
  uint32_t qa[KS][4];
#pragma unroll
  for (int kk = 0; kk < KS; kk++) {
    qa[kk][0] = lds32(&Qs[wr + g][kk * 16 + 2 * t4]);
    qa[kk][1] = lds32(&Qs[wr + g + 8][kk * 16 + 2 * t4]);
    qa[kk][2] = lds32(&Qs[wr + g][kk * 16 + 2 * t4 + 8]);
    qa[kk][3] = lds32(&Qs[wr + g + 8][kk * 16 + 2 * t4 + 8]);
  }
  // the two query rows of this thread
  int rj0[2], rj1[2];
#pragma unroll
  for (int hr = 0; hr < 2; hr++) {
    const int t = q0 + wr + g + hr * 8;
    if (t < p.T) key_range(p, b, t, rj0[hr], rj1[hr]);
    else rj0[hr] = 0, rj1[hr] = 0;  // no keys: row is skipped at the end
  }
  float o[NO][4];
#pragma unroll
  for (int i = 0; i < NO; i++) o[i][0] = o[i][1] = o[i][2] = o[i][3] = 0.f;
  float mrow[2] = {-INFINITY, -INFINITY}, lrow[2] = {0.f, 0.f};

  for (int j0 = (jlo / kFaBC) * kFaBC; j0 < jhi; j0 += kFaBC) {
    __syncthreads();  // previous tile fully consumed
    for (int idx = tid; idx < kFaBC * DP; idx += kFaThreads) {
      const int jj = idx / DP, i = idx % DP;
      const int j = j0 + jj;
      float kv = 0.f, vv = 0.f;
      if (j < Tk && i < d) {
        kv = kv_load<TKV>(p.k, (int64_t)b * p.k_sb + (int64_t)j * p.k_st + (int64_t)h * p.k_sh + i);
        vv = kv_load<TKV>(p.v, (int64_t)b * p.v_sb + (int64_t)j * p.v_st + (int64_t)h * p.v_sh + i);
      }
      Ks[jj][i] = from_f<T16>(kv);
      Vt[i][jj] = from_f<T16>(vv);
    }
    if (tid < kFaBC) {
      const int j = j0 + tid;
      phis[tid] = (bias && j < Tk) ? gh * p.phi[(int64_t)b * p.phi_sb + j] : 0.f;
    }
    __syncthreads();
    float s[NS][4];
#pragma unroll
    for (int ni = 0; ni < NS; ni++) {
      s[ni][0] = s[ni][1] = s[ni][2] = s[ni][3] = 0.f;
#pragma unroll
      for (int kk = 0; kk < KS; kk++) {
        uint32_t kb[2];
        kb[0] = lds32(&Ks[ni * 8 + g][kk * 16 + 2 * t4]);
        kb[1] = lds32(&Ks[ni * 8 + g][kk * 16 + 2 * t4 + 8]);
        mma16816<T16>(s[ni], qa[kk], kb);
      }
    }
    float tmax[2] = {-INFINITY, -INFINITY};
#pragma unroll
    for (int ni = 0; ni < NS; ni++)
#pragma unroll
      for (int i = 0; i < 4; i++) {
        const int hr = i >> 1;
        const int jl = ni * 8 + 2 * t4 + (i & 1), j = j0 + jl;
        float v = s[ni][i] * p.scale + phis[jl];
        if (j < rj0[hr] || j >= rj1[hr]) v = -INFINITY;
        s[ni][i] = v;
        tmax[hr] = fmaxf(tmax[hr], v);
      }
    float alpha[2], muse[2];
#pragma unroll
    for (int hr = 0; hr < 2; hr++) {
      const float mn = fmaxf(mrow[hr], quad_max(tmax[hr]));
      muse[hr] = mn == -INFINITY ? 0.f : mn;
      alpha[hr] = __expf(mrow[hr] - muse[hr]);
      mrow[hr] = mn;
      lrow[hr] *= alpha[hr];
    }
#pragma unroll
    for (int ni = 0; ni < NS; ni++)
#pragma unroll
      for (int i = 0; i < 4; i++) {
        const float e = __expf(s[ni][i] - muse[i >> 1]);
        s[ni][i] = e;
        lrow[i >> 1] += e;
      }
#pragma unroll
    for (int dn = 0; dn < NO; dn++) {
      o[dn][0] *= alpha[0], o[dn][1] *= alpha[0];
      o[dn][2] *= alpha[1], o[dn][3] *= alpha[1];
    }
#pragma unroll
    for (int kc = 0; kc < kFaBC / 16; kc++) {
      uint32_t pa[4];
      c_to_a<T16>(s[2 * kc], s[2 * kc + 1], pa);
#pragma unroll
      for (int dn = 0; dn < NO; dn++) {
        uint32_t vb[2];
        vb[0] = lds32(&Vt[dn * 8 + g][kc * 16 + 2 * t4]);
        vb[1] = lds32(&Vt[dn * 8 + g][kc * 16 + 2 * t4 + 8]);
        mma16816<T16>(o[dn], pa, vb);
      }
    }
  }
  const int H = p.heads * d;
#pragma unroll
  for (int hr = 0; hr < 2; hr++) {
    const float l = quad_sum(lrow[hr]);
    const int t = q0 + wr + g + hr * 8;
    if (t >= p.T) continue;
    const float inv = l > 0.f ? 1.f / l : 0.f;
    float* orow = p.out + ((int64_t)b * p.T + t) * H + (int64_t)h * d;
#pragma unroll
    for (int dn = 0; dn < NO; dn++)
#pragma unroll
      for (int e = 0; e < 2; e++) {
        const int i = dn * 8 + 2 * t4 + e;
        if (i < d) orow[i] = o[dn][hr * 2 + e] * inv;
      }
    if (p.lse && t4 == 0) p.lse[((int64_t)b * p.heads + h) * p.T + t] = l > 0.f ? mrow[hr] + logf(l) : -INFINITY;
  }
#else
  __trap();
#endif
}

// ---------------------------------------------------------------- SIMT forward (f32)
constexpr int kSaRows = 32, kSaThreads = 128;

template <typename TKV, int DCH>  // DCH dims per thread: d <= 4 * DCH
__global__ void __launch_bounds__(kSaThreads) attn_fwd_simt_k(AttnParams p) {
  constexpr int DPAD = 4 * DCH, kSaBC = DCH > 32 ? 16 : 32;  // K and V tiles within 32 KB
  __shared__ float Ks[kSaBC][DPAD];
  __shared__ float Vs[kSaBC][DPAD];
  __shared__ float phis[kSaBC];
  __shared__ int s_range[2];
  const int bh = blockIdx.y, b = bh / p.heads, h = bh % p.heads;
  const int q0 = (gridDim.x - 1 - blockIdx.x) * kSaRows;
  const int tid = threadIdx.x, row = tid >> 2, part = tid & 3;
  const int d = p.d, Tk = p.past + p.T;
  const int t = q0 + row;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;
  if (tid == 0) {
    const int qlast = imin(p.T - 1, q0 + kSaRows - 1);
    int lo = 1 << 30;
    for (int tt = q0; tt <= qlast; tt++) {
      int a, e;
      key_range(p, b, tt, a, e);
      lo = imin(lo, a);
    }
    s_range[0] = lo;
    s_range[1] = imin(Tk, p.past + qlast + 1);
  }
  float q[DCH], o[DCH];
  int rj0 = 0, rj1 = 0;
  if (t < p.T) key_range(p, b, t, rj0, rj1);
#pragma unroll
  for (int c = 0; c < DCH; c++) {
    const int i = part + 4 * c;
    q[c] = (t < p.T && i < d) ? p.q[(int64_t)b * p.q_sb + (int64_t)t * p.q_st + (int64_t)h * p.q_sh + i] : 0.f;
    o[c] = 0.f;
  }
  float m = -INFINITY, l = 0.f;
  __syncthreads();
  const int jlo = s_range[0], jhi = s_range[1];
  for (int j0 = (jlo / kSaBC) * kSaBC; j0 < jhi; j0 += kSaBC) {
    __syncthreads();
    for (int idx = tid; idx < kSaBC * DPAD; idx += kSaThreads) {
      const int jj = idx / DPAD, i = idx % DPAD, j = j0 + jj;
      float kv = 0.f, vv = 0.f;
      if (j < Tk && i < d) {
        kv = kv_load<TKV>(p.k, (int64_t)b * p.k_sb + (int64_t)j * p.k_st + (int64_t)h * p.k_sh + i);
        vv = kv_load<TKV>(p.v, (int64_t)b * p.v_sb + (int64_t)j * p.v_st + (int64_t)h * p.v_sh + i);
      }
      Ks[jj][i] = kv;
      Vs[jj][i] = vv;
    }
    if (tid < kSaBC) phis[tid] = (bias && j0 + tid < Tk) ? gh * p.phi[(int64_t)b * p.phi_sb + j0 + tid] : 0.f;
    __syncthreads();
    float sc[kSaBC];
    float tmax = -INFINITY;
#pragma unroll
    for (int jj = 0; jj < kSaBC; jj++) {
      float part_dot = 0.f;
#pragma unroll
      for (int c = 0; c < DCH; c++) part_dot = fmaf(q[c], Ks[jj][part + 4 * c], part_dot);
      float v = quad_sum(part_dot) * p.scale + phis[jj];
      const int j = j0 + jj;
      if (j < rj0 || j >= rj1) v = -INFINITY;
      sc[jj] = v;
      tmax = fmaxf(tmax, v);
    }
    const float mn = fmaxf(m, tmax);
    const float mu = mn == -INFINITY ? 0.f : mn;
    const float alpha = __expf(m - mu);
    m = mn;
    l *= alpha;
#pragma unroll
    for (int c = 0; c < DCH; c++) o[c] *= alpha;
#pragma unroll
    for (int jj = 0; jj < kSaBC; jj++) {
      const float e = __expf(sc[jj] - mu);
      l += e;
#pragma unroll
      for (int c = 0; c < DCH; c++) o[c] = fmaf(e, Vs[jj][part + 4 * c], o[c]);
    }
  }
  if (t < p.T) {
    const int H = p.heads * d;
    const float inv = l > 0.f ? 1.f / l : 0.f;
    float* orow = p.out + ((int64_t)b * p.T + t) * H + (int64_t)h * d;
#pragma unroll
    for (int c = 0; c < DCH; c++) {
      const int i = part + 4 * c;
      if (i < d) orow[i] = o[c] * inv;
    }
    if (p.lse && part == 0) p.lse[((int64_t)b * p.heads + h) * p.T + t] = l > 0.f ? m + logf(l) : -INFINITY;
  }
}

// ---------------------------------------------------------------- decode (split cache)
constexpr int kDecThreads = 128;

// Block (split, row = (b*heads + h)*T + t): keys of the split's range, one warp per key at a
// time, lanes over the head dims. Writes (m, l, o[d]) of the split.
template <typename TKV, int DC32>  // d <= 32 * DC32
__global__ void __launch_bounds__(kDecThreads) attn_decode_k(AttnParams p, int nsplit, int chunk, float* part) {
  __shared__ float sm_m[4], sm_l[4];
  __shared__ float sm_o[4][32 * DC32];
  const int row = blockIdx.y, split = blockIdx.x;
  const int t = row % p.T, bh = row / p.T, b = bh / p.heads, h = bh % p.heads;
  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31, d = p.d;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;
  int j0, j1;
  key_range(p, b, t, j0, j1);
  const int s0 = imax(j0, split * chunk), s1 = imin(j1, (split + 1) * chunk);
  float q[DC32], o[DC32];
#pragma unroll
  for (int c = 0; c < DC32; c++) {
    const int i = lane + 32 * c;
    q[c] = i < d ? p.q[(int64_t)b * p.q_sb + (int64_t)t * p.q_st + (int64_t)h * p.q_sh + i] : 0.f;
    o[c] = 0.f;
  }
  float m = -INFINITY, l = 0.f;
  for (int j = s0 + warp; j < s1; j += 4) {
    const int64_t kb = (int64_t)b * p.k_sb + (int64_t)j * p.k_st + (int64_t)h * p.k_sh;
    const int64_t vb = (int64_t)b * p.v_sb + (int64_t)j * p.v_st + (int64_t)h * p.v_sh;
    float dot = 0.f;
#pragma unroll
    for (int c = 0; c < DC32; c++) {
      const int i = lane + 32 * c;
      if (i < d) dot = fmaf(q[c], kv_load<TKV>(p.k, kb + i), dot);
    }
    float s = warp_sum(dot) * p.scale;
    if (bias) s += gh * p.phi[(int64_t)b * p.phi_sb + j];
    const float mn = fmaxf(m, s);
    const float alpha = __expf(m - mn), e = __expf(s - mn);
    m = mn;
    l = l * alpha + e;
#pragma unroll
    for (int c = 0; c < DC32; c++) {
      const int i = lane + 32 * c;
      o[c] = o[c] * alpha + (i < d ? e * kv_load<TKV>(p.v, vb + i) : 0.f);
    }
  }
  if (lane == 0) sm_m[warp] = m, sm_l[warp] = l;
#pragma unroll
  for (int c = 0; c < DC32; c++) sm_o[warp][lane + 32 * c] = o[c];
  __syncthreads();
  float M = fmaxf(fmaxf(sm_m[0], sm_m[1]), fmaxf(sm_m[2], sm_m[3]));
  const float Mu = M == -INFINITY ? 0.f : M;
  float w[4], L = 0.f;
#pragma unroll
  for (int k = 0; k < 4; k++) {
    w[k] = __expf(sm_m[k] - Mu);
    L += sm_l[k] * w[k];
  }
  float* out = part + ((int64_t)row * nsplit + split) * (2 + 32 * DC32);
  for (int i = threadIdx.x; i < d; i += kDecThreads) out[2 + i] = sm_o[0][i] * w[0] + sm_o[1][i] * w[1] + sm_o[2][i] * w[2] + sm_o[3][i] * w[3];
  if (threadIdx.x == 0) out[0] = M, out[1] = L;
}

template <int DC32>
__global__ void __launch_bounds__(kDecThreads) attn_decode_combine_k(AttnParams p, int nsplit, const float* part) {
  const int row = blockIdx.x;
  const int t = row % p.T, bh = row / p.T, b = bh / p.heads, h = bh % p.heads;
  const int d = p.d;
  const float* pr = part + (int64_t)row * nsplit * (2 + 32 * DC32);
  float M = -INFINITY;
  for (int s = 0; s < nsplit; s++) M = fmaxf(M, pr[s * (2 + 32 * DC32)]);
  const float Mu = M == -INFINITY ? 0.f : M;
  float L = 0.f;
  for (int s = 0; s < nsplit; s++) L += pr[s * (2 + 32 * DC32) + 1] * __expf(pr[s * (2 + 32 * DC32)] - Mu);
  const float inv = L > 0.f ? 1.f / L : 0.f;
  float* orow = p.out + ((int64_t)b * p.T + t) * (p.heads * d) + (int64_t)h * d;
  for (int i = threadIdx.x; i < d; i += kDecThreads) {
    float acc = 0.f;
    for (int s = 0; s < nsplit; s++) acc += pr[s * (2 + 32 * DC32) + 2 + i] * __expf(pr[s * (2 + 32 * DC32)] - Mu);
    orow[i] = acc * inv;
  }
  if (p.lse && threadIdx.x == 0) p.lse[((int64_t)b * p.heads + h) * p.T + t] = L > 0.f ? M + logf(L) : -INFINITY;
}

// ---------------------------------------------------------------- host
static AttnParams make_params(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                              const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d,
                              const int32_t* key_start, float* out, float* lse) {
  if (q.dtype != DType::F32) throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention: q must be f32");
  if (k.dtype != v.dtype) throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention: k and v must share a dtype");
  AttnParams p;
  p.q = static_cast<const float*>(q.base);
  p.q_sb = q.sb, p.q_st = q.st, p.q_sh = q.sh;
  p.k = k.base;
  p.k_sb = k.sb, p.k_st = k.st, p.k_sh = k.sh;
  p.v = v.base;
  p.v_sb = v.sb, p.v_st = v.st, p.v_sh = v.sh;
  p.phi = phi;
  p.phi_sb = phi_sb;
  p.gain = gain;
  p.B = (int)B, p.T = (int)T, p.past = (int)past, p.heads = (int)heads, p.d = (int)d;
  p.key_start = key_start;
  p.out = out;
  p.lse = lse;
  p.scale = 1.0f / sqrtf((float)d);
  return p;
}

template <typename T16, typename TKV, int DP>
static void fa_tc(const AttnParams& p, Stream s) {
  const size_t smem = fa_smem_bytes<DP>();
  auto k = attn_fwd_tc_k<T16, TKV, DP>;
  allow_smem(reinterpret_cast<const void*>(k), smem);
  launch("attention_forward_tc", k, dim3(cdiv(p.T, kFaBR), (unsigned)(p.B * p.heads)), kFaThreads, smem, s, p);
}

template <typename T16, typename TKV>
static void fa_tc_d(const AttnParams& p, Stream s) {
  if (p.d <= 32) fa_tc<T16, TKV, 32>(p, s);
  else if (p.d <= 64) fa_tc<T16, TKV, 64>(p, s);
  else fa_tc<T16, TKV, 128>(p, s);
}

template <typename TKV>
static void fa_simt(const AttnParams& p, Stream s) {
  const dim3 grid(cdiv(p.T, kSaRows), (unsigned)(p.B * p.heads));
  if (p.d <= 32) launch("attention_forward_simt", attn_fwd_simt_k<TKV, 8>, grid, kSaThreads, 0, s, p);
  else if (p.d <= 64) launch("attention_forward_simt", attn_fwd_simt_k<TKV, 16>, grid, kSaThreads, 0, s, p);
  else if (p.d <= 128) launch("attention_forward_simt", attn_fwd_simt_k<TKV, 32>, grid, kSaThreads, 0, s, p);
  else launch("attention_forward_simt", attn_fwd_simt_k<TKV, 64>, grid, kSaThreads, 0, s, p);
}

template <typename TKV, int DC32>
static void decode_d(const AttnParams& p, Stream s) {
  const int rows = p.B * p.heads * p.T, Tk = p.past + p.T;
  int nsplit = (2 * sm_count() + rows - 1) / rows;
  nsplit = imax(1, imin(nsplit, (Tk + 63) / 64));
  const int chunk = (Tk + nsplit - 1) / nsplit;
  float* part = static_cast<float*>(scratch((size_t)rows * nsplit * (2 + 32 * DC32) * sizeof(float), 2));
  launch("attention_decode", attn_decode_k<TKV, DC32>, dim3((unsigned)nsplit, (unsigned)rows), kDecThreads, 0, s, p,
         nsplit, chunk, part);
  launch("attention_decode_combine", attn_decode_combine_k<DC32>, (unsigned)rows, kDecThreads, 0, s, p, nsplit,
         (const float*)part);
}

template <typename TKV>
static void decode(const AttnParams& p, Stream s) {
  if (p.d <= 32) decode_d<TKV, 1>(p, s);
  else if (p.d <= 64) decode_d<TKV, 2>(p, s);
  else if (p.d <= 128) decode_d<TKV, 4>(p, s);
  else decode_d<TKV, 8>(p, s);
}

void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d,
                       const int32_t* key_start, float* out, float* lse, Precision prec, Stream s) {
  if (B <= 0 || T <= 0 || heads <= 0) return;
  if (d <= 0 || d > 256) throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention: head dim must be in 1..256");
  const AttnParams p = make_params(q, k, v, phi, phi_sb, gain, B, T, past, heads, d, key_start, out, lse);
  const DType kd = k.dtype;
  if (past > 0 && T <= 8 && !key_start) {
    switch (kd) {
      case DType::F32: return decode<float>(p, s);
      case DType::F16: return decode<f16>(p, s);
      case DType::BF16: return decode<bf16>(p, s);
      default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention: unsupported KV dtype");
    }
  }
  if (use_tensor_cores(prec) && d <= 128) {
    const bool bfl = prec == Precision::BF16;
    switch (kd) {
      case DType::F32: return bfl ? fa_tc_d<bf16, float>(p, s) : fa_tc_d<f16, float>(p, s);
      case DType::BF16: return bfl ? fa_tc_d<bf16, bf16>(p, s) : fa_tc_d<f16, bf16>(p, s);
      case DType::F16: return bfl ? fa_tc_d<bf16, f16>(p, s) : fa_tc_d<f16, f16>(p, s);
      default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention: unsupported KV dtype");
    }
  }
  switch (kd) {
    case DType::F32: return fa_simt<float>(p, s);
    case DType::F16: return fa_simt<f16>(p, s);
    case DType::BF16: return fa_simt<bf16>(p, s);
    default: throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention: unsupported KV dtype");
  }
}

}  // namespace kala::cuda
