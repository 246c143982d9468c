// Writing one output file per input into -o DIR: atomically (a temporary
// file renamed into place, so a reader never sees half a file and a failed
// write leaves nothing behind), and knowing when an output is up to date.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "inputs.hpp"

namespace rankparse::cli {

// DIR/<relative path with .json instead of its extension>; standard input
// becomes DIR/stdin.json.
[[nodiscard]] std::filesystem::path output_path_for(const std::filesystem::path& output_dir, const Input& input);

// True when `output` exists and is not older than the input file.
[[nodiscard]] bool is_up_to_date(const std::filesystem::path& output, const Input& input);

// Writes `contents` to `path` through a temporary file in the same folder
// and a rename. Returns an error message, or nullopt on success; on failure
// no file is left at `path` or beside it.
[[nodiscard]] std::optional<std::string> write_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace rankparse::cli
