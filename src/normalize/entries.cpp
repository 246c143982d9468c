#include "normalize/entries.hpp"

#include <string>
#include <vector>

#include "grammar/word_lists.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

bool is_tie_marker(std::string_view text) {
  std::string lower(text);
  for (auto& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return lower == "tie" || lower == "tied" || lower == "t";
}

// A full stop that ends the line is dropped unless it belongs to an
// abbreviation ("Inc.", "N.C.").
RawSpan without_full_stop(const Source& source, RawSpan span) {
  const auto text = source.slice(span);
  if (text.empty() || text.back() != '.') return span;
  const auto word_begin = text.find_last_of(" (") == std::string_view::npos ? 0 : text.find_last_of(" (") + 1;
  const auto last_word = text.substr(word_begin);
  const bool initials = last_word.size() >= 2 && last_word[last_word.size() - 2] >= 'A' && last_word[last_word.size() - 2] <= 'Z' &&
                        (last_word.size() == 2 || last_word[last_word.size() - 3] == '.');
  if (initials || grammar::abbreviations().find(last_word) || grammar::state_abbreviations().find(last_word)) return span;
  return trim(source, RawSpan{span.begin, span.end - 1});
}

// The name as written minus the removed parentheticals.
struct NameParts {
  std::vector<RawSpan> kept;
  [[nodiscard]] std::string text(const Source& source) const {
    std::string joined;
    for (const auto& piece : kept) joined += source.slice(piece);
    return clean_text(joined);
  }
};

NameParts name_without(RawSpan body, const std::vector<RawSpan>& removed) {
  NameParts parts;
  auto cursor = body.begin;
  for (const auto& cut : removed) {
    if (cut.begin > cursor) parts.kept.push_back({cursor, cut.begin});
    cursor = cut.end;
  }
  if (cursor < body.end) parts.kept.push_back({cursor, body.end});
  return parts;
}

bool inside_any(std::size_t offset, const std::vector<RawParenthetical>& parentheticals) {
  for (const auto& paren : parentheticals) {
    if (offset >= paren.outer.begin && offset < paren.outer.end) return true;
  }
  return false;
}

}  // namespace

Entry build_entry(const Source& source, const RawEntryLine& line, Diagnostics& diagnostics) {
  Entry entry;
  entry.span = source.span(trim(source, line.span));
  if (line.rank && line.rank->overflow) {
    diagnostics.warning("entry.rank_overflow", "rank '" + std::string(source.slice(line.rank->span)) + "' is too large; recorded as null",
                        source.span(line.rank->span));
  } else if (line.rank) {
    entry.rank = line.rank->value;
  }
  entry.tied = line.tie_prefix.has_value();

  RawSpan body = without_full_stop(source, trim_end(source, line.body, "*"));
  std::vector<RawSpan> removed;
  std::optional<RawSpan> location_span;
  std::vector<RawSpan> qualifier_spans;
  for (const auto& paren : line.parentheticals) {
    if (paren.outer.end > body.end) continue;
    const auto inner = trim(source, paren.inner);
    const auto inner_text = clean_text(source.slice(inner));
    if (is_tie_marker(inner_text)) {
      entry.tied = true;
      removed.push_back(paren.outer);
    } else if (!location_span && reads_as_place(inner_text)) {
      location_span = inner;
      removed.push_back(paren.outer);
    } else {
      qualifier_spans.push_back(inner);
    }
  }

  auto parts = name_without(body, removed);
  // No place in parentheses: a comma tail that reads as a place is the location.
  if (!location_span) {
    const auto text = source.slice(body);
    for (auto comma = text.find(','); comma != std::string_view::npos; comma = text.find(',', comma + 1)) {
      const auto offset = body.begin + comma;
      if (inside_any(offset, line.parentheticals)) continue;
      const RawSpan tail = trim(source, {offset + 1, body.end});
      if (tail.empty() || !reads_as_place(clean_text(source.slice(tail)))) continue;
      location_span = tail;
      parts = name_without({body.begin, offset}, removed);
      break;
    }
  }

  // The name's span runs from its first to its last kept character.
  std::optional<RawSpan> name_span;
  for (const auto& piece : parts.kept) {
    const auto trimmed = trim(source, piece);
    if (trimmed.empty()) continue;
    if (!name_span) name_span = trimmed;
    name_span->end = trimmed.end;
  }
  if (!name_span) name_span = RawSpan{body.begin, body.begin};
  entry.name = Text{parts.text(source), source.span(*name_span)};
  if (entry.name.text.empty()) {
    diagnostics.warning("entry.empty_name", "entry has a rank but no name", entry.span);
  }
  for (const auto& qualifier : qualifier_spans) entry.qualifiers.push_back(make_text(source, qualifier));
  if (location_span) {
    // City, state and country are filled in later, when the whole article's places are known.
    entry.location = Location{.text = clean_text(source.slice(*location_span)), .span = source.span(*location_span),
                              .city = std::nullopt, .state = std::nullopt, .country = std::nullopt};
  }
  entry.key = entity_key(entry.name.text);
  return entry;
}

}  // namespace rankparse::detail
