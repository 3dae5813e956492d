// Whole-model checks and benchmarks of the device model: the cached forward path step by step
// (test/gpu/ compares it with a full forward), decode steps over a KV cache and training steps,
// timed on the host around synchronized device work (bench/gpu/ours.mjs reports them).
#include <chrono>
#include <cstring>
#include <vector>

#include "kala_model.h"
#include "rng.h"

namespace kala::cuda {

namespace {
double now_ms() { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
}  // namespace

Tensor forward_incremental(DeviceModel& dm, const int32_t* ids, int64_t B, int64_t T, int64_t P) {
  if (B < 1 || P < 1 || P > T) throw KalaException(ErrorCode::INVALID_ARGUMENT, "forward_incremental needs B >= 1 and 1 <= prefill <= T");
  const int64_t V = dm.config().vocab;
  Tensor out = Tensor::empty(DType::F32, {T - P + 1, B, V});
  auto cache = dm.make_cache(B, T);
  std::vector<int32_t> chunk(B * P);
  for (int64_t b = 0; b < B; b++)
    for (int64_t t = 0; t < P; t++) chunk[b * P + t] = ids[b * T + t];
  ForwardOutput o = dm.forward_cached(*cache, chunk.data(), B, P, true);
  std::memcpy(out.f32(), o.logits.data, (size_t)B * V * 4);
  std::vector<int32_t> one(B);
  for (int64_t t = P; t < T; t++) {
    for (int64_t b = 0; b < B; b++) one[b] = ids[b * T + t];
    o = dm.forward_cached(*cache, one.data(), B, 1, true);
    std::memcpy(out.f32() + (t - P + 1) * B * V, o.logits.data, (size_t)B * V * 4);
  }
  return out;
}

DecodeBench bench_decode(DeviceModel& dm, int64_t B, int64_t P, int64_t S) {
  const int64_t V = dm.config().vocab;
  Rng rng(7);
  std::vector<int32_t> ids(B * P);
  for (auto& t : ids) t = (int32_t)(rng.next() % V);
  auto cache = dm.make_cache(B, P + S + 1);
  reset_peak_allocated();
  double t0 = now_ms();
  dm.forward_cached(*cache, ids.data(), B, P, true);
  const double prefill = now_ms() - t0;
  std::vector<int32_t> step(B);
  t0 = now_ms();
  for (int64_t s = 0; s < S; s++) {
    for (auto& t : step) t = (int32_t)(rng.next() % V);
    dm.forward_cached(*cache, step.data(), B, 1, true);  // logits come back to the host, as when sampling
  }
  const double ms = (now_ms() - t0) / (double)S;
  return {prefill, ms, 1000.0 * (double)B / ms, (double)peak_allocated_bytes()};
}

TrainBench bench_train(DeviceModel& dm, const TrainBatch& batch, bool dropout, bool recompute, double ethics_weight, int iters) {
  dm.enable_training();
  auto one = [&](int i) {
    dm.compute(batch, dropout, (uint64_t)i + 1, ethics_weight, recompute);
    dm.grad_norm();
    dm.adamw(1e-4, 0.9, 0.999, 1e-8, 0.0, i + 1);
    dm.zero_grad();
  };
  one(0);  // warm-up: sizes the activation arena
  synchronize();
  reset_peak_allocated();
  const double t0 = now_ms();
  for (int i = 1; i <= iters; i++) one(i);
  synchronize();
  const double ms = (now_ms() - t0) / iters;
  return {ms, 1000.0 * (double)(batch.B * batch.T) / ms, (double)peak_allocated_bytes()};
}

}  // namespace kala::cuda
