#include "read_input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace rankparse::cli {

std::variant<std::string, ReadError> read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return ReadError{"is a directory, not a file"};
  std::ifstream file(path, std::ios::binary);
  if (!file) return ReadError{std::string("cannot open: ") + std::strerror(errno)};
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) return ReadError{std::string("cannot read: ") + std::strerror(errno)};
  return text;
}

}  // namespace rankparse::cli
