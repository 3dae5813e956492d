// Picks the next token from a row of logits: greedy, or temperature / top-k / top-p sampling.
#pragma once
#include <cstdint>

#include "rng.h"

namespace kala {

struct SamplingParams {
  double temperature = 0;  // <= 0, or so small that 1/T is infinite: greedy (argmax)
  int64_t top_k = 0;       // 0: no limit
  double top_p = 1.0;      // 1: no nucleus cut
};

int32_t sample_token(const float* logits, int64_t V, const SamplingParams& p, Rng& rng);

}  // namespace kala
