// The op-level test and benchmark harness of the CUDA build, compiled only into op-test builds
// (cmake -DKALA_CUDA_OPTEST=ON: the emulator build CI tests, `npm run build-cuda:test` for
// test/gpu/ and bench/gpu/), never into the shipped binary. It exports `cudaOpTest`:
// run(name, args) runs one CUDA op of cuda/kala_cuda.h on host arrays (uploaded; outputs poisoned
// with NaN unless given as inputs, i.e. accumulated into) and returns the outputs; runCpu(name,
// args) runs the CPU twin from csrc/ops on the same arguments, so test/gpu/ can compare them;
// bench(name, args, iters) times the CUDA op; ops() lists the names. Args: Float32Array /
// Int32Array / Int8Array, or {dtype: 'f16'|'bf16', data: Uint16Array} for 16-bit tensors,
// numbers and booleans.
#if defined(KALA_CUDA) && defined(KALA_CUDA_OPTEST)
#include <napi.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gemm.h"
#include "half.h"
#include "kala_cuda.h"
#include "napi/bindings.h"
#include "napi/util.h"
#include "ops/ops.h"

namespace kala::napi {

namespace kc = kala::cuda;

namespace {

struct Arr {
  const void* p = nullptr;
  size_t bytes = 0;
  DType dt = DType::F32;
  int64_t n = 0;
};

struct Out {
  std::string name;
  DType dt;
  int64_t n;
  void* ptr;  // host vector data or device pointer
};

// The arguments of one op run, on the host (CPU twin) or the device (CUDA op).
class Ctx {
 public:
  Ctx(Napi::Env env, Napi::Object args, bool gpu) : env_(env), args_(args), gpu_(gpu) {}

  bool gpu() const { return gpu_; }
  bool has(const char* k) const {
    Napi::Value v = args_.Get(k);
    return !v.IsUndefined() && !v.IsNull();
  }
  double d(const char* k, double def) const {
    Napi::Value v = args_.Get(k);
    return v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : def;
  }
  int64_t i(const char* k) const {
    Napi::Value v = args_.Get(k);
    if (!v.IsNumber()) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string("missing number argument ") + k);
    return v.As<Napi::Number>().Int64Value();
  }
  int64_t i(const char* k, int64_t def) const { return has(k) ? i(k) : def; }
  bool b(const char* k, bool def = false) const { return has(k) ? args_.Get(k).ToBoolean().Value() : def; }
  std::string str(const char* k, const std::string& def) const {
    Napi::Value v = args_.Get(k);
    return v.IsString() ? v.As<Napi::String>().Utf8Value() : def;
  }
  kc::Precision prec() const { return kc::parse_precision(str("precision", "f32")); }

