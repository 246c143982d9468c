#include "normalize/entry_text.hpp"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <string>

#include "grammar/word_lists.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {

bool is_tie_marker(std::string_view text) {
  return equals_ignoring_case(text, "tie") || equals_ignoring_case(text, "tied") || equals_ignoring_case(text, "t");
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
  return annotated_rank(inner).has_value() &&
         (inner.front() == '#' || find_ignoring_case(inner, "rank") != std::string_view::npos || starts_with_ignoring_case(inner, "no.") ||
          find_ignoring_case(inner, "overall") != std::string_view::npos);
}

bool is_value_note(std::string_view inner) {
  // A labelled value: "score: 90", "Score: 88.5".
  if (const auto colon = inner.find(": "); colon != std::string_view::npos && colon > 0 && colon <= 12 &&
      std::all_of(inner.begin(), inner.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == ' '; })) {
    return is_value_note(inner.substr(colon + 2));
  }
  // A won-lost record: "7-0", "11-1-1".
  std::size_t groups = 0;
  for (std::size_t begin = 0; begin <= inner.size() && groups <= 3;) {
    const auto end = std::min(inner.find('-', begin), inner.size());
    const auto group = inner.substr(begin, end - begin);
    if (group.empty() || group.size() > 3 || !std::all_of(group.begin(), group.end(), is_digit)) {
      groups = 0;
      break;
    }
    ++groups;
    begin = end + 1;
  }
  if (groups >= 2 && groups <= 3) return true;
  std::size_t pos = 0;
  for (const std::string_view currency : {"$", "\xC2\xA3" /* pound */, "\xE2\x82\xAC" /* euro */}) {
    if (inner.substr(0, currency.size()) == currency) pos = currency.size();
  }
  const auto number_begin = pos;
  while (pos < inner.size() && (is_digit(inner[pos]) || ((inner[pos] == ',' || inner[pos] == '.') && pos + 1 < inner.size() && is_digit(inner[pos + 1])))) ++pos;
  if (pos == number_begin || !is_digit(inner[number_begin])) return false;
  const auto number = inner.substr(number_begin, pos - number_begin);
  if (pos < inner.size() && inner[pos] == '%') ++pos;
  const auto unit = inner.substr(pos);
  // "(2023)" after a title is its year, part of how it is named.
  const bool year = number.size() == 4 && (number.starts_with("18") || number.starts_with("19") || number.starts_with("20"));
  if (unit.empty()) return !year || number_begin > 0;
  // Then one or two lower-case words: "points", "first-place votes", "billion".
  if (unit.front() != ' ') return false;
  std::size_t words = 0;
  for (std::size_t at = 0; at < unit.size();) {
    if (unit[at] != ' ' || ++words > 2) return false;
    ++at;
    const auto word_begin = at;
    while (at < unit.size() && ((unit[at] >= 'a' && unit[at] <= 'z') || unit[at] == '-')) ++at;
    if (at == word_begin) return false;
  }
  return true;
}

bool is_movement_note_ending(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ')')) word.remove_suffix(1);
  // A name's last word is mostly capitalized ("Hospital", "(Boston)"); a note's is a number or lower-case.
  if (word.empty()) return false;
  if (word.front() >= '0' && word.front() <= '9') return word.find_first_not_of("0123456789") == std::string_view::npos;
  if (word.front() < 'a' || word.front() > 'z') return false;
  for (const std::string_view ending : {"new", "entry", "list", "change", "unchanged", "re-entry", "reentry", "returning", "spot", "spots",
                                        "place", "places", "position", "positions"}) {
    if (equals_ignoring_case(word, ending)) return true;
  }
  return false;
}

bool is_movement_note(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  const auto space = text.find_last_of(' ');
  if (!is_movement_note_ending(space == std::string_view::npos ? text : text.substr(space + 1))) return false;  // most text, at once
  for (const std::string_view whole : {"new", "new entry", "new to list", "no change", "unchanged", "re-entry", "reentry", "returning"}) {
    if (equals_ignoring_case(text, whole)) return true;
  }
  // "up 4", "down 12", "down 4 spots", "up 2 places", "up from 7"
  for (const std::string_view direction : {"up ", "down "}) {
    if (!starts_with_ignoring_case(text, direction)) continue;
    auto rest = text.substr(direction.size());
    if (starts_with_ignoring_case(rest, "from ")) rest.remove_prefix(5);
    if (starts_with_ignoring_case(rest, "no. ")) rest.remove_prefix(4);
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 0) return false;
    rest.remove_prefix(digits);
    for (const std::string_view unit : {"", " spot", " spots", " place", " places", " position", " positions"}) {
      if (equals_ignoring_case(rest, unit)) return true;
    }
    return false;
  }
  return false;
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
  // A line's parentheticals are recorded in reading order and never overlap,
  // so the one that may hold `offset` is the last that begins at or before it:
  // a line of thousands of them costs a search, not a scan, per offset.
  const auto after = std::upper_bound(parentheticals.begin(), parentheticals.end(), offset,
                                      [](std::size_t at, const RawParenthetical& paren) { return at < paren.outer.begin; });
  return after != parentheticals.begin() && offset < std::prev(after)->outer.end;
}

std::optional<std::size_t> first_outside(const Source& source, RawSpan span, std::string_view needle,
                                         const std::vector<RawParenthetical>& parentheticals, std::size_t from) {
  assert(from >= span.begin);
  const auto text = source.slice(span);
  for (auto pos = find_first(text, needle, from - span.begin); pos != std::string_view::npos; pos = find_first(text, needle, pos + 1)) {
    if (!inside_any(span.begin + pos, parentheticals)) return span.begin + pos;
  }
  return std::nullopt;
}

std::optional<std::size_t> last_outside(const Source& source, RawSpan span, std::string_view needle,
                                        const std::vector<RawParenthetical>& parentheticals) {
  std::optional<std::size_t> last;
  for (auto found = first_outside(source, span, needle, parentheticals); found;
       found = first_outside(source, span, needle, parentheticals, *found + 1)) {
    last = found;
  }
  return last;
}

std::optional<RawSpan> last_dash_separator(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals) {
  // Most names have no dash at all: one pass over the bytes settles that.
  const auto text = source.slice(span);
  if (std::none_of(text.begin(), text.end(), [](char c) { return c == '-' || c == '\xE2'; })) return std::nullopt;
  std::optional<RawSpan> last;
  for (const std::string_view separator : {" - ", " -- ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\x94"}) {
    const auto found = last_outside(source, span, separator, parentheticals);
    if (!found || (last && *found < last->begin)) continue;
    // A spaced em dash holds the unspaced one: keep the wider match.
    if (last && *found < last->end) continue;
    last = RawSpan{*found, *found + separator.size()};
  }
  return last;
}

RawSpan without_trailing_dash(const Source& source, RawSpan span) {
  const auto text = source.text();
  for (;;) {
    span = trim(source, span);
    if (span.end > span.begin && text[span.end - 1] == '-') {
      --span.end;
    } else if (span.end >= span.begin + 3 && text.substr(span.end - 3, 2) == "\xE2\x80" &&
               (text[span.end - 1] == '\x93' || text[span.end - 1] == '\x94')) {
      span.end -= 3;
    } else {
      return span;
    }
  }
}

bool upper_at(const Source& source, std::size_t offset) {
  const auto text = source.text();
  return offset < text.size() && ((text[offset] >= 'A' && text[offset] <= 'Z') || static_cast<unsigned char>(text[offset]) >= 0xC0);
}

}  // namespace rankparse::detail
