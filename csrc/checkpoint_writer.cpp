#include "checkpoint_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "tensor.h"

namespace kala {

namespace {

[[noreturn]] void io_error(const std::string& path, const char* what) {
  throw KalaException(ErrorCode::IO_ERROR, std::string("cannot ") + what + " " + path + ": " + std::strerror(errno) + "; check the disk space and permissions");
}

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

void append_tensors(const Model& m, const std::string& path, const std::vector<std::string>& names) {
  Fd f{::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC)};
  if (f.fd < 0) io_error(path, "open");
  for (const auto& name : names) {
    const Tensor t = m.get(name);
    const char* p = static_cast<const char*>(t.data);
    size_t left = t.nbytes();
    while (left > 0) {
      // write(2) moves at most ~2 GiB per call on Linux
      const ssize_t n = ::write(f.fd, p, left < (size_t(1) << 30) ? left : (size_t(1) << 30));
      if (n < 0) {
        if (errno == EINTR) continue;
        io_error(path, "write");
      }
      p += n;
      left -= (size_t)n;
    }
  }
  if (::fsync(f.fd) != 0) io_error(path, "fsync");
  const int fd = f.fd;
  f.fd = -1;
  if (::close(fd) != 0) io_error(path, "close");
}

}  // namespace kala
