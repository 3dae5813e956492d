// Binding helpers: exceptions to JS errors with a `code`, promise-returning AsyncWorkers,
// tensors handed to JS as external ArrayBuffers.
#pragma once
#include <napi.h>

#include <functional>
#include <memory>
#include <string>

#include "tensor.h"

namespace kala::napi {

Napi::Error make_error(Napi::Env env, const std::string& code, const std::string& message);
[[noreturn]] void throw_error(Napi::Env env, const std::string& code, const std::string& message);

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
  std::string code_ = "INTERNAL";
};

// {dtype, shape, data: ArrayBuffer} over the tensor's memory (kept alive by the buffer).
Napi::Object tensor_to_js(Napi::Env env, const Tensor& t);
// A float32 view (Float32Array) over the tensor's memory.
Napi::Float32Array float_array(Napi::Env env, const Tensor& t);

}  // namespace kala::napi
