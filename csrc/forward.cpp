#include "forward.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void LayerActs::alloc(const Model& m, int64_t N, bool with_x_in) {
  const ModelConfig& c = m.config();
  const int64_t H = c.hidden, E = c.value_head_dim, I = c.intermediate;
  auto f = [](std::vector<int64_t> s) { return Tensor::empty(DType::F32, std::move(s)); };
  if (with_x_in) x_in = f({N, H});
  a = f({N, H});
  ln1_mean = f({N});
  ln1_rstd = f({N});
  vh_pre = f({N, E});
  vh_act = f({N, E});
  phi = f({N});
  qkv = f({N, 3 * H});
  lse = f({N * c.heads});
  att = f({N, H});
  if (!c.parallel_residual) mid = f({N, H});
  this->m = f({N, H});
  ln2_mean = f({N});
  ln2_rstd = f({N});
  h4 = f({N, I});
  h4a = f({N, I});
  attn_out = f({N, H});
  mlp_out = f({N, H});
  for (int s = 0; s < 4; s++)
    if (!m.layers.empty() && m.layers[0].lora[s].on()) lora_u[s] = f({N, m.layers[0].lora[s].r});
}

uint64_t lora_seed(uint64_t seed, int64_t layer, int slot) {
  return seed * 0x9e3779b97f4a7c15ull + (uint64_t)(layer + 2) * 0x632be59bd9b4e019ull + (uint64_t)slot * 0x85ebca77c2b2ae63ull;
}

static void add_inplace(float* x, const float* y, int64_t n) {
  parallel_range(n, 1 << 15, [&](int64_t a, int64_t b) {
    for (int64_t i = a; i < b; i++) x[i] += y[i];
  });
}

// A linear layer with its LoRA branch (if any).
static void linear_with_lora(const Model& m, int64_t l, int slot, const LinearParams& lin, const LoraParams& lo,
                             int64_t N, const float* x, float* y, Tensor& u, const ForwardCtx& ctx) {
  linear_forward(N, x, lin.w, lin.b.defined() ? lin.b.f32() : nullptr, y);
  if (!lo.on()) return;
  if (!u.defined() || u.numel() != N * lo.r) u = Tensor::empty(DType::F32, {N, lo.r});
  lora_linear_forward(N, x, lin.w.K, lin.w.N, lo.r, lo.scale, lo.A.f32(), lo.B.f32(), m.lora_config().dropout,
                      ctx.dropout, lora_seed(ctx.seed, l, slot), y, u.f32());
}

void embed_forward(const Model& m, const int32_t* ids, int64_t N, float* x) {
  const ModelConfig& c = m.config();
  embedding_forward(ids, N, m.embed_in, x);
  const LoraParams& lo = m.lora_embed_in;
  if (lo.on()) lora_embedding_forward(ids, N, c.vocab, c.hidden, lo.r, lo.scale, lo.A.f32(), lo.B.f32(), x);
}

int64_t rotary_rows(const ForwardCtx& ctx) {
  if (!ctx.positions) return ctx.past + ctx.T;
  int64_t rows = 0;
  for (int64_t i = 0; i < ctx.B * ctx.T; i++) {
    if (ctx.positions[i] < 0) throw KalaException(ErrorCode::INVALID_ARGUMENT, "a packed position is negative");
    rows = std::max<int64_t>(rows, (int64_t)ctx.positions[i] + 1);
  }
  return rows;
}

