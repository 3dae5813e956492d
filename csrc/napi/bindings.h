// Registration functions of the binding files (one per file in csrc/napi/).
#pragma once
#include <napi.h>

namespace kala::napi {
void register_system(Napi::Env env, Napi::Object exports);
}
