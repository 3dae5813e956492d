#include "model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "forward.h"
#include "ops/ops.h"
#include "rng.h"
#include "threadpool.h"

namespace kala {

void ModelConfig::validate() const {
  auto bad = [](const std::string& m) { throw KalaException(ErrorCode::CONFIG_INVALID, m); };
  auto bound = [&](const char* key, int64_t v, int64_t max) {
    if (v <= 0 || v > max) bad(std::string(key) + " must be between 1 and " + std::to_string(max) + " (got " + std::to_string(v) + ")");
  };
  using Lim = ConfigLimits;
  bound("hidden_size", hidden, Lim::hidden);
  bound("num_hidden_layers", layers, Lim::layers);
  bound("num_attention_heads", heads, Lim::heads);
  bound("intermediate_size", intermediate, Lim::intermediate);
  bound("vocab_size", vocab, Lim::vocab);
  bound("max_position_embeddings", max_pos, Lim::max_pos);
  bound("kala.value_head_dim", value_head_dim, Lim::value_head_dim);
  if (heads > hidden) bad("num_attention_heads must be at most hidden_size");
  if (hidden % heads != 0) bad("hidden_size must be divisible by num_attention_heads");
  if (!(rotary_pct >= 0 && rotary_pct <= 1)) bad("rotary_pct must be in [0, 1]");
  if (rotary_dims() % 2 != 0) bad("rotary dims (head_dim * rotary_pct) must be even");
  if (!(std::isfinite(rotary_base) && rotary_base > 0)) bad("rotary_emb_base must be a positive finite number");
  if (!(ln_eps > 0 && ln_eps <= 1)) bad("layer_norm_eps must be in (0, 1]");
  if (!(layer_ethics_weight >= 0 && layer_ethics_weight <= Lim::weight)) bad("kala.layer_ethics_weight must be between 0 and 1e6");
  double s = 0;
  for (double w : law_weights) {
    if (!(w >= 0 && w <= Lim::weight)) bad("kala.law_weights must be between 0 and 1e6");
    s += w;
  }
  if (!(s > 0)) bad("kala.law_weights must not all be zero");
}

KVCache::KVCache(const ModelConfig& cfg, int64_t batch, int64_t cap) : B(batch), capacity(cap) {
  if (batch <= 0 || cap <= 0) throw KalaException(ErrorCode::INVALID_ARGUMENT, "KV cache batch and capacity must be positive");
  // bytes of the whole cache, checked before any layer is allocated
  const int64_t row = checked_mul(checked_mul(cfg.heads, cfg.head_dim()), 2) + 1;  // k, v and phi floats per position
  const int64_t total = checked_mul(checked_mul(checked_mul(checked_mul(batch, cap), row), cfg.layers), 4);
  if ((uint64_t)total > kMaxAllocBytes)
    throw KalaException(ErrorCode::OUT_OF_MEMORY, "a KV cache of " + std::to_string(batch) + " x " + std::to_string(cap) + " positions needs " +
                                            std::to_string(total) + " bytes");
  for (int64_t l = 0; l < cfg.layers; l++) {
    k.push_back(Tensor::empty(DType::F32, {batch, cap, cfg.heads, cfg.head_dim()}));
    v.push_back(Tensor::empty(DType::F32, {batch, cap, cfg.heads, cfg.head_dim()}));
    phi.push_back(Tensor::empty(DType::F32, {batch, cap}));
  }
}

void KVCache::copy_from(const KVCache& src) {
  if (src.B != B || src.capacity != capacity || src.k.size() != k.size() || (!k.empty() && src.k[0].shape != k[0].shape))
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "a KV cache can only be copied from one of the same model, batch and capacity");
  for (size_t l = 0; l < k.size(); l++) {
    // per row: positions [0, len) are contiguous ([B, capacity, heads, d] and [B, capacity])
    const size_t pos_bytes = k[l].nbytes() / (size_t)(B * capacity);
    for (int64_t b = 0; b < B; b++) {
      const size_t at = (size_t)(b * capacity) * pos_bytes, n = (size_t)src.len * pos_bytes;
      std::memcpy((char*)k[l].data + at, (const char*)src.k[l].data + at, n);
      std::memcpy((char*)v[l].data + at, (const char*)src.v[l].data + at, n);
      std::memcpy((float*)phi[l].data + b * capacity, (const float*)src.phi[l].data + b * capacity, (size_t)src.len * sizeof(float));
    }
  }
  len = src.len;
}

