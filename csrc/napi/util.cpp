#include "napi/util.h"

#include <algorithm>
#include <cmath>
#include <new>

namespace kala::napi {

Napi::Error make_error(Napi::Env env, ErrorCode code, const std::string& message) {
  Napi::Error e = Napi::Error::New(env, message);
  e.Set("code", Napi::String::New(env, error_code_name(code)));
  return e;
}

void throw_error(Napi::Env env, ErrorCode code, const std::string& message) {
  throw make_error(env, code, message);
}

Napi::Value field(const Napi::Object& o, const char* key, const char* what) {
  Napi::Value v = o.Get(key);
  if (v.IsUndefined()) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(what) + " " + key + " is required");
  return v;
}

double number_field(const Napi::Object& o, const char* key, const char* what) {
  Napi::Value v = field(o, key, what);
  if (!v.IsNumber()) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(what) + " " + key + " must be a number");
  return v.As<Napi::Number>().DoubleValue();
}

bool bool_field(const Napi::Object& o, const char* key, const char* what) {
  Napi::Value v = field(o, key, what);
  if (!v.IsBoolean()) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(what) + " " + key + " must be a boolean");
  return v.As<Napi::Boolean>().Value();
}

PromiseWorker::PromiseWorker(Napi::Env env, std::function<void()> work, std::function<Napi::Value(Napi::Env)> done)
    : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), work_(std::move(work)), done_(std::move(done)) {}

Napi::Promise PromiseWorker::Run(Napi::Env env, std::function<void()> work, std::function<Napi::Value(Napi::Env)> done) {
  auto* w = new PromiseWorker(env, std::move(work), std::move(done));
  Napi::Promise p = w->deferred_.Promise();
  w->Queue();
  return p;
}

void PromiseWorker::Execute() {
  // on a pool thread: nothing may escape (it would terminate the process)
  try {
    work_();
  } catch (const KalaException& e) {
    code_ = e.code;
    SetError(e.what());
  } catch (const std::bad_alloc&) {
    code_ = ErrorCode::OUT_OF_MEMORY;
    SetError("out of memory");
  } catch (const std::exception& e) {
    code_ = ErrorCode::INTERNAL;
    SetError(std::string("native error: ") + e.what());
  } catch (...) {
    code_ = ErrorCode::INTERNAL;
    SetError("unknown native exception");
  }
}

void PromiseWorker::OnOK() {
  try {
    deferred_.Resolve(guard(Env(), [&] { return done_(Env()); }));
  } catch (const Napi::Error& e) {
    deferred_.Reject(e.Value());
  }
}

void PromiseWorker::OnError(const Napi::Error& e) {
  deferred_.Reject(make_error(Env(), code_, e.Message()).Value());
}

int64_t int_arg(const Napi::Value& v, const std::string& what, int64_t lo, int64_t hi, ErrorCode code) {
  lo = std::max<int64_t>(lo, -(int64_t(1) << 53));  // doubles are exact integers only up to 2^53
  hi = std::min<int64_t>(hi, int64_t(1) << 53);
  const double d = v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : NAN;
  if (!(d >= (double)lo && d <= (double)hi) || d != std::floor(d))
    throw KalaException(code, what + " must be an integer between " + std::to_string(lo) + " and " + std::to_string(hi));
  return (int64_t)d;
}

static Napi::ArrayBuffer external_buffer(Napi::Env env, const Tensor& t) {
  auto* keep = new std::shared_ptr<void>(t.owner);
  return Napi::ArrayBuffer::New(env, t.data, t.nbytes(), [](Napi::Env, void*, std::shared_ptr<void>* k) { delete k; }, keep);
}

Napi::Object tensor_to_js(Napi::Env env, const Tensor& t) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("dtype", dtype_name(t.dtype));
  Napi::Array shape = Napi::Array::New(env, t.shape.size());
  for (size_t i = 0; i < t.shape.size(); i++) shape.Set(i, Napi::Number::New(env, (double)t.shape[i]));
  o.Set("shape", shape);
  o.Set("data", external_buffer(env, t));
  return o;
}

Napi::Float32Array float_array(Napi::Env env, const Tensor& t) {
  return Napi::Float32Array::New(env, t.numel(), external_buffer(env, t), 0);
}

}  // namespace kala::napi
