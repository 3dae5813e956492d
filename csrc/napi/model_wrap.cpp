#include "napi/model_wrap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "checkpoint_writer.h"
#include "loader.h"
#include "napi/bindings.h"
#include "napi/util.h"

namespace kala::napi {

// An integer config field; a number that is not an exact integer (NaN, 1e300, 2.5) is
// CONFIG_INVALID here, the bounds are ModelConfig::validate's.
static int64_t int_field(const Napi::Object& o, const char* key) {
  return int_arg(field(o, key, "config"), std::string("config ") + key, INT64_MIN, INT64_MAX, ErrorCode::CONFIG_INVALID);
}

static ModelConfig config_from_js(const Napi::Object& o) {
  ModelConfig c;
  c.hidden = int_field(o, "hidden");
  c.layers = int_field(o, "layers");
  c.heads = int_field(o, "heads");
  c.intermediate = int_field(o, "intermediate");
  c.vocab = int_field(o, "vocab");
  c.max_pos = int_field(o, "maxPositions");
  c.rotary_pct = number_field(o, "rotaryPct", "config");
  c.rotary_base = number_field(o, "rotaryBase", "config");
  c.ln_eps = number_field(o, "layerNormEps", "config");
  c.parallel_residual = bool_field(o, "parallelResidual", "config");
  c.value_head_dim = int_field(o, "valueHeadDim");
  c.layer_ethics_weight = number_field(o, "layerEthicsWeight", "config");
  Napi::Value lw = field(o, "lawWeights", "config");
  if (!lw.IsArray() || lw.As<Napi::Array>().Length() != kLaws) throw KalaException(ErrorCode::CONFIG_INVALID, "config lawWeights must be 5 numbers");
  {
    Napi::Array a = lw.As<Napi::Array>();
    for (uint32_t i = 0; i < kLaws; i++) {
      if (!a.Get(i).IsNumber()) throw KalaException(ErrorCode::CONFIG_INVALID, "config lawWeights must be numbers");
      c.law_weights[i] = a.Get(i).As<Napi::Number>().DoubleValue();
    }
  }
  return c;
}

Napi::Function NativeModel::Define(Napi::Env env) {
  return DefineClass(env, "NativeModel",
                     {Method<&NativeModel::Load>("load"), Method<&NativeModel::InitRandom>("initRandom"),
                      Method<&NativeModel::InitMissingKala>("initMissingKala"),
                      Method<&NativeModel::MissingBase>("missingBase"), Method<&NativeModel::Names>("names"),
                      Method<&NativeModel::StorageNames>("storageNames"),
                      Method<&NativeModel::IsLinearWeight>("isLinearWeight"),
                      Method<&NativeModel::Has>("has"), Method<&NativeModel::ShapeOf>("shapeOf"),
                      Method<&NativeModel::DTypeOf>("dtypeOf"),
                      Method<&NativeModel::AttachLora>("attachLora"), Method<&NativeModel::DetachLora>("detachLora"),
                      Method<&NativeModel::MergeLora>("mergeLora"), Method<&NativeModel::LoraNames>("loraNames"),
                      Method<&NativeModel::LoraConfigJs>("loraConfig"),
                      Method<&NativeModel::GetTensor>("getTensor"), Method<&NativeModel::SetTensor>("setTensor"),
                      Method<&NativeModel::AppendTensors>("appendTensors"),
                      Method<&NativeModel::Forward>("forward"), Method<&NativeModel::Score>("score"),
                      Method<&NativeModel::WeightBytes>("weightBytes"), Method<&NativeModel::To>("to"),
                      Method<&NativeModel::SyncHost>("syncHost"), Method<&NativeModel::Cancel>("cancel"),
                      Method<&NativeModel::Dispose>("dispose")});
}

NativeModel::NativeModel(const Napi::CallbackInfo& info) : GuardedWrap<NativeModel>(info) {
  guard(info.Env(), [&] {
    if (!info[0].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "NativeModel needs a config object");
    placed_ = std::make_shared<PlacedModel>(std::make_shared<Model>(config_from_js(info[0].As<Napi::Object>())));
  });
}

std::shared_ptr<PlacedModel> NativeModel::placed(Napi::Env env) const {
  if (!placed_) throw_error(env, ErrorCode::DISPOSED, "the model was disposed; load or create a new one");
  return placed_;
}

// load(files, specs, onProgress?, {quantize}) -> Promise: the plan's conversion from JS; the
// reading is csrc/loader.cpp's, on a worker thread
Napi::Value NativeModel::Load(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  Napi::Array files_js = info[0].As<Napi::Array>();
  Napi::Array specs_js = info[1].As<Napi::Array>();
  LoadPlan plan;
  for (uint32_t i = 0; i < files_js.Length(); i++) plan.files.push_back(files_js.Get(i).As<Napi::String>().Utf8Value());
  const int64_t nfiles = (int64_t)plan.files.size();
  for (uint32_t i = 0; i < specs_js.Length(); i++) {
    Napi::Object s = specs_js.Get(i).As<Napi::Object>();
    LoadTensor t;
    t.name = s.Get("name").As<Napi::String>().Utf8Value();
    t.file = (uint32_t)int_arg(s.Get("file"), "file of " + t.name, 0, nfiles - 1);
    t.offset = (uint64_t)int_arg(s.Get("offset"), "offset of " + t.name, 0, INT64_MAX);
    t.dtype = dtype_from_name(s.Get("dtype").As<Napi::String>().Utf8Value());
    Napi::Array sh = s.Get("shape").As<Napi::Array>();
    for (uint32_t j = 0; j < sh.Length(); j++) t.shape.push_back(int_arg(sh.Get(j), "shape of " + t.name, 0, INT64_MAX));
    if (s.Get("scaleFile").IsNumber()) {
      t.scale_file = int_arg(s.Get("scaleFile"), "scale file of " + t.name, 0, nfiles - 1);
      t.scale_offset = (uint64_t)int_arg(s.Get("scaleOffset"), "scale offset of " + t.name, 0, INT64_MAX);
    }
    plan.tensors.push_back(std::move(t));
  }
  plan_bytes(plan);  // shapes checked before any work is queued
  plan.quantize = info[3].IsObject() && info[3].As<Napi::Object>().Get("quantize").ToBoolean();
  // KALA_TEST_LOAD_SLAB_BYTES: tiny slabs, so tests cover conversions split across slabs
  if (const char* e = std::getenv("KALA_TEST_LOAD_SLAB_BYTES")) plan.slab_bytes = std::max<size_t>(1, std::strtoull(e, nullptr, 10));
  Napi::ThreadSafeFunction progress;
  const bool has_progress = info[2].IsFunction();
  if (has_progress) progress = Napi::ThreadSafeFunction::New(env, info[2].As<Napi::Function>(), "kala-load-progress", 0, 1);
  auto cancel = cancel_;
  cancel->store(false);
  auto work = [m, plan, progress, has_progress, cancel]() mutable {
    struct Releaser {
      Napi::ThreadSafeFunction& f;
      bool on;
      ~Releaser() {
        if (on) f.Release();
      }
    } releaser{progress, has_progress};
    auto report = [&](uint64_t done, uint64_t total) {
      if (!has_progress) return;
      auto* payload = new std::pair<double, double>((double)done, (double)total);
      progress.NonBlockingCall(payload, [](Napi::Env env, Napi::Function cb, std::pair<double, double>* p) {
        cb.Call({Napi::Number::New(env, p->first), Napi::Number::New(env, p->second)});
        delete p;
      });
    };
    load_checkpoint(*m, plan, report, *cancel);
  };
  return PromiseWorker::Run(env, work, [](Napi::Env env) { return env.Undefined(); });
}

Napi::Value NativeModel::InitRandom(const Napi::CallbackInfo& info) {
  auto m = model(info.Env());
  const uint64_t seed = (uint64_t)info[0].As<Napi::Number>().Int64Value();
  const double range = info[1].IsNumber() ? info[1].As<Napi::Number>().DoubleValue() : 0.02;
  return PromiseWorker::Run(info.Env(), [m, seed, range] { m->init_random(seed, range); },
                            [](Napi::Env env) { return env.Undefined(); });
}

Napi::Value NativeModel::InitMissingKala(const Napi::CallbackInfo& info) {
  auto m = model(info.Env());
  m->init_missing_kala((uint64_t)info[0].As<Napi::Number>().Int64Value());
  return info.Env().Undefined();
}

static Napi::Array string_array(Napi::Env env, const std::vector<std::string>& v) {
  Napi::Array a = Napi::Array::New(env, v.size());
  for (size_t i = 0; i < v.size(); i++) a.Set(i, v[i]);
  return a;
}

Napi::Value NativeModel::MissingBase(const Napi::CallbackInfo& info) { return string_array(info.Env(), model(info.Env())->missing_base()); }
Napi::Value NativeModel::IsLinearWeight(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), model(info.Env())->is_linear_weight(info[0].As<Napi::String>().Utf8Value()));
}
Napi::Value NativeModel::StorageNames(const Napi::CallbackInfo& info) { return string_array(info.Env(), model(info.Env())->storage_names()); }
Napi::Value NativeModel::Names(const Napi::CallbackInfo& info) { return string_array(info.Env(), model(info.Env())->names()); }

