// One entry line to its entries (usually one; "Osaka (Japan), Auckland (New
// Zealand) – tie" names two): rank, tie, name, location, qualifiers,
// attributes, key.
#pragma once

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
[[nodiscard]] std::vector<Entry> build_entries(const Source& source, const RawLine& line, Diagnostics& diagnostics,
                                               BareParenReading reading = BareParenReading::by_gazetteer);

}  // namespace rankparse::detail
