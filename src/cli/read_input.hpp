// Reading one input: a file path, or "-" for standard input.
#pragma once

#include <cstddef>
#include <string>
#include <variant>

namespace rankparse::cli {

struct ReadError {
  std::string message;  // "cannot open: No such file or directory"
};

// `max_bytes` (0: no limit) refuses larger inputs with a clear error instead of reading them.
[[nodiscard]] std::variant<std::string, ReadError> read_input(const std::string& path, std::size_t max_bytes = 0);

}  // namespace rankparse::cli
