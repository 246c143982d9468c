// `extract` and `check` over any number of inputs, in parallel, with output
// in input order.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rankparse/article.hpp"

namespace rankparse::cli {

struct RunOptions {
  unsigned jobs = 0;                         // 0: all cores
  bool quiet = false;                        // no progress line, no summary
  Severity least_severity = Severity::warning;  // diagnostics printed on standard error
  // Larger inputs (or stream lines) are refused with an error, unread: real
  // articles are kilobytes, and a hostile one must not take all memory.
  std::size_t max_input_bytes = std::size_t{64} << 20U;  // 0: no limit
  bool replace_invalid_utf8 = false;  // see rankparse::Options
};

struct BatchOptions {
  std::vector<std::string> inputs;
  std::vector<std::string> include;          // shell patterns for files found in folders
  bool hidden = false;                       // also walk hidden files and folders (see FolderFilter)
  bool jsonl = false;                        // one compact object a line
  bool compact = false;
  std::optional<std::filesystem::path> output_dir;
  bool resume = false;                       // skip inputs whose output in output_dir is up to date
  bool check_only = false;                   // `check`: diagnostics only, no JSON
  RunOptions run;
};

// Threads to use: `jobs`, or every core when it is 0.
[[nodiscard]] unsigned worker_count(unsigned jobs);

// Returns the exit code (see exit_codes.hpp).
[[nodiscard]] int run_batch(const BatchOptions& options);

}  // namespace rankparse::cli
