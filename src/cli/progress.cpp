#include "progress.hpp"

#include <algorithm>
#include <cstdio>

namespace rankparse::cli {

void Summary::add(const Article& article) {
  ++articles;
  bytes += article.source.bytes;
  lists += article.lists.size();
  for (const auto& list : article.lists) entries += list.entries.size();
  bool failed = false;
  for (const auto& diagnostic : article.diagnostics) {
    if (diagnostic.severity == Severity::warning) ++warnings;
    if (diagnostic.severity == Severity::error) {
      ++errors;
      failed = true;
    }
  }
  if (failed) ++failed_inputs;
}

void Summary::add_failure() {
  ++errors;
  ++failed_inputs;
}

std::string Summary::line(double seconds) const {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, "%zu articles, %zu lists, %zu entries, %zu warnings, %zu errors in %.2f s (%.1f MB/s)", articles,
                lists, entries, warnings, errors, seconds, seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
  return buffer;
}

Progress::Progress(std::ostream& out, bool enabled, std::size_t total_inputs, std::uintmax_t total_bytes)
    : out_(out), enabled_(enabled), total_inputs_(total_inputs), total_bytes_(total_bytes) {}

double Progress::seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

void Progress::update(std::size_t inputs_done, std::uintmax_t bytes_done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double elapsed = seconds();
  const double rate = elapsed > 0 ? static_cast<double>(bytes_done) / 1e6 / elapsed : 0.0;
  char buffer[160];
  if (total_inputs_ > 0 && total_bytes_ > 0 && bytes_done > 0) {
    const double left = elapsed * static_cast<double>(total_bytes_ - std::min(bytes_done, total_bytes_)) / static_cast<double>(bytes_done);
    std::snprintf(buffer, sizeof buffer, "\r%zu/%zu inputs, %.1f MB/s, %.0f s left   ", inputs_done, total_inputs_, rate, left);
  } else {
    std::snprintf(buffer, sizeof buffer, "\r%zu inputs, %.1f MB/s   ", inputs_done, rate);
  }
  out_ << buffer << std::flush;
}

void Progress::finish() {
  if (enabled_) out_ << "\r\033[K" << std::flush;  // clear the progress line
}

}  // namespace rankparse::cli
