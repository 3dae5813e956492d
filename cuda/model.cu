// The device model (kala_model.h): weights uploaded once; forward, KV-cache decoding and the
// training step composed from the CUDA ops in the same order as the CPU engine
// (csrc/forward.cpp layer_forward/head_forward, csrc/backward.cpp, csrc/trainer.cpp compute).
#include <cmath>
#include <cstring>
#include <mutex>

#include "common.cuh"
#include "forward.h"
#include "half.h"
#include "kala_model.h"

namespace kala::cuda {

// ---------------------------------------------------------------- device parameters
struct DevLinear {
  Weight W;
  const float* bias = nullptr;
};
struct DevLora {
  float* A = nullptr;
  float* B = nullptr;
  int64_t r = 0;
  float scale = 0.f;
};
struct DevVH {
  float *fc1_w = nullptr, *fc1_b = nullptr, *fc2_w = nullptr, *fc2_b = nullptr;
};
struct DevLayer {
  float *ln1_w, *ln1_b, *ln2_w, *ln2_b;
  DevLinear lin[4];
  DevVH vh;
  float* gain;
  DevLora lora[4];
};
struct Param {
  float* w = nullptr;
  int64_t n = 0;
  std::vector<int64_t> shape;
  DeviceBuffer g, m, v;
  bool decay = false, clamp = false;
};

// Bump allocator for activations. During a pass, chunks are added as needed (at least 64 MB,
// so the unused tails stay small); the next reset() replaces them by one chunk of the size the
// pass actually used, so a repeated pass (training step, decode step) allocates nothing.
class Arena {
 public:
  void* alloc(size_t bytes) {
    bytes = (bytes + 255) & ~size_t(255);
    if (chunks_.empty() || off_ + bytes > chunks_.back().bytes()) {
      chunks_.emplace_back(std::max<size_t>(bytes, 64u << 20));
      off_ = 0;
    }
    void* p = static_cast<char*>(chunks_.back().get()) + off_;
    off_ += bytes;
    used_ += bytes;
    high_ = std::max(high_, used_);
    return p;
  }
  float* f(int64_t n) { return static_cast<float*>(alloc((size_t)n * 4)); }
  void reset() {
    if (chunks_.size() > 1) {
      chunks_.clear();  // frees first, then one chunk for what a pass needs
      chunks_.emplace_back(high_ + (1u << 20));
    }
    off_ = 0;
    used_ = 0;
  }

