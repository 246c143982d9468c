// What the grammar found, before any interpretation: byte ranges into the
// input and the numbers they spell. normalize/ turns these into the public
// records of rankparse/article.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace rankparse::detail {

struct RawSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] bool empty() const { return begin == end; }
};

struct RawCount {
  std::int64_t value = 0;
  bool overflow = false;  // more digits than an int64 holds
  RawSpan span;
};

// A date as written; 0 marks a part the text does not give.
struct RawDate {
  int year = 0;
  int month = 0;
  int day = 0;
  RawSpan span;
};

// ---- lines ------------------------------------------------------------------
struct RawBlankLine {
  RawSpan span;
};

struct RawProseLine {
  RawSpan span;
};

struct RawHeading {
  RawSpan span;
  RawSpan title;
  std::optional<RawCount> declared_size;
  bool includes_ties = false;
};

struct RawSizePhrase {
  RawSpan span;  // "Top 10 "
  RawCount size;
};

struct RawParenthetical {
  RawSpan outer;  // with its parentheses
  RawSpan inner;
};

struct RawEntryLine {
  RawSpan span;
  std::optional<RawCount> rank;
  std::optional<RawSpan> tie_prefix;  // "T-", "T", "="
  RawSpan body;                       // everything after the rank marker
  std::vector<RawParenthetical> parentheticals;
};

using RawLine = std::variant<RawBlankLine, RawProseLine, RawHeading, RawEntryLine>;

// ---- prose facts ------------------------------------------------------------
struct RawHeadline {
  RawSpan span;          // from the sentence start to the end of the claim
  RawSpan subject_area;  // sentence start up to the claim
  std::optional<RawSpan> descriptor;
  std::optional<RawCount> consecutive_years;
  RawCount rank;
};

struct RawListOf {
  RawSpan span;
  RawSpan publisher;
  RawSpan title;
  std::optional<RawCount> edition;
};

struct RawReleased {
  RawSpan span;
  RawDate date;
};

struct RawFamily {
  RawSpan span;
  std::optional<RawSpan> publisher;
  RawSpan title;
};

struct RawItems {
  RawSpan span;
  std::vector<RawSpan> items;
};

struct RawEligibility {
  RawSpan span;
  std::optional<RawCount> accreditation_year;
  std::vector<RawSpan> accreditors;
  std::optional<RawSpan> condition;
};

struct RawPopulation {
  RawSpan span;
  RawCount count;
  RawSpan kind;
  std::optional<RawEligibility> eligibility;
};

struct RawMeasure {
  RawSpan span;
  RawSpan category;
  RawCount count;
  RawSpan measure;
};

struct RawArticle {
  std::optional<RawDate> date_prefix;
  std::vector<RawLine> lines;
  std::vector<RawSpan> publisher_mentions;  // in reading order
  std::optional<RawHeadline> headline;      // the first rank claim
  std::optional<RawListOf> list_of;
  std::optional<RawReleased> released;
  std::optional<RawFamily> family;
  std::vector<RawItems> categories;
  std::vector<RawItems> criteria;
  std::optional<RawPopulation> population;
  std::vector<RawMeasure> measures;
};

}  // namespace rankparse::detail
