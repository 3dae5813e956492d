// A process-wide pool of worker threads that runs data-parallel loops on every core.
// The calling thread takes part in the work; callers from different threads take turns.
#pragma once
#include <cstdint>
#include <functional>

namespace kala {

// Runs fn(task) for task in [0, n_tasks) across the pool; returns when all are done.
// Tasks are handed out dynamically, so uneven tasks balance. Nested calls run inline.
void parallel_for(int64_t n_tasks, const std::function<void(int64_t task)>& fn);

// Splits [0, n) into chunks of about `grain` items and runs fn(begin, end) for each chunk.
void parallel_range(int64_t n, int64_t grain, const std::function<void(int64_t begin, int64_t end)>& fn);

// Threads taking part in parallel_for (workers + the caller).
int num_threads();
// True on a thread running a parallel_for task: a nested parallel_for there runs inline.
bool inside_parallel_task();
// Caps the threads used (1..hardware threads); 0 restores the default. For benchmarks.
void set_num_threads(int n);
// Threads the machine offers to this process (affinity mask), or KALA_THREADS if set.
int hardware_threads();

}  // namespace kala