Napi::Value NativeModel::Has(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), model(info.Env())->has(info[0].As<Napi::String>().Utf8Value()));
}

// (a KalaException thrown here reaches JS with its code through guard(): GuardedWrap::Method)
Napi::Value NativeModel::ShapeOf(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto shape = model(env)->shape_of(info[0].As<Napi::String>().Utf8Value());
  Napi::Array a = Napi::Array::New(env, shape.size());
  for (size_t i = 0; i < shape.size(); i++) a.Set(i, Napi::Number::New(env, (double)shape[i]));
  return a;
}

Napi::Value NativeModel::DTypeOf(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), dtype_name(model(info.Env())->dtype_of(info[0].As<Napi::String>().Utf8Value())));
}

Napi::Value NativeModel::GetTensor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  std::string name = info[0].As<Napi::String>().Utf8Value();
  auto out = std::make_shared<Tensor>();
  return PromiseWorker::Run(env, [m, name, out] { *out = m->get(name); },
                            [out](Napi::Env env) -> Napi::Value { return tensor_to_js(env, *out); });
}

// appendTensors(path, names) -> Promise: the tensors' bytes appended to the file and fsynced, on a
// worker thread (csrc/checkpoint_writer.h): how save() writes a checkpoint's data
Napi::Value NativeModel::AppendTensors(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  if (!info[0].IsString() || !info[1].IsArray()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "appendTensors(path: string, names: string[])");
  const std::string path = info[0].As<Napi::String>().Utf8Value();
  Napi::Array a = info[1].As<Napi::Array>();
  std::vector<std::string> names;
  for (uint32_t i = 0; i < a.Length(); i++) {
    const Napi::Value v = a.Get(i);
    if (!v.IsString()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "appendTensors: names must be strings");
    names.push_back(v.As<Napi::String>().Utf8Value());
  }
  return PromiseWorker::Run(env, [m, path, names] { append_tensors(*m, path, names); }, [](Napi::Env e) -> Napi::Value { return e.Undefined(); });
}

