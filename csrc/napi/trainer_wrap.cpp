// NativeTrainer: gradients, optimizer steps and optimizer state of a kala::Trainer. compute()
// and step() run on the libuv pool; one call at a time per trainer.
#include <napi.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>

#include "napi/bindings.h"
#include "napi/model_wrap.h"
#include "napi/train_batch.h"
#include "napi/util.h"
#include "trainer.h"

namespace kala::napi {

class NativeTrainer : public GuardedWrap<NativeTrainer> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "NativeTrainer",
                       {Method<&NativeTrainer::Compute>("compute"), Method<&NativeTrainer::Step>("step"),
                        Method<&NativeTrainer::ZeroGrad>("zeroGrad"), Method<&NativeTrainer::Params>("params"),
                        Method<&NativeTrainer::Grad>("grad"), Method<&NativeTrainer::State>("state"),
                        Method<&NativeTrainer::SetState>("setState"),
                        Method<&NativeTrainer::GradNorm>("gradNorm")});
  }

  explicit NativeTrainer(const Napi::CallbackInfo& info) : GuardedWrap<NativeTrainer>(info) {
    Napi::Env env = info.Env();
    guard(env, [&] {
      NativeModel* nm = Napi::ObjectWrap<NativeModel>::Unwrap(info[0].As<Napi::Object>());
      const bool full = info[1].IsObject() && info[1].As<Napi::Object>().Get("full").ToBoolean();
      trainer_ = std::make_shared<Trainer>(nm->model(env), full);
    });
  }

 private:
  struct Busy {
    std::shared_ptr<std::atomic<bool>> flag;
    ~Busy() { flag->store(false); }
  };
  void claim(Napi::Env env) {
    if (busy_->exchange(true)) throw_error(env, ErrorCode::INVALID_ARGUMENT, "the trainer is already running a step; await it first");
  }

  // compute({B, T, ids, labels, targets?, positions?, keyStart?}, {dropout, seed, ethicsWeight, recompute})
  Napi::Value Compute(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    Napi::Object b = info[0].As<Napi::Object>();
    Napi::Object o = info[1].As<Napi::Object>();
    auto batch = train_batch_of(b);
    const bool dropout = o.Get("dropout").ToBoolean();
    const uint64_t seed = (uint64_t)int_arg(field(o, "seed", "compute"), "compute seed", 0, INT64_MAX);
    const double ew = number_field(o, "ethicsWeight", "compute");
    const bool recompute = o.Get("recompute").ToBoolean();
    claim(env);
    auto tr = trainer_;
    auto busy = busy_;
    auto out = std::make_shared<LossParts>();
    return PromiseWorker::Run(
        env,
        [=] {
          Busy guard{busy};
          *out = tr->compute(*batch, dropout, seed, ew, recompute);
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

  // step({lr, beta1, beta2, eps, weightDecay, step, gradScale, maxGradNorm}) -> {gradNorm}: the
  // sequence of csrc/optimizer_step.h (no loss scaling on the CPU: nothing is ever skipped)
  Napi::Value Step(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const OptimizerStep o = optimizer_step_of(info[0].As<Napi::Object>());
    claim(env);
    auto tr = trainer_;
    auto busy = busy_;
    auto res = std::make_shared<OptimizerStepResult>();
    return PromiseWorker::Run(
        env,
        [=] {
          Busy guard{busy};
          struct Cpu {
            Trainer& t;
            bool finish_grads() { return true; }
            void scale_grad(double f) { t.scale_grad(f); }
            double grad_norm() { return t.grad_norm(); }
            void adamw(double lr, double b1, double b2, double eps, double wd, int64_t step) { t.adamw(lr, b1, b2, eps, wd, step); }
            void zero_grad() { t.zero_grad(); }
          } cpu{*tr};
          *res = optimizer_step(cpu, o);
        },
        [res](Napi::Env env) -> Napi::Value {
          Napi::Object r = Napi::Object::New(env);
          r.Set("gradNorm", res->grad_norm);
          return r;
        });
  }

  Napi::Value ZeroGrad(const Napi::CallbackInfo& info) {
    trainer_->zero_grad();
    return info.Env().Undefined();
  }

  Napi::Value GradNorm(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), trainer_->grad_norm()); }

  Napi::Value Params(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const auto& ps = trainer_->params();
    Napi::Array a = Napi::Array::New(env, ps.size());
    for (size_t i = 0; i < ps.size(); i++) {
      Napi::Object o = Napi::Object::New(env);
      o.Set("name", ps[i].name);
      o.Set("numel", (double)ps[i].n);
      a.Set(i, o);
    }
    return a;
  }

  Napi::Value Grad(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    try {
      return tensor_to_js(env, trainer_->grad(info[0].As<Napi::String>().Utf8Value()));
    } catch (const KalaException& e) {
      throw_error(env, e.code, e.what());
    }
  }

  TrainParam* find(Napi::Env env, const std::string& name) {
    for (auto& p : trainer_->params())
      if (p.name == name) return &p;
    throw_error(env, ErrorCode::TENSOR_MISSING, name + " is not trained");
  }

  // state(name) -> {m, v}: copies of the AdamW moments (storage layout)
  Napi::Value State(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    TrainParam* p = find(env, info[0].As<Napi::String>().Utf8Value());
    Napi::Object o = Napi::Object::New(env);
    Napi::Float32Array m = Napi::Float32Array::New(env, p->n), v = Napi::Float32Array::New(env, p->n);
    std::memcpy(m.Data(), p->m.data, p->n * 4);
    std::memcpy(v.Data(), p->v.data, p->n * 4);
    o.Set("m", m);
    o.Set("v", v);
    return o;
  }

  Napi::Value SetState(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    TrainParam* p = find(env, info[0].As<Napi::String>().Utf8Value());
    Napi::Float32Array m = info[1].As<Napi::Float32Array>(), v = info[2].As<Napi::Float32Array>();
    if ((int64_t)m.ElementLength() != p->n || (int64_t)v.ElementLength() != p->n)
      throw_error(env, ErrorCode::TENSOR_SHAPE, "optimizer state of " + p->name + " has the wrong size");
    std::memcpy(p->m.data, m.Data(), p->n * 4);
    std::memcpy(p->v.data, v.Data(), p->n * 4);
    return env.Undefined();
  }

  std::shared_ptr<Trainer> trainer_;
  std::shared_ptr<std::atomic<bool>> busy_ = std::make_shared<std::atomic<bool>>(false);
};

void register_trainer(Napi::Env env, Napi::Object exports) { exports.Set("NativeTrainer", NativeTrainer::Define(env)); }

}  // namespace kala::napi
