#include "tensor.h"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>

#include "half.h"

namespace kala {

size_t dtype_size(DType t) {
  switch (t) {
    case DType::F32: return 4;
    case DType::F16: return 2;
    case DType::BF16: return 2;
    case DType::I8: return 1;
    case DType::I32: return 4;
  }
  return 0;
}

const char* dtype_name(DType t) {
  switch (t) {
    case DType::F32: return "F32";
    case DType::F16: return "F16";
    case DType::BF16: return "BF16";
    case DType::I8: return "I8";
    case DType::I32: return "I32";
  }
  return "?";
}

DType dtype_from_name(const std::string& n) {
  if (n == "F32") return DType::F32;
  if (n == "F16") return DType::F16;
  if (n == "BF16") return DType::BF16;
  if (n == "I8") return DType::I8;
  if (n == "I32") return DType::I32;
  throw KalaException(ErrorCode::TENSOR_DTYPE, "unsupported dtype " + n);
}

std::shared_ptr<void> alloc_aligned(size_t bytes, bool zero) {
  if (bytes > kMaxAllocBytes)
    throw KalaException(ErrorCode::OUT_OF_MEMORY, "refusing to allocate " + std::to_string(bytes) + " bytes (more than any machine holds)");
  size_t rounded = (bytes + 63) / 64 * 64;
  if (rounded == 0) rounded = 64;
  // Large blocks (weights, big activations) start on a 2 MiB boundary and ask for transparent
  // huge pages: their first touch then faults once per 2 MiB instead of once per 4 KiB, which
  // was a third of the time of loading a checkpoint from the page cache.
  constexpr size_t kHugePage = size_t(2) << 20, kHugeFrom = size_t(8) << 20;
  const bool huge = rounded >= kHugeFrom;
  void* p = nullptr;
  if (posix_memalign(&p, huge ? kHugePage : 64, rounded) != 0) p = nullptr;
  if (!p) throw KalaException(ErrorCode::OUT_OF_MEMORY, "could not allocate " + std::to_string(bytes) + " bytes");
#ifdef MADV_HUGEPAGE
  if (huge) madvise(p, rounded / kHugePage * kHugePage, MADV_HUGEPAGE);  // advice only: ignored where THP is off
#endif
  if (zero) std::memset(p, 0, rounded);
  return std::shared_ptr<void>(p, [](void* q) { std::free(q); });
}

static Tensor allocate(DType dtype, std::vector<int64_t> shape, bool zero) {
  Tensor t;
  t.dtype = dtype;
  t.shape = std::move(shape);
  t.owner = alloc_aligned(t.nbytes(), zero);
  t.data = t.owner.get();
  return t;
}

Tensor Tensor::empty(DType dtype, std::vector<int64_t> shape) { return allocate(dtype, std::move(shape), true); }
Tensor Tensor::uninit(DType dtype, std::vector<int64_t> shape) { return allocate(dtype, std::move(shape), false); }

int64_t checked_mul(int64_t a, int64_t b, ErrorCode code) {
  int64_t r;
  if (a < 0 || b < 0 || __builtin_mul_overflow(a, b, &r))
    throw KalaException(code, "size " + std::to_string(a) + " x " + std::to_string(b) + " is negative or overflows 64 bits");
  return r;
}

static std::string shape_str(const std::vector<int64_t>& shape) {
  std::string s;
  for (int64_t d : shape) s += (s.empty() ? "" : ",") + std::to_string(d);
  return "[" + s + "]";
}

int64_t checked_numel(const std::vector<int64_t>& shape, size_t elem_bytes) {
  int64_t n = 1;
  for (int64_t d : shape)
    if (d < 0 || __builtin_mul_overflow(n, d, &n))
      throw KalaException(ErrorCode::INVALID_ARGUMENT, "tensor shape " + shape_str(shape) + " has a negative dimension or too many elements");
  int64_t bytes;
  if (__builtin_mul_overflow(n, (int64_t)elem_bytes, &bytes))
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "tensor shape " + shape_str(shape) + " is too large to address");
  return n;
}

int64_t Tensor::numel() const { return checked_numel(shape, 1); }

float read_float(const void* data, DType dtype, int64_t i) {
  switch (dtype) {
    case DType::F32: return static_cast<const float*>(data)[i];
    case DType::F16: return f16_to_f32(static_cast<const uint16_t*>(data)[i]);
    case DType::BF16: return bf16_to_f32(static_cast<const uint16_t*>(data)[i]);
    case DType::I8: return (float)static_cast<const int8_t*>(data)[i];
    case DType::I32: return (float)static_cast<const int32_t*>(data)[i];
  }
  return 0.f;
}

void convert_to_f32(const void* src, DType dtype, int64_t n, float* dst) {
  if (dtype == DType::F32) {
    std::memcpy(dst, src, n * 4);
  } else {
    for (int64_t i = 0; i < n; i++) dst[i] = read_float(src, dtype, i);
  }
}

Tensor to_f32(const Tensor& t) {
  Tensor out = Tensor::uninit(DType::F32, t.shape);
  convert_to_f32(t.data, t.dtype, t.numel(), out.f32());
  return out;
}

}  // namespace kala
