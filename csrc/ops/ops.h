// The engine's operators: one plain function per op over flat float buffers, forward beside
// backward. Row-major throughout; N = B * T token rows. Each op parallelises internally and is
// deterministic for a given thread count (partial sums are combined in a fixed order).
// Backward functions accumulate (+=) into gradient buffers unless they say otherwise.
#pragma once
#include <cstdint>

#include "gemm.h"
#include "tensor.h"

namespace kala {

// ---------------------------------------------------------------- embedding
// out[i, :] = W[ids[i], :] for a [V, H] table of any float dtype.
void embedding_forward(const int32_t* ids, int64_t n, const Tensor& W, float* out);
// dW[ids[i], :] += dout[i, :] (f32 table gradient; rows summed in index order).
void embedding_backward(const int32_t* ids, int64_t n, int64_t H, const float* dout, float* dW);

// ---------------------------------------------------------------- layer norm
// out = (x - mean) * rstd * w + b per row of H; mean and rstd ([N]) are saved for backward.
void layernorm_forward(const float* x, const float* w, const float* b, float eps, int64_t N, int64_t H, float* out,
                       float* mean, float* rstd);
// dx += dLN/dx; dw, db (may be null) += parameter gradients.
void layernorm_backward(const float* x, const float* w, const float* mean, const float* rstd, const float* dout,
                        int64_t N, int64_t H, float* dx, float* dw, float* db);

// ---------------------------------------------------------------- linear
// y[N, out] = x[N, in] W^T + bias (bias may be null), W packed.
void linear_forward(int64_t N, const float* x, const PackedWeight& W, const float* bias, float* y);
// dx[N, in] (+)= dy[N, out] W  (accumulate chooses += or =).
void linear_backward_input(int64_t N, const float* dy, const PackedWeight& W, float* dx, bool accumulate);
// y[N, out] = x W^T + bias for a plain row-major f32 W [out, in] (small trainable layers).
void dense_forward(int64_t N, const float* x, const float* W, const float* bias, int64_t in, int64_t out, float* y);
// dx (+)= dy W; dW += dy^T x; db += colsum(dy). Any of dx, dW, db may be null.
void dense_backward(int64_t N, const float* x, const float* W, const float* dy, int64_t in, int64_t out, float* dx,
                    float* dW, float* db, bool accumulate_dx);

// ---------------------------------------------------------------- activations
void gelu_forward(const float* x, float* y, int64_t n);
// dx = dy * gelu'(x) (overwrites dx).
void gelu_backward(const float* x, const float* dy, float* dx, int64_t n);

// ---------------------------------------------------------------- rotary
// cos/sin tables [max_pos, rd/2] for inv_freq = base^(-(0,2,..,rd-2)/rd), computed in double.
void rotary_tables(int64_t max_pos, int64_t rd, double base, float* cos_out, float* sin_out);
// Rotates the first rd dims of q and k in a fused qkv buffer [B*T, heads, 3d] (HF rotate_half).
// Row r sits at position positions[r] when given, else pos0 + r % T.
void rotary_forward(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                    const int32_t* positions, const float* cos_t, const float* sin_t);
// The transpose rotation, applied in place to the q and k gradients in a dqkv buffer.
void rotary_backward(float* dqkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                     const int32_t* positions, const float* cos_t, const float* sin_t);

// ---------------------------------------------------------------- attention
// A strided view of per-head vectors: element (b, t, h) starts at base + b*sb + t*st + h*sh.
struct HeadView {
  float* base;
  int64_t sb, st, sh;
  float* at(int64_t b, int64_t t, int64_t h) const { return base + b * sb + t * st + h * sh; }
};
// Causal attention with the constitutional key bias: query t (absolute position past+t) sees
// keys j in [key_start, past+t] (key_start = key_start[b*T+t] when given, for packed rows; else
// 0), with S_tj = q.k_j / sqrt(d) + gain[h] * phi[b*phi_sb + j]; out[b, t, h*d:(h+1)*d] =
// softmax(S) V. gain may be null (no bias). lse (optional, [B, heads, T]) receives each row's
// log-sum-exp for the backward pass.
void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d,
                       const int32_t* key_start, float* out, float* lse);
// Backward of attention_forward without a cache (past = 0, q/k/v in one qkv buffer [N, heads, 3d]):
// recomputes the probabilities from lse and writes dq, dk, dv into dqkv (overwrites), and adds
// into dphi [B*T] (may be null) and dgain [heads] (may be null).
void attention_backward(const float* qkv, const float* phi, const float* gain, const float* out, const float* lse,
                        const float* dout, int64_t B, int64_t T, int64_t heads, int64_t d, const int32_t* key_start,
                        float* dqkv, float* dphi, float* dgain);

