// What the command reads: files as given, folders walked recursively (with
// include patterns), and "-" for standard input, in a stable order.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rankparse::cli {

struct Input {
  std::string name;                     // as reported: the path as given or found, "-" for standard input
  std::filesystem::path path;           // empty for standard input
  std::filesystem::path relative_path;  // below the folder it was found in, for mirroring into -o DIR
  std::uintmax_t bytes = 0;             // size on disk, 0 when unknown
};

struct InputProblem {
  std::string name;
  std::string message;
};

struct ExpandedInputs {
  std::vector<Input> inputs;
  std::vector<InputProblem> problems;  // arguments that name nothing readable
};

// Which files a folder contributes.
struct FolderFilter {
  std::vector<std::string> include_patterns;  // shell globs, e.g. "*.txt"; all files when empty
  // Files and folders whose names begin with "." (".git", ".DS_Store", the
  // "._name.txt" resource forks macOS leaves on shared drives) are skipped,
  // as ripgrep and fd skip them, unless this is set.
  bool hidden = false;
};

// Files are taken as given, hidden or not; a folder contributes every regular
// file below it that `filter` lets through, sorted by path so output order
// never depends on the file system.
[[nodiscard]] ExpandedInputs expand_inputs(const std::vector<std::string>& arguments, const FolderFilter& filter);

}  // namespace rankparse::cli
