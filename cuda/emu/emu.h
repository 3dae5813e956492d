// A small CUDA execution emulator for testing the kernels on machines without a GPU.
//
// The kernels in cuda/ are compiled twice: by nvcc for real GPUs, and (build option
// KALA_CUDA_EMU) by the host C++ compiler with this header forced in front. Each CUDA thread of a
// block then runs as a cooperative fiber on the calling OS thread; __syncthreads, warp shuffles
// and the warp-wide mma.sync are collective operations across those fibers. Blocks run one after
// another. Nothing here is fast: it exists so that indexing, masking, synchronisation and the
// fragment layouts of the tensor-core paths can be checked against the CPU ops before a GPU
// is available. It emulates what the kernels use, nothing more.
#pragma once
#ifdef KALA_CUDA_EMU

#include <cuda_bf16.h>
#include <cuda_fp16.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>

// cuda_fp16.h defines __device__, __global__, __host__ and __shared__ as empty for host
// compilers. Shared memory must be one object per block: blocks run sequentially on one OS
// thread, so a thread_local static is exactly that.
#undef __shared__
#define __shared__ static thread_local
#ifndef __launch_bounds__
#define __launch_bounds__(...)
#endif

namespace kala_emu {

// The current fiber's and block's coordinates (valid inside a kernel).
const uint3& thread_idx();
const uint3& block_idx();
const dim3& block_dim();
const dim3& grid_dim();
unsigned char* dyn_smem();

void syncthreads();
// Warp collective: every active lane of the calling warp deposits `bytes` of data; after all
// have arrived, `read(lane)` gives access to what lane `lane` deposited. Returns the caller's lane.
int warp_exchange(const void* data, size_t bytes, const void* const** all_out);
int lane_id();
[[noreturn]] void trap(const char* why);

// Runs body once per thread of every block of the grid.
void launch(dim3 grid, dim3 block, size_t dyn_smem_bytes, const std::function<void()>& body);
// The compute capability the emulator pretends to have (env KALA_EMU_CC, default 80).
int emulated_cc();

}  // namespace kala_emu

#define threadIdx (::kala_emu::thread_idx())
#define blockIdx (::kala_emu::block_idx())
#define blockDim (::kala_emu::block_dim())
#define gridDim (::kala_emu::grid_dim())

inline void __syncthreads() { ::kala_emu::syncthreads(); }
inline void __syncwarp(unsigned = 0xffffffffu) {
  const void* const* all;
  int dummy = 0;
  ::kala_emu::warp_exchange(&dummy, sizeof dummy, &all);
}
[[noreturn]] inline void __trap() { ::kala_emu::trap("__trap() called"); }

template <typename T>
inline T __shfl_sync(unsigned, T v, int src, int width = 32) {
  const void* const* all;
  const int lane = ::kala_emu::warp_exchange(&v, sizeof(T), &all);
  const int base = lane & ~(width - 1);
  T r;
  std::memcpy(&r, all[base + (src & (width - 1))], sizeof(T));
  return r;
}
template <typename T>
inline T __shfl_xor_sync(unsigned, T v, int mask, int width = 32) {
  const void* const* all;
  const int lane = ::kala_emu::warp_exchange(&v, sizeof(T), &all);
  const int base = lane & ~(width - 1);
  T r;
  std::memcpy(&r, all[base + ((lane ^ mask) & (width - 1))], sizeof(T));
  return r;
}
template <typename T>
inline T __shfl_down_sync(unsigned, T v, unsigned delta, int width = 32) {
  const void* const* all;
  const int lane = ::kala_emu::warp_exchange(&v, sizeof(T), &all);
  const int base = lane & ~(width - 1);
  const int src = (lane - base) + (int)delta;
  T r;
  std::memcpy(&r, all[src < width ? base + src : lane], sizeof(T));
  return r;
}

// Fibers of one block run on one OS thread, one at a time: plain read-modify-write is atomic.
template <typename T>
inline T atomicAdd(T* p, T v) {
  T old = *p;
  *p = old + v;
  return old;
}
inline int atomicMax(int* p, int v) {
  int old = *p;
  if (v > old) *p = v;
  return old;
}
inline unsigned atomicOr(unsigned* p, unsigned v) {
  unsigned old = *p;
  *p = old | v;
  return old;
}
template <typename T>
inline T __ldg(const T* p) { return *p; }

inline float __expf(float x) { return std::exp(x); }
inline float __logf(float x) { return std::log(x); }
inline float __fdividef(float a, float b) { return a / b; }
inline float rsqrtf(float x) { return 1.0f / std::sqrt(x); }
inline float __frcp_rn(float x) { return 1.0f / x; }
inline float __saturatef(float x) { return x < 0.f ? 0.f : (x > 1.f ? 1.f : x); }
inline int __float_as_int(float f) {
  int i;
  std::memcpy(&i, &f, 4);
  return i;
}
inline float __int_as_float(int i) {
  float f;
  std::memcpy(&f, &i, 4);
  return f;
}
inline unsigned __float_as_uint(float f) {
  unsigned i;
  std::memcpy(&i, &f, 4);
  return i;
}
inline float __uint_as_float(unsigned i) {
  float f;
  std::memcpy(&f, &i, 4);
  return f;
}
inline int __float2int_rn(float x) { return (int)std::nearbyint(x); }
inline int __popc(unsigned x) { return __builtin_popcount(x); }

#endif  // KALA_CUDA_EMU
