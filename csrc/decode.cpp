#include "decode.h"



namespace kala {

DecodeChunk decode_tokens(const std::function<ForwardOutput(const int32_t* ids, int64_t T)>& forward, const std::function<int64_t()>& length,
                          int64_t capacity, int64_t vocab, const int32_t* context, int64_t n, int32_t next, const DecodeParams& p, Rng& rng) {
  if (n < 1 && (next < 0 || next >= vocab)) throw KalaException(ErrorCode::INVALID_ARGUMENT, "decode: give a context or the next token to run");
  DecodeChunk c;
  ForwardOutput out;
  if (n > 0) {
    out = forward(context, n);
    next = sample_token(out.logits.f32(), vocab, p.sampling, rng);
  }
  for (int64_t i = 0; i < p.max_tokens; i++) {
    if (p.eos >= 0 && next == p.eos) {
      c.stop = DecodeStop::Eos;
      c.next = next;
      return c;
    }
    if (length() >= capacity) {
      c.stop = DecodeStop::Length;
      c.next = next;
      return c;
    }
    out = forward(&next, 1);
    const float* s = out.law_scores.f32();
    const float* z = out.layer_logits.f32();
    c.tokens.push_back(next);
    c.law_scores.insert(c.law_scores.end(), s, s + 5);
    c.layer_logits.insert(c.layer_logits.end(), z, z + out.layer_logits.numel());
    if (p.monitor)
      for (int k = 0; k < 5; k++)
        if (s[k] < p.thresholds[k]) {
          c.stop = DecodeStop::Monitor;
          return c;
        }
    next = sample_token(out.logits.f32(), vocab, p.sampling, rng);
  }
  c.next = next;
  return c;
}

}  // namespace kala