  Arr arr(const char* k) const {
    Napi::Value v = args_.Get(k);
    Arr a;
    DType forced = DType::F32;
    bool has_forced = false;
    if (v.IsObject() && !v.IsTypedArray() && !v.IsArrayBuffer()) {
      Napi::Object o = v.As<Napi::Object>();
      const std::string dt = o.Get("dtype").IsString() ? o.Get("dtype").As<Napi::String>().Utf8Value() : "";
      forced = dt == "f16" ? DType::F16 : dt == "bf16" ? DType::BF16 : dt == "i8" ? DType::I8 : dt == "i32" ? DType::I32 : DType::F32;
      has_forced = true;
      v = o.Get("data");
    }
    if (!v.IsTypedArray()) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string("missing array argument ") + k);
    Napi::TypedArray t = v.As<Napi::TypedArray>();
    a.p = static_cast<const uint8_t*>(t.ArrayBuffer().Data()) + t.ByteOffset();
    a.bytes = t.ByteLength();
    switch (t.TypedArrayType()) {
      case napi_float32_array: a.dt = DType::F32; break;
      case napi_int32_array: a.dt = DType::I32; break;
      case napi_int8_array: a.dt = DType::I8; break;
      case napi_uint16_array: a.dt = has_forced ? forced : DType::F16; break;
      default: throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string("unsupported array type for ") + k);
    }
    if (has_forced && forced != a.dt) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string("dtype does not match the array of ") + k);
    a.n = (int64_t)(a.bytes / dtype_size(a.dt));
    return a;
  }

  // An input of any dtype: a device copy (gpu) or the JS memory itself (cpu).
  const void* raw(const char* k, DType* dt = nullptr, int64_t* n = nullptr) {
    Arr a = arr(k);
    if (dt) *dt = a.dt;
    if (n) *n = a.n;
    if (!gpu_) return a.p;
    auto it = dev_.find(k);
    if (it != dev_.end()) return it->second.get();
    kc::DeviceBuffer buf(a.bytes + 16);
    kc::copy_h2d(buf.get(), a.p, a.bytes);
    const void* p = buf.get();
    dev_.emplace(k, std::move(buf));
    return p;
  }
  const float* f(const char* k) {
    DType dt;
    const void* p = raw(k, &dt);
    if (dt != DType::F32) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(k) + " must be a Float32Array");
    return static_cast<const float*>(p);
  }
  const float* fopt(const char* k) { return has(k) ? f(k) : nullptr; }
  const int32_t* i32(const char* k) {
    DType dt;
    const void* p = raw(k, &dt);
    if (dt != DType::I32) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string(k) + " must be an Int32Array");
    return static_cast<const int32_t*>(p);
  }
  const int32_t* i32opt(const char* k) { return has(k) ? i32(k) : nullptr; }
  // A host f32 copy of any float input (CPU twins of ops whose CUDA side takes 16-bit data).
  std::vector<float> host_f32(const char* k) const {
    Arr a = arr(k);
    std::vector<float> v(a.n);
    for (int64_t j = 0; j < a.n; j++) v[j] = read_float(a.p, a.dt, j);
    return v;
  }

  // An output of n elements: initialised from args[k] when given (the op accumulates into
  // it), else poisoned with NaN.
  template <typename T = float>
  T* out(const char* k, int64_t n, DType dt = DType::F32) {
    for (auto& o : outs_)
      if (o.name == k) return static_cast<T*>(o.ptr);
    const size_t bytes = (size_t)n * dtype_size(dt);
    const void* init = nullptr;
    if (has(k)) {
      Arr a = arr(k);
      if (a.bytes != bytes) throw KalaException(ErrorCode::INVALID_ARGUMENT, std::string("initial value of ") + k + " has the wrong size");
      init = a.p;
    }
    void* ptr;
    if (gpu_) {
      kc::DeviceBuffer buf(bytes + 16);
      if (init) kc::copy_h2d(buf.get(), init, bytes);
      else kc::memset_async(buf.get(), 0xff, bytes);  // all-ones bytes: NaN for f32
      ptr = buf.get();
      dev_out_.push_back(std::move(buf));
    } else {
      host_.emplace_back(bytes + 16);
      ptr = host_.back().data();
      if (init) std::memcpy(ptr, init, bytes);
      else std::memset(ptr, 0xff, bytes);
    }
    outs_.push_back(Out{k, dt, n, ptr});
    return static_cast<T*>(ptr);
  }
  void scalar(const char* k, double v) { scalars_[k] = v; }

  Napi::Object result() {
    if (gpu_) kc::synchronize();
    Napi::Object r = Napi::Object::New(env_);
    for (const auto& o : outs_) {
      const size_t bytes = (size_t)o.n * dtype_size(o.dt);
      Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(env_, bytes);
      if (gpu_) kc::copy_d2h(ab.Data(), o.ptr, bytes);
      else std::memcpy(ab.Data(), o.ptr, bytes);
      if (o.dt == DType::I32) r.Set(o.name, Napi::Int32Array::New(env_, o.n, ab, 0));
      else r.Set(o.name, Napi::Float32Array::New(env_, o.n, ab, 0));
    }
    for (const auto& s : scalars_) r.Set(s.first, s.second);
    return r;
  }

 private:
  Napi::Env env_;
  Napi::Object args_;
  bool gpu_;
  std::map<std::string, kc::DeviceBuffer> dev_;
  std::vector<kc::DeviceBuffer> dev_out_;
  std::vector<std::vector<uint8_t>> host_;
  std::vector<Out> outs_;
  std::map<std::string, double> scalars_;
};

using OpFn = std::function<void(Ctx&)>;
struct Op {
  OpFn cpu, gpu;
};

// ---------------------------------------------------------------- helpers
kc::Weight gpu_weight(Ctx& c, const char* k, int64_t N, int64_t K) {
  kc::Weight w;
  w.p = c.raw(k, &w.dtype);
  w.N = N, w.K = K;
  if (w.dtype == DType::I8) w.scale = c.f("scale");
  return w;
}

PackedWeight cpu_weight(Ctx& c, const char* k, int64_t N, int64_t K) {
  DType dt;
  const void* p = c.raw(k, &dt);
  return pack_weight(p, dt, N, K, dt == DType::I8 ? c.f("scale") : nullptr);
}

void rope(Ctx& c, std::vector<float>& cs, std::vector<float>& sn) {
  const int64_t maxp = c.i("maxPos"), rd = c.i("rd");
  cs.resize(std::max<int64_t>(1, maxp * rd / 2));
  sn.resize(cs.size());
  rotary_tables(maxp, rd, c.d("base", 10000), cs.data(), sn.data());
}

const float* upload_tmp(Ctx& c, const std::vector<float>& v, std::vector<kc::DeviceBuffer>& keep) {
  (void)c;
  keep.emplace_back(v.size() * 4 + 16);
  kc::copy_h2d(keep.back().get(), v.data(), v.size() * 4);
  return keep.back().as<float>();
}

void law_what(Ctx& c, double what[5]) {
  double s = 0, w[5] = {5, 4, 3, 2, 1};
  if (c.has("lawWeights")) {
    Arr a = c.arr("lawWeights");
    for (int k = 0; k < 5; k++) w[k] = static_cast<const float*>(a.p)[k];
  }
  for (int k = 0; k < 5; k++) s += w[k];
  for (int k = 0; k < 5; k++) what[k] = w[k] / s;
}

