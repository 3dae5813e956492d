#include "kv_session.h"

#include <string>

#include "tensor.h"

namespace kala {

void check_session_shape(const ModelConfig& cfg, int64_t batch, int64_t capacity) {
  if (batch < 1 || capacity < 1) throw KalaException(ErrorCode::INVALID_ARGUMENT, "a session needs batch >= 1 and capacity >= 1");
  if (capacity > cfg.max_pos)
    throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "a session cannot hold more than max_position_embeddings tokens");
}

CpuKvSession::CpuKvSession(std::shared_ptr<const Model> model, int64_t batch, int64_t capacity)
    : model_((check_session_shape(model->config(), batch, capacity), std::move(model))), cache_(model_->config(), batch, capacity) {}

ForwardOutput CpuKvSession::forward(const int32_t* ids, int64_t T) {
  if (cache_.len + T > cache_.capacity) throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "the session's KV cache is full");
  struct Publish {  // the length after the step, also when it throws part-way
    CpuKvSession& s;
    ~Publish() { s.len_.store(s.cache_.len); }
  } publish{*this};
  return model_->forward(ids, cache_.B, T, &cache_, true);
}

void CpuKvSession::trim(int64_t n) {
  if (n < 0 || n > cache_.len) throw KalaException(ErrorCode::INVALID_ARGUMENT, "trim(n): n is past the session's length");
  cache_.len = n;
  len_.store(n);
}

void CpuKvSession::copy_from(const KvSession& other) {
  const auto* o = dynamic_cast<const CpuKvSession*>(&other);
  if (!o || o->model_ != model_) throw KalaException(ErrorCode::INVALID_ARGUMENT, "copyFrom(other): other belongs to another model");
  if (o == this) return;
  cache_.copy_from(o->cache_);
  len_.store(cache_.len);
}

}  // namespace kala
