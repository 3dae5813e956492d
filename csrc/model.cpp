#include "model.h"

#include <cmath>
#include <cstring>

#include "ops/ops.h"
#include "rng.h"
#include "threadpool.h"

namespace kala {

void ModelConfig::validate() const {
  auto bad = [](const std::string& m) { throw KalaException("CONFIG_INVALID", m); };
  if (hidden <= 0 || layers <= 0 || heads <= 0 || intermediate <= 0 || vocab <= 0 || max_pos <= 0)
    bad("hidden_size, num_hidden_layers, num_attention_heads, intermediate_size, vocab_size and max_position_embeddings must be positive");
  if (hidden % heads != 0) bad("hidden_size must be divisible by num_attention_heads");
  if (rotary_pct < 0 || rotary_pct > 1) bad("rotary_pct must be in [0, 1]");
  if (rotary_dims() % 2 != 0) bad("rotary dims (head_dim * rotary_pct) must be even");
  if (value_head_dim <= 0) bad("kala.value_head_dim must be positive");
  double s = 0;
  for (double w : law_weights) {
    if (!(w >= 0)) bad("kala.law_weights must be non-negative");
    s += w;
  }
  if (!(s > 0)) bad("kala.law_weights must not all be zero");
}

KVCache::KVCache(const ModelConfig& cfg, int64_t batch, int64_t cap) : B(batch), capacity(cap) {
  for (int64_t l = 0; l < cfg.layers; l++) {
    k.push_back(Tensor::empty(DType::F32, {batch, cap, cfg.heads, cfg.head_dim()}));
    v.push_back(Tensor::empty(DType::F32, {batch, cap, cfg.heads, cfg.head_dim()}));
    phi.push_back(Tensor::empty(DType::F32, {batch, cap}));
  }
}

// ------------------------------------------------------------------ parameters by name

enum class SlotKind { Plain, Linear, LinearBias, Embedding };

struct Model::Slot {
  SlotKind kind;
  Tensor* plain = nullptr;
  LinearParams* linear = nullptr;
  std::vector<int64_t> shape;
};

static bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

Model::Model(const ModelConfig& cfg) : cfg_(cfg) {
  cfg_.validate();
  layers.resize(cfg_.layers);
  double s = 0;
  for (double w : cfg_.law_weights) s += w;
  for (int k = 0; k < kLaws; k++) law_what[k] = cfg_.law_weights[k] / s;
  const int64_t rd = cfg_.rotary_dims();
  rope_cos = Tensor::empty(DType::F32, {cfg_.max_pos, std::max<int64_t>(rd / 2, 1)});
  rope_sin = Tensor::empty(DType::F32, {cfg_.max_pos, std::max<int64_t>(rd / 2, 1)});
  if (rd > 0) rotary_tables(cfg_.max_pos, rd, cfg_.rotary_base, rope_cos.f32(), rope_sin.f32());
}

Model::Slot Model::slot(const std::string& name) const {
  Model* self = const_cast<Model*>(this);
  const int64_t H = cfg_.hidden, I = cfg_.intermediate, V = cfg_.vocab, E = cfg_.value_head_dim, L = cfg_.layers;
  auto plain = [](Tensor* t, std::vector<int64_t> shape) { return Slot{SlotKind::Plain, t, nullptr, std::move(shape)}; };
  auto vh = [&](ValueHeadParams& p, const std::string& rest) -> Slot {
    if (rest == "fc1.weight") return plain(&p.fc1_w, {E, H});
    if (rest == "fc1.bias") return plain(&p.fc1_b, {E});
    if (rest == "fc2.weight") return plain(&p.fc2_w, {kLaws, E});
    if (rest == "fc2.bias") return plain(&p.fc2_b, {kLaws});
    throw KalaException("TENSOR_MISSING", "unknown parameter " + name);
  };
  auto layer_index = [&](const std::string& prefix, std::string& rest) -> int64_t {
    size_t dot = name.find('.', prefix.size());
    if (dot == std::string::npos) return -1;
    const std::string idx = name.substr(prefix.size(), dot - prefix.size());
    if (idx.empty() || idx.find_first_not_of("0123456789") != std::string::npos) return -1;
    int64_t i = std::stoll(idx);
    rest = name.substr(dot + 1);
    return i < L ? i : -1;
  };
  std::string rest;
  if (name == "gpt_neox.embed_in.weight") return Slot{SlotKind::Embedding, &self->embed_in, nullptr, {V, H}};
  if (name == "gpt_neox.final_layer_norm.weight") return plain(&self->lnf_w, {H});
  if (name == "gpt_neox.final_layer_norm.bias") return plain(&self->lnf_b, {H});
  if (name == "embed_out.weight") return Slot{SlotKind::Linear, nullptr, &self->embed_out, {V, H}};
  if (name == "kala.aggregator.layer_logits") return plain(&self->agg_logits, {L + 1});
  if (starts_with(name, "kala.final_value_head.")) return vh(self->final_vh, name.substr(22));
  if (starts_with(name, "kala.layers.")) {
    int64_t i = layer_index("kala.layers.", rest);
    if (i >= 0) {
      LayerParams& p = self->layers[i];
      if (rest == "attention_law_gain") return plain(&p.gain, {cfg_.heads});
      if (starts_with(rest, "value_head.")) return vh(p.vh, rest.substr(11));
    }
  }
  if (starts_with(name, "gpt_neox.layers.")) {
    int64_t i = layer_index("gpt_neox.layers.", rest);
    if (i >= 0) {
      LayerParams& p = self->layers[i];
      if (rest == "input_layernorm.weight") return plain(&p.ln1_w, {H});
      if (rest == "input_layernorm.bias") return plain(&p.ln1_b, {H});
      if (rest == "post_attention_layernorm.weight") return plain(&p.ln2_w, {H});
      if (rest == "post_attention_layernorm.bias") return plain(&p.ln2_b, {H});
      struct L4 {
        const char* n;
        LinearParams* p;
        int64_t out, in;
      } lins[] = {{"attention.query_key_value", &p.qkv, 3 * H, H},
                  {"attention.dense", &p.dense, H, H},
                  {"mlp.dense_h_to_4h", &p.fc_in, I, H},
                  {"mlp.dense_4h_to_h", &p.fc_out, H, I}};
      for (auto& l : lins) {
        if (rest == std::string(l.n) + ".weight") return Slot{SlotKind::Linear, nullptr, l.p, {l.out, l.in}};
        if (rest == std::string(l.n) + ".bias") return Slot{SlotKind::LinearBias, &l.p->b, l.p, {l.out}};
      }
    }
  }
  throw KalaException("TENSOR_MISSING", "unknown parameter " + name);
}

std::vector<std::string> Model::names() const {
  std::vector<std::string> n = {"gpt_neox.embed_in.weight"};
  for (int64_t i = 0; i < cfg_.layers; i++) {
    const std::string p = "gpt_neox.layers." + std::to_string(i) + ".";
    for (const char* s : {"input_layernorm.weight", "input_layernorm.bias", "post_attention_layernorm.weight",
                          "post_attention_layernorm.bias", "attention.query_key_value.weight",
                          "attention.query_key_value.bias", "attention.dense.weight", "attention.dense.bias",
                          "mlp.dense_h_to_4h.weight", "mlp.dense_h_to_4h.bias", "mlp.dense_4h_to_h.weight",
                          "mlp.dense_4h_to_h.bias"})
      n.push_back(p + s);
  }
  n.push_back("gpt_neox.final_layer_norm.weight");
  n.push_back("gpt_neox.final_layer_norm.bias");
  n.push_back("embed_out.weight");
  for (int64_t i = 0; i <= cfg_.layers; i++) {
    const std::string p = i < cfg_.layers ? "kala.layers." + std::to_string(i) + ".value_head." : "kala.final_value_head.";
    for (const char* s : {"fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"}) n.push_back(p + s);
    if (i < cfg_.layers) n.push_back("kala.layers." + std::to_string(i) + ".attention_law_gain");
  }
  n.push_back("kala.aggregator.layer_logits");
  return n;
}

std::vector<int64_t> Model::shape_of(const std::string& name) const { return slot(name).shape; }

DType Model::dtype_of(const std::string& name) const {
  Slot s = slot(name);
  if (s.kind == SlotKind::Linear) return s.linear->w.dtype;
  return s.plain->dtype;
}

void Model::set(const std::string& name, const Tensor& src) {
  Slot s = slot(name);
  if (src.shape != s.shape) {
    std::string want, got;
    for (auto d : s.shape) want += (want.empty() ? "" : ",") + std::to_string(d);
    for (auto d : src.shape) got += (got.empty() ? "" : ",") + std::to_string(d);
    throw KalaException("TENSOR_SHAPE", name + " has shape [" + got + "], the config implies [" + want + "]");
  }
  switch (s.kind) {
    case SlotKind::Plain:
    case SlotKind::LinearBias:
      if (src.dtype == DType::I8 || src.dtype == DType::I32)
        throw KalaException("TENSOR_DTYPE", name + " must be a float tensor");
      *s.plain = to_f32(src);
      break;
    case SlotKind::Embedding: {
      if (src.dtype == DType::I8 || src.dtype == DType::I32)
        throw KalaException("TENSOR_DTYPE", name + " must be a float tensor");
      Tensor t = Tensor::empty(src.dtype, src.shape);
      std::memcpy(t.data, src.data, src.nbytes());
      embed_in = t;
      break;
    }
    case SlotKind::Linear:
      if (src.dtype == DType::I8 || src.dtype == DType::I32)
        throw KalaException("TENSOR_DTYPE", name + " is " + dtype_name(src.dtype) + "; use set_quantized for int8 weights");
      s.linear->w = pack_weight(src.data, src.dtype, s.shape[0], s.shape[1], nullptr);
      break;
  }
  assigned_[name] = true;
}

Tensor Model::get(const std::string& name) const {
  if (!has(name)) throw KalaException("TENSOR_MISSING", name + " is not set");
  Slot s = slot(name);
  if (s.kind == SlotKind::Linear) {
    const PackedWeight& w = s.linear->w;
    Tensor t = Tensor::empty(w.dtype, {w.N, w.K});
    unpack_weight(w, t.data);
    return t;
  }
  return *s.plain;
}

std::vector<std::string> Model::missing_base() const {
  std::vector<std::string> out;
  for (const auto& n : names())
    if (!is_kala(n) && !has(n)) out.push_back(n);
  return out;
}

size_t Model::weight_bytes() const {
  size_t total = embed_in.nbytes() + lnf_w.nbytes() + lnf_b.nbytes() + embed_out.w.nbytes() + agg_logits.nbytes();
  auto vh = [](const ValueHeadParams& p) { return p.fc1_w.nbytes() + p.fc1_b.nbytes() + p.fc2_w.nbytes() + p.fc2_b.nbytes(); };
  total += vh(final_vh);
  for (const auto& l : layers) {
    total += l.ln1_w.nbytes() + l.ln1_b.nbytes() + l.ln2_w.nbytes() + l.ln2_b.nbytes() + l.gain.nbytes() + vh(l.vh);
    for (const LinearParams* p : {&l.qkv, &l.dense, &l.fc_in, &l.fc_out}) total += p->w.nbytes() + p->b.nbytes();
  }
  return total;
}

// ------------------------------------------------------------------ initialisation

static Tensor normal_tensor(Rng& rng, std::vector<int64_t> shape, double std, double mean = 0) {
  Tensor t = Tensor::empty(DType::F32, std::move(shape));
  float* p = t.f32();
  for (int64_t i = 0; i < t.numel(); i++) p[i] = (float)(mean + std * rng.normal());
  return t;
}
static Tensor const_tensor(std::vector<int64_t> shape, float v) {
  Tensor t = Tensor::empty(DType::F32, std::move(shape));
  for (int64_t i = 0; i < t.numel(); i++) t.f32()[i] = v;
  return t;
}

void Model::init_random(uint64_t seed, double range) {
  Rng rng(seed);
  for (const auto& n : names()) {
    if (is_kala(n)) continue;
    const auto shape = shape_of(n);
    const bool is_bias = n.size() > 5 && n.compare(n.size() - 5, 5, ".bias") == 0;
    const bool is_norm = n.find("layernorm") != std::string::npos || n.find("final_layer_norm") != std::string::npos;
    Tensor t = is_norm ? const_tensor(shape, is_bias ? 0.f : 1.f) : (is_bias ? const_tensor(shape, 0.f) : normal_tensor(rng, shape, range));
    set(n, t);
  }
  assigned_.erase("kala.aggregator.layer_logits");
  for (const auto& n : names())
    if (is_kala(n)) assigned_.erase(n);
  init_missing_kala(seed ^ 0x6b616c61ull);
}

void Model::init_missing_kala(uint64_t seed) {
  Rng rng(seed);
  const double std1 = 1.0 / std::sqrt((double)cfg_.hidden);
  for (const auto& n : names()) {
    if (!is_kala(n)) continue;
    Tensor t;  // draw in a fixed order regardless of which tensors are missing
    const auto shape = shape_of(n);
    if (n.find("fc1.weight") != std::string::npos) t = normal_tensor(rng, shape, std1);
    else if (n.find("fc2.weight") != std::string::npos) t = normal_tensor(rng, shape, 1.0 / std::sqrt((double)cfg_.value_head_dim) * 0.1);
    else if (n.find("fc2.bias") != std::string::npos) t = const_tensor(shape, 2.0f);
    else t = const_tensor(shape, 0.f);  // fc1 bias, gains, aggregator logits
    if (!has(n)) set(n, t);
  }
}

// ------------------------------------------------------------------ forward

namespace {

// Scratch buffers of one layer's forward, sized for N rows.
struct LayerScratch {
  Tensor a, vh_pre, vh_act, phi, qkv, att, attn_out, m, h4, h4a, mlp_out, mid;
  LayerScratch(const ModelConfig& c, int64_t N) {
    const int64_t H = c.hidden, E = c.value_head_dim;
    a = Tensor::empty(DType::F32, {N, H});
    vh_pre = Tensor::empty(DType::F32, {N, E});
    vh_act = Tensor::empty(DType::F32, {N, E});
    phi = Tensor::empty(DType::F32, {N});
    qkv = Tensor::empty(DType::F32, {N, 3 * H});
    att = Tensor::empty(DType::F32, {N, H});
    attn_out = Tensor::empty(DType::F32, {N, H});
    m = Tensor::empty(DType::F32, {N, H});
    h4 = Tensor::empty(DType::F32, {N, c.intermediate});
    h4a = Tensor::empty(DType::F32, {N, c.intermediate});
    mlp_out = Tensor::empty(DType::F32, {N, H});
    mid = Tensor::empty(DType::F32, {N, H});
  }
};

void add_inplace(float* x, const float* y, int64_t n) {
  parallel_range(n, 1 << 15, [&](int64_t a, int64_t b) {
    for (int64_t i = a; i < b; i++) x[i] += y[i];
  });
}

}  // namespace

ForwardOutput Model::forward(const int32_t* ids, int64_t B, int64_t T, KVCache* cache, bool last_logits_only) const {
  const ModelConfig& c = cfg_;
  const int64_t H = c.hidden, N = B * T, nh = c.heads, d = c.head_dim(), L = c.layers, V = c.vocab;
  const int64_t past = cache ? cache->len : 0;
  for (int64_t i = 0; i < N; i++)
    if (ids[i] < 0 || ids[i] >= V)
      throw KalaException("TOKEN_OUT_OF_RANGE", "token id " + std::to_string(ids[i]) + " is outside the vocabulary [0, " + std::to_string(V) + ")");
  if (past + T > c.max_pos)
    throw KalaException("SEQUENCE_TOO_LONG", "sequence of " + std::to_string(past + T) + " tokens exceeds max_position_embeddings " + std::to_string(c.max_pos));
  if (cache && (cache->B != B || past + T > cache->capacity))
    throw KalaException("INVALID_ARGUMENT", "the KV cache does not fit this batch or length");

  ForwardOutput out;
  out.layer_logits = Tensor::empty(DType::F32, {L + 1, B, T, kLaws});
  out.law_scores = Tensor::empty(DType::F32, {B, T, kLaws});
  Tensor x = Tensor::empty(DType::F32, {N, H});
  embedding_forward(ids, N, embed_in, x.f32());
  LayerScratch s(c, N);

  for (int64_t l = 0; l < L; l++) {
    const LayerParams& p = layers[l];
    float* z = out.layer_logits.f32() + l * N * kLaws;
    layernorm_forward(x.f32(), p.ln1_w.f32(), p.ln1_b.f32(), (float)c.ln_eps, N, H, s.a.f32(), nullptr, nullptr);
    value_head_forward(N, s.a.f32(), p.vh.fc1_w.f32(), p.vh.fc1_b.f32(), p.vh.fc2_w.f32(), p.vh.fc2_b.f32(), H,
                       c.value_head_dim, s.vh_pre.f32(), s.vh_act.f32(), z);
    law_bias_forward(N, z, law_what, s.phi.f32());
    linear_forward(N, s.a.f32(), p.qkv.w, p.qkv.b.defined() ? p.qkv.b.f32() : nullptr, s.qkv.f32());
    rotary_forward(s.qkv.f32(), B, T, nh, d, c.rotary_dims(), past, rope_cos.f32(), rope_sin.f32());
    HeadView q{s.qkv.f32(), T * 3 * H, 3 * H, 3 * d};
    if (cache) {
      // append this step's keys, values and law bias, then attend over the whole cache
      float* kc = cache->k[l].f32();
      float* vc = cache->v[l].f32();
      float* pc = cache->phi[l].f32();
      const int64_t cap = cache->capacity;
      for (int64_t b = 0; b < B; b++)
        for (int64_t t = 0; t < T; t++) {
          const float* row = s.qkv.f32() + (b * T + t) * 3 * H;
          float* krow = kc + ((b * cap) + past + t) * H;
          float* vrow = vc + ((b * cap) + past + t) * H;
          for (int64_t h = 0; h < nh; h++) {
            std::memcpy(krow + h * d, row + h * 3 * d + d, d * sizeof(float));
            std::memcpy(vrow + h * d, row + h * 3 * d + 2 * d, d * sizeof(float));
          }
          pc[b * cap + past + t] = s.phi.f32()[b * T + t];
        }
      HeadView kv{kc, cap * H, H, d}, vv{vc, cap * H, H, d};
      attention_forward(q, kv, vv, pc, cap, p.gain.f32(), B, T, past, nh, d, s.att.f32(), nullptr);
    } else {
      HeadView kv{s.qkv.f32() + d, T * 3 * H, 3 * H, 3 * d}, vv{s.qkv.f32() + 2 * d, T * 3 * H, 3 * H, 3 * d};
      attention_forward(q, kv, vv, s.phi.f32(), T, p.gain.f32(), B, T, 0, nh, d, s.att.f32(), nullptr);
    }
    linear_forward(N, s.att.f32(), p.dense.w, p.dense.b.defined() ? p.dense.b.f32() : nullptr, s.attn_out.f32());
    // parallel residual: the MLP reads LN2(x); sequential: it reads LN2(x + attn)
    const float* mlp_in = x.f32();
    if (!c.parallel_residual) {
      add_inplace(x.f32(), s.attn_out.f32(), N * H);
      mlp_in = x.f32();
    }
    layernorm_forward(mlp_in, p.ln2_w.f32(), p.ln2_b.f32(), (float)c.ln_eps, N, H, s.m.f32(), nullptr, nullptr);
    linear_forward(N, s.m.f32(), p.fc_in.w, p.fc_in.b.defined() ? p.fc_in.b.f32() : nullptr, s.h4.f32());
    gelu_forward(s.h4.f32(), s.h4a.f32(), N * c.intermediate);
    linear_forward(N, s.h4a.f32(), p.fc_out.w, p.fc_out.b.defined() ? p.fc_out.b.f32() : nullptr, s.mlp_out.f32());
    if (c.parallel_residual) add_inplace(x.f32(), s.attn_out.f32(), N * H);
    add_inplace(x.f32(), s.mlp_out.f32(), N * H);
  }
  if (cache) cache->len += T;

  // final norm: all rows feed the monitor head; logits only where asked
  Tensor f = Tensor::empty(DType::F32, {N, H});
  layernorm_forward(x.f32(), lnf_w.f32(), lnf_b.f32(), (float)c.ln_eps, N, H, f.f32(), nullptr, nullptr);
  float* zf = out.layer_logits.f32() + L * N * kLaws;
  value_head_forward(N, f.f32(), final_vh.fc1_w.f32(), final_vh.fc1_b.f32(), final_vh.fc2_w.f32(), final_vh.fc2_b.f32(),
                     H, c.value_head_dim, s.vh_pre.f32(), s.vh_act.f32(), zf);
  Tensor pi = Tensor::empty(DType::F32, {L + 1});
  Tensor zbar = Tensor::empty(DType::F32, {N, kLaws});
  aggregator_forward(L + 1, N, out.layer_logits.f32(), agg_logits.f32(), pi.f32(), zbar.f32(), out.law_scores.f32());

  if (last_logits_only) {
    Tensor last = Tensor::empty(DType::F32, {B, H});
    for (int64_t b = 0; b < B; b++) std::memcpy(last.f32() + b * H, f.f32() + (b * T + T - 1) * H, H * sizeof(float));
    out.logits = Tensor::empty(DType::F32, {B, 1, V});
    linear_forward(B, last.f32(), embed_out.w, nullptr, out.logits.f32());
  } else {
    out.logits = Tensor::empty(DType::F32, {B, T, V});
    linear_forward(N, f.f32(), embed_out.w, nullptr, out.logits.f32());
  }
  return out;
}

}  // namespace kala
