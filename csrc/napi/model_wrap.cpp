#include "napi/model_wrap.h"

#include <cstring>
#include <vector>

#include "mapped_file.h"
#include "napi/bindings.h"
#include "napi/util.h"
#include "ops/ops.h"

namespace kala::napi {

static double num(const Napi::Object& o, const char* key, double fallback) {
  Napi::Value v = o.Get(key);
  return v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : fallback;
}

static ModelConfig config_from_js(const Napi::Object& o) {
  ModelConfig c;
  c.hidden = (int64_t)num(o, "hidden", 0);
  c.layers = (int64_t)num(o, "layers", 0);
  c.heads = (int64_t)num(o, "heads", 0);
  c.intermediate = (int64_t)num(o, "intermediate", 0);
  c.vocab = (int64_t)num(o, "vocab", 0);
  c.max_pos = (int64_t)num(o, "maxPositions", 0);
  c.rotary_pct = num(o, "rotaryPct", 0.25);
  c.rotary_base = num(o, "rotaryBase", 10000);
  c.ln_eps = num(o, "layerNormEps", 1e-5);
  c.parallel_residual = o.Get("parallelResidual").ToBoolean();
  c.value_head_dim = (int64_t)num(o, "valueHeadDim", 64);
  c.layer_ethics_weight = num(o, "layerEthicsWeight", 0.5);
  Napi::Value lw = o.Get("lawWeights");
  if (lw.IsArray()) {
    Napi::Array a = lw.As<Napi::Array>();
    for (uint32_t i = 0; i < kLaws && i < a.Length(); i++) c.law_weights[i] = a.Get(i).As<Napi::Number>().DoubleValue();
  }
  return c;
}

Napi::Function NativeModel::Define(Napi::Env env) {
  return DefineClass(env, "NativeModel",
                     {InstanceMethod("load", &NativeModel::Load), InstanceMethod("initRandom", &NativeModel::InitRandom),
                      InstanceMethod("initMissingKala", &NativeModel::InitMissingKala),
                      InstanceMethod("missingBase", &NativeModel::MissingBase), InstanceMethod("names", &NativeModel::Names),
                      InstanceMethod("storageNames", &NativeModel::StorageNames),
                      InstanceMethod("isLinearWeight", &NativeModel::IsLinearWeight),
                      InstanceMethod("has", &NativeModel::Has), InstanceMethod("shapeOf", &NativeModel::ShapeOf),
                      InstanceMethod("dtypeOf", &NativeModel::DTypeOf),
                      InstanceMethod("attachLora", &NativeModel::AttachLora), InstanceMethod("detachLora", &NativeModel::DetachLora),
                      InstanceMethod("mergeLora", &NativeModel::MergeLora), InstanceMethod("loraNames", &NativeModel::LoraNames),
                      InstanceMethod("loraConfig", &NativeModel::LoraConfigJs),
                      InstanceMethod("getTensor", &NativeModel::GetTensor), InstanceMethod("setTensor", &NativeModel::SetTensor),
                      InstanceMethod("forward", &NativeModel::Forward), InstanceMethod("score", &NativeModel::Score),
                      InstanceMethod("weightBytes", &NativeModel::WeightBytes), InstanceMethod("cancel", &NativeModel::Cancel),
                      InstanceMethod("dispose", &NativeModel::Dispose)});
}

NativeModel::NativeModel(const Napi::CallbackInfo& info) : Napi::ObjectWrap<NativeModel>(info) {
  if (!info[0].IsObject()) throw_error(info.Env(), "INVALID_ARGUMENT", "NativeModel needs a config object");
  try {
    model_ = std::make_shared<Model>(config_from_js(info[0].As<Napi::Object>()));
  } catch (const KalaException& e) {
    throw_error(info.Env(), e.code, e.what());
  } catch (const std::bad_alloc&) {
    throw_error(info.Env(), "OUT_OF_MEMORY", "out of memory creating the model");
  }
}

std::shared_ptr<Model> NativeModel::model(Napi::Env env) const {
  if (!model_) throw_error(env, "DISPOSED", "the model was disposed; load or create a new one");
  return model_;
}

struct TensorSpec {
  std::string name;
  uint32_t file;
  uint64_t offset;
  DType dtype;
  std::vector<int64_t> shape;
  int64_t scale_file = -1;  // int8 weights: where their F32 [out] scales are
  uint64_t scale_offset = 0;
};

Napi::Value NativeModel::Load(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  Napi::Array files_js = info[0].As<Napi::Array>();
  Napi::Array specs_js = info[1].As<Napi::Array>();
  std::vector<std::string> files;
  for (uint32_t i = 0; i < files_js.Length(); i++) files.push_back(files_js.Get(i).As<Napi::String>().Utf8Value());
  std::vector<TensorSpec> specs;
  uint64_t total = 0;
  try {
    for (uint32_t i = 0; i < specs_js.Length(); i++) {
      Napi::Object s = specs_js.Get(i).As<Napi::Object>();
      TensorSpec t;
      t.name = s.Get("name").As<Napi::String>().Utf8Value();
      t.file = s.Get("file").As<Napi::Number>().Uint32Value();
      t.offset = (uint64_t)s.Get("offset").As<Napi::Number>().DoubleValue();
      t.dtype = dtype_from_name(s.Get("dtype").As<Napi::String>().Utf8Value());
      Napi::Array sh = s.Get("shape").As<Napi::Array>();
      uint64_t n = 1;
      for (uint32_t j = 0; j < sh.Length(); j++) {
        t.shape.push_back((int64_t)sh.Get(j).As<Napi::Number>().DoubleValue());
        n *= (uint64_t)t.shape.back();
      }
      if (t.file >= files.size()) throw KalaException("INVALID_ARGUMENT", "tensor " + t.name + " names no file");
      if (s.Get("scaleFile").IsNumber()) {
        t.scale_file = s.Get("scaleFile").As<Napi::Number>().Int64Value();
        t.scale_offset = (uint64_t)s.Get("scaleOffset").As<Napi::Number>().DoubleValue();
        if (t.scale_file < 0 || (size_t)t.scale_file >= files.size()) throw KalaException("INVALID_ARGUMENT", "scale of " + t.name + " names no file");
      }
      total += n * dtype_size(t.dtype);
      specs.push_back(std::move(t));
    }
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
  Napi::ThreadSafeFunction progress;
  const bool has_progress = info[2].IsFunction();
  if (has_progress) progress = Napi::ThreadSafeFunction::New(env, info[2].As<Napi::Function>(), "kala-load-progress", 0, 1);
  const bool quantize = info[3].IsObject() && info[3].As<Napi::Object>().Get("quantize").ToBoolean();
  auto cancel = cancel_;
  cancel->store(false);
  auto work = [m, files, specs, total, progress, has_progress, cancel, quantize]() mutable {
    struct Releaser {
      Napi::ThreadSafeFunction& f;
      bool on;
      ~Releaser() {
        if (on) f.Release();
      }
    } releaser{progress, has_progress};
    std::vector<std::unique_ptr<MappedFile>> maps;
    for (const auto& f : files) maps.emplace_back(new MappedFile(f));
    uint64_t done = 0;
    for (const auto& s : specs) {
      if (cancel->load()) throw KalaException("ABORTED", "loading was aborted");
      const MappedFile& mf = *maps[s.file];
      Tensor view;
      view.dtype = s.dtype;
      view.shape = s.shape;
      const size_t bytes = view.nbytes();
      if (s.offset + bytes > mf.size())
        throw KalaException("SAFETENSORS_OFFSETS", "tensor " + s.name + " lies past the end of " + files[s.file]);
      const uint8_t* src = mf.data() + s.offset;
      if ((uintptr_t)src % dtype_size(s.dtype) != 0) {  // unaligned in the file: copy first
        view = Tensor::empty(s.dtype, s.shape);
        std::memcpy(view.data, src, bytes);
      } else {
        view.data = const_cast<uint8_t*>(src);
      }
      if (s.scale_file >= 0) {
        const MappedFile& sf = *maps[s.scale_file];
        const int64_t n = s.shape[0];
        if (s.scale_offset + n * 4 > sf.size()) throw KalaException("SAFETENSORS_OFFSETS", "scale of " + s.name + " lies past the end of its file");
        Tensor sc = Tensor::empty(DType::F32, {n});
        std::memcpy(sc.data, sf.data() + s.scale_offset, n * 4);
        m->set_quantized(s.name, view, sc);
      } else {
        m->set(s.name, view, quantize && m->is_linear_weight(s.name));
      }
      mf.release(s.offset, bytes);
      done += bytes;
      if (has_progress) {
        auto* payload = new std::pair<double, double>((double)done, (double)total);
        progress.NonBlockingCall(payload, [](Napi::Env env, Napi::Function cb, std::pair<double, double>* p) {
          cb.Call({Napi::Number::New(env, p->first), Napi::Number::New(env, p->second)});
          delete p;
        });
      }
    }
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

Napi::Value NativeModel::ShapeOf(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    auto shape = model(env)->shape_of(info[0].As<Napi::String>().Utf8Value());
    Napi::Array a = Napi::Array::New(env, shape.size());
    for (size_t i = 0; i < shape.size(); i++) a.Set(i, Napi::Number::New(env, (double)shape[i]));
    return a;
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
}

Napi::Value NativeModel::DTypeOf(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    return Napi::String::New(env, dtype_name(model(env)->dtype_of(info[0].As<Napi::String>().Utf8Value())));
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
}

Napi::Value NativeModel::GetTensor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  std::string name = info[0].As<Napi::String>().Utf8Value();
  auto out = std::make_shared<Tensor>();
  return PromiseWorker::Run(env, [m, name, out] { *out = m->get(name); },
                            [out](Napi::Env env) -> Napi::Value { return tensor_to_js(env, *out); });
}

// setTensor(name, dtype, shape, ArrayBuffer|TypedArray): copies the data (used by trainers and tests).
Napi::Value NativeModel::SetTensor(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  try {
    std::string name = info[0].As<Napi::String>().Utf8Value();
    Tensor t;
    t.dtype = dtype_from_name(info[1].As<Napi::String>().Utf8Value());
    Napi::Array sh = info[2].As<Napi::Array>();
    for (uint32_t j = 0; j < sh.Length(); j++) t.shape.push_back((int64_t)sh.Get(j).As<Napi::Number>().DoubleValue());
    Napi::TypedArray arr = info[3].As<Napi::TypedArray>();
    if (arr.ByteLength() != t.nbytes()) throw KalaException("TENSOR_SHAPE", "data of " + name + " does not match its shape and dtype");
    t.data = static_cast<uint8_t*>(arr.ArrayBuffer().Data()) + arr.ByteOffset();
    m->set(name, t);
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
  return env.Undefined();
}

Napi::Value NativeModel::Forward(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto m = model(env);
  Napi::Int32Array ids_js = info[0].As<Napi::Int32Array>();
  const int64_t B = info[1].As<Napi::Number>().Int64Value(), T = info[2].As<Napi::Number>().Int64Value();
  const bool last_only = info[3].ToBoolean();
  if (B <= 0 || T <= 0 || (int64_t)ids_js.ElementLength() != B * T)
    throw_error(env, "INVALID_ARGUMENT", "ids must hold B * T token ids");
  auto ids = std::make_shared<std::vector<int32_t>>(ids_js.Data(), ids_js.Data() + B * T);
  auto out = std::make_shared<ForwardOutput>();
  return PromiseWorker::Run(
      env, [m, ids, B, T, last_only, out] { *out = m->forward(ids->data(), B, T, nullptr, last_only); },
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
  lc.r = (int64_t)num(o, "r", 16);
  lc.alpha = num(o, "alpha", 32);
  lc.dropout = num(o, "dropout", 0.05);
  lc.rslora = o.Get("rslora").ToBoolean();
  if (o.Get("targets").IsArray()) {
    lc.targets.clear();
    Napi::Array t = o.Get("targets").As<Napi::Array>();
    for (uint32_t i = 0; i < t.Length(); i++) lc.targets.push_back(t.Get(i).As<Napi::String>().Utf8Value());
  }
  try {
    m->attach_lora(lc, (uint64_t)num(o, "seed", 0));
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
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
  auto m = model(env);
  Napi::Int32Array ids_js = info[0].As<Napi::Int32Array>();
  const int64_t B = info[1].As<Napi::Number>().Int64Value(), T = info[2].As<Napi::Number>().Int64Value();
  Napi::Int32Array labels_js = info[3].As<Napi::Int32Array>();
  if (B <= 0 || T <= 0 || (int64_t)ids_js.ElementLength() != B * T || (int64_t)labels_js.ElementLength() != B * T)
    throw_error(env, "INVALID_ARGUMENT", "ids and labels must hold B * T entries");
  auto ids = std::make_shared<std::vector<int32_t>>(ids_js.Data(), ids_js.Data() + B * T);
  auto labels = std::make_shared<std::vector<int32_t>>(labels_js.Data(), labels_js.Data() + B * T);
  auto out = std::make_shared<ForwardOutput>();
  auto nll = std::make_shared<Tensor>();
  return PromiseWorker::Run(
      env,
      [m, ids, labels, B, T, out, nll] {
        *out = m->forward(ids->data(), B, T, nullptr, false);
        *nll = Tensor::empty(DType::F32, {B, T});
        token_nll(out->logits.f32(), labels->data(), B, T, m->config().vocab, nll->f32());
        out->logits = Tensor();
      },
      [out, nll](Napi::Env env) -> Napi::Value {
        Napi::Object o = Napi::Object::New(env);
        o.Set("nll", float_array(env, *nll));
        o.Set("lawScores", float_array(env, out->law_scores));
        o.Set("layerLawLogits", float_array(env, out->layer_logits));
        return o;
      });
}

Napi::Value NativeModel::WeightBytes(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), (double)model(info.Env())->weight_bytes());
}

Napi::Value NativeModel::Cancel(const Napi::CallbackInfo& info) {
  cancel_->store(true);
  return info.Env().Undefined();
}

Napi::Value NativeModel::Dispose(const Napi::CallbackInfo& info) {
  cancel_->store(true);
  model_.reset();
  return info.Env().Undefined();
}

void register_model(Napi::Env env, Napi::Object exports) { exports.Set("NativeModel", NativeModel::Define(env)); }

}  // namespace kala::napi
