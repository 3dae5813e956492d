// CUDA builds only (KALA_CUDA): cuda.DeviceModel, a kala::Model uploaded to the GPU
// (cuda/kala_model.h). Same call shapes as NativeModel.forward and NativeTrainer.compute, so the
// GPU tests compare a full forward and a full computeGradients with the CPU engine, and the
// benchmarks time decode steps and LoRA training steps. Heavy calls return promises.
//   new cuda.DeviceModel(nativeModel, {precision, kvDtype, int8Dynamic, narrowWeights})
//   forward(ids, B, T, lastOnly) -> {logits, lawScores, layerLawLogits}
//   compute(batch, {dropout, seed, ethicsWeight, recompute}) -> {loss, lmLoss, ethicsLoss, ...}
//   grad(name), trainable(), zeroGrad(), step({...}) -> {gradNorm, skipped, lossScale},
//   finishGrads() (loss scaling: unscale, overflow check), downloadParams()
//   benchDecode({B, prompt, steps}), benchTrain(batch, opts, iters), weightBytes(), dispose()
//   params() -> [{name, numel}], state(name) -> {m, v}, setState(name, m, v): as NativeTrainer,
//   so lib/train/trainer.ts drives either
//   new cuda.DeviceModel(nativeModel, {..., defer: true}) + upload() -> Promise: the upload runs
//   off the event loop (KalaModel on device 'cuda' does this)
// cuda.DeviceSession(deviceModel, batch, capacity): NativeSession's interface (step, seed, reset,
// length, capacity) over a device KV cache; sampling happens on the host logits.
// Every device call of one DeviceModel (and its sessions) is serialised by one mutex: the
// activation arena and the stream are shared.
#ifdef KALA_CUDA
#include <napi.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>
#include <mutex>

#include "kala_model.h"
#include "synthetic.h"
#include "napi/bindings.h"
#include "napi/model_wrap.h"
#include "half.h"
#include "napi/util.h"
#include "rng.h"
#include "kv_session_cuda.h"
#include "napi/session_wrap.h"
#include "napi/train_calls.h"
#include "train_backend_cuda.h"