 private:
  std::vector<DeviceBuffer> chunks_;
  size_t off_ = 0, used_ = 0, high_ = 0;
};

struct DActs {
  float *x_in = nullptr, *a, *ln1_mean, *ln1_rstd, *vh_pre, *vh_act, *phi, *qkv, *lse, *att, *mid = nullptr, *m,
        *ln2_mean, *ln2_rstd, *h4, *h4a, *attn_out, *mlp_out;
  float* lora_u[4] = {};
};

struct DCtx {
  int64_t B = 0, T = 0, past = 0;
  const int32_t* positions = nullptr;
  const int32_t* key_start = nullptr;
  DeviceModel::Cache* cache = nullptr;
  bool dropout = false;
  uint64_t seed = 0;
};

struct DeviceModel::Cache {
  int64_t B = 0, cap = 0, len = 0;
  DType dt = DType::F32;
  std::vector<DeviceBuffer> k, v, phi;
};

struct DeviceModel::Impl {
  std::vector<DeviceBuffer> keep;  // every uploaded tensor
  const void* embed_in = nullptr;
  DType embed_dt = DType::F32;
  std::vector<DevLayer> layers;
  float *lnf_w = nullptr, *lnf_b = nullptr, *agg = nullptr;
  DevLinear embed_out;
  DevVH fvh;
  DevLora lora_in, lora_out;
  float *cos = nullptr, *sin = nullptr;
  std::map<std::string, float*> by_name;  // kala.* and LoRA tensors (trainable candidates)
  std::map<std::string, std::vector<int64_t>> shapes;
  std::map<std::string, Param> params;
  std::vector<std::string> order;
  bool training = false;
  Arena arena;
  std::mutex mu;  // one forward / training step at a time (they share the arena)
};

namespace {

template <typename TKV>
__global__ void kv_append_k(const float* __restrict__ qkv, const float* __restrict__ phi, int64_t B, int64_t T,
                            int64_t heads, int64_t d, int64_t cap, int64_t past, TKV* __restrict__ kc, TKV* __restrict__ vc,
                            float* __restrict__ pc) {
  const int64_t H = heads * d, total = B * T * H;
  for (int64_t idx = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; idx < total; idx += (int64_t)gridDim.x * blockDim.x) {
    const int64_t i = idx % d, h = (idx / d) % heads, r = idx / H;
    const int64_t b = r / T, t = r % T;
    const float* row = qkv + r * 3 * H + h * 3 * d;
    const int64_t dst = (b * cap + past + t) * H + h * d + i;
    kc[dst] = from_f<TKV>(row[d + i]);
    vc[dst] = from_f<TKV>(row[2 * d + i]);
    if (h == 0 && i == 0) pc[b * cap + past + t] = phi[r];
  }
}

__global__ void gather_rows_k(const float* __restrict__ x, int64_t H, int64_t B, int64_t T, float* __restrict__ out) {
  const int64_t total = B * H;
  for (int64_t idx = (int64_t)blockIdx.x * blockDim.x + threadIdx.x; idx < total; idx += (int64_t)gridDim.x * blockDim.x) {
    const int64_t b = idx / H, c = idx % H;
    out[idx] = x[(b * T + T - 1) * H + c];
  }
}

unsigned grid_for(int64_t n) {
  const int64_t b = (n + 255) / 256;
  return (unsigned)(b < 4096 ? (b > 0 ? b : 1) : 4096);
}

bool ends_with(const std::string& s, const std::string& t) {
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

}  // namespace

// ---------------------------------------------------------------- upload
DeviceModel::DeviceModel(std::shared_ptr<Model> host, const DeviceModelOptions& o)
    : host_(std::move(host)), opt_(o), d_(new Impl) {
  scaler_.scale = o.initial_loss_scale;
  const Model& m = *host_;
  const ModelConfig& c = m.config();
  Impl& d = *d_;
  auto up = [&](const void* src, size_t bytes) -> void* {
    d.keep.emplace_back(bytes + 16);
    copy_h2d(d.keep.back().get(), src, bytes);
    weight_bytes_ += bytes;
    return d.keep.back().get();
  };
  auto upf = [&](const Tensor& t) -> float* {
    if (!t.defined()) return nullptr;
    if (t.dtype == DType::F32) return static_cast<float*>(up(t.data, t.nbytes()));
    Tensor f = to_f32(t);
    return static_cast<float*>(up(f.data, f.nbytes()));
  };
  auto reg = [&](const std::string& name, float* p, const Tensor& t) {
    d.by_name[name] = p;
    d.shapes[name] = t.shape;
  };
  const DType narrow = opt_.precision == Precision::F16 ? DType::F16 : DType::BF16;
  auto uplin = [&](const LinearParams& lp) {
    DevLinear L;
    const PackedWeight& w = lp.w;
    Tensor raw = Tensor::empty(w.dtype, {w.N, w.K});
    unpack_weight(w, raw.data);
    L.W.N = w.N, L.W.K = w.K, L.W.dtype = w.dtype;
    if (w.dtype == DType::F32 && opt_.narrow_weights && opt_.precision != Precision::F32) {
      std::vector<uint16_t> h((size_t)w.N * w.K);
      const float* f = raw.f32();
      for (size_t i = 0; i < h.size(); i++) h[i] = narrow == DType::F16 ? f32_to_f16(f[i]) : f32_to_bf16(f[i]);
      L.W.p = up(h.data(), h.size() * 2);
      L.W.dtype = narrow;
    } else {
      L.W.p = up(raw.data, raw.nbytes());
    }
    if (w.dtype == DType::I8) L.W.scale = static_cast<float*>(up(w.scale_storage.get(), (size_t)w.N * 4));
    L.bias = lp.b.defined() ? upf(lp.b) : nullptr;
    return L;
  };
  auto upvh = [&](const ValueHeadParams& p, const std::string& prefix) {
    DevVH v;
    v.fc1_w = upf(p.fc1_w), v.fc1_b = upf(p.fc1_b), v.fc2_w = upf(p.fc2_w), v.fc2_b = upf(p.fc2_b);
    reg(prefix + "fc1.weight", v.fc1_w, p.fc1_w);
    reg(prefix + "fc1.bias", v.fc1_b, p.fc1_b);
    reg(prefix + "fc2.weight", v.fc2_w, p.fc2_w);
    reg(prefix + "fc2.bias", v.fc2_b, p.fc2_b);
    return v;
  };
  auto uplora = [&](const LoraParams& lp, const std::string& a_name, const std::string& b_name) {
    DevLora L;
    if (!lp.on()) return L;
    L.A = upf(lp.A), L.B = upf(lp.B), L.r = lp.r, L.scale = lp.scale;
    reg(a_name, L.A, lp.A);
    reg(b_name, L.B, lp.B);
    return L;
  };
  if (m.embed_in.dtype != DType::F32 && m.embed_in.dtype != DType::F16 && m.embed_in.dtype != DType::BF16)
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "the device model needs an f32, f16 or bf16 embedding table");
  d.embed_in = up(m.embed_in.data, m.embed_in.nbytes());
  d.embed_dt = m.embed_in.dtype;
  const std::string lp = "base_model.model.";
  d.lora_in = uplora(m.lora_embed_in, lp + "gpt_neox.embed_in.lora_embedding_A", lp + "gpt_neox.embed_in.lora_embedding_B");
  d.layers.resize(c.layers);
  for (int64_t l = 0; l < c.layers; l++) {
    const LayerParams& p = m.layers[l];
    DevLayer& L = d.layers[l];
    L.ln1_w = upf(p.ln1_w), L.ln1_b = upf(p.ln1_b), L.ln2_w = upf(p.ln2_w), L.ln2_b = upf(p.ln2_b);
    const LinearParams* lins[4] = {&p.qkv, &p.dense, &p.fc_in, &p.fc_out};
    for (int s = 0; s < 4; s++) {
      L.lin[s] = uplin(*lins[s]);
      const std::string mod = lp + "gpt_neox.layers." + std::to_string(l) + "." + linear_module_name(s);
      L.lora[s] = uplora(p.lora[s], mod + ".lora_A.weight", mod + ".lora_B.weight");
    }
    const std::string k = "kala.layers." + std::to_string(l) + ".";
    L.vh = upvh(p.vh, k + "value_head.");
    L.gain = upf(p.gain);
    reg(k + "attention_law_gain", L.gain, p.gain);
  }
  d.lnf_w = upf(m.lnf_w), d.lnf_b = upf(m.lnf_b);
  d.embed_out = uplin(m.embed_out);
  d.lora_out = uplora(m.lora_embed_out, lp + "embed_out.lora_A.weight", lp + "embed_out.lora_B.weight");
  d.fvh = upvh(m.final_vh, "kala.final_value_head.");
  d.agg = upf(m.agg_logits);
  reg("kala.aggregator.layer_logits", d.agg, m.agg_logits);
  const RotaryTables rope = m.rotary(c.max_pos);  // the device kernels index the whole table
  d.cos = upf(rope.cos);
  d.sin = upf(rope.sin);
}

DeviceModel::~DeviceModel() = default;

// ---------------------------------------------------------------- forward pieces
namespace {

struct Runner {
  const Model& m;
  DeviceModel::Impl& d;
  const DeviceModelOptions& o;
  const ModelConfig& c;

