#include "file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "tensor.h"

namespace kala {

// Test-only hook (KALA_TEST_TRUNCATE_AFTER_OPEN=<path>:<bytes>): truncates that one file right
// after it is opened, so a test can reproduce a file that shrinks during a load deterministically.
static void test_truncate_hook(const std::string& path) {
  const char* spec = std::getenv("KALA_TEST_TRUNCATE_AFTER_OPEN");
  if (!spec) return;
  const std::string s = spec;
  const size_t colon = s.rfind(':');
  if (colon == std::string::npos || s.substr(0, colon) != path) return;
  if (::truncate(path.c_str(), (off_t)std::strtoll(s.c_str() + colon + 1, nullptr, 10)) != 0) return;
}

FileReader::FileReader(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0)
    throw KalaException(errno == ENOENT ? ErrorCode::FILE_NOT_FOUND : ErrorCode::IO_ERROR, "cannot open " + path + ": " + std::strerror(errno));
  struct stat st;
  if (fstat(fd_, &st) != 0) {
    int e = errno;
    ::close(fd_);
    throw KalaException(ErrorCode::IO_ERROR, "cannot stat " + path + ": " + std::strerror(e));
  }
  size_ = (uint64_t)st.st_size;
#ifdef POSIX_FADV_SEQUENTIAL
  posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  test_truncate_hook(path);
}

FileReader::~FileReader() {
  if (fd_ >= 0) ::close(fd_);
}

void FileReader::check_range(uint64_t offset, uint64_t bytes) const {
  if (offset > size_ || bytes > size_ - offset)
    throw KalaException(ErrorCode::SAFETENSORS_OFFSETS, "bytes " + std::to_string(offset) + " + " + std::to_string(bytes) + " lie past the end of " + path_);
}

void FileReader::read(uint64_t offset, size_t bytes, void* dst) const {
  check_range(offset, bytes);
  uint8_t* out = static_cast<uint8_t*>(dst);
  size_t done = 0;
  while (done < bytes) {
    const size_t chunk = std::min<size_t>(bytes - done, size_t(1) << 30);  // below the 2 GiB per-call limit
    const ssize_t n = ::pread(fd_, out + done, chunk, (off_t)(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      throw KalaException(ErrorCode::IO_ERROR, "cannot read " + path_ + ": " + std::strerror(errno));
    }
    if (n == 0)
      throw KalaException(ErrorCode::SAFETENSORS_TRUNCATED, path_ + " ended at byte " + std::to_string(offset + done) + " while it was being loaded (" +
                                                       std::to_string(size_) + " bytes when opened); it was truncated or replaced during the load");
    done += (size_t)n;
  }
}

}  // namespace kala
