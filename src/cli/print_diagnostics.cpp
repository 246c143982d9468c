#include "print_diagnostics.hpp"

#include <string>

#include "rankparse/rankparse.hpp"

namespace rankparse::cli {
namespace {

// A line echoed under a diagnostic is clipped to a window around the caret,
// so a megabyte-long line does not flood the terminal.
constexpr std::size_t context_before = 60;
constexpr std::size_t window_width = 160;

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; }

std::string_view line_at(std::string_view text, std::size_t offset) {
  if (offset > text.size()) return {};
  auto begin = text.find_last_of("\r\n", offset == 0 ? 0 : offset - 1);
  begin = (begin == std::string_view::npos || offset == 0) ? 0 : begin + 1;
  if (begin == 0 && text.starts_with("\xEF\xBB\xBF")) begin = 3;  // the byte-order mark is not shown
  const auto end = text.find_first_of("\r\n", begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

void print_line_with_caret(std::ostream& out, std::string_view line, std::size_t caret) {
  std::size_t start = caret > context_before ? caret - context_before : 0;
  while (start > 0 && start < line.size() && is_continuation(line[start])) --start;
  std::size_t end = start + window_width < line.size() ? start + window_width : line.size();
  while (end < line.size() && is_continuation(line[end])) --end;
  const std::string_view lead = start > 0 ? "..." : "";
  out << "  " << lead << line.substr(start, end - start) << (end < line.size() ? "..." : "") << "\n  ";
  std::size_t column = lead.size();
  for (auto i = start; i < caret && i < line.size(); ++i) column += is_continuation(line[i]) ? 0U : 1U;
  out << std::string(column, ' ') << "^\n";
}

}  // namespace

void print_diagnostics(std::ostream& out, std::string_view file, std::string_view text, const Article& article, Severity least) {
  // Spans of a repaired article point into the repaired text, not into `text`.
  bool repaired = false;
  for (const auto& diagnostic : article.diagnostics) repaired = repaired || diagnostic.code == "input.invalid_utf8_replaced";
  for (const auto& diagnostic : article.diagnostics) {
    // Severity counts down from error (0) to info (2).
    if (static_cast<int>(diagnostic.severity) > static_cast<int>(least)) continue;
    const auto& span = diagnostic.span;
    out << file << ':' << span.line << ':' << span.column << ": " << rankparse::severity_name(diagnostic.severity) << ": "
        << diagnostic.message << " [" << diagnostic.code << "]\n";
    const auto line = line_at(text, span.begin);
    // Never echo bytes that are not text.
    if (line.empty() || repaired || diagnostic.code == "input.invalid_utf8" || diagnostic.code == "input.binary") continue;
    const auto line_begin = static_cast<std::size_t>(line.data() - text.data());
    print_line_with_caret(out, line, span.begin > line_begin ? span.begin - line_begin : 0);
  }
}

}  // namespace rankparse::cli
