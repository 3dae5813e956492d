// Training a KALA model: the constitutional loss, gradients for LoRA adapters and every kala.*
// parameter (or, in full mode, every parameter of an f32 model), AdamW with decoupled weight
// decay, gradient clipping helpers and the clamp that keeps attention gains >= 0.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model.h"

namespace kala {

struct TrainBatch {
  int64_t B = 0, T = 0;
  std::vector<int32_t> ids, labels;           // [B*T]; labels -100 = ignored
  std::vector<float> targets;                 // [B*T*5], NaN = unlabelled; empty = none labelled
  std::vector<int32_t> positions, key_start;  // packed rows: per-token position and first visible key
};

struct LossParts {
  double loss = 0, lm = 0, ethics = 0;
  int64_t lm_tokens = 0, ethics_tokens = 0;
};

struct TrainParam {
  std::string name;
  int64_t n = 0;           // elements in the storage (packed weights include padding)
  Tensor grad, m, v;       // same layout as the storage
  bool decay = false;      // weight decay applies (weights, not biases/norms/gains)
  bool clamp = false;      // attention_law_gain: kept >= 0
};

class Trainer {
 public:
  // full = train every parameter (f32 models only); otherwise LoRA (already attached) + kala.*
  Trainer(std::shared_ptr<Model> model, bool full);

  // Forward + backward over a batch; gradients are added to the accumulators.
  LossParts compute(const TrainBatch& b, bool dropout, uint64_t seed, double ethics_weight, bool recompute);
  void zero_grad();
  double grad_norm() const;
  void scale_grad(double f);
  // One AdamW step (step counts from 1), then gains clamped to >= 0.
  void adamw(double lr, double beta1, double beta2, double eps, double weight_decay, int64_t step);

  const std::vector<TrainParam>& params() const { return params_; }
  std::vector<TrainParam>& params() { return params_; }
  // Row-major copy of a gradient (packed weights unpacked), shape as the parameter.
  Tensor grad(const std::string& name) const;
  int64_t param_count() const;

 private:
  float* storage(const TrainParam& p, PackedWeight** packed = nullptr) const;
  float* g(const std::string& name) const;  // grad buffer by name, or null
  std::shared_ptr<Model> model_;
  bool full_;
  std::vector<TrainParam> params_;
  std::unordered_map<std::string, size_t> index_;
};

}  // namespace kala