RotaryTables Model::rotary(int64_t rows) const {
  if (rows > cfg_.max_pos)
    throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "position " + std::to_string(rows - 1) + " is past max_position_embeddings " + std::to_string(cfg_.max_pos));
  std::lock_guard<std::mutex> lock(rope_mu_);
  if (rope_.rows >= rows && rope_.rows > 0) return rope_;
  // grow geometrically so a long generation recomputes the table O(log n) times
  const int64_t n = std::min<int64_t>(cfg_.max_pos, std::max<int64_t>({rows, rope_.rows * 2, 256}));
  const int64_t rd = cfg_.rotary_dims();
  RotaryTables t;
  t.rows = n;
  t.cos = Tensor::empty(DType::F32, {n, std::max<int64_t>(rd / 2, 1)});
  t.sin = Tensor::empty(DType::F32, {n, std::max<int64_t>(rd / 2, 1)});
  if (rd > 0) rotary_tables(n, rd, cfg_.rotary_base, t.cos.f32(), t.sin.f32());
  rope_ = t;
  return t;
}

// ------------------------------------------------------------------ parameters by name

enum class SlotKind { Plain, Linear, LinearBias, LinearScale, Embedding };

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
    throw KalaException(ErrorCode::TENSOR_MISSING, "unknown parameter " + name);
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
  if (starts_with(name, "base_model.model.")) {
    auto lora_slot = [&](LoraParams& lo, bool embedding, const std::string& suffix) -> Slot {
      if (!lo.on()) throw KalaException(ErrorCode::TENSOR_MISSING, name + ": no LoRA is attached to that module (check target_modules)");
      const bool isA = embedding ? suffix == "lora_embedding_A" : suffix == "lora_A.weight";
      const bool isB = embedding ? suffix == "lora_embedding_B" : suffix == "lora_B.weight";
      if (!isA && !isB) throw KalaException(ErrorCode::TENSOR_MISSING, "unknown adapter tensor " + name);
      return plain(isA ? &lo.A : &lo.B, isA ? lo.A.shape : lo.B.shape);
    };
    const std::string mod_and_suffix = name.substr(17);
    if (starts_with(mod_and_suffix, "gpt_neox.embed_in.")) return lora_slot(self->lora_embed_in, true, mod_and_suffix.substr(18));
    if (starts_with(mod_and_suffix, "embed_out.")) return lora_slot(self->lora_embed_out, false, mod_and_suffix.substr(10));
    if (starts_with(mod_and_suffix, "gpt_neox.layers.")) {
      const std::string lname = mod_and_suffix;
      size_t dot = lname.find('.', 16);
      if (dot != std::string::npos) {
        const std::string idx = lname.substr(16, dot - 16);
        if (!idx.empty() && idx.find_first_not_of("0123456789") == std::string::npos && std::stoll(idx) < L) {
          const std::string after = lname.substr(dot + 1);
          for (int sl = 0; sl < 4; sl++) {
            const std::string mod = std::string(linear_module_name(sl)) + ".";
            if (starts_with(after, mod)) return lora_slot(self->layers[std::stoll(idx)].lora[sl], false, after.substr(mod.size()));
          }
        }
      }
    }
    throw KalaException(ErrorCode::TENSOR_MISSING, "unknown adapter tensor " + name);
  }
  if (name == "gpt_neox.embed_in.weight") return Slot{SlotKind::Embedding, &self->embed_in, nullptr, {V, H}};
  if (name == "gpt_neox.final_layer_norm.weight") return plain(&self->lnf_w, {H});
  if (name == "gpt_neox.final_layer_norm.bias") return plain(&self->lnf_b, {H});
  if (name == "embed_out.weight") return Slot{SlotKind::Linear, nullptr, &self->embed_out, {V, H}};
  if (name == "embed_out.weight_scale") return Slot{SlotKind::LinearScale, nullptr, &self->embed_out, {V}};
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
        if (rest == std::string(l.n) + ".weight_scale") return Slot{SlotKind::LinearScale, nullptr, l.p, {l.out}};
        if (rest == std::string(l.n) + ".bias") return Slot{SlotKind::LinearBias, &l.p->b, l.p, {l.out}};
      }
    }
  }
  throw KalaException(ErrorCode::TENSOR_MISSING, "unknown parameter " + name);
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

