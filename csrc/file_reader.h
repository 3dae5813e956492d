// A checkpoint file read with pread(2). Loading copies every tensor anyway (into packed or f32
// storage), so the data is read, not mapped: a file truncated or replaced while it is being
// loaded then gives a typed error (SAFETENSORS_TRUNCATED) where touching a mapping of the lost
// pages would kill the process with SIGBUS.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace kala {

class FileReader {
 public:
  explicit FileReader(const std::string& path);  // throws KalaException(FILE_NOT_FOUND / IO_ERROR)
  ~FileReader();
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;
  const std::string& path() const { return path_; }
  uint64_t size() const { return size_; }  // when it was opened
  // Reads exactly `bytes` at `offset` into dst. A range past size() is SAFETENSORS_OFFSETS; a file
  // that ends early because it shrank after it was opened is SAFETENSORS_TRUNCATED.
  void read(uint64_t offset, size_t bytes, void* dst) const;
  // SAFETENSORS_OFFSETS unless [offset, offset + bytes) lies within size(): a tensor read in
  // pieces is checked whole before anything is allocated for it.
  void check_range(uint64_t offset, uint64_t bytes) const;

 private:
  std::string path_;
  int fd_ = -1;
  uint64_t size_ = 0;
};

}  // namespace kala