// setTensor(name, dtype, shape, ArrayBuffer|TypedArray): copies the data (used by trainers and tests).
Napi::Value NativeModel::SetTensor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  std::string name = info[0].As<Napi::String>().Utf8Value();
  Tensor t;
  t.dtype = dtype_from_name(info[1].As<Napi::String>().Utf8Value());
  Napi::Array sh = info[2].As<Napi::Array>();
  for (uint32_t j = 0; j < sh.Length(); j++) t.shape.push_back(int_arg(sh.Get(j), "shape of " + name, 0, INT64_MAX, ErrorCode::TENSOR_SHAPE));
  Napi::TypedArray arr = info[3].As<Napi::TypedArray>();
  if (arr.ByteLength() != t.nbytes()) throw KalaException(ErrorCode::TENSOR_SHAPE, "data of " + name + " does not match its shape and dtype");
  t.data = static_cast<uint8_t*>(arr.ArrayBuffer().Data()) + arr.ByteOffset();
  m->set(name, t);
  return env.Undefined();
}

// forward(...) runs where the weights are (PlacedModel::forward)
Napi::Value NativeModel::Forward(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = placed(env);
  Napi::Int32Array ids_js = info[0].As<Napi::Int32Array>();
  const int64_t B = int_arg(info[1], "B", 1, INT32_MAX), T = int_arg(info[2], "T", 1, INT32_MAX);
  const bool last_only = info[3].ToBoolean();
  if ((int64_t)ids_js.ElementLength() != checked_mul(B, T))
    throw_error(env, ErrorCode::INVALID_ARGUMENT, "ids must hold B * T token ids");
  auto ids = std::make_shared<std::vector<int32_t>>(ids_js.Data(), ids_js.Data() + B * T);
  auto out = std::make_shared<ForwardOutput>();
  return PromiseWorker::Run(
      env, [m, ids, B, T, last_only, out] { *out = m->forward(ids->data(), B, T, last_only); },
      [out](Napi::Env env) -> Napi::Value {
        Napi::Object o = Napi::Object::New(env);
        o.Set("logits", float_array(env, out->logits));
        o.Set("lawScores", float_array(env, out->law_scores));
        o.Set("layerLawLogits", float_array(env, out->layer_logits));
        return o;
      });
}