namespace kala::napi {

namespace kc = kala::cuda;

namespace {

DType dtype_opt(const Napi::Object& o, const char* k) {
  Napi::Value v = o.Get(k);
  if (!v.IsString()) return DType::F32;
  const std::string s = v.As<Napi::String>().Utf8Value();
  if (s == "f16") return DType::F16;
  if (s == "bf16") return DType::BF16;
  if (s == "f32") return DType::F32;
  throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(k) + " must be f32, f16 or bf16");
}

class DeviceModelWrap : public GuardedWrap<DeviceModelWrap> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "DeviceModel",
                       {Method<&DeviceModelWrap::Forward>("forward"), Method<&DeviceModelWrap::Compute>("compute"),
                        Method<&DeviceModelWrap::Grad>("grad"), Method<&DeviceModelWrap::Trainable>("trainable"),
                        Method<&DeviceModelWrap::ZeroGrad>("zeroGrad"), Method<&DeviceModelWrap::Step>("step"),
                        Method<&DeviceModelWrap::DownloadParams>("downloadParams"),
                        Method<&DeviceModelWrap::FinishGrads>("finishGrads"),
                        Method<&DeviceModelWrap::ForwardIncremental>("forwardIncremental"),
                        Method<&DeviceModelWrap::BenchDecode>("benchDecode"),
                        Method<&DeviceModelWrap::BenchTrain>("benchTrain"),
                        Method<&DeviceModelWrap::WeightBytes>("weightBytes"),
                        Method<&DeviceModelWrap::Params>("params"), Method<&DeviceModelWrap::State>("state"),
                        Method<&DeviceModelWrap::SetState>("setState"), Method<&DeviceModelWrap::Upload>("upload"),
                        Method<&DeviceModelWrap::Dispose>("dispose")});
  }

  // For DeviceSession: the model (throws DISPOSED / not uploaded) and the lock of its calls.
  std::shared_ptr<kc::DeviceModel> model(Napi::Env env) { return get(env); }
  std::shared_ptr<std::mutex> lock() const { return mu_; }

  explicit DeviceModelWrap(const Napi::CallbackInfo& info) : GuardedWrap<DeviceModelWrap>(info) {
    guard(info.Env(), [&] { init(info); });
  }

 private:
  void init(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (!info[0].IsObject()) throw_error(env, ErrorCode::INVALID_ARGUMENT, "DeviceModel(nativeModel, options)");
    NativeModel* nm = Napi::ObjectWrap<NativeModel>::Unwrap(info[0].As<Napi::Object>());
    kc::DeviceModelOptions o;
    try {
      if (info[1].IsObject()) {
        Napi::Object js = info[1].As<Napi::Object>();
        if (js.Get("precision").IsString()) o.precision = kc::parse_precision(js.Get("precision").As<Napi::String>().Utf8Value());
        o.kv_dtype = dtype_opt(js, "kvDtype");
        o.int8_dynamic = js.Get("int8Dynamic").ToBoolean();
        if (js.Get("narrowWeights").IsBoolean()) o.narrow_weights = js.Get("narrowWeights").ToBoolean();
        if (js.Get("outlierThreshold").IsNumber()) o.outlier_threshold = js.Get("outlierThreshold").As<Napi::Number>().FloatValue();
        o.loss_scaling = js.Get("lossScaling").ToBoolean();
        if (js.Get("initialLossScale").IsNumber()) o.initial_loss_scale = js.Get("initialLossScale").As<Napi::Number>().FloatValue();
      }
      if (info[1].IsObject() && info[1].As<Napi::Object>().Get("defer").ToBoolean()) {
        host_ = nm->model(env);
        opts_ = o;
      } else {
        dm_ = std::make_shared<kc::DeviceModel>(nm->model(env), o);
      }
    } catch (const KalaException& e) {
      throw_error(env, e.code, e.what());
    }
  }

 private:
  std::shared_ptr<kc::DeviceModel> get(Napi::Env env) {
    if (!dm_) throw_error(env, ErrorCode::DISPOSED, host_ ? "the device model is still uploading; await upload()" : "the device model was disposed");
    return dm_;
  }

  // upload() -> Promise: builds the deferred device model (weights copied to the GPU) off the
  // event loop.
  Napi::Value Upload(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    if (dm_) return PromiseWorker::Run(env, [] {}, [](Napi::Env env) { return env.Undefined(); });
    if (!host_) throw_error(env, ErrorCode::DISPOSED, "the device model was disposed");
    if (uploading_) throw_error(env, ErrorCode::INVALID_ARGUMENT, "upload() is already running");
    uploading_ = true;
    auto host = host_;
    auto o = opts_;
    auto made = std::make_shared<std::shared_ptr<kc::DeviceModel>>();
    Napi::ObjectReference self = Napi::Persistent(Value());
    auto ref = std::make_shared<Napi::ObjectReference>(std::move(self));
    return PromiseWorker::Run(
        env, [host, o, made] { *made = std::make_shared<kc::DeviceModel>(host, o); },
        [this, made, ref](Napi::Env env) -> Napi::Value {
          uploading_ = false;
          if (host_) dm_ = *made;  // disposed meanwhile: the upload is dropped
          host_.reset();
          ref->Reset();
          return env.Undefined();
        });
  }

  // The trained tensors (training state is set up on first use).
  std::vector<std::string> trainable_names(Napi::Env env) {
    auto dm = get(env);
    std::lock_guard<std::mutex> g(*mu_);
    try {
      dm->enable_training();
    } catch (const KalaException& e) {
      throw_error(env, e.code, e.what());
    }
    return dm->trainable();
  }

  // the training calls (napi/train_calls.h) over this device model
  std::shared_ptr<TrainBackend> train(Napi::Env env) { return std::make_shared<kc::CudaTrainBackend>(get(env), mu_); }
  Napi::Value Params(const Napi::CallbackInfo& info) { return train_params(info.Env(), *train(info.Env())); }
  Napi::Value State(const Napi::CallbackInfo& info) { return train_state(info, *train(info.Env())); }
  Napi::Value SetState(const Napi::CallbackInfo& info) { return train_set_state(info, *train(info.Env())); }

  Napi::Value Forward(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    auto dm = get(env);
    auto ids = std::make_shared<std::vector<int32_t>>(typed_vec<int32_t>(info[0], "ids"));
    const int64_t B = int_arg(info[1], "B", 1, INT32_MAX), T = int_arg(info[2], "T", 1, INT32_MAX);
    checked_mul(B, T);
    const bool last = info[3].ToBoolean();
    if (B <= 0 || T <= 0 || (int64_t)ids->size() != B * T) throw_error(env, ErrorCode::INVALID_ARGUMENT, "ids must hold B * T token ids");
    auto out = std::make_shared<ForwardOutput>();
    return PromiseWorker::Run(
        env,
        [dm, mu = mu_, ids, B, T, last, out] {
          std::lock_guard<std::mutex> g(*mu);
          *out = dm->forward(ids->data(), B, T, last);
        },
        [out](Napi::Env env) -> Napi::Value {
          Napi::Object o = Napi::Object::New(env);
          o.Set("logits", float_array(env, out->logits));
          o.Set("lawScores", float_array(env, out->law_scores));
          o.Set("layerLawLogits", float_array(env, out->layer_logits));
          return o;
        });
  }

  // forwardIncremental(ids, B, T, prefill) -> Float32Array [T - prefill + 1, B, V]: the logits
  // of positions prefill-1 .. T-1 computed through the device KV cache (prefill, then one token
  // at a time), to compare with a full forward.
  Napi::Value ForwardIncremental(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    auto dm = get(env);
    auto ids = std::make_shared<std::vector<int32_t>>(typed_vec<int32_t>(info[0], "ids"));
    const int64_t B = int_arg(info[1], "B", 1, INT32_MAX), T = int_arg(info[2], "T", 1, INT32_MAX), P = int_arg(info[3], "prefill", 1, INT32_MAX);
    checked_mul(B, T);
    if (B <= 0 || T <= 0 || P <= 0 || P > T || (int64_t)ids->size() != B * T) throw_error(env, ErrorCode::INVALID_ARGUMENT, "forwardIncremental(ids, B, T, prefill)");
    auto out = std::make_shared<Tensor>();
    return PromiseWorker::Run(
        env,
        [dm, mu = mu_, ids, B, T, P, out] {
          std::lock_guard<std::mutex> g(*mu);
          const int64_t V = dm->config().vocab;
          *out = Tensor::empty(DType::F32, {T - P + 1, B, V});
          auto cache = dm->make_cache(B, T);
          std::vector<int32_t> chunk(B * P);
          for (int64_t b = 0; b < B; b++)
            for (int64_t t = 0; t < P; t++) chunk[b * P + t] = (*ids)[b * T + t];
          ForwardOutput o = dm->forward_cached(*cache, chunk.data(), B, P, true);
          std::memcpy(out->f32(), o.logits.data, (size_t)B * V * 4);
          std::vector<int32_t> one(B);
          for (int64_t t = P; t < T; t++) {
            for (int64_t b = 0; b < B; b++) one[b] = (*ids)[b * T + t];
            o = dm->forward_cached(*cache, one.data(), B, 1, true);
            std::memcpy(out->f32() + (t - P + 1) * B * V, o.logits.data, (size_t)B * V * 4);
          }
        },
        [out](Napi::Env env) -> Napi::Value { return float_array(env, *out); });
  }

  Napi::Value Compute(const Napi::CallbackInfo& info) { return train_compute(info, train(info.Env()), nullptr); }
  Napi::Value Grad(const Napi::CallbackInfo& info) { return tensor_to_js(info.Env(), train(info.Env())->grad(param_name(info))); }

  Napi::Value Trainable(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const auto names = trainable_names(env);
    Napi::Array a = Napi::Array::New(env, names.size());
    for (size_t i = 0; i < names.size(); i++) a.Set(i, names[i]);
    return a;
  }

  Napi::Value ZeroGrad(const Napi::CallbackInfo& info) {
    train(info.Env())->zero_grad();
    return info.Env().Undefined();
  }
  // step(...) -> {gradNorm, skipped, lossScale}: unscales (loss scaling) and may skip the step
  Napi::Value Step(const Napi::CallbackInfo& info) { return train_step(info, train(info.Env()), nullptr); }

  // finishGrads() -> bool: with loss scaling, divides the scale out of the gradients (false, and
  // gradients zeroed, when they overflowed). Step does this itself.
  Napi::Value FinishGrads(const Napi::CallbackInfo& info) {
    auto dm = get(info.Env());
    std::lock_guard<std::mutex> g(*mu_);
    return Napi::Boolean::New(info.Env(), dm->finish_grads());
  }

  Napi::Value DownloadParams(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    try {
      auto dm = get(env);
      std::lock_guard<std::mutex> g(*mu_);
      dm->download_params();
    } catch (const KalaException& e) {
      throw_error(env, e.code, e.what());
    }
    return env.Undefined();
  }

  // benchDecode({B, prompt, steps, seed}) -> {prefillMs, msPerStep, tokensPerSecond, peakBytes}:
  // a prompt of random tokens, then `steps` single-token steps over the device KV cache.
  Napi::Value BenchDecode(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    auto dm = get(env);
    Napi::Object o = info[0].As<Napi::Object>();
    const int64_t B = int_arg(o.Get("B"), "B", 1, 4096), P = int_arg(o.Get("prompt"), "prompt", 1, INT32_MAX), S = int_arg(o.Get("steps"), "steps", 0, INT32_MAX);
    auto res = std::make_shared<kc::DecodeBench>();
    return PromiseWorker::Run(
        env,
        [=, mu = mu_] {
          std::lock_guard<std::mutex> g(*mu);
          *res = kc::bench_decode(*dm, B, P, S);
        },
        [res](Napi::Env env) -> Napi::Value {
          Napi::Object r = Napi::Object::New(env);
          r.Set("prefillMs", res->prefill_ms);
          r.Set("msPerStep", res->ms_per_step);
          r.Set("tokensPerSecond", res->tokens_per_second);
          r.Set("peakBytes", res->peak_bytes);
          return r;
        });
  }

  // benchTrain(batch, opts, iters) -> {msPerStep, tokensPerSecond, peakBytes}: forward +
  // backward + AdamW per iteration (one warm-up step first).
  Napi::Value BenchTrain(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    auto dm = get(env);
    auto batch = train_batch_of(info[0].As<Napi::Object>());
    Napi::Object o = info[1].IsObject() ? info[1].As<Napi::Object>() : Napi::Object::New(env);
    const bool dropout = o.Get("dropout").ToBoolean(), recompute = o.Get("recompute").ToBoolean();
    const double ew = o.Get("ethicsWeight").IsNumber() ? o.Get("ethicsWeight").As<Napi::Number>().DoubleValue() : 0.5;
    const int iters = info[2].IsNumber() ? info[2].As<Napi::Number>().Int32Value() : 5;
    auto res = std::make_shared<kc::TrainBench>();
    return PromiseWorker::Run(
        env,
        [=, mu = mu_] {
          std::lock_guard<std::mutex> g(*mu);
          *res = kc::bench_train(*dm, *batch, dropout, recompute, ew, iters);
        },
        [res](Napi::Env env) -> Napi::Value {
          Napi::Object r = Napi::Object::New(env);
          r.Set("msPerStep", res->ms_per_step);
          r.Set("tokensPerSecond", res->tokens_per_second);
          r.Set("peakBytes", res->peak_bytes);
          return r;
        });
  }

  Napi::Value WeightBytes(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), (double)get(info.Env())->weight_bytes()); }

  // Running calls and sessions keep the device model alive until they finish.
  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    dm_.reset();
    host_.reset();
    return info.Env().Undefined();
  }

  std::shared_ptr<kc::DeviceModel> dm_;
  std::shared_ptr<std::mutex> mu_ = std::make_shared<std::mutex>();
  // a deferred model until upload() finishes
  std::shared_ptr<Model> host_;
  kc::DeviceModelOptions opts_;
  bool uploading_ = false;
};

