#include "print_diagnostics.hpp"

#include "rankparse/rankparse.hpp"

namespace rankparse::cli {
namespace {

std::string_view line_at(std::string_view text, std::size_t offset) {
  if (offset > text.size()) return {};
  auto begin = text.find_last_of("\r\n", offset == 0 ? 0 : offset - 1);
  begin = (begin == std::string_view::npos || offset == 0) ? 0 : begin + 1;
  const auto end = text.find_first_of("\r\n", begin);
  return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

}  // namespace

void print_diagnostics(std::ostream& out, std::string_view file, std::string_view text, const Article& article) {
  for (const auto& diagnostic : article.diagnostics) {
    const auto& span = diagnostic.span;
    out << file << ':' << span.line << ':' << span.column << ": " << rankparse::severity_name(diagnostic.severity) << ": " << diagnostic.message
        << " [" << diagnostic.code << "]\n";
    const auto line = line_at(text, span.begin);
    if (line.empty() || diagnostic.code == "input.invalid_utf8") continue;  // never echo bytes that are not text
    out << "  " << line << "\n  " << std::string(span.column > 0 ? span.column - 1 : 0, ' ') << "^\n";
  }
}

}  // namespace rankparse::cli
