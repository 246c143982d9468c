#include "output_files.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace rankparse::cli {

namespace fs = std::filesystem;

fs::path output_path_for(const fs::path& output_dir, const Input& input) {
  auto relative = input.relative_path.empty() ? fs::path("stdin") : input.relative_path;
  relative.replace_extension(".json");
  return output_dir / relative;
}

bool is_up_to_date(const fs::path& output, const Input& input) {
  std::error_code error;
  if (input.path.empty() || !fs::exists(output, error)) return false;
  const auto output_time = fs::last_write_time(output, error);
  if (error) return false;
  const auto input_time = fs::last_write_time(input.path, error);
  return !error && output_time >= input_time;
}

std::optional<std::string> write_atomically(const fs::path& path, std::string_view contents) {
  std::error_code error;
  fs::create_directories(path.parent_path(), error);
  if (error) return "cannot create folder " + path.parent_path().string() + ": " + error.message();
  // The temporary name is unique per process and thread-safe: callers write one file at a time per path.
  auto temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (!file) return "cannot write " + path.string() + ": " + std::strerror(errno);
  const bool written = std::fwrite(contents.data(), 1, contents.size(), file) == contents.size();
  const int write_errno = errno;
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed) {
    fs::remove(temporary, error);
    return "cannot write " + path.string() + ": " + std::strerror(written ? errno : write_errno);
  }
  fs::rename(temporary, path, error);
  if (error) {
    fs::remove(temporary, error);
    return "cannot write " + path.string() + ": " + error.message();
  }
  return std::nullopt;
}

}  // namespace rankparse::cli
