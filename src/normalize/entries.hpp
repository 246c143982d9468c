// One entry line to its entries (usually one; "Osaka (Japan), Auckland (New
// Zealand) – tie" names two): rank, tie, name, location, qualifiers,
// attributes, key.
#pragma once

#include <vector>

#include "diagnostics.hpp"
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
// How a list reads a parenthetical that holds one bare name, "(Lowell)" or
// "(Bad Axe)", which the gazetteer may or may not know as a city.
enum class BareParenReading {
  by_gazetteer,  // a place when the gazetteer knows it
  places,        // a place even when the gazetteer does not (small towns in a list of located entities)
  namesakes,     // not a place even when the gazetteer knows one of that name (business schools' namesakes)
};

// Decides for a whole list: a list whose other parentheticals give places
// outright ("(Dayton, Ohio)"), or whose entities are hospitals and clinics,
// reads unknown bare names as small towns; a list of other institutions whose
// bare names are mostly unknown to the gazetteer reads them all as namesakes.
[[nodiscard]] BareParenReading read_bare_parentheticals(const Source& source, const std::vector<const RawLine*>& lines);

[[nodiscard]] std::vector<Entry> build_entries(const Source& source, const RawLine& line, Diagnostics& diagnostics,
                                               BareParenReading reading = BareParenReading::by_gazetteer);

}  // namespace rankparse::detail