  Lora lora(const DevLora& dl, int64_t layer, int slot, const DCtx& ctx) const {
    Lora lo;
    if (!dl.A) return lo;
    lo.A = dl.A, lo.B = dl.B, lo.r = dl.r, lo.scale = dl.scale;
    lo.p = m.lora_config().dropout;
    lo.dropout = ctx.dropout;
    lo.seed = lora_seed(ctx.seed, layer, slot);
    return lo;
  }

  void linear(const DevLinear& L, const Lora& lo, int64_t M, const float* x, float* y, float* u) const {
    if (o.int8_dynamic && L.W.dtype == DType::I8 && M > 8) {
      linear_int8_dynamic(M, x, L.W, L.bias, y, o.outlier_threshold);
      if (lo.on())
        lora_linear_forward(M, x, L.W.K, L.W.N, lo.r, lo.scale, lo.A, lo.B, lo.p, lo.dropout, lo.seed, y, u, o.precision);
      return;
    }
    linear_lora_forward(M, x, L.W, L.bias, lo, y, u, o.precision);
  }

  void alloc(DActs& a, int64_t N, bool with_x_in) {
    const int64_t H = c.hidden, E = c.value_head_dim, I = c.intermediate;
    Arena& ar = d.arena;
    if (with_x_in) a.x_in = ar.f(N * H);
    a.a = ar.f(N * H), a.ln1_mean = ar.f(N), a.ln1_rstd = ar.f(N);
    a.vh_pre = ar.f(N * E), a.vh_act = ar.f(N * E), a.phi = ar.f(N);
    a.qkv = ar.f(N * 3 * H), a.lse = ar.f(N * c.heads), a.att = ar.f(N * H);
    if (!c.parallel_residual) a.mid = ar.f(N * H);
    a.m = ar.f(N * H), a.ln2_mean = ar.f(N), a.ln2_rstd = ar.f(N);
    a.h4 = ar.f(N * I), a.h4a = ar.f(N * I), a.attn_out = ar.f(N * H), a.mlp_out = ar.f(N * H);
    for (int s = 0; s < 4; s++)
      if (!d.layers.empty() && d.layers[0].lora[s].A) a.lora_u[s] = ar.f(N * d.layers[0].lora[s].r);
  }

  void embed(const int32_t* ids, int64_t N, float* x) {
    embedding_forward(ids, N, d.embed_in, d.embed_dt, c.hidden, x);
    if (d.lora_in.A) lora_embedding_forward(ids, N, c.vocab, c.hidden, d.lora_in.r, d.lora_in.scale, d.lora_in.A, d.lora_in.B, x);
  }

