// Element types of tensors and checkpoint data (safetensors names: F32, F16, BF16, I8, I32).
#pragma once
#include <cstdint>

namespace kala {
enum class DType : uint8_t { F32 = 0, F16 = 1, BF16 = 2, I8 = 3, I32 = 4 };
}
