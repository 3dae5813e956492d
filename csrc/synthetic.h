// Random weights for benchmarks of large shapes (pythia-6.9b) without a checkpoint, generated
// tensor by tensor (int8 weights directly as int8 + per-row scales, so a 6.9B model takes
// seconds and never exists in f32). Weights ~ U(-0.035, 0.035) (std 0.02), norms ~1, biases small.
#pragma once
#include <cstdint>
#include <string>

#include "model.h"

namespace kala {

// weights: "f32", "f16", "bf16" (linear weights and the embedding table in that dtype) or "int8"
// (linear weights int8, the embedding table f16, as an int8 checkpoint converted from Pythia's).
// Every base parameter is set; kala.* parameters get their neutral defaults.
void fill_synthetic(Model& m, const std::string& weights, uint64_t seed);

}  // namespace kala
