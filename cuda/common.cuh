// Device-side helpers shared by every kernel file: element types and conversions, warp
// reductions, tensor-core (mma.sync) fragments, the dropout mask of the CPU engine, and the
// launch wrapper that also runs kernels under the emulator (KALA_CUDA_EMU, cuda/emu/).
#pragma once
#include <cuda_bf16.h>
#include <cuda_fp16.h>

#ifdef KALA_CUDA_EMU
#include "emu/emu.h"
#else
#include <cuda_runtime.h>
#endif

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "kala_cuda.h"

// Tensor-core code (mma.sync on bf16/f16, int8) is compiled for sm_80 and newer only; the
// emulator runs it too. Older targets get a trap in its place and the host never launches it
// there (kala::cuda::use_tensor_cores()).
#if defined(KALA_CUDA_EMU) || (defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 800)
#define KALA_TC 1
#else
#define KALA_TC 0
#endif

#define KD __device__ __forceinline__
#define KHD __host__ __device__ __forceinline__

namespace kala::cuda {

using bf16 = __nv_bfloat16;
using f16 = __half;

// ---------------------------------------------------------------- element conversions
KD float to_f(float x) { return x; }
KD float to_f(f16 x) { return __half2float(x); }
KD float to_f(bf16 x) { return __bfloat162float(x); }
KD float to_f(int8_t x) { return (float)x; }

template <typename T>
KD T from_f(float x);
template <>
KD float from_f<float>(float x) { return x; }
template <>
KD f16 from_f<f16>(float x) { return __float2half_rn(x); }
template <>
KD bf16 from_f<bf16>(float x) { return __float2bfloat16_rn(x); }

// Two floats as one 32-bit register of 16-bit values (lo in the low half), the operand format
// of mma.sync.
template <typename T16>
KD uint32_t pack2(float lo, float hi);
template <>
KD uint32_t pack2<f16>(float lo, float hi) {
  __half2 h = __floats2half2_rn(lo, hi);
  uint32_t u;
  memcpy(&u, &h, 4);
  return u;
}
template <>
KD uint32_t pack2<bf16>(float lo, float hi) {
  __nv_bfloat162 h = __floats2bfloat162_rn(lo, hi);
  uint32_t u;
  memcpy(&u, &h, 4);
  return u;
}
template <typename T16>
KD float unpack_lo(uint32_t u) {
  T16 h;
  uint16_t s = (uint16_t)(u & 0xffffu);
  memcpy(&h, &s, 2);
  return to_f(h);
}
template <typename T16>
KD float unpack_hi(uint32_t u) {
  T16 h;
  uint16_t s = (uint16_t)(u >> 16);
  memcpy(&h, &s, 2);
  return to_f(h);
}

// Reads element i of a buffer of runtime dtype (f32, f16, bf16, i8 as its integer value).
KD float load_any(const void* p, DType dt, int64_t i) {
  switch (dt) {
    case DType::F16: return to_f(static_cast<const f16*>(p)[i]);
    case DType::BF16: return to_f(static_cast<const bf16*>(p)[i]);
    case DType::I8: return (float)static_cast<const int8_t*>(p)[i];
    default: return static_cast<const float*>(p)[i];
  }
}

// ---------------------------------------------------------------- small math
KHD int imin(int a, int b) { return a < b ? a : b; }
KHD int imax(int a, int b) { return a > b ? a : b; }
KHD int64_t lmin(int64_t a, int64_t b) { return a < b ? a : b; }
KHD int64_t lmax(int64_t a, int64_t b) { return a > b ? a : b; }
KD bool is_nan(float x) { return x != x; }

KD float warp_sum(float v) {
  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
  return v;
}
KD double warp_sum_d(double v) {
  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
  return v;
}
KD float warp_max(float v) {
  for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
  return v;
}
// Sum over the 4 lanes of an mma quad (lanes 4g..4g+3).
KD float quad_sum(float v) {
  v += __shfl_xor_sync(0xffffffffu, v, 1);
  v += __shfl_xor_sync(0xffffffffu, v, 2);
  return v;
}
KD float quad_max(float v) {
  v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, 1));
  v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, 2));
  return v;
}

