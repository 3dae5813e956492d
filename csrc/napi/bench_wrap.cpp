// Hooks for bench/: the raw kernels (GEMM, packed linear, memory read bandwidth) callable
// synchronously, so benchmarks time the kernels themselves beside their peers.
#include <napi.h>

#include <string>

#include "bench_hooks.h"
#include "gemm.h"
#include "napi/bindings.h"
#include "napi/util.h"

namespace kala::napi {

static float* f32(const Napi::Value& v) { return v.As<Napi::Float32Array>().Data(); }

// The data of a Float32Array of at least n elements, else null (another typed array's bytes would
// be misread): one napi_get_typedarray_info per operand, which fails on anything but a typed array.
// bench/gemm-training.js times this hook against OpenBLAS's peer hook (one such call per operand);
// IsTypedArray, then As<Float32Array> (itself a typedarray_info) twice per operand took the fixed
// cost of a call from ~510 to ~240 ns (a 1 x 1 x 1 product; the peer's is ~300 ns), ~5% of
// attention's 64 x 64 x 128 product.
static float* f32_at_least(napi_env env, const Napi::Value& v, int64_t n) {
  napi_typedarray_type type;
  size_t length = 0, offset = 0;
  void* data = nullptr;
  napi_value buffer;
  if (napi_get_typedarray_info(env, v, &type, &length, &data, &buffer, &offset) != napi_ok) return nullptr;
  return type == napi_float32_array && length >= (size_t)n ? static_cast<float*>(data) : nullptr;
}

// sgemm(M, N, K, A, B, C, transA = false, transB = true): C[M,N] = op(A) op(B) with on-the-fly
// packing (the general GEMM), dense operands: A is [M,K] ([K,M] when transA), B is [K,N] ([N,K]
// when transB, a weight used as W^T).
static Napi::Value Sgemm(const Napi::CallbackInfo& info) {
  const int64_t M = info[0].As<Napi::Number>().Int64Value(), N = info[1].As<Napi::Number>().Int64Value(),
                K = info[2].As<Napi::Number>().Int64Value();
  const bool ta = info.Length() > 6 && info[6].ToBoolean(), tb = info.Length() <= 7 || info[7].ToBoolean();
  if (M < 1 || N < 1 || K < 1) throw KalaException(ErrorCode::INVALID_ARGUMENT, "sgemm: M, N and K must be >= 1");
  float* A = f32_at_least(info.Env(), info[3], M * K);
  float* B = f32_at_least(info.Env(), info[4], K * N);
  float* C = f32_at_least(info.Env(), info[5], M * N);
  if (!A || !B || !C)
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "sgemm: A, B and C must be Float32Arrays of at least M*K, K*N and M*N elements");
  sgemm(M, N, K, A, ta ? M : K, ta, B, tb ? K : N, tb, C, N, false);
  return info.Env().Undefined();
}

// A weight packed once, then multiplied many times: the path every linear layer takes.
class NativeLinear : public GuardedWrap<NativeLinear> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "NativeLinear", {Method<&NativeLinear::Run>("run")});
  }
  explicit NativeLinear(const Napi::CallbackInfo& info) : GuardedWrap<NativeLinear>(info) {
    guard(info.Env(), [&] {
      N_ = int_arg(info[1], "N", 1, INT32_MAX);
      K_ = int_arg(info[2], "K", 1, INT32_MAX);
      if ((int64_t)info[0].As<Napi::Float32Array>().ElementLength() < checked_mul(N_, K_))
        throw KalaException(ErrorCode::INVALID_ARGUMENT, "the weight must hold N * K floats");
      const bool int8 = info[3].IsString() && info[3].As<Napi::String>().Utf8Value() == "int8";
      w_ = int8 ? quantize_pack_int8(f32(info[0]), DType::F32, N_, K_) : pack_weight(f32(info[0]), DType::F32, N_, K_, nullptr);
    });
  }

 private:
  Napi::Value Run(const Napi::CallbackInfo& info) {  // run(A[M,K], M, C[M,N])
    const int64_t M = info[1].As<Napi::Number>().Int64Value();
    linear_packed(M, f32(info[0]), K_, w_.view(), f32(info[2]), N_, false);
    return info.Env().Undefined();
  }
  PackedWeight w_;
  int64_t N_ = 0, K_ = 0;
};

// readBandwidth(bytes, passes) -> GB/s (csrc/bench_hooks.h)
static Napi::Value ReadBandwidth(const Napi::CallbackInfo& info) {
  const int64_t bytes = int_arg(info[0], "bytes", 4, INT64_MAX);
  return Napi::Number::New(info.Env(), read_bandwidth_gbs(bytes, (int)int_arg(info[1], "passes", 1, 1 << 20)));
}

// setInt8Gemm(mode?) / setInt8Gemv(mode?) -> the mode now in effect (csrc/bench_hooks.h)
template <const char* (*Named)(const std::string*)>
static Napi::Value Int8Mode(const Napi::CallbackInfo& info) {
  const std::string m = info[0].IsString() ? info[0].As<Napi::String>().Utf8Value() : "";
  return Napi::String::New(info.Env(), Named(info[0].IsString() ? &m : nullptr));
}

void register_bench(Napi::Env env, Napi::Object exports) {
  Napi::Object b = Napi::Object::New(env);
  b.Set("sgemm", Napi::Function::New(env, guarded_fn<Sgemm>));
  b.Set("NativeLinear", NativeLinear::Define(env));
  b.Set("readBandwidth", Napi::Function::New(env, guarded_fn<ReadBandwidth>));
  b.Set("setThreads", Napi::Function::New(env, guarded_fn<SetThreads>));
  b.Set("setInt8Gemm", Napi::Function::New(env, guarded_fn<Int8Mode<int8_gemm_mode_named>>));
  b.Set("setInt8Gemv", Napi::Function::New(env, guarded_fn<Int8Mode<int8_gemv_mode_named>>));
  exports.Set("bench", b);
}

}  // namespace kala::napi
