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

// The largest number kept: 2^53 - 1, the largest integer every JSON reader
// holds exactly. Well inside int64, so rank + 1 and size sums never overflow.
inline constexpr std::int64_t largest_count = (std::int64_t{1} << 53) - 1;

struct RawCount {
  std::int64_t value = 0;
  bool overflow = false;  // larger than largest_count
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
struct RawSizePhrase {
  RawSpan span;  // "Top 10 "
  RawCount size;
};

struct RawParenthetical {
  RawSpan outer;  // with its parentheses
  RawSpan inner;
};

enum class LineKind {
  blank,
  prose,      // text; may still turn out to be an entry, a group heading or a sub-line
  heading,    // ends in a colon, or starts "Top N"
  ranked,     // starts with a rank marker
  bulleted,   // starts with a bullet
  table_row,  // "| 7 | Name | Country |"
};

// One line of the article (a prose line may run on into the next line when a
// fact sentence wraps). Which fields are set depends on `kind`.
struct RawLine {
  LineKind kind = LineKind::prose;
  RawSpan span;  // without the line end
  // Entries, and prose lines that may turn out to be entries.
  std::optional<RawCount> rank;
  bool negative_rank = false;         // "-1. Name"
  std::optional<RawSpan> tie_marker;  // "T-", "=", "(tie)" between rank and name
  std::optional<RawSpan> rank_band;   // "201-250" of a world ranking: the rank is its first number
  std::optional<RawSpan> label;       // "Ohio" of "Ohio: Lakeview Hospital (Dayton)"
  RawSpan body;                       // after marker and label
  std::vector<RawParenthetical> parentheticals;
  std::vector<RawSpan> cells;  // table rows
  // Headings.
  RawSpan title;
  std::optional<RawCount> declared_size;
  bool includes_ties = false;
  std::optional<RawSpan> publisher;  // "U.S. News: Best Children's Hospitals", "..., according to Forbes:"
  bool has_dateline = false;         // prose: the line states a date ("March 3, 2024"), so it is no entry

  static RawLine of_kind(LineKind kind, RawSpan span) {
    RawLine line;
    line.kind = kind;
    line.span = span;
    return line;
  }
};

// ---- prose facts ------------------------------------------------------------
// How a claim gives its rank, strongest first: "earned the No. 1 spot",
// "is the nation's best hospital", "climbed three places to No. 4".
enum class ClaimKind { stated, superlative, moved };

struct RawHeadline {
  RawSpan span;          // from the sentence start to the end of the claim
  RawSpan subject_area;  // sentence start up to the claim
  std::optional<RawSpan> descriptor;
  std::optional<RawCount> consecutive_years;
  RawCount rank;
  ClaimKind kind = ClaimKind::stated;
};

// "according to X", "ranked by X", "X's ratings": which words name the publisher.
// "X's 2024 Best Hospitals rankings" names the ranking too.
struct RawMention {
  RawSpan span;
  std::optional<RawSpan> publisher;
  std::optional<RawCount> edition;   // "2024", "2023-24"
  std::optional<RawSpan> name;       // "Best Hospitals": the words before the noun, after any edition
  std::optional<RawSpan> noun;       // "rankings"
  bool possessive = false;           // "X's ...": the owner's possessive follows the publisher
  std::optional<RawDate> released;   // "... rankings on July 16", "... on Tuesday"
  bool released_relative_day = false;  // the latter: a day counted back from the article's date
};

// A ranking named with its owner's possessive: "U.S. News' 2024 Best Graduate
// Schools rankings", "the Meridian Urban Institute's Global Livability Index".
struct RawNamedRanking {
  RawSpan publisher;
  std::optional<RawCount> edition;
  RawSpan name;
  RawSpan noun;
};

// A ranking named after its edition, its owner named inside it or elsewhere:
// "its 2024 Best Employers list", "the 2024 U.S. News & World Report Best
// High Schools rankings".
struct RawEditionRanking {
  std::optional<RawSpan> publisher;
  RawCount edition;
  RawSpan name;
  RawSpan noun;
  std::optional<RawDate> released;     // "... rankings on July 16", "... on Tuesday"
  bool released_relative_day = false;  // the latter
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
  bool relative_day = false;  // "released Tuesday", "today": a day counted back from the article's date
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
  std::vector<RawDate> datelines;           // full dates that open a line, in reading order
  std::vector<RawLine> lines;
  std::vector<RawSpan> publisher_mentions;       // named where a ranking is made, in reading order (headings' are on their lines)
  std::vector<RawSpan> passing_publisher_mentions;  // any other mention of a known publisher
  std::vector<RawHeadline> claims;          // rank claims of the first two paragraphs, in reading order
  std::optional<RawListOf> list_of;
  std::vector<RawNamedRanking> named_rankings;  // in reading order
  std::vector<RawEditionRanking> edition_rankings;  // in reading order
  std::optional<RawReleased> released;
  std::optional<RawFamily> family;
  std::vector<RawItems> categories;
  std::vector<RawItems> criteria;
  std::optional<RawPopulation> population;
  std::vector<RawMeasure> measures;
};

}  // namespace rankparse::detail
