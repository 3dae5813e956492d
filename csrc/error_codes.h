// The error codes the engine can raise: one list, read by the compiler (ErrorCode) and by
// test/error-codes.test.ts, which checks that every name here is a KalaErrorCode of
// lib/util/errors.ts (KALA_ERROR_CODES). Add a code here and there together.
#pragma once

namespace kala {

#define KALA_ERROR_CODES(X) \
  X(SAFETENSORS_TRUNCATED)  \
  X(SAFETENSORS_OFFSETS)    \
  X(CONFIG_INVALID)         \
  X(TENSOR_MISSING)         \
  X(TENSOR_SHAPE)           \
  X(TENSOR_DTYPE)           \
  X(TENSOR_VALUE)           \
  X(FILE_NOT_FOUND)         \
  X(INVALID_ARGUMENT)       \
  X(TOKEN_OUT_OF_RANGE)     \
  X(SEQUENCE_TOO_LONG)      \
  X(DISPOSED)               \
  X(ABORTED)                \
  X(OUT_OF_MEMORY)          \
  X(IO_ERROR)               \
  X(CUDA_ERROR)             \
  X(UNSUPPORTED)            \
  X(INTERNAL)

enum class ErrorCode {
#define KALA_ERROR_ENUM(name) name,
  KALA_ERROR_CODES(KALA_ERROR_ENUM)
#undef KALA_ERROR_ENUM
};

// The stable name of a code, as JS sees it in `error.code`.
inline const char* error_code_name(ErrorCode c) {
  switch (c) {
#define KALA_ERROR_NAME(name) \
  case ErrorCode::name:       \
    return #name;
    KALA_ERROR_CODES(KALA_ERROR_NAME)
#undef KALA_ERROR_NAME
  }
  return "INTERNAL";
}

}  // namespace kala