void law_weights(Ctx& c, double w[5]) {
  const double def[5] = {5, 4, 3, 2, 1};
  for (int k = 0; k < 5; k++) w[k] = def[k];
  if (c.has("lawWeights")) {
    Arr a = c.arr("lawWeights");
    for (int k = 0; k < 5; k++) w[k] = static_cast<const float*>(a.p)[k];
  }
}

// ---------------------------------------------------------------- the ops
std::map<std::string, Op>& ops() {
  static std::map<std::string, Op> m;
  if (!m.empty()) return m;

  // gemm: C[M,N] = alpha op(A) op(B) (+bias) (+C when accumulate). A f32/f16/bf16, B any.
  m["gemm"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        const bool ta = c.b("transA"), tb = c.b("transB"), acc = c.b("accumulate");
        const float alpha = (float)c.d("alpha", 1);
        std::vector<float> A = c.host_f32("A");
        DType bdt;
        const void* Bp = c.raw("B", &bdt);
        MatB mb;
        mb.dtype = bdt, mb.data = Bp, mb.ld = c.i("ldb", tb ? K : N), mb.trans = tb;
        mb.scale = bdt == DType::I8 ? c.f("scale") : nullptr;
        std::vector<float> tmp((size_t)M * N);
        gemm(M, N, K, A.data(), c.i("lda", ta ? M : K), ta, mb, tmp.data(), N, false);
        float* C = c.out("C", M * N);
        const float* bias = c.fopt("bias");
        for (int64_t r = 0; r < M; r++)
          for (int64_t n = 0; n < N; n++) {
            float v = alpha * tmp[r * N + n] + (bias ? bias[n] : 0.f);
            C[r * N + n] = acc ? C[r * N + n] + v : v;
          }
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        const bool ta = c.b("transA"), tb = c.b("transB");
        kc::Mat A, B;
        A.p = c.raw("A", &A.dtype), A.ld = c.i("lda", ta ? M : K), A.trans = ta;
        B.p = c.raw("B", &B.dtype), B.ld = c.i("ldb", tb ? K : N), B.trans = tb;
        if (B.dtype == DType::I8) B.scale = c.f("scale");
        kc::GemmOpts o;
        o.alpha = (float)c.d("alpha", 1);
        o.accumulate = c.b("accumulate");
        o.bias = c.fopt("bias");
        o.precision = c.prec();
        kc::gemm(M, N, K, A, B, c.out("C", M * N), N, o);
      }};

  // linear_forward: y = x W^T + bias, W [N, K] any dtype (M <= 8: the decode GEMV)
  m["linear_forward"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        PackedWeight w = cpu_weight(c, "W", N, K);
        linear_forward(M, c.f("x"), w, c.fopt("bias"), c.out("y", M * N));
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        kc::linear_forward(M, c.f("x"), gpu_weight(c, "W", N, K), c.fopt("bias"), c.out("y", M * N), c.prec());
      }};

  m["linear_backward_input"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        PackedWeight w = cpu_weight(c, "W", N, K);
        linear_backward_input(M, c.f("dy"), w, c.out("dx", M * K), c.b("accumulate"));
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        kc::linear_backward_input(M, c.f("dy"), gpu_weight(c, "W", N, K), c.out("dx", M * K), c.b("accumulate"), c.prec());
      }};

  // int8 with dynamic activation quantisation; the CPU twin is the exact weight-only product
  m["linear_int8_dynamic"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        PackedWeight w = cpu_weight(c, "W", N, K);
        linear_forward(M, c.f("x"), w, c.fopt("bias"), c.out("y", M * N));
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        kc::linear_int8_dynamic(M, c.f("x"), gpu_weight(c, "W", N, K), c.fopt("bias"), c.out("y", M * N),
                                (float)c.d("threshold", 6.0));
      }};

  m["gemm_s8s8s32"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        const int8_t* A = static_cast<const int8_t*>(c.raw("A"));
        const int8_t* B = static_cast<const int8_t*>(c.raw("B"));
        int32_t* C = c.out<int32_t>("C", M * N, DType::I32);
        for (int64_t r = 0; r < M; r++)
          for (int64_t n = 0; n < N; n++) {
            int32_t s = 0;
            for (int64_t k = 0; k < K; k++) s += (int32_t)A[r * K + k] * (int32_t)B[n * K + k];
            C[r * N + n] = s;
          }
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K");
        kc::gemm_s8s8s32(M, N, K, static_cast<const int8_t*>(c.raw("A")), static_cast<const int8_t*>(c.raw("B")),
                         c.out<int32_t>("C", M * N, DType::I32));
      }};

  m["dense_forward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out");
        dense_forward(N, c.f("x"), c.f("W"), c.fopt("bias"), in, out, c.out("y", N * out));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out");
        kc::dense_forward(N, c.f("x"), c.f("W"), c.fopt("bias"), in, out, c.out("y", N * out), c.prec());
      }};

  m["dense_backward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out");
        dense_backward(N, c.f("x"), c.f("W"), c.f("dy"), in, out, c.out("dx", N * in), c.out("dW", out * in),
                       c.out("db", out), c.b("accumulate"));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out");
        kc::dense_backward(N, c.f("x"), c.f("W"), c.f("dy"), in, out, c.out("dx", N * in), c.out("dW", out * in),
                           c.out("db", out), c.b("accumulate"), c.prec());
      }};

  m["gelu_forward"] = {[](Ctx& c) { gelu_forward(c.f("x"), c.out("y", c.i("n")), c.i("n")); },
                       [](Ctx& c) { kc::gelu_forward(c.f("x"), c.out("y", c.i("n")), c.i("n")); }};
  m["gelu_backward"] = {[](Ctx& c) { gelu_backward(c.f("x"), c.f("dy"), c.out("dx", c.i("n")), c.i("n")); },
                        [](Ctx& c) { kc::gelu_backward(c.f("x"), c.f("dy"), c.out("dx", c.i("n")), c.i("n")); }};
  m["dropout_apply"] = {
      [](Ctx& c) { dropout_apply(c.f("x"), c.i("n"), c.d("p", 0.1), (uint64_t)c.d("seed", 1), c.out("y", c.i("n"))); },
      [](Ctx& c) { kc::dropout_apply(c.f("x"), c.i("n"), c.d("p", 0.1), (uint64_t)c.d("seed", 1), c.out("y", c.i("n"))); }};

  m["layernorm_forward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H");
        layernorm_forward(c.f("x"), c.f("w"), c.f("b"), (float)c.d("eps", 1e-5), N, H, c.out("y", N * H),
                          c.out("mean", N), c.out("rstd", N));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H");
        kc::layernorm_forward(c.f("x"), c.f("w"), c.f("b"), (float)c.d("eps", 1e-5), N, H, c.out("y", N * H),
                              c.out("mean", N), c.out("rstd", N));
      }};
  m["layernorm_backward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H");
        layernorm_backward(c.f("x"), c.f("w"), c.f("mean"), c.f("rstd"), c.f("dy"), N, H, c.out("dx", N * H),
                           c.out("dw", H), c.out("db", H));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H");
        kc::layernorm_backward(c.f("x"), c.f("w"), c.f("mean"), c.f("rstd"), c.f("dy"), N, H, c.out("dx", N * H),
                               c.out("dw", H), c.out("db", H));
      }};

  // rotary: qkv in/out; tables from maxPos, rd, base
  for (const char* nm : {"rotary_forward", "rotary_backward"}) {
    const bool fwd = std::string(nm) == "rotary_forward";
    m[nm] = {[fwd](Ctx& c) {
               const int64_t B = c.i("B"), T = c.i("T"), heads = c.i("heads"), d = c.i("d");
               std::vector<float> cs, sn;
               rope(c, cs, sn);
               float* q = c.out("qkv", B * T * heads * 3 * d);
               (fwd ? rotary_forward : rotary_backward)(q, B, T, heads, d, c.i("rd"), c.i("pos0", 0), c.i32opt("positions"),
                                                        cs.data(), sn.data());
             },
             [fwd](Ctx& c) {
               const int64_t B = c.i("B"), T = c.i("T"), heads = c.i("heads"), d = c.i("d");
               std::vector<float> cs, sn;
               rope(c, cs, sn);
               std::vector<kc::DeviceBuffer> keep;
               const float* dc = upload_tmp(c, cs, keep);
               const float* ds = upload_tmp(c, sn, keep);
               float* q = c.out("qkv", B * T * heads * 3 * d);
               (fwd ? kc::rotary_forward : kc::rotary_backward)(q, B, T, heads, d, c.i("rd"), c.i("pos0", 0),
                                                                c.i32opt("positions"), dc, ds, nullptr);
               kc::synchronize();
             }};
  }

  m["embedding_forward"] = {
      [](Ctx& c) {
        const int64_t n = c.i("n"), V = c.i("V"), H = c.i("H");
        Tensor W;
        W.data = const_cast<void*>(c.raw("W", &W.dtype));
        W.shape = {V, H};
        embedding_forward(c.i32("ids"), n, W, c.out("y", n * H));
      },
      [](Ctx& c) {
        const int64_t n = c.i("n"), H = c.i("H");
        DType dt;
        const void* W = c.raw("W", &dt);
        kc::embedding_forward(c.i32("ids"), n, W, dt, H, c.out("y", n * H));
      }};
  m["embedding_backward"] = {
      [](Ctx& c) {
        const int64_t n = c.i("n"), V = c.i("V"), H = c.i("H");
        embedding_backward(c.i32("ids"), n, H, c.f("dy"), c.out("dW", V * H));
      },
      [](Ctx& c) {
        const int64_t n = c.i("n"), V = c.i("V"), H = c.i("H");
        kc::embedding_backward(c.i32("ids"), n, H, c.f("dy"), c.out("dW", V * H));
      }};

  // attention_forward: qkv [B*T, heads, 3d]; with kCache/vCache [B, cap, heads, d] (+ phiCache
  // [B, cap]) and past > 0 the queries attend over the cache (the new keys must already be in it).
  m["attention_forward"] = {
      [](Ctx& c) {
        const int64_t B = c.i("B"), T = c.i("T"), heads = c.i("heads"), d = c.i("d"), H = heads * d;
        float* qkv = const_cast<float*>(c.f("qkv"));
        HeadView q{qkv, T * 3 * H, 3 * H, 3 * d};
        float* out = c.out("out", B * T * H);
        if (c.has("kCache")) {
          const int64_t cap = c.i("cap"), past = c.i("past");
          std::vector<float> kc_ = c.host_f32("kCache"), vc_ = c.host_f32("vCache");
          HeadView k{kc_.data(), cap * H, H, d}, v{vc_.data(), cap * H, H, d};
          attention_forward(q, k, v, c.fopt("phiCache"), cap, c.fopt("gain"), B, T, past, heads, d, nullptr, out, nullptr);
        } else {
          HeadView k{qkv + d, T * 3 * H, 3 * H, 3 * d}, v{qkv + 2 * d, T * 3 * H, 3 * H, 3 * d};
          attention_forward(q, k, v, c.fopt("phi"), T, c.fopt("gain"), B, T, 0, heads, d, c.i32opt("keyStart"), out,
                            c.out("lse", B * heads * T));
        }
      },
      [](Ctx& c) {
        const int64_t B = c.i("B"), T = c.i("T"), heads = c.i("heads"), d = c.i("d"), H = heads * d;
        const float* qkv = c.f("qkv");
        kc::HeadView q{qkv, DType::F32, T * 3 * H, 3 * H, 3 * d};
        float* out = c.out("out", B * T * H);
        if (c.has("kCache")) {
          const int64_t cap = c.i("cap"), past = c.i("past");
          DType kd, vd;
          const void* kp = c.raw("kCache", &kd);
          const void* vp = c.raw("vCache", &vd);
          kc::HeadView k{kp, kd, cap * H, H, d}, v{vp, vd, cap * H, H, d};
          kc::attention_forward(q, k, v, c.fopt("phiCache"), cap, c.fopt("gain"), B, T, past, heads, d, nullptr, out,
                                nullptr, c.prec());
        } else {
          kc::HeadView k{qkv + d, DType::F32, T * 3 * H, 3 * H, 3 * d}, v{qkv + 2 * d, DType::F32, T * 3 * H, 3 * H, 3 * d};
          kc::attention_forward(q, k, v, c.fopt("phi"), T, c.fopt("gain"), B, T, 0, heads, d, c.i32opt("keyStart"), out,
                                c.out("lse", B * heads * T), c.prec());
        }
      }};

  m["attention_backward"] = {
      [](Ctx& c) {
        const int64_t B = c.i("B"), T = c.i("T"), heads = c.i("heads"), d = c.i("d"), N = B * T;
        attention_backward(c.f("qkv"), c.fopt("phi"), c.fopt("gain"), c.f("out"), c.f("lse"), c.f("dout"), B, T, heads, d,
                           c.i32opt("keyStart"), c.out("dqkv", N * heads * 3 * d), c.has("dphi") ? c.out("dphi", N) : nullptr,
                           c.has("dgain") ? c.out("dgain", heads) : nullptr);
      },
      [](Ctx& c) {
        const int64_t B = c.i("B"), T = c.i("T"), heads = c.i("heads"), d = c.i("d"), N = B * T;
        kc::attention_backward(c.f("qkv"), c.fopt("phi"), c.fopt("gain"), c.f("out"), c.f("lse"), c.f("dout"), B, T,
                               heads, d, c.i32opt("keyStart"), c.out("dqkv", N * heads * 3 * d),
                               c.has("dphi") ? c.out("dphi", N) : nullptr, c.has("dgain") ? c.out("dgain", heads) : nullptr,
                               c.prec());
      }};

  m["value_head_forward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H"), E = c.i("E");
        value_head_forward(N, c.f("h"), c.f("fc1_w"), c.f("fc1_b"), c.f("fc2_w"), c.f("fc2_b"), H, E, c.out("pre", N * E),
                           c.out("act", N * E), c.out("z", N * 5));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H"), E = c.i("E");
        kc::value_head_forward(N, c.f("h"), c.f("fc1_w"), c.f("fc1_b"), c.f("fc2_w"), c.f("fc2_b"), H, E,
                               c.out("pre", N * E), c.out("act", N * E), c.out("z", N * 5), c.prec());
      }};
  m["value_head_backward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H"), E = c.i("E");
        value_head_backward(N, c.f("h"), c.f("fc1_w"), c.f("fc2_w"), c.f("pre"), c.f("act"), c.f("dz"), H, E,
                            c.out("dh", N * H), c.out("dfc1_w", E * H), c.out("dfc1_b", E), c.out("dfc2_w", 5 * E),
                            c.out("dfc2_b", 5));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), H = c.i("H"), E = c.i("E");
        kc::value_head_backward(N, c.f("h"), c.f("fc1_w"), c.f("fc2_w"), c.f("pre"), c.f("act"), c.f("dz"), H, E,
                                c.out("dh", N * H), c.out("dfc1_w", E * H), c.out("dfc1_b", E), c.out("dfc2_w", 5 * E),
                                c.out("dfc2_b", 5), c.prec());
      }};

  m["law_bias_forward"] = {[](Ctx& c) {
                             double w[5];
                             law_what(c, w);
                             law_bias_forward(c.i("N"), c.f("z"), w, c.out("phi", c.i("N")));
                           },
                           [](Ctx& c) {
                             double w[5];
                             law_what(c, w);
                             kc::law_bias_forward(c.i("N"), c.f("z"), w, c.out("phi", c.i("N")));
                           }};
  m["law_bias_backward"] = {[](Ctx& c) {
                              double w[5];
                              law_what(c, w);
                              law_bias_backward(c.i("N"), c.f("z"), w, c.f("dphi"), c.out("dz", c.i("N") * 5));
                            },
                            [](Ctx& c) {
                              double w[5];
                              law_what(c, w);
                              kc::law_bias_backward(c.i("N"), c.f("z"), w, c.f("dphi"), c.out("dz", c.i("N") * 5));
                            }};

  m["aggregator_forward"] = {
      [](Ctx& c) {
        const int64_t L1 = c.i("L1"), N = c.i("N");
        aggregator_forward(L1, N, c.f("z"), c.f("logits"), c.out("pi", L1), c.out("zbar", N * 5), c.out("scores", N * 5));
      },
      [](Ctx& c) {
        const int64_t L1 = c.i("L1"), N = c.i("N");
        kc::aggregator_forward(L1, N, c.f("z"), c.f("logits"), c.out("pi", L1), c.out("zbar", N * 5), c.out("scores", N * 5));
      }};
  m["aggregator_backward"] = {
      [](Ctx& c) {
        const int64_t L1 = c.i("L1"), N = c.i("N");
        aggregator_backward(L1, N, c.f("z"), c.f("pi"), c.f("dzbar"), c.out("dz", L1 * N * 5), c.out("dlogits", L1));
      },
      [](Ctx& c) {
        const int64_t L1 = c.i("L1"), N = c.i("N");
        kc::aggregator_backward(L1, N, c.f("z"), c.f("pi"), c.f("dzbar"), c.out("dz", L1 * N * 5), c.out("dlogits", L1));
      }};

  // cross_entropy: logits are in/out (the gradient with grad=true)
  m["cross_entropy"] = {
      [](Ctx& c) {
        const int64_t B = c.i("B"), T = c.i("T"), V = c.i("V");
        int64_t n = 0;
        const double loss = cross_entropy(c.out("logits", B * T * V), c.i32("labels"), B, T, V, c.b("grad"),
                                          (float)c.d("scale", 1), &n);
        c.scalar("loss", loss);
        c.scalar("count", (double)n);
      },
      [](Ctx& c) {
        const int64_t B = c.i("B"), T = c.i("T"), V = c.i("V");
        int64_t n = 0;
        const double loss = kc::cross_entropy(c.out("logits", B * T * V), c.i32("labels"), B, T, V, c.b("grad"),
                                              (float)c.d("scale", 1), &n);
        c.scalar("loss", loss);
        c.scalar("count", (double)n);
      }};
  m["token_nll"] = {[](Ctx& c) {
                      const int64_t B = c.i("B"), T = c.i("T"), V = c.i("V");
                      token_nll(c.f("logits"), c.i32("labels"), B, T, V, c.out("nll", B * T));
                    },
                    [](Ctx& c) {
                      const int64_t B = c.i("B"), T = c.i("T"), V = c.i("V");
                      kc::token_nll(c.f("logits"), c.i32("labels"), B, T, V, c.out("nll", B * T));
                    }};

  m["ethics_loss"] = {
      [](Ctx& c) {
        const int64_t L1 = c.i("L1"), N = c.i("N");
        double w[5];
        law_weights(c, w);
        int64_t nl = 0;
        const bool grad = c.b("grad", true);
        const double e = ethics_loss(L1, N, c.f("z"), c.f("scores"), c.f("targets"), w, c.d("lambda", 0.5), grad,
                                     (float)c.d("scale", 1), c.out("dzbar", N * 5), c.out("dz", L1 * N * 5), &nl);
        c.scalar("loss", e);
        c.scalar("labelled", (double)nl);
      },
      [](Ctx& c) {
        const int64_t L1 = c.i("L1"), N = c.i("N");
        double w[5];
        law_weights(c, w);
        int64_t nl = 0;
        const bool grad = c.b("grad", true);
        const double e = kc::ethics_loss(L1, N, c.f("z"), c.f("scores"), c.f("targets"), w, c.d("lambda", 0.5), grad,
                                         (float)c.d("scale", 1), c.out("dzbar", N * 5), c.out("dz", L1 * N * 5), &nl);
        c.scalar("loss", e);
        c.scalar("labelled", (double)nl);
      }};

  // LoRA branch alone (y in/out)
  m["lora_linear_forward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out"), r = c.i("r");
        lora_linear_forward(N, c.f("x"), in, out, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.d("p", 0),
                            c.b("dropout"), (uint64_t)c.d("seed", 1), c.out("y", N * out), c.out("u", N * r));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out"), r = c.i("r");
        kc::lora_linear_forward(N, c.f("x"), in, out, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.d("p", 0),
                                c.b("dropout"), (uint64_t)c.d("seed", 1), c.out("y", N * out), c.out("u", N * r), c.prec());
      }};
  m["lora_linear_backward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out"), r = c.i("r");
        lora_linear_backward(N, c.f("x"), c.f("dy"), c.f("u"), in, out, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"),
                             c.d("p", 0), c.b("dropout"), (uint64_t)c.d("seed", 1), c.out("dx", N * in),
                             c.out("dA", r * in), c.out("dB", out * r));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), in = c.i("in"), out = c.i("out"), r = c.i("r");
        kc::lora_linear_backward(N, c.f("x"), c.f("dy"), c.f("u"), in, out, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"),
                                 c.d("p", 0), c.b("dropout"), (uint64_t)c.d("seed", 1), c.out("dx", N * in),
                                 c.out("dA", r * in), c.out("dB", out * r), c.prec());
      }};
  m["lora_embedding_forward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), V = c.i("V"), H = c.i("H"), r = c.i("r");
        lora_embedding_forward(c.i32("ids"), N, V, H, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.out("x", N * H));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), V = c.i("V"), H = c.i("H"), r = c.i("r");
        kc::lora_embedding_forward(c.i32("ids"), N, V, H, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.out("x", N * H));
      }};
  m["lora_embedding_backward"] = {
      [](Ctx& c) {
        const int64_t N = c.i("N"), V = c.i("V"), H = c.i("H"), r = c.i("r");
        lora_embedding_backward(c.i32("ids"), N, V, H, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.f("dx"),
                                c.out("dA", r * V), c.out("dB", H * r));
      },
      [](Ctx& c) {
        const int64_t N = c.i("N"), V = c.i("V"), H = c.i("H"), r = c.i("r");
        kc::lora_embedding_backward(c.i32("ids"), N, V, H, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.f("dx"),
                                    c.out("dA", r * V), c.out("dB", H * r));
      }};

  // The base linear with its LoRA branch fused (CPU twin: linear_forward + lora_linear_forward)
  m["linear_lora_forward"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K"), r = c.i("r");
        PackedWeight w = cpu_weight(c, "W", N, K);
        float* y = c.out("y", M * N);
        linear_forward(M, c.f("x"), w, c.fopt("bias"), y);
        lora_linear_forward(M, c.f("x"), K, N, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"), c.d("p", 0), c.b("dropout"),
                            (uint64_t)c.d("seed", 1), y, c.out("u", M * r));
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K"), r = c.i("r");
        kc::Lora lo;
        lo.A = c.f("A"), lo.B = c.f("B"), lo.r = r, lo.scale = (float)c.d("loraScale", 2), lo.p = c.d("p", 0);
        lo.dropout = c.b("dropout"), lo.seed = (uint64_t)c.d("seed", 1);
        kc::linear_lora_forward(M, c.f("x"), gpu_weight(c, "W", N, K), c.fopt("bias"), lo, c.out("y", M * N),
                                c.out("u", M * r), c.prec());
      }};
  m["linear_lora_backward"] = {
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K"), r = c.i("r");
        PackedWeight w = cpu_weight(c, "W", N, K);
        float* dx = c.out("dx", M * K);
        linear_backward_input(M, c.f("dy"), w, dx, c.b("accumulate"));
        lora_linear_backward(M, c.f("x"), c.f("dy"), c.f("u"), K, N, r, (float)c.d("loraScale", 2), c.f("A"), c.f("B"),
                             c.d("p", 0), c.b("dropout"), (uint64_t)c.d("seed", 1), dx, c.out("dA", r * K),
                             c.out("dB", N * r));
      },
      [](Ctx& c) {
        const int64_t M = c.i("M"), N = c.i("N"), K = c.i("K"), r = c.i("r");
        kc::Lora lo;
        lo.A = c.f("A"), lo.B = c.f("B"), lo.r = r, lo.scale = (float)c.d("loraScale", 2), lo.p = c.d("p", 0);
        lo.dropout = c.b("dropout"), lo.seed = (uint64_t)c.d("seed", 1);
        kc::linear_lora_backward(M, c.f("x"), c.f("dy"), c.f("u"), gpu_weight(c, "W", N, K), lo, c.out("dx", M * K),
                                 c.b("accumulate"), c.out("dA", r * K), c.out("dB", N * r), c.prec());
      }};

  // AdamW over `count` tensors w0.., g0.., m0.., v0.. (decay<i>, clamp<i> flags); then the
  // gradient norm of the (unscaled) gradients.
  auto adam_names = [](int i, const char* p) { return std::string(p) + std::to_string(i); };
  m["adamw"] = {
      [adam_names](Ctx& c) {
        const int count = (int)c.i("count");
        const double lr = c.d("lr", 1e-3), b1 = c.d("beta1", 0.9), b2 = c.d("beta2", 0.999), eps = c.d("eps", 1e-8),
                     wd = c.d("wd", 0.01);
        const int64_t step = c.i("step", 1);
        const float gs = (float)c.d("gradScale", 1);
        const double bc1 = 1.0 - std::pow(b1, (double)step), bc2 = 1.0 - std::pow(b2, (double)step);
        double ss = 0;
        for (int t = 0; t < count; t++) {
          const float* g = c.f(adam_names(t, "g").c_str());
          int64_t n = c.arr(adam_names(t, "g").c_str()).n;
          for (int64_t i = 0; i < n; i++) ss += (double)g[i] * g[i];
          float* w = c.out(adam_names(t, "w").c_str(), n);
          float* mm = c.out(adam_names(t, "m").c_str(), n);
          float* vv = c.out(adam_names(t, "v").c_str(), n);
          const double decay = c.b(adam_names(t, "decay").c_str()) ? lr * wd : 0.0;
          const bool clamp = c.b(adam_names(t, "clamp").c_str());
          for (int64_t i = 0; i < n; i++) {  // kala::Trainer::adamw
            const double gi = (double)(g[i] * gs);
            const double mi = b1 * mm[i] + (1 - b1) * gi;
            const double vi = b2 * vv[i] + (1 - b2) * gi * gi;
            mm[i] = (float)mi;
            vv[i] = (float)vi;
            double wi = w[i] * (1.0 - decay);
            wi -= lr * (mi / bc1) / (std::sqrt(vi / bc2) + eps);
            if (clamp && wi < 0) wi = 0;
            w[i] = (float)wi;
          }
        }
        c.scalar("gradNorm", std::sqrt(ss));
      },
      [adam_names](Ctx& c) {
        const int count = (int)c.i("count");
        std::vector<kc::AdamTensor> ts;
        for (int t = 0; t < count; t++) {
          kc::AdamTensor a;
          a.n = c.arr(adam_names(t, "g").c_str()).n;
          a.g = const_cast<float*>(c.f(adam_names(t, "g").c_str()));
          a.w = c.out(adam_names(t, "w").c_str(), a.n);
          a.m = c.out(adam_names(t, "m").c_str(), a.n);
          a.v = c.out(adam_names(t, "v").c_str(), a.n);
          a.decay = c.b(adam_names(t, "decay").c_str());
          a.clamp = c.b(adam_names(t, "clamp").c_str());
          ts.push_back(a);
        }
        c.scalar("gradNorm", kc::grad_norm_multi(ts));
        kc::adamw_multi(ts, c.d("lr", 1e-3), c.d("beta1", 0.9), c.d("beta2", 0.999), c.d("eps", 1e-8), c.d("wd", 0.01),
                        c.i("step", 1), (float)c.d("gradScale", 1));
      }};
  return m;
}

