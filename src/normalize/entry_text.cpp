#include "normalize/entry_text.hpp"

#include <string>

#include "grammar/word_lists.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_tie_marker(std::string_view text) {
  const auto word = ascii_lowercase(text);
  return word == "tie" || word == "tied" || word == "t";
}

// The number in a rank annotation: "#12 overall", "No. 12", "National rank: #300", "ranked 12th".
std::optional<std::int64_t> annotated_rank(std::string_view text) {
  const auto hash = text.find('#');
  auto number_at = [&](std::size_t pos) -> std::optional<std::int64_t> {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    std::int64_t value = 0;
    std::size_t digits = 0;
    for (; pos < text.size() && is_digit(text[pos]) && digits < 9; ++pos, ++digits) value = value * 10 + (text[pos] - '0');
    if (digits == 0) return std::nullopt;
    return value;
  };
  if (hash != std::string_view::npos) return number_at(hash + 1);
  if (text.rfind("No.", 0) == 0) return number_at(3);
  return std::nullopt;
}

bool is_rank_annotation(std::string_view inner) {
  const auto text = ascii_lowercase(inner);
  return annotated_rank(inner).has_value() && (inner.front() == '#' || text.find("rank") != std::string::npos ||
                                               text.rfind("no.", 0) == 0 || text.find("overall") != std::string::npos);
}

// A full stop that ends the entry is dropped unless it belongs to an
// abbreviation ("Inc.", "N.C.").
RawSpan without_full_stop(const Source& source, RawSpan span) {
  const auto text = source.slice(span);
  if (text.empty() || text.back() != '.') return span;
  const auto space = text.find_last_of(" (");
  const auto last_word = text.substr(space == std::string_view::npos ? 0 : space + 1);
  const bool initials = last_word.size() >= 2 && last_word[last_word.size() - 2] >= 'A' && last_word[last_word.size() - 2] <= 'Z' &&
                        (last_word.size() == 2 || last_word[last_word.size() - 3] == '.');
  if (initials || grammar::abbreviations().find(last_word) || grammar::state_abbreviations().find(last_word)) return span;
  return trim(source, RawSpan{span.begin, span.end - 1});
}

bool inside_any(std::size_t offset, const std::vector<RawParenthetical>& parentheticals) {
  for (const auto& paren : parentheticals) {
    if (offset >= paren.outer.begin && offset < paren.outer.end) return true;
  }
  return false;
}

// Offsets of `needle` in `span`, outside parentheticals.
std::vector<std::size_t> find_outside(const Source& source, RawSpan span, std::string_view needle,
                                      const std::vector<RawParenthetical>& parentheticals) {
  std::vector<std::size_t> found;
  const auto text = source.slice(span);
  for (auto pos = text.find(needle); pos != std::string_view::npos; pos = text.find(needle, pos + 1)) {
    if (!inside_any(span.begin + pos, parentheticals)) found.push_back(span.begin + pos);
  }
  return found;
}

bool upper_at(const Source& source, std::size_t offset) {
  const auto text = source.text();
  return offset < text.size() && ((text[offset] >= 'A' && text[offset] <= 'Z') || static_cast<unsigned char>(text[offset]) >= 0xC0);
}

}  // namespace rankparse::detail
