// The CUDA backend's host API: the ops of csrc/ops/ops.h over device pointers, on a stream.
// Same semantics, names and argument order as the CPU ops wherever they exist (DESIGN §3 is the
// contract; test/gpu/ compares every op with its CPU twin). Plain C++: includable without the
// CUDA headers. Activations and gradients are f32 buffers; matmuls compute in the Precision
// asked for (f32 FMA on every arch; bf16/f16 tensor cores with f32 accumulation on sm_80+, f16
// tiles with f32 accumulation on older GPUs). Errors throw kala::KalaException(ErrorCode::CUDA_ERROR).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dtype.h"
#include "tensor.h"

struct CUstream_st;

namespace kala::cuda {

using Stream = CUstream_st*;  // == cudaStream_t; nullptr is the default stream

// ---------------------------------------------------------------- device and memory
struct DeviceInfo {
  std::string name;
  int major = 0, minor = 0;
  size_t memory_bytes = 0;
  int sm_count = 0;
  double mem_bandwidth_gbs = 0;  // from the memory clock and bus width (0 when unknown)
};
struct RuntimeInfo {
  std::vector<DeviceInfo> devices;
  std::string error;       // why no device is usable (empty when devices were found)
  int runtime_version = 0, driver_version = 0;
  bool emulated = false;   // built with KALA_CUDA_EMU: kernels run in the CPU emulator
};
RuntimeInfo runtime_info();
bool emulated();
// Compute capability of the current device as major*10+minor (the emulator reports 80 or
// KALA_EMU_CC).
int compute_capability();
int sm_count();

// Tensor cores are used for BF16/F16 precision on sm_80+ unless forced off (tests run the
// portable SIMT kernels on any GPU this way).
void set_force_simt(bool on);
bool force_simt();
enum class Precision : int { F32 = 0, BF16 = 1, F16 = 2 };
const char* precision_name(Precision p);
Precision parse_precision(const std::string& s);  // "f32" | "bf16" | "f16"
// The element type of that name (a KV cache stored in the precision of the matmuls).
inline DType precision_dtype(Precision p) { return p == Precision::BF16 ? DType::BF16 : p == Precision::F16 ? DType::F16 : DType::F32; }
bool use_tensor_cores(Precision p);
Precision default_precision();  // BF16 on sm_80+, F16 below

void* device_alloc(size_t bytes);
void device_free(void* p);
void copy_h2d(void* dst, const void* src, size_t bytes, Stream s = nullptr);
void copy_d2h(void* dst, const void* src, size_t bytes, Stream s = nullptr);
void copy_d2d(void* dst, const void* src, size_t bytes, Stream s = nullptr);
void memset_async(void* dst, int byte, size_t bytes, Stream s = nullptr);
void synchronize(Stream s = nullptr);
size_t allocated_bytes();        // bytes held through device_alloc now
size_t peak_allocated_bytes();   // high-water mark since the last reset
void reset_peak_allocated();
size_t device_used_bytes();      // total - free device memory (context and other processes included)
// Grow-only per-thread scratch (slot 0..7), valid until the next call with the same slot.
void* scratch(size_t bytes, int slot);

// Owning device buffer.
class DeviceBuffer {
 public:
  DeviceBuffer() = default;
  explicit DeviceBuffer(size_t bytes) : p_(bytes ? device_alloc(bytes) : nullptr), n_(bytes) {}
  ~DeviceBuffer() { device_free(p_); }
  DeviceBuffer(DeviceBuffer&& o) noexcept : p_(o.p_), n_(o.n_) { o.p_ = nullptr, o.n_ = 0; }
  DeviceBuffer& operator=(DeviceBuffer&& o) noexcept {
    if (this != &o) {
      device_free(p_);
      p_ = o.p_, n_ = o.n_;
      o.p_ = nullptr, o.n_ = 0;
    }
    return *this;
  }
  DeviceBuffer(const DeviceBuffer&) = delete;
  DeviceBuffer& operator=(const DeviceBuffer&) = delete;
  void* get() const { return p_; }
  template <typename T>
  T* as() const { return static_cast<T*>(p_); }
  size_t bytes() const { return n_; }

