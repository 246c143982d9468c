// Where an entry is: which parenthetical, comma tail, pipe tail or
// unbalanced parenthesis of its line gives its location.
#pragma once

#include <optional>
#include <vector>

#include "diagnostics.hpp"
#include "normalize/entry_text.hpp"
#include "parse/raw_article.hpp"
#include "rankparse/article.hpp"
#include "source.hpp"

namespace rankparse::detail {

// How a list reads a parenthetical that holds one bare name, "(Lowell)" or
// "(Bad Axe)", which the gazetteer may or may not know as a city.
enum class BareParenReading {
  by_gazetteer,  // a place when the gazetteer knows it
  places,        // a place even when the gazetteer does not (small towns in a list of located entities)
  namesakes,     // not a place even when the gazetteer knows one of that name (business schools' namesakes)
};

// Decides for a whole list: a list whose other parentheticals give places
// outright ("(Dayton, Ohio)"), whose entities are hospitals and clinics, or
// whose bare names are mostly known places, reads unknown bare names as small
// towns; a list of other institutions whose bare names are mostly unknown to
// the gazetteer reads them all as namesakes.
[[nodiscard]] BareParenReading read_bare_parentheticals(const Source& source, const std::vector<const RawLine*>& lines);

struct Located {
  std::optional<RawSpan> location;
  std::vector<RawSpan> removed;  // from the name: the place, tie and rank parentheticals
  RawSpan name;                  // the name's outer bounds once a comma, pipe or unbalanced tail is cut
};

// Classifies the parentheticals inside `span` (tie marker, rank annotation,
// place, qualifier) and finds the location. Tie and rank findings go to `piece`.
[[nodiscard]] Located find_location(const Source& source, RawSpan span, const std::vector<RawParenthetical>& parentheticals, Piece& piece,
                                    std::vector<Text>& qualifiers, Diagnostics& diagnostics, BareParenReading reading);

}  // namespace rankparse::detail
