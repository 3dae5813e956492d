/**
 * Every failure the package reports is a KalaError with a stable `code`. Subclasses group
 * the codes by who has to act: the user's files (FormatError), the user's arguments
 * (InputError), the environment (NotFoundError, NativeError), or the caller's lifecycle
 * (DisposedError, AbortError).
 */
/** Every code a KalaError can carry. The engine's codes (csrc/error_codes.h) are a subset:
 *  test/error-codes.test.ts checks it, so every code C++ can throw is a KalaErrorCode. */
export const KALA_ERROR_CODES = [
  // files and formats
  'SAFETENSORS_TRUNCATED',
  'SAFETENSORS_HEADER',
  'SAFETENSORS_OFFSETS',
  'SAFETENSORS_DTYPE',
  'SAFETENSORS_SIZE',
  'CONFIG_INVALID',
  'CONFIG_MISMATCH',
  'TENSOR_MISSING',
  'TENSOR_SHAPE',
  'TENSOR_DTYPE',
  'TENSOR_VALUE',
  'TENSOR_DUPLICATE',
  'TOKENIZER_INVALID',
  'ADAPTER_INVALID',
  'DATA_INVALID',
  'RULES_INVALID',
  // locations
  'MODEL_NOT_FOUND',
  'FILE_NOT_FOUND',
  'TOKENIZER_MISSING',
  // arguments
  'INVALID_ARGUMENT',
  'TOKEN_OUT_OF_RANGE',
  'SEQUENCE_TOO_LONG',
  // lifecycle and environment
  'DISPOSED',
  'ABORTED',
  'NATIVE_UNAVAILABLE',
  'DEVICE_UNAVAILABLE',
  'CUDA_ERROR',
  'UNSUPPORTED',
  'OUT_OF_MEMORY',
  'IO_ERROR',
  'INTERNAL',
  // network (OpenAI-compatible client and server)
  'CONNECTION_REFUSED',
  'CONNECTION_LOST',
  'TIMEOUT',
  'HTTP_ERROR',
  'MALFORMED_RESPONSE',
  'QUEUE_FULL',
  // sandbox (lib/code/sandbox.ts): bubblewrap or user namespaces are missing on this machine
  'SANDBOX_UNAVAILABLE',
] as const;

export type KalaErrorCode = (typeof KALA_ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(KALA_ERROR_CODES);
/** Is `code` one of KALA_ERROR_CODES? */
export function isKalaErrorCode(code: unknown): code is KalaErrorCode {
  return typeof code === 'string' && CODES.has(code);
}

export class KalaError extends Error {
  readonly code: KalaErrorCode;
  constructor(code: KalaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A file on disk is not what it claims to be (safetensors, config, tokenizer, adapter, data). */
export class FormatError extends KalaError {}
/** A path, model id or file does not exist. */
export class NotFoundError extends KalaError {}
/** An argument is out of range or of the wrong type. */
export class InputError extends KalaError {}
/** The object was disposed and cannot be used any more. */
export class DisposedError extends KalaError {
  constructor(what: string) {
    super('DISPOSED', `${what} was disposed; create or load a new one`);
  }
}
/** The operation was cancelled through its AbortSignal. */
export class AbortError extends KalaError {
  constructor(message = 'the operation was aborted') {
    super('ABORTED', message);
  }
}
/** The native engine or device reported a failure. */
export class NativeError extends KalaError {}
/** A network peer (OpenAI-compatible server) failed or misbehaved. */
export class NetworkError extends KalaError {}

/** Throws AbortError when the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError();
}

/** The code sandbox (runSandboxed) cannot isolate code on this machine: bubblewrap is missing or
 *  namespaces cannot be created. It never falls back to running unsandboxed; the message says how
 *  to fix the machine, and `fix` repeats the fix on its own. */
export class SandboxUnavailableError extends KalaError {
  readonly fix: string;
  constructor(message: string, fix: string) {
    super('SANDBOX_UNAVAILABLE', `${message}. Fix: ${fix}`);
    this.fix = fix;
  }
}
