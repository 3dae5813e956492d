// NativeSession: a CPU KV cache (CpuKvSession) and a sampler RNG over a NativeModel, for
// incremental decoding; the class itself is napi/session_wrap.h, shared with cuda.DeviceSession.
#include "napi/session_wrap.h"

#include "napi/bindings.h"
#include "napi/model_wrap.h"

namespace kala::napi {

struct CpuSessions {
  static constexpr const char* kName = "NativeSession";
  // marks NativeSession objects, so copyFrom can check what it was given
  static constexpr napi_type_tag kTag = {0x6b616c6173657373ULL, 0x696f6e0000000001ULL};
  static std::shared_ptr<KvSession> open(const Napi::CallbackInfo& info, int64_t batch, int64_t capacity) {
    if (!info[0].IsObject()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "NativeSession(nativeModel, batch, capacity)");
    NativeModel* nm = Napi::ObjectWrap<NativeModel>::Unwrap(info[0].As<Napi::Object>());
    return std::make_shared<CpuKvSession>(nm->model(info.Env()), batch, capacity);
  }
};

using NativeSession = SessionWrap<CpuSessions>;

void register_session(Napi::Env env, Napi::Object exports) { exports.Set("NativeSession", NativeSession::Define(env)); }

}  // namespace kala::napi
