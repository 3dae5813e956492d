// A read-only memory mapping of a whole file (checkpoint shards are mapped, never read into
// heap buffers wholesale).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace kala {

class MappedFile {
 public:
  explicit MappedFile(const std::string& path);  // throws KalaException(FILE_NOT_FOUND / IO_ERROR)
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  // Tells the kernel a range will not be needed again (after it was copied or packed).
  void release(size_t offset, size_t bytes) const;

 private:
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace kala
