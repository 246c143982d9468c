#include "normalize/list_finish.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "normalize/line_shapes.hpp"
#include "normalize/rank_counts.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

// Whether at least half the entries' names read as names of entities.
bool mostly_names(const List& list) {
  std::size_t names = 0;
  for (const auto& entry : list.entries) {
    names += is_entity_like(entry.name.text) ? 1U : 0U;
    if (names * 2 >= list.entries.size()) return true;  // the rest cannot change the answer
  }
  return list.entries.empty();
}

bool ranks_nothing(const List& list, Diagnostics& diagnostics, Span where, bool headed_table) {
  // The heading as written: the title lacks its size ("the top three cities").
  const auto& introduction = list.heading ? list.heading : list.title;
  const bool steps_or_findings = (list.title && is_non_ranking_heading(list.title->text, introduction ? std::string_view(introduction->text) : "")) ||
                                 (introduction && counts_criteria(introduction->text, list.entries.size()));
  if ((!steps_or_findings || (headed_table && list.ranked)) && mostly_names(list)) return false;
  diagnostics.info("list.not_a_ranking",
                   std::string("a numbered or bulleted list that ranks nothing (") +
                       (steps_or_findings ? "its heading says so" : "its items read as sentences, not names") + ") was left out",
                   where);
  return true;
}

// Repeated ranks are ties, marker or not.
void mark_repeated_ranks(List& list) {
  const RankCounts counts(list);
  for (auto& entry : list.entries) {
    if (entry.rank && counts.holders(*entry.rank) > 1) entry.tied = true;
  }
}

// Finished, the list's first and last ranks say which way it runs.
ListOrder order_of(const List& list) {
  std::optional<std::int64_t> first;
  std::optional<std::int64_t> last;
  for (const auto& entry : list.entries) {
    if (!entry.rank) continue;
    if (!first) first = entry.rank;
    last = entry.rank;
  }
  if (!first) return ListOrder::unranked;
  return *first > *last ? ListOrder::countdown : ListOrder::ascending;
}

// An article cut off mid-entry: its last line has no line end, and the entry
// lacks the place its list's other entries give. The entry is kept (a whole
// word of its name survived; a bare rank never becomes an entry) and flagged.
void flag_truncation(const Source& source, RawSpan last_line, List& list, Diagnostics& diagnostics) {
  const auto text = source.text();
  const bool ends_without_line_end = !text.empty() && text.back() != '\n' && text.back() != '\r' &&
                                     trim(source, {last_line.end, text.size()}).empty() && last_line.end >= text.size() - 1;
  if (!ends_without_line_end || list.entries.size() < 2) return;
  std::size_t located = 0;
  for (const auto& entry : list.entries) located += entry.location ? 1U : 0U;
  auto& last = list.entries.back();
  if (last.location || located * 2 < list.entries.size() - 1) return;
  last.truncated = true;
  diagnostics.warning("entry.truncated", "the input ends inside this entry; '" + last.name.text + "' may be cut off", last.span);
}

}  // namespace

bool finish_list(const Source& source, RawSpan last_line, List& list, Diagnostics& diagnostics, bool headed_table) {
  if (list.entries.empty()) return false;
  flag_truncation(source, last_line, list, diagnostics);
  const auto where = list.heading ? list.heading->span : list.entries.front().span;
  if (ranks_nothing(list, diagnostics, where, headed_table)) return false;
  mark_repeated_ranks(list);
  list.order = order_of(list);
  list.span = where;
  // The list ends with its last entry's sub-lines ("Score: 91"), not its rank line.
  const auto& last = list.entries.back();
  list.span.end = last.span.end;
  for (const auto& attribute : last.attributes) list.span.end = std::max(list.span.end, attribute.span.end);
  return true;
}

}  // namespace rankparse::detail
