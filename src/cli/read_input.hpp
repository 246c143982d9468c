// Reading one input: a file path, or "-" for standard input.
#pragma once

#include <string>
#include <variant>

namespace rankparse::cli {

struct ReadError {
  std::string message;  // "cannot open: No such file or directory"
};

[[nodiscard]] std::variant<std::string, ReadError> read_input(const std::string& path);

}  // namespace rankparse::cli
