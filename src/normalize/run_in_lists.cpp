#include "normalize/run_in_lists.hpp"

#include <algorithm>
#include <string_view>

#include "grammar/word_lists.hpp"
#include "normalize/entry_text.hpp"
#include "normalize/line_shapes.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

constexpr std::size_t fewest_items = 3;
constexpr std::size_t most_words_in_an_item = 8;


// "7. " or "7) " where a word begins: where an item starts.
struct Marker {
  std::size_t begin;  // offset of the number in the text
  std::size_t end;    // offset after the mark and its space
  std::int64_t value;
};

// Whether `text` has at least `count` places where a number ends before ". " or ") ".
bool has_numbered_marks(std::string_view text, std::size_t count) {
  std::size_t seen = 0;
  for (const std::string_view mark : {". ", ") "}) {
    for (auto pos = text.find(mark, 1); pos != std::string_view::npos && seen < count; pos = text.find(mark, pos + 1)) {
      if (is_digit(text[pos - 1])) ++seen;
    }
  }
  return seen >= count;
}

std::vector<Marker> markers_in(std::string_view text) {
  constexpr std::size_t most_digits = 4;
  std::vector<Marker> markers;
  if (!has_numbered_marks(text, fewest_items)) return markers;  // most prose: no allocation, one pass
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (!is_digit(text[pos]) || (pos > 0 && text[pos - 1] != ' ')) continue;
    std::size_t end = pos;
    std::int64_t value = 0;
    while (end < text.size() && is_digit(text[end]) && end - pos < most_digits) value = value * 10 + (text[end++] - '0');
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ')') && text[end + 1] == ' ') markers.push_back({pos, end + 2, value});
    pos = end;
  }
  return markers;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] != ' ' && (pos == 0 || text[pos - 1] == ' ')) ++words;
  }
  return words;
}

// The item between a marker and the next one, without the separator that
// ends it (", ", "; ", " and ", ", and "); nothing when no separator does.
std::optional<RawSpan> item_before_next(const Source& source, RawSpan item) {
  item = trim(source, item);
  const auto text = source.slice(item);
  for (const std::string_view separator : {", and", " and", ",", ";"}) {
    if (text.size() > separator.size() && text.ends_with(separator)) {
      return trim(source, RawSpan{item.begin, item.end - separator.size()});
    }
  }
  return std::nullopt;
}

// Where the sentence that holds the last item ends, looking no further than
// `limit`: a full stop before a capital that closes no abbreviation such as
// "St." ("St. Louis" goes on), or `limit`. A state's ("Rochester, N.Y. The
// list") ends it.
std::size_t sentence_end(std::string_view text, std::size_t from, std::size_t limit) {
  text = text.substr(0, limit);
  for (auto pos = text.find('.', from); pos != std::string_view::npos; pos = text.find('.', pos + 1)) {
    if (pos + 2 >= text.size() || text[pos + 1] != ' ' || !(text[pos + 2] >= 'A' && text[pos + 2] <= 'Z')) continue;
    auto word_begin = text.rfind(' ', pos);
    word_begin = word_begin == std::string_view::npos ? 0 : word_begin + 1;
    const auto word = text.substr(word_begin, pos + 1 - word_begin);
    if (grammar::abbreviations().find(word)) continue;
    return pos + 1;
  }
  return text.size();
}

// A short name, every word capitalized or a connector: "New York", "Yonkers,
// N.Y."; not "Cost of living" or "Open the app", which are criteria and steps.
bool reads_as_item(const Source& source, RawSpan name) {
  const auto text = source.slice(name);
  return !text.empty() && upper_at(source, name.begin) && word_count(text) <= most_words_in_an_item && is_only_name_words(text);
}

// The name words that open the last item: "Vermont" of "Vermont ranked highest in the survey".
RawSpan leading_name_words(const Source& source, RawSpan span) {
  const auto text = source.slice(span);
  std::size_t end = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const auto word_end = std::min(text.find(' ', pos), text.size());
    if (pos == word_end || !is_only_name_words(text.substr(pos, word_end - pos))) break;
    if (!is_connector(text.substr(pos, word_end - pos))) end = word_end;  // a name ends with no "of" or "and"
    pos = word_end;
  }
  return trim_end(source, {span.begin, span.begin + end}, ",;");
}

// What comes before a run announces it: a colon, or "were", "are", "include"
// ("The bottom five were 46. Arkansas, ..."), unless the run starts at 1. Not
// "See Smith v. Jones, 410 U.S. 113, 2. Brown, 3. Green".
bool announces_run(std::string_view lead, std::int64_t first_rank) {
  if (first_rank == 1 || lead.ends_with(':')) return true;
  const auto space = lead.find_last_of(' ');
  const auto last_word = lead.substr(space == std::string_view::npos ? 0 : space + 1);
  for (const std::string_view verb : {"were", "are", "was", "is", "include", "included", "includes"}) {
    if (equals_ignoring_case(last_word, verb)) return true;
  }
  return false;
}

}  // namespace

std::vector<RunInList> find_run_in_lists(const Source& source, RawSpan span) {
  std::vector<RunInList> runs;
  const auto text = source.slice(span);
  const auto markers = markers_in(text);
  if (markers.size() < fewest_items) return runs;
  std::size_t lead_begin = 0;  // after the sentence of the run before
  const auto rank_of = [&](const Marker& marker) {
    return RawCount{marker.value, false, {span.begin + marker.begin, span.begin + marker.end - 2}};
  };
  for (std::size_t first = 0; first + fewest_items <= markers.size(); ++first) {
    if (markers[first].begin < lead_begin) continue;
    const RawSpan lead = trim(source, {span.begin + lead_begin, span.begin + markers[first].begin});
    if (!announces_run(source.slice(lead), markers[first].value)) continue;
    RunInList run{trim_end(source, lead, ":"), {}};
    std::size_t last = first;
    for (; last + 1 < markers.size() && markers[last + 1].value == markers[last].value + 1; ++last) {
      const auto name = item_before_next(source, {span.begin + markers[last].end, span.begin + markers[last + 1].begin});
      if (!name || !reads_as_item(source, *name)) break;
      run.items.push_back({rank_of(markers[last]), *name});
    }
    first = last;  // a start inside this chain would reach the same end: the next try begins after it
    if (run.items.size() + 1 < fewest_items) continue;
    // The last item: its name words up to the sentence's end, never past the next number nor far.
    constexpr std::size_t longest_last_item = 200;
    const auto limit = std::min(last + 1 < markers.size() ? markers[last + 1].begin : text.size(), markers[last].end + longest_last_item);
    const auto stop = sentence_end(text, markers[last].end, limit);
    const RawSpan name = leading_name_words(source, without_full_stop(source, trim(source, {span.begin + markers[last].end, span.begin + stop})));
    if (!reads_as_item(source, name)) continue;
    run.items.push_back({rank_of(markers[last]), name});
    runs.push_back(std::move(run));
    lead_begin = stop;
  }
  return runs;
}

}  // namespace rankparse::detail
