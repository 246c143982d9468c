#include "normalize/lists.hpp"

#include <map>
#include <optional>
#include <variant>

#include "normalize/entries.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"

namespace rankparse::detail {
namespace {

void apply_heading(const Source& source, const RawHeading& heading, List& list) {
  list.heading = make_text(source, trim_end(source, heading.span, ":"));
  if (!heading.title.empty()) list.title = make_text(source, trim_end(source, heading.title, ":,;-"));
  if (heading.declared_size) {
    list.declared_size = Count{heading.declared_size->value, std::string(source.slice(heading.declared_size->span)),
                               source.span(heading.declared_size->span)};
  }
  list.includes_ties = heading.includes_ties;
}

// Ranks written more than once are ties, marker or not.
void mark_repeated_ranks(List& list) {
  std::map<std::int64_t, int> times_written;
  for (const auto& entry : list.entries) {
    if (entry.rank) ++times_written[*entry.rank];
  }
  for (auto& entry : list.entries) {
    if (entry.rank && times_written[*entry.rank] > 1) entry.tied = true;
  }
}

void finish(List& list) {
  list.ranked = false;
  for (const auto& entry : list.entries) list.ranked = list.ranked || entry.rank.has_value();
  if (!list.ranked) {
    list.order = ListOrder::unranked;
  } else {
    std::optional<std::int64_t> first;
    std::optional<std::int64_t> last;
    for (const auto& entry : list.entries) {
      if (!entry.rank) continue;
      if (!first) first = entry.rank;
      last = entry.rank;
    }
    list.order = *first > *last ? ListOrder::countdown : ListOrder::ascending;
  }
  mark_repeated_ranks(list);
  const auto begin = list.heading ? list.heading->span : list.entries.front().span;
  list.span = begin;
  list.span.end = list.entries.back().span.end;
}

}  // namespace

std::vector<List> build_lists(const Source& source, const std::vector<RawLine>& lines, Diagnostics& diagnostics) {
  std::vector<List> lists;
  std::optional<List> open;              // the list entries are being added to
  const RawHeading* pending = nullptr;   // the last heading not yet followed by entries
  auto close = [&] {
    if (open && !open->entries.empty()) {
      finish(*open);
      lists.push_back(std::move(*open));
    }
    open.reset();
  };
  for (const auto& line : lines) {
    if (const auto* heading = std::get_if<RawHeading>(&line)) {
      close();
      pending = heading;
    } else if (const auto* entry_line = std::get_if<RawEntryLine>(&line)) {
      if (!open) {
        open.emplace();
        if (pending) apply_heading(source, *pending, *open);
        pending = nullptr;
      }
      open->entries.push_back(build_entry(source, *entry_line, diagnostics));
    }
  }
  close();
  resolve_locations(lists, diagnostics);
  return lists;
}

}  // namespace rankparse::detail