// attachLora({r, alpha, dropout, targets, rslora, seed})
Napi::Value NativeModel::AttachLora(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  Napi::Object o = info[0].As<Napi::Object>();
  LoraConfig lc;
  lc.r = int_arg(field(o, "r", "LoRA"), "LoRA r", 1, 65536);
  lc.alpha = number_field(o, "alpha", "LoRA");
  lc.dropout = number_field(o, "dropout", "LoRA");
  lc.rslora = bool_field(o, "rslora", "LoRA");
  Napi::Value targets = field(o, "targets", "LoRA");
  if (!targets.IsArray()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "LoRA targets must be an array of module names");
  Napi::Array t = targets.As<Napi::Array>();
  for (uint32_t i = 0; i < t.Length(); i++) {
    if (!t.Get(i).IsString()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "LoRA targets must be module names");
    lc.targets.push_back(t.Get(i).As<Napi::String>().Utf8Value());
  }
  m->attach_lora(lc, (uint64_t)int_arg(field(o, "seed", "LoRA"), "LoRA seed", 0, INT64_MAX));
  return env.Undefined();
}

Napi::Value NativeModel::DetachLora(const Napi::CallbackInfo& info) {
  model(info.Env())->detach_lora();
  return info.Env().Undefined();
}

Napi::Value NativeModel::MergeLora(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  return PromiseWorker::Run(env, [m] { m->merge_lora(); }, [](Napi::Env env) { return env.Undefined(); });
}

Napi::Value NativeModel::LoraConfigJs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  if (!m->has_lora()) return env.Null();
  const LoraConfig& c = m->lora_config();
  Napi::Object o = Napi::Object::New(env);
  o.Set("r", (double)c.r);
  o.Set("alpha", c.alpha);
  o.Set("dropout", c.dropout);
  o.Set("rslora", c.rslora);
  o.Set("targets", string_array(env, c.targets));
  return o;
}

Napi::Value NativeModel::LoraNames(const Napi::CallbackInfo& info) { return string_array(info.Env(), model(info.Env())->lora_names()); }

