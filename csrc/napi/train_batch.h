// The training batch object of compute() — {B, T, ids, labels, targets?, positions?, keyStart?} —
// and the optimizer settings of step() — {lr, beta1, beta2, eps, weightDecay, gradScale,
// maxGradNorm, step} — read the same way by the CPU trainer (trainer_wrap.cpp) and the CUDA
// device model (cuda_model_wrap.cpp).
#pragma once
#include <napi.h>

#include <cstdint>
#include <memory>

#include "napi/util.h"
#include "optimizer_step.h"
#include "trainer.h"

namespace kala::napi {

inline std::shared_ptr<TrainBatch> train_batch_of(const Napi::Object& b) {
  auto batch = std::make_shared<TrainBatch>();
  batch->B = int_arg(b.Get("B"), "B", 1, INT32_MAX);
  batch->T = int_arg(b.Get("T"), "T", 1, INT32_MAX);
  checked_mul(batch->B, batch->T);
  batch->ids = typed_vec<int32_t>(b.Get("ids"), "batch ids");
  batch->labels = typed_vec<int32_t>(b.Get("labels"), "batch labels");
  batch->targets = typed_vec<float>(b.Get("targets"), "batch targets");
  batch->positions = typed_vec<int32_t>(b.Get("positions"), "batch positions");
  batch->key_start = typed_vec<int32_t>(b.Get("keyStart"), "batch keyStart");
  return batch;
}

// every optimizer setting comes from the Trainer (lib/train/trainer.ts owns the defaults)
inline OptimizerStep optimizer_step_of(const Napi::Object& o) {
  auto num = [&](const char* k) { return number_field(o, k, "optimizer step"); };
  OptimizerStep s;
  s.lr = num("lr"), s.beta1 = num("beta1"), s.beta2 = num("beta2"), s.eps = num("eps"), s.weight_decay = num("weightDecay");
  s.grad_scale = num("gradScale"), s.max_grad_norm = num("maxGradNorm");
  s.step = int_arg(field(o, "step", "optimizer step"), "optimizer step", 1, INT64_MAX);
  return s;
}

}  // namespace kala::napi
