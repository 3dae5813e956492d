// Device discovery, memory, scratch, timers and launch checks (real CUDA runtime or emulator).
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <unordered_map>

#include "common.cuh"

namespace kala::cuda {

static std::atomic<bool> g_force_simt{false};
static std::atomic<size_t> g_allocated{0}, g_peak{0};

#ifndef KALA_CUDA_EMU
[[noreturn]] static void fail(const std::string& what, cudaError_t e) {
  throw KalaException(ErrorCode::CUDA_ERROR, what + ": " + cudaGetErrorString(e));
}
#define KALA_CK(call, what)                \
  do {                                     \
    cudaError_t e_ = (call);               \
    if (e_ != cudaSuccess) fail((what), e_); \
  } while (0)
#endif

bool emulated() {
#ifdef KALA_CUDA_EMU
  return true;
#else
  return false;
#endif
}

RuntimeInfo runtime_info() {
  RuntimeInfo r;
#ifdef KALA_CUDA_EMU
  r.emulated = true;
  DeviceInfo d;
  d.name = "KALA CUDA emulator (CPU)";
  d.major = ::kala_emu::emulated_cc() / 10;
  d.minor = ::kala_emu::emulated_cc() % 10;
  d.memory_bytes = (size_t)1 << 32;
  d.sm_count = 4;
  r.devices.push_back(d);
#else
  cudaRuntimeGetVersion(&r.runtime_version);
  cudaDriverGetVersion(&r.driver_version);
  int n = 0;
  cudaError_t e = cudaGetDeviceCount(&n);
  if (e != cudaSuccess) {
    r.error = cudaGetErrorString(e);
    cudaGetLastError();
    return r;
  }
  for (int i = 0; i < n; i++) {
    cudaDeviceProp p;
    if (cudaGetDeviceProperties(&p, i) != cudaSuccess) continue;
    DeviceInfo d;
    d.name = p.name;
    d.major = p.major;
    d.minor = p.minor;
    d.memory_bytes = p.totalGlobalMem;
    d.sm_count = p.multiProcessorCount;
    int clk = 0, bus = 0;
    if (cudaDeviceGetAttribute(&clk, cudaDevAttrMemoryClockRate, i) == cudaSuccess &&
        cudaDeviceGetAttribute(&bus, cudaDevAttrGlobalMemoryBusWidth, i) == cudaSuccess)
      d.mem_bandwidth_gbs = 2.0 * clk * 1e3 * (bus / 8.0) / 1e9;
    r.devices.push_back(d);
  }
  if (r.devices.empty()) r.error = "no CUDA device";
#endif
  return r;
}

static int query_cc() {
#ifdef KALA_CUDA_EMU
  return ::kala_emu::emulated_cc();
#else
  int dev = 0, major = 0, minor = 0;
  KALA_CK(cudaGetDevice(&dev), "cudaGetDevice");
  KALA_CK(cudaDeviceGetAttribute(&major, cudaDevAttrComputeCapabilityMajor, dev), "compute capability");
  KALA_CK(cudaDeviceGetAttribute(&minor, cudaDevAttrComputeCapabilityMinor, dev), "compute capability");
  return major * 10 + minor;
#endif
}

int compute_capability() {
  static const int cc = query_cc();
  return cc;
}

int sm_count() {
#ifdef KALA_CUDA_EMU
  return 4;
#else
  static const int n = [] {
    int dev = 0, v = 0;
    cudaGetDevice(&dev);
    cudaDeviceGetAttribute(&v, cudaDevAttrMultiProcessorCount, dev);
    return v > 0 ? v : 1;
  }();
  return n;
#endif
}

void set_force_simt(bool on) { g_force_simt = on; }
bool force_simt() { return g_force_simt; }

const char* precision_name(Precision p) {
  switch (p) {
    case Precision::BF16: return "bf16";
    case Precision::F16: return "f16";
    default: return "f32";
  }
}

Precision parse_precision(const std::string& s) {
  if (s == "bf16") return Precision::BF16;
  if (s == "f16") return Precision::F16;
  if (s == "f32" || s.empty()) return Precision::F32;
  throw KalaException(ErrorCode::INVALID_ARGUMENT, "precision must be f32, bf16 or f16 (got " + s + ")");
}

bool use_tensor_cores(Precision p) { return p != Precision::F32 && !force_simt() && compute_capability() >= 80; }
Precision default_precision() { return compute_capability() >= 80 ? Precision::BF16 : Precision::F16; }

static void note_alloc(size_t bytes) {
  size_t now = g_allocated += bytes;
  size_t peak = g_peak.load();
  while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {
  }
}

// Sizes of live allocations, for the allocated/peak counters (memory benchmarks).
static std::mutex g_sizes_mu;
static std::unordered_map<void*, size_t>& sizes() {
  static auto* m = new std::unordered_map<void*, size_t>();
  return *m;
}

void* device_alloc(size_t bytes) {
  if (bytes == 0) return nullptr;
  void* p = nullptr;
#ifdef KALA_CUDA_EMU
  p = std::aligned_alloc(256, (bytes + 255) / 256 * 256);
  if (!p) throw KalaException(ErrorCode::OUT_OF_MEMORY, "emulated device allocation failed");
  std::memset(p, 0xff, bytes);  // NaN garbage: a kernel reading memory nobody wrote fails the tests
#else
  cudaError_t e = cudaMalloc(&p, bytes);
  if (e != cudaSuccess) {
    cudaGetLastError();
    throw KalaException(e == cudaErrorMemoryAllocation ? ErrorCode::OUT_OF_MEMORY : ErrorCode::CUDA_ERROR,
                        "cudaMalloc of " + std::to_string(bytes) + " bytes failed: " + cudaGetErrorString(e));
  }
#endif
  {
    std::lock_guard<std::mutex> lk(g_sizes_mu);
    sizes()[p] = bytes;
  }
  note_alloc(bytes);
  return p;
}

void device_free(void* p) {
  if (!p) return;
  size_t bytes = 0;
  {
    std::lock_guard<std::mutex> lk(g_sizes_mu);
    auto it = sizes().find(p);
    if (it != sizes().end()) {
      bytes = it->second;
      sizes().erase(it);
    }
  }
#ifdef KALA_CUDA_EMU
  std::free(p);
#else
  cudaFree(p);  // synchronises with queued work on the device
#endif
  g_allocated -= bytes;
}

size_t allocated_bytes() { return g_allocated; }
size_t peak_allocated_bytes() { return g_peak; }
void reset_peak_allocated() { g_peak = g_allocated.load(); }

size_t device_used_bytes() {
#ifdef KALA_CUDA_EMU
  return g_allocated;
#else
  size_t free_b = 0, total_b = 0;
  if (cudaMemGetInfo(&free_b, &total_b) != cudaSuccess) {
    cudaGetLastError();
    return 0;
  }
  return total_b - free_b;
#endif
}

void copy_h2d(void* dst, const void* src, size_t bytes, Stream s) {
  if (!bytes) return;
#ifdef KALA_CUDA_EMU
  (void)s;
  std::memcpy(dst, src, bytes);
#else
  KALA_CK(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyHostToDevice, (cudaStream_t)s), "copy to device");
  KALA_CK(cudaStreamSynchronize((cudaStream_t)s), "copy to device");  // src may be freed right after
#endif
}

