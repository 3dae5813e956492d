#include "threadpool.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <vector>
#ifdef __linux__
#include <sched.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#define KALA_PAUSE() _mm_pause()
#else
#define KALA_PAUSE() std::this_thread::yield()
#endif

namespace kala {

namespace {

thread_local bool tl_inside_pool = false;

// How long an idle worker spins before sleeping. Ops within a forward pass follow each other
// within microseconds; between decode steps the JS thread needs the core, and a spinning worker
// would take it.
const int kSpinMicros = [] {
  const char* e = std::getenv("KALA_SPIN_US");
  return e ? std::atoi(e) : 30;
}();

class Pool {
 public:
  explicit Pool(int n_workers) {
    for (int i = 0; i < n_workers; i++) workers_.emplace_back([this, i] { worker_loop(i); });
    active_limit_ = n_workers;
  }
  ~Pool() {
    {
      std::lock_guard<std::mutex> lk(wake_mutex_);
      stop_ = true;
      generation_.fetch_add(1);
    }
    wake_cv_.notify_all();
    for (auto& t : workers_) t.join();
  }

  int workers() const { return (int)workers_.size(); }
  void set_limit(int n) { active_limit_ = n; }
  int limit() const { return active_limit_; }

  void run(int64_t n_tasks, const std::function<void(int64_t)>& fn) {
    std::lock_guard<std::mutex> job_lock(job_mutex_);
    const int helpers = (int)std::min<int64_t>(active_limit_, n_tasks - 1);
    fn_ = &fn;
    n_tasks_ = n_tasks;
    next_task_.store(0);
    helpers_wanted_ = helpers;
    finished_.store(0);
    entered_.store(0, std::memory_order_release);
    {
      std::lock_guard<std::mutex> lk(wake_mutex_);
      generation_.fetch_add(1, std::memory_order_release);
    }
    wake_cv_.notify_all();
    tl_inside_pool = true;
    drain();
    tl_inside_pool = false;
    // Close the job: a helper that has not entered it by now (asleep, or descheduled because
    // another program wants the core) stays out, and the caller waits only for the helpers that
    // are inside, each holding at most one task. Waiting for every helper instead made a loaded
    // machine's 2-thread decode slower than 1 thread.
    const int inside = entered_.fetch_or(kClosed, std::memory_order_acq_rel);
    for (int spins = 0; finished_.load(std::memory_order_acquire) < inside; spins++) {
      if (spins < 2048) KALA_PAUSE();
      else std::this_thread::yield();
    }
    fn_ = nullptr;
    if (error_) {
      std::exception_ptr e = error_;
      error_ = nullptr;
      std::rethrow_exception(e);
    }
  }

 private:
  void drain() {
    for (;;) {
      int64_t t = next_task_.fetch_add(1, std::memory_order_relaxed);
      if (t >= n_tasks_) break;
      try {
        (*fn_)(t);
      } catch (...) {
        std::lock_guard<std::mutex> lk(error_mutex_);
        if (!error_) error_ = std::current_exception();
        next_task_.store(n_tasks_);
      }
    }
  }

  void worker_loop(int index) {
    tl_inside_pool = true;
    uint64_t seen = 0;  // generation 0 is "no job yet": a job posted before this thread ran is still seen
    for (;;) {
      // Spin briefly: decode issues many short loops back to back, and a sleeping
      // thread takes tens of microseconds to wake.
      auto spin_until = std::chrono::steady_clock::now() + std::chrono::microseconds(kSpinMicros);
      uint64_t g;
      int spins = 0;
      while ((g = generation_.load(std::memory_order_acquire)) == seen) {
        KALA_PAUSE();
        if (++spins % 256 == 0 && std::chrono::steady_clock::now() > spin_until) {
          std::unique_lock<std::mutex> lk(wake_mutex_);
          wake_cv_.wait(lk, [&] { return generation_.load() != seen; });
        }
      }
      seen = g;
      if (stop_) return;
      // enter the job unless the caller has closed it (then it is finished, or another job has
      // taken its place and been announced with a newer generation, which this loop will see)
      if (index < helpers_wanted_.load(std::memory_order_relaxed) && !(entered_.fetch_add(1, std::memory_order_acq_rel) & kClosed)) {
        drain();
        finished_.fetch_add(1, std::memory_order_acq_rel);
      }
    }
  }

  std::vector<std::thread> workers_;
  std::mutex job_mutex_, wake_mutex_, error_mutex_;
  std::condition_variable wake_cv_;
  std::atomic<uint64_t> generation_{0};
  std::atomic<int64_t> next_task_{0};
  // helpers that entered the current job (kClosed set once the caller stops admitting them),
  // and helpers that left it
  static constexpr int kClosed = 1 << 30;
  std::atomic<int> entered_{0}, finished_{0};
  const std::function<void(int64_t)>* fn_ = nullptr;
  int64_t n_tasks_ = 0;
  std::atomic<int> helpers_wanted_{0};
  std::atomic<int> active_limit_{0};
  std::exception_ptr error_;
  bool stop_ = false;
};

Pool& pool() {
  static Pool* p = new Pool(hardware_threads() - 1);  // leaked on purpose: no join at exit
  return *p;
}

}  // namespace

int hardware_threads() {
  static const int n = [] {
    if (const char* env = std::getenv("KALA_THREADS")) {
      int v = std::atoi(env);
      if (v > 0) return v;
    }
#ifdef __linux__
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
      int c = CPU_COUNT(&set);
      if (c > 0) return c;
    }
#endif
    unsigned h = std::thread::hardware_concurrency();
    return h ? (int)h : 1;
  }();
  return n;
}

int num_threads() { return pool().limit() + 1; }

bool inside_parallel_task() { return tl_inside_pool; }

void set_num_threads(int n) {
  Pool& p = pool();
  if (n <= 0 || n > p.workers() + 1) n = p.workers() + 1;
  p.set_limit(n - 1);
}

void parallel_for(int64_t n_tasks, const std::function<void(int64_t)>& fn) {
  if (n_tasks <= 0) return;
  if (n_tasks == 1 || tl_inside_pool || pool().limit() == 0) {
    for (int64_t t = 0; t < n_tasks; t++) fn(t);
    return;
  }
  pool().run(n_tasks, fn);
}

void parallel_range(int64_t n, int64_t grain, const std::function<void(int64_t, int64_t)>& fn) {
  if (n <= 0) return;
  if (grain < 1) grain = 1;
  int64_t chunks = (n + grain - 1) / grain;
  parallel_for(chunks, [&](int64_t c) {
    int64_t b = c * grain, e = std::min(n, b + grain);
    fn(b, e);
  });
}

}  // namespace kala
