// The peer for matmul benchmarks: OpenBLAS sgemm (Debian libopenblas-dev), row-major, C = op(A) op(B).
#include <cblas.h>
#include <napi.h>

// sgemm(M, N, K, A, B, C, transA = false, transB = true): the engine's bench.sgemm contract.
static Napi::Value Sgemm(const Napi::CallbackInfo& info) {
  const int M = info[0].As<Napi::Number>().Int32Value(), N = info[1].As<Napi::Number>().Int32Value(),
            K = info[2].As<Napi::Number>().Int32Value();
  const bool ta = info.Length() > 6 && info[6].ToBoolean(), tb = info.Length() <= 7 || info[7].ToBoolean();
  cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, M, N, K, 1.f,
              info[3].As<Napi::Float32Array>().Data(), ta ? M : K, info[4].As<Napi::Float32Array>().Data(), tb ? K : N, 0.f,
              info[5].As<Napi::Float32Array>().Data(), N);
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
