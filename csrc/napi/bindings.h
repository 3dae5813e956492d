// Registration functions of the binding files (one per file in csrc/napi/).
#pragma once
#include <napi.h>

namespace kala::napi {
void register_system(Napi::Env env, Napi::Object exports);
void register_model(Napi::Env env, Napi::Object exports);
void register_session(Napi::Env env, Napi::Object exports);
void register_bench(Napi::Env env, Napi::Object exports);
void register_trainer(Napi::Env env, Napi::Object exports);
Napi::Value SetThreads(const Napi::CallbackInfo& info);  // system.cpp: setThreads and bench.setThreads
#ifdef KALA_CUDA
void register_cuda(Napi::Env env, Napi::Object exports);        // cuda_wrap.cpp: cudaInfo, cuda.*
void register_cuda_model(Napi::Env env, Napi::Object cuda);     // cuda_model_wrap.cpp
#ifdef KALA_CUDA_OPTEST
void register_cuda_optest(Napi::Env env, Napi::Object exports); // cuda_optest.cpp: cudaOpTest.* (op-test builds only)
#endif
#endif
}  // namespace kala::napi
