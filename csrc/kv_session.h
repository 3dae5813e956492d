// A KV cache of one model and what a decoding session does with it: run new tokens through the
// model (their keys and values appended), trim, reset, copy from another session of the same
// model. One implementation per backend — CpuKvSession (csrc/kv_session.cpp) over Model and
// KVCache, and the CUDA one (cuda/kv_session_cuda.h) over a device model and its device cache —
// so the binding wraps either with one class and the decode loop (csrc/decode.cpp) drives either.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>

#include "model.h"

namespace kala {

class KvSession {
 public:
  virtual ~KvSession() = default;
  virtual int64_t batch() const = 0;
  virtual int64_t capacity() const = 0;
  // Positions held; safe to read while another thread runs forward (a value from before or after).
  virtual int64_t length() const = 0;
  virtual int64_t vocab() const = 0;
  // Forward over T new tokens per row, ids [batch, T], continuing from length(); logits of the
  // last position of each row only. SEQUENCE_TOO_LONG when length() + T > capacity().
  virtual ForwardOutput forward(const int32_t* ids, int64_t T) = 0;
  // Keeps the first n <= length() positions; the next forward continues from there.
  virtual void trim(int64_t n) = 0;
  virtual void reset() = 0;
  // This cache becomes a copy of other's (same backend, model, batch and capacity; or
  // INVALID_ARGUMENT): a fork of a conversation.
  virtual void copy_from(const KvSession& other) = 0;
  // Identifies the model (and backend) the cache belongs to: sessions copy only within one.
  virtual const void* model_key() const = 0;
};

// Checks a session's shape against the model: batch >= 1, 1 <= capacity <= max_position_embeddings.
void check_session_shape(const ModelConfig& cfg, int64_t batch, int64_t capacity);

class CpuKvSession final : public KvSession {
 public:
  CpuKvSession(std::shared_ptr<const Model> model, int64_t batch, int64_t capacity);
  int64_t batch() const override { return cache_.B; }
  int64_t capacity() const override { return cache_.capacity; }
  int64_t length() const override { return len_.load(); }
  int64_t vocab() const override { return model_->config().vocab; }
  ForwardOutput forward(const int32_t* ids, int64_t T) override;
  void trim(int64_t n) override;
  void reset() override { trim(0); }
  void copy_from(const KvSession& other) override;
  const void* model_key() const override { return model_.get(); }

 private:
  std::shared_ptr<const Model> model_;
  KVCache cache_;
  std::atomic<int64_t> len_{0};  // cache_.len, published for length() on other threads
};

}  // namespace kala
