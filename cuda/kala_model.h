// A KALA model on the GPU: the weights of a kala::Model uploaded once, the forward pass (full
// sequence or incremental over a device KV cache) and the training step (LoRA + kala.*
// gradients, recomputation, AdamW) built from the ops of kala_cuda.h, mirroring
// csrc/forward.cpp, csrc/backward.cpp and csrc/trainer.cpp step by step.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "kala_cuda.h"
#include "model.h"
#include "trainer.h"

namespace kala::cuda {

struct DeviceModelOptions {
  Precision precision = Precision::F32;  // matmuls and attention
  // Base linear weights stored on the device in 16-bit when the host holds them in f32 and the
  // precision is 16-bit (halves memory and weight traffic); int8/f16/bf16 stay as they are.
  bool narrow_weights = true;
  bool int8_dynamic = false;      // int8 weights: LLM.int8 tensor-core path for prefill
  float outlier_threshold = 6.f;
  DType kv_dtype = DType::F32;    // KV cache element type (f32, f16, bf16)
  // Dynamic loss scaling (for fp16 training, the sm_60 path): loss gradients are multiplied by
  // the scale; finish_grads() divides it out, skips steps whose gradients overflowed and adapts it.
  bool loss_scaling = false;
  float initial_loss_scale = 65536.f;
};

class DeviceModel {
 public:
  DeviceModel(std::shared_ptr<Model> host, const DeviceModelOptions& o);
  ~DeviceModel();
  DeviceModel(const DeviceModel&) = delete;
  DeviceModel& operator=(const DeviceModel&) = delete;

  const ModelConfig& config() const { return host_->config(); }
  const DeviceModelOptions& options() const { return opt_; }

  // Same results as Model::forward (host tensors). No cache.
  ForwardOutput forward(const int32_t* ids, int64_t B, int64_t T, bool last_logits_only);

  // Incremental decoding over a device KV cache.
  struct Cache;
  std::shared_ptr<Cache> make_cache(int64_t B, int64_t capacity);
  ForwardOutput forward_cached(Cache& cache, const int32_t* ids, int64_t B, int64_t T, bool last_logits_only);
  int64_t cache_len(const Cache& c) const;
  // Keeps the first n positions (n <= length), so the next forward_cached continues from there.
  void trim_cache(Cache& c, int64_t n) const;
  // dst becomes a copy of src's first src.len positions and its length (same B, capacity and
  // KV dtype, or INVALID_ARGUMENT): a fork of a conversation, device to device.
  void copy_cache(Cache& dst, const Cache& src) const;

  // Training: LoRA adapters (attached on the host model) and every kala.* parameter.
  void enable_training();
  LossParts compute(const TrainBatch& b, bool dropout, uint64_t seed, double ethics_weight, bool recompute);
  std::vector<std::string> trainable() const;
  int64_t numel(const std::string& trainable_name) const;
  Tensor grad(const std::string& name) const;  // row-major host copy
  // AdamW moments of a trained tensor (host copies), for training checkpoints and resume.
  Tensor moment(const std::string& name, bool second) const;
  void set_moments(const std::string& name, const float* m, const float* v, int64_t n);
  void zero_grad();
  double grad_norm();
  void scale_grad(double f);
  void adamw(double lr, double beta1, double beta2, double eps, double wd, int64_t step);
  // With loss scaling: unscales the accumulated gradients and returns false (gradients zeroed,
  // scale halved) when they overflowed, so the step must be skipped. Without: returns true.
  bool finish_grads();
  float loss_scale() const { return opt_.loss_scaling ? scaler_.scale : 1.f; }
  void download_params();  // the trained values back into the host model

  size_t weight_bytes() const { return weight_bytes_; }

  // The lock every device call of this model takes (forward passes, its caches' steps, training):
  // they share the activation arena and the stream. The methods above do not take it themselves;
  // CudaKvSession, CudaTrainBackend and the engine's placement (csrc/model_placement.cpp) do.
  std::mutex& calls() const { return calls_; }

  struct Impl;

 private:
  ForwardOutput forward_impl(Cache* cache, const int32_t* ids, int64_t B, int64_t T, bool last_logits_only);
  std::shared_ptr<Model> host_;
  DeviceModelOptions opt_;
  std::unique_ptr<Impl> d_;
  size_t weight_bytes_ = 0;
  LossScaler scaler_;
  mutable std::mutex calls_;
};

// Logits [T-P+1, B, V] of positions P-1 .. T-1 of ids [B, T], computed through a device KV
// cache (a prefill of P tokens, then one token at a time): the cached path, to compare with a
// full forward. The caller holds dm.calls().
Tensor forward_incremental(DeviceModel& dm, const int32_t* ids, int64_t B, int64_t T, int64_t P);

// Benchmarks of a whole device model (cuda.benchDecode / cuda.benchTrain, napi/cuda_model_wrap.cpp).
struct DecodeBench {
  double prefill_ms, ms_per_step, tokens_per_second, peak_bytes;
};
// A prompt of P random tokens per row, then S single-token steps over a device KV cache (batch B).
DecodeBench bench_decode(DeviceModel& dm, int64_t B, int64_t P, int64_t S);
struct TrainBench {
  double ms_per_step, tokens_per_second, peak_bytes;
};
// Forward + backward + AdamW per iteration (one warm-up step first, which sizes the arena).
TrainBench bench_train(DeviceModel& dm, const TrainBatch& batch, bool dropout, bool recompute, double ethics_weight, int iters);

}  // namespace kala::cuda
