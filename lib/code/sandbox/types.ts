// The types of runSandboxed's options and results (lib/code/sandbox.ts re-exports them).

export type SandboxLanguage = 'python' | 'node';

export interface SandboxLimits {
  /** wall-clock time before the whole sandbox is killed (default 10,000 ms) */
  wallMs?: number;
  /** CPU seconds per process (RLIMIT_CPU; default 10) */
  cpuSeconds?: number;
  /** memory: whole sandbox with a cgroup, else data segment per process (default 512 MiB) */
  memoryMb?: number;
  /** processes and threads together, the sandbox's init not counted (default 64) */
  processes?: number;
  /** largest file the code may write (RLIMIT_FSIZE; default 16 MiB) */
  fileSizeMb?: number;
  /** bytes kept of stdout and of stderr each; more kills the run (default 1 MiB) */
  outputBytes?: number;
  /** size of each of the /work, /tmp and /dev/shm tmpfs mounts (default 64 MiB) */
  diskMb?: number;
}

export interface SandboxOptions {
  language: SandboxLanguage;
  /** relative path → UTF-8 content, written under /work (the working directory) */
  files: Record<string, string>;
  /** argv to run inside, resolved on the sandbox's PATH (default: the interpreter on `entry`) */
  command?: string[];
  /** file to run when no command is given (default: the only file, else main.py / main.js) */
  entry?: string;
  stdin?: string;
  /** extra environment variables (the host's environment never enters the sandbox) */
  env?: Record<string, string>;
  limits?: SandboxLimits;
  /** aborting kills the sandbox; the result then has killedBy 'abort' (already aborted: AbortError) */
  signal?: AbortSignal;
}

export interface SandboxEnforcement {
  cpu: 'setrlimit';
  memory: 'cgroup' | 'rlimit-data';
  processes: 'cgroup' | 'rlimit-nproc';
  fileSize: 'setrlimit';
  wall: 'parent-kill';
}

export interface SandboxResult {
  /** exit status of the code, null when it was killed by a signal */
  exitCode: number | null;
  /** e.g. 'SIGKILL', 'SIGXCPU', 'SIGXFSZ'; null when it exited */
  signal: string | null;
  stdout: string;
  stderr: string;
  /** the wall limit killed it */
  timedOut: boolean;
  /** stdout or stderr went past outputBytes and was cut */
  truncated: boolean;
  /** why the run was stopped, when a limit or the caller stopped it (memory: only with a cgroup) */
  killedBy?: 'wall' | 'cpu' | 'memory' | 'output' | 'abort';
  durationMs: number;
  enforcement: SandboxEnforcement;
}

export interface SandboxAvailability {
  ok: boolean;
  /** why not, when not ok */
  reason?: string;
  /** what to do about it, when not ok */
  fix?: string;
}
