#include "cpu_features.h"
#include "kernels/kernels.h"

namespace kala {

const Kernels& kernels() {
  static const Kernels* k = [] {
    switch (simd_level()) {
      case SimdLevel::Avx512: return &kernel_table_avx512;
      case SimdLevel::Avx2: return &kernel_table_avx2;
      default: return &kernel_table_portable;
    }
  }();
  return *k;
}

}  // namespace kala
