// A small contiguous tensor: dtype, shape, a data pointer, and whatever keeps the data alive
// (a heap block, or the mmap of a checkpoint file).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "dtype.h"
#include "error_codes.h"

namespace kala {

size_t dtype_size(DType t);
const char* dtype_name(DType t);
DType dtype_from_name(const std::string& name);  // "F32", "F16", "BF16", "I8", "I32"

// Errors the binding maps to KalaError codes (error_codes.h: a code outside that list does not compile).
struct KalaException : std::runtime_error {
  ErrorCode code;
  KalaException(ErrorCode c, const std::string& msg) : std::runtime_error(msg), code(c) {}
};

// 64-byte aligned heap block, zero-initialised. Blocks above kMaxAllocBytes are refused at once
// (OUT_OF_MEMORY) instead of being handed to an overcommitting allocator.
std::shared_ptr<void> alloc_aligned(size_t bytes, bool zero = true);  // zero = false: a buffer about to be overwritten
constexpr uint64_t kMaxAllocBytes = uint64_t(1) << 46;  // 64 TiB

// a * b for sizes, throwing KalaException(code) instead of wrapping; both must be >= 0.
int64_t checked_mul(int64_t a, int64_t b, ErrorCode code = ErrorCode::INVALID_ARGUMENT);
// Elements of a shape: every dimension >= 0, the product and its bytes fit in int64
// (else KalaException INVALID_ARGUMENT naming the shape).
int64_t checked_numel(const std::vector<int64_t>& shape, size_t elem_bytes);

struct Tensor {
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  void* data = nullptr;
  std::shared_ptr<void> owner;

  static Tensor empty(DType dtype, std::vector<int64_t> shape);   // zero-filled
  static Tensor uninit(DType dtype, std::vector<int64_t> shape);  // contents undefined: about to be overwritten
  int64_t numel() const;  // checked: throws on a negative dimension or an overflowing product
  size_t nbytes() const { return (size_t)checked_numel(shape, dtype_size(dtype)) * dtype_size(dtype); }
  bool defined() const { return data != nullptr; }
  int64_t dim(int i) const { return shape.at(i < 0 ? shape.size() + i : i); }
  float* f32() { return static_cast<float*>(data); }
  const float* f32() const { return static_cast<const float*>(data); }
  template <typename T>
  T* as() const { return static_cast<T*>(data); }
};

// Converts any float dtype to a new f32 tensor (copy).
Tensor to_f32(const Tensor& t);
// Converts n elements of a float dtype to f32 (exact for F32/F16/BF16), into dst.
void convert_to_f32(const void* src, DType dtype, int64_t n, float* dst);
// Reads element i of a float tensor of any float dtype as float.
float read_float(const void* data, DType dtype, int64_t i);

}  // namespace kala
