// The CUDA emulator's scheduler (see emu.h): one ucontext fiber per CUDA thread, cooperative
// barriers, warp exchanges, deadlock detection. Compiled only in KALA_CUDA_EMU builds.
#ifdef KALA_CUDA_EMU
#include "emu/emu.h"

#include <ucontext.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace kala_emu {

namespace {

constexpr size_t kStack = 256 * 1024;
constexpr size_t kSlotBytes = 64;

struct Fiber {
  ucontext_t ctx;
  uint3 tid;
  int lane = 0, warp = 0;
  unsigned seq = 0;
  bool done = false;
  char* stack = nullptr;
};

struct Warp {
  int nlanes = 0, arrived = 0, exited = 0;
  unsigned gen = 0;
  alignas(16) unsigned char data[2][32][kSlotBytes];
  const void* ptr[2][32];
};

struct Block {
  uint3 bid;
  dim3 bdim, gdim;
  int n = 0;
  std::vector<Fiber> fibers;
  std::vector<Warp> warps;
  int bar_count = 0, exited = 0;
  unsigned bar_gen = 0;
  uint64_t progress = 0;
  unsigned char* smem = nullptr;
  const std::function<void()>* body = nullptr;
  ucontext_t main;
  Fiber* cur = nullptr;
  std::string error;
};

thread_local Block* g_block = nullptr;
thread_local std::vector<char*> g_stacks;
thread_local std::vector<unsigned char> g_smem;

Block& blk() {
  if (!g_block) {
    std::fprintf(stderr, "kala emu: CUDA builtin used outside a kernel\n");
    std::abort();
  }
  return *g_block;
}

void yield_to_main() {
  Block& b = blk();
  swapcontext(&b.cur->ctx, &b.main);
}

void release_block_barrier_if_done(Block& b) {
  if (b.bar_count > 0 && b.bar_count + b.exited >= b.n) {
    b.bar_count = 0;
    b.bar_gen++;
    b.progress++;
  }
}

void release_warp_barrier_if_done(Block& b, Warp& w) {
  if (w.arrived > 0 && w.arrived + w.exited >= w.nlanes) {
    w.arrived = 0;
    w.gen++;
    b.progress++;
  }
}

void fiber_entry() {
  Block& b = blk();
  (*b.body)();
  Fiber* f = b.cur;
  f->done = true;
  b.exited++;
  b.progress++;
  Warp& w = b.warps[f->warp];
  w.exited++;
  release_block_barrier_if_done(b);
  release_warp_barrier_if_done(b, w);
  // returning resumes uc_link (the scheduler)
}

// The order fibers are resumed in (env KALA_EMU_ORDER): "forward" (default), "reverse", or
// "random" (reshuffled every sweep). A missing barrier between a write and a read by another
// thread only shows up when the reader can run first: test with reverse and random too.
int order_mode() {
  static const int mode = [] {
    const char* e = std::getenv("KALA_EMU_ORDER");
    const std::string v = e ? e : "";
    return v == "reverse" ? 1 : v == "random" ? 2 : 0;
  }();
  return mode;
}

void shuffle_order(std::vector<int>& order, int n) {
  thread_local uint64_t state = 0x9e3779b97f4a7c15ull;
  for (int i = 0; i < n; i++) order[i] = order_mode() == 1 ? n - 1 - i : i;
  if (order_mode() != 2) return;
  for (int i = n - 1; i > 0; i--) {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    const int j = (int)(state % (uint64_t)(i + 1));
    std::swap(order[i], order[j]);
  }
}

}  // namespace

const uint3& thread_idx() { return blk().cur->tid; }
const uint3& block_idx() { return blk().bid; }
const dim3& block_dim() { return blk().bdim; }
const dim3& grid_dim() { return blk().gdim; }
unsigned char* dyn_smem() { return blk().smem; }
int lane_id() { return blk().cur->lane; }

void syncthreads() {
  Block& b = blk();
  const unsigned gen = b.bar_gen;
  b.bar_count++;
  b.progress++;
  if (b.bar_count + b.exited >= b.n) {
    b.bar_count = 0;
    b.bar_gen++;
    return;
  }
  while (b.bar_gen == gen) yield_to_main();
}

