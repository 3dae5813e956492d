// Where a model's weights live, and moving them: the engine's Model::to(device).
//
// The host kala::Model always holds every weight: it is what loads, saves, scores and what
// adapters change. On a GPU (CUDA builds) a cuda::DeviceModel is its device copy: to(Cuda)
// uploads it, and from then on the model's forward passes, KV-cache sessions and training run
// there. Training changes the device copy only, so whatever would drop or replace that copy —
// to(Cpu), or to(Cuda) with another precision, loss scaling, or `rebuild` after the host changed —
// first downloads what was trained into the host model; sync_host() does that download and keeps
// the copy (a checkpoint in the middle of training). The binding (napi/model_wrap.cpp) holds one
// PlacedModel per NativeModel; running calls hold their own references, so moving or disposing
// never frees memory under them.
#pragma once
#include <memory>
#include <mutex>
#include <string>

#include "kv_session.h"
#include "model.h"
#include "train_backend.h"

namespace kala {

namespace cuda {
class DeviceModel;
}

enum class Device { Cpu, Cuda };
Device device_from_name(const std::string& name);  // "cpu" | "cuda", else INVALID_ARGUMENT

// How to(Cuda) builds the device copy (cuda::DeviceModelOptions says what each setting does).
struct DevicePlacement {
  std::string precision = "f32";  // matmuls and attention: f32, bf16 or f16
  std::string kv_dtype;           // the KV cache's element type; empty: the precision's
  bool training = false;          // the copy will be trained (at f16 with dynamic loss scaling)
  bool rebuild = false;           // upload again: the host weights changed (an adapter attached)
  // what KalaModel leaves at their defaults and the GPU tests and benchmarks set
  bool int8_dynamic = false;
  bool narrow_weights = true;
  float outlier_threshold = 6.f;
  float initial_loss_scale = 65536.f;
};

// A forward pass with labels: the negative log-likelihood of each label instead of logits.
struct ScoreOutput {
  Tensor nll;  // [B, T], NaN where the label is -100
  Tensor law_scores, layer_logits;
};

class PlacedModel {
 public:
  explicit PlacedModel(std::shared_ptr<Model> host) : host_(std::move(host)) {}
  const std::shared_ptr<Model>& host() const { return host_; }
  Device device() const;

  // Moves the weights (blocking; the binding runs it on a worker thread). Placing them where they
  // already are, as they are, does nothing. to(Cuda) in a build without CUDA: UNSUPPORTED.
  void to(Device d, const DevicePlacement& p = {});
  // Copies what was trained on the device into the host model; the device copy stays.
  void sync_host();

  // Where the weights are: the host engine, or the device copy.
  ForwardOutput forward(const int32_t* ids, int64_t B, int64_t T, bool last_logits_only);
  std::shared_ptr<KvSession> open_session(int64_t batch, int64_t capacity);
  // The CPU Trainer (full: every parameter, else LoRA + kala.*), or the device copy's training
  // (LoRA + kala.* only); training on the device marks the copy as holding what was trained.
  std::shared_ptr<TrainBackend> trainer(bool full);
  // Always on the host weights (evaluation syncs the host first).
  ScoreOutput score(const int32_t* ids, const int32_t* labels, int64_t B, int64_t T) const;
  // The device copy (null while the weights are on the host only), for what only the GPU tests
  // and benchmarks run on it (cuda/kala_model.h: forward_incremental, bench_decode, bench_train).
  std::shared_ptr<cuda::DeviceModel> device_copy() const;

 private:
  void drop_device_copy();  // move_ held: downloads what was trained, then lets the copy go

  std::shared_ptr<Model> host_;
  // One move (or sync) at a time; held through an upload or a download, which take long.
  std::mutex move_;
  // Guards the fields below, briefly: a call that starts during a move runs on what is there
  // (the host while a copy is being replaced) and never waits for the upload, so the JS thread,
  // which opens sessions and trainers, is never held up by one. lib/model.ts awaits to() first.
  mutable std::mutex mu_;
  std::shared_ptr<cuda::DeviceModel> dm_;  // null: the weights are on the host only
  bool trained_ = false;                   // dm_ holds parameters the host has not seen
};

}  // namespace kala
