// Module entry: registers every binding. Each napi_*.cpp file owns one group of functions.
#include <napi.h>

#include "napi/bindings.h"

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  kala::napi::register_system(env, exports);
  return exports;
}

NODE_API_MODULE(kala, Init)
