// Binding helpers: exceptions to JS errors with a `code`, promise-returning AsyncWorkers,
// tensors handed to JS as external ArrayBuffers.
#pragma once
#include <napi.h>

#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "tensor.h"

namespace kala::napi {

Napi::Error make_error(Napi::Env env, ErrorCode code, const std::string& message);
[[noreturn]] void throw_error(Napi::Env env, ErrorCode code, const std::string& message);

// Runs a binding's body so that no C++ exception crosses into N-API (where it would terminate the
// process): a KalaException becomes a JS Error with its code, std::bad_alloc OUT_OF_MEMORY,
// anything else INTERNAL; a Napi::Error passes through. Every entry point (methods through
// GuardedWrap::Method, constructors, plain functions through guarded_fn) runs inside one.
template <typename F>
auto guard(Napi::Env env, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const Napi::Error&) {
    throw;
  } catch (const KalaException& e) {
    throw make_error(env, e.code, e.what());
  } catch (const std::bad_alloc&) {
    throw make_error(env, ErrorCode::OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    throw make_error(env, ErrorCode::INTERNAL, std::string("native error: ") + e.what());
  } catch (...) {
    throw make_error(env, ErrorCode::INTERNAL, "unknown native exception");
  }
}

// An ObjectWrap whose methods are registered with Method<&T::X>("x"): each call runs in guard().
template <typename T>
class GuardedWrap : public Napi::ObjectWrap<T> {
 public:
  explicit GuardedWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<T>(info) {}

 protected:
  using Callback = Napi::Value (T::*)(const Napi::CallbackInfo&);
  template <Callback M>
  static Napi::ClassPropertyDescriptor<T> Method(const char* name) {
    return Napi::ObjectWrap<T>::InstanceMethod(name, static_cast<Callback>(&GuardedWrap::template Call<M>));
  }

 private:
  template <Callback M>
  Napi::Value Call(const Napi::CallbackInfo& info) {
    return guard(info.Env(), [&] { return (static_cast<T*>(this)->*M)(info); });
  }
};

// A plain function for Napi::Function::New whose body runs in guard().
template <Napi::Value (*F)(const Napi::CallbackInfo&)>
Napi::Value guarded_fn(const Napi::CallbackInfo& info) {
  return guard(info.Env(), [&] { return F(info); });
}

// A JS number that must be an integer in [lo, hi] (a size, count or offset): NaN, 1e300, 2.5 or a
// non-number is KalaException(code) naming `what` (never a wrapped or undefined cast).
int64_t int_arg(const Napi::Value& v, const std::string& what, int64_t lo, int64_t hi, ErrorCode code = ErrorCode::INVALID_ARGUMENT);

// Fields of an options object that must be there: the defaults live in one place, the TS API, and
// every setting arrives explicitly (a missing one is a bug in the caller, not a silent default).
// Missing or of the wrong type: KalaException(INVALID_ARGUMENT) naming `what` and the key.
Napi::Value field(const Napi::Object& o, const char* key, const char* what);
double number_field(const Napi::Object& o, const char* key, const char* what);
bool bool_field(const Napi::Object& o, const char* key, const char* what);

// The elements of a typed array argument, copied: an Int32Array for int32_t, a Float32Array for
// float. Undefined or null is an empty vector (an optional array); any other value — a plain array,
// or a typed array of another element type whose bytes would be misread — is
// KalaException(INVALID_ARGUMENT) naming `what`.
template <typename T>
std::vector<T> typed_vec(const Napi::Value& v, const char* what) {
  static_assert(std::is_same_v<T, int32_t> || std::is_same_v<T, float>, "typed_vec: int32_t or float");
  if (v.IsUndefined() || v.IsNull()) return {};
  constexpr napi_typedarray_type want = std::is_same_v<T, int32_t> ? napi_int32_array : napi_float32_array;
  if (!v.IsTypedArray() || v.As<Napi::TypedArray>().TypedArrayType() != want)
    throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(what) + (want == napi_int32_array ? " must be an Int32Array" : " must be a Float32Array"));
  Napi::TypedArray a = v.As<Napi::TypedArray>();
  const T* p = reinterpret_cast<const T*>(static_cast<uint8_t*>(a.ArrayBuffer().Data()) + a.ByteOffset());
  return std::vector<T>(p, p + a.ElementLength());
}

// Runs `work` on the libuv thread pool; the promise resolves with `done(env)` or rejects with
// an Error carrying the KalaException code.
class PromiseWorker : public Napi::AsyncWorker {
 public:
  static Napi::Promise Run(Napi::Env env, std::function<void()> work, std::function<Napi::Value(Napi::Env)> done);

 protected:
  PromiseWorker(Napi::Env env, std::function<void()> work, std::function<Napi::Value(Napi::Env)> done);
  void Execute() override;
  void OnOK() override;
  void OnError(const Napi::Error& e) override;

 private:
  Napi::Promise::Deferred deferred_;
  std::function<void()> work_;
  std::function<Napi::Value(Napi::Env)> done_;
  ErrorCode code_ = ErrorCode::INTERNAL;
};

// {dtype, shape, data: ArrayBuffer} over the tensor's memory (kept alive by the buffer).
Napi::Object tensor_to_js(Napi::Env env, const Tensor& t);
// A float32 view (Float32Array) over the tensor's memory.
Napi::Float32Array float_array(Napi::Env env, const Tensor& t);

}  // namespace kala::napi