Napi::Value RunOp(const Napi::CallbackInfo& info, bool gpu) {
  Napi::Env env = info.Env();
  if (!info[0].IsString() || !info[1].IsObject()) throw_error(env, ErrorCode::INVALID_ARGUMENT, "run(name, args)");
  const std::string name = info[0].As<Napi::String>().Utf8Value();
  auto it = ops().find(name);
  if (it == ops().end()) throw_error(env, ErrorCode::INVALID_ARGUMENT, "unknown op " + name);
  try {
    Ctx c(env, info[1].As<Napi::Object>(), gpu);
    (gpu ? it->second.gpu : it->second.cpu)(c);
    return c.result();
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  } catch (const std::exception& e) {
    throw_error(env, ErrorCode::INTERNAL, e.what());
  }
}

// bench(name, args, iters) -> {ms}: mean milliseconds per run of the CUDA op (inputs uploaded
// once, one warm-up run first).
Napi::Value Bench(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const std::string name = info[0].As<Napi::String>().Utf8Value();
  const int iters = info[2].IsNumber() ? info[2].As<Napi::Number>().Int32Value() : 10;
  auto it = ops().find(name);
  if (it == ops().end()) throw_error(env, ErrorCode::INVALID_ARGUMENT, "unknown op " + name);
  try {
    Ctx c(env, info[1].As<Napi::Object>(), true);
    it->second.gpu(c);
    kc::synchronize();
    kc::Timer t;
    t.start();
    for (int i = 0; i < iters; i++) it->second.gpu(c);
    const double ms = t.stop() / iters;
    Napi::Object r = Napi::Object::New(env);
    r.Set("ms", ms);
    r.Set("iters", iters);
    return r;
  } catch (const KalaException& e) {
    throw_error(env, e.code, e.what());
  }
}

Napi::Value RunGpu(const Napi::CallbackInfo& i) { return RunOp(i, true); }
Napi::Value RunCpu(const Napi::CallbackInfo& i) { return RunOp(i, false); }
Napi::Value OpNames(const Napi::CallbackInfo& i) {
  Napi::Array a = Napi::Array::New(i.Env());
  uint32_t k = 0;
  for (const auto& o : ops()) a.Set(k++, o.first);
  return a;
}
}  // namespace

// every entry point runs in guard(): no C++ exception reaches N-API unconverted
void register_cuda_optest(Napi::Env env, Napi::Object exports) {
  Napi::Object t = Napi::Object::New(env);
  t.Set("run", Napi::Function::New(env, guarded_fn<RunGpu>));
  t.Set("runCpu", Napi::Function::New(env, guarded_fn<RunCpu>));
  t.Set("bench", Napi::Function::New(env, guarded_fn<Bench>));
  t.Set("ops", Napi::Function::New(env, guarded_fn<OpNames>));
  exports.Set("cudaOpTest", t);
}

}  // namespace kala::napi
#endif  // KALA_CUDA && KALA_CUDA_OPTEST