  void layer_forward(int64_t l, float* x, float* z, DActs& s, const DCtx& ctx) {
    const DevLayer& p = d.layers[l];
    const int64_t B = ctx.B, T = ctx.T, N = B * T, H = c.hidden, nh = c.heads, hd = c.head_dim();
    if (s.x_in) copy_d2d(s.x_in, x, (size_t)N * H * 4);
    layernorm_forward(x, p.ln1_w, p.ln1_b, (float)c.ln_eps, N, H, s.a, s.ln1_mean, s.ln1_rstd);
    value_head_forward(N, s.a, p.vh.fc1_w, p.vh.fc1_b, p.vh.fc2_w, p.vh.fc2_b, H, c.value_head_dim, s.vh_pre, s.vh_act, z,
                       o.precision);
    law_bias_forward(N, z, m.law_what, s.phi);
    linear(p.lin[kQkv], lora(p.lora[kQkv], l, kQkv, ctx), N, s.a, s.qkv, s.lora_u[kQkv]);
    rotary_forward(s.qkv, B, T, nh, hd, c.rotary_dims(), ctx.past, ctx.positions, d.cos, d.sin);
    HeadView q{s.qkv, DType::F32, T * 3 * H, 3 * H, 3 * hd};
    if (ctx.cache) {
      DeviceModel::Cache& kv = *ctx.cache;
      const int64_t cap = kv.cap;
      void* kc = kv.k[l].get();
      void* vc = kv.v[l].get();
      float* pc = kv.phi[l].as<float>();
      switch (kv.dt) {
        case DType::F16:
          launch("kv_append", kv_append_k<f16>, grid_for(N * H), 256, 0, nullptr, (const float*)s.qkv, (const float*)s.phi, B, T, nh, hd, cap, ctx.past, static_cast<f16*>(kc), static_cast<f16*>(vc), pc);
          break;
        case DType::BF16:
          launch("kv_append", kv_append_k<bf16>, grid_for(N * H), 256, 0, nullptr, (const float*)s.qkv, (const float*)s.phi, B, T, nh, hd, cap, ctx.past, static_cast<bf16*>(kc), static_cast<bf16*>(vc), pc);
          break;
        default:
          launch("kv_append", kv_append_k<float>, grid_for(N * H), 256, 0, nullptr, (const float*)s.qkv, (const float*)s.phi, B, T, nh, hd, cap, ctx.past, static_cast<float*>(kc), static_cast<float*>(vc), pc);
      }
      HeadView kview{kc, kv.dt, cap * H, H, hd}, vview{vc, kv.dt, cap * H, H, hd};
      attention_forward(q, kview, vview, pc, cap, p.gain, B, T, ctx.past, nh, hd, nullptr, s.att, nullptr, o.precision);
    } else {
      HeadView kview{s.qkv + hd, DType::F32, T * 3 * H, 3 * H, 3 * hd}, vview{s.qkv + 2 * hd, DType::F32, T * 3 * H, 3 * H, 3 * hd};
      attention_forward(q, kview, vview, s.phi, T, p.gain, B, T, 0, nh, hd, ctx.key_start, s.att, s.lse, o.precision);
    }
    linear(p.lin[kDense], lora(p.lora[kDense], l, kDense, ctx), N, s.att, s.attn_out, s.lora_u[kDense]);
    const float* mlp_in = x;
    if (!c.parallel_residual) {
      add_inplace(x, s.attn_out, N * H);
      if (s.mid) copy_d2d(s.mid, x, (size_t)N * H * 4);
    }
    layernorm_forward(mlp_in, p.ln2_w, p.ln2_b, (float)c.ln_eps, N, H, s.m, s.ln2_mean, s.ln2_rstd);
    linear(p.lin[kFcIn], lora(p.lora[kFcIn], l, kFcIn, ctx), N, s.m, s.h4, s.lora_u[kFcIn]);
    gelu_forward(s.h4, s.h4a, N * c.intermediate);
    linear(p.lin[kFcOut], lora(p.lora[kFcOut], l, kFcOut, ctx), N, s.h4a, s.mlp_out, s.lora_u[kFcOut]);
    if (c.parallel_residual) add_inplace(x, s.attn_out, N * H);
    add_inplace(x, s.mlp_out, N * H);
  }

  struct HeadOut {
    float *f, *mean, *rstd, *vh_pre, *vh_act, *pi, *zbar, *scores, *logits, *u = nullptr;
    int64_t rows;
  };

