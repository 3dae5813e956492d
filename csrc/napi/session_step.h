// What a decoding session step takes and returns in JS (NativeSession, napi/session_wrap.h, over
// a CPU or a device KV cache), so lib/generation.ts drives either alike.
#pragma once
#include <napi.h>

#include <cstdint>
#include <vector>

#include "model.h"
#include "napi/util.h"
#include "sampler.h"

namespace kala::napi {

// {temperature, topK, topP}; missing fields keep the greedy defaults.
inline SamplingParams sampling_of(const Napi::Object& o) {
  SamplingParams sp;
  if (o.Get("temperature").IsNumber()) sp.temperature = o.Get("temperature").As<Napi::Number>().DoubleValue();
  if (o.Get("topK").IsNumber()) sp.top_k = o.Get("topK").As<Napi::Number>().Int64Value();
  if (o.Get("topP").IsNumber()) sp.top_p = o.Get("topP").As<Napi::Number>().DoubleValue();
  return sp;
}

// One sampled token per row of the last-position logits [B, V].
inline void sample_rows(const ForwardOutput& out, int64_t B, int64_t V, const SamplingParams& sp, Rng& rng, std::vector<int32_t>& tokens) {
  for (int64_t b = 0; b < B; b++) tokens.push_back(sample_token(out.logits.f32() + b * V, V, sp, rng));
}

// {lawScores, layerLawLogits, logits?, tokens?}
inline Napi::Object step_result(Napi::Env env, const ForwardOutput& out, const std::vector<int32_t>* tokens, bool want_logits) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("lawScores", float_array(env, out.law_scores));
  o.Set("layerLawLogits", float_array(env, out.layer_logits));
  if (want_logits) o.Set("logits", float_array(env, out.logits));
  if (tokens) {
    Napi::Array t = Napi::Array::New(env, tokens->size());
    for (size_t i = 0; i < tokens->size(); i++) t.Set(i, Napi::Number::New(env, (*tokens)[i]));
    o.Set("tokens", t);
  }
  return o;
}

}  // namespace kala::napi
