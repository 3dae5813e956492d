#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "backward.h"
#include "forward.h"
#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

static bool ends_with(const std::string& s, const std::string& t) {
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

Trainer::Trainer(std::shared_ptr<Model> model, bool full) : model_(std::move(model)), full_(full) {
  std::vector<std::string> names;
  if (full_) {
    for (const auto& n : model_->names()) names.push_back(n);
  } else {
    for (const auto& n : model_->lora_names()) names.push_back(n);
    for (const auto& n : model_->names())
      if (model_->is_kala(n)) names.push_back(n);
  }
  for (const auto& n : names) {
    TrainParam p;
    p.name = n;
    PackedWeight* pw = nullptr;
    Tensor t = model_->live(n, &pw);
    if (pw) {
      if (pw->dtype != DType::F32) throw KalaException(ErrorCode::INVALID_ARGUMENT, "full training needs F32 weights; " + n + " is " + dtype_name(pw->dtype) + " (train a LoRA adapter instead)");
      p.n = (int64_t)(pw->nbytes() / 4);
    } else {
      if (t.dtype != DType::F32) throw KalaException(ErrorCode::INVALID_ARGUMENT, "full training needs F32 weights; " + n + " is " + dtype_name(t.dtype));
      p.n = t.numel();
    }
    p.grad = Tensor::empty(DType::F32, {p.n});
    p.m = Tensor::empty(DType::F32, {p.n});
    p.v = Tensor::empty(DType::F32, {p.n});
    p.clamp = ends_with(n, "attention_law_gain");
    p.decay = (ends_with(n, ".weight") || ends_with(n, "lora_embedding_A") || ends_with(n, "lora_embedding_B")) &&
              n.find("layernorm") == std::string::npos && n.find("layer_norm") == std::string::npos;
    index_[n] = params_.size();
    params_.push_back(std::move(p));
  }
}

float* Trainer::storage(const TrainParam& p, PackedWeight** packed) const {
  PackedWeight* pw = nullptr;
  Tensor t = model_->live(p.name, &pw);
  if (packed) *packed = pw;
  return pw ? static_cast<float*>(pw->storage.get()) : t.f32();
}

float* Trainer::g(const std::string& name) const {
  auto it = index_.find(name);
  return it == index_.end() ? nullptr : static_cast<float*>(params_[it->second].grad.data);
}

int64_t Trainer::param_count() const {
  int64_t n = 0;
  for (const auto& p : params_) n += p.n;
  return n;
}

void Trainer::zero_grad() {
  for (auto& p : params_) std::memset(p.grad.data, 0, p.n * sizeof(float));
}

double Trainer::grad_norm() const {
  double s = 0;
  for (const auto& p : params_) {
    const float* gr = p.grad.f32();
    double ps = 0;
    for (int64_t i = 0; i < p.n; i++) ps += (double)gr[i] * gr[i];
    s += ps;
  }
  return std::sqrt(s);
}

void Trainer::scale_grad(double f) {
  for (auto& p : params_) {
    float* gr = p.grad.f32();
    for (int64_t i = 0; i < p.n; i++) gr[i] = (float)(gr[i] * f);
  }
}

void Trainer::adamw(double lr, double b1, double b2, double eps, double wd, int64_t step) {
  const double bc1 = 1.0 - std::pow(b1, (double)step), bc2 = 1.0 - std::pow(b2, (double)step);
  for (auto& p : params_) {
    float* w = storage(p);
    float* gr = p.grad.f32();
    float* m = p.m.f32();
    float* v = p.v.f32();
    const double decay = p.decay ? lr * wd : 0.0;
    const bool clamp = p.clamp;
    parallel_range(p.n, 1 << 14, [&](int64_t a, int64_t b) {
      for (int64_t i = a; i < b; i++) {
        const double gi = gr[i];
        const double mi = b1 * m[i] + (1 - b1) * gi;
        const double vi = b2 * v[i] + (1 - b2) * gi * gi;
        m[i] = (float)mi;
        v[i] = (float)vi;
        double wi = w[i] * (1.0 - decay);
        wi -= lr * (mi / bc1) / (std::sqrt(vi / bc2) + eps);
        if (clamp && wi < 0) wi = 0;
        w[i] = (float)wi;
      }
    });
  }
}

Tensor Trainer::grad(const std::string& name) const {
  for (const auto& p : params_) {
    if (p.name != name) continue;
    PackedWeight* pw = nullptr;
    Tensor live = model_->live(name, &pw);
    if (!pw) {
      Tensor t = Tensor::empty(DType::F32, live.shape);
      std::memcpy(t.data, p.grad.data, p.n * sizeof(float));
      return t;
    }
    Tensor t = Tensor::empty(DType::F32, {pw->N, pw->K});
    PackedWeight view = *pw;
    view.storage = p.grad.owner;
    unpack_weight(view, t.data);
    return t;
  }
  throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not trained");
}

LossParts Trainer::compute(const TrainBatch& b, bool dropout, uint64_t seed, double ethics_weight, bool recompute) {
  Model& m = *model_;
  const ModelConfig& c = m.config();
  const int64_t B = b.B, T = b.T, N = B * T, H = c.hidden, L = c.layers, V = c.vocab;
  if (B <= 0 || T <= 0 || (int64_t)b.ids.size() != N || (int64_t)b.labels.size() != N)
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "a batch needs B*T ids and labels");
  if (T > c.max_pos) throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "training sequences of " + std::to_string(T) + " tokens exceed max_position_embeddings");
  for (int64_t i = 0; i < N; i++) {
    if (b.ids[i] < 0 || b.ids[i] >= V) throw KalaException(ErrorCode::TOKEN_OUT_OF_RANGE, "token id " + std::to_string(b.ids[i]) + " is outside the vocabulary");
    if (b.labels[i] != -100 && (b.labels[i] < 0 || b.labels[i] >= V)) throw KalaException(ErrorCode::TOKEN_OUT_OF_RANGE, "label " + std::to_string(b.labels[i]) + " is outside the vocabulary");
  }
  ForwardCtx ctx;
  ctx.B = B;
  ctx.T = T;
  ctx.dropout = dropout;
  ctx.seed = seed;
  if (!b.positions.empty()) ctx.positions = b.positions.data();
  if (!b.key_start.empty()) ctx.key_start = b.key_start.data();

  // ---- forward, keeping what backward needs (or only layer inputs, with recomputation)
  Tensor x = Tensor::empty(DType::F32, {N, H});
  embed_forward(m, b.ids.data(), N, x.f32());
  Tensor z = Tensor::empty(DType::F32, {L + 1, N, kLaws});
  std::vector<LayerActs> acts(recompute ? 1 : L);
  std::vector<Tensor> inputs;
  if (recompute) acts[0].alloc(m, N, true);
  for (int64_t l = 0; l < L; l++) {
    if (recompute) {
      inputs.push_back(Tensor::empty(DType::F32, {N, H}));
      std::memcpy(inputs.back().data, x.data, N * H * sizeof(float));
    } else {
      acts[l].alloc(m, N, true);
    }
    layer_forward(m, l, x.f32(), z.f32() + l * N * kLaws, acts[recompute ? 0 : l], ctx);
  }
  HeadActs head;
  // A batch with no language-modelling label (every example "train_lm": false, e.g. a classifier
  // trained on the law heads alone) skips the vocabulary projection and its gradient: its loss
  // term is 0 and its gradient is 0, and the [N, V] product would cost more than the layers.
  const bool lm = std::any_of(b.labels.begin(), b.labels.end(), [](int32_t l) { return l != -100; });
  Tensor logits = lm ? Tensor::empty(DType::F32, {N, V}) : Tensor();
  Tensor scores = Tensor::empty(DType::F32, {N, kLaws});
  head_forward(m, x.f32(), N, z.f32(), scores.f32(), nullptr, 0, lm ? logits.f32() : nullptr, head, ctx);

  // ---- losses and their gradients
  LossParts out;
  if (lm) out.lm = cross_entropy(logits.f32(), b.labels.data(), B, T, V, true, 1.0f, &out.lm_tokens);
  Tensor dz = Tensor::empty(DType::F32, {L + 1, N, kLaws});
  Tensor dzbar = Tensor::empty(DType::F32, {N, kLaws});
  if (!b.targets.empty()) {
    if ((int64_t)b.targets.size() != N * kLaws) throw KalaException(ErrorCode::INVALID_ARGUMENT, "lawTargets must be [B][T][5]");
    out.ethics = ethics_loss(L + 1, N, z.f32(), scores.f32(), b.targets.data(), c.law_weights, c.layer_ethics_weight, true,
                             (float)ethics_weight, dzbar.f32(), dz.f32(), &out.ethics_tokens);
  }
  out.loss = out.lm + ethics_weight * out.ethics;
  aggregator_backward(L + 1, N, z.f32(), head.pi.f32(), dzbar.f32(), dz.f32(), g("kala.aggregator.layer_logits"));

  // ---- head
  HeadGrads hg;
  hg.lnf_w = g("gpt_neox.final_layer_norm.weight");
  hg.lnf_b = g("gpt_neox.final_layer_norm.bias");
  hg.embed_out.w = g("embed_out.weight");
  hg.embed_out.lora_A = g("base_model.model.embed_out.lora_A.weight");
  hg.embed_out.lora_B = g("base_model.model.embed_out.lora_B.weight");
  hg.fc1_w = g("kala.final_value_head.fc1.weight");
  hg.fc1_b = g("kala.final_value_head.fc1.bias");
  hg.fc2_w = g("kala.final_value_head.fc2.weight");
  hg.fc2_b = g("kala.final_value_head.fc2.bias");
  Tensor dx = Tensor::empty(DType::F32, {N, H});
  head_backward(m, x.f32(), head, lm ? logits.f32() : nullptr, dz.f32() + L * N * kLaws, N, dx.f32(), hg, ctx);
  logits = Tensor();

  // ---- layers, last to first
  LayerBackScratch scratch;
  scratch.alloc(c, N);
  Tensor zscratch = Tensor::empty(DType::F32, {N, kLaws});
  for (int64_t l = L - 1; l >= 0; l--) {
    LayerActs* a = &acts[recompute ? 0 : l];
    if (recompute) {  // re-run the layer from its input, with the same dropout masks
      Tensor xr = Tensor::empty(DType::F32, {N, H});
      std::memcpy(xr.data, inputs[l].data, N * H * sizeof(float));
      layer_forward(m, l, xr.f32(), zscratch.f32(), *a, ctx);
    }
    const std::string p = "gpt_neox.layers." + std::to_string(l) + ".";
    const std::string k = "kala.layers." + std::to_string(l) + ".";
    const std::string lp = "base_model.model.gpt_neox.layers." + std::to_string(l) + ".";
    LayerGrads lg;
    lg.ln1_w = g(p + "input_layernorm.weight");
    lg.ln1_b = g(p + "input_layernorm.bias");
    lg.ln2_w = g(p + "post_attention_layernorm.weight");
    lg.ln2_b = g(p + "post_attention_layernorm.bias");
    for (int sl = 0; sl < 4; sl++) {
      const std::string mod = linear_module_name(sl);
      lg.lin[sl].w = g(p + mod + ".weight");
      lg.lin[sl].b = g(p + mod + ".bias");
      lg.lin[sl].lora_A = g(lp + mod + ".lora_A.weight");
      lg.lin[sl].lora_B = g(lp + mod + ".lora_B.weight");
    }
    lg.fc1_w = g(k + "value_head.fc1.weight");
    lg.fc1_b = g(k + "value_head.fc1.bias");
    lg.fc2_w = g(k + "value_head.fc2.weight");
    lg.fc2_b = g(k + "value_head.fc2.bias");
    lg.gain = g(k + "attention_law_gain");
    layer_backward(m, l, *a, z.f32() + l * N * kLaws, dz.f32() + l * N * kLaws, dx.f32(), scratch, lg, ctx);
  }

  // ---- embedding
  const LoraParams& lo = m.lora_embed_in;
  if (lo.on()) {
    float* dA = g("base_model.model.gpt_neox.embed_in.lora_embedding_A");
    float* dB = g("base_model.model.gpt_neox.embed_in.lora_embedding_B");
    if (dA) lora_embedding_backward(b.ids.data(), N, V, H, lo.r, lo.scale, lo.A.f32(), lo.B.f32(), dx.f32(), dA, dB);
  }
  if (float* dW = g("gpt_neox.embed_in.weight")) embedding_backward(b.ids.data(), N, H, dx.f32(), dW);
  return out;
}

}  // namespace kala
