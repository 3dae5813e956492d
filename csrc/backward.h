// Backward of one layer and of the output head (the reverse of forward.h), accumulating into
// the gradient buffers a Grads struct points at. Null pointers mean "not trained".
#pragma once
#include <cstdint>

#include "forward.h"

namespace kala {

struct LinearGrads {
  float* w = nullptr;  // packed layout of the weight (full training)
  float* b = nullptr;
  float* lora_A = nullptr;
  float* lora_B = nullptr;
};

struct LayerGrads {
  float *ln1_w = nullptr, *ln1_b = nullptr, *ln2_w = nullptr, *ln2_b = nullptr;
  LinearGrads lin[4];
  float *fc1_w = nullptr, *fc1_b = nullptr, *fc2_w = nullptr, *fc2_b = nullptr;
  float* gain = nullptr;
};

struct HeadGrads {
  float *lnf_w = nullptr, *lnf_b = nullptr;
  LinearGrads embed_out;
  float *fc1_w = nullptr, *fc1_b = nullptr, *fc2_w = nullptr, *fc2_b = nullptr;
  float* agg = nullptr;
  float* embed_in = nullptr;  // [V, H] (full training)
  float *embed_lora_A = nullptr, *embed_lora_B = nullptr;
};

// Scratch of a layer backward, sized once for N rows.
struct LayerBackScratch {
  Tensor dh4a, dh4, dm, datt, dqkv, da, dphi, dnew, dh;
  void alloc(const ModelConfig& c, int64_t N);
};

// dx (in: gradient at the layer's output; out: at its input). dz [N, 5] is the gradient at this
// layer's law logits from the loss (it is modified). z are the layer's law logits.
void layer_backward(const Model& m, int64_t l, const LayerActs& a, const float* z, float* dz, float* dx,
                    LayerBackScratch& s, const LayerGrads& g, const ForwardCtx& ctx);

// From dlogits [N, V] and dz_final [N, 5]: parameter grads of the head and dx [N, H] at the
// final layer's output (overwritten). x is the final layer's output.
void head_backward(const Model& m, const float* x, const HeadActs& a, const float* dlogits, const float* dz_final,
                   int64_t N, float* dx, const HeadGrads& g, const ForwardCtx& ctx);

// Gradient of a packed linear weight: dW += dy^T x, added into the packed layout.
void packed_weight_grad(const PackedWeight& w, int64_t N, const float* dy, const float* x, float* dw_packed);

}  // namespace kala