// ---------------------------------------------------------------- constitutional heads
// Value head z = fc2(gelu(fc1(h))): h [N, H] -> pre [N, E] (fc1 output), act [N, E], z [N, 5].
void value_head_forward(int64_t N, const float* h, const float* fc1_w, const float* fc1_b, const float* fc2_w,
                        const float* fc2_b, int64_t H, int64_t E, float* pre, float* act, float* z);
// Gradients of a value head for dz [N, 5]: parameter grads += and dh += (dh may be null).
void value_head_backward(int64_t N, const float* h, const float* fc1_w, const float* fc2_w, const float* pre,
                         const float* act, const float* dz, int64_t H, int64_t E, float* dh, float* dfc1_w,
                         float* dfc1_b, float* dfc2_w, float* dfc2_b);
// phi[i] = sum_k what_k * logsigmoid(z[i, k]) (what = normalised law weights).
void law_bias_forward(int64_t N, const float* z, const double* what, float* phi);
// dz[i, k] += dphi[i] * what_k * sigmoid(-z[i, k]).
void law_bias_backward(int64_t N, const float* z, const double* what, const float* dphi, float* dz);
// pi = softmax(layer_logits[L1]); zbar[i,k] = sum_l pi_l z_l[i,k]; scores = sigmoid(zbar).
// z_layers is [L1, N, 5]; pi [L1] is written for backward.
void aggregator_forward(int64_t L1, int64_t N, const float* z_layers, const float* layer_logits, float* pi, float* zbar,
                        float* scores);
// From dzbar [N, 5]: dz_layers += pi_l dzbar; dlayer_logits += softmax backward.
void aggregator_backward(int64_t L1, int64_t N, const float* z_layers, const float* pi, const float* dzbar,
                         float* dz_layers, float* dlayer_logits);

// ---------------------------------------------------------------- losses
// Mean cross-entropy of logits [B, T, V] at t against labels[b, t+1] (-100 ignored; HF
// convention). Returns the loss (0 when nothing is labelled) and the label count in *count;
// overwrites logits with d(scale * loss)/dlogits when grad is true.
double cross_entropy(float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, bool grad, float scale,
                     int64_t* count);
// Per-position negative log-likelihood of labels[b, t+1] under logits[b, t] (NaN where the
// label is -100 or t is last): for perplexity and evaluation.
void token_nll(const float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, float* nll);
// DESIGN §3 ethics loss over targets [N, 5] (NaN = unlabelled): E = sum_labelled [ sum_k
// wn_k (sbar - y)^2 + lambda * mean_l sum_k wn_k (s_l - y)^2 ] / #labelled, wn = w / mean(w).
// With grad, adds scale * dE/dzbar to dzbar [N, 5] and scale * dE/dz_l to dz_layers.
double ethics_loss(int64_t L1, int64_t N, const float* z_layers, const float* scores, const float* targets,
                   const double* law_weights, double lambda, bool grad, float scale, float* dzbar, float* dz_layers,
                   int64_t* labelled);

}  // namespace kala

namespace kala {

// ---------------------------------------------------------------- LoRA (PEFT semantics)
// Dropout keeps x[i] with probability 1-p, deterministically from (seed, i): backward can
// regenerate the mask instead of storing it.
void dropout_apply(const float* x, int64_t n, double p, uint64_t seed, float* out);
// y += scale * dropout(x) A^T B^T for A [r, in], B [out, r]; u [N, r] = dropout(x) A^T is saved.
void lora_linear_forward(int64_t N, const float* x, int64_t in, int64_t out, int64_t r, float scale, const float* A,
                         const float* B, double p, bool dropout, uint64_t seed, float* y, float* u);
// Gradients of the LoRA branch: dA += du^T dropout(x), dB += scale dy^T u, dx += dropout'(du A).
void lora_linear_backward(int64_t N, const float* x, const float* dy, const float* u, int64_t in, int64_t out, int64_t r,
                          float scale, const float* A, const float* B, double p, bool dropout, uint64_t seed, float* dx,
                          float* dA, float* dB);
// Embedding: x[i] += scale * B A[:, ids[i]] for A [r, V], B [H, r] (no dropout).
void lora_embedding_forward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale, const float* A,
                            const float* B, float* x);
void lora_embedding_backward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale,
                             const float* A, const float* B, const float* dx, float* dA, float* dB);

}  // namespace kala
