#include "backward.h"

#include <cstring>
#include <vector>

#include "ops/ops.h"
#include "threadpool.h"

namespace kala {

void LayerBackScratch::alloc(const ModelConfig& c, int64_t N) {
  const int64_t H = c.hidden, I = c.intermediate;
  auto f = [](std::vector<int64_t> s) { return Tensor::empty(DType::F32, std::move(s)); };
  dh4a = f({N, I});
  dh4 = f({N, I});
  dm = f({N, H});
  datt = f({N, H});
  dqkv = f({N, 3 * H});
  da = f({N, H});
  dphi = f({N});
  dnew = f({N, H});
  dh = f({N, H});
}

void packed_weight_grad(const PackedWeight& w, int64_t N, const float* dy, const float* x, float* dw_packed) {
  std::vector<float> dw((size_t)w.N * w.K);
  sgemm(w.N, w.K, N, dy, w.N, true, x, w.K, false, dw.data(), w.K, false);
  const int nr = w.nr;
  parallel_for(w.N, [&](int64_t o) {
    float* sl = dw_packed + (o / nr) * w.K * nr + o % nr;
    const float* row = dw.data() + o * w.K;
    for (int64_t k = 0; k < w.K; k++) sl[k * nr] += row[k];
  });
}

// dx (+)= dy through a linear layer with its LoRA branch; parameter grads as trained.
static void linear_backward(const Model& m, int64_t l, int slot, const LinearParams& lin, const LoraParams& lo,
                            const Tensor& u, int64_t N, const float* x, const float* dy, float* dx, bool accumulate,
                            const LinearGrads& g, const ForwardCtx& ctx) {
  linear_backward_input(N, dy, lin.w, dx, accumulate);
  if (g.w) packed_weight_grad(lin.w, N, dy, x, g.w);
  if (g.b) {
    const int64_t out = lin.w.N;
    parallel_range(out, 64, [&](int64_t c0, int64_t c1) {
      for (int64_t r = 0; r < N; r++)
        for (int64_t c = c0; c < c1; c++) g.b[c] += dy[r * out + c];
    });
  }
  if (lo.on() && g.lora_A)
    lora_linear_backward(N, x, dy, u.f32(), lin.w.K, lin.w.N, lo.r, lo.scale, lo.A.f32(), lo.B.f32(),
                         m.lora_config().dropout, ctx.dropout, lora_seed(ctx.seed, l, slot), dx, g.lora_A, g.lora_B);
}

void layer_backward(const Model& m, int64_t l, const LayerActs& a, const float* z, float* dz, float* dx,
                    LayerBackScratch& s, const LayerGrads& g, const ForwardCtx& ctx) {
  const ModelConfig& c = m.config();
  const LayerParams& p = m.layers[l];
  const int64_t B = ctx.B, T = ctx.T, N = B * T, H = c.hidden, nh = c.heads, d = c.head_dim(), I = c.intermediate;
  // MLP branch: reads the gradient at the layer output
  linear_backward(m, l, kFcOut, p.fc_out, p.lora[kFcOut], a.lora_u[kFcOut], N, a.h4a.f32(), dx, s.dh4a.f32(), false,
                  g.lin[kFcOut], ctx);
  gelu_backward(a.h4.f32(), s.dh4a.f32(), s.dh4.f32(), N * I);
  linear_backward(m, l, kFcIn, p.fc_in, p.lora[kFcIn], a.lora_u[kFcIn], N, a.m.f32(), s.dh4.f32(), s.dm.f32(), false,
                  g.lin[kFcIn], ctx);
  // The gradient the attention branch sees: the layer output's (parallel residual), or the
  // intermediate h = x + attn's (sequential), which also collects the MLP's LN2 path.
  const float* d_attn = dx;
  std::memcpy(s.dnew.f32(), dx, N * H * sizeof(float));
  if (c.parallel_residual) {
    layernorm_backward(a.x_in.f32(), p.ln2_w.f32(), a.ln2_mean.f32(), a.ln2_rstd.f32(), s.dm.f32(), N, H, s.dnew.f32(),
                       g.ln2_w, g.ln2_b);
  } else {
    std::memcpy(s.dh.f32(), dx, N * H * sizeof(float));
    layernorm_backward(a.mid.f32(), p.ln2_w.f32(), a.ln2_mean.f32(), a.ln2_rstd.f32(), s.dm.f32(), N, H, s.dh.f32(),
                       g.ln2_w, g.ln2_b);
    d_attn = s.dh.f32();
    std::memcpy(s.dnew.f32(), s.dh.f32(), N * H * sizeof(float));
  }
  // attention branch
  linear_backward(m, l, kDense, p.dense, p.lora[kDense], a.lora_u[kDense], N, a.att.f32(), d_attn, s.datt.f32(), false,
                  g.lin[kDense], ctx);
  std::memset(s.dphi.f32(), 0, N * sizeof(float));
  attention_backward(a.qkv.f32(), a.phi.f32(), p.gain.f32(), a.att.f32(), a.lse.f32(), s.datt.f32(), B, T, nh, d,
                     ctx.key_start, s.dqkv.f32(), s.dphi.f32(), g.gain);
  const RotaryTables rope = m.rotary(rotary_rows(ctx));
  rotary_backward(s.dqkv.f32(), B, T, nh, d, c.rotary_dims(), ctx.past, ctx.positions, rope.cos.f32(), rope.sin.f32());
  linear_backward(m, l, kQkv, p.qkv, p.lora[kQkv], a.lora_u[kQkv], N, a.a.f32(), s.dqkv.f32(), s.da.f32(), false,
                  g.lin[kQkv], ctx);
  // the value head reads LN1(x) too; its gradient includes the law bias path through phi
  law_bias_backward(N, z, m.law_what, s.dphi.f32(), dz);
  value_head_backward(N, a.a.f32(), p.vh.fc1_w.f32(), p.vh.fc2_w.f32(), a.vh_pre.f32(), a.vh_act.f32(), dz, H,
                      c.value_head_dim, s.da.f32(), g.fc1_w, g.fc1_b, g.fc2_w, g.fc2_b);
  layernorm_backward(a.x_in.f32(), p.ln1_w.f32(), a.ln1_mean.f32(), a.ln1_rstd.f32(), s.da.f32(), N, H, s.dnew.f32(),
                     g.ln1_w, g.ln1_b);
  std::memcpy(dx, s.dnew.f32(), N * H * sizeof(float));
}

void head_backward(const Model& m, const float* x, const HeadActs& a, const float* dlogits, const float* dz_final,
                   int64_t N, float* dx, const HeadGrads& g, const ForwardCtx& ctx) {
  const ModelConfig& c = m.config();
  const int64_t H = c.hidden, V = c.vocab, E = c.value_head_dim;
  std::vector<float> df((size_t)N * H, 0.f);
  // dlogits is null when the batch had no language-modelling label (Trainer::compute skipped the
  // vocabulary projection): only the value head's gradient flows into the final norm
  if (dlogits) linear_backward_input(N, dlogits, m.embed_out.w, df.data(), false);
  if (dlogits && g.embed_out.w) packed_weight_grad(m.embed_out.w, N, dlogits, a.f.f32(), g.embed_out.w);
  const LoraParams& lo = m.lora_embed_out;
  if (dlogits && lo.on() && g.embed_out.lora_A)
    lora_linear_backward(N, a.f.f32(), dlogits, a.lora_u.f32(), H, V, lo.r, lo.scale, lo.A.f32(), lo.B.f32(),
                         m.lora_config().dropout, ctx.dropout, lora_seed(ctx.seed, -1, 0), df.data(), g.embed_out.lora_A,
                         g.embed_out.lora_B);
  const ValueHeadParams& vh = m.final_vh;
  value_head_backward(N, a.f.f32(), vh.fc1_w.f32(), vh.fc2_w.f32(), a.vh_pre.f32(), a.vh_act.f32(), dz_final, H, E,
                      df.data(), g.fc1_w, g.fc1_b, g.fc2_w, g.fc2_b);
  std::memset(dx, 0, N * H * sizeof(float));
  layernorm_backward(x, m.lnf_w.f32(), a.mean.f32(), a.rstd.f32(), df.data(), N, H, dx, g.lnf_w, g.lnf_b);
}

}  // namespace kala
