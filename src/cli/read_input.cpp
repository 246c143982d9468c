#include "read_input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace rankparse::cli {

namespace {

ReadError too_large(std::size_t max_bytes) {
  return ReadError{"input is larger than the limit of " + std::to_string(max_bytes) + " bytes (--max-input-size)"};
}

// Reads at most `max_bytes` + 1 bytes, so an oversized input is refused without being held whole.
std::variant<std::string, ReadError> read_stream(std::istream& stream, std::size_t max_bytes) {
  std::string text;
  char buffer[1 << 16];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (max_bytes != 0 && text.size() > max_bytes) return too_large(max_bytes);
  }
  if (stream.bad()) return ReadError{std::string("cannot read: ") + std::strerror(errno)};
  return text;
}

}  // namespace

std::variant<std::string, ReadError> read_input(const std::string& path, std::size_t max_bytes) {
  if (path == "-") return read_stream(std::cin, max_bytes);
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return ReadError{"is a directory, not a file"};
  std::ifstream file(path, std::ios::binary);
  if (!file) return ReadError{std::string("cannot open: ") + std::strerror(errno)};
  return read_stream(file, max_bytes);
}

}  // namespace rankparse::cli
