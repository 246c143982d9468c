// What a batch reports about itself: a progress line on a terminal while it
// runs, and a summary when it ends.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>

#include "rankparse/article.hpp"

namespace rankparse::cli {

struct Summary {
  std::size_t articles = 0;
  std::size_t lists = 0;
  std::size_t entries = 0;
  std::size_t warnings = 0;
  std::size_t errors = 0;       // error diagnostics, unreadable inputs, bad stream lines
  std::size_t failed_inputs = 0;  // inputs that had at least one error
  std::uintmax_t bytes = 0;

  void add(const Article& article);
  void add_failure();
  [[nodiscard]] std::string line(double seconds) const;
};

// Redraws one line on standard error at most ten times a second: inputs done
// (of how many, when known), MB/s, and time left when the total is known.
class Progress {
 public:
  Progress(std::ostream& out, bool enabled, std::size_t total_inputs, std::uintmax_t total_bytes);
  void update(std::size_t inputs_done, std::uintmax_t bytes_done);
  void finish();
  [[nodiscard]] double seconds() const;

 private:
  std::ostream& out_;
  bool enabled_;
  std::size_t total_inputs_;
  std::uintmax_t total_bytes_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace rankparse::cli
