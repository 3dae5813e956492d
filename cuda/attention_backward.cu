// Constitutional attention backward (no cache; q, k, v in one qkv buffer [N, heads, 3d]).
// The probabilities are recomputed tile by tile from the saved log-sum-exp:
//   P = exp(S - lse), dP = dO V^T, dS = P (dP - D) with D = rowsum(dO * O),
//   dV = P^T dO, dK = scale dS^T Q, dQ = scale dS K, dphi_j = g * sum_i dS_ij, dg = sum dS_ij phi_j.
// Two kernels, each owning what it writes (no atomics: deterministic): one per key tile (dK,
// dV, per-head dphi column sums, per-tile dg partials) and one per query tile (dQ); a final
// kernel adds the per-head and per-tile partials in a fixed order.
//  - tensor cores (sm_80+): 16 rows per warp, bf16/f16 mma.sync with f32 accumulators;
//  - SIMT f32 (every arch): 4 threads per row, 32-row tiles.
#include "common.cuh"

namespace kala::cuda {

struct AttnBwdParams {
  const float* qkv;
  const float* phi;  // [B*T] (row b at b*T)
  const float* gain;
  const float* lse;   // [B, heads, T]
  const float* dout;  // [N, H]
  const float* D;     // [B, heads, T]
  const int32_t* key_start;
  int B, T, heads, d;
  float scale;
  float* dqkv;
  float* dphi_part;  // [B, heads, T]
  float* dg_part;    // [B, heads, ntiles]
  int ntiles;        // key tiles per (b, h) of the dK/dV kernel
};

// D[b, h, t] = dout . out over the head's dims: one warp per (row, head).
__global__ void attn_bwd_D_k(const float* __restrict__ out, const float* __restrict__ dout, int B, int T, int heads, int d,
                             float* __restrict__ D) {
  const int64_t wid = ((int64_t)blockIdx.x * blockDim.x + threadIdx.x) >> 5;
  const int lane = threadIdx.x & 31;
  const int64_t rows = (int64_t)B * T * heads;
  if (wid >= rows) return;
  const int64_t r = wid / heads;
  const int h = (int)(wid % heads);
  const float* o = out + r * heads * d + (int64_t)h * d;
  const float* g = dout + r * heads * d + (int64_t)h * d;
  float s = 0.f;
  for (int i = lane; i < d; i += 32) s += o[i] * g[i];
  s = warp_sum(s);
  const int b = (int)(r / T), t = (int)(r % T);
  if (lane == 0) D[((int64_t)b * heads + h) * T + t] = s;
}

KD const float* qkv_at(const AttnBwdParams& p, int b, int t, int h, int part) {
  return p.qkv + ((int64_t)b * p.T + t) * 3 * p.heads * p.d + (int64_t)h * 3 * p.d + (int64_t)part * p.d;
}
KD float* dqkv_at(const AttnBwdParams& p, int b, int t, int h, int part) {
  return p.dqkv + ((int64_t)b * p.T + t) * 3 * p.heads * p.d + (int64_t)h * 3 * p.d + (int64_t)part * p.d;
}
KD const float* dout_at(const AttnBwdParams& p, int b, int t, int h) {
  return p.dout + ((int64_t)b * p.T + t) * p.heads * p.d + (int64_t)h * p.d;
}
KD int kstart(const AttnBwdParams& p, int b, int t) { return p.key_start ? p.key_start[(int64_t)b * p.T + t] : 0; }
KD bool visible(const AttnBwdParams& p, int b, int t, int j) {  // query t sees key j (t < T assumed)
  return j <= t && j >= kstart(p, b, t);
}

// ---------------------------------------------------------------- tensor cores
constexpr int kBwThreads = 128, kBwKeys = 64, kBwQ = 32, kBqRows = 64, kBqKeys = 32;

template <int DP>
constexpr size_t bw_kv_smem() {  // dK/dV kernel: Ks, Vs [64][DP+8], Qs, dOs [32][DP+8], Qt, dOt [DP][40], row data
  return (size_t)(2 * kBwKeys * (DP + 8) + 2 * kBwQ * (DP + 8) + 2 * DP * (kBwQ + 8)) * 2 + 3 * kBwQ * 4 + 64;
}
template <int DP>
constexpr size_t bw_q_smem() {  // dQ kernel: Qs, dOs [64][DP+8], Ks, Vs [32][DP+8], Kt [DP][40], phi
  return (size_t)(2 * kBqRows * (DP + 8) + 2 * kBqKeys * (DP + 8) + DP * (kBqKeys + 8)) * 2 + kBqKeys * 4 + 64;
}

template <typename T16>
KD void load_a_frag(uint32_t a[4], const T16* base, int ld, int r0, int k0, int g, int t4) {
  a[0] = lds32(base + (r0 + g) * ld + k0 + 2 * t4);
  a[1] = lds32(base + (r0 + g + 8) * ld + k0 + 2 * t4);
  a[2] = lds32(base + (r0 + g) * ld + k0 + 2 * t4 + 8);
  a[3] = lds32(base + (r0 + g + 8) * ld + k0 + 2 * t4 + 8);
}
template <typename T16>
KD void load_b_frag(uint32_t b[2], const T16* base, int ld, int n0, int k0, int g, int t4) {
  b[0] = lds32(base + (n0 + g) * ld + k0 + 2 * t4);
  b[1] = lds32(base + (n0 + g) * ld + k0 + 2 * t4 + 8);
}

template <typename T16, int DP>
__global__ void __launch_bounds__(kBwThreads) attn_bwd_kv_tc_k(AttnBwdParams p) {
#if KALA_TC
  constexpr int LD = DP + 8, LT = kBwQ + 8, KS = DP / 16, NQ = kBwQ / 8, NO = DP / 8;
#ifdef KALA_CUDA_EMU
  unsigned char* smem = ::kala_emu::dyn_smem();
#else
  extern __shared__ __align__(16) unsigned char smem[];
#endif
  T16* Ks = reinterpret_cast<T16*>(smem);
  T16* Vs = Ks + kBwKeys * LD;
  T16* Qs = Vs + kBwKeys * LD;
  T16* dOs = Qs + kBwQ * LD;
  T16* Qt = dOs + kBwQ * LD;
  T16* dOt = Qt + DP * LT;
  float* s_lse = reinterpret_cast<float*>(dOt + DP * LT);
  float* s_D = s_lse + kBwQ;
  int* s_ks = reinterpret_cast<int*>(s_D + kBwQ);
  __shared__ int s_minks;
  __shared__ float s_red[4];

  const int bh = blockIdx.y, b = bh / p.heads, h = bh % p.heads;
  const int tile = blockIdx.x, k0 = tile * kBwKeys;
  const int tid = threadIdx.x, warp = tid >> 5, lane = tid & 31, g = lane >> 2, t4 = lane & 3;
  const int d = p.d, T = p.T, wr = warp * 16;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;

  for (int idx = tid; idx < kBwKeys * DP; idx += kBwThreads) {
    const int r = idx / DP, i = idx % DP, j = k0 + r;
    float kv = 0.f, vv = 0.f;
    if (j < T && i < d) {
      kv = qkv_at(p, b, j, h, 1)[i];
      vv = qkv_at(p, b, j, h, 2)[i];
    }
    Ks[r * LD + i] = from_f<T16>(kv);
    Vs[r * LD + i] = from_f<T16>(vv);
  }
  float phij[2];
#pragma unroll
  for (int hr = 0; hr < 2; hr++) {
    const int j = k0 + wr + g + hr * 8;
    phij[hr] = (p.phi && j < T) ? p.phi[(int64_t)b * T + j] : 0.f;
  }
  float dk[NO][4], dv[NO][4];
#pragma unroll
  for (int i = 0; i < NO; i++)
#pragma unroll
    for (int e = 0; e < 4; e++) dk[i][e] = dv[i][e] = 0.f;
  float rowsum[2] = {0.f, 0.f}, dg = 0.f;

  for (int q0 = (k0 / kBwQ) * kBwQ; q0 < T; q0 += kBwQ) {
    __syncthreads();
    for (int idx = tid; idx < kBwQ * DP; idx += kBwThreads) {
      const int r = idx / DP, i = idx % DP, t = q0 + r;
      float qv = 0.f, gv = 0.f;
      if (t < T && i < d) {
        qv = qkv_at(p, b, t, h, 0)[i];
        gv = dout_at(p, b, t, h)[i];
      }
      const T16 qh = from_f<T16>(qv), gh16 = from_f<T16>(gv);
      Qs[r * LD + i] = qh;
      dOs[r * LD + i] = gh16;
      Qt[i * LT + r] = qh;
      dOt[i * LT + r] = gh16;
    }
    if (tid < kBwQ) {
      const int t = q0 + tid;
      const int64_t ri = ((int64_t)b * p.heads + h) * T + t;
      s_lse[tid] = t < T ? p.lse[ri] : 0.f;
      s_D[tid] = t < T ? p.D[ri] : 0.f;
      s_ks[tid] = t < T ? kstart(p, b, t) : (1 << 30);
    }
    __syncthreads();
    // the tile is skipped when no query in it can see any of these keys (packed rows)
    if (tid == 0) {
      int mn = 1 << 30;
      for (int r = 0; r < kBwQ; r++) mn = imin(mn, s_ks[r]);
      s_minks = mn;
    }
    __syncthreads();
    if (s_minks > k0 + kBwKeys - 1) continue;

    float sT[NQ][4], dpT[NQ][4];
#pragma unroll
    for (int ni = 0; ni < NQ; ni++) {
#pragma unroll
      for (int e = 0; e < 4; e++) sT[ni][e] = dpT[ni][e] = 0.f;
#pragma unroll
      for (int kk = 0; kk < KS; kk++) {
        uint32_t a[4], bq[2];
        load_a_frag<T16>(a, Ks, LD, wr, kk * 16, g, t4);
        load_b_frag<T16>(bq, Qs, LD, ni * 8, kk * 16, g, t4);
        mma16816<T16>(sT[ni], a, bq);
        load_a_frag<T16>(a, Vs, LD, wr, kk * 16, g, t4);
        load_b_frag<T16>(bq, dOs, LD, ni * 8, kk * 16, g, t4);
        mma16816<T16>(dpT[ni], a, bq);
      }
    }
    // P^T and dS^T in place of sT and dpT
#pragma unroll
    for (int ni = 0; ni < NQ; ni++)
#pragma unroll
      for (int e = 0; e < 4; e++) {
        const int hr = e >> 1;
        const int j = k0 + wr + g + hr * 8;
        const int col = ni * 8 + 2 * t4 + (e & 1), t = q0 + col;
        const bool vis = t < T && j < T && j <= t && j >= s_ks[col];
        const float pr = vis ? __expf(sT[ni][e] * p.scale + (bias ? gh * phij[hr] : 0.f) - s_lse[col]) : 0.f;
        const float ds = pr * (dpT[ni][e] - s_D[col]);
        sT[ni][e] = pr;
        dpT[ni][e] = ds;
        rowsum[hr] += ds;
        dg += ds * phij[hr];
      }
#pragma unroll
    for (int kc = 0; kc < kBwQ / 16; kc++) {
      uint32_t pa[4], sa[4];
      c_to_a<T16>(sT[2 * kc], sT[2 * kc + 1], pa);
      c_to_a<T16>(dpT[2 * kc], dpT[2 * kc + 1], sa);
#pragma unroll
      for (int dn = 0; dn < NO; dn++) {
        uint32_t bb[2];
        load_b_frag<T16>(bb, dOt, LT, dn * 8, kc * 16, g, t4);
        mma16816<T16>(dv[dn], pa, bb);
        load_b_frag<T16>(bb, Qt, LT, dn * 8, kc * 16, g, t4);
        mma16816<T16>(dk[dn], sa, bb);
      }
    }
  }
  // write dK, dV and the per-head dphi of these keys
#pragma unroll
  for (int hr = 0; hr < 2; hr++) {
    const float rs = quad_sum(rowsum[hr]);
    const int j = k0 + wr + g + hr * 8;
    if (j >= T) continue;
    float* dkr = dqkv_at(p, b, j, h, 1);
    float* dvr = dqkv_at(p, b, j, h, 2);
#pragma unroll
    for (int dn = 0; dn < NO; dn++)
#pragma unroll
      for (int e = 0; e < 2; e++) {
        const int i = dn * 8 + 2 * t4 + e;
        if (i < d) {
          dkr[i] = dk[dn][hr * 2 + e] * p.scale;
          dvr[i] = dv[dn][hr * 2 + e];
        }
      }
    if (t4 == 0) p.dphi_part[((int64_t)b * p.heads + h) * T + j] = gh * rs;
  }
  dg = warp_sum(dg);
  if (lane == 0) s_red[warp] = dg;
  __syncthreads();
  if (tid == 0) p.dg_part[((int64_t)b * p.heads + h) * p.ntiles + tile] = (s_red[0] + s_red[1]) + (s_red[2] + s_red[3]);
#else
  __trap();
#endif
}

template <typename T16, int DP>
__global__ void __launch_bounds__(kBwThreads) attn_bwd_q_tc_k(AttnBwdParams p) {
#if KALA_TC
  constexpr int LD = DP + 8, LT = kBqKeys + 8, KS = DP / 16, NK = kBqKeys / 8, NO = DP / 8;
#ifdef KALA_CUDA_EMU
  unsigned char* smem = ::kala_emu::dyn_smem();
#else
  extern __shared__ __align__(16) unsigned char smem[];
#endif
  T16* Qs = reinterpret_cast<T16*>(smem);
  T16* dOs = Qs + kBqRows * LD;
  T16* Ks = dOs + kBqRows * LD;
  T16* Vs = Ks + kBqKeys * LD;
  T16* Kt = Vs + kBqKeys * LD;
  float* s_phi = reinterpret_cast<float*>(Kt + DP * LT);
  __shared__ int s_range[2];

  const int bh = blockIdx.y, b = bh / p.heads, h = bh % p.heads;
  const int q0 = (gridDim.x - 1 - blockIdx.x) * kBqRows;
  const int tid = threadIdx.x, warp = tid >> 5, lane = tid & 31, g = lane >> 2, t4 = lane & 3;
  const int d = p.d, T = p.T, wr = warp * 16;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;

  for (int idx = tid; idx < kBqRows * DP; idx += kBwThreads) {
    const int r = idx / DP, i = idx % DP, t = q0 + r;
    float qv = 0.f, gv = 0.f;
    if (t < T && i < d) {
      qv = qkv_at(p, b, t, h, 0)[i];
      gv = dout_at(p, b, t, h)[i];
    }
    Qs[r * LD + i] = from_f<T16>(qv);
    dOs[r * LD + i] = from_f<T16>(gv);
  }
  if (tid == 0) {
    const int qlast = imin(T - 1, q0 + kBqRows - 1);
    int lo = 1 << 30;
    for (int t = q0; t <= qlast; t++) lo = imin(lo, kstart(p, b, t));
    s_range[0] = lo;
    s_range[1] = qlast + 1;
  }
  float lse_r[2], D_r[2];
  int ks_r[2], t_r[2];
#pragma unroll
  for (int hr = 0; hr < 2; hr++) {
    const int t = q0 + wr + g + hr * 8;
    t_r[hr] = t;
    const int64_t ri = ((int64_t)b * p.heads + h) * T + t;
    lse_r[hr] = t < T ? p.lse[ri] : 0.f;
    D_r[hr] = t < T ? p.D[ri] : 0.f;
    ks_r[hr] = t < T ? kstart(p, b, t) : (1 << 30);
  }
  float dq[NO][4];
#pragma unroll
  for (int i = 0; i < NO; i++) dq[i][0] = dq[i][1] = dq[i][2] = dq[i][3] = 0.f;
  __syncthreads();
  const int jlo = s_range[0], jhi = s_range[1];
  for (int j0 = (jlo / kBqKeys) * kBqKeys; j0 < jhi; j0 += kBqKeys) {
    __syncthreads();
    for (int idx = tid; idx < kBqKeys * DP; idx += kBwThreads) {
      const int r = idx / DP, i = idx % DP, j = j0 + r;
      float kv = 0.f, vv = 0.f;
      if (j < T && i < d) {
        kv = qkv_at(p, b, j, h, 1)[i];
        vv = qkv_at(p, b, j, h, 2)[i];
      }
      const T16 kh = from_f<T16>(kv);
      Ks[r * LD + i] = kh;
      Vs[r * LD + i] = from_f<T16>(vv);
      Kt[i * LT + r] = kh;
    }
    if (tid < kBqKeys) s_phi[tid] = (bias && j0 + tid < T) ? gh * p.phi[(int64_t)b * T + j0 + tid] : 0.f;
    __syncthreads();
    float s[NK][4], dp[NK][4];
#pragma unroll
    for (int ni = 0; ni < NK; ni++) {
#pragma unroll
      for (int e = 0; e < 4; e++) s[ni][e] = dp[ni][e] = 0.f;
#pragma unroll
      for (int kk = 0; kk < KS; kk++) {
        uint32_t a[4], bk[2];
        load_a_frag<T16>(a, Qs, LD, wr, kk * 16, g, t4);
        load_b_frag<T16>(bk, Ks, LD, ni * 8, kk * 16, g, t4);
        mma16816<T16>(s[ni], a, bk);
        load_a_frag<T16>(a, dOs, LD, wr, kk * 16, g, t4);
        load_b_frag<T16>(bk, Vs, LD, ni * 8, kk * 16, g, t4);
        mma16816<T16>(dp[ni], a, bk);
      }
    }
#pragma unroll
    for (int ni = 0; ni < NK; ni++)
#pragma unroll
      for (int e = 0; e < 4; e++) {
        const int hr = e >> 1;
        const int jl = ni * 8 + 2 * t4 + (e & 1), j = j0 + jl, t = t_r[hr];
        const bool vis = t < T && j <= t && j >= ks_r[hr];
        const float pr = vis ? __expf(s[ni][e] * p.scale + s_phi[jl] - lse_r[hr]) : 0.f;
        s[ni][e] = pr * (dp[ni][e] - D_r[hr]);  // dS
      }
#pragma unroll
    for (int kc = 0; kc < kBqKeys / 16; kc++) {
      uint32_t sa[4];
      c_to_a<T16>(s[2 * kc], s[2 * kc + 1], sa);
#pragma unroll
      for (int dn = 0; dn < NO; dn++) {
        uint32_t bb[2];
        load_b_frag<T16>(bb, Kt, LT, dn * 8, kc * 16, g, t4);
        mma16816<T16>(dq[dn], sa, bb);
      }
    }
  }
#pragma unroll
  for (int hr = 0; hr < 2; hr++) {
    const int t = t_r[hr];
    if (t >= T) continue;
    float* dqr = dqkv_at(p, b, t, h, 0);
#pragma unroll
    for (int dn = 0; dn < NO; dn++)
#pragma unroll
      for (int e = 0; e < 2; e++) {
        const int i = dn * 8 + 2 * t4 + e;
        if (i < d) dqr[i] = dq[dn][hr * 2 + e] * p.scale;
      }
  }
#else
  __trap();
#endif
}

// ---------------------------------------------------------------- SIMT (f32)
constexpr int kSbRows = 32, kSbThreads = 128;

template <int DCH>
__global__ void __launch_bounds__(kSbThreads) attn_bwd_kv_simt_k(AttnBwdParams p) {
  constexpr int DPAD = 4 * DCH, QT = DCH > 32 ? 16 : 32;  // query tile: Q and dO tiles within 32 KB
  __shared__ float Qs[QT][DPAD];
  __shared__ float dOs[QT][DPAD];
  __shared__ float s_lse[QT], s_D[QT];
  __shared__ int s_ks[QT];
  __shared__ float s_red[4];
  const int bh = blockIdx.y, b = bh / p.heads, h = bh % p.heads;
  const int tile = blockIdx.x, k0 = tile * kSbRows;
  const int tid = threadIdx.x, row = tid >> 2, part = tid & 3, lane = tid & 31, warp = tid >> 5;
  const int d = p.d, T = p.T, j = k0 + row;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;
  float kr[DCH], vr[DCH], dk[DCH], dv[DCH];
#pragma unroll
  for (int c = 0; c < DCH; c++) {
    const int i = part + 4 * c;
    kr[c] = (j < T && i < d) ? qkv_at(p, b, j, h, 1)[i] : 0.f;
    vr[c] = (j < T && i < d) ? qkv_at(p, b, j, h, 2)[i] : 0.f;
    dk[c] = dv[c] = 0.f;
  }
  const float phij = (p.phi && j < T) ? p.phi[(int64_t)b * T + j] : 0.f;
  const float bj = bias ? gh * phij : 0.f;
  float rowsum = 0.f, dg = 0.f;
  for (int q0 = (k0 / QT) * QT; q0 < T; q0 += QT) {
    __syncthreads();
    for (int idx = tid; idx < QT * DPAD; idx += kSbThreads) {
      const int r = idx / DPAD, i = idx % DPAD, t = q0 + r;
      Qs[r][i] = (t < T && i < d) ? qkv_at(p, b, t, h, 0)[i] : 0.f;
      dOs[r][i] = (t < T && i < d) ? dout_at(p, b, t, h)[i] : 0.f;
    }
    if (tid < QT) {
      const int t = q0 + tid;
      const int64_t ri = ((int64_t)b * p.heads + h) * T + t;
      s_lse[tid] = t < T ? p.lse[ri] : 0.f;
      s_D[tid] = t < T ? p.D[ri] : 0.f;
      s_ks[tid] = t < T ? kstart(p, b, t) : (1 << 30);
    }
    __syncthreads();
    for (int r = 0; r < QT; r++) {
      const int t = q0 + r;
      float sp = 0.f, dpp = 0.f;
#pragma unroll
      for (int c = 0; c < DCH; c++) {
        sp = fmaf(kr[c], Qs[r][part + 4 * c], sp);
        dpp = fmaf(vr[c], dOs[r][part + 4 * c], dpp);
      }
      const float s = quad_sum(sp), dpv = quad_sum(dpp);
      const bool vis = t < T && j < T && j <= t && j >= s_ks[r];
      const float pr = vis ? __expf(s * p.scale + bj - s_lse[r]) : 0.f;
      const float ds = pr * (dpv - s_D[r]);
      rowsum += ds;
      dg += ds * phij;
#pragma unroll
      for (int c = 0; c < DCH; c++) {
        dv[c] = fmaf(pr, dOs[r][part + 4 * c], dv[c]);
        dk[c] = fmaf(ds, Qs[r][part + 4 * c], dk[c]);
      }
    }
  }
  if (j < T) {
    float* dkr = dqkv_at(p, b, j, h, 1);
    float* dvr = dqkv_at(p, b, j, h, 2);
#pragma unroll
    for (int c = 0; c < DCH; c++) {
      const int i = part + 4 * c;
      if (i < d) {
        dkr[i] = dk[c] * p.scale;
        dvr[i] = dv[c];
      }
    }
    if (part == 0) p.dphi_part[((int64_t)b * p.heads + h) * T + j] = gh * rowsum;
  }
  // dg: each row's value counted once (part 0 of each row)
  float v = part == 0 ? dg : 0.f;
  v = warp_sum(v);
  if (lane == 0) s_red[warp] = v;
  __syncthreads();
  if (tid == 0) p.dg_part[((int64_t)b * p.heads + h) * p.ntiles + tile] = (s_red[0] + s_red[1]) + (s_red[2] + s_red[3]);
}

template <int DCH>
__global__ void __launch_bounds__(kSbThreads) attn_bwd_q_simt_k(AttnBwdParams p) {
  constexpr int DPAD = 4 * DCH, KT = DCH > 32 ? 16 : 32;
  __shared__ float Ks[KT][DPAD];
  __shared__ float Vs[KT][DPAD];
  __shared__ float s_phi[KT];
  __shared__ int s_range[2];
  const int bh = blockIdx.y, b = bh / p.heads, h = bh % p.heads;
  const int q0 = (gridDim.x - 1 - blockIdx.x) * kSbRows;
  const int tid = threadIdx.x, row = tid >> 2, part = tid & 3;
  const int d = p.d, T = p.T, t = q0 + row;
  const float gh = p.gain ? p.gain[h] : 0.f;
  const bool bias = p.phi && gh != 0.f;
  float qr[DCH], gr[DCH], dq[DCH];
#pragma unroll
  for (int c = 0; c < DCH; c++) {
    const int i = part + 4 * c;
    qr[c] = (t < T && i < d) ? qkv_at(p, b, t, h, 0)[i] : 0.f;
    gr[c] = (t < T && i < d) ? dout_at(p, b, t, h)[i] : 0.f;
    dq[c] = 0.f;
  }
  const int64_t ri = ((int64_t)b * p.heads + h) * T + t;
  const float lse = t < T ? p.lse[ri] : 0.f, Dv = t < T ? p.D[ri] : 0.f;
  const int ks = t < T ? kstart(p, b, t) : (1 << 30);
  if (tid == 0) {
    const int qlast = imin(T - 1, q0 + kSbRows - 1);
    int lo = 1 << 30;
    for (int tt = q0; tt <= qlast; tt++) lo = imin(lo, kstart(p, b, tt));
    s_range[0] = lo;
    s_range[1] = qlast + 1;
  }
  __syncthreads();
  const int jlo = s_range[0], jhi = s_range[1];
  for (int j0 = (jlo / KT) * KT; j0 < jhi; j0 += KT) {
    __syncthreads();
    for (int idx = tid; idx < KT * DPAD; idx += kSbThreads) {
      const int r = idx / DPAD, i = idx % DPAD, j = j0 + r;
      Ks[r][i] = (j < T && i < d) ? qkv_at(p, b, j, h, 1)[i] : 0.f;
      Vs[r][i] = (j < T && i < d) ? qkv_at(p, b, j, h, 2)[i] : 0.f;
    }
    if (tid < KT) s_phi[tid] = (bias && j0 + tid < T) ? gh * p.phi[(int64_t)b * T + j0 + tid] : 0.f;
    __syncthreads();
    for (int r = 0; r < KT; r++) {
      const int j = j0 + r;
      float sp = 0.f, dpp = 0.f;
#pragma unroll
      for (int c = 0; c < DCH; c++) {
        sp = fmaf(qr[c], Ks[r][part + 4 * c], sp);
        dpp = fmaf(gr[c], Vs[r][part + 4 * c], dpp);
      }
      const float s = quad_sum(sp), dpv = quad_sum(dpp);
      const bool vis = t < T && j <= t && j >= ks;
      const float pr = vis ? __expf(s * p.scale + s_phi[r] - lse) : 0.f;
      const float ds = pr * (dpv - Dv);
#pragma unroll
      for (int c = 0; c < DCH; c++) dq[c] = fmaf(ds, Ks[r][part + 4 * c], dq[c]);
    }
  }
  if (t < T) {
    float* dqr = dqkv_at(p, b, t, h, 0);
#pragma unroll
    for (int c = 0; c < DCH; c++) {
      const int i = part + 4 * c;
      if (i < d) dqr[i] = dq[c] * p.scale;
    }
  }
}

// ---------------------------------------------------------------- partial sums
__global__ void attn_bwd_dphi_k(const float* __restrict__ part, int B, int T, int heads, float* __restrict__ dphi) {
  const int64_t r = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
  if (r >= (int64_t)B * T) return;
  const int b = (int)(r / T), t = (int)(r % T);
  float s = 0.f;
  for (int h = 0; h < heads; h++) s += part[((int64_t)b * heads + h) * T + t];
  dphi[r] += s;
}
__global__ void attn_bwd_dgain_k(const float* __restrict__ part, int B, int heads, int ntiles, float* __restrict__ dgain) {
  const int h = blockIdx.x * blockDim.x + threadIdx.x;
  if (h >= heads) return;
  double s = 0;
  for (int b = 0; b < B; b++) {
    double sb = 0;
    for (int k = 0; k < ntiles; k++) sb += part[((int64_t)b * heads + h) * ntiles + k];
    s += sb;
  }
  dgain[h] += (float)s;
}

// ---------------------------------------------------------------- host
template <typename T16, int DP>
static void bwd_tc(AttnBwdParams& p, Stream s) {
  p.ntiles = (int)cdiv(p.T, kBwKeys);
  auto kv = attn_bwd_kv_tc_k<T16, DP>;
  auto kq = attn_bwd_q_tc_k<T16, DP>;
  allow_smem(reinterpret_cast<const void*>(kv), bw_kv_smem<DP>());
  allow_smem(reinterpret_cast<const void*>(kq), bw_q_smem<DP>());
  launch("attention_backward_kv_tc", kv, dim3((unsigned)p.ntiles, (unsigned)(p.B * p.heads)), kBwThreads,
         bw_kv_smem<DP>(), s, p);
  launch("attention_backward_q_tc", kq, dim3(cdiv(p.T, kBqRows), (unsigned)(p.B * p.heads)), kBwThreads,
         bw_q_smem<DP>(), s, p);
}

template <int DCH>
static void bwd_simt(AttnBwdParams& p, Stream s) {
  p.ntiles = (int)cdiv(p.T, kSbRows);
  const dim3 grid((unsigned)p.ntiles, (unsigned)(p.B * p.heads));
  launch("attention_backward_kv_simt", attn_bwd_kv_simt_k<DCH>, grid, kSbThreads, 0, s, p);
  launch("attention_backward_q_simt", attn_bwd_q_simt_k<DCH>, grid, kSbThreads, 0, s, p);
}

void attention_backward(const float* qkv, const float* phi, const float* gain, const float* out, const float* lse,
                        const float* dout, int64_t B, int64_t T, int64_t heads, int64_t d, const int32_t* key_start,
                        float* dqkv, float* dphi, float* dgain, Precision prec, Stream s) {
  if (B <= 0 || T <= 0 || heads <= 0) return;
  if (d <= 0 || d > 256) throw KalaException(ErrorCode::INVALID_ARGUMENT, "attention_backward: head dim must be in 1..256");
  const int64_t rows = B * heads * T;
  const int64_t ntiles_max = (T + 31) / 32;
  float* ws = static_cast<float*>(scratch((size_t)(3 * rows + B * heads * ntiles_max) * sizeof(float), 3));
  AttnBwdParams p{};
  p.qkv = qkv, p.phi = phi, p.gain = gain, p.lse = lse, p.dout = dout;
  p.D = ws;
  p.key_start = key_start;
  p.B = (int)B, p.T = (int)T, p.heads = (int)heads, p.d = (int)d;
  p.scale = 1.0f / sqrtf((float)d);
  p.dqkv = dqkv;
  p.dphi_part = ws + rows;
  p.dg_part = ws + 2 * rows;
  launch("attention_backward_D", attn_bwd_D_k, cdiv(rows * 32, 256), 256, 0, s, out, dout, p.B, p.T, p.heads, p.d, ws);
  if (use_tensor_cores(prec) && d <= 128) {
    const bool bfl = prec == Precision::BF16;
    if (d <= 32) bfl ? bwd_tc<bf16, 32>(p, s) : bwd_tc<f16, 32>(p, s);
    else if (d <= 64) bfl ? bwd_tc<bf16, 64>(p, s) : bwd_tc<f16, 64>(p, s);
    else bfl ? bwd_tc<bf16, 128>(p, s) : bwd_tc<f16, 128>(p, s);
  } else {
    if (d <= 32) bwd_simt<8>(p, s);
    else if (d <= 64) bwd_simt<16>(p, s);
    else if (d <= 128) bwd_simt<32>(p, s);
    else bwd_simt<64>(p, s);
  }
  if (dphi) launch("attention_backward_dphi", attn_bwd_dphi_k, cdiv(B * T, 256), 256, 0, s, (const float*)p.dphi_part, p.B, p.T, p.heads, dphi);
  if (dgain) launch("attention_backward_dgain", attn_bwd_dgain_k, cdiv(heads, 64), 64, 0, s, (const float*)p.dg_part, p.B, p.heads, p.ntiles, dgain);
}

}  // namespace kala::cuda
