#pragma once
// The comparison key under which every place name is stored and looked up.
//
// The generator (at build time) and the gazetteer (at run time) both call make_place_key, so a
// name typed in an article finds the name GeoNames or iso-codes spelled differently:
//   - Unicode NFKC, case folding and removal of combining marks ("São Paulo" -> "sao paulo");
//   - apostrophes and periods vanish ("D.C." -> "dc", "St. John's" -> "st johns");
//   - any other run of punctuation, symbols or spaces becomes one space, trimmed at both ends
//     ("Winston-Salem" -> "winston salem", "Washington, D.C." -> "washington dc");
//   - "&" is the word "and" ("Trinidad & Tobago");
//   - the words "saint", "fort" and "mount" become "st", "ft" and "mt", because GeoNames spells
//     them inconsistently ("St Louis", "St. Petersburg", "Saint Paul", "Ft. Pierce", "Fort Worth")
//     and AP style abbreviates Saint but not Fort or Mount.

#include <string>
#include <string_view>

namespace rankparse::places {

// Returns the key of `text`; empty if `text` has no letters or digits. Invalid UTF-8 is not an
// error: its bytes are kept as they are, with ASCII letters lowered.
[[nodiscard]] std::string make_place_key(std::string_view text);

}  // namespace rankparse::places