// Block-wide sum (blockDim.x a multiple of 32, at most 1024); every thread gets the result.
// `red` is shared scratch of at least 32 floats; the call synchronises the block.
KD float block_sum(float v, float* red) {
  const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, nw = blockDim.x >> 5;
  v = warp_sum(v);
  __syncthreads();
  if (lane == 0) red[warp] = v;
  __syncthreads();
  float t = lane < nw ? red[lane] : 0.f;
  t = warp_sum(t);
  return t;
}
KD double block_sum_d(double v, double* red) {
  const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, nw = blockDim.x >> 5;
  v = warp_sum_d(v);
  __syncthreads();
  if (lane == 0) red[warp] = v;
  __syncthreads();
  double t = lane < nw ? red[lane] : 0.0;
  t = warp_sum_d(t);
  return t;
}
KD float block_max(float v, float* red) {
  const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, nw = blockDim.x >> 5;
  v = warp_max(v);
  __syncthreads();
  if (lane == 0) red[warp] = v;
  __syncthreads();
  float t = lane < nw ? red[lane] : -INFINITY;
  return warp_max(t);
}

// ---------------------------------------------------------------- dropout (csrc/ops/lora.cpp)
// Element i of a buffer is kept iff mix64(base + i * golden) >= threshold, base =
// mix64(seed ^ "drop"), threshold = p * 2^64, kept values scaled by 1 / (1 - p): the CPU mask.
KD uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
struct DropMask {
  uint64_t base = 0, threshold = 0;
  float keep_scale = 1.f;
  bool on = false;
  KD float at(int64_t i) const {
    if (!on) return 1.f;
    return mix64(base + (uint64_t)i * 0x9e3779b97f4a7c15ull) >= threshold ? keep_scale : 0.f;
  }
};
// Host side: the mask parameters for (p, seed); off when p <= 0 or !enabled.
DropMask make_drop_mask(double p, uint64_t seed, bool enabled);

// ---------------------------------------------------------------- tensor cores
// D = A B + C for one warp: m16n8k16, A row-major 16x16 (4 regs of two 16-bit values), B
// column-major 16x8 (2 regs), C/D 16x8 f32 (4 floats). Fragment ownership, with g = lane / 4
// and t = lane % 4:
//   a[0] = A[g][2t..2t+1]   a[1] = A[g+8][2t..2t+1]   a[2] = A[g][2t+8..]   a[3] = A[g+8][2t+8..]
//   b[0] = B[2t..2t+1][g]   b[1] = B[2t+8..2t+9][g]
//   c[0..1] = C[g][2t..2t+1]   c[2..3] = C[g+8][2t..2t+1]
template <typename T16>
KD void mma16816(float c[4], const uint32_t a[4], const uint32_t b[2]) {
#if defined(KALA_CUDA_EMU)
  struct Frag {
    uint32_t a[4], b[2];
  } mine;
  for (int i = 0; i < 4; i++) mine.a[i] = a[i];
  mine.b[0] = b[0];
  mine.b[1] = b[1];
  const void* const* all;
  const int lane = ::kala_emu::warp_exchange(&mine, sizeof mine, &all);
  auto A = [&](int r, int k) {
    const Frag& f = *static_cast<const Frag*>(all[(r & 7) * 4 + ((k & 7) >> 1)]);
    const uint32_t u = f.a[(r >> 3) + ((k >> 3) << 1)];
    return (k & 1) ? unpack_hi<T16>(u) : unpack_lo<T16>(u);
  };
  auto B = [&](int k, int n) {
    const Frag& f = *static_cast<const Frag*>(all[n * 4 + ((k & 7) >> 1)]);
    const uint32_t u = f.b[k >> 3];
    return (k & 1) ? unpack_hi<T16>(u) : unpack_lo<T16>(u);
  };
  const int g = lane >> 2, t = lane & 3;
  for (int i = 0; i < 4; i++) {
    const int r = g + ((i >> 1) << 3), n = 2 * t + (i & 1);
    float s = 0.f;
    for (int k = 0; k < 16; k++) s += A(r, k) * B(k, n);
    c[i] += s;
  }
#elif KALA_TC
  if constexpr (sizeof(T16) == 2 && std::is_same<T16, bf16>::value) {
    asm volatile(
        "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
        : "+f"(c[0]), "+f"(c[1]), "+f"(c[2]), "+f"(c[3])
        : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]));
  } else {
    asm volatile(
        "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
        : "+f"(c[0]), "+f"(c[1]), "+f"(c[2]), "+f"(c[3])
        : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]));
  }
#else
  __trap();
#endif
}

