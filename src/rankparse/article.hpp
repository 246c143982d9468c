// The records rankparse extracts from one article: plain data, no parser or JSON
// types, so that a caller can use them without knowing how they were found.
// Field names follow the output contract (README.md, "Output"); the key order
// of the JSON is fixed by src/emit/emit_json.cpp and checked by the schema tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rankparse {

// Where a value came from: byte offsets into the original input (begin
// inclusive, end exclusive) and the 1-based line and column of `begin`.
// Columns count Unicode code points, as editors show them.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t line = 0;
  std::size_t column = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// A piece of text as written (NFC-normalized) and where it stands.
struct Text {
  std::string text;
  Span span;
};

// A number written in the article, in digits or words ("130", "two").
struct Count {
  std::int64_t value = 0;
  std::string text;
  Span span;
};

// A calendar date; `value` is ISO 8601 and only as precise as the text
// ("2022-03-29", or "2022-11" when the day is not given).
struct Date {
  std::string value;
  std::string text;
  Span span;
};

// How a date written without a year was given one.
enum class DateResolution {
  explicit_year,          // the text carries its year
  article_year,           // month and day placed in the article's own year
  article_previous_year,  // that would lie after the article date, so the year before
  article_weekday,        // "Tuesday", "today": the day counted back from the article date
  unresolved,             // no year in the text and no article date to lend one
};

struct ResolvedDate {
  std::optional<std::string> value;  // ISO 8601, null when unresolved
  std::string text;
  Span span;
  DateResolution resolved_by = DateResolution::unresolved;
};

// The organization that made the ranking (not the site reporting on it).
struct Publisher {
  std::string name;  // canonical, from grammar/data/publishers.tsv
  std::string text;  // as written
  Span span;
};

struct Ranking {
  std::optional<Text> title;           // "best medical schools for research"
  std::optional<Count> edition;        // the year the ranking is named for
  std::optional<ResolvedDate> released;
  std::optional<Text> family;          // the series it belongs to: "best graduate schools"
};

// The lead fact: who holds which rank, and for how long.
struct Headline {
  Text subject;                           // "Harvard Medical School"
  std::string key;                        // as Entry::key, to find the subject in the lists
  std::optional<Text> descriptor;         // "Boston-based"
  std::optional<Count> rank;              // 1
  std::optional<Count> consecutive_years; // 2, from "for the second consecutive year"
  Span span;                              // the sentence
};

// Per-category measures: "The research rankings include two measures of research productivity".
struct Measure {
  Text category;
  Count count;
  Text measure;
};

struct Eligibility {
  Text text;                             // the whole condition as written
  std::optional<Count> accreditation_year;
  std::vector<Text> accredited_by;
  std::vector<Text> conditions;          // "responded to a survey and provided data to U.S. News"
};

struct Methodology {
  std::optional<Count> ranked_count;     // how many were ranked: 130
  std::optional<Text> ranked_kind;       // of which kind: "medical and osteopathic schools"
  std::optional<Eligibility> eligibility;
  std::vector<Text> categories;          // "research", "primary care"
  std::vector<Text> criteria;            // what every category is based on
  std::vector<Measure> measures;
};

// A place as written plus what it resolves to. `state` is the subdivision
// code (US postal code "NC"); `country` is ISO 3166-1 alpha-2.
struct Location {
  std::string text;
  Span span;
  std::optional<std::string> city;
  std::optional<std::string> state;
  std::optional<std::string> country;
};

// A sub-line or suffix that belongs to an entry: "Score: 91.2".
struct Attribute {
  std::string label;
  std::string value;
  Span span;
};

struct Entry {
  std::optional<std::int64_t> rank;   // null when the line carries none
  bool tied = false;
  Text name;                          // location parentheticals and tie markers removed
  std::optional<Location> location;
  std::vector<Text> qualifiers;       // non-place parentheticals: namesakes, acronyms
  std::vector<Attribute> attributes;
  std::string key;                    // identity across spellings, lists and articles
  bool truncated = false;             // the input ended inside this entry
  Span span;                          // the whole entry line
};

enum class ListOrder { ascending, countdown, unranked };

struct List {
  std::optional<Text> title;          // heading without its size word, tie note and colon
  std::optional<Text> heading;        // the heading line as written
  std::optional<Count> declared_size; // "Top 10"
  bool includes_ties = false;         // the heading says ties may push it past its size
  bool ranked = true;
  ListOrder order = ListOrder::ascending;
  std::vector<Entry> entries;
  Span span;
};

enum class Severity { error, warning, info };

struct Diagnostic {
  Severity severity = Severity::info;
  std::string code;     // stable, documented in README.md
  std::string message;
  Span span;
};

struct SourceInfo {
  std::string name;       // path as given, "-" for standard input
  std::size_t bytes = 0;
  std::string hash;       // "xxh3:" + 16 hex digits of the input bytes
};

struct Article {
  SourceInfo source;
  std::optional<Date> date;
  std::optional<Publisher> publisher;
  Ranking ranking;
  std::optional<Headline> headline;
  Methodology methodology;
  std::vector<List> lists;
  std::vector<Diagnostic> diagnostics;
};

}  // namespace rankparse
