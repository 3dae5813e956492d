// Operand tiles of the GEMM kernels: global memory -> registers (any dtype, transposed or not,
// int8 dequantised with per-row scales, dropout mask applied) -> shared memory in the layout the
// compute loop wants (k-contiguous 16-bit rows for mma.sync, r-contiguous rows for the SIMT
// kernel). Register staging lets the next tile's loads overlap the current tile's math.
#pragma once
#include "common.cuh"

namespace kala::cuda {

// One GEMM operand on the device, seen as R x K (R = M for A, N for B).
struct Operand {
  const void* p = nullptr;
  int64_t ld = 0;
  bool kcontig = true;           // storage [R][K] (k contiguous), else [K][R]
  bool vec = false;              // 4-element vector loads are aligned
  const float* scale = nullptr;  // int8: per stored row, applied at load (null: none/deferred)
  float mul = 1.f;               // constant factor applied at load
  DropMask drop;                 // mask over storage offsets
};

template <typename T>
struct Vec4Load;
template <>
struct Vec4Load<float> {
  static KD void load(const float* p, float v[4]) {
    check_align<16>(p);
    const float4 q = *reinterpret_cast<const float4*>(p);
    v[0] = q.x, v[1] = q.y, v[2] = q.z, v[3] = q.w;
  }
};
template <typename T16>
struct Vec4Load16 {
  static KD void load(const T16* p, float v[4]) {
    check_align<8>(p);
    const uint2 q = *reinterpret_cast<const uint2*>(p);
    v[0] = unpack_lo<T16>(q.x), v[1] = unpack_hi<T16>(q.x), v[2] = unpack_lo<T16>(q.y), v[3] = unpack_hi<T16>(q.y);
  }
};
template <>
struct Vec4Load<f16> : Vec4Load16<f16> {};
template <>
struct Vec4Load<bf16> : Vec4Load16<bf16> {};
template <>
struct Vec4Load<int8_t> {
  static KD void load(const int8_t* p, float v[4]) {
    check_align<4>(p);
    const uint32_t q = *reinterpret_cast<const uint32_t*>(p);
    v[0] = (float)(int8_t)(q & 0xff), v[1] = (float)(int8_t)((q >> 8) & 0xff);
    v[2] = (float)(int8_t)((q >> 16) & 0xff), v[3] = (float)(int8_t)(q >> 24);
  }
};

// Register stage of an R x KT tile for NT threads: each thread holds G groups of 4 elements
// consecutive in storage.
template <typename T, int R, int KT, int NT>
struct TileStage {
  static_assert((R * KT) % (4 * NT) == 0, "tile does not split into 4-element groups");
  static constexpr int G = R * KT / (4 * NT);
  float v[G][4];
  int rr[G], kk[G];

  KD void load(const Operand& o, int64_t r0, int64_t k0, int64_t Rn, int64_t Kn) {
    const T* p = static_cast<const T*>(o.p);
    kcontig_ = o.kcontig;
#pragma unroll
    for (int g = 0; g < G; g++) {
      const int q = threadIdx.x + g * NT;
      int r, k;
      if (o.kcontig) {
        k = (q % (KT / 4)) * 4;
        r = q / (KT / 4);
      } else {
        r = (q % (R / 4)) * 4;
        k = q / (R / 4);
      }
      rr[g] = r, kk[g] = k;
      const int64_t gr = r0 + r, gk = k0 + k;
      // outer = the storage row, inner = the contiguous coordinate of the group
      const int64_t outer = o.kcontig ? gr : gk, inner = o.kcontig ? gk : gr;
      const int64_t outer_n = o.kcontig ? Rn : Kn, inner_n = o.kcontig ? Kn : Rn;
      const int64_t off = outer * o.ld + inner;
      if (outer >= outer_n) {
        v[g][0] = v[g][1] = v[g][2] = v[g][3] = 0.f;
        continue;
      }
      if (o.vec && inner + 4 <= inner_n) {
        Vec4Load<T>::load(p + off, v[g]);
      } else {
#pragma unroll
        for (int e = 0; e < 4; e++) v[g][e] = inner + e < inner_n ? to_f(p[off + e]) : 0.f;
      }
      float f = o.mul;
      if (o.scale) f *= o.scale[outer];
#pragma unroll
      for (int e = 0; e < 4; e++) v[g][e] *= f * o.drop.at(off + e);
    }
  }

  // Shared layout [R][LDS] of 16-bit values (k contiguous): the mma.sync operand layout.
  template <typename T16, int LDS>
  KD void store_rk(T16 (*sm)[LDS]) const {
#pragma unroll
    for (int g = 0; g < G; g++) {
      const int r = rr[g], k = kk[g];
      if (kcontig_) {
        uint2 q;
        q.x = pack2<T16>(v[g][0], v[g][1]);
        q.y = pack2<T16>(v[g][2], v[g][3]);
        check_align<8>(&sm[r][k]);
        *reinterpret_cast<uint2*>(&sm[r][k]) = q;
      } else {
#pragma unroll
        for (int e = 0; e < 4; e++) sm[r + e][k] = from_f<T16>(v[g][e]);
      }
    }
  }

  // Shared layout [KT][LDS] (r contiguous) of float or half: the SIMT layout.
  template <typename TS, int LDS>
  KD void store_kr(TS (*sm)[LDS]) const {
#pragma unroll
    for (int g = 0; g < G; g++) {
      const int r = rr[g], k = kk[g];
      if (kcontig_) {
#pragma unroll
        for (int e = 0; e < 4; e++) sm[k + e][r] = from_f<TS>(v[g][e]);
      } else {
#pragma unroll
        for (int e = 0; e < 4; e++) sm[k][r + e] = from_f<TS>(v[g][e]);
      }
    }
  }

  bool kcontig_ = true;
};

}  // namespace kala::cuda
