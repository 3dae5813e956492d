#include "model_placement.h"

#include "ops/ops.h"

#ifdef KALA_CUDA
#include "kala_model.h"
#include "kv_session_cuda.h"
#include "train_backend_cuda.h"
#endif

namespace kala {

Device device_from_name(const std::string& name) {
  if (name == "cpu") return Device::Cpu;
  if (name == "cuda") return Device::Cuda;
  throw KalaException(ErrorCode::INVALID_ARGUMENT, "the device must be cpu or cuda (got " + name + ")");
}

Device PlacedModel::device() const {
  std::lock_guard<std::mutex> g(mu_);
  return dm_ ? Device::Cuda : Device::Cpu;
}

std::shared_ptr<cuda::DeviceModel> PlacedModel::device_copy() const {
  std::lock_guard<std::mutex> g(mu_);
  return dm_;
}

#ifdef KALA_CUDA

void PlacedModel::drop_device_copy() {
  std::shared_ptr<cuda::DeviceModel> dm;
  bool trained;
  {
    std::lock_guard<std::mutex> g(mu_);
    dm = dm_;
    trained = trained_;
  }
  if (!dm) return;
  if (trained) {
    std::lock_guard<std::mutex> g(dm->calls());  // after the calls still running on it
    dm->download_params();                       // when this throws, the copy stays with what was trained
  }
  std::lock_guard<std::mutex> g(mu_);
  dm_.reset();  // from here on calls run on the host; sessions and calls still running keep the copy
  trained_ = false;
}

// Whether a copy built with `have` does what one built with `want` would: built alike, and for
// training with the same loss scaling (a forward pass does not use it).
static bool serves(const cuda::DeviceModelOptions& have, const cuda::DeviceModelOptions& want, bool training) {
  const bool alike = have.precision == want.precision && have.kv_dtype == want.kv_dtype && have.int8_dynamic == want.int8_dynamic &&
                     have.narrow_weights == want.narrow_weights && have.outlier_threshold == want.outlier_threshold;
  return alike && (!training || (have.loss_scaling == want.loss_scaling && have.initial_loss_scale == want.initial_loss_scale));
}

void PlacedModel::to(Device d, const DevicePlacement& p) {
  std::lock_guard<std::mutex> m(move_);
  if (d == Device::Cpu) return drop_device_copy();
  cuda::DeviceModelOptions o;
  o.precision = cuda::parse_precision(p.precision);
  o.kv_dtype = cuda::precision_dtype(p.kv_dtype.empty() ? o.precision : cuda::parse_precision(p.kv_dtype));
  o.int8_dynamic = p.int8_dynamic;
  o.narrow_weights = p.narrow_weights;
  o.outlier_threshold = p.outlier_threshold;
  o.initial_loss_scale = p.initial_loss_scale;
  // f16 training needs dynamic loss scaling, chosen when the copy is built
  o.loss_scaling = p.training && o.precision == cuda::Precision::F16;
  {
    std::lock_guard<std::mutex> g(mu_);
    if (dm_ && !p.rebuild && serves(dm_->options(), o, p.training)) {
      trained_ = trained_ || p.training;
      return;
    }
  }
  drop_device_copy();  // first: the old copy's memory goes before the new one is allocated
  auto dm = std::make_shared<cuda::DeviceModel>(host_, o);
  std::lock_guard<std::mutex> g(mu_);
  dm_ = std::move(dm);
  trained_ = p.training;
}

void PlacedModel::sync_host() {
  std::lock_guard<std::mutex> m(move_);
  std::shared_ptr<cuda::DeviceModel> dm;
  {
    std::lock_guard<std::mutex> g(mu_);
    if (!trained_) return;
    dm = dm_;
  }
  std::lock_guard<std::mutex> g(dm->calls());
  dm->download_params();
}

ForwardOutput PlacedModel::forward(const int32_t* ids, int64_t B, int64_t T, bool last_logits_only) {
  if (auto dm = device_copy()) {
    std::lock_guard<std::mutex> g(dm->calls());
    return dm->forward(ids, B, T, last_logits_only);
  }
  return host_->forward(ids, B, T, nullptr, last_logits_only);
}

std::shared_ptr<KvSession> PlacedModel::open_session(int64_t batch, int64_t capacity) {
  if (auto dm = device_copy()) return std::make_shared<cuda::CudaKvSession>(dm, batch, capacity);
  return std::make_shared<CpuKvSession>(host_, batch, capacity);
}

std::shared_ptr<TrainBackend> PlacedModel::trainer(bool full) {
  std::shared_ptr<cuda::DeviceModel> dm;
  {
    std::lock_guard<std::mutex> g(mu_);
    dm = dm_;
    trained_ = trained_ || (dm && !full);
  }
  if (!dm) return std::make_shared<CpuTrainBackend>(std::make_shared<Trainer>(host_, full));
  if (full) throw KalaException(ErrorCode::INVALID_ARGUMENT, "full training runs on the CPU engine only; move the model to the cpu, or train LoRA");
  return std::make_shared<cuda::CudaTrainBackend>(dm);
}

#else  // a build without CUDA: the weights are on the host, always

void PlacedModel::drop_device_copy() {}

void PlacedModel::to(Device d, const DevicePlacement&) {
  if (d == Device::Cuda) throw KalaException(ErrorCode::UNSUPPORTED, "this engine binary was built without CUDA (npm run build-cuda builds one with it)");
}

void PlacedModel::sync_host() {}

ForwardOutput PlacedModel::forward(const int32_t* ids, int64_t B, int64_t T, bool last_logits_only) {
  return host_->forward(ids, B, T, nullptr, last_logits_only);
}

std::shared_ptr<KvSession> PlacedModel::open_session(int64_t batch, int64_t capacity) {
  return std::make_shared<CpuKvSession>(host_, batch, capacity);
}

std::shared_ptr<TrainBackend> PlacedModel::trainer(bool full) {
  return std::make_shared<CpuTrainBackend>(std::make_shared<Trainer>(host_, full));
}

#endif

ScoreOutput PlacedModel::score(const int32_t* ids, const int32_t* labels, int64_t B, int64_t T) const {
  ForwardOutput f = host_->forward(ids, B, T, nullptr, false);
  ScoreOutput s;
  s.nll = Tensor::empty(DType::F32, {B, T});
  token_nll(f.logits.f32(), labels, B, T, host_->config().vocab, s.nll.f32());
  s.law_scores = std::move(f.law_scores);
  s.layer_logits = std::move(f.layer_logits);
  return s;
}

}  // namespace kala