  void head_forward(const float* x, int64_t N, float* z, HeadOut& h, bool last_only, const DCtx& ctx) {
    const int64_t H = c.hidden, E = c.value_head_dim, L = c.layers, V = c.vocab;
    Arena& ar = d.arena;
    h.f = ar.f(N * H), h.mean = ar.f(N), h.rstd = ar.f(N), h.vh_pre = ar.f(N * E), h.vh_act = ar.f(N * E);
    h.pi = ar.f(L + 1), h.zbar = ar.f(N * 5), h.scores = ar.f(N * 5);
    layernorm_forward(x, d.lnf_w, d.lnf_b, (float)c.ln_eps, N, H, h.f, h.mean, h.rstd);
    value_head_forward(N, h.f, d.fvh.fc1_w, d.fvh.fc1_b, d.fvh.fc2_w, d.fvh.fc2_b, H, E, h.vh_pre, h.vh_act, z + L * N * 5,
                       o.precision);
    aggregator_forward(L + 1, N, z, d.agg, h.pi, h.zbar, h.scores);
    const float* fin = h.f;
    h.rows = N;
    if (last_only) {
      h.rows = ctx.B;
      float* g = ar.f(ctx.B * H);
      launch("gather_rows", gather_rows_k, grid_for(ctx.B * H), 256, 0, nullptr, (const float*)h.f, H, ctx.B, ctx.T, g);
      fin = g;
    }
    h.logits = ar.f(h.rows * V);
    if (d.lora_out.A) h.u = ar.f(h.rows * d.lora_out.r);
    linear(d.embed_out, lora(d.lora_out, -1, 0, ctx), h.rows, fin, h.logits, h.u);
  }
};

}  // namespace

ForwardOutput DeviceModel::forward(const int32_t* ids, int64_t B, int64_t T, bool last_logits_only) {
  return forward_impl(nullptr, ids, B, T, last_logits_only);
}

ForwardOutput DeviceModel::forward_cached(Cache& cache, const int32_t* ids, int64_t B, int64_t T, bool last_only) {
  return forward_impl(&cache, ids, B, T, last_only);
}

std::shared_ptr<DeviceModel::Cache> DeviceModel::make_cache(int64_t B, int64_t capacity) {
  const ModelConfig& c = config();
  auto kv = std::make_shared<Cache>();
  kv->B = B, kv->cap = capacity, kv->dt = opt_.kv_dtype;
  const size_t el = (size_t)B * capacity * c.hidden * dtype_size(opt_.kv_dtype);
  for (int64_t l = 0; l < c.layers; l++) {
    kv->k.emplace_back(el);
    kv->v.emplace_back(el);
    kv->phi.emplace_back((size_t)B * capacity * 4);
  }
  return kv;
}

int64_t DeviceModel::cache_len(const Cache& c) const { return c.len; }

void DeviceModel::trim_cache(Cache& c, int64_t n) const {
  if (n < 0 || n > c.len) throw KalaException(ErrorCode::INVALID_ARGUMENT, "trim(n): n is past the session's length");
  c.len = n;
}

void DeviceModel::copy_cache(Cache& dst, const Cache& src) const {
  if (&dst == &src) return;
  if (dst.B != src.B || dst.cap != src.cap || dst.dt != src.dt || dst.k.size() != src.k.size())
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "a KV cache can only be copied from one of the same model, batch and capacity");
  const int64_t H = config().hidden;
  const size_t kv_pos = (size_t)H * dtype_size(src.dt);
  for (size_t l = 0; l < src.k.size(); l++)
    for (int64_t b = 0; b < src.B; b++) {
      // row b's positions [0, len) are contiguous: [B, capacity, hidden] and [B, capacity]
      const size_t at = (size_t)(b * src.cap) * kv_pos, n = (size_t)src.len * kv_pos;
      copy_d2d(dst.k[l].as<char>() + at, src.k[l].as<char>() + at, n);
      copy_d2d(dst.v[l].as<char>() + at, src.v[l].as<char>() + at, n);
      copy_d2d(dst.phi[l].as<float>() + b * src.cap, src.phi[l].as<float>() + b * src.cap, (size_t)src.len * sizeof(float));
    }
  synchronize();
  dst.len = src.len;
}

ForwardOutput DeviceModel::forward_impl(Cache* cache, const int32_t* ids, int64_t B, int64_t T, bool last_only) {
  const ModelConfig& c = config();
  const int64_t H = c.hidden, N = B * T, L = c.layers, V = c.vocab;
  const int64_t past = cache ? cache->len : 0;
  for (int64_t i = 0; i < N; i++)
    if (ids[i] < 0 || ids[i] >= V) throw KalaException(ErrorCode::TOKEN_OUT_OF_RANGE, "token id " + std::to_string(ids[i]) + " is outside the vocabulary");
  if (past + T > c.max_pos) throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "sequence exceeds max_position_embeddings");
  if (cache && (cache->B != B || past + T > cache->cap)) throw KalaException(ErrorCode::INVALID_ARGUMENT, "the KV cache does not fit this batch or length");
  Impl& d = *d_;
  std::lock_guard<std::mutex> lock(d.mu);
  d.arena.reset();
  Runner run{*host_, d, opt_, c};
  int32_t* dids = static_cast<int32_t*>(d.arena.alloc((size_t)N * 4));
  copy_h2d(dids, ids, (size_t)N * 4);
  float* x = d.arena.f(N * H);
  float* z = d.arena.f((L + 1) * N * 5);
  run.embed(dids, N, x);
  DCtx ctx;
  ctx.B = B, ctx.T = T, ctx.past = past, ctx.cache = cache;
  DActs acts;
  run.alloc(acts, N, false);
  for (int64_t l = 0; l < L; l++) run.layer_forward(l, x, z + l * N * 5, acts, ctx);
  if (cache) cache->len += T;
  Runner::HeadOut h;
  run.head_forward(x, N, z, h, last_only, ctx);
  ForwardOutput out;
  out.layer_logits = Tensor::empty(DType::F32, {L + 1, B, T, 5});
  out.law_scores = Tensor::empty(DType::F32, {B, T, 5});
  out.logits = Tensor::empty(DType::F32, {B, last_only ? 1 : T, V});
  copy_d2h(out.layer_logits.data, z, out.layer_logits.nbytes());
  copy_d2h(out.law_scores.data, h.scores, out.law_scores.nbytes());
  copy_d2h(out.logits.data, h.logits, out.logits.nbytes());
  return out;
}

