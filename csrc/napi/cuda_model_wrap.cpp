// CUDA builds only (KALA_CUDA): what the GPU tests and benchmarks run on a model's device copy
// beyond NativeModel's own calls. A NativeModel is moved to the GPU with to('cuda', ...)
// (csrc/model_placement.h); its forward, sessions and NativeTrainer then run there, and these
// reach the rest of the device model (cuda/kala_model.h):
//   cuda.forwardIncremental(nativeModel, ids, B, T, prefill) -> Promise<Float32Array>
//     [T - prefill + 1, B, V]: the cached path step by step, to compare with a full forward
//   cuda.benchDecode(nativeModel, {B, prompt, steps}) -> Promise<{prefillMs, msPerStep, tokensPerSecond, peakBytes, weightBytes}>
//   cuda.benchTrain(nativeModel, batch, {dropout, ethicsWeight, recompute}, iters) -> Promise<{msPerStep, tokensPerSecond, peakBytes}>
//   cuda.fillSynthetic(nativeModel, {weights, seed}) -> Promise: random host weights of any dtype
// Each call holds the device model's lock (DeviceModel::calls()) while it runs.
#ifdef KALA_CUDA
#include <napi.h>

#include <memory>
#include <mutex>

#include "kala_model.h"
#include "napi/bindings.h"
#include "napi/model_wrap.h"
#include "napi/train_calls.h"
#include "napi/util.h"
#include "synthetic.h"

namespace kala::napi {

namespace kc = kala::cuda;

namespace {

NativeModel* native_model(const Napi::Value& v) {
  if (!v.IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "the first argument must be a NativeModel");
  return Napi::ObjectWrap<NativeModel>::Unwrap(v.As<Napi::Object>());
}

// The device copy of the NativeModel argument: INVALID_ARGUMENT while its weights are on the host.
std::shared_ptr<kc::DeviceModel> device_copy(const Napi::CallbackInfo& info) {
  auto dm = native_model(info[0])->placed(info.Env())->device_copy();
  if (!dm) throw KalaException(ErrorCode::INVALID_ARGUMENT, "the model's weights are on the host; move them with to('cuda', ...) first");
  return dm;
}

// forwardIncremental(nativeModel, ids, B, T, prefill)
Napi::Value ForwardIncremental(const Napi::CallbackInfo& info) {
  auto dm = device_copy(info);
  auto ids = std::make_shared<std::vector<int32_t>>(typed_vec<int32_t>(info[1], "ids"));
  const int64_t B = int_arg(info[2], "B", 1, INT32_MAX), T = int_arg(info[3], "T", 1, INT32_MAX), P = int_arg(info[4], "prefill", 1, INT32_MAX);
  if (P > T || (int64_t)ids->size() != checked_mul(B, T)) throw KalaException(ErrorCode::INVALID_ARGUMENT, "forwardIncremental(nativeModel, ids, B, T, prefill)");
  auto out = std::make_shared<Tensor>();
  return PromiseWorker::Run(
      info.Env(),
      [dm, ids, B, T, P, out] {
        std::lock_guard<std::mutex> g(dm->calls());
        *out = kc::forward_incremental(*dm, ids->data(), B, T, P);
      },
      [out](Napi::Env env) -> Napi::Value { return float_array(env, *out); });
}

// benchDecode(nativeModel, {B, prompt, steps}): a prompt of random tokens, then `steps`
// single-token steps over a device KV cache; weightBytes are the device copy's
Napi::Value BenchDecode(const Napi::CallbackInfo& info) {
  auto dm = device_copy(info);
  Napi::Object o = info[1].As<Napi::Object>();
  const int64_t B = int_arg(o.Get("B"), "B", 1, 4096), P = int_arg(o.Get("prompt"), "prompt", 1, INT32_MAX), S = int_arg(o.Get("steps"), "steps", 0, INT32_MAX);
  auto res = std::make_shared<kc::DecodeBench>();
  return PromiseWorker::Run(
      info.Env(),
      [=] {
        std::lock_guard<std::mutex> g(dm->calls());
        *res = kc::bench_decode(*dm, B, P, S);
      },
      [res, dm](Napi::Env env) -> Napi::Value {
        Napi::Object r = Napi::Object::New(env);
        r.Set("prefillMs", res->prefill_ms);
        r.Set("msPerStep", res->ms_per_step);
        r.Set("tokensPerSecond", res->tokens_per_second);
        r.Set("peakBytes", res->peak_bytes);
        r.Set("weightBytes", (double)dm->weight_bytes());
        return r;
      });
}

// benchTrain(nativeModel, batch, opts, iters): forward + backward + AdamW per iteration (one
// warm-up step first)
Napi::Value BenchTrain(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto dm = device_copy(info);
  auto batch = train_batch_of(info[1].As<Napi::Object>());
  Napi::Object o = info[2].IsObject() ? info[2].As<Napi::Object>() : Napi::Object::New(env);
  const bool dropout = o.Get("dropout").ToBoolean(), recompute = o.Get("recompute").ToBoolean();
  const double ew = o.Get("ethicsWeight").IsNumber() ? o.Get("ethicsWeight").As<Napi::Number>().DoubleValue() : 0.5;
  const int iters = info[3].IsNumber() ? (int)int_arg(info[3], "iters", 1, 1 << 20) : 5;
  auto res = std::make_shared<kc::TrainBench>();
  return PromiseWorker::Run(
      env,
      [=] {
        std::lock_guard<std::mutex> g(dm->calls());
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

// fillSynthetic(nativeModel, {weights: 'int8'|'f16'|'bf16'|'f32', seed}): random weights for
// benchmarks of large shapes (csrc/synthetic.h), on a worker thread
Napi::Value FillSynthetic(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = native_model(info[0])->model(env);
  Napi::Object o = info[1].IsObject() ? info[1].As<Napi::Object>() : Napi::Object::New(env);
  const std::string w = o.Get("weights").IsString() ? o.Get("weights").As<Napi::String>().Utf8Value() : "f32";
  const uint64_t seed = o.Get("seed").IsNumber() ? (uint64_t)o.Get("seed").As<Napi::Number>().DoubleValue() : 1;
  return PromiseWorker::Run(env, [m, w, seed] { fill_synthetic(*m, w, seed); }, [](Napi::Env env) { return env.Undefined(); });
}

}  // namespace

void register_cuda_model(Napi::Env env, Napi::Object cuda) {
  cuda.Set("forwardIncremental", Napi::Function::New(env, guarded_fn<ForwardIncremental>));
  cuda.Set("benchDecode", Napi::Function::New(env, guarded_fn<BenchDecode>));
  cuda.Set("benchTrain", Napi::Function::New(env, guarded_fn<BenchTrain>));
  cuda.Set("fillSynthetic", Napi::Function::New(env, guarded_fn<FillSynthetic>));
}

}  // namespace kala::napi
#endif  // KALA_CUDA
