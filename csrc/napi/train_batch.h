// The training batch object of compute() — {B, T, ids, labels, targets?, positions?, keyStart?} —
// read the same way by the CPU trainer (trainer_wrap.cpp) and the CUDA device model (cuda_model_wrap.cpp).
#pragma once
#include <napi.h>

#include <cstdint>
#include <memory>

#include "napi/util.h"
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

}  // namespace kala::napi
