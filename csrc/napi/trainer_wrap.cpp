// NativeTrainer: gradients, optimizer steps and optimizer state of a model's training backend,
// chosen by the engine where the weights are (PlacedModel::trainer: the CPU Trainer, or the
// device copy's training in CUDA builds), through the training calls of napi/train_calls.h.
// compute() and step() run on the libuv pool; one at a time per trainer (csrc/one_call.h).
#include <napi.h>

#include <memory>

#include "napi/bindings.h"
#include "napi/model_wrap.h"
#include "napi/train_calls.h"
#include "napi/util.h"
#include "train_backend.h"

namespace kala::napi {

class NativeTrainer : public GuardedWrap<NativeTrainer> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "NativeTrainer",
                       {Method<&NativeTrainer::Compute>("compute"), Method<&NativeTrainer::Step>("step"),
                        Method<&NativeTrainer::ZeroGrad>("zeroGrad"), Method<&NativeTrainer::Params>("params"),
                        Method<&NativeTrainer::Grad>("grad"), Method<&NativeTrainer::State>("state"),
                        Method<&NativeTrainer::SetState>("setState"),
                        Method<&NativeTrainer::FinishGrads>("finishGrads"),
                        Method<&NativeTrainer::GradNorm>("gradNorm")});
  }

  explicit NativeTrainer(const Napi::CallbackInfo& info) : GuardedWrap<NativeTrainer>(info) {
    Napi::Env env = info.Env();
    guard(env, [&] {
      if (!info[0].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "NativeTrainer(nativeModel, {full?})");
      NativeModel* nm = Napi::ObjectWrap<NativeModel>::Unwrap(info[0].As<Napi::Object>());
      const bool full = info[1].IsObject() && info[1].As<Napi::Object>().Get("full").ToBoolean();
      tb_ = nm->placed(env)->trainer(full);
    });
  }

 private:
  Napi::Value Compute(const Napi::CallbackInfo& info) { return train_compute(info, tb_, busy_); }
  Napi::Value Step(const Napi::CallbackInfo& info) { return train_step(info, tb_, busy_); }
  Napi::Value ZeroGrad(const Napi::CallbackInfo& info) {
    tb_->zero_grad();
    return info.Env().Undefined();
  }
  Napi::Value GradNorm(const Napi::CallbackInfo& info) { return Napi::Number::New(info.Env(), tb_->grad_norm()); }
  Napi::Value FinishGrads(const Napi::CallbackInfo& info) { return Napi::Boolean::New(info.Env(), tb_->finish_grads()); }
  Napi::Value Params(const Napi::CallbackInfo& info) { return train_params(info.Env(), *tb_); }
  Napi::Value Grad(const Napi::CallbackInfo& info) { return tensor_to_js(info.Env(), tb_->grad(param_name(info))); }
  Napi::Value State(const Napi::CallbackInfo& info) { return train_state(info, *tb_); }
  Napi::Value SetState(const Napi::CallbackInfo& info) { return train_set_state(info, *tb_); }

  std::shared_ptr<TrainBackend> tb_;
  OneCall busy_ = one_call();
};

void register_trainer(Napi::Env env, Napi::Object exports) { exports.Set("NativeTrainer", NativeTrainer::Define(env)); }

}  // namespace kala::napi
