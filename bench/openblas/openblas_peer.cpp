// The peer for matmul benchmarks: OpenBLAS sgemm (Debian libopenblas-dev), C = A W^T, row-major.
#include <cblas.h>
#include <napi.h>

static Napi::Value Sgemm(const Napi::CallbackInfo& info) {
  const int M = info[0].As<Napi::Number>().Int32Value(), N = info[1].As<Napi::Number>().Int32Value(),
            K = info[2].As<Napi::Number>().Int32Value();
  cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, M, N, K, 1.f, info[3].As<Napi::Float32Array>().Data(), K,
              info[4].As<Napi::Float32Array>().Data(), K, 0.f, info[5].As<Napi::Float32Array>().Data(), N);
  return info.Env().Undefined();
}

static Napi::Value Threads(const Napi::CallbackInfo& info) {
  if (info.Length() > 0) openblas_set_num_threads(info[0].As<Napi::Number>().Int32Value());
  return Napi::Number::New(info.Env(), openblas_get_num_threads());
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("sgemm", Napi::Function::New(env, Sgemm));
  exports.Set("threads", Napi::Function::New(env, Threads));
  exports.Set("config", Napi::String::New(env, openblas_get_config()));
  return exports;
}

NODE_API_MODULE(openblas_peer, Init)