bool Model::is_linear_weight(const std::string& name) const {
  try {
    return slot(name).kind == SlotKind::Linear;
  } catch (const KalaException&) {
    return false;
  }
}

std::vector<std::string> Model::storage_names() const {
  std::vector<std::string> out;
  for (const auto& n : names()) {
    out.push_back(n);
    Slot s = slot(n);
    if (s.kind == SlotKind::Linear && s.linear->w.dtype == DType::I8) out.push_back(n + "_scale");
  }
  return out;
}

DType Model::dtype_of(const std::string& name) const {
  Slot s = slot(name);
  if (s.kind == SlotKind::Linear) return s.linear->w.dtype;
  if (s.kind == SlotKind::LinearScale) return DType::F32;
  return s.plain->dtype;
}

void* SlabBuffer::get(size_t bytes) {
  if (bytes > bytes_) {
    block_.reset();
    block_ = alloc_aligned(bytes, false);
    bytes_ = bytes;
  }
  return block_.get();
}

static TensorSource in_memory(const Tensor& t) {
  TensorSource s;
  s.dtype = t.dtype;
  s.shape = t.shape;
  s.data = t.data;
  return s;
}

// Bytes [offset, offset + bytes) of a source: a pointer into it in memory, else read into the
// slab buffer (valid until the next slab).
static const void* slab_of(const TensorSource& src, uint64_t offset, size_t bytes) {
  if (src.data) return static_cast<const char*>(src.data) + offset;
  void* p = src.slabs->get(bytes);
  src.read(offset, bytes, p);
  return p;
}

// The whole source into dst in its own dtype; a read source in slab-sized reads, so each read
// is a point where the loader can stop (cancel) and no single call is huge.
static void copy_source(const TensorSource& src, void* dst) {
  const size_t bytes = src.nbytes();
  if (src.data) {
    std::memcpy(dst, src.data, bytes);
    return;
  }
  const size_t step = std::max<size_t>(src.slabs->limit, 1);
  for (size_t o = 0; o < bytes; o += step) src.read(o, std::min(step, bytes - o), static_cast<char*>(dst) + o);
}

// Rows per slab of a linear weight: whole slivers of nr rows within the slab limit (at least one).
static int64_t slab_rows(const TensorSource& src, int64_t row_bytes, int nr) {
  if (src.data) return src.shape[0];  // in memory: one slab
  const int64_t fit = row_bytes > 0 ? (int64_t)(src.slabs->limit / (size_t)row_bytes) : src.shape[0];
  return std::max<int64_t>(nr, fit / nr * nr);
}

// Packs (or quantizes) every row of a source into w, slab by slab.
static void pack_source(PackedWeight& w, const TensorSource& src, bool quantize) {
  const int64_t N = src.shape[0], K = src.shape[1];
  const int64_t row_bytes = K * (int64_t)dtype_size(src.dtype);
  const int64_t step = slab_rows(src, row_bytes, w.nr);
  for (int64_t r = 0; r < N; r += step) {
    const int64_t rows = std::min(step, N - r);
    const void* p = slab_of(src, (uint64_t)r * row_bytes, (size_t)(rows * row_bytes));
    if (quantize) quantize_pack_rows(w, p, src.dtype, r, rows);
    else pack_rows(w, p, r, rows);
  }
}

