// One optimizer step, the same sequence on every backend (the CPU Trainer, the CUDA DeviceModel):
// unscale a loss-scaled gradient (skipping the step when it overflowed), apply the gradient
// accumulation scale, measure the norm, clip to max_grad_norm like torch's clip_grad_norm_, AdamW
// (which keeps the attention law gains >= 0), and zero the gradients. The backend supplies the ops.
#pragma once
#include <cmath>
#include <cstdint>

#include "tensor.h"

namespace kala {

struct OptimizerStep {
  double lr = 0, beta1 = 0, beta2 = 0, eps = 0, weight_decay = 0;
  double grad_scale = 1;     // e.g. 1 / accumulation steps
  double max_grad_norm = 0;  // 0: no clipping
  int64_t step = 1;          // AdamW's bias-correction step, from 1
};

struct OptimizerStepResult {
  double grad_norm = 0;  // before clipping; NaN when skipped
  bool skipped = false;  // the loss-scaled gradient overflowed: nothing was updated
};

// Backend: finish_grads() -> bool (false: overflowed, gradients zeroed), scale_grad(f),
// grad_norm() -> double, adamw(lr, b1, b2, eps, wd, step), zero_grad().
template <typename Backend>
OptimizerStepResult optimizer_step(Backend& b, const OptimizerStep& o) {
  if (!b.finish_grads()) return {NAN, true};
  if (o.grad_scale != 1.0) b.scale_grad(o.grad_scale);
  const double norm = b.grad_norm();
  if (!std::isfinite(norm)) throw KalaException(ErrorCode::INTERNAL, "the gradient is not finite (loss diverged); lower the learning rate");
  if (o.max_grad_norm > 0 && norm > o.max_grad_norm) b.scale_grad(o.max_grad_norm / (norm + 1e-6));
  b.adamw(o.lr, o.beta1, o.beta2, o.eps, o.weight_decay, o.step);
  b.zero_grad();
  return {norm, false};
}

}  // namespace kala
