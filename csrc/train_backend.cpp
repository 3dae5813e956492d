#include "train_backend.h"

#include <cstring>

namespace kala {

OptimizerStepResult CpuTrainBackend::step(const OptimizerStep& o) {
  // optimizer_step's backend over the Trainer; no loss scaling on the CPU, so nothing is skipped
  struct Ops {
    Trainer& t;
    bool finish_grads() { return true; }
    void scale_grad(double f) { t.scale_grad(f); }
    double grad_norm() { return t.grad_norm(); }
    void adamw(double lr, double b1, double b2, double eps, double wd, int64_t step) { t.adamw(lr, b1, b2, eps, wd, step); }
    void zero_grad() { t.zero_grad(); }
  } ops{*t_};
  return optimizer_step(ops, o);
}

std::vector<TrainedParamInfo> CpuTrainBackend::params() {
  std::vector<TrainedParamInfo> out;
  for (const auto& p : t_->params()) out.push_back({p.name, p.n});
  return out;
}

TrainParam& CpuTrainBackend::find(const std::string& name) {
  for (auto& p : t_->params())
    if (p.name == name) return p;
  throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not trained");
}

Tensor CpuTrainBackend::moment(const std::string& name, bool second) {
  const TrainParam& p = find(name);
  Tensor out = Tensor::empty(DType::F32, {p.n});
  std::memcpy(out.data, (second ? p.v : p.m).data, (size_t)p.n * 4);
  return out;
}

void CpuTrainBackend::set_moments(const std::string& name, const float* m, const float* v, int64_t n) {
  TrainParam& p = find(name);
  if (n != p.n) throw KalaException(ErrorCode::TENSOR_SHAPE, "optimizer state of " + p.name + " has the wrong size");
  std::memcpy(p.m.data, m, (size_t)n * 4);
  std::memcpy(p.v.data, v, (size_t)n * 4);
}

}  // namespace kala
