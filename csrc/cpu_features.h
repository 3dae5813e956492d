// Which SIMD level this CPU and OS support; kernels dispatch on it once per call.
#pragma once
#include <string>
#include <vector>

namespace kala {

enum class SimdLevel { Portable = 0, Avx2 = 1, Avx512 = 2 };

struct CpuFeatures {
  bool avx2 = false, fma = false, f16c = false;
  bool avx512f = false, avx512bw = false, avx512vl = false, avx512dq = false;
  bool avx512vnni = false, avx512bf16 = false, avxvnni = false, avx512vbmi = false;
  std::string brand;
};

const CpuFeatures& cpu_features();
// The names of the features the CPU has, as cpuInfo() lists them (avx2, fma, ..., avxvnni).
std::vector<const char*> cpu_feature_names(const CpuFeatures& f);
// The level kernels use: the best the CPU has, capped by env KALA_SIMD=portable|avx2|avx512.
SimdLevel simd_level();
const char* simd_level_name(SimdLevel level);

}  // namespace kala
