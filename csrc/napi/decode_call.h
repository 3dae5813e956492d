// What a session's decode(...) call takes and returns in JS (NativeSession, napi/session_wrap.h;
// the loop itself is csrc/decode.cpp).
//   decode(context: Int32Array, maxTokens, sampling | null, eos (-1: none), thresholds: Float32Array(5) | null, next)
//   -> Promise<{ tokens: Int32Array, lawScores: Float32Array [n*5], layerLawLogits: Float32Array [n*heads*5], next, stop }>
#pragma once
#include <napi.h>

#include <memory>
#include <vector>

#include "decode.h"
#include "napi/session_step.h"
#include "napi/util.h"

namespace kala::napi {

inline DecodeParams decode_params(const Napi::CallbackInfo& info) {
  DecodeParams p;
  p.max_tokens = int_arg(info[1], "maxTokens", 1, 1 << 20);
  if (info[2].IsObject()) p.sampling = sampling_of(info[2].As<Napi::Object>());
  p.eos = (int32_t)int_arg(info[3], "eos", -1, INT32_MAX);
  if (info[4].IsTypedArray()) {
    const std::vector<float> t = typed_vec<float>(info[4], "thresholds");
    if (t.size() != 5) throw KalaException(ErrorCode::INVALID_ARGUMENT, "thresholds must hold 5 numbers, one per law");
    p.monitor = true;
    for (int k = 0; k < 5; k++) p.thresholds[k] = t[k];
  } else if (!info[4].IsNull() && !info[4].IsUndefined()) {
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "thresholds must be a Float32Array(5) or null");
  }
  return p;
}

// The arguments of one decode call on a batch-`batch` session holding `length` of `capacity` positions.
struct DecodeCall {
  std::shared_ptr<std::vector<int32_t>> context;
  int32_t next = -1;  // an empty context continues from `next`, the token the previous call sampled
  DecodeParams params;
};

inline DecodeCall decode_call_of(const Napi::CallbackInfo& info, int64_t batch, int64_t length, int64_t capacity) {
  Napi::Env env = info.Env();
  if (batch != 1) throw_error(env, ErrorCode::INVALID_ARGUMENT, "decode runs batch-1 sessions");
  DecodeCall c;
  c.context = std::make_shared<std::vector<int32_t>>(typed_vec<int32_t>(info[0], "context"));
  c.next = (int32_t)int_arg(info[5], "next", -1, INT32_MAX);
  if (c.context->empty() && c.next < 0) throw_error(env, ErrorCode::INVALID_ARGUMENT, "decode: give a context or the next token to run");
  if (length + (int64_t)c.context->size() > capacity) throw_error(env, ErrorCode::SEQUENCE_TOO_LONG, "the session's KV cache is full");
  try {
    c.params = decode_params(info);
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
  return c;
}

inline Napi::Object decode_result(Napi::Env env, const DecodeChunk& c) {
  Napi::Object o = Napi::Object::New(env);
  Napi::Int32Array t = Napi::Int32Array::New(env, c.tokens.size());
  for (size_t i = 0; i < c.tokens.size(); i++) t[i] = c.tokens[i];
  o.Set("tokens", t);
  Napi::Float32Array s = Napi::Float32Array::New(env, c.law_scores.size());
  for (size_t i = 0; i < c.law_scores.size(); i++) s[i] = c.law_scores[i];
  o.Set("lawScores", s);
  Napi::Float32Array z = Napi::Float32Array::New(env, c.layer_logits.size());
  for (size_t i = 0; i < c.layer_logits.size(); i++) z[i] = c.layer_logits[i];
  o.Set("layerLawLogits", z);
  o.Set("next", c.next);
  const char* stop = c.stop == DecodeStop::Eos ? "eos" : c.stop == DecodeStop::Monitor ? "monitor" : c.stop == DecodeStop::Length ? "length" : "none";
  o.Set("stop", stop);
  return o;
}

}  // namespace kala::napi