 private:
  void* p_ = nullptr;
  size_t n_ = 0;
};

// Timing with CUDA events (milliseconds between two records on a stream).
class Timer {
 public:
  Timer();
  ~Timer();
  void start(Stream s = nullptr);
  double stop(Stream s = nullptr);  // synchronises
 private:
  void* a_ = nullptr;
  void* b_ = nullptr;
  double host_t0_ = 0;
};

// ---------------------------------------------------------------- matrix multiply
// An operand in device memory. For A (M x K): A(m, k) = trans ? p[k*ld + m] : p[m*ld + k];
// for B (K x N): B(k, n) = trans ? p[n*ld + k] : p[k*ld + n] (a weight [N, K] is B with trans,
// as in kernels.h's MatB). int8 carries one scale per stored row. With dropout, the element at
// storage offset o is multiplied by the CPU dropout mask of (p, seed) at o.
struct Mat {
  const void* p = nullptr;
  DType dtype = DType::F32;
  int64_t ld = 0;
  bool trans = false;
  const float* scale = nullptr;
  bool dropout = false;
  double drop_p = 0;
  uint64_t drop_seed = 0;
};

struct GemmOpts {
  float alpha = 1.f;
  bool accumulate = false;        // C += ... instead of C = ...
  const float* bias = nullptr;    // [N], added once
  // LoRA fused in (the K dimension extended by r): C += lora_scale * U[M, r] LB^T with LB
  // stored [N, r] (or [r, N] when lora_b_kn: the backward dx += dU A).
  const float* lora_u = nullptr;
  const float* lora_b = nullptr;
  int64_t lora_r = 0;
  float lora_scale = 0.f;
  bool lora_b_kn = false;
  // Output dropout: the product is multiplied by the mask at flat index m*drop_ld + n before
  // it is stored/accumulated (the dx of a dropout-ed LoRA input).
  bool out_dropout = false;
  double drop_p = 0;
  uint64_t drop_seed = 0;
  int64_t drop_ld = 0;
  Precision precision = Precision::F32;
};

// C[M, N] (ldc) = alpha * op(A) op(B) (+ LoRA) (+ bias) (+ C when accumulating).
void gemm(int64_t M, int64_t N, int64_t K, const Mat& A, const Mat& B, float* C, int64_t ldc, const GemmOpts& o,
          Stream s = nullptr);

// A linear layer's weight [N = out, K = in] on the device: f32, f16, bf16, or int8 + scales [N].
struct Weight {
  const void* p = nullptr;
  DType dtype = DType::F32;
  int64_t N = 0, K = 0;
  const float* scale = nullptr;
  Mat as_b() const { return Mat{p, dtype, K, true, scale}; }        // B(k, n) = W[n, k]
  Mat as_b_t() const { return Mat{p, dtype, K, false, scale}; }     // B(k, n) = W[k, n]
};

// y[M, N] = x W^T + bias (bias may be null). M <= 8 takes the streaming GEMV (decode).
void linear_forward(int64_t M, const float* x, const Weight& W, const float* bias, float* y, Precision prec,
                    Stream s = nullptr);
// dx[M, K] (+)= dy[M, N] W.
void linear_backward_input(int64_t M, const float* dy, const Weight& W, float* dx, bool accumulate, Precision prec,
                           Stream s = nullptr);
// dW[N, K] += dy^T x (f32, row-major).
void linear_backward_weight(int64_t M, const float* dy, const float* x, int64_t N, int64_t K, float* dW,
                            Precision prec, Stream s = nullptr);
// db[N] += column sums of dy [M, N] (fixed order: deterministic).
void colsum_add(int64_t M, int64_t N, const float* dy, float* db, Stream s = nullptr);
// Plain f32 weights (small trainable layers), as the CPU's dense_forward/dense_backward.
void dense_forward(int64_t N, const float* x, const float* W, const float* bias, int64_t in, int64_t out, float* y,
                   Precision prec, Stream s = nullptr);
void dense_backward(int64_t N, const float* x, const float* W, const float* dy, int64_t in, int64_t out, float* dx,
                    float* dW, float* db, bool accumulate_dx, Precision prec, Stream s = nullptr);

// Decode GEMV: y[m, n] (+)= sum_k x[m, k] W[n, k] (* scale[n]) (+ bias[n]) for M <= 8 rows,
// streaming each weight byte once (the memory-bound path on every arch).
void gemv(int64_t M, const float* x, int64_t ldx, const Weight& W, const float* bias, float* y, int64_t ldy,
          bool accumulate, Stream s = nullptr);

// LLM.int8-style prefill/training GEMM on int8 tensor cores (sm_80+): activation rows are
// quantised per row (absmax / 127) on the fly, columns holding any |x| > outlier_threshold are
// kept out of the int8 product and added in 16-bit against the dequantised weight columns.
// y[M, N] = x W^T + bias for an int8 W. Falls back to the dequantising GEMM below sm_80.
void linear_int8_dynamic(int64_t M, const float* x, const Weight& W, const float* bias, float* y,
                         float outlier_threshold, Stream s = nullptr);
// Raw int8 GEMM for benchmarks: C[M, N] int32 = A[M, K] B[N, K]^T (K a multiple of 16).
void gemm_s8s8s32(int64_t M, int64_t N, int64_t K, const int8_t* A, const int8_t* B, int32_t* C, Stream s = nullptr);

// ---------------------------------------------------------------- elementwise and norms
void gelu_forward(const float* x, float* y, int64_t n, Stream s = nullptr);
void gelu_backward(const float* x, const float* dy, float* dx, int64_t n, Stream s = nullptr);  // overwrites dx
void add_inplace(float* x, const float* y, int64_t n, Stream s = nullptr);                        // x += y
void scale_inplace(float* x, float f, int64_t n, Stream s = nullptr);
void fill(float* x, float v, int64_t n, Stream s = nullptr);
void convert_f32(const float* x, void* y, DType dt, int64_t n, Stream s = nullptr);  // to f32/f16/bf16
void dropout_apply(const float* x, int64_t n, double p, uint64_t seed, float* out, Stream s = nullptr);

void layernorm_forward(const float* x, const float* w, const float* b, float eps, int64_t N, int64_t H, float* out,
                       float* mean, float* rstd, Stream s = nullptr);
void layernorm_backward(const float* x, const float* w, const float* mean, const float* rstd, const float* dout,
                        int64_t N, int64_t H, float* dx, float* dw, float* db, Stream s = nullptr);

// Rotary tables are computed on the host (kala::rotary_tables) and uploaded.
void rotary_forward(float* qkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                    const int32_t* positions, const float* cos_t, const float* sin_t, Stream s = nullptr);
void rotary_backward(float* dqkv, int64_t B, int64_t T, int64_t heads, int64_t d, int64_t rd, int64_t pos0,
                     const int32_t* positions, const float* cos_t, const float* sin_t, Stream s = nullptr);

// out[i, :] = W[ids[i], :] for a [V, H] table of dtype dt (f32, f16, bf16).
void embedding_forward(const int32_t* ids, int64_t n, const void* W, DType dt, int64_t H, float* out,
                       Stream s = nullptr);
// dW[ids[i], :] += dout[i, :], rows in index order per column (deterministic).
void embedding_backward(const int32_t* ids, int64_t n, int64_t H, const float* dout, float* dW, Stream s = nullptr);

// ---------------------------------------------------------------- attention
// A strided view of per-head vectors in device memory (element (b, t, h) at base + b*sb + t*st
// + h*sh, in elements of dtype: f32, or f16/bf16 for a 16-bit KV cache).
struct HeadView {
  const void* base = nullptr;
  DType dtype = DType::F32;
  int64_t sb = 0, st = 0, sh = 0;
};
// As kala::attention_forward (causal, key bias gain[h] * phi_j, key_start for packed rows, lse
// [B, heads, T] optional). Flash-style tiles; T <= 8 with a cache (past > 0) takes the decode
// kernel (split over the cache, then combined). F32 = exact SIMT path, BF16/F16 = tensor cores.
void attention_forward(const HeadView& q, const HeadView& k, const HeadView& v, const float* phi, int64_t phi_sb,
                       const float* gain, int64_t B, int64_t T, int64_t past, int64_t heads, int64_t d,
                       const int32_t* key_start, float* out, float* lse, Precision prec, Stream s = nullptr);
// As kala::attention_backward: writes dq, dk, dv into dqkv [N, heads, 3d] (overwrites), adds
// into dphi [B*T] and dgain [heads] (either may be null). Deterministic (no atomics).
void attention_backward(const float* qkv, const float* phi, const float* gain, const float* out, const float* lse,
                        const float* dout, int64_t B, int64_t T, int64_t heads, int64_t d, const int32_t* key_start,
                        float* dqkv, float* dphi, float* dgain, Precision prec, Stream s = nullptr);

// ---------------------------------------------------------------- constitutional heads
void value_head_forward(int64_t N, const float* h, const float* fc1_w, const float* fc1_b, const float* fc2_w,
                        const float* fc2_b, int64_t H, int64_t E, float* pre, float* act, float* z, Precision prec,
                        Stream s = nullptr);
// dh may be null; dact scratch is internal.
void value_head_backward(int64_t N, const float* h, const float* fc1_w, const float* fc2_w, const float* pre,
                         const float* act, const float* dz, int64_t H, int64_t E, float* dh, float* dfc1_w,
                         float* dfc1_b, float* dfc2_w, float* dfc2_b, Precision prec, Stream s = nullptr);
// what: the 5 normalised law weights (host values, passed by value to the kernel).
void law_bias_forward(int64_t N, const float* z, const double* what, float* phi, Stream s = nullptr);
void law_bias_backward(int64_t N, const float* z, const double* what, const float* dphi, float* dz, Stream s = nullptr);
void aggregator_forward(int64_t L1, int64_t N, const float* z_layers, const float* layer_logits, float* pi,
                        float* zbar, float* scores, Stream s = nullptr);
void aggregator_backward(int64_t L1, int64_t N, const float* z_layers, const float* pi, const float* dzbar,
                         float* dz_layers, float* dlayer_logits, Stream s = nullptr);

// ---------------------------------------------------------------- losses
// As kala::cross_entropy (labels on the device). Returns the mean loss (synchronises).
double cross_entropy(float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, bool grad, float scale,
                     int64_t* count, Stream s = nullptr);
void token_nll(const float* logits, const int32_t* labels, int64_t B, int64_t T, int64_t V, float* nll,
               Stream s = nullptr);
// As kala::ethics_loss, in one kernel (count, sigmoid, hierarchy weights, per-layer deep
// supervision, NaN mask, gradients). Returns E (synchronises).
double ethics_loss(int64_t L1, int64_t N, const float* z_layers, const float* scores, const float* targets,
                   const double* law_weights, double lambda, bool grad, float scale, float* dzbar, float* dz_layers,
                   int64_t* labelled, Stream s = nullptr);

// ---------------------------------------------------------------- LoRA
// As the CPU ops (u = dropout(x) A^T saved; y += scale u B^T).
void lora_linear_forward(int64_t N, const float* x, int64_t in, int64_t out, int64_t r, float scale, const float* A,
                         const float* B, double p, bool dropout, uint64_t seed, float* y, float* u, Precision prec,
                         Stream s = nullptr);
void lora_linear_backward(int64_t N, const float* x, const float* dy, const float* u, int64_t in, int64_t out,
                          int64_t r, float scale, const float* A, const float* B, double p, bool dropout,
                          uint64_t seed, float* dx, float* dA, float* dB, Precision prec, Stream s = nullptr);
void lora_embedding_forward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale,
                            const float* A, const float* B, float* x, Stream s = nullptr);
