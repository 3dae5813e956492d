// A small seccomp filter (classic BPF, given to bubblewrap with --seccomp FD). Its main job is the
// memory RLIMIT_DATA does not count: shared anonymous mappings, memfd and SysV shared memory are
// shmem, and MAP_GROWSDOWN mappings count as stack, so through them a process could grow without
// bound while its data segment stays small (measured: a 1 GiB MAP_SHARED|MAP_ANONYMOUS mapping and
// a 1 GiB MAP_GROWSDOWN mapping were both fully touched under a 256 MiB RLIMIT_DATA).
// It also closes a few kernel interfaces sandboxed interpreters never need (bpf, perf events,
// userfaultfd, keyrings, io_uring) and the x32 / 32-bit syscall ABIs, whose numbers differ and
// would otherwise walk around the list.

interface ArchTable {
  audit: number;
  /** syscalls with the x32 bit set (x86-64 only) are refused wholesale */
  x32: boolean;
  mmap: number;
  /** syscall number → errno returned instead of running it */
  deny: Array<[nr: number, errno: number]>;
}

const EPERM = 1;
const ENOMEM = 12;
const ENOSYS = 38;

// names: memfd_create, shmget, io_uring_setup, bpf, perf_event_open, userfaultfd, keyctl, add_key, request_key
const ARCHES: Partial<Record<NodeJS.Architecture, ArchTable>> = {
  x64: {
    audit: 0xc000003e,
    x32: true,
    mmap: 9,
    deny: [[319, ENOSYS], [29, ENOSYS], [425, ENOSYS], [321, EPERM], [298, EPERM], [323, EPERM], [250, EPERM], [248, EPERM], [249, EPERM]],
  },
  arm64: {
    audit: 0xc00000b7,
    x32: false,
    mmap: 222,
    deny: [[279, ENOSYS], [194, ENOSYS], [425, ENOSYS], [280, EPERM], [241, EPERM], [282, EPERM], [219, EPERM], [217, EPERM], [218, EPERM]],
  },
};

const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const AND_K = 0x54;
const RET_K = 0x06;
const RET_ALLOW = 0x7fff0000;
const retErrno = (e: number) => 0x00050000 | e;
const MAP_SHARED = 0x01;
const MAP_ANONYMOUS = 0x20;
const MAP_GROWSDOWN = 0x0100;
/** offsetof(struct seccomp_data, args[3]), low 32 bits on a little-endian machine */
const ARG3_LO = 16 + 3 * 8;

type Insn = { code: number; k: number; jt?: string | number; jf?: string | number; label?: string };

/** The compiled filter for this machine's architecture, or null where we have no table for it. */
export function seccompFilter(arch: NodeJS.Architecture = process.arch): Buffer | null {
  const t = ARCHES[arch];
  if (!t) return null;
  const p: Insn[] = [
    { code: LD_W_ABS, k: 4 }, // arch
    { code: JEQ_K, k: t.audit, jt: 0, jf: 'foreign' },
    { code: LD_W_ABS, k: 0 }, // syscall number
  ];
  if (t.x32) p.push({ code: JGE_K, k: 0x40000000, jt: 'foreign', jf: 0 });
  for (const [nr, errno] of t.deny) p.push({ code: JEQ_K, k: nr, jt: 0, jf: 1 }, { code: RET_K, k: retErrno(errno) });
  p.push(
    { code: JEQ_K, k: t.mmap, jt: 0, jf: 'allow' },
    { code: LD_W_ABS, k: ARG3_LO }, // mmap flags
    // MAP_GROWSDOWN mappings are "stack", which RLIMIT_DATA does not count either
    { code: JSET_K, k: MAP_GROWSDOWN, jt: 'nomem', jf: 0 },
    { code: AND_K, k: MAP_SHARED | MAP_ANONYMOUS },
    { code: JEQ_K, k: MAP_SHARED | MAP_ANONYMOUS, jt: 'nomem', jf: 'allow' },
    { code: RET_K, k: retErrno(ENOMEM), label: 'nomem' },
    { code: RET_K, k: RET_ALLOW, label: 'allow' },
    { code: RET_K, k: retErrno(ENOSYS), label: 'foreign' },
  );
  const at = new Map(p.flatMap((x, i) => (x.label ? [[x.label, i] as const] : [])));
  const off = (j: string | number | undefined, i: number) => {
    if (j === undefined || typeof j === 'number') return j ?? 0;
    const d = at.get(j)! - (i + 1);
    if (d < 0 || d > 255) throw new Error(`seccomp jump to ${j} out of range`);
    return d;
  };
  // struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; } in the machine's byte order (little-endian on both)
  const buf = Buffer.alloc(p.length * 8);
  p.forEach((x, i) => {
    buf.writeUInt16LE(x.code, i * 8);
    buf.writeUInt8(off(x.jt, i), i * 8 + 2);
    buf.writeUInt8(off(x.jf, i), i * 8 + 3);
    buf.writeUInt32LE(x.k >>> 0, i * 8 + 4);
  });
  return buf;
}
