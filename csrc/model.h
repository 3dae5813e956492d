// A KALA model: GPT-NeoX (Pythia) weights plus the constitutional layers of DESIGN §3, with
// the forward pass (full sequence or incremental over a KV cache).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "gemm.h"
#include "tensor.h"

namespace kala {

constexpr int kLaws = 5;

// Upper bounds of config numbers, the same as CONFIG_LIMITS in lib/formats/config.ts: far above any real
// model, low enough that every derived size (weights of a layer, a KV-cache row, a rotary row)
// fits in 64 bits. validate() enforces them because the NativeModel constructor can be called
// without lib/formats/config.ts in front of it.
struct ConfigLimits {
  static constexpr int64_t hidden = 65536, layers = 1024, heads = 1024, intermediate = 262144, vocab = 4194304,
                           max_pos = 268435456, value_head_dim = 65536;
  static constexpr double weight = 1e6;  // law_weights entries, layer_ethics_weight
};

// Every field is set by the binding from the TS config (lib/formats/config.ts owns the defaults);
// the zeros here only keep an unset field from being uninitialized.
struct ModelConfig {
  int64_t hidden = 0, layers = 0, heads = 0, intermediate = 0, vocab = 0, max_pos = 0;
  double rotary_pct = 0, rotary_base = 0, ln_eps = 0;
  bool parallel_residual = false;
  int64_t value_head_dim = 0;
  double law_weights[kLaws] = {0, 0, 0, 0, 0};
  double layer_ethics_weight = 0;
  bool tie_embeddings = false;

  int64_t head_dim() const { return hidden / heads; }
  int64_t rotary_dims() const { return (int64_t)((double)head_dim() * rotary_pct); }
  void validate() const;  // throws KalaException(CONFIG_INVALID) naming the violated bound
};

// Rotary cos/sin rows for positions [0, rows), each max(rotary_dims / 2, 1) floats.
struct RotaryTables {
  Tensor cos, sin;
  int64_t rows = 0;
};

// A LoRA adapter on one module (PEFT semantics, DESIGN §3). Linear: A [r, in], B [out, r],
// y += (dropout(x) A^T B^T) * scale. Embedding: A [r, V], B [H, r], y += B A[:, id] * scale.
struct LoraParams {
  int64_t r = 0;
  float scale = 0.f;
  Tensor A, B;
  bool on() const { return r > 0; }
};

// No defaults here: the TS API owns them (DEFAULT_LORA in lib/formats/adapter.ts) and passes every field.
struct LoraConfig {
  int64_t r = 0;
  double alpha = 0;
  double dropout = 0;
  bool rslora = false;  // scale = alpha / sqrt(r) instead of alpha / r
  std::vector<std::string> targets;
};

struct LinearParams {
  PackedWeight w;  // [out, in], dtype as loaded (f32/f16/bf16) or int8 + scales
  Tensor b;        // [out] f32, undefined when the layer has no bias
};

struct ValueHeadParams {
  Tensor fc1_w, fc1_b, fc2_w, fc2_b;  // [E, H], [E], [5, E], [5], f32
};

struct LayerParams {
  Tensor ln1_w, ln1_b, ln2_w, ln2_b;
  LinearParams qkv, dense, fc_in, fc_out;
  ValueHeadParams vh;
  Tensor gain;  // [heads] attention_law_gain
  LoraParams lora[4];  // on qkv, dense, fc_in, fc_out
};

// The linear modules of a layer, in LayerParams::lora order, with their HF module names.
enum LinearSlot { kQkv = 0, kDense = 1, kFcIn = 2, kFcOut = 3 };
const char* linear_module_name(int slot);  // "attention.query_key_value", ...

// Keys, values (after rotary) and the law bias phi of every past position, per layer.
struct KVCache {
  int64_t B = 0, capacity = 0, len = 0;
  std::vector<Tensor> k, v, phi;  // [B, capacity, heads, d] x2, [B, capacity]
  KVCache(const ModelConfig& cfg, int64_t batch, int64_t capacity);  // sizes checked (INVALID_ARGUMENT / OUT_OF_MEMORY)
  // Copies the first `src.len` positions of every row of `src` (same batch, capacity and layer
  // shapes, or INVALID_ARGUMENT) and its length: a fork of a conversation.
  void copy_from(const KVCache& src);
};

struct ForwardOutput {
  Tensor logits;       // [B, T, V], or [B, 1, V] when only the last position was asked for
  Tensor law_scores;   // [B, T, 5] sigmoid of the aggregated law logits
  Tensor layer_logits; // [L+1, B, T, 5] per-head law logits
};

// A parameter's row-major data for Model::set: held in memory (`data`), or read in pieces from
// a checkpoint (`read(offset, bytes, dst)`, offsets from the tensor's first byte). A read source
// goes straight into the parameter's storage where the storage keeps its dtype (f32 tensors,
// embeddings); conversions and packing read it through `slabs` a bounded slab at a time.
struct SlabBuffer {
  size_t limit = size_t(16) << 20;  // bytes per slab (at least one sliver of rows of a linear weight)
  void* get(size_t bytes);          // grows on demand, never zeroed, reused from tensor to tensor
 private:
  std::shared_ptr<void> block_;
  size_t bytes_ = 0;
};

struct TensorSource {
  DType dtype = DType::F32;
  std::vector<int64_t> shape;
  const void* data = nullptr;
  std::function<void(uint64_t offset, size_t bytes, void* dst)> read;
  SlabBuffer* slabs = nullptr;  // required with `read`
  size_t nbytes() const { return (size_t)checked_numel(shape, dtype_size(dtype)) * dtype_size(dtype); }
};

class Model {
 public:
  explicit Model(const ModelConfig& cfg);

