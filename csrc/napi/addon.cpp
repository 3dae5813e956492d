// Module entry: registers every binding. Each file in csrc/napi/ owns one group of functions.
#include <napi.h>

#include "napi/bindings.h"

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  kala::napi::register_system(env, exports);
  kala::napi::register_model(env, exports);
  kala::napi::register_session(env, exports);
  kala::napi::register_bench(env, exports);
  kala::napi::register_trainer(env, exports);
#ifdef KALA_CUDA
  kala::napi::register_cuda(env, exports);
#ifdef KALA_CUDA_OPTEST
  // the op-level test harness: test builds only (cmake -DKALA_CUDA_OPTEST=ON), never shipped
  kala::napi::register_cuda_optest(env, exports);
#endif
#endif
  return exports;
}

NODE_API_MODULE(kala, Init)
