// What a training loop asks of a backend: the gradients of a batch, one optimizer step (the
// sequence of optimizer_step.h), and the trained parameters' gradients and AdamW moments. The CPU
// Trainer (CpuTrainBackend, here) and the CUDA DeviceModel (cuda/train_backend_cuda.h) implement
// it; PlacedModel::trainer (csrc/model_placement.h) picks the one where the model's weights are,
// so the binding exposes either through the same calls (napi/train_calls.h) and
// lib/train/trainer.ts drives either.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "optimizer_step.h"
#include "trainer.h"

namespace kala {

struct TrainedParamInfo {
  std::string name;
  int64_t numel = 0;
};

class TrainBackend {
 public:
  virtual ~TrainBackend() = default;
  // Forward + backward over a batch; gradients are added to the accumulators.
  virtual LossParts compute(const TrainBatch& b, bool dropout, uint64_t seed, double ethics_weight, bool recompute) = 0;
  virtual OptimizerStepResult step(const OptimizerStep& o) = 0;
  virtual void zero_grad() = 0;
  virtual std::vector<TrainedParamInfo> params() = 0;
  // Row-major copy of a parameter's gradient.
  virtual Tensor grad(const std::string& name) = 0;
  // Copies of a parameter's AdamW moments (storage layout), and setting them back (resume).
  virtual Tensor moment(const std::string& name, bool second) = 0;
  virtual void set_moments(const std::string& name, const float* m, const float* v, int64_t n) = 0;
  // The global norm of the accumulated gradients.
  virtual double grad_norm() = 0;
  // With dynamic loss scaling (f16 training on a GPU): divides the scale out of the accumulated
  // gradients, or returns false (gradients zeroed, scale halved) when they overflowed. Without
  // loss scaling there is nothing to do: true.
  virtual bool finish_grads() { return true; }
  // The dynamic loss scale (1 without loss scaling).
  virtual double loss_scale() const { return 1.0; }
};

class CpuTrainBackend final : public TrainBackend {
 public:
  explicit CpuTrainBackend(std::shared_ptr<Trainer> t) : t_(std::move(t)) {}
  LossParts compute(const TrainBatch& b, bool dropout, uint64_t seed, double ew, bool recompute) override {
    return t_->compute(b, dropout, seed, ew, recompute);
  }
  OptimizerStepResult step(const OptimizerStep& o) override;
  void zero_grad() override { t_->zero_grad(); }
  std::vector<TrainedParamInfo> params() override;
  Tensor grad(const std::string& name) override { return t_->grad(name); }
  Tensor moment(const std::string& name, bool second) override;
  void set_moments(const std::string& name, const float* m, const float* v, int64_t n) override;
  double grad_norm() override { return t_->grad_norm(); }

 private:
  TrainParam& find(const std::string& name);
  std::shared_ptr<Trainer> t_;
};

}  // namespace kala
