// The decode loop of generation, written once for every backend: run a context, then sample a
// token, run it through the model (so its law scores are known before anyone sees it), and repeat,
// up to a number of tokens per call. It stops at the end-of-text token, a full cache, or — with
// monitor thresholds — the first token whose score for some law falls below that law's threshold
// (the same test as EthicsMonitor.check). The caller (napi/session_wrap.h, over a CPU or a device
// KvSession) passes its forward step.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "model.h"
#include "rng.h"
#include "sampler.h"

namespace kala {

struct DecodeParams {
  SamplingParams sampling;
  int64_t max_tokens = 1;  // tokens to sample and run at most in this call
  int32_t eos = -1;        // -1: none
  bool monitor = false;    // stop at a score below thresholds[law]
  float thresholds[5] = {0, 0, 0, 0, 0};
};

enum class DecodeStop { None, Eos, Monitor, Length };

struct DecodeChunk {
  std::vector<int32_t> tokens;      // tokens run through the model after the context, in order
  std::vector<float> law_scores;    // [tokens, 5]
  std::vector<float> layer_logits;  // [tokens, heads, 5] per-head law logits (heads = layers + 1)
  int32_t next = -1;                // sampled after the last token: the next call's context (-1 when stopped; the eos token at Eos)
  DecodeStop stop = DecodeStop::None;
};

// forward(ids, T) runs T tokens through a batch-1 cache and returns the last position's logits;
// length() is the cache's length, capacity its size. With n >= 1, `context` runs first and the
// first token is sampled from its last position; with n = 0 the loop starts from `next`, the
// token a previous call sampled (DecodeChunk::next).
DecodeChunk decode_tokens(const std::function<ForwardOutput(const int32_t* ids, int64_t T)>& forward, const std::function<int64_t()>& length,
                          int64_t capacity, int64_t vocab, const int32_t* context, int64_t n, int32_t next, const DecodeParams& p, Rng& rng);

}  // namespace kala