void Model::set_quantized(const std::string& name, const Tensor& q, const Tensor& scale) { set_quantized(name, in_memory(q), scale); }

void Model::set_quantized(const std::string& name, const TensorSource& q, const Tensor& scale) {
  Slot s = slot(name);
  if (s.kind != SlotKind::Linear) throw KalaException(ErrorCode::TENSOR_DTYPE, name + " is not a linear weight; only linear layers may be int8");
  if (q.dtype != DType::I8 || q.shape != s.shape) throw KalaException(ErrorCode::TENSOR_SHAPE, name + " must be I8 [" + std::to_string(s.shape[0]) + ", " + std::to_string(s.shape[1]) + "]");
  if (scale.dtype != DType::F32 || scale.shape != std::vector<int64_t>{s.shape[0]})
    throw KalaException(ErrorCode::TENSOR_SHAPE, name + "_scale must be F32 [" + std::to_string(s.shape[0]) + "]");
  PackedWeight w = alloc_packed(DType::I8, s.shape[0], s.shape[1], scale.f32());
  pack_source(w, q, false);
  s.linear->w = std::move(w);
  assigned_[name] = true;
}

void Model::set(const std::string& name, const Tensor& src, bool quantize_int8) { set(name, in_memory(src), quantize_int8); }

void Model::set(const std::string& name, const TensorSource& src, bool quantize_int8) {
  Slot s = slot(name);
  if (src.shape != s.shape) {
    std::string want, got;
    for (auto d : s.shape) want += (want.empty() ? "" : ",") + std::to_string(d);
    for (auto d : src.shape) got += (got.empty() ? "" : ",") + std::to_string(d);
    throw KalaException(ErrorCode::TENSOR_SHAPE, name + " has shape [" + got + "], the config implies [" + want + "]");
  }
  // the new storage is built whole before it replaces the old: a read that fails part-way
  // (truncated file, cancel) leaves the parameter as it was
  switch (s.kind) {
    case SlotKind::Plain:
    case SlotKind::LinearBias: {
      if (src.dtype == DType::I8 || src.dtype == DType::I32)
        throw KalaException(ErrorCode::TENSOR_DTYPE, name + " must be a float tensor");
      Tensor t = Tensor::uninit(DType::F32, s.shape);
      if (src.dtype == DType::F32) {
        copy_source(src, t.data);
      } else {
        const int64_t n = t.numel(), es = (int64_t)dtype_size(src.dtype);
        const int64_t step = src.data ? std::max<int64_t>(n, 1) : std::max<int64_t>(1, (int64_t)src.slabs->limit / es);
        for (int64_t e = 0; e < n; e += step) {
          const int64_t m = std::min(step, n - e);
          convert_to_f32(slab_of(src, (uint64_t)(e * es), (size_t)(m * es)), src.dtype, m, t.f32() + e);
        }
      }
      *s.plain = std::move(t);
      break;
    }
    case SlotKind::Embedding: {
      if (src.dtype == DType::I8 || src.dtype == DType::I32)
        throw KalaException(ErrorCode::TENSOR_DTYPE, name + " must be a float tensor");
      Tensor t = Tensor::uninit(src.dtype, src.shape);
      copy_source(src, t.data);
      embed_in = std::move(t);
      break;
    }
    case SlotKind::Linear: {
      if (src.dtype == DType::I8 || src.dtype == DType::I32)
        throw KalaException(ErrorCode::TENSOR_DTYPE, name + " is " + dtype_name(src.dtype) + "; an int8 weight needs its " + name + "_scale");
      PackedWeight w = alloc_packed(quantize_int8 ? DType::I8 : src.dtype, s.shape[0], s.shape[1]);
      pack_source(w, src, quantize_int8);
      s.linear->w = std::move(w);
      break;
    }
    case SlotKind::LinearScale:
      throw KalaException(ErrorCode::TENSOR_DTYPE, name + " is set together with its int8 weight");
  }
  assigned_[name] = true;
}