void layer_forward(const Model& m, int64_t l, float* x, float* z, LayerActs& s, const ForwardCtx& ctx) {
  const ModelConfig& c = m.config();
  const LayerParams& p = m.layers[l];
  const int64_t B = ctx.B, T = ctx.T, N = B * T, H = c.hidden, nh = c.heads, d = c.head_dim();
  if (s.x_in.defined()) std::memcpy(s.x_in.f32(), x, N * H * sizeof(float));
  layernorm_forward(x, p.ln1_w.f32(), p.ln1_b.f32(), (float)c.ln_eps, N, H, s.a.f32(), s.ln1_mean.f32(), s.ln1_rstd.f32());
  value_head_forward(N, s.a.f32(), p.vh.fc1_w.f32(), p.vh.fc1_b.f32(), p.vh.fc2_w.f32(), p.vh.fc2_b.f32(), H,
                     c.value_head_dim, s.vh_pre.f32(), s.vh_act.f32(), z);
  law_bias_forward(N, z, m.law_what, s.phi.f32());
  linear_with_lora(m, l, kQkv, p.qkv, p.lora[kQkv], N, s.a.f32(), s.qkv.f32(), s.lora_u[kQkv], ctx);
  const RotaryTables rope = m.rotary(rotary_rows(ctx));
  rotary_forward(s.qkv.f32(), B, T, nh, d, c.rotary_dims(), ctx.past, ctx.positions, rope.cos.f32(), rope.sin.f32());
  HeadView q{s.qkv.f32(), T * 3 * H, 3 * H, 3 * d};
  if (ctx.cache) {
    // append this step's keys, values and law bias, then attend over the whole cache
    KVCache& kvc = *ctx.cache;
    float* kc = kvc.k[l].f32();
    float* vc = kvc.v[l].f32();
    float* pc = kvc.phi[l].f32();
    const int64_t cap = kvc.capacity, past = ctx.past;
    for (int64_t b = 0; b < B; b++)
      for (int64_t t = 0; t < T; t++) {
        const float* row = s.qkv.f32() + (b * T + t) * 3 * H;
        float* krow = kc + (b * cap + past + t) * H;
        float* vrow = vc + (b * cap + past + t) * H;
        for (int64_t h = 0; h < nh; h++) {
          std::memcpy(krow + h * d, row + h * 3 * d + d, d * sizeof(float));
          std::memcpy(vrow + h * d, row + h * 3 * d + 2 * d, d * sizeof(float));
        }
        pc[b * cap + past + t] = s.phi.f32()[b * T + t];
      }
    HeadView kv{kc, cap * H, H, d}, vv{vc, cap * H, H, d};
    attention_forward(q, kv, vv, pc, cap, p.gain.f32(), B, T, past, nh, d, nullptr, s.att.f32(), nullptr);
  } else {
    HeadView kv{s.qkv.f32() + d, T * 3 * H, 3 * H, 3 * d}, vv{s.qkv.f32() + 2 * d, T * 3 * H, 3 * H, 3 * d};
    attention_forward(q, kv, vv, s.phi.f32(), T, p.gain.f32(), B, T, 0, nh, d, ctx.key_start, s.att.f32(), s.lse.f32());
  }
  linear_with_lora(m, l, kDense, p.dense, p.lora[kDense], N, s.att.f32(), s.attn_out.f32(), s.lora_u[kDense], ctx);
  // parallel residual: the MLP reads LN2(x); sequential: it reads LN2(x + attn)
  const float* mlp_in = x;
  if (!c.parallel_residual) {
    add_inplace(x, s.attn_out.f32(), N * H);
    if (s.mid.defined()) std::memcpy(s.mid.f32(), x, N * H * sizeof(float));
  }
  layernorm_forward(mlp_in, p.ln2_w.f32(), p.ln2_b.f32(), (float)c.ln_eps, N, H, s.m.f32(), s.ln2_mean.f32(), s.ln2_rstd.f32());
  linear_with_lora(m, l, kFcIn, p.fc_in, p.lora[kFcIn], N, s.m.f32(), s.h4.f32(), s.lora_u[kFcIn], ctx);
  gelu_forward(s.h4.f32(), s.h4a.f32(), N * c.intermediate);
  linear_with_lora(m, l, kFcOut, p.fc_out, p.lora[kFcOut], N, s.h4a.f32(), s.mlp_out.f32(), s.lora_u[kFcOut], ctx);
  if (c.parallel_residual) add_inplace(x, s.attn_out.f32(), N * H);
  add_inplace(x, s.mlp_out.f32(), N * H);
}

void head_forward(const Model& m, const float* x, int64_t N, float* z_layers, float* scores, const int64_t* logit_rows,
                  int64_t n_rows, float* logits, HeadActs& a, const ForwardCtx& ctx) {
  const ModelConfig& c = m.config();
  const int64_t H = c.hidden, E = c.value_head_dim, L = c.layers, V = c.vocab;
  a.f = Tensor::empty(DType::F32, {N, H});
  a.mean = Tensor::empty(DType::F32, {N});
  a.rstd = Tensor::empty(DType::F32, {N});
  a.vh_pre = Tensor::empty(DType::F32, {N, E});
  a.vh_act = Tensor::empty(DType::F32, {N, E});
  a.pi = Tensor::empty(DType::F32, {L + 1});
  a.zbar = Tensor::empty(DType::F32, {N, kLaws});
  layernorm_forward(x, m.lnf_w.f32(), m.lnf_b.f32(), (float)c.ln_eps, N, H, a.f.f32(), a.mean.f32(), a.rstd.f32());
  const ValueHeadParams& vh = m.final_vh;
  value_head_forward(N, a.f.f32(), vh.fc1_w.f32(), vh.fc1_b.f32(), vh.fc2_w.f32(), vh.fc2_b.f32(), H, E, a.vh_pre.f32(),
                     a.vh_act.f32(), z_layers + L * N * kLaws);
  aggregator_forward(L + 1, N, z_layers, m.agg_logits.f32(), a.pi.f32(), a.zbar.f32(), scores);
  if (!logits) return;
  const float* fin = a.f.f32();
  std::vector<float> gathered;
  int64_t rows = N;
  if (logit_rows) {
    gathered.resize((size_t)n_rows * H);
    for (int64_t i = 0; i < n_rows; i++) std::memcpy(gathered.data() + i * H, fin + logit_rows[i] * H, H * sizeof(float));
    fin = gathered.data();
    rows = n_rows;
  }
  linear_forward(rows, fin, m.embed_out.w, nullptr, logits);
  const LoraParams& lo = m.lora_embed_out;
  if (lo.on()) {
    a.lora_u = Tensor::empty(DType::F32, {rows, lo.r});
    lora_linear_forward(rows, fin, H, V, lo.r, lo.scale, lo.A.f32(), lo.B.f32(), m.lora_config().dropout, ctx.dropout,
                        lora_seed(ctx.seed, -1, 0), logits, a.lora_u.f32());
  }
}

}  // namespace kala
