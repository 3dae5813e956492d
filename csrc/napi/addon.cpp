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
#endif
  return exports;
}

NODE_API_MODULE(kala, Init)
