// NativeModel: the JS handle of a kala::Model and where its weights live (PlacedModel,
// csrc/model_placement.h). Heavy methods return promises (AsyncWorkers); running workers hold
// their own reference, so dispose() never frees memory under them.
#pragma once
#include <napi.h>

#include <atomic>
#include <memory>

#include "model.h"
#include "model_placement.h"
#include "napi/util.h"

namespace kala::napi {

class NativeModel : public GuardedWrap<NativeModel> {
 public:
  static Napi::Function Define(Napi::Env env);
  explicit NativeModel(const Napi::CallbackInfo& info);
  // Both throw DISPOSED after dispose().
  std::shared_ptr<Model> model(Napi::Env env) const { return placed(env)->host(); }
  std::shared_ptr<PlacedModel> placed(Napi::Env env) const;

 private:
  Napi::Value Load(const Napi::CallbackInfo& info);
  Napi::Value InitRandom(const Napi::CallbackInfo& info);
  Napi::Value InitMissingKala(const Napi::CallbackInfo& info);
  Napi::Value MissingBase(const Napi::CallbackInfo& info);
  Napi::Value Names(const Napi::CallbackInfo& info);
  Napi::Value StorageNames(const Napi::CallbackInfo& info);
  Napi::Value IsLinearWeight(const Napi::CallbackInfo& info);
  Napi::Value Has(const Napi::CallbackInfo& info);
  Napi::Value ShapeOf(const Napi::CallbackInfo& info);
  Napi::Value DTypeOf(const Napi::CallbackInfo& info);
  Napi::Value AttachLora(const Napi::CallbackInfo& info);
  Napi::Value DetachLora(const Napi::CallbackInfo& info);
  Napi::Value MergeLora(const Napi::CallbackInfo& info);
  Napi::Value LoraNames(const Napi::CallbackInfo& info);
  Napi::Value LoraConfigJs(const Napi::CallbackInfo& info);
  Napi::Value GetTensor(const Napi::CallbackInfo& info);
  Napi::Value AppendTensors(const Napi::CallbackInfo& info);
  Napi::Value SetTensor(const Napi::CallbackInfo& info);
  Napi::Value Forward(const Napi::CallbackInfo& info);
  Napi::Value Score(const Napi::CallbackInfo& info);
  Napi::Value WeightBytes(const Napi::CallbackInfo& info);
  Napi::Value To(const Napi::CallbackInfo& info);
  Napi::Value SyncHost(const Napi::CallbackInfo& info);
  Napi::Value Cancel(const Napi::CallbackInfo& info);
  Napi::Value Dispose(const Napi::CallbackInfo& info);

  std::shared_ptr<PlacedModel> placed_;
  std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace kala::napi
