// CUDA builds only (KALA_CUDA): the device model (placeholder until the device path lands).
#ifdef KALA_CUDA
#include <napi.h>

#include "napi/bindings.h"

namespace kala::napi {
void register_cuda_model(Napi::Env env, Napi::Object cuda) { (void)env, (void)cuda; }
}  // namespace kala::napi
#endif  // KALA_CUDA
