// Reading a checkpoint into a Model, driven by one plan (lib/formats plans it from the safetensors
// headers; the binding only converts it): each tensor is read from its file straight into its
// storage where the dtype is kept, and through one reused slab buffer where it is converted, packed
// or quantized — one copy of each byte out of the page cache and no whole-tensor scratch.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model.h"

namespace kala {

struct LoadTensor {
  std::string name;
  uint32_t file = 0;        // index into LoadPlan::files
  uint64_t offset = 0;      // of the tensor's first byte in that file
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  int64_t scale_file = -1;  // int8 weights: where their F32 [rows] scales are
  uint64_t scale_offset = 0;
};

struct LoadPlan {
  std::vector<std::string> files;
  std::vector<LoadTensor> tensors;
  bool quantize = false;      // int8-quantize linear weights as they are read
  size_t slab_bytes = 0;      // 0: SlabBuffer's default (16 MiB)
};

// Bytes the plan reads (for progress). Checks every tensor's shape against overflow.
uint64_t plan_bytes(const LoadPlan& plan);

// Reads every tensor of the plan into `m`. `progress(done, total)` after each tensor; `cancelled`
// is polled between reads (ABORTED). Files are checked for the ranges they must hold.
void load_checkpoint(Model& m, const LoadPlan& plan, const std::function<void(uint64_t, uint64_t)>& progress, const std::atomic<bool>& cancelled);

}  // namespace kala
