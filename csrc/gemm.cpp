#include "gemm.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "cpu_features.h"
#include "half.h"
#include "tensor.h"
#include "threadpool.h"

namespace kala {

namespace {

constexpr int64_t KC = 256;  // depth of a block: a B sliver chunk (KC x NR) stays in L1/L2
constexpr int GEMV_MAX_ROWS = 4;

// A growable 64-byte aligned scratch block per calling thread: GEMM runs thousands of
// times per forward, and fresh allocations of megabytes would fault pages every call.
struct Scratch {
  std::shared_ptr<void> block;
  size_t bytes = 0;
  float* get(size_t floats) {
    if (floats * 4 > bytes) {
      bytes = floats * 4 + (1 << 16);
      block = alloc_aligned(bytes);
    }
    return static_cast<float*>(block.get());
  }
};
thread_local Scratch tl_pack_a, tl_pack_b;

size_t elem_size(DType t) { return t == DType::F32 || t == DType::I32 ? 4 : (t == DType::I8 ? 1 : 2); }

// Packs B(pc:pc+kc, n0:n0+NR) into dst (kc x NR, k-major), zero-padding columns >= N.
void pack_b_sliver(const Kernels& kr, const MatB& B, int64_t N, int64_t pc, int64_t kc, int64_t n0, float* dst,
                   float* tmp) {
  const int NR = kr.nr;
  const size_t es = elem_size(B.dtype);
  const char* base = static_cast<const char*>(B.data);
  const int64_t ncols = std::min<int64_t>(NR, N - n0);
  if (B.packed) {
    // W[o, i] lives at sliver o / wnr, row i, column o % wnr: a strided gather per k
    const PackedB& W = *B.packed;
    const size_t wes = elem_size(W.dtype);
    for (int64_t k = 0; k < kc; k++) {
      const int64_t o = pc + k;
      const char* col = static_cast<const char*>(W.at(o / W.nr, 0)) + (o % W.nr) * wes;
      const float sc = W.scale ? W.scale[o] : 1.0f;
      float* row = dst + k * NR;
      const size_t stride = (size_t)W.nr;
      switch (W.dtype) {
        case DType::F32:
          for (int64_t j = 0; j < ncols; j++) row[j] = reinterpret_cast<const float*>(col)[(n0 + j) * stride] * sc;
          break;
        case DType::I8:
          for (int64_t j = 0; j < ncols; j++) row[j] = (float)reinterpret_cast<const int8_t*>(col)[(n0 + j) * stride] * sc;
          break;
        case DType::F16:
          for (int64_t j = 0; j < ncols; j++) row[j] = f16_to_f32(reinterpret_cast<const uint16_t*>(col)[(n0 + j) * stride]) * sc;
          break;
        default:
          for (int64_t j = 0; j < ncols; j++) row[j] = bf16_to_f32(reinterpret_cast<const uint16_t*>(col)[(n0 + j) * stride]) * sc;
      }
      for (int64_t j = ncols; j < NR; j++) row[j] = 0.f;
    }
    return;
  }
  if (B.trans && B.dtype == DType::F32 && !B.scale) {
    kr.pack_bt(reinterpret_cast<const float*>(base) + n0 * B.ld + pc, B.ld, kc, ncols, NR, dst);
    return;
  }
  if (B.trans) {
    for (int64_t j = 0; j < NR; j++) {
      if (j >= ncols) {
        for (int64_t k = 0; k < kc; k++) dst[k * NR + j] = 0.f;
        continue;
      }
      const int64_t n = n0 + j;
      kr.convert(base + ((size_t)n * B.ld + pc) * es, B.dtype, kc, B.scale ? B.scale[n] : 1.0f, tmp);
      for (int64_t k = 0; k < kc; k++) dst[k * NR + j] = tmp[k];
    }
  } else {
    for (int64_t k = 0; k < kc; k++) {
      float* row = dst + k * NR;
      const int64_t kk = pc + k;
      kr.convert(base + ((size_t)kk * B.ld + n0) * es, B.dtype, ncols, B.scale ? B.scale[kk] : 1.0f, row);
      for (int64_t j = ncols; j < NR; j++) row[j] = 0.f;
    }
  }
}

// Packs op(A)(i0:i0+MR, pc:pc+kc) into dst (kc x MR, k-major), zero-padding rows >= M.
void pack_a_panel(int MR, const float* A, int64_t lda, bool transA, int64_t M, int64_t i0, int64_t pc, int64_t kc,
                  float* dst) {
  const int64_t nrows = std::min<int64_t>(MR, M - i0);
  if (transA) {
    for (int64_t k = 0; k < kc; k++) {
      const float* src = A + (pc + k) * lda + i0;
      float* d = dst + k * MR;
      for (int64_t i = 0; i < nrows; i++) d[i] = src[i];
      for (int64_t i = nrows; i < MR; i++) d[i] = 0.f;
    }
  } else {
    for (int64_t i = 0; i < MR; i++) {
      if (i >= nrows) {
        for (int64_t k = 0; k < kc; k++) dst[k * MR + i] = 0.f;
        continue;
      }
      const float* src = A + (i0 + i) * lda + pc;
      for (int64_t k = 0; k < kc; k++) dst[k * MR + i] = src[k];
    }
  }
}

// The row panels of an M-row product: MR rows each, except that a short last panel (fewer than
// two thirds of MR rows) shares the last two panels' rows evenly with the one before it. An edge
// tile of a few rows keeps too few accumulators to cover the FMA latency and reloads B for little
// work: for attention's 64-row blocks the AVX-512 12-row tile left a 4-row panel (8 independent
// FMA chains, about half the core's rate) that cost ~4% of the product; as two 8-row panels the
// same rows run at nearly the full tile's rate.
struct RowPanels {
  int64_t count, full, M;  // panels; panels [0, full) are MR rows; rows
  int MR;
  RowPanels(int64_t M_, int MR_) : M(M_), MR(MR_) {
    count = (M + MR - 1) / MR;
    const int64_t r = M % MR;
    full = (count >= 2 && r > 0 && r < (2 * MR) / 3) ? count - 2 : (r > 0 ? count - 1 : count);
  }
  int64_t start(int64_t p) const {
    if (p <= full) return p * MR;
    return full * MR + (M - full * MR + 1) / 2;  // the second of two balanced panels
  }
  int rows(int64_t p) const {
    if (p < full) return MR;
    if (count - full == 1) return (int)(M - full * MR);
    const int64_t tail = M - full * MR;  // two balanced panels
    return (int)(p == full ? (tail + 1) / 2 : tail / 2);
  }
};

void gemv_path(const Kernels& kr, int64_t M, int64_t N, int64_t K, const float* A, int64_t lda, const MatB& B,
               float* C, int64_t ldc) {
  // Rows of W are streamed once; split them so every thread gets a few contiguous chunks.
  const int64_t chunks = std::max<int64_t>(1, std::min<int64_t>(N / 16, (int64_t)num_threads() * 8));
  const int64_t grain = (N + chunks - 1) / chunks;
  parallel_range(N, grain, [&](int64_t n0, int64_t n1) { kr.gemv(B, K, A, lda, (int)M, C, ldc, n0, n1); });
}

}  // namespace

void gemm(int64_t M, int64_t N, int64_t K, const float* A, int64_t lda, bool transA, const MatB& B, float* C, int64_t ldc,
          bool accumulate) {
  if (M <= 0 || N <= 0) return;
  const Kernels& kr = kernels();
  if (K <= 0 || (!transA && B.trans && !B.packed && M <= GEMV_MAX_ROWS)) {
    if (!accumulate)
      for (int64_t i = 0; i < M; i++) std::memset(C + i * ldc, 0, N * sizeof(float));
    if (K > 0) gemv_path(kr, M, N, K, A, lda, B, C, ldc);
    return;
  }
  const int MR = kr.mr, NR = kr.nr;
  const int64_t m_panels = (M + MR - 1) / MR;
  if (N <= 16 && NR > 16 && kr.micro16_rows && !B.packed && B.dtype == DType::F32 && !B.scale) {
    // at most 16 columns (LoRA's rank-16 factors): the 16-wide tile, instead of a 32-wide one
    // whose other half multiplies zero padding
    const int64_t threads = inside_parallel_task() ? 1 : num_threads();
    const int64_t per = std::max<int64_t>(1, (m_panels + 2 * threads - 1) / (2 * threads));
    parallel_for((m_panels + per - 1) / per, [&](int64_t t) {
      alignas(64) float bp[KC * 16];
      alignas(64) float edge[16 * 16];
      const float* Bf = static_cast<const float*>(B.data);
      for (int64_t pc = 0; pc < K; pc += KC) {
        const int64_t kc = std::min(KC, K - pc);
        const bool load = accumulate || pc > 0;
        const float* b = Bf + pc * B.ld;  // row-major B with exactly 16 columns: read in place
        int64_t ldb = B.ld;
        if (B.trans) {
          kr.pack_bt(Bf + pc, B.ld, kc, N, 16, bp);
          b = bp, ldb = 16;
        } else if (N < 16) {
          for (int64_t k = 0; k < kc; k++)
            for (int64_t j = 0; j < 16; j++) bp[k * 16 + j] = j < N ? Bf[(pc + k) * B.ld + j] : 0.f;
          b = bp, ldb = 16;
        }
        for (int64_t p = t * per; p < std::min(m_panels, (t + 1) * per); p++) {
          const int64_t i0 = p * MR;
          const int nrows = (int)std::min<int64_t>(MR, M - i0);
          const float* ap = transA ? A + pc * lda + i0 : A + i0 * lda + pc;
          const int64_t a_rs = transA ? 1 : lda, a_ks = transA ? lda : 1;
          float* c = C + i0 * ldc;
          if (N == 16) {
            kr.micro16_rows(nrows, kc, ap, a_rs, a_ks, b, ldb, c, ldc, load);
          } else {  // through a tile-sized buffer, so nothing past column N is touched
            for (int i = 0; i < nrows; i++)
              for (int64_t j = 0; j < 16; j++) edge[i * 16 + j] = (load && j < N) ? c[i * ldc + j] : 0.f;
            kr.micro16_rows(nrows, kc, ap, a_rs, a_ks, b, 16, edge, 16, true);
            for (int i = 0; i < nrows; i++)
              for (int64_t j = 0; j < N; j++) c[i * ldc + j] = edge[i * 16 + j];
          }
        }
      }
    });
    return;
  }
  const RowPanels panels(M, MR);
  const int64_t slivers = (N + NR - 1) / NR;
  // One parallel loop per call: each task owns a block of C (MC rows x a group of NR-wide
  // slivers) over the whole depth. The micro-kernel reads A in place (row-major or transposed,
  // by its strides) and a row-major f32 B in place too; only B in other layouts (transposed,
  // another dtype, a packed weight) and the edge tiles are packed, by the task that needs them.
  // One synchronisation per GEMM matters for the many small products of a training step; a GEMM
  // called from inside a pool task (attention's per-head products) runs as one task.
  const int threads = inside_parallel_task() ? 1 : num_threads();
  const bool direct_b = !B.packed && !B.trans && B.dtype == DType::F32 && !B.scale;
  // One thread: one task over all of C, called directly. The integer divisions of the split below
  // and the std::function a pool call wraps the task in (a heap allocation) are ~16 ns of a call's
  // ~60 ns of set-up, which attention's per-head products (~9 us each) pay thousands of times a step.
  int64_t mc_panels = m_panels, group = slivers, m_blocks = 1, n_groups = 1;
  if (threads > 1) {
    mc_panels = std::min<int64_t>(m_panels, 8);
    group = std::min<int64_t>(slivers, 8);
    while ((m_panels + mc_panels - 1) / mc_panels * ((slivers + group - 1) / group) < 2 * threads && (group > 1 || mc_panels > 1)) {
      if (group > 1) group = (group + 1) / 2;
      else mc_panels = (mc_panels + 1) / 2;
    }
    if (K <= 32 && m_panels >= 4 * threads) {
      // A shallow product (LoRA's y += u B^T and dx += du A, K = 16) is bound by writing C, not by
      // arithmetic: tasks of whole rows (4 per thread) write C row after row, as one thread does,
      // instead of 256-column pieces of 96 rows, each task packing all of B (16 x N: a few
      // microseconds). With the blocks above two threads ran 2048 x 2304 x 16 barely faster than one.
      group = slivers;
      mc_panels = (m_panels + 4 * threads - 1) / (4 * threads);
    }
    m_blocks = (m_panels + mc_panels - 1) / mc_panels;
    n_groups = (slivers + group - 1) / group;
  }
  auto task = [&](int64_t t) {
    const int64_t mb = n_groups == 1 ? t : t / n_groups, g = n_groups == 1 ? 0 : t % n_groups;
    const int64_t p0 = mb * mc_panels, p1 = std::min(m_panels, p0 + mc_panels);
    const int64_t s0 = g * group, s1 = std::min(slivers, s0 + group);
    float* Bp = tl_pack_b.get((size_t)group * NR * std::min(K, KC));
    alignas(64) float tmp[KC];
    alignas(64) float edge[16 * 64];
    for (int64_t pc = 0; pc < K; pc += KC) {
      const int64_t kc = std::min(KC, K - pc);
      const bool load = accumulate || pc > 0;
      for (int64_t s = s0; s < s1; s++)
        if (!direct_b || s * NR + NR > N) pack_b_sliver(kr, B, N, pc, kc, s * NR, Bp + (s - s0) * kc * NR, tmp);
      // the full slivers of a run of full row panels in one kernel call (the kernel steps along
      // them: a call per 12 x 32 tile cost ~1.5% of attention's 128 x 64 x 64 products); the last
      // sliver, if short, through a tile-sized buffer, so nothing past column N is touched
      const int64_t s_full = std::min(s1, N / NR);
      for (int64_t p = p0; p < p1;) {
        const int64_t i0 = panels.start(p);
        const int64_t nrows = panels.rows(p);
        const int64_t np = nrows == MR ? std::max<int64_t>(1, std::min(p1, panels.full) - p) : 1;
        // A read in place: rows i0.. of a row-major A, or columns i0.. of a transposed one
        const float* ap = transA ? A + pc * lda + i0 : A + i0 * lda + pc;
        const int64_t a_rs = transA ? 1 : lda, a_ks = transA ? lda : 1;
        if (s_full > s0) {
          const float* bp = direct_b ? static_cast<const float*>(B.data) + pc * B.ld + s0 * NR : Bp;
          kr.micro_rows((int)nrows, (int)np, (int)(s_full - s0), direct_b ? NR : kc * NR, kc, ap, a_rs, a_ks, bp,
                        direct_b ? B.ld : NR, C + i0 * ldc + s0 * NR, ldc, load);
        }
        for (int64_t q = p; q < p + np; q++) {
          const int64_t r0 = panels.start(q);
          const float* aq = transA ? A + pc * lda + r0 : A + r0 * lda + pc;
          for (int64_t s = std::max(s0, s_full); s < s1; s++) {
            const int64_t n0 = s * NR;
            const int64_t ncols = N - n0;
            float* c = C + r0 * ldc + n0;
            for (int64_t i = 0; i < nrows; i++)
              for (int64_t j = 0; j < NR; j++) edge[i * NR + j] = (load && j < ncols) ? c[i * ldc + j] : 0.f;
            kr.micro_rows((int)nrows, 1, 1, 0, kc, aq, a_rs, a_ks, Bp + (s - s0) * kc * NR, NR, edge, NR, true);
            for (int64_t i = 0; i < nrows; i++)
              for (int64_t j = 0; j < ncols; j++) c[i * ldc + j] = edge[i * NR + j];
          }
        }
        p += np;
      }
    }
  };
  if (m_blocks * n_groups == 1) task(0);
  else parallel_for(m_blocks * n_groups, task);
}

const void* PackedB::at(int64_t s, int64_t k) const {
  return static_cast<const char*>(data) + ((size_t)s * K + k) * nr * elem_size(dtype);
}

PackedB PackedWeight::view() const {
  PackedB b;
  b.dtype = dtype;
  b.data = storage.get();
  b.N = N;
  b.K = K;
  b.nr = nr;
  b.scale = static_cast<const float*>(scale_storage.get());
  return b;
}

size_t PackedWeight::nbytes() const { return nr == 0 ? 0 : (size_t)((N + nr - 1) / nr) * nr * K * elem_size(dtype); }

static void check_int8_scales(const float* scale, int64_t N) {
  for (int64_t n = 0; n < N; n++)
    if (!std::isfinite(scale[n]) || scale[n] < 0)
      throw KalaException(ErrorCode::TENSOR_VALUE, "int8 weight scale " + std::to_string(n) + " is " + std::to_string(scale[n]) + "; scales must be finite and >= 0");
}

PackedWeight alloc_packed(DType dt, int64_t N, int64_t K, const float* scale) {
  const Kernels& kr = kernels();
  PackedWeight w;
  w.dtype = dt;
  w.N = N;
  w.K = K;
  w.nr = kr.nr;
  const int64_t slivers = (N + w.nr - 1) / w.nr;
  // every byte but the last sliver's padding columns is written by pack_rows: zero only that
  // sliver instead of touching the whole weight twice
  w.storage = alloc_aligned(w.nbytes(), false);
  if (slivers > 0) std::memset(static_cast<char*>(w.storage.get()) + (size_t)(slivers - 1) * K * w.nr * elem_size(dt), 0, (size_t)K * w.nr * elem_size(dt));
  if (dt == DType::I8) {
    if (scale) check_int8_scales(scale, N);
    w.scale_storage = alloc_aligned((size_t)slivers * w.nr * sizeof(float));
    float* sc = static_cast<float*>(w.scale_storage.get());
    for (int64_t n = 0; n < N; n++) sc[n] = scale ? scale[n] : 1.0f;
  }
  return w;
}

// Rows of one sliver into its k-major block: out[k * nr + j] = row j [k]. Typed (a memcpy of
// elem_size bytes was a library call per element), and for a full sliver of the kernels' widths
// the output is written in order, one line after the other, reading nr row streams.
template <typename T, int NR>
static void pack_full_sliver(const T* rows, int64_t K, T* out) {
  for (int64_t k = 0; k < K; k++) {
    T* o = out + (size_t)k * NR;
    for (int j = 0; j < NR; j++) o[j] = rows[(size_t)j * K + k];
  }
}

template <typename T>
static void pack_sliver(const T* rows, int64_t nrows, int64_t K, int nr, T* out) {
  if (nrows == 32 && nr == 32) return pack_full_sliver<T, 32>(rows, K, out);
  if (nrows == 16 && nr == 16) return pack_full_sliver<T, 16>(rows, K, out);
  for (int64_t j = 0; j < nrows; j++)
    for (int64_t k = 0; k < K; k++) out[(size_t)k * nr + j] = rows[(size_t)j * K + k];
}

static void check_slab(const PackedWeight& w, int64_t row0, int64_t rows) {
  if (row0 < 0 || rows < 0 || row0 % w.nr != 0 || row0 + rows > w.N || (rows % w.nr != 0 && row0 + rows != w.N))
    throw KalaException(ErrorCode::INTERNAL, "rows [" + std::to_string(row0) + ", +" + std::to_string(rows) + ") are not a slab of whole slivers of a weight with " +
                                        std::to_string(w.N) + " rows");
}

void pack_rows(PackedWeight& w, const void* src, int64_t row0, int64_t rows) {
  check_slab(w, row0, rows);
  const int64_t K = w.K;
  const int nr = w.nr;
  const size_t es = elem_size(w.dtype);
  const char* s = static_cast<const char*>(src);
  char* d = static_cast<char*>(w.storage.get());
  parallel_for((rows + nr - 1) / nr, [&](int64_t i) {
    const int64_t sl = row0 / nr + i;
    const int64_t nrows = std::min<int64_t>(nr, rows - i * nr);
    const char* in = s + (size_t)i * nr * K * es;
    char* out = d + (size_t)sl * K * nr * es;
    if (es == 4) pack_sliver(reinterpret_cast<const uint32_t*>(in), nrows, K, nr, reinterpret_cast<uint32_t*>(out));
    else if (es == 2) pack_sliver(reinterpret_cast<const uint16_t*>(in), nrows, K, nr, reinterpret_cast<uint16_t*>(out));
    else pack_sliver(reinterpret_cast<const uint8_t*>(in), nrows, K, nr, reinterpret_cast<uint8_t*>(out));
  });
}

void quantize_pack_rows(PackedWeight& w, const void* src, DType dt, int64_t row0, int64_t rows) {
  if (dt == DType::I8 || dt == DType::I32) throw KalaException(ErrorCode::TENSOR_DTYPE, "only float weights can be quantized");
  if (w.dtype != DType::I8) throw KalaException(ErrorCode::INTERNAL, "quantize_pack_rows needs an int8 weight");
  check_slab(w, row0, rows);
  const Kernels& kr = kernels();
  const int64_t K = w.K;
  const int nr = w.nr;
  float* sc = static_cast<float*>(w.scale_storage.get());
  int8_t* d = static_cast<int8_t*>(w.storage.get());
  const size_t es = elem_size(dt);
  parallel_for((rows + nr - 1) / nr, [&](int64_t i) {
    const int64_t sl = row0 / nr + i;
    std::vector<float> row(K);
    for (int64_t j = 0; j < nr && i * nr + j < rows; j++) {
      const int64_t n = sl * nr + j;
      kr.convert(static_cast<const char*>(src) + (size_t)(i * nr + j) * K * es, dt, K, 1.0f, row.data());
      // 8 running maxima: the compiler keeps them in one vector register (a single running
      // max is a serial chain); NaN never wins a comparison, as with the one-accumulator max
      float lane[8] = {0, 0, 0, 0, 0, 0, 0, 0};
      int64_t k = 0;
      for (; k + 8 <= K; k += 8)
        for (int i = 0; i < 8; i++) lane[i] = std::max(lane[i], std::fabs(row[k + i]));
      float amax = 0;
      for (; k < K; k++) amax = std::max(amax, std::fabs(row[k]));
      for (int i = 0; i < 8; i++) amax = std::max(amax, lane[i]);
      const float scale = amax / 127.0f;
      sc[n] = scale;
      const float inv = scale > 0 ? 1.0f / scale : 0.f;
      int8_t* out = d + (size_t)sl * K * nr + j;
      for (k = 0; k < K; k++) {
        float y = row[k] * inv;
        y = y > 127.f ? 127.f : (y < -127.f ? -127.f : y);
        y = y == y ? y : 0.f;  // a NaN weight quantizes to 0 (converting NaN to int8 is undefined)
        // round half to even, like torch.round: adding 1.5 * 2^23 leaves no fraction bits, so the
        // FPU rounds to the nearest even integer (exact for |y| <= 2^22); nearbyint is a libm call
        // per element on the baseline x86-64 target
        const float q = (y + 12582912.f) - 12582912.f;
        out[(size_t)k * nr] = (int8_t)q;
      }
    }
  });
}

PackedWeight pack_weight(const void* src, DType dt, int64_t N, int64_t K, const float* scale) {
  PackedWeight w = alloc_packed(dt, N, K, scale);
  pack_rows(w, src, 0, N);
  return w;
}

PackedWeight quantize_pack_int8(const void* src, DType dt, int64_t N, int64_t K) {
  if (dt == DType::I8 || dt == DType::I32) throw KalaException(ErrorCode::TENSOR_DTYPE, "only float weights can be quantized");
  PackedWeight w = alloc_packed(DType::I8, N, K, nullptr);
  quantize_pack_rows(w, src, dt, 0, N);
  return w;
}

PackedWeight pack_int8(const int8_t* q, const float* scale, int64_t N, int64_t K) { return pack_weight(q, DType::I8, N, K, scale); }

void unpack_weight(const PackedWeight& w, void* dst) {
  const size_t es = elem_size(w.dtype);
  const char* s = static_cast<const char*>(w.storage.get());
  char* d = static_cast<char*>(dst);
  const int nr = w.nr;
  parallel_for(w.N, [&](int64_t n) {
    const char* sl = s + (size_t)(n / nr) * w.K * nr * es;
    for (int64_t k = 0; k < w.K; k++) std::memcpy(d + ((size_t)n * w.K + k) * es, sl + ((size_t)k * nr + n % nr) * es, es);
  });
}

bool vnni_available() {
  static const bool ok = simd_level() == SimdLevel::Avx512 && cpu_features().avx512vnni;
  return ok;
}

static std::atomic<int> g_int8_mode{[] {
  // the VNNI GEMM is the default: with two byte rows per activation it is as accurate as the
  // dequantizing GEMM (test/int8.test.ts); KALA_INT8_GEMM=dequant opts out
  const char* e = std::getenv("KALA_INT8_GEMM");
  return e && std::string(e) == "dequant" ? (int)Int8Gemm::Dequant : (int)Int8Gemm::Vnni;
}()};
Int8Gemm int8_gemm_mode() { return (Int8Gemm)g_int8_mode.load(); }
void set_int8_gemm_mode(Int8Gemm m) { g_int8_mode.store((int)m); }

void linear_int8_vnni(int64_t M, const float* A, int64_t lda, const PackedB& W, float* C, int64_t ldc, bool accumulate) {
  const int64_t N = W.N, K = W.K;
  if (M <= 0 || N <= 0) return;
  if (W.dtype != DType::I8 || W.nr != 32 || !vnni_available()) throw KalaException(ErrorCode::INTERNAL, "linear_int8_vnni needs AVX-512 VNNI and an int8 weight packed 32 wide");
  constexpr int MR = I8_MR, NR = 32;
  const int64_t k4n = (K + 3) / 4;
  const int64_t m_panels = (M + MR - 1) / MR;
  const size_t panel_bytes = (size_t)k4n * MR * 4;
  // activations: each row as two byte rows (hi and its residual lo, i8_quantize_row2_vnni) with a
  // scale each, laid out per panel as [k4][row][4]; the calling thread's scratch, as in
  // linear_packed: no fresh megabytes per call
  uint8_t* Ahi = reinterpret_cast<uint8_t*>(tl_pack_a.get((2 * (size_t)m_panels * panel_bytes + 2 * (size_t)m_panels * MR * 4) / 4 + 16));
  uint8_t* Alo = Ahi + (size_t)m_panels * panel_bytes;
  float* sa_hi = reinterpret_cast<float*>(Alo + (size_t)m_panels * panel_bytes);
  float* sa_lo = sa_hi + m_panels * MR;
  parallel_range(m_panels, 1, [&](int64_t p0, int64_t p1) {
    std::vector<uint8_t> hi(k4n * 4), lo(k4n * 4);
    for (int64_t p = p0; p < p1; p++) {
      uint8_t* ph = Ahi + (size_t)p * panel_bytes;
      uint8_t* pl = Alo + (size_t)p * panel_bytes;
      for (int i = 0; i < MR; i++) {
        const int64_t m = p * MR + i;
        if (m < M) {
          i8_quantize_row2_vnni(A + m * lda, K, hi.data(), lo.data(), &sa_hi[m], &sa_lo[m]);
        } else {  // rows past M: zeros
          std::fill(hi.begin(), hi.end(), (uint8_t)128);
          std::fill(lo.begin(), lo.end(), (uint8_t)128);
          sa_hi[m] = sa_lo[m] = 0;
        }
        for (int64_t k4 = 0; k4 < k4n; k4++) {
          std::memcpy(ph + (k4 * MR + i) * 4, hi.data() + k4 * 4, 4);
          std::memcpy(pl + (k4 * MR + i) * 4, lo.data() + k4 * 4, 4);
        }
      }
    }
  });
  const int64_t slivers = (N + NR - 1) / NR;
  parallel_range(slivers, 1, [&](int64_t s0, int64_t s1) {
    int8_t* Bq = reinterpret_cast<int8_t*>(tl_pack_b.get((size_t)k4n * 32 + 16));
    alignas(64) int32_t colsum[NR];
    alignas(64) int32_t th[MR * NR], tlo[MR * NR];
    for (int64_t s = s0; s < s1; s++) {
      i8_regroup_sliver_vnni(static_cast<const int8_t*>(W.at(s, 0)), K, Bq, colsum);
      const int64_t n0 = s * NR;
      const int64_t ncols = std::min<int64_t>(NR, N - n0);
      const float* sw = W.scale + n0;
      for (int64_t p = 0; p < m_panels; p++) {
        i8_micro_vnni(k4n, Ahi + (size_t)p * panel_bytes, Bq, th);
        i8_micro_vnni(k4n, Alo + (size_t)p * panel_bytes, Bq, tlo);
        const int64_t nrows = std::min<int64_t>(MR, M - p * MR);
        for (int64_t i = 0; i < nrows; i++) {
          const float ah = sa_hi[p * MR + i], al = sa_lo[p * MR + i];
          float* c = C + (p * MR + i) * ldc + n0;
          const int32_t* h = th + i * NR;
          const int32_t* l = tlo + i * NR;
          // sum (q + 128) w = sum q w + 128 colsum, for both byte rows
          for (int64_t j = 0; j < ncols; j++) {
            const float v = sw[j] * (ah * (float)(h[j] - 128 * colsum[j]) + al * (float)(l[j] - 128 * colsum[j]));
            c[j] = accumulate ? c[j] + v : v;
          }
        }
      }
    }
  });
}

bool vnni_gemv_available() {
  static const bool ok = vnni_available() && cpu_features().avx512vbmi;
  return ok;
}

static std::atomic<int> g_int8_gemv_mode{[] {
  const char* e = std::getenv("KALA_INT8_GEMV");
  return e && std::string(e) == "dequant" ? (int)Int8Gemm::Dequant : (int)Int8Gemm::Vnni;
}()};
Int8Gemm int8_gemv_mode() { return (Int8Gemm)g_int8_gemv_mode.load(); }
void set_int8_gemv_mode(Int8Gemm m) { g_int8_gemv_mode.store((int)m); }

// The decode product of an int8 weight with at most GEMV_MAX_ROWS rows of activations, by
// integer dot products: each row is quantized once per call, per group of I8_GEMV_GROUP k (a
// scale per group keeps an outlier feature from coarsening the whole row), then every 32-column
// sliver is streamed once through i8_gemv_vnni.
static void linear_int8_gemv_vnni(int64_t M, const float* A, int64_t lda, const PackedB& W, float* C, int64_t ldc, bool accumulate) {
  const int64_t N = W.N, K = W.K, NR = 32;
  const int64_t ng = (K + I8_GEMV_GROUP - 1) / I8_GEMV_GROUP;
  const int64_t ldq = ng * I8_GEMV_GROUP;  // zero-padded: the kernel reads whole groups of 4
  // the calling thread's scratch: bytes, then scales and sums
  float* scratch = tl_pack_a.get((size_t)(M * ldq) / 4 + 2 * (size_t)M * ng + 16);
  int8_t* xq = reinterpret_cast<int8_t*>(scratch);
  float* xs = scratch + (M * ldq) / 4 + 4;
  int32_t* xsum = reinterpret_cast<int32_t*>(xs + M * ng);
  for (int64_t i = 0; i < M; i++) {
    const float* x = A + i * lda;
    for (int64_t g = 0; g < ng; g++) {
      const int64_t k0 = g * I8_GEMV_GROUP, k1 = std::min<int64_t>(K, k0 + I8_GEMV_GROUP);
      float m = 0;
      for (int64_t k = k0; k < k1; k++) m = std::max(m, std::fabs(x[k]));
      const float s = m > 0 ? m / 127.f : 1.f, inv = 1.f / s;
      int32_t sum = 0;
      for (int64_t k = k0; k < k0 + I8_GEMV_GROUP; k++) {
        const int q = k < k1 ? (int)std::lrintf(std::min(127.f, std::max(-127.f, x[k] * inv))) : 0;
        xq[i * ldq + k] = (int8_t)q;
        sum += q;
      }
      xs[i * ng + g] = s;
      xsum[i * ng + g] = sum;
    }
  }
  if (!accumulate)
    for (int64_t i = 0; i < M; i++) std::memset(C + i * ldc, 0, N * sizeof(float));
  const int64_t slivers = (N + NR - 1) / NR;
  const int64_t grain = std::max<int64_t>(1, slivers / (num_threads() * 8));
  parallel_range(slivers, grain, [&](int64_t s0, int64_t s1) {
    for (int64_t s = s0; s < s1; s++) {
      const int64_t n0 = s * NR;
      const int8_t* b = static_cast<const int8_t*>(W.at(s, 0));
      if (n0 + NR <= N) {
        i8_gemv_vnni(K, xq, ldq, xs, xsum, ng, (int)M, b, W.scale + n0, C + n0, ldc);
      } else {
        alignas(64) float tmp[GEMV_MAX_ROWS * 32] = {};
        alignas(64) float sc[32] = {};
        for (int64_t j = 0; j < N - n0; j++) sc[j] = W.scale[n0 + j];
        i8_gemv_vnni(K, xq, ldq, xs, xsum, ng, (int)M, b, sc, tmp, NR);
        for (int64_t i = 0; i < M; i++)
          for (int64_t j = 0; j < N - n0; j++) C[i * ldc + n0 + j] += tmp[i * NR + j];
      }
    }
  });
}

void linear_packed(int64_t M, const float* A, int64_t lda, const PackedB& W, float* C, int64_t ldc, bool accumulate) {
  const int64_t N = W.N, K = W.K;
  if (M <= 0 || N <= 0) return;
  if (W.dtype == DType::I8 && M <= GEMV_MAX_ROWS && W.nr == 32 && W.scale && int8_gemv_mode() == Int8Gemm::Vnni && vnni_gemv_available())
    return linear_int8_gemv_vnni(M, A, lda, W, C, ldc, accumulate);
  if (W.dtype == DType::I8 && M > GEMV_MAX_ROWS && W.nr == 32 && int8_gemm_mode() == Int8Gemm::Vnni && vnni_available())
    return linear_int8_vnni(M, A, lda, W, C, ldc, accumulate);
  const Kernels& kr = kernels();
  const int MR = kr.mr, NR = W.nr;
  const int64_t slivers = (N + NR - 1) / NR;
  if (M <= GEMV_MAX_ROWS) {
    if (!accumulate)
      for (int64_t i = 0; i < M; i++) std::memset(C + i * ldc, 0, N * sizeof(float));
    const int64_t grain = std::max<int64_t>(1, slivers / (num_threads() * 8));
    parallel_range(slivers, grain, [&](int64_t s0, int64_t s1) {
      for (int64_t s = s0; s < s1; s++) {
        const int64_t n0 = s * NR;
        const float* sc = W.scale ? W.scale + n0 : nullptr;
        if (n0 + NR <= N) {
          kr.gemv_packed(K, A, lda, (int)M, W.at(s, 0), W.dtype, sc, C + n0, ldc);
        } else {
          alignas(64) float tmp[GEMV_MAX_ROWS * 64] = {};
          kr.gemv_packed(K, A, lda, (int)M, W.at(s, 0), W.dtype, sc, tmp, NR);
          for (int64_t i = 0; i < M; i++)
            for (int64_t j = 0; j < N - n0; j++) C[i * ldc + n0 + j] += tmp[i * NR + j];
        }
      }
    });
    return;
  }
  const int64_t m_panels = (M + MR - 1) / MR;
  float* Ap = tl_pack_a.get((size_t)m_panels * MR * K);
  parallel_range(m_panels, std::max<int64_t>(1, m_panels / (num_threads() * 2)), [&](int64_t p0, int64_t p1) {
    for (int64_t p = p0; p < p1; p++) pack_a_panel(MR, A, lda, false, M, p * MR, 0, K, Ap + p * K * MR);
  });
  const int64_t MC = MR * 8;
  const int64_t m_blocks = (M + MC - 1) / MC;
  const int64_t group = std::max<int64_t>(1, std::min<int64_t>(8, slivers * m_blocks / (num_threads() * 4)));
  const int64_t n_groups = (slivers + group - 1) / group;
  parallel_for(m_blocks * n_groups, [&](int64_t t) {
    const int64_t mb = t / n_groups, g = t % n_groups;
    alignas(64) float edge[16 * 64];
    for (int64_t s = g * group; s < std::min(slivers, (g + 1) * group); s++) {
      const int64_t n0 = s * NR;
      const int64_t ncols = std::min<int64_t>(NR, N - n0);
      const float* sc = W.scale ? W.scale + n0 : nullptr;
      for (int64_t pc = 0; pc < K; pc += KC) {
        const int64_t kc = std::min(KC, K - pc);
        const bool load = accumulate || pc > 0;
        const void* bp = W.at(s, pc);
        for (int64_t p = mb * MC / MR; p < std::min(m_panels, (mb + 1) * MC / MR); p++) {
          const int64_t i0 = p * MR;
          const int64_t nrows = std::min<int64_t>(MR, M - i0);
          const float* ap = Ap + p * K * MR + pc * MR;
          float* c = C + i0 * ldc + n0;
          if (nrows == MR && ncols == NR) {
            kr.micro_packed(kc, ap, bp, W.dtype, sc, c, ldc, load);
          } else {
            for (int64_t i = 0; i < MR; i++)
              for (int64_t j = 0; j < NR; j++) edge[i * NR + j] = (load && i < nrows && j < ncols) ? c[i * ldc + j] : 0.f;
            kr.micro_packed(kc, ap, bp, W.dtype, sc, edge, NR, true);
            for (int64_t i = 0; i < nrows; i++)
              for (int64_t j = 0; j < ncols; j++) c[i * ldc + j] = edge[i * NR + j];
          }
        }
      }
    }
  });
}

void sgemm(int64_t M, int64_t N, int64_t K, const float* A, int64_t lda, bool transA, const float* B, int64_t ldb,
           bool transB, float* C, int64_t ldc, bool accumulate) {
  MatB b;
  b.dtype = DType::F32;
  b.data = B;
  b.ld = ldb;
  b.trans = transB;
  gemm(M, N, K, A, lda, transA, b, C, ldc, accumulate);
}

}  // namespace kala
