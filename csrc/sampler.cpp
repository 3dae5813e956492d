#include "sampler.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kala {

int32_t sample_token(const float* logits, int64_t V, const SamplingParams& p, Rng& rng) {
  int64_t best = 0;
  for (int64_t i = 1; i < V; i++)
    if (logits[i] > logits[best]) best = i;  // first maximum wins ties, like torch.argmax
  // A temperature so small that 1/T overflows (below ~1e-308) leaves all the probability on the
  // maximum: that is greedy decoding, and it is computed as such (0 * inf would make NaN weights
  // and sample the wrong token).
  if (p.temperature <= 0 || p.top_k == 1 || !std::isfinite(1.0 / p.temperature)) return (int32_t)best;

  // Candidates sorted by logit, best first. Only as many as top-k / top-p can need are sorted.
  std::vector<int32_t> idx(V);
  for (int64_t i = 0; i < V; i++) idx[i] = (int32_t)i;
  auto by_logit = [&](int32_t a, int32_t b) { return logits[a] > logits[b] || (logits[a] == logits[b] && a < b); };
  const double inv_t = 1.0 / p.temperature;
  const double mx = logits[best];
  double total = 0;
  for (int64_t i = 0; i < V; i++) total += std::exp((logits[i] - mx) * inv_t);
  int64_t keep = p.top_k > 0 ? std::min<int64_t>(p.top_k, V) : V;
  int64_t sorted = std::min<int64_t>(keep, 64);
  for (;;) {
    std::partial_sort(idx.begin(), idx.begin() + sorted, idx.end(), by_logit);
    if (p.top_p >= 1.0 || sorted == keep) break;
    double cum = 0;
    for (int64_t i = 0; i < sorted; i++) cum += std::exp((logits[idx[i]] - mx) * inv_t) / total;
    if (cum >= p.top_p) break;
    sorted = std::min<int64_t>(keep, sorted * 8);
  }
  // Restrict to top-k, then to the smallest prefix whose probability mass reaches top-p.
  std::vector<double> w(sorted);
  double mass = 0;
  for (int64_t i = 0; i < sorted; i++) mass += (w[i] = std::exp((logits[idx[i]] - mx) * inv_t));
  int64_t n = sorted;
  if (p.top_p < 1.0) {
    const double norm = p.top_k > 0 ? mass : total;
    double cum = 0;
    for (int64_t i = 0; i < sorted; i++) {
      cum += w[i] / norm;
      if (cum >= p.top_p) {
        n = i + 1;
        break;
      }
    }
  }
  double sum = 0;
  for (int64_t i = 0; i < n; i++) sum += w[i];
  double u = rng.uniform() * sum;
  for (int64_t i = 0; i < n; i++) {
    u -= w[i];
    if (u < 0) return idx[i];
  }
  return idx[n - 1];
}

}  // namespace kala