void lora_embedding_backward(const int32_t* ids, int64_t N, int64_t V, int64_t H, int64_t r, float scale,
                             const float* A, const float* B, const float* dx, float* dA, float* dB,
                             Stream s = nullptr);

// A LoRA adapter of one linear layer (device pointers).
struct Lora {
  const float* A = nullptr;  // [r, in]
  const float* B = nullptr;  // [out, r]
  int64_t r = 0;
  float scale = 0.f;
  double p = 0;
  bool dropout = false;
  uint64_t seed = 0;
  bool on() const { return r > 0 && A && B; }
};
// The base linear with its LoRA branch fused into one GEMM: u = dropout(x) A^T (saved, [M, r]),
// y = x W^T + bias + scale u B^T (the GEMM's K loop runs over in + r). M <= 8: GEMV + small GEMMs.
void linear_lora_forward(int64_t M, const float* x, const Weight& W, const float* bias, const Lora& lo, float* y,
                         float* u, Precision prec, Stream s = nullptr);
// Backward: dx (+)= dy W + dropout'(scale (dy B) A) (fused into one GEMM when there is no
// dropout), dA += (scale dy B)^T dropout(x), dB += scale dy^T u. dx/dA/dB may be null.
void linear_lora_backward(int64_t M, const float* x, const float* dy, const float* u, const Weight& W, const Lora& lo,
                          float* dx, bool accumulate_dx, float* dA, float* dB, Precision prec, Stream s = nullptr);