void copy_d2h(void* dst, const void* src, size_t bytes, Stream s) {
  if (!bytes) return;
#ifdef KALA_CUDA_EMU
  (void)s;
  std::memcpy(dst, src, bytes);
#else
  KALA_CK(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToHost, (cudaStream_t)s), "copy to host");
  KALA_CK(cudaStreamSynchronize((cudaStream_t)s), "copy to host");
#endif
}

void copy_d2d(void* dst, const void* src, size_t bytes, Stream s) {
  if (!bytes) return;
#ifdef KALA_CUDA_EMU
  (void)s;
  std::memmove(dst, src, bytes);
#else
  KALA_CK(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToDevice, (cudaStream_t)s), "device copy");
#endif
}

void memset_async(void* dst, int byte, size_t bytes, Stream s) {
  if (!bytes) return;
#ifdef KALA_CUDA_EMU
  (void)s;
  std::memset(dst, byte, bytes);
#else
  KALA_CK(cudaMemsetAsync(dst, byte, bytes, (cudaStream_t)s), "memset");
#endif
}

void synchronize(Stream s) {
#ifndef KALA_CUDA_EMU
  KALA_CK(cudaStreamSynchronize((cudaStream_t)s), "kernel execution");
#else
  (void)s;
#endif
}

void* scratch(size_t bytes, int slot) {
  struct Slots {
    void* p[8] = {};
    size_t n[8] = {};
    ~Slots() {
      for (int i = 0; i < 8; i++) device_free(p[i]);
    }
  };
  thread_local Slots slots;
  if (slot < 0 || slot >= 8) throw KalaException(ErrorCode::INTERNAL, "scratch slot out of range");
  if (slots.n[slot] < bytes) {
    device_free(slots.p[slot]);
    slots.p[slot] = nullptr;
    slots.n[slot] = 0;
    const size_t want = bytes + bytes / 4 + 1024;
    slots.p[slot] = device_alloc(want);
    slots.n[slot] = want;
  }
  return slots.p[slot];
}

