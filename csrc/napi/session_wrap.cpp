// NativeSession: a KV cache and a sampler RNG over a NativeModel, for incremental decoding.
// step() runs one forward over new tokens, returns their law scores and samples the next token.
#include <napi.h>

#include <atomic>
#include <memory>
#include <vector>

#include "model.h"
#include "napi/bindings.h"
#include "napi/model_wrap.h"
#include "napi/util.h"
#include "napi/session_step.h"
#include "napi/decode_call.h"

namespace kala::napi {

class NativeSession : public GuardedWrap<NativeSession> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "NativeSession",
                       {Method<&NativeSession::Step>("step"), Method<&NativeSession::Seed>("seed"),
                        Method<&NativeSession::Reset>("reset"), Method<&NativeSession::Trim>("trim"),
                        Method<&NativeSession::CopyFrom>("copyFrom"), Method<&NativeSession::Decode>("decode"), InstanceAccessor("length", &NativeSession::Length, nullptr),
                        InstanceAccessor("capacity", &NativeSession::Capacity, nullptr)});
  }

  explicit NativeSession(const Napi::CallbackInfo& info) : GuardedWrap<NativeSession>(info) {
    Napi::Env env = info.Env();
    guard(env, [&] {
      NativeModel* nm = Napi::ObjectWrap<NativeModel>::Unwrap(info[0].As<Napi::Object>());
      model_ = nm->model(env);
      const int64_t batch = int_arg(info[1], "session batch", 1, kMaxBatch);
      const int64_t cap = int_arg(info[2], "session capacity", 1, INT32_MAX);
      if (cap > model_->config().max_pos)
        throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "a session cannot hold more than max_position_embeddings tokens");
      cache_ = std::make_shared<KVCache>(model_->config(), batch, cap);
      info.This().As<Napi::Object>().TypeTag(&kTag);
    });
  }

 private:
  // step(ids: Int32Array [B*T], T, sampling: {temperature, topK, topP} | null, wantLogits: bool)
  Napi::Value Step(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (busy_->exchange(true)) throw_error(env, ErrorCode::INVALID_ARGUMENT, "the session is already running a step");
    struct Clear {
      std::shared_ptr<std::atomic<bool>> b;
      bool armed = true;
      ~Clear() {
        if (armed) b->store(false);
      }
    } clear{busy_};
    Napi::Int32Array ids_js = info[0].As<Napi::Int32Array>();
    const int64_t T = int_arg(info[1], "T", 1, INT32_MAX);
    const int64_t B = cache_->B;
    if ((int64_t)ids_js.ElementLength() != checked_mul(B, T)) throw_error(env, ErrorCode::INVALID_ARGUMENT, "ids must hold batch * T token ids");
    const bool sample = info[2].IsObject();
    const SamplingParams sp = sample ? sampling_of(info[2].As<Napi::Object>()) : SamplingParams{};
    const bool want_logits = info[3].ToBoolean();
    auto ids = std::make_shared<std::vector<int32_t>>(ids_js.Data(), ids_js.Data() + B * T);
    auto out = std::make_shared<ForwardOutput>();
    auto tokens = std::make_shared<std::vector<int32_t>>();
    auto model = model_;
    auto cache = cache_;
    auto rng = rng_;
    auto busy = busy_;
    clear.armed = false;
    return PromiseWorker::Run(
        env,
        [=] {
          struct Done {
            std::shared_ptr<std::atomic<bool>> b;
            ~Done() { b->store(false); }
          } done{busy};
          *out = model->forward(ids->data(), B, T, cache.get(), true);
          if (sample) sample_rows(*out, B, model->config().vocab, sp, *rng, *tokens);
        },
        [=](Napi::Env env) -> Napi::Value { return step_result(env, *out, sample ? tokens.get() : nullptr, want_logits); });
  }

  Napi::Value Seed(const Napi::CallbackInfo& info) {
    rng_->reseed((uint64_t)info[0].As<Napi::Number>().Int64Value());
    return info.Env().Undefined();
  }
  Napi::Value Reset(const Napi::CallbackInfo& info) {
    if (busy_->load()) throw_error(info.Env(), ErrorCode::INVALID_ARGUMENT, "the session is running a step");
    cache_->len = 0;
    return info.Env().Undefined();
  }
  // decode(context, maxTokens, sampling, eos, thresholds) -> Promise (napi/decode_call.h): the
  // decode loop of csrc/decode.cpp over this cache, on a worker thread (batch 1)
  Napi::Value Decode(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const DecodeCall call = decode_call_of(info, cache_->B, cache_->len, cache_->capacity);
    claim_sessions(env, busy_);
    auto out = std::make_shared<DecodeChunk>();
    auto model = model_;
    auto cache = cache_;
    auto rng = rng_;
    auto busy = busy_;
    return PromiseWorker::Run(
        env,
        [=] {
          BusyRelease done{busy};
          const auto& ctx = *call.context;
          *out = decode_tokens([&](const int32_t* ids, int64_t T) { return model->forward(ids, 1, T, cache.get(), true); },
                               [&] { return cache->len; }, cache->capacity, model->config().vocab, ctx.data(), (int64_t)ctx.size(), call.next,
                               call.params, *rng);
        },
        [=](Napi::Env env) -> Napi::Value { return decode_result(env, *out); });
  }

  // trim(n): keep the first n positions (n <= length); the next step continues from there
  Napi::Value Trim(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const int64_t n = int_arg(info[0], "trim length", 0, INT32_MAX);
    if (busy_->load()) throw_error(env, ErrorCode::INVALID_ARGUMENT, "the session is running a step");
    if (n > cache_->len) throw_error(env, ErrorCode::INVALID_ARGUMENT, "trim(n): n is past the session's length");
    cache_->len = n;
    return env.Undefined();
  }

  // copyFrom(other: NativeSession) -> Promise: this cache becomes a copy of other's (same model,
  // batch and capacity), on a worker thread; neither may be running a step
  Napi::Value CopyFrom(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!info[0].IsObject() || !info[0].As<Napi::Object>().CheckTypeTag(&kTag))
      throw_error(env, ErrorCode::INVALID_ARGUMENT, "copyFrom(other): other must be a NativeSession");
    NativeSession* other = Napi::ObjectWrap<NativeSession>::Unwrap(info[0].As<Napi::Object>());
    if (other->model_ != model_) throw_error(env, ErrorCode::INVALID_ARGUMENT, "copyFrom(other): other belongs to another model");
    if (other == this) return PromiseWorker::Run(env, [] {}, [](Napi::Env e) -> Napi::Value { return e.Undefined(); });
    claim_sessions(env, busy_, other->busy_);
    auto dst = cache_, src = other->cache_;
    auto b1 = busy_, b2 = other->busy_;
    return PromiseWorker::Run(
        env,
        [=] {
          BusyRelease done{b1, b2};
          dst->copy_from(*src);
        },
        [](Napi::Env e) -> Napi::Value { return e.Undefined(); });
  }

  Napi::Value Length(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), (double)cache_->len); }

  Napi::Value Capacity(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), (double)cache_->capacity); }

  static constexpr int64_t kMaxBatch = 65536;  // rows decoded together
  // marks NativeSession objects, so copyFrom can check what it was given
  static constexpr napi_type_tag kTag = {0x6b616c6173657373ULL, 0x696f6e0000000001ULL};
  std::shared_ptr<Model> model_;
  std::shared_ptr<KVCache> cache_;
  std::shared_ptr<Rng> rng_ = std::make_shared<Rng>(0);
  std::shared_ptr<std::atomic<bool>> busy_ = std::make_shared<std::atomic<bool>>(false);
};

void register_session(Napi::Env env, Napi::Object exports) { exports.Set("NativeSession", NativeSession::Define(env)); }

}  // namespace kala::napi
