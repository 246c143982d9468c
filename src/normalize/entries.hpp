// One entry line to one Entry: rank, tie markers, name, location, qualifiers, key.
#pragma once

#include "diagnostics.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

// Parentheticals are classified as tie marker, place (the entry's location,
// removed from the name even from inside it) or qualifier (kept in the name
// and listed). Without a place parenthetical, a comma tail that reads as a
// place is the location ("Lakeview Hospital, Dayton, Ohio").
[[nodiscard]] Entry build_entry(const Source& source, const RawEntryLine& line, Diagnostics& diagnostics);

}  // namespace rankparse::detail
