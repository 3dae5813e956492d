// One transformer layer and the output head, shared by inference (Model::forward) and
// training (Trainer): the same code computes what is generated and what is trained.
#pragma once
#include <cstdint>

#include "model.h"

namespace kala {

// A layer's activations. Inference reuses one set across layers; training keeps one per layer
// (or re-runs the layer from x_in when recomputation is on).
struct LayerActs {
  Tensor x_in;                       // [N, H] the residual stream entering the layer
  Tensor a, ln1_mean, ln1_rstd;      // LN1(x)
  Tensor vh_pre, vh_act, phi;        // value head fc1 output, gelu, and the law bias
  Tensor qkv, lse, att;              // fused qkv after rotary, softmax log-sum-exp, attention output
  Tensor mid;                        // sequential residual: x + attn
  Tensor m, ln2_mean, ln2_rstd;      // LN2 input's normalisation
  Tensor h4, h4a;                    // MLP pre-activation and gelu
  Tensor attn_out, mlp_out;          // dense and MLP outputs
  Tensor lora_u[4];                  // LoRA x A^T per linear, [N, r]
  void alloc(const Model& m, int64_t N, bool with_x_in);
};

struct ForwardCtx {
  int64_t B = 0, T = 0, past = 0;
  const int32_t* positions = nullptr;  // [B*T] rotary positions (packed rows), else past + t
  const int32_t* key_start = nullptr;  // [B*T] first visible key per query (packed rows), else 0
  KVCache* cache = nullptr;
  bool dropout = false;                // LoRA dropout (training steps only)
  uint64_t seed = 0;                   // dropout seed of this forward
};

// Rows of the rotary table a forward over ctx reads: past + T, or the largest packed position + 1.
int64_t rotary_rows(const ForwardCtx& ctx);

// Per-module dropout seed: every LoRA branch draws its own mask.
uint64_t lora_seed(uint64_t seed, int64_t layer, int slot);

// x (in/out, [N, H]) through layer l; z [N, 5] receives the layer's law logits.
void layer_forward(const Model& m, int64_t l, float* x, float* z, LayerActs& acts, const ForwardCtx& ctx);

// Embedding (+ LoRA) of ids into x [N, H].
void embed_forward(const Model& m, const int32_t* ids, int64_t N, float* x);

// The head's saved activations.
struct HeadActs {
  Tensor f, mean, rstd;      // final LayerNorm
  Tensor vh_pre, vh_act;     // final value head
  Tensor pi, zbar;           // aggregator
  Tensor lora_u;             // embed_out LoRA
};

// Final norm, final monitor head (z_final [N, 5]), aggregator (scores), and logits for the
// rows listed (all rows when logit_rows is null) into logits [rows, V].
void head_forward(const Model& m, const float* x, int64_t N, float* z_layers, float* scores, const int64_t* logit_rows,
                  int64_t n_logit_rows, float* logits, HeadActs& acts, const ForwardCtx& ctx);

}  // namespace kala
