// Deterministic random numbers for initialisation, dropout and sampling: splitmix64 seeding a
// xoshiro256** generator. Same seed, same numbers, on every platform.
#pragma once
#include <cmath>
#include <cstdint>

namespace kala {

struct Rng {
  uint64_t s[4];
  explicit Rng(uint64_t seed = 0) { reseed(seed); }
  void reseed(uint64_t seed) {
    for (auto& w : s) {
      seed += 0x9e3779b97f4a7c15ull;
      uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
      z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
      w = z ^ (z >> 31);
    }
  }
  static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t next() {
    const uint64_t result = rotl(s[1] * 5, 7) * 9;
    const uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
  }
  // Uniform in [0, 1) with 53 random bits.
  static double to_uniform(uint64_t bits) { return (double)(bits >> 11) * (1.0 / 9007199254740992.0); }
  double uniform() { return to_uniform(next()); }
  // Standard normal from two raw draws (Box-Muller; one value per call keeps the stream simple to
  // reproduce). Split from the drawing so bulk initialisation can draw in order and transform the
  // draws in parallel, giving exactly the numbers of the sequential loop.
  static double normal_from(uint64_t a, uint64_t b) {
    double u1 = to_uniform(a), u2 = to_uniform(b);
    if (u1 < 1e-300) u1 = 1e-300;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  double normal() {
    const uint64_t a = next();
    return normal_from(a, next());
  }
};

}  // namespace kala
