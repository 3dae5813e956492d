// The CUDA KvSession (csrc/kv_session.h): a device KV cache of a DeviceModel, opened by
// PlacedModel::open_session (csrc/model_placement.h) when the weights are on the GPU. Every
// device call of one DeviceModel and its sessions is serialised by the model's lock
// (DeviceModel::calls(): the activation arena and the stream are shared), taken here per call.
#pragma once
#include <atomic>
#include <memory>
#include <mutex>

#include "kala_model.h"
#include "kv_session.h"

namespace kala::cuda {

class CudaKvSession final : public KvSession {
 public:
  CudaKvSession(std::shared_ptr<DeviceModel> dm, int64_t batch, int64_t capacity) : dm_(std::move(dm)), B_(batch), cap_(capacity) {
    check_session_shape(dm_->config(), batch, capacity);
    std::lock_guard<std::mutex> g(dm_->calls());
    cache_ = dm_->make_cache(B_, cap_);
  }
  int64_t batch() const override { return B_; }
  int64_t capacity() const override { return cap_; }
  int64_t length() const override { return len_.load(); }
  int64_t vocab() const override { return dm_->config().vocab; }
  ForwardOutput forward(const int32_t* ids, int64_t T) override {
    if (len_.load() + T > cap_) throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "the session's KV cache is full");
    std::lock_guard<std::mutex> g(dm_->calls());
    struct Publish {  // the length after the step, also when it throws part-way
      CudaKvSession& s;
      ~Publish() { s.len_.store(s.dm_->cache_len(*s.cache_)); }
    } publish{*this};
    return dm_->forward_cached(*cache_, ids, B_, T, true);
  }
  void trim(int64_t n) override {
    if (n < 0 || n > len_.load()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "trim(n): n is past the session's length");
    std::lock_guard<std::mutex> g(dm_->calls());
    dm_->trim_cache(*cache_, n);
    len_.store(n);
  }
  void reset() override {
    std::lock_guard<std::mutex> g(dm_->calls());
    cache_ = dm_->make_cache(B_, cap_);
    len_.store(0);
  }
  void copy_from(const KvSession& other) override {
    const auto* o = dynamic_cast<const CudaKvSession*>(&other);
    if (!o || o->dm_ != dm_) throw KalaException(ErrorCode::INVALID_ARGUMENT, "copyFrom(other): other belongs to another model");
    if (o == this) return;
    std::lock_guard<std::mutex> g(dm_->calls());
    dm_->copy_cache(*cache_, *o->cache_);
    len_.store(dm_->cache_len(*cache_));
  }
  const void* model_key() const override { return dm_.get(); }

 private:
  std::shared_ptr<DeviceModel> dm_;
  std::shared_ptr<DeviceModel::Cache> cache_;
  int64_t B_, cap_;
  std::atomic<int64_t> len_{0};
};

}  // namespace kala::cuda
