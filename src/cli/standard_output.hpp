// Standard output as the batch and stream commands write it. A failed write
// (disk full, a closed pipe) is noticed when it happens, so the run stops
// reading input and says so, instead of reporting success over lost results.
#pragma once

#include <atomic>
#include <string_view>

namespace rankparse::cli {

class StandardOutput {
 public:
  // Writes `text` to std::cout; remembers the first failure.
  void write(std::string_view text);
  // Whether a write has failed: the input side stops when it has.
  [[nodiscard]] bool failed() const { return failed_.load(std::memory_order_relaxed); }
  // Flushes; on failure prints "rankparse: error: cannot write standard
  // output: REASON [output.unwritable]" and turns `exit_code` into 1.
  [[nodiscard]] int finish(int exit_code);

 private:
  void check();
  std::atomic<bool> failed_{false};
  int error_number_ = 0;
};

}  // namespace rankparse::cli
