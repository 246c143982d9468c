// Reading an entry line's text by its byte ranges: tie words, rank
// annotations, full stops, and where a needle stands outside parentheses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

// One entity's worth of an entry line, with what was found around its name.
struct Piece {
  RawSpan span;
  bool tied = false;
  std::optional<std::int64_t> rank;  // from an annotation after the name
  std::vector<Attribute> attributes;
};

// "tie", "tied", "T", in any case.
[[nodiscard]] bool is_tie_marker(std::string_view text);
// The number in a rank annotation: "#12 overall", "No. 12", "National rank: #300".
[[nodiscard]] std::optional<std::int64_t> annotated_rank(std::string_view text);
[[nodiscard]] bool is_rank_annotation(std::string_view inner);
// A value in parentheses after a name, a number with its unit if any:
// "(48)", "(1,867.25 points)", "($4.2 billion)", "(92%)", a won-lost record
// ("(7-0)", "(11-1-1)"); not a year alone ("(2023)").
[[nodiscard]] bool is_value_note(std::string_view inner);
// A change since the last edition, written after a name: "down 4", "up 1",
// "new", "no change", "unchanged", "re-entry".
[[nodiscard]] bool is_movement_note(std::string_view text);
// Whether a movement note may end with `word`: a number, "new", "change", "spots" ...
[[nodiscard]] bool is_movement_note_ending(std::string_view word);
// Drops a full stop that ends the entry, unless it belongs to an abbreviation ("Inc.", "N.C.").
[[nodiscard]] RawSpan without_full_stop(const Source& source, RawSpan span);
[[nodiscard]] bool inside_any(std::size_t offset, const std::vector<RawParenthetical>& parentheticals);
// The offset of the first `needle` in `span` at or after `from` (not before
// the span's start), outside parentheticals.
[[nodiscard]] std::optional<std::size_t> first_outside(const Source& source, RawSpan span, std::string_view needle,
                                                       const std::vector<RawParenthetical>& parentheticals, std::size_t from);
[[nodiscard]] inline std::optional<std::size_t> first_outside(const Source& source, RawSpan span, std::string_view needle,
                                                              const std::vector<RawParenthetical>& parentheticals) {
  return first_outside(source, span, needle, parentheticals, span.begin);
}
// The offset of the last `needle` in `span`, outside parentheticals.
[[nodiscard]] std::optional<std::size_t> last_outside(const Source& source, RawSpan span, std::string_view needle,
                                                      const std::vector<RawParenthetical>& parentheticals);
// The last dash that sets a tail apart, outside parentheticals: " — ", " – ",
// " - ", " -- ", or an em dash without spaces; a hyphen inside a word
// ("Winston-Salem") and an en dash in a range ("2024–25") are none.
[[nodiscard]] std::optional<RawSpan> last_dash_separator(const Source& source, RawSpan span,
                                                         const std::vector<RawParenthetical>& parentheticals);
// Drops dashes and spaces that end `span`: "Lone Star Title & Escrow —" after its "No. 37" is cut.
[[nodiscard]] RawSpan without_trailing_dash(const Source& source, RawSpan span);
// A capital letter (or a non-ASCII letter) at `offset`.
[[nodiscard]] bool upper_at(const Source& source, std::size_t offset);

}  // namespace rankparse::detail