Tensor Model::live(const std::string& name, PackedWeight** packed) {
  Slot s = slot(name);
  if (s.kind == SlotKind::LinearScale) throw KalaException(ErrorCode::INVALID_ARGUMENT, name + " is not a trainable parameter");
  if (packed) *packed = nullptr;
  if (s.kind == SlotKind::Linear) {
    if (packed) *packed = &s.linear->w;
    return Tensor();
  }
  return *s.plain;
}

Tensor Model::get(const std::string& name) const {
  Slot s = slot(name);
  if (s.kind == SlotKind::LinearScale) {
    const PackedWeight& w = s.linear->w;
    if (w.dtype != DType::I8) throw KalaException(ErrorCode::TENSOR_MISSING, name + ": the weight is not int8");
    Tensor t = Tensor::empty(DType::F32, {w.N});
    std::memcpy(t.data, w.scale_storage.get(), w.N * sizeof(float));
    return t;
  }
  if (!has(name)) throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not set");
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
  // int8 scales
  auto scales = [](const PackedWeight& w) { return w.dtype == DType::I8 ? (size_t)w.N * sizeof(float) : 0; };
  total += scales(embed_out.w);
  for (const auto& l : layers) total += scales(l.qkv.w) + scales(l.dense.w) + scales(l.fc_in.w) + scales(l.fc_out.w);
  return total;
}

// ------------------------------------------------------------------ LoRA

const char* linear_module_name(int slot) {
  static const char* names[4] = {"attention.query_key_value", "attention.dense", "mlp.dense_h_to_4h", "mlp.dense_4h_to_h"};
  return names[slot];
}

// PEFT matches a target against the module name, or its suffix after a dot.
static bool target_matches(const std::vector<std::string>& targets, const std::string& module) {
  for (const auto& t : targets)
    if (module == t || (module.size() > t.size() && module.compare(module.size() - t.size() - 1, t.size() + 1, "." + t) == 0))
      return true;
  return false;
}

void Model::attach_lora(const LoraConfig& lc, uint64_t seed) {
  if (lc.r <= 0) throw KalaException(ErrorCode::INVALID_ARGUMENT, "LoRA rank r must be positive");
  if (!(lc.dropout >= 0 && lc.dropout < 1)) throw KalaException(ErrorCode::INVALID_ARGUMENT, "LoRA dropout must be in [0, 1)");
  detach_lora();
  lora_cfg_ = lc;
  const float scale = (float)(lc.rslora ? lc.alpha / std::sqrt((double)lc.r) : lc.alpha / (double)lc.r);
  Rng rng(seed);
  int attached = 0;
  auto linear = [&](LoraParams& lo, int64_t out, int64_t in) {
    lo.r = lc.r;
    lo.scale = scale;
    lo.A = Tensor::empty(DType::F32, {lc.r, in});
    const double bound = 1.0 / std::sqrt((double)in);  // kaiming_uniform(a = sqrt 5)
    for (int64_t i = 0; i < lo.A.numel(); i++) lo.A.f32()[i] = (float)((rng.uniform() * 2 - 1) * bound);
    lo.B = Tensor::empty(DType::F32, {out, lc.r});
    attached++;
  };
  const int64_t H = cfg_.hidden, I = cfg_.intermediate, V = cfg_.vocab;
  const int64_t outs[4] = {3 * H, H, I, H}, ins[4] = {H, H, H, I};
  for (int64_t l = 0; l < cfg_.layers; l++)
    for (int sl = 0; sl < 4; sl++)
      if (target_matches(lc.targets, "gpt_neox.layers." + std::to_string(l) + "." + linear_module_name(sl)))
        linear(layers[l].lora[sl], outs[sl], ins[sl]);
  if (target_matches(lc.targets, "gpt_neox.embed_in")) {
    lora_embed_in.r = lc.r;
    lora_embed_in.scale = scale;
    lora_embed_in.A = Tensor::empty(DType::F32, {lc.r, V});
    lora_embed_in.B = Tensor::empty(DType::F32, {H, lc.r});
    for (int64_t i = 0; i < lora_embed_in.B.numel(); i++) lora_embed_in.B.f32()[i] = (float)rng.normal();
    attached++;
  }
  if (target_matches(lc.targets, "embed_out")) linear(lora_embed_out, V, H);
  if (attached == 0) throw KalaException(ErrorCode::INVALID_ARGUMENT, "no module matches the LoRA target_modules");
  lora_attached_ = true;
  for (const auto& n : lora_names()) assigned_[n] = true;
}

