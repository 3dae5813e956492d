// What bench/ measures and switches beside the kernels it times (napi/bench_wrap.cpp, the `bench`
// namespace): the memory read bandwidth of this machine, and the process-wide int8 GEMM / GEMV
// modes by name (the switches KALA_INT8_GEMM and KALA_INT8_GEMV set at start).
#pragma once
#include <cstdint>
#include <string>

namespace kala {

// GB/s of a multi-threaded streaming read of `bytes` over a fresh buffer, best of `passes`, each
// pass reading it both with the hardware prefetcher alone and with software prefetches ahead.
double read_bandwidth_gbs(int64_t bytes, int passes);

// With a mode ("vnni" | "dequant", else INVALID_ARGUMENT) sets it; returns the mode in effect,
// which is "vnni" only where the CPU has it (GEMM: AVX-512 VNNI; GEMV: VNNI and VBMI).
const char* int8_gemm_mode_named(const std::string* mode);
const char* int8_gemv_mode_named(const std::string* mode);

}  // namespace kala
