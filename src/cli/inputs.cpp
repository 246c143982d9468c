#include "inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <system_error>

namespace rankparse::cli {
namespace {

namespace fs = std::filesystem;

bool included(const fs::path& file, const std::vector<std::string>& patterns) {
  if (patterns.empty()) return true;
  const auto name = file.filename().string();
  return std::any_of(patterns.begin(), patterns.end(),
                     [&](const std::string& pattern) { return fnmatch(pattern.c_str(), name.c_str(), 0) == 0; });
}

bool is_hidden(const fs::path& path) { return path.filename().native().starts_with('.'); }

void add_folder(const fs::path& folder, const FolderFilter& filter, ExpandedInputs& expanded) {
  std::vector<Input> found;
  std::error_code error;
  fs::recursive_directory_iterator walk(folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    expanded.problems.push_back({folder.string(), "cannot read folder: " + error.message()});
    return;
  }
  for (const auto end = fs::recursive_directory_iterator(); walk != end; walk.increment(error)) {
    if (error) {
      expanded.problems.push_back({walk->path().string(), "cannot read folder: " + error.message()});
      error.clear();
      continue;
    }
    if (!filter.hidden && is_hidden(walk->path())) {
      if (walk->is_directory(error)) walk.disable_recursion_pending();
      error.clear();
      continue;
    }
    std::error_code status_error;
    if (!walk->is_regular_file(status_error) || !included(walk->path(), filter.include_patterns)) continue;
    // The walk's paths are `folder` joined with what lies below it, so the
    // relative path is lexical: fs::relative would resolve symbolic links,
    // a handful of system calls for every file found.
    found.push_back(Input{walk->path().string(), walk->path(), walk->path().lexically_relative(folder), walk->file_size(status_error)});
  }
  std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  expanded.inputs.insert(expanded.inputs.end(), found.begin(), found.end());
}

}  // namespace

ExpandedInputs expand_inputs(const std::vector<std::string>& arguments, const FolderFilter& filter) {
  ExpandedInputs expanded;
  for (const auto& argument : arguments) {
    if (argument == "-") {
      expanded.inputs.push_back(Input{"-", {}, "stdin", 0});
      continue;
    }
    const fs::path path(argument);
    std::error_code error;
    const auto status = fs::status(path, error);
    if (fs::is_directory(status)) {
      add_folder(path, filter, expanded);
    } else {
      // A missing or unreadable file is reported when it is read, in its place in the output.
      const auto size = fs::is_regular_file(status) ? fs::file_size(path, error) : 0;
      expanded.inputs.push_back(Input{argument, path, path.filename(), error ? 0 : size});
    }
  }
  return expanded;
}

}  // namespace rankparse::cli