int warp_exchange(const void* data, size_t bytes, const void* const** all_out) {
  Block& b = blk();
  Fiber* f = b.cur;
  if (bytes > kSlotBytes) trap("warp exchange of more than 64 bytes");
  Warp& w = b.warps[f->warp];
  const unsigned slot = f->seq++ & 1u;
  std::memcpy(w.data[slot][f->lane], data, bytes);
  w.ptr[slot][f->lane] = w.data[slot][f->lane];
  const unsigned gen = w.gen;
  w.arrived++;
  b.progress++;
  if (w.arrived + w.exited >= w.nlanes) {
    w.arrived = 0;
    w.gen++;
  } else {
    while (w.gen == gen) yield_to_main();
  }
  *all_out = w.ptr[slot];
  return f->lane;
}

void trap(const char* why) {
  Block& b = blk();
  if (b.error.empty()) b.error = why;
  Fiber* f = b.cur;
  f->done = true;  // never resumed: the scheduler stops at the error
  swapcontext(&f->ctx, &b.main);
  std::abort();  // unreachable
}

int emulated_cc() {
  static const int cc = [] {
    const char* e = std::getenv("KALA_EMU_CC");
    return e && *e ? std::atoi(e) : 80;
  }();
  return cc;
}

void launch(dim3 grid, dim3 block, size_t dyn_smem_bytes, const std::function<void()>& body) {
  if (g_block) throw std::runtime_error("kala emu: nested kernel launch");
  const int n = (int)(block.x * block.y * block.z);
  if (n <= 0 || n > 1024) throw std::runtime_error("kala emu: invalid block size " + std::to_string(n));
  if (grid.x == 0 || grid.y == 0 || grid.z == 0) throw std::runtime_error("kala emu: empty grid");
  while ((int)g_stacks.size() < n) g_stacks.push_back(static_cast<char*>(std::malloc(kStack)));
  if (g_smem.size() < dyn_smem_bytes + 16) g_smem.resize(dyn_smem_bytes + 16);
  auto b = std::make_unique<Block>();
  b->bdim = block;
  b->gdim = grid;
  b->n = n;
  b->body = &body;
  b->fibers.resize(n);
  b->warps.resize((n + 31) / 32);
  for (size_t wi = 0; wi < b->warps.size(); wi++) b->warps[wi].nlanes = std::min(32, n - (int)wi * 32);
  uintptr_t sm = reinterpret_cast<uintptr_t>(g_smem.data());
  b->smem = reinterpret_cast<unsigned char*>((sm + 15) & ~uintptr_t(15));
  struct Reset {
    ~Reset() { g_block = nullptr; }
  } reset;
  std::vector<int> order(n);
  for (unsigned bz = 0; bz < grid.z; bz++)
    for (unsigned by = 0; by < grid.y; by++)
      for (unsigned bx = 0; bx < grid.x; bx++) {
        Block& B = *b;
        B.bid = make_uint3(bx, by, bz);
        B.bar_count = B.exited = 0;
        for (auto& w : B.warps) w.arrived = w.exited = 0;
        g_block = &B;
        for (int i = 0; i < n; i++) {
          Fiber& f = B.fibers[i];
          f.tid = make_uint3(i % block.x, (i / block.x) % block.y, i / (block.x * block.y));
          f.lane = i % 32;
          f.warp = i / 32;
          f.seq = 0;
          f.done = false;
          f.stack = g_stacks[i];
          getcontext(&f.ctx);
          f.ctx.uc_stack.ss_sp = f.stack;
          f.ctx.uc_stack.ss_size = kStack;
          f.ctx.uc_link = &B.main;
          makecontext(&f.ctx, fiber_entry, 0);
        }
        int live = n;
        while (live > 0) {
          const uint64_t p0 = B.progress;
          live = 0;
          shuffle_order(order, n);
          for (int oi = 0; oi < n; oi++) {
            const int i = order[oi];
            Fiber& f = B.fibers[i];
            if (f.done) continue;
            B.cur = &f;
            swapcontext(&B.main, &f.ctx);
            if (!B.error.empty()) break;
            if (!f.done) live++;
          }
          if (!B.error.empty()) break;
          if (live > 0 && B.progress == p0) B.error = "deadlock: threads wait on barriers that cannot complete";
          if (!B.error.empty()) break;
        }
        if (!B.error.empty())
          throw std::runtime_error("kala emu: block (" + std::to_string(bx) + "," + std::to_string(by) + "," +
                                   std::to_string(bz) + "): " + B.error);
      }
}

}  // namespace kala_emu

#endif  // KALA_CUDA_EMU