void Model::detach_lora() {
  for (auto it = assigned_.begin(); it != assigned_.end();) it = starts_with(it->first, "base_model.") ? assigned_.erase(it) : std::next(it);
  for (auto& l : layers)
    for (auto& lo : l.lora) lo = LoraParams();
  lora_embed_in = LoraParams();
  lora_embed_out = LoraParams();
  lora_attached_ = false;
}

std::vector<std::string> Model::lora_names() const {
  std::vector<std::string> n;
  const std::string p = "base_model.model.";
  if (lora_embed_in.on()) {
    n.push_back(p + "gpt_neox.embed_in.lora_embedding_A");
    n.push_back(p + "gpt_neox.embed_in.lora_embedding_B");
  }
  for (int64_t l = 0; l < cfg_.layers; l++)
    for (int sl = 0; sl < 4; sl++)
      if (layers[l].lora[sl].on()) {
        const std::string m = p + "gpt_neox.layers." + std::to_string(l) + "." + linear_module_name(sl);
        n.push_back(m + ".lora_A.weight");
        n.push_back(m + ".lora_B.weight");
      }
  if (lora_embed_out.on()) {
    n.push_back(p + "embed_out.lora_A.weight");
    n.push_back(p + "embed_out.lora_B.weight");
  }
  return n;
}

// W + scale B A as a row-major f32 [out, in] (the weight dequantised or widened first).
static Tensor merged_f32(const PackedWeight& w, const LoraParams& lo) {
  Tensor raw = Tensor::empty(w.dtype, {w.N, w.K});
  unpack_weight(w, raw.data);
  Tensor f = to_f32(raw);
  std::vector<float> bs((size_t)w.N * lo.r);
  for (size_t i = 0; i < bs.size(); i++) bs[i] = lo.B.f32()[i] * lo.scale;
  sgemm(w.N, w.K, lo.r, bs.data(), lo.r, false, lo.A.f32(), w.K, false, f.f32(), w.K, true);
  return f;
}

void Model::merge_lora() {
  if (!has_lora()) return;
  auto merge = [&](LinearParams& lin, const LoraParams& lo) {
    if (!lo.on()) return;
    if (lin.w.dtype == DType::I8) throw KalaException(ErrorCode::INVALID_ARGUMENT, "int8 weights cannot take a merged adapter; load it unmerged");
    Tensor f = merged_f32(lin.w, lo);
    lin.w = pack_weight(f.data, DType::F32, lin.w.N, lin.w.K, nullptr);
  };
  for (auto& l : layers) {
    merge(l.qkv, l.lora[kQkv]);
    merge(l.dense, l.lora[kDense]);
    merge(l.fc_in, l.lora[kFcIn]);
    merge(l.fc_out, l.lora[kFcOut]);
  }
  merge(embed_out, lora_embed_out);
  if (lora_embed_in.on()) {
    const LoraParams& lo = lora_embed_in;
    Tensor f = to_f32(embed_in);  // [V, H] += scale (B A)^T
    std::vector<float> as((size_t)lo.r * cfg_.vocab);
    for (size_t i = 0; i < as.size(); i++) as[i] = lo.A.f32()[i] * lo.scale;
    sgemm(cfg_.vocab, cfg_.hidden, lo.r, as.data(), cfg_.vocab, true, lo.B.f32(), lo.r, true, f.f32(), cfg_.hidden, true);
    embed_in = f;
  }
  detach_lora();
}

