#include "synthetic.h"

#include "half.h"
#include "rng.h"
#include "tensor.h"

namespace kala {

void fill_synthetic(Model& m, const std::string& w, uint64_t seed) {
  if (w != "f32" && w != "f16" && w != "bf16" && w != "int8")
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "synthetic weights must be f32, f16, bf16 or int8 (got " + w + ")");
  Rng rng(seed);
  auto uni = [&](float* p, int64_t n, float lo, float hi) {
    for (int64_t i = 0; i < n; i++) p[i] = lo + (hi - lo) * (float)((rng.next() >> 40) * (1.0 / 16777216.0));
  };
  // 16-bit weights; an int8 model keeps its embedding table in f16 (as an int8 checkpoint
  // converted from Pythia's f16 weights does)
  const DType wdt = w == "f16" || w == "int8" ? DType::F16 : w == "bf16" ? DType::BF16 : DType::F32;
  for (const auto& name : m.names()) {
    if (m.is_kala(name)) continue;
    const auto shape = m.shape_of(name);
    int64_t n = 1;
    for (auto d : shape) n *= d;
    const bool linear = m.is_linear_weight(name);
    const bool embed = name == "gpt_neox.embed_in.weight";
    if (linear && w == "int8") {
      Tensor q = Tensor::empty(DType::I8, shape);
      uint8_t* qp = static_cast<uint8_t*>(q.data);
      for (int64_t i = 0; i < n; i += 8) {
        uint64_t r = rng.next();
        for (int64_t j = 0; j < 8 && i + j < n; j++, r >>= 8) qp[i + j] = (uint8_t)(int8_t)((int)(r & 0xff) % 255 - 127);
      }
      Tensor sc = Tensor::empty(DType::F32, {shape[0]});
      uni(sc.f32(), shape[0], 2.0e-4f, 3.5e-4f);
      m.set_quantized(name, q, sc);
      continue;
    }
    Tensor f = Tensor::empty(DType::F32, shape);
    const bool norm = name.find("layernorm") != std::string::npos || name.find("layer_norm") != std::string::npos;
    const bool bias = name.size() > 5 && name.compare(name.size() - 5, 5, ".bias") == 0;
    if (norm && !bias) uni(f.f32(), n, 0.9f, 1.1f);
    else if (bias) uni(f.f32(), n, -0.01f, 0.01f);
    else uni(f.f32(), n, -0.035f, 0.035f);
    if ((embed || (linear && w != "int8")) && wdt != DType::F32) {
      Tensor h = Tensor::empty(wdt, shape);
      uint16_t* hp = static_cast<uint16_t*>(h.data);
      for (int64_t i = 0; i < n; i++) hp[i] = wdt == DType::F16 ? f32_to_f16(f.f32()[i]) : f32_to_bf16(f.f32()[i]);
      m.set(name, h);
    } else {
      m.set(name, f);
    }
  }
  m.init_missing_kala(seed ^ 0x6b616c61ull);
}

}  // namespace kala
