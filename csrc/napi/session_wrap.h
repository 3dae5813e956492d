// The JS class over a KvSession (csrc/kv_session.h), one for both devices: NativeSession is this
// template with the `Backend` of session_wrap.cpp, which names the class, tags its objects and
// opens the session from the constructor's model argument where its weights are (a CPU or a
// device cache). Heavy calls run on worker threads and return promises; a session runs one call
// at a time (csrc/one_call.h).
//   new Class(model, batch, capacity)
//   step(ids: Int32Array [B*T], T, sampling: {temperature, topK, topP} | null, wantLogits)
//     -> Promise<{lawScores, layerLawLogits, logits?, tokens?}>
//   decode(context, maxTokens, sampling, eos, thresholds, next) -> Promise (napi/decode_call.h)
//   seed(n), reset(), trim(n), copyFrom(other) -> Promise, length, capacity
#pragma once
#include <napi.h>

#include <memory>
#include <vector>

#include "decode.h"
#include "kv_session.h"
#include "napi/decode_call.h"
#include "one_call.h"
#include "napi/session_step.h"
#include "napi/util.h"
#include "sampler.h"

namespace kala::napi {

template <class Backend>
class SessionWrap : public GuardedWrap<SessionWrap<Backend>> {
  using Self = SessionWrap;  // this instantiation

 public:
  static Napi::Function Define(Napi::Env env) {
    return Self::DefineClass(env, Backend::kName,
                             {Self::template Method<&Self::Step>("step"), Self::template Method<&Self::Seed>("seed"),
                              Self::template Method<&Self::Reset>("reset"), Self::template Method<&Self::Trim>("trim"),
                              Self::template Method<&Self::CopyFrom>("copyFrom"), Self::template Method<&Self::Decode>("decode"),
                              Self::InstanceAccessor("length", &Self::Length, nullptr),
                              Self::InstanceAccessor("capacity", &Self::Capacity, nullptr)});
  }

  explicit SessionWrap(const Napi::CallbackInfo& info) : GuardedWrap<Self>(info) {
    guard(info.Env(), [&] {
      const int64_t batch = int_arg(info[1], "session batch", 1, kMaxBatch);
      const int64_t cap = int_arg(info[2], "session capacity", 1, INT32_MAX);
      session_ = Backend::open(info, batch, cap);
      info.This().template As<Napi::Object>().TypeTag(&Backend::kTag);
    });
  }

 private:
  Napi::Value Step(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const int64_t T = int_arg(info[1], "T", 1, INT32_MAX);
    const int64_t B = session_->batch();
    auto ids = std::make_shared<std::vector<int32_t>>(typed_vec<int32_t>(info[0], "ids"));
    if ((int64_t)ids->size() != checked_mul(B, T)) throw_error(env, ErrorCode::INVALID_ARGUMENT, "ids must hold batch * T token ids");
    if (session_->length() + T > session_->capacity()) throw_error(env, ErrorCode::SEQUENCE_TOO_LONG, "the session's KV cache is full");
    const bool sample = info[2].IsObject();
    const SamplingParams sp = sample ? sampling_of(info[2].As<Napi::Object>()) : SamplingParams{};
    const bool want_logits = info[3].ToBoolean();
    claim(busy_, kRunning);
    auto out = std::make_shared<ForwardOutput>();
    auto tokens = std::make_shared<std::vector<int32_t>>();
    auto s = session_;
    auto rng = rng_;
    auto busy = busy_;
    return PromiseWorker::Run(
        env,
        [=] {
          Release done(busy);
          *out = s->forward(ids->data(), T);
          if (sample) sample_rows(*out, B, s->vocab(), sp, *rng, *tokens);
        },
        [=](Napi::Env env) -> Napi::Value { return step_result(env, *out, sample ? tokens.get() : nullptr, want_logits); });
  }

  Napi::Value Seed(const Napi::CallbackInfo& info) {
    rng_->reseed((uint64_t)info[0].As<Napi::Number>().Int64Value());
    return info.Env().Undefined();
  }

  Napi::Value Reset(const Napi::CallbackInfo& info) {
    if (running(busy_)) throw KalaException(ErrorCode::INVALID_ARGUMENT, kRunning);
    session_->reset();
    return info.Env().Undefined();
  }

  // the decode loop of csrc/decode.cpp over this cache, on a worker thread (batch 1)
  Napi::Value Decode(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const DecodeCall call = decode_call_of(info, session_->batch(), session_->length(), session_->capacity());
    claim(busy_, kRunning);
    auto out = std::make_shared<DecodeChunk>();
    auto s = session_;
    auto rng = rng_;
    auto busy = busy_;
    return PromiseWorker::Run(
        env,
        [=] {
          Release done(busy);
          const auto& ctx = *call.context;
          *out = decode_tokens([&](const int32_t* ids, int64_t T) { return s->forward(ids, T); }, [&] { return s->length(); },
                               s->capacity(), s->vocab(), ctx.data(), (int64_t)ctx.size(), call.next, call.params, *rng);
        },
        [=](Napi::Env env) -> Napi::Value { return decode_result(env, *out); });
  }

  // trim(n): keep the first n positions (n <= length); the next step continues from there
  Napi::Value Trim(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const int64_t n = int_arg(info[0], "trim length", 0, INT32_MAX);
    if (running(busy_)) throw KalaException(ErrorCode::INVALID_ARGUMENT, kRunning);
    session_->trim(n);
    return env.Undefined();
  }

  // copyFrom(other) -> Promise: this cache becomes a copy of other's (same class, model, batch and
  // capacity), on a worker thread; neither may be running a step
  Napi::Value CopyFrom(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!info[0].IsObject() || !info[0].As<Napi::Object>().CheckTypeTag(&Backend::kTag))
      throw_error(env, ErrorCode::INVALID_ARGUMENT, std::string("copyFrom(other): other must be a ") + Backend::kName);
    Self* other = Napi::ObjectWrap<Self>::Unwrap(info[0].As<Napi::Object>());
    if (other->session_->model_key() != session_->model_key()) throw_error(env, ErrorCode::INVALID_ARGUMENT, "copyFrom(other): other belongs to another model");
    if (other == this) return PromiseWorker::Run(env, [] {}, [](Napi::Env e) -> Napi::Value { return e.Undefined(); });
    claim(busy_, kRunning, other->busy_, "copyFrom(other): other is running a step");
    auto dst = session_, src = other->session_;
    auto b1 = busy_, b2 = other->busy_;
    return PromiseWorker::Run(
        env,
        [=] {
          Release done(b1, b2);
          dst->copy_from(*src);
        },
        [](Napi::Env e) -> Napi::Value { return e.Undefined(); });
  }

  Napi::Value Length(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), (double)session_->length()); }
  Napi::Value Capacity(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), (double)session_->capacity()); }

  static constexpr int64_t kMaxBatch = 65536;  // rows decoded together
  std::shared_ptr<KvSession> session_;
  std::shared_ptr<Rng> rng_ = std::make_shared<Rng>(0);
  static constexpr const char* kRunning = "the session is already running a step";
  OneCall busy_ = one_call();
};

}  // namespace kala::napi
