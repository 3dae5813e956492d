// The engine's operators: one plain function per op over flat float buffers, forward beside
// backward. Row-major throughout; N = B * T token rows. Each op parallelises internally.
#pragma once
#include <cstdint>

#include "gemm.h"
#include "tensor.h"

namespace kala {

// ---------------------------------------------------------------- embedding
// out[i, :] = W[ids[i], :] for a [V, H] table of any float dtype.
void embedding_forward(const int32_t* ids, int64_t n, const Tensor& W, float* out);

// ---------------------------------------------------------------- layer norm
// out = (x - mean) * rstd * w + b per row of H; mean and rstd ([N]) are saved for backward.
void layernorm_forward(const float* x, const float* w, const float* b, float eps, int64_t N, int64_t H, float* out,
                       float* mean, float* rstd);

// ---------------------------------------------------------------- linear
// y[N, out] = x[N, in] W^T + bias (bias may be null), W packed.
void linear_forward(int64_t N, const float* x, const PackedWeight& W, const float* bias, float* y);
// y[N, out] = x W^T + bias for a plain row-major f32 W [out, in] (small trainable layers).
void dense_forward(int64_t N, const float* x, const float* W, const float* bias, int64_t in, int64_t out, float* y);

// ---------------------------------------------------------------- activations
void gelu_forward(const float* x, float* y, int64_t n);

// ---------------------------------------------------------------- rotary
// cos/sin tables [max_pos, rd/2] for inv_freq = base^(-(0,2,..,rd-2)/rd), computed in double.
void rotary_tables(int64_t max_pos, int64_t rd, double base, float* cos_out, float* sin_out);
// Rotates the first rd dims of q and k in a fused qkv buffer [B*T, heads, 3d] (HF rotate_half),
// for positions pos0 .. pos0+T-1.
void rotary_forward(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                    const float* cos_t, const float* sin_t);

// ---------------------------------------------------------------- attention
// A strided view of per-head vectors: element (b, t, h) starts at base + b*sb + t*st + h*sh.
struct HeadView {
  float* base;
  int64_t sb, st, sh;
  float* at(int64_t b, int64_t t, int64_t h) const { return base + b * sb + t * st + h * sh; }
};
// Causal attention with the constitutional key bias: for query t (absolute position past+t)
// over keys j <= past+t, S_tj = q.k_j / sqrt(d) + gain[h] * phi[b*phi_sb + j];
// out[b, t, h*d : (h+1)*d] = softmax(S) V. gain may be null (no bias). lse (optional,
// [B, heads, T]) receives each row's log-sum-exp for the backward pass.
void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d, float* out,
                       float* lse);

// ---------------------------------------------------------------- constitutional heads
// Value head z = fc2(gelu(fc1(h))): h [N, H] -> pre [N, E] (fc1 output), act [N, E], z [N, 5].
void value_head_forward(int64_t N, const float* h, const float* fc1_w, const float* fc1_b, const float* fc2_w,
                        const float* fc2_b, int64_t H, int64_t E, float* pre, float* act, float* z);
// phi[i] = sum_k what_k * logsigmoid(z[i, k]) (what = normalised law weights).
void law_bias_forward(int64_t N, const float* z, const double* what, float* phi);
// pi = softmax(layer_logits[L1]); zbar[i,k] = sum_l pi_l z_l[i,k]; scores = sigmoid(zbar).
// z_layers is [L1, N, 5]; pi [L1] is written for backward.
void aggregator_forward(int64_t L1, int64_t N, const float* z_layers, const float* layer_logits, float* pi, float* zbar,
                        float* scores);

}  // namespace kala
