// Writes a model's tensors to a checkpoint file straight from native memory: each tensor in its
// storage dtype, row-major (as Model::get returns it), appended to a file whose safetensors
// header the caller has written, then fsynced. Nothing crosses into JS, and one tensor at a time
// is unpacked, so saving a large model never holds a second copy of it.
#pragma once
#include <string>
#include <vector>

#include "model.h"

namespace kala {

// Appends the tensors `names` (in order) to the file at `path` and fsyncs it. IO_ERROR when the
// file cannot be opened or written (the message names the file and the system's reason).
void append_tensors(const Model& m, const std::string& path, const std::vector<std::string>& names);

}  // namespace kala
