// NativeSession: a KV cache and a sampler RNG over a NativeModel, for incremental decoding. The
// engine opens the cache where the model's weights are (PlacedModel::open_session: CpuKvSession,
// or a device cache in CUDA builds); the class itself is napi/session_wrap.h.
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
    return nm->placed(info.Env())->open_session(batch, capacity);
  }
};

using NativeSession = SessionWrap<CpuSessions>;

void register_session(Napi::Env env, Napi::Object exports) { exports.Set("NativeSession", NativeSession::Define(env)); }

}  // namespace kala::napi