// ------------------------------------------------------------------ initialisation

// The draws come from one sequential stream (cheap); the log/sqrt/cos that turn them into normals
// (the expensive part: seconds for a large vocabulary) run on every core, chunk by chunk.
static Tensor normal_tensor(Rng& rng, std::vector<int64_t> shape, double std, double mean = 0) {
  Tensor t = Tensor::empty(DType::F32, std::move(shape));
  float* p = t.f32();
  const int64_t n = t.numel(), chunk = int64_t(1) << 20;
  std::vector<uint64_t> draws((size_t)std::min(n, chunk) * 2);
  for (int64_t c0 = 0; c0 < n; c0 += chunk) {
    const int64_t m = std::min(chunk, n - c0);
    for (int64_t i = 0; i < 2 * m; i++) draws[(size_t)i] = rng.next();
    parallel_range(m, 16384, [&](int64_t b, int64_t e) {
      for (int64_t i = b; i < e; i++) p[c0 + i] = (float)(mean + std * Rng::normal_from(draws[(size_t)(2 * i)], draws[(size_t)(2 * i + 1)]));
    });
  }
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
  const std::vector<std::string> all = names();
  // a KALA checkpoint carries them all: then nothing is drawn (the draws would all be discarded)
  if (std::all_of(all.begin(), all.end(), [&](const std::string& n) { return !is_kala(n) || has(n); })) return;
  Rng rng(seed);
  const double std1 = 1.0 / std::sqrt((double)cfg_.hidden);
  for (const auto& n : all) {
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

ForwardOutput Model::forward(const int32_t* ids, int64_t B, int64_t T, KVCache* cache, bool last_logits_only) const {
  const ModelConfig& c = cfg_;
  const int64_t H = c.hidden, N = B * T, L = c.layers, V = c.vocab;
  const int64_t past = cache ? cache->len : 0;
  for (int64_t i = 0; i < N; i++)
    if (ids[i] < 0 || ids[i] >= V)
      throw KalaException(ErrorCode::TOKEN_OUT_OF_RANGE, "token id " + std::to_string(ids[i]) + " is outside the vocabulary [0, " + std::to_string(V) + ")");
  if (past + T > c.max_pos)
    throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "sequence of " + std::to_string(past + T) + " tokens exceeds max_position_embeddings " + std::to_string(c.max_pos));
  if (cache && (cache->B != B || past + T > cache->capacity))
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "the KV cache does not fit this batch or length");

  ForwardOutput out;
  out.layer_logits = Tensor::empty(DType::F32, {L + 1, B, T, kLaws});
  out.law_scores = Tensor::empty(DType::F32, {B, T, kLaws});
  Tensor x = Tensor::empty(DType::F32, {N, H});
  embed_forward(*this, ids, N, x.f32());
  ForwardCtx ctx;
  ctx.B = B;
  ctx.T = T;
  ctx.past = past;
  ctx.cache = cache;
  LayerActs acts;  // one set, reused by every layer
  acts.alloc(*this, N, false);
  for (int64_t l = 0; l < L; l++) layer_forward(*this, l, x.f32(), out.layer_logits.f32() + l * N * kLaws, acts, ctx);
  if (cache) cache->len += T;

  HeadActs head;
  std::vector<int64_t> rows;
  if (last_logits_only)
    for (int64_t b = 0; b < B; b++) rows.push_back(b * T + T - 1);
  out.logits = Tensor::empty(DType::F32, {B, last_logits_only ? 1 : T, V});
  head_forward(*this, x.f32(), N, out.layer_logits.f32(), out.law_scores.f32(), last_logits_only ? rows.data() : nullptr,
               (int64_t)rows.size(), out.logits.f32(), head, ctx);
  return out;
}

}  // namespace kala