// ---------------------------------------------------------------- training
void DeviceModel::enable_training() {
  Impl& d = *d_;
  if (d.training) return;
  std::vector<std::string> names = host_->lora_names();
  for (const auto& n : host_->names())
    if (host_->is_kala(n)) names.push_back(n);
  for (const auto& n : names) {
    auto it = d.by_name.find(n);
    if (it == d.by_name.end()) throw KalaException(ErrorCode::INVALID_ARGUMENT, "the device model cannot train " + n);
    Param p;
    p.w = it->second;
    p.shape = d.shapes[n];
    p.n = 1;
    for (int64_t s : p.shape) p.n *= s;
    p.g = DeviceBuffer((size_t)p.n * 4);
    p.m = DeviceBuffer((size_t)p.n * 4);
    p.v = DeviceBuffer((size_t)p.n * 4);
    memset_async(p.g.get(), 0, (size_t)p.n * 4);
    memset_async(p.m.get(), 0, (size_t)p.n * 4);
    memset_async(p.v.get(), 0, (size_t)p.n * 4);
    p.clamp = ends_with(n, "attention_law_gain");
    p.decay = (ends_with(n, ".weight") || ends_with(n, "lora_embedding_A") || ends_with(n, "lora_embedding_B")) &&
              n.find("layernorm") == std::string::npos && n.find("layer_norm") == std::string::npos;
    d.order.push_back(n);
    d.params.emplace(n, std::move(p));
  }
  d.training = true;
}

std::vector<std::string> DeviceModel::trainable() const { return d_->order; }
int64_t DeviceModel::numel(const std::string& name) const {
  auto it = d_->params.find(name);
  if (it == d_->params.end()) throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not trained");
  return it->second.n;
}

static std::vector<AdamTensor> adam_list(DeviceModel::Impl& d) {
  std::vector<AdamTensor> v;
  for (const auto& n : d.order) {
    Param& p = d.params.at(n);
    v.push_back(AdamTensor{p.w, p.g.as<float>(), p.m.as<float>(), p.v.as<float>(), p.n, p.decay, p.clamp});
  }
  return v;
}

void DeviceModel::zero_grad() {
  if (d_->training) zero_grads_multi(adam_list(*d_));
}
double DeviceModel::grad_norm() { return d_->training ? grad_norm_multi(adam_list(*d_)) : 0.0; }
void DeviceModel::scale_grad(double f) {
  if (d_->training) scale_grads_multi(adam_list(*d_), (float)f);
}
void DeviceModel::adamw(double lr, double b1, double b2, double eps, double wd, int64_t step) {
  if (d_->training) adamw_multi(adam_list(*d_), lr, b1, b2, eps, wd, step, 1.f);
}

bool DeviceModel::finish_grads() {
  if (!opt_.loss_scaling || !d_->training) return true;
  scale_grad(1.0 / scaler_.scale);
  const bool finite = std::isfinite(grad_norm());
  if (!finite) zero_grad();
  return scaler_.update(finite);
}

Tensor DeviceModel::grad(const std::string& name) const {
  auto it = d_->params.find(name);
  if (it == d_->params.end()) throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not trained");
  Tensor t = Tensor::empty(DType::F32, it->second.shape);
  copy_d2h(t.data, it->second.g.get(), (size_t)it->second.n * 4);
  return t;
}

Tensor DeviceModel::moment(const std::string& name, bool second) const {
  auto it = d_->params.find(name);
  if (it == d_->params.end()) throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not trained");
  Tensor t = Tensor::empty(DType::F32, {it->second.n});
  copy_d2h(t.data, (second ? it->second.v : it->second.m).get(), (size_t)it->second.n * 4);
  return t;
}

void DeviceModel::set_moments(const std::string& name, const float* m, const float* v, int64_t n) {
  auto it = d_->params.find(name);
  if (it == d_->params.end()) throw KalaException(ErrorCode::TENSOR_MISSING, name + " is not trained");
  if (n != it->second.n) throw KalaException(ErrorCode::TENSOR_SHAPE, "optimizer state of " + name + " has " + std::to_string(n) + " values, the tensor " + std::to_string(it->second.n));
  copy_h2d(it->second.m.get(), m, (size_t)n * 4);
  copy_h2d(it->second.v.get(), v, (size_t)n * 4);
}