// int8: m16n8k32, s8 x s8 -> s32. Registers hold four consecutive int8 along k (lowest byte
// first). g = lane / 4, t = lane % 4:
//   a[0] = A[g][4t..4t+3]  a[1] = A[g+8][4t..]  a[2] = A[g][4t+16..]  a[3] = A[g+8][4t+16..]
//   b[0] = B[4t..4t+3][g]  b[1] = B[4t+16..4t+19][g]       c as in mma16816 (int32)
KD void mma16832_s8(int c[4], const uint32_t a[4], const uint32_t b[2]) {
#if defined(KALA_CUDA_EMU)
  struct Frag {
    uint32_t a[4], b[2];
  } mine;
  for (int i = 0; i < 4; i++) mine.a[i] = a[i];
  mine.b[0] = b[0];
  mine.b[1] = b[1];
  const void* const* all;
  const int lane = ::kala_emu::warp_exchange(&mine, sizeof mine, &all);
  auto byte = [](uint32_t u, int i) { return (int)(int8_t)((u >> (8 * i)) & 0xffu); };
  auto A = [&](int r, int k) {
    const Frag& f = *static_cast<const Frag*>(all[(r & 7) * 4 + ((k & 15) >> 2)]);
    return byte(f.a[(r >> 3) + ((k >> 4) << 1)], k & 3);
  };
  auto B = [&](int k, int n) {
    const Frag& f = *static_cast<const Frag*>(all[n * 4 + ((k & 15) >> 2)]);
    return byte(f.b[k >> 4], k & 3);
  };
  const int g = lane >> 2, t = lane & 3;
  for (int i = 0; i < 4; i++) {
    const int r = g + ((i >> 1) << 3), n = 2 * t + (i & 1);
    int s = 0;
    for (int k = 0; k < 32; k++) s += A(r, k) * B(k, n);
    c[i] += s;
  }
#elif KALA_TC
  asm volatile(
      "mma.sync.aligned.m16n8k32.row.col.s32.s8.s8.s32 {%0,%1,%2,%3}, {%4,%5,%6,%7}, {%8,%9}, {%0,%1,%2,%3};\n"
      : "+r"(c[0]), "+r"(c[1]), "+r"(c[2]), "+r"(c[3])
      : "r"(a[0]), "r"(a[1]), "r"(a[2]), "r"(a[3]), "r"(b[0]), "r"(b[1]));
#else
  __trap();
#endif
}

// The C fragments of two adjacent m16n8 tiles (columns 16j..16j+15) re-used as the A fragment
// of an m16k16 product (P V in attention): same rows, the 16 columns become k.
template <typename T16>
KD void c_to_a(const float c0[4], const float c1[4], uint32_t a[4]) {
  a[0] = pack2<T16>(c0[0], c0[1]);
  a[1] = pack2<T16>(c0[2], c0[3]);
  a[2] = pack2<T16>(c1[0], c1[1]);
  a[3] = pack2<T16>(c1[2], c1[3]);
}

// Vector accesses must be aligned on the GPU; the emulator checks it (a CPU would not fault).
template <int N>
KD void check_align(const void* p) {
#ifdef KALA_CUDA_EMU
  if (reinterpret_cast<uintptr_t>(p) % N) ::kala_emu::trap("misaligned vector access");
#else
  (void)p;
#endif
}

// 32-bit load from shared memory of two consecutive 16-bit values (4-byte aligned).
KD uint32_t lds32(const void* p) {
  check_align<4>(p);
  return *static_cast<const uint32_t*>(p);
}

// ---------------------------------------------------------------- launching
// Launches kernel<<<grid, block, smem, stream>>>(args...) (or runs it in the emulator) and
// checks the launch.
void check_launch(const char* what);

template <typename... KArgs, typename... Args>
inline void launch(const char* what, void (*kernel)(KArgs...), dim3 grid, dim3 block, size_t smem, Stream stream,
                   Args... args) {
  if (grid.x == 0 || grid.y == 0 || grid.z == 0) return;
#ifdef KALA_CUDA_EMU
  (void)stream;
  try {
    ::kala_emu::launch(grid, block, smem, [&] { kernel(static_cast<KArgs>(args)...); });
  } catch (const std::exception& e) {
    throw KalaException(ErrorCode::CUDA_ERROR, std::string(what) + ": " + e.what());
  }
#else
  kernel<<<grid, block, smem, (cudaStream_t)stream>>>(static_cast<KArgs>(args)...);
  check_launch(what);
#endif
}

// Allows `bytes` of dynamic shared memory for a kernel (above the 48 KB default).
void allow_smem(const void* kernel, size_t bytes);

inline unsigned cdiv(int64_t a, int64_t b) { return (unsigned)((a + b - 1) / b); }

}  // namespace kala::cuda
