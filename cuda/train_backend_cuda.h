// The CUDA TrainBackend (csrc/train_backend.h) over a DeviceModel: every call takes the device
// model's lock (DeviceModel::calls(): the activation arena and the stream are shared with its
// forward passes and sessions); training state is set up on first use.
#pragma once
#include <memory>
#include <mutex>

#include "kala_model.h"
#include "train_backend.h"

namespace kala::cuda {

class CudaTrainBackend final : public TrainBackend {
 public:
  explicit CudaTrainBackend(std::shared_ptr<DeviceModel> dm) : dm_(std::move(dm)) {}
  LossParts compute(const TrainBatch& b, bool dropout, uint64_t seed, double ew, bool recompute) override {
    std::lock_guard<std::mutex> g(dm_->calls());
    return dm_->compute(b, dropout, seed, ew, recompute);
  }
  OptimizerStepResult step(const OptimizerStep& o) override {
    std::lock_guard<std::mutex> g(dm_->calls());
    return optimizer_step(*dm_, o);
  }
  void zero_grad() override {
    std::lock_guard<std::mutex> g(dm_->calls());
    dm_->zero_grad();
  }
  std::vector<TrainedParamInfo> params() override {
    std::lock_guard<std::mutex> g(dm_->calls());
    dm_->enable_training();
    std::vector<TrainedParamInfo> out;
    for (const auto& n : dm_->trainable()) out.push_back({n, dm_->numel(n)});
    return out;
  }
  Tensor grad(const std::string& name) override {
    std::lock_guard<std::mutex> g(dm_->calls());
    return dm_->grad(name);
  }
  Tensor moment(const std::string& name, bool second) override {
    std::lock_guard<std::mutex> g(dm_->calls());
    return dm_->moment(name, second);
  }
  void set_moments(const std::string& name, const float* m, const float* v, int64_t n) override {
    std::lock_guard<std::mutex> g(dm_->calls());
    dm_->set_moments(name, m, v, n);
  }
  double grad_norm() override {
    std::lock_guard<std::mutex> g(dm_->calls());
    return dm_->grad_norm();
  }
  bool finish_grads() override {
    std::lock_guard<std::mutex> g(dm_->calls());
    return dm_->finish_grads();
  }
  double loss_scale() const override { return dm_->loss_scale(); }

 private:
  std::shared_ptr<DeviceModel> dm_;
};

}  // namespace kala::cuda
