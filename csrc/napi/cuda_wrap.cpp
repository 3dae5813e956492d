// CUDA builds only (KALA_CUDA): `cudaInfo()` for the loader and `cuda`: device memory counters,
// the tensor-core switch, and the device-model hooks of the tests and benchmarks
// (cuda_model_wrap.cpp). The op-level test harness
// (run an op on the GPU and its CPU twin) is in cuda_optest.cpp, in op-test builds only.
#ifdef KALA_CUDA
#include <napi.h>

#include <string>

#include "kala_cuda.h"
#include "napi/bindings.h"
#include "napi/util.h"

namespace kala::napi {

namespace kc = kala::cuda;

namespace {

Napi::Value CudaInfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const kc::RuntimeInfo r = kc::runtime_info();
  Napi::Object o = Napi::Object::New(env);
  Napi::Array devs = Napi::Array::New(env, r.devices.size());
  for (size_t i = 0; i < r.devices.size(); i++) {
    const kc::DeviceInfo& d = r.devices[i];
    Napi::Object x = Napi::Object::New(env);
    x.Set("name", d.name);
    x.Set("computeCapability", std::to_string(d.major) + "." + std::to_string(d.minor));
    x.Set("memoryBytes", (double)d.memory_bytes);
    x.Set("smCount", d.sm_count);
    x.Set("memoryBandwidthGBs", d.mem_bandwidth_gbs);
    devs.Set(i, x);
  }
  o.Set("devices", devs);
  if (!r.error.empty()) o.Set("error", r.error);
  o.Set("runtimeVersion", r.runtime_version);
  o.Set("driverVersion", r.driver_version);
  o.Set("emulated", r.emulated);
  return o;
}

Napi::Value SetForceSimt(const Napi::CallbackInfo& i) {
  kc::set_force_simt(i[0].ToBoolean());
  return i.Env().Undefined();
}
Napi::Value Memory(const Napi::CallbackInfo& i) {
  Napi::Object o = Napi::Object::New(i.Env());
  o.Set("allocated", (double)kc::allocated_bytes());
  o.Set("peak", (double)kc::peak_allocated_bytes());
  o.Set("deviceUsed", (double)kc::device_used_bytes());
  return o;
}
Napi::Value ResetPeakMemory(const Napi::CallbackInfo& i) {
  kc::reset_peak_allocated();
  return i.Env().Undefined();
}

}  // namespace

// every entry point runs in guard(): no C++ exception reaches N-API unconverted
void register_cuda(Napi::Env env, Napi::Object exports) {
  exports.Set("cudaInfo", Napi::Function::New(env, guarded_fn<CudaInfo>));
  Napi::Object cuda = Napi::Object::New(env);
  cuda.Set("setForceSimt", Napi::Function::New(env, guarded_fn<SetForceSimt>));
  cuda.Set("memory", Napi::Function::New(env, guarded_fn<Memory>));
  cuda.Set("resetPeakMemory", Napi::Function::New(env, guarded_fn<ResetPeakMemory>));
  cuda.Set("emulated", kc::emulated());
  register_cuda_model(env, cuda);
  exports.Set("cuda", cuda);
}

}  // namespace kala::napi
#endif  // KALA_CUDA
