// One entry line to its entries (usually one; "Osaka (Japan), Auckland (New
// Zealand) – tie" names two): rank, tie, name, location, qualifiers,
// attributes, key.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "diagnostics.hpp"
#include "normalize/entry_places.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

// Parentheticals are classified as tie marker, rank annotation ("#12
// overall"), place (the entry's location, removed from the name even from
// inside it) or qualifier (kept in the name and listed). Without a place in
// parentheses, a pipe tail, an unbalanced parenthesis or a comma tail that
// reads as a place is the location ("Lakeview Hospital, Dayton, Ohio").
// Value suffixes (": $2.1 billion") and rank annotations become attributes.
// A label ("Ohio: ...") is the entry's group, or its name when what follows
// is a value ("Alpha Corp: $2.1 billion").
// Where a table set with tabs or spaces has its place column, read from its
// header row ("Rank   School   Location   Score"): the cell's index in a row's
// body (the name's cell is 0, a rank cell is not in the body) and how many
// cells a row's body has. A row with another count is ragged, its cells not
// to be trusted by position.
struct PlaceColumn {
  std::size_t index;
  std::size_t cells;
  bool state_follows = false;  // a State column right after it: "City   State" cells are one place
};
[[nodiscard]] std::optional<PlaceColumn> place_column_of(const Source& source, RawSpan header);

// Without a place column, the first cell after the name that reads as a place is the location.
[[nodiscard]] std::vector<Entry> build_entries(const Source& source, const RawLine& line, Diagnostics& diagnostics,
                                               BareParenReading reading = BareParenReading::by_gazetteer,
                                               std::optional<PlaceColumn> place_column = std::nullopt);

}  // namespace rankparse::detail
