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
  Napi::Array feats = Napi::Array::New(env);
  uint32_t i = 0;
  auto add = [&](bool on, const char* name) {
    if (on) feats.Set(i++, name);
  };
  add(f.avx2, "avx2");
  add(f.fma, "fma");
  add(f.f16c, "f16c");
  add(f.avx512f, "avx512f");
  add(f.avx512bw, "avx512bw");
  add(f.avx512vl, "avx512vl");
  add(f.avx512dq, "avx512dq");
  add(f.avx512vnni, "avx512vnni");
  add(f.avx512vbmi, "avx512vbmi");
  add(f.avx512bf16, "avx512bf16");
  add(f.avxvnni, "avxvnni");
  o.Set("features", feats);
  o.Set("simd", simd_level_name(simd_level()));
  o.Set("threads", num_threads());
  o.Set("hardwareThreads", hardware_threads());
  o.Set("cuda", false);
  return o;
}

static Napi::Value SetThreads(const Napi::CallbackInfo& info) {
  set_num_threads(info[0].As<Napi::Number>().Int32Value());
  return Napi::Number::New(info.Env(), num_threads());
}

void register_system(Napi::Env env, Napi::Object exports) {
  exports.Set("cpuInfo", Napi::Function::New(env, guarded_fn<CpuInfo>));
  exports.Set("setThreads", Napi::Function::New(env, guarded_fn<SetThreads>));
}

}  // namespace kala::napi
