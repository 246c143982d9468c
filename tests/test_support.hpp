// Shared by the tests: where the samples are and how to read them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace rankparse::test {

inline std::filesystem::path samples_dir() { return RANKPARSE_SAMPLES_DIR; }

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot open " + path.string());
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

inline std::string read_sample(const std::string& name) { return read_file(samples_dir() / name); }

// The names (without .txt) of every samples/*.txt, sorted.
inline std::vector<std::string> sample_names() {
  std::vector<std::string> names;
  for (const auto& file : std::filesystem::directory_iterator(samples_dir())) {
    if (file.path().extension() == ".txt") names.push_back(file.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace rankparse::test