void DeviceModel::download_params() {
  for (const auto& n : d_->order) {
    const Param& p = d_->params.at(n);
    Tensor live = host_->live(n);
    if (!live.defined() || live.dtype != DType::F32 || live.numel() != p.n) throw KalaException(ErrorCode::INTERNAL, "cannot write back " + n);
    copy_d2h(live.data, p.w, (size_t)p.n * 4);
  }
}

namespace {

struct Grads {
  DeviceModel::Impl& d;
  float* operator()(const std::string& n) const {
    auto it = d.params.find(n);
    return it == d.params.end() ? nullptr : it->second.g.as<float>();
  }
};

}  // namespace

LossParts DeviceModel::compute(const TrainBatch& b, bool dropout, uint64_t seed, double ethics_weight, bool recompute) {
  if (!d_->training) enable_training();
  Impl& d = *d_;
  std::lock_guard<std::mutex> lock(d.mu);
  const Model& m = *host_;
  const ModelConfig& c = m.config();
  const int64_t B = b.B, T = b.T, N = B * T, H = c.hidden, L = c.layers, V = c.vocab, E = c.value_head_dim;
  const int64_t nh = c.heads, hd = c.head_dim(), I = c.intermediate;
  if (B <= 0 || T <= 0 || (int64_t)b.ids.size() != N || (int64_t)b.labels.size() != N)
    throw KalaException(ErrorCode::INVALID_ARGUMENT, "a batch needs B*T ids and labels");
  if (T > c.max_pos) throw KalaException(ErrorCode::SEQUENCE_TOO_LONG, "training sequences exceed max_position_embeddings");
  for (int64_t i = 0; i < N; i++) {
    if (b.ids[i] < 0 || b.ids[i] >= V) throw KalaException(ErrorCode::TOKEN_OUT_OF_RANGE, "token id outside the vocabulary");
    if (b.labels[i] != -100 && (b.labels[i] < 0 || b.labels[i] >= V)) throw KalaException(ErrorCode::TOKEN_OUT_OF_RANGE, "label outside the vocabulary");
  }
  d.arena.reset();
  Arena& ar = d.arena;
  Runner run{m, d, opt_, c};
  Grads g{d};
  auto upi = [&](const std::vector<int32_t>& v) -> int32_t* {
    if (v.empty()) return nullptr;
    int32_t* p = static_cast<int32_t*>(ar.alloc(v.size() * 4));
    copy_h2d(p, v.data(), v.size() * 4);
    return p;
  };
  int32_t* ids = upi(b.ids);
  int32_t* labels = upi(b.labels);
  DCtx ctx;
  ctx.B = B, ctx.T = T, ctx.dropout = dropout, ctx.seed = seed;
  ctx.positions = upi(b.positions);
  ctx.key_start = upi(b.key_start);

  // ---- forward, keeping what backward needs (or only layer inputs, with recomputation)
  float* x = ar.f(N * H);
  run.embed(ids, N, x);
  float* z = ar.f((L + 1) * N * 5);
  std::vector<DActs> acts(recompute ? 1 : L);
  std::vector<float*> inputs;
  if (recompute) run.alloc(acts[0], N, true);
  for (int64_t l = 0; l < L; l++) {
    if (recompute) {
      inputs.push_back(ar.f(N * H));
      copy_d2d(inputs.back(), x, (size_t)N * H * 4);
    } else {
      run.alloc(acts[l], N, true);
    }
    run.layer_forward(l, x, z + l * N * 5, acts[recompute ? 0 : l], ctx);
  }
  Runner::HeadOut head;
  run.head_forward(x, N, z, head, false, ctx);

  // ---- losses and their gradients
  LossParts out;
  const float S = loss_scale();  // 1 without loss scaling
  out.lm = cross_entropy(head.logits, labels, B, T, V, true, S, &out.lm_tokens);
  float* dz = ar.f((L + 1) * N * 5);
  float* dzbar = ar.f(N * 5);
  memset_async(dz, 0, (size_t)(L + 1) * N * 5 * 4);
  memset_async(dzbar, 0, (size_t)N * 5 * 4);
  if (!b.targets.empty()) {
    if ((int64_t)b.targets.size() != N * 5) throw KalaException(ErrorCode::INVALID_ARGUMENT, "lawTargets must be [B][T][5]");
    float* tg = ar.f(N * 5);
    copy_h2d(tg, b.targets.data(), (size_t)N * 5 * 4);
    out.ethics = ethics_loss(L + 1, N, z, head.scores, tg, c.law_weights, c.layer_ethics_weight, true,
                             (float)ethics_weight * S, dzbar, dz, &out.ethics_tokens);
  }
  out.loss = out.lm + ethics_weight * out.ethics;
  aggregator_backward(L + 1, N, z, head.pi, dzbar, dz, g("kala.aggregator.layer_logits"));

  // ---- head (logits now hold dlogits)
  float* df = ar.f(N * H);
  {
    Lora lo = run.lora(d.lora_out, -1, 0, ctx);
    float* dA = g("base_model.model.embed_out.lora_A.weight");
    float* dB = g("base_model.model.embed_out.lora_B.weight");
    if (!dA) lo = Lora();
    linear_lora_backward(N, head.f, head.logits, head.u, d.embed_out.W, lo, df, false, dA, dB, opt_.precision);
    value_head_backward(N, head.f, d.fvh.fc1_w, d.fvh.fc2_w, head.vh_pre, head.vh_act, dz + L * N * 5, H, E, df,
                        g("kala.final_value_head.fc1.weight"), g("kala.final_value_head.fc1.bias"),
                        g("kala.final_value_head.fc2.weight"), g("kala.final_value_head.fc2.bias"), opt_.precision);
  }
  float* dx = ar.f(N * H);
  memset_async(dx, 0, (size_t)N * H * 4);
  layernorm_backward(x, d.lnf_w, head.mean, head.rstd, df, N, H, dx, g("gpt_neox.final_layer_norm.weight"),
                     g("gpt_neox.final_layer_norm.bias"));

  // ---- layers, last to first
  float *dh4a = ar.f(N * I), *dh4 = ar.f(N * I), *dm = ar.f(N * H), *datt = ar.f(N * H), *dqkv = ar.f(N * 3 * H);
  float *da = ar.f(N * H), *dphi = ar.f(N), *dnew = ar.f(N * H), *dh = ar.f(N * H), *zs = ar.f(N * 5);
  float* xr = recompute ? ar.f(N * H) : nullptr;
  for (int64_t l = L - 1; l >= 0; l--) {
    DActs& a = acts[recompute ? 0 : l];
    if (recompute) {
      copy_d2d(xr, inputs[l], (size_t)N * H * 4);
      run.layer_forward(l, xr, zs, a, ctx);
    }
    const DevLayer& p = d.layers[l];
    const std::string k = "kala.layers." + std::to_string(l) + ".";
    const std::string lp = "base_model.model.gpt_neox.layers." + std::to_string(l) + ".";
    auto lin_back = [&](int slot, const float* xin, const float* dy, float* dxo) {
      const std::string mod = lp + linear_module_name(slot);
      float* dA = g(mod + ".lora_A.weight");
      float* dB = g(mod + ".lora_B.weight");
      Lora lo = run.lora(p.lora[slot], l, slot, ctx);
      if (!dA) lo = Lora();
      linear_lora_backward(N, xin, dy, a.lora_u[slot], p.lin[slot].W, lo, dxo, false, dA, dB, opt_.precision);
    };
    lin_back(kFcOut, a.h4a, dx, dh4a);
    gelu_backward(a.h4, dh4a, dh4, N * I);
    lin_back(kFcIn, a.m, dh4, dm);
    const float* d_attn = dx;
    copy_d2d(dnew, dx, (size_t)N * H * 4);
    if (c.parallel_residual) {
      layernorm_backward(a.x_in, p.ln2_w, a.ln2_mean, a.ln2_rstd, dm, N, H, dnew, nullptr, nullptr);
    } else {
      copy_d2d(dh, dx, (size_t)N * H * 4);
      layernorm_backward(a.mid, p.ln2_w, a.ln2_mean, a.ln2_rstd, dm, N, H, dh, nullptr, nullptr);
      d_attn = dh;
      copy_d2d(dnew, dh, (size_t)N * H * 4);
    }
    lin_back(kDense, a.att, d_attn, datt);
    memset_async(dphi, 0, (size_t)N * 4);
    attention_backward(a.qkv, a.phi, p.gain, a.att, a.lse, datt, B, T, nh, hd, ctx.key_start, dqkv, dphi,
                       g(k + "attention_law_gain"), opt_.precision);
    rotary_backward(dqkv, B, T, nh, hd, c.rotary_dims(), 0, ctx.positions, d.cos, d.sin);
    lin_back(kQkv, a.a, dqkv, da);
    float* dzl = dz + l * N * 5;
    law_bias_backward(N, z + l * N * 5, m.law_what, dphi, dzl);
    value_head_backward(N, a.a, p.vh.fc1_w, p.vh.fc2_w, a.vh_pre, a.vh_act, dzl, H, E, da, g(k + "value_head.fc1.weight"),
                        g(k + "value_head.fc1.bias"), g(k + "value_head.fc2.weight"), g(k + "value_head.fc2.bias"),
                        opt_.precision);
    layernorm_backward(a.x_in, p.ln1_w, a.ln1_mean, a.ln1_rstd, da, N, H, dnew, nullptr, nullptr);
    copy_d2d(dx, dnew, (size_t)N * H * 4);
  }

  // ---- embedding adapter
  if (d.lora_in.A) {
    float* dA = g("base_model.model.gpt_neox.embed_in.lora_embedding_A");
    float* dB = g("base_model.model.gpt_neox.embed_in.lora_embedding_B");
    if (dA) lora_embedding_backward(ids, N, V, H, d.lora_in.r, d.lora_in.scale, d.lora_in.A, d.lora_in.B, dx, dA, dB);
  }
  synchronize();
  return out;
}

}  // namespace kala::cuda