void check_launch(const char* what) {
#ifndef KALA_CUDA_EMU
  cudaError_t e = cudaGetLastError();
  if (e != cudaSuccess) fail(std::string("launch of ") + what, e);
  static const bool sync_each = [] {
    const char* v = std::getenv("KALA_CUDA_SYNC");
    return v && *v && *v != '0';
  }();
  if (sync_each) {
    e = cudaDeviceSynchronize();
    if (e != cudaSuccess) fail(std::string("kernel ") + what, e);
  }
#else
  (void)what;
#endif
}

void allow_smem(const void* kernel, size_t bytes) {
#ifndef KALA_CUDA_EMU
  if (bytes > 48 * 1024)
    KALA_CK(cudaFuncSetAttribute(kernel, cudaFuncAttributeMaxDynamicSharedMemorySize, (int)bytes), "shared memory size");
#else
  (void)kernel, (void)bytes;
#endif
}

DropMask make_drop_mask(double p, uint64_t seed, bool enabled) {
  DropMask m;
  if (!enabled || p <= 0) return m;
  m.on = true;
  m.keep_scale = (float)(1.0 / (1.0 - p));
  m.threshold = (uint64_t)(p * 18446744073709551616.0);
  uint64_t z = seed ^ 0x64726f70ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  m.base = z ^ (z >> 31);
  return m;
}

Timer::Timer() {
#ifndef KALA_CUDA_EMU
  cudaEvent_t a, b;
  KALA_CK(cudaEventCreate(&a), "cudaEventCreate");
  KALA_CK(cudaEventCreate(&b), "cudaEventCreate");
  a_ = a;
  b_ = b;
#endif
}
Timer::~Timer() {
#ifndef KALA_CUDA_EMU
  cudaEventDestroy((cudaEvent_t)a_);
  cudaEventDestroy((cudaEvent_t)b_);
#endif
}
void Timer::start(Stream s) {
#ifndef KALA_CUDA_EMU
  KALA_CK(cudaEventRecord((cudaEvent_t)a_, (cudaStream_t)s), "cudaEventRecord");
#else
  (void)s;
  host_t0_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
#endif
}
double Timer::stop(Stream s) {
#ifndef KALA_CUDA_EMU
  KALA_CK(cudaEventRecord((cudaEvent_t)b_, (cudaStream_t)s), "cudaEventRecord");
  KALA_CK(cudaEventSynchronize((cudaEvent_t)b_), "cudaEventSynchronize");
  float ms = 0;
  KALA_CK(cudaEventElapsedTime(&ms, (cudaEvent_t)a_, (cudaEvent_t)b_), "cudaEventElapsedTime");
  return ms;
#else
  (void)s;
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count() - host_t0_;
#endif
}

}  // namespace kala::cuda
