// The training calls of NativeTrainer (trainer_wrap.cpp), over a TrainBackend
// (csrc/train_backend.h) of either device: argument conversion and workers only.
//   compute({B, T, ids, labels, targets?, positions?, keyStart?}, {dropout, seed, ethicsWeight, recompute})
//     -> Promise<{loss, lmLoss, ethicsLoss, lmTokens, ethicsTokens}>
//   step({lr, beta1, beta2, eps, weightDecay, step, gradScale, maxGradNorm})
//     -> Promise<{gradNorm, skipped, lossScale}> (the sequence of csrc/optimizer_step.h)
//   zeroGrad(), params() -> [{name, numel}], grad(name) -> tensor, state(name) -> {m, v},
//   setState(name, m: Float32Array, v: Float32Array)
// `busy` (csrc/one_call.h) refuses a second compute or step while one runs. train_batch_of is
// also cuda.benchTrain's (cuda_model_wrap.cpp).
#pragma once
#include <napi.h>

#include <cstdint>
#include <memory>

#include "napi/util.h"
#include "one_call.h"
#include "optimizer_step.h"
#include "train_backend.h"
#include "trainer.h"

namespace kala::napi {

inline std::shared_ptr<TrainBatch> train_batch_of(const Napi::Object& b) {
  auto batch = std::make_shared<TrainBatch>();
  batch->B = int_arg(b.Get("B"), "B", 1, INT32_MAX);
  batch->T = int_arg(b.Get("T"), "T", 1, INT32_MAX);
  checked_mul(batch->B, batch->T);
  batch->ids = typed_vec<int32_t>(b.Get("ids"), "batch ids");
  batch->labels = typed_vec<int32_t>(b.Get("labels"), "batch labels");
  batch->targets = typed_vec<float>(b.Get("targets"), "batch targets");
  batch->positions = typed_vec<int32_t>(b.Get("positions"), "batch positions");
  batch->key_start = typed_vec<int32_t>(b.Get("keyStart"), "batch keyStart");
  return batch;
}

// every optimizer setting comes from the Trainer (lib/train/trainer.ts owns the defaults)
inline OptimizerStep optimizer_step_of(const Napi::Object& o) {
  auto num = [&](const char* k) { return number_field(o, k, "optimizer step"); };
  OptimizerStep s;
  s.lr = num("lr"), s.beta1 = num("beta1"), s.beta2 = num("beta2"), s.eps = num("eps"), s.weight_decay = num("weightDecay");
  s.grad_scale = num("gradScale"), s.max_grad_norm = num("maxGradNorm");
  s.step = int_arg(field(o, "step", "optimizer step"), "optimizer step", 1, INT64_MAX);
  return s;
}

// the CPU trainer's one call at a time (csrc/one_call.h)
constexpr const char* kTrainerRunning = "the trainer is already running a step; await it first";

inline Napi::Value train_compute(const Napi::CallbackInfo& info, std::shared_ptr<TrainBackend> tb, OneCall busy) {
  Napi::Env env = info.Env();
  if (!info[0].IsObject() || !info[1].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "compute(batch, {dropout, seed, ethicsWeight, recompute})");
  auto batch = train_batch_of(info[0].As<Napi::Object>());
  Napi::Object o = info[1].As<Napi::Object>();
  const bool dropout = o.Get("dropout").ToBoolean(), recompute = o.Get("recompute").ToBoolean();
  const uint64_t seed = (uint64_t)int_arg(field(o, "seed", "compute"), "compute seed", 0, INT64_MAX);
  const double ew = number_field(o, "ethicsWeight", "compute");
  claim(busy, kTrainerRunning);
  auto out = std::make_shared<LossParts>();
  return PromiseWorker::Run(
      env,
      [=] {
        Release done(busy);
        *out = tb->compute(*batch, dropout, seed, ew, recompute);
      },
      [out](Napi::Env env) -> Napi::Value {
        Napi::Object r = Napi::Object::New(env);
        r.Set("loss", out->loss);
        r.Set("lmLoss", out->lm);
        r.Set("ethicsLoss", out->ethics);
        r.Set("lmTokens", (double)out->lm_tokens);
        r.Set("ethicsTokens", (double)out->ethics_tokens);
        return r;
      });
}

inline Napi::Value train_step(const Napi::CallbackInfo& info, std::shared_ptr<TrainBackend> tb, OneCall busy) {
  Napi::Env env = info.Env();
  if (!info[0].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "step({lr, beta1, beta2, eps, weightDecay, step, gradScale, maxGradNorm})");
  const OptimizerStep o = optimizer_step_of(info[0].As<Napi::Object>());
  claim(busy, kTrainerRunning);
  auto res = std::make_shared<OptimizerStepResult>();
  return PromiseWorker::Run(
      env,
      [=] {
        Release done(busy);
        *res = tb->step(o);
      },
      [res, tb](Napi::Env env) -> Napi::Value {
        Napi::Object r = Napi::Object::New(env);
        r.Set("gradNorm", res->grad_norm);
        r.Set("skipped", res->skipped);
        r.Set("lossScale", tb->loss_scale());
        return r;
      });
}

inline Napi::Value train_params(Napi::Env env, TrainBackend& tb) {
  const auto ps = tb.params();
  Napi::Array a = Napi::Array::New(env, ps.size());
  for (size_t i = 0; i < ps.size(); i++) {
    Napi::Object o = Napi::Object::New(env);
    o.Set("name", ps[i].name);
    o.Set("numel", (double)ps[i].numel);
    a.Set(i, o);
  }
  return a;
}

inline std::string param_name(const Napi::CallbackInfo& info) {
  if (!info[0].IsString()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "the parameter name must be a string");
  return info[0].As<Napi::String>().Utf8Value();
}

inline Napi::Value train_state(const Napi::CallbackInfo& info, TrainBackend& tb) {
  const std::string name = param_name(info);
  Napi::Object o = Napi::Object::New(info.Env());
  o.Set("m", float_array(info.Env(), tb.moment(name, false)));
  o.Set("v", float_array(info.Env(), tb.moment(name, true)));
  return o;
}

inline Napi::Value train_set_state(const Napi::CallbackInfo& info, TrainBackend& tb) {
  const std::string name = param_name(info);
  if (!info[1].IsTypedArray() || !info[2].IsTypedArray()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "setState(name, m: Float32Array, v: Float32Array)");
  const auto m = typed_vec<float>(info[1], "m"), v = typed_vec<float>(info[2], "v");
  if (m.size() != v.size()) throw KalaException(ErrorCode::TENSOR_SHAPE, "m and v must have the same length");
  tb.set_moments(name, m.data(), v.data(), (int64_t)m.size());
  return info.Env().Undefined();
}

}  // namespace kala::napi