  const ModelConfig& config() const { return cfg_; }

  // Parameter access by checkpoint name (HF GPT-NeoX names and kala.* names of DESIGN §4).
  // set() converts to the slot's storage (linear weights packed in their dtype, the rest f32).
  void set(const std::string& name, const Tensor& src, bool quantize_int8 = false);
  void set(const std::string& name, const TensorSource& src, bool quantize_int8 = false);
  // An int8 linear weight with its per-row scales (an int8 KALA checkpoint).
  void set_quantized(const std::string& weight_name, const Tensor& q, const Tensor& scale);
  void set_quantized(const std::string& weight_name, const TensorSource& q, const Tensor& scale);
  // A row-major tensor holding the parameter as stored (linear weights unpacked).
  Tensor get(const std::string& name) const;
  bool has(const std::string& name) const { return assigned_.count(name) > 0; }
  // Every parameter name of this architecture, base first, then kala.*.
  std::vector<std::string> names() const;
  // What a checkpoint of this model stores: names() plus `<name>_scale` after int8 weights.
  std::vector<std::string> storage_names() const;
  std::vector<int64_t> shape_of(const std::string& name) const;
  DType dtype_of(const std::string& name) const;  // storage dtype of a set parameter
  // The live storage of a parameter for training: f32 tensors directly; a packed linear
  // weight through `packed` (then the returned tensor is undefined).
  Tensor live(const std::string& name, PackedWeight** packed = nullptr);
  bool is_kala(const std::string& name) const { return name.rfind("kala.", 0) == 0; }
  // The linear weights that may be int8 (qkv, dense, h_to_4h, 4h_to_h, embed_out).
  bool is_linear_weight(const std::string& name) const;

  // HF-style random initialisation of every parameter (KalaModel.create).
  void init_random(uint64_t seed, double initializer_range);
  // Gives every kala.* parameter that was not loaded its neutral default: value heads small
  // random (fc2 bias +2: scores start near "satisfied"), gains 0, aggregator uniform.
  void init_missing_kala(uint64_t seed);
  // Names of base (non-kala) parameters not yet set.
  std::vector<std::string> missing_base() const;

  // LoRA (PEFT names: base_model.model.<module>.lora_A.weight, lora_embedding_A, ...).
  // attach_lora allocates A (kaiming-uniform) and B (zeros) on every target module; set()
  // can then overwrite them from an adapter file.
  void attach_lora(const LoraConfig& cfg, uint64_t seed);
  void detach_lora();
  // Folds every adapter into float base weights (W += scale B A) and detaches it.
  void merge_lora();
  bool has_lora() const { return lora_cfg_.r > 0 && lora_attached_; }
  const LoraConfig& lora_config() const { return lora_cfg_; }
  std::vector<std::string> lora_names() const;

  // Forward over ids [B, T]. With a cache, positions continue from cache->len and the cache is
  // extended by T. last_logits_only computes logits for the final position of each row.
  ForwardOutput forward(const int32_t* ids, int64_t B, int64_t T, KVCache* cache, bool last_logits_only) const;

  size_t weight_bytes() const;  // bytes of all parameters as stored

  // Exposed for training and tests.
  Tensor embed_in;
  std::vector<LayerParams> layers;
  Tensor lnf_w, lnf_b;
  LinearParams embed_out;
  ValueHeadParams final_vh;
  Tensor agg_logits;  // [L+1]
  LoraParams lora_embed_in, lora_embed_out;
  double law_what[kLaws];  // w / sum(w)

  // Rotary tables covering positions [0, rows): computed on first use and grown geometrically
  // (up to max_position_embeddings) as longer sequences arrive, so a large
  // max_position_embeddings costs nothing until those positions are used. Thread-safe; a grown
  // table replaces the old one, which stays valid for callers still holding it.
  // rows > max_position_embeddings: SEQUENCE_TOO_LONG.
  RotaryTables rotary(int64_t rows) const;

 private:
  struct Slot;
  Slot slot(const std::string& name) const;
  ModelConfig cfg_;
  std::map<std::string, bool> assigned_;
  LoraConfig lora_cfg_;
  bool lora_attached_ = false;
  mutable std::mutex rope_mu_;
  mutable RotaryTables rope_;
};

}  // namespace kala