// score(ids, B, T, labels) -> {nll [B*T] (NaN = no label), lawScores [B*T*5], layerLawLogits}
Napi::Value NativeModel::Score(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = placed(env);
  Napi::Int32Array ids_js = info[0].As<Napi::Int32Array>();
  const int64_t B = int_arg(info[1], "B", 1, INT32_MAX), T = int_arg(info[2], "T", 1, INT32_MAX);
  Napi::Int32Array labels_js = info[3].As<Napi::Int32Array>();
  if ((int64_t)ids_js.ElementLength() != checked_mul(B, T) || (int64_t)labels_js.ElementLength() != B * T)
    throw_error(env, ErrorCode::INVALID_ARGUMENT, "ids and labels must hold B * T entries");
  auto ids = std::make_shared<std::vector<int32_t>>(ids_js.Data(), ids_js.Data() + B * T);
  auto labels = std::make_shared<std::vector<int32_t>>(labels_js.Data(), labels_js.Data() + B * T);
  auto out = std::make_shared<ScoreOutput>();
  return PromiseWorker::Run(
      env, [m, ids, labels, B, T, out] { *out = m->score(ids->data(), labels->data(), B, T); },
      [out](Napi::Env env) -> Napi::Value {
        Napi::Object o = Napi::Object::New(env);
        o.Set("nll", float_array(env, out->nll));
        o.Set("lawScores", float_array(env, out->law_scores));
        o.Set("layerLawLogits", float_array(env, out->layer_logits));
        return o;
      });
}

Napi::Value NativeModel::WeightBytes(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), (double)model(info.Env())->weight_bytes());
}

// to('cpu') | to('cuda', {precision, training, rebuild, kvDtype?, int8Dynamic?, narrowWeights?,
// outlierThreshold?, initialLossScale?}) -> Promise: moves the weights (PlacedModel::to), on a
// worker thread: an upload, or a download of what was trained
Napi::Value NativeModel::To(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = placed(env);
  if (!info[0].IsString()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "to(device: 'cpu' | 'cuda', placement)");
  const Device d = device_from_name(info[0].As<Napi::String>().Utf8Value());
  DevicePlacement p;
  if (d == Device::Cuda) {
    if (!info[1].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "to('cuda', {precision, training, rebuild})");
    Napi::Object o = info[1].As<Napi::Object>();
    auto name = [&](const char* k) {
      if (!o.Get(k).IsString()) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string("placement ") + k + " must be f32, bf16 or f16");
      return o.Get(k).As<Napi::String>().Utf8Value();
    };
    p.precision = name("precision");
    if (!o.Get("kvDtype").IsUndefined()) p.kv_dtype = name("kvDtype");
    p.training = bool_field(o, "training", "placement");
    p.rebuild = bool_field(o, "rebuild", "placement");
    p.int8_dynamic = o.Get("int8Dynamic").ToBoolean();
    if (!o.Get("narrowWeights").IsUndefined()) p.narrow_weights = bool_field(o, "narrowWeights", "placement");
    if (!o.Get("outlierThreshold").IsUndefined()) p.outlier_threshold = (float)number_field(o, "outlierThreshold", "placement");
    if (!o.Get("initialLossScale").IsUndefined()) p.initial_loss_scale = (float)number_field(o, "initialLossScale", "placement");
  }
  return PromiseWorker::Run(env, [m, d, p] { m->to(d, p); }, [](Napi::Env env) { return env.Undefined(); });
}

// syncHost() -> Promise: what was trained on the device copied into the host model
Napi::Value NativeModel::SyncHost(const Napi::CallbackInfo& info) {
  auto m = placed(info.Env());
  return PromiseWorker::Run(info.Env(), [m] { m->sync_host(); }, [](Napi::Env env) { return env.Undefined(); });
}

Napi::Value NativeModel::Cancel(const Napi::CallbackInfo& info) {
  cancel_->store(true);
  return info.Env().Undefined();
}

Napi::Value NativeModel::Dispose(const Napi::CallbackInfo& info) {
  cancel_->store(true);
  placed_.reset();
  return info.Env().Undefined();
}

void register_model(Napi::Env env, Napi::Object exports) { exports.Set("NativeModel", NativeModel::Define(env)); }

}  // namespace kala::napi
