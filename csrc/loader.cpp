#include "loader.h"

#include <memory>

#include "file_reader.h"

namespace kala {

uint64_t plan_bytes(const LoadPlan& plan) {
  uint64_t total = 0;
  for (const auto& t : plan.tensors) total += (uint64_t)checked_numel(t.shape, dtype_size(t.dtype)) * dtype_size(t.dtype);
  return total;
}

void load_checkpoint(Model& m, const LoadPlan& plan, const std::function<void(uint64_t, uint64_t)>& progress, const std::atomic<bool>& cancelled) {
  const uint64_t total = plan_bytes(plan);
  std::vector<std::unique_ptr<FileReader>> readers;
  for (const auto& f : plan.files) readers.emplace_back(new FileReader(f));
  SlabBuffer slabs;
  if (plan.slab_bytes > 0) slabs.limit = plan.slab_bytes;
  uint64_t done = 0;
  for (const auto& s : plan.tensors) {
    if (cancelled.load()) throw KalaException(ErrorCode::ABORTED, "loading was aborted");
    if (s.file >= readers.size() || (s.scale_file >= 0 && (size_t)s.scale_file >= readers.size()))
      throw KalaException(ErrorCode::INVALID_ARGUMENT, "the load plan names a file it does not list for " + s.name);
    TensorSource src;
    src.dtype = s.dtype;
    src.shape = s.shape;
    src.slabs = &slabs;
    const size_t bytes = src.nbytes();
    const FileReader& file = *readers[s.file];
    file.check_range(s.offset, bytes);
    src.read = [&file, &s, &cancelled](uint64_t offset, size_t n, void* dst) {
      if (cancelled.load()) throw KalaException(ErrorCode::ABORTED, "loading was aborted");
      file.read(s.offset + offset, n, dst);
    };
    if (s.scale_file >= 0) {
      if (s.shape.empty()) throw KalaException(ErrorCode::TENSOR_SHAPE, "the int8 weight " + s.name + " has no rows");
      Tensor sc = Tensor::empty(DType::F32, {s.shape[0]});
      readers[s.scale_file]->read(s.scale_offset, sc.nbytes(), sc.data);
      m.set_quantized(s.name, src, sc);
    } else {
      m.set(s.name, src, plan.quantize && m.is_linear_weight(s.name));
    }
    done += bytes;
    if (progress) progress(done, total);
  }
}

}  // namespace kala
