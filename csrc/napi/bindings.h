// Registration functions of the binding files (one per file in csrc/napi/).
#pragma once
#include <napi.h>

namespace kala::napi {
void register_system(Napi::Env env, Napi::Object exports);
void register_model(Napi::Env env, Napi::Object exports);
void register_session(Napi::Env env, Napi::Object exports);
void register_bench(Napi::Env env, Napi::Object exports);
void register_trainer(Napi::Env env, Napi::Object exports);
}  // namespace kala::napi
