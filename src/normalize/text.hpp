// Text values: trimming spans, NFC for what is emitted, identity keys for
// what is compared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

// Shrinks `span` past spaces (ASCII and Unicode) at both ends.
[[nodiscard]] RawSpan trim(const Source& source, RawSpan span);
// Shrinks `span` past any of `characters` (ASCII) and spaces at its end.
[[nodiscard]] RawSpan trim_end(const Source& source, RawSpan span, std::string_view characters);
// Drops a leading "the " (any case) from `span`.
[[nodiscard]] RawSpan without_leading_article(const Source& source, RawSpan span);

// An ASCII digit (std::isdigit depends on the locale).
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// Whether `run`, spaces and tabs, sets table columns apart: a tab, or three spaces or more.
[[nodiscard]] bool is_column_gap(std::string_view run);
// Whether `text` holds such a gap (most lines do not).
[[nodiscard]] bool has_column_gap(std::string_view text);
// The cells of `text` between such gaps: "Boulder\tCO" gives "Boulder" and "CO".
[[nodiscard]] std::vector<std::string_view> column_cells(std::string_view text);

// NFC, with runs of spaces (including no-break spaces) folded to one space.
[[nodiscard]] std::string clean_text(std::string_view text);
// Text as clean_text gives it, for reading: a view of the input when that
// is clean already (as most names and places are), a cleaned copy otherwise.
// The input must outlive it (it is built from the article's bytes).
class CleanedText {
 public:
  explicit CleanedText(std::string_view text);
  [[nodiscard]] std::string_view view() const { return owns_copy_ ? std::string_view(copy_) : view_; }
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor): read where a view is read

 private:
  bool owns_copy_ = false;
  std::string_view view_;  // when clean already
  std::string copy_;       // otherwise
};
// A Text value for a span: cleaned text plus the public span.
[[nodiscard]] Text make_text(const Source& source, RawSpan span);

// An identity key: NFKC, case-folded, diacritics stripped, "&" read as "and",
// punctuation dropped, a leading "the" dropped, abbreviations expanded
// (grammar/data/name_abbreviations.tsv), words joined by "-".
// "UC San Francisco School of Medicine" -> "university-of-california-san-francisco-school-of-medicine".
[[nodiscard]] std::string entity_key(std::string_view name);

// Where `needle` (not empty) first occurs in `text` at or after `from`, and
// where it last occurs; npos when nowhere. As std::string_view's find and
// rfind, but looking for the needle's first byte that is no space: the
// standard ones compare the whole needle at every space of " #" or " and ".
[[nodiscard]] std::size_t find_first(std::string_view text, std::string_view needle, std::size_t from = 0);
[[nodiscard]] std::size_t find_last(std::string_view text, std::string_view needle);
// Whether `text` equals `lower` (written in lower case), ignoring the case of ASCII letters.
[[nodiscard]] bool equals_ignoring_case(std::string_view text, std::string_view lower);
// Whether `text` starts with `lower` (written in lower case), ignoring the case of ASCII letters.
[[nodiscard]] bool starts_with_ignoring_case(std::string_view text, std::string_view lower);
// Where `lower` (written in lower case) first occurs in `text`, ignoring the case of ASCII letters.
[[nodiscard]] std::size_t find_ignoring_case(std::string_view text, std::string_view lower);

// True when `words` occurs in `text` as whole words, ignoring case.
[[nodiscard]] bool contains_words(std::string_view text, std::string_view words);

}  // namespace rankparse::detail
