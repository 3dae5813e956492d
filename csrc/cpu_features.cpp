#include "cpu_features.h"

#include <cstdlib>
#include <cstring>
#include <utility>
#if defined(__x86_64__) || defined(_M_X64)
#include <cpuid.h>
#define KALA_X86 1
#endif

namespace kala {

#ifdef KALA_X86
static unsigned long long xgetbv0() {
  unsigned int eax, edx;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return ((unsigned long long)edx << 32) | eax;
}
#endif

static CpuFeatures detect() {
  CpuFeatures f;
#ifdef KALA_X86
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return f;
  const bool osxsave = c & (1u << 27);
  const bool avx = c & (1u << 28);
  f.fma = c & (1u << 12);
  f.f16c = c & (1u << 29);
  unsigned long long xcr0 = osxsave ? xgetbv0() : 0;
  const bool ymm_ok = (xcr0 & 0x6) == 0x6;      // SSE + AVX state saved by the OS
  const bool zmm_ok = (xcr0 & 0xe6) == 0xe6;    // + opmask, ZMM upper halves
  if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
    f.avx2 = avx && ymm_ok && (b & (1u << 5));
    f.avx512f = zmm_ok && (b & (1u << 16));
    f.avx512dq = zmm_ok && (b & (1u << 17));
    f.avx512bw = zmm_ok && (b & (1u << 30));
    f.avx512vl = zmm_ok && (b & (1u << 31));
    f.avx512vnni = zmm_ok && (c & (1u << 11));
    f.avx512vbmi = zmm_ok && (c & (1u << 1));
  }
  if (__get_cpuid_count(7, 1, &a, &b, &c, &d)) {
    f.avx512bf16 = zmm_ok && (a & (1u << 5));
    f.avxvnni = ymm_ok && (a & (1u << 4));
  }
  f.fma = f.fma && ymm_ok;
  f.f16c = f.f16c && ymm_ok;
  unsigned int brand[12] = {0};
  if (__get_cpuid(0x80000000, &a, &b, &c, &d) && a >= 0x80000004) {
    for (unsigned i = 0; i < 3; i++) __get_cpuid(0x80000002 + i, &brand[4 * i], &brand[4 * i + 1], &brand[4 * i + 2], &brand[4 * i + 3]);
    char s[49];
    std::memcpy(s, brand, 48);
    s[48] = 0;
    f.brand = s;
    while (!f.brand.empty() && f.brand.back() == ' ') f.brand.pop_back();
  }
#endif
  return f;
}

const CpuFeatures& cpu_features() {
  static const CpuFeatures f = detect();
  return f;
}

SimdLevel simd_level() {
  static const SimdLevel level = [] {
    const CpuFeatures& f = cpu_features();
    SimdLevel best = SimdLevel::Portable;
    if (f.avx2 && f.fma && f.f16c) best = SimdLevel::Avx2;
    if (best == SimdLevel::Avx2 && f.avx512f && f.avx512bw && f.avx512vl && f.avx512dq) best = SimdLevel::Avx512;
    const char* cap = std::getenv("KALA_SIMD");
    if (cap) {
      SimdLevel want = best;
      if (!std::strcmp(cap, "portable")) want = SimdLevel::Portable;
      else if (!std::strcmp(cap, "avx2")) want = SimdLevel::Avx2;
      else if (!std::strcmp(cap, "avx512")) want = SimdLevel::Avx512;
      if ((int)want < (int)best) best = want;
    }
    return best;
  }();
  return level;
}

const char* simd_level_name(SimdLevel level) {
  switch (level) {
    case SimdLevel::Avx512: return "avx512";
    case SimdLevel::Avx2: return "avx2";
    default: return "portable";
  }
}

std::vector<const char*> cpu_feature_names(const CpuFeatures& f) {
  const std::pair<bool, const char*> all[] = {
      {f.avx2, "avx2"},           {f.fma, "fma"},           {f.f16c, "f16c"},
      {f.avx512f, "avx512f"},     {f.avx512bw, "avx512bw"}, {f.avx512vl, "avx512vl"},
      {f.avx512dq, "avx512dq"},   {f.avx512vnni, "avx512vnni"}, {f.avx512vbmi, "avx512vbmi"},
      {f.avx512bf16, "avx512bf16"}, {f.avxvnni, "avxvnni"},
  };
  std::vector<const char*> out;
  for (const auto& [on, name] : all)
    if (on) out.push_back(name);
  return out;
}

}  // namespace kala
