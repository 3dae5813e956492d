// One call at a time: a decoding session (napi/session_wrap.h) or a CPU trainer
// (napi/trainer_wrap.cpp) runs one worker call at a time and refuses a second while one runs —
// INVALID_ARGUMENT at once on the calling thread, rather than a wait or a data race on its cache
// or gradients. The caller claims before it queues the work; the Release the work holds frees
// the claim when the work ends, also when it throws.
#pragma once
#include <atomic>
#include <memory>

#include "tensor.h"

namespace kala {

using OneCall = std::shared_ptr<std::atomic<bool>>;  // null: no claim needed (calls serialised elsewhere)
inline OneCall one_call() { return std::make_shared<std::atomic<bool>>(false); }

inline bool running(const OneCall& c) { return c && c->load(); }

// Claims `mine`, and `other` too for a call on two (copyFrom); when either is running, nothing
// stays claimed and the message says which.
inline void claim(const OneCall& mine, const char* running_message, const OneCall& other = nullptr, const char* other_message = "") {
  if (mine && mine->exchange(true)) throw KalaException(ErrorCode::INVALID_ARGUMENT, running_message);
  if (other && other->exchange(true)) {
    if (mine) mine->store(false);
    throw KalaException(ErrorCode::INVALID_ARGUMENT, other_message);
  }
}

struct Release {
  explicit Release(OneCall a, OneCall b = nullptr) : a_(std::move(a)), b_(std::move(b)) {}
  ~Release() {
    if (a_) a_->store(false);
    if (b_) b_->store(false);
  }
  OneCall a_, b_;
};

}  // namespace kala
