// System information for `kala-train inspect` and the loader: CPU features, threads, SIMD level.
#include <napi.h>

#include "cpu_features.h"
#include "napi/bindings.h"
#include "napi/util.h"
#include "threadpool.h"

namespace kala::napi {

static Napi::Value CpuInfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const CpuFeatures& f = cpu_features();
  Napi::Object o = Napi::Object::New(env);
  o.Set("brand", f.brand);
  const std::vector<const char*> names = cpu_feature_names(f);
  Napi::Array feats = Napi::Array::New(env, names.size());
  for (size_t i = 0; i < names.size(); i++) feats.Set(i, names[i]);
  o.Set("features", feats);
  o.Set("simd", simd_level_name(simd_level()));
  o.Set("threads", num_threads());
  o.Set("hardwareThreads", hardware_threads());
  o.Set("cuda", false);
  return o;
}

// setThreads(n) -> the thread count now in effect (also bench.setThreads)
Napi::Value SetThreads(const Napi::CallbackInfo& info) {
  set_num_threads(info[0].As<Napi::Number>().Int32Value());
  return Napi::Number::New(info.Env(), num_threads());
}

void register_system(Napi::Env env, Napi::Object exports) {
  exports.Set("cpuInfo", Napi::Function::New(env, guarded_fn<CpuInfo>));
  exports.Set("setThreads", Napi::Function::New(env, guarded_fn<SetThreads>));
}

}  // namespace kala::napi