// cuda.DeviceSession(deviceModel, batch, capacity): NativeSession's class (napi/session_wrap.h)
// over a device KV cache (cuda/kv_session_cuda.h); sampling happens on the host logits.
struct CudaSessions {
  static constexpr const char* kName = "DeviceSession";
  // marks DeviceSession objects, so copyFrom can check what it was given
  static constexpr napi_type_tag kTag = {0x6b616c6164657673ULL, 0x657373696f6e0002ULL};
  static std::shared_ptr<KvSession> open(const Napi::CallbackInfo& info, int64_t batch, int64_t capacity) {
    Napi::Env env = info.Env();
    if (!info[0].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "DeviceSession(deviceModel, batch, capacity)");
    DeviceModelWrap* w = Napi::ObjectWrap<DeviceModelWrap>::Unwrap(info[0].As<Napi::Object>());
    return std::make_shared<kc::CudaKvSession>(w->model(env), w->lock(), batch, capacity);
  }
};
using DeviceSession = SessionWrap<CudaSessions>;

// fillSynthetic(nativeModel, {weights: 'int8'|'f16'|'bf16'|'f32', seed}) -> Promise: random
// weights for benchmarks of large shapes (csrc/synthetic.h), on a worker thread.
Napi::Value FillSynthetic(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  NativeModel* nm = Napi::ObjectWrap<NativeModel>::Unwrap(info[0].As<Napi::Object>());
  auto m = nm->model(env);
  Napi::Object o = info[1].IsObject() ? info[1].As<Napi::Object>() : Napi::Object::New(env);
  const std::string w = o.Get("weights").IsString() ? o.Get("weights").As<Napi::String>().Utf8Value() : "f32";
  const uint64_t seed = o.Get("seed").IsNumber() ? (uint64_t)o.Get("seed").As<Napi::Number>().DoubleValue() : 1;
  return PromiseWorker::Run(
      env,
      [m, w, seed] { fill_synthetic(*m, w, seed); },
      [](Napi::Env env) { return env.Undefined(); });
}

}  // namespace

void register_cuda_model(Napi::Env env, Napi::Object cuda) {
  cuda.Set("DeviceModel", DeviceModelWrap::Define(env));
  cuda.Set("DeviceSession", DeviceSession::Define(env));
  cuda.Set("fillSynthetic", Napi::Function::New(env, guarded_fn<FillSynthetic>));
}

}  // namespace kala::napi
#endif  // KALA_CUDA