// ---------------------------------------------------------------- optimizer
struct AdamTensor {
  float* w = nullptr;  // f32 master
  float* g = nullptr;
  float* m = nullptr;
  float* v = nullptr;
  int64_t n = 0;
  bool decay = false;
  bool clamp = false;  // kept >= 0 (attention_law_gain)
};
// One AdamW step over every tensor in one launch (as kala::Trainer::adamw, decoupled weight
// decay, bias correction, gains clamped), gradients multiplied by grad_scale first (1/loss
// scale when training with loss scaling).
void adamw_multi(const std::vector<AdamTensor>& ts, double lr, double beta1, double beta2, double eps, double wd,
                 int64_t step, float grad_scale, Stream s = nullptr);
// sqrt(sum of squares) of all gradients (double accumulation, deterministic); not finite
// when any gradient is inf/NaN. Synchronises.
double grad_norm_multi(const std::vector<AdamTensor>& ts, Stream s = nullptr);
void scale_grads_multi(const std::vector<AdamTensor>& ts, float f, Stream s = nullptr);
void zero_grads_multi(const std::vector<AdamTensor>& ts, Stream s = nullptr);

// Dynamic loss scaling for f16 training (sm_60): multiply the loss gradient by scale(); after
// each step report whether the gradients were finite. Overflow halves the scale and skips
// the step; `interval` clean steps double it.
struct LossScaler {
  float scale = 65536.f;
  int good_steps = 0;
  int interval = 2000;
  // Returns true when the step should be applied.
  bool update(bool finite) {
    if (!finite) {
      scale = scale > 1.f ? scale * 0.5f : 1.f;
      good_steps = 0;
      return false;
    }
    if (++good_steps >= interval) {
      scale *= 2.f;
      good_steps = 0;
    }
    return true;
  }
};

}  // namespace kala::cuda
