#pragma once
// Build-time helpers (generate_places only): the other spellings under which a name from
// GeoNames or iso-codes is worth finding. Each variant is later turned into a key, so variants
// that differ only in case, accents or punctuation need not be listed.

#include <string>
#include <string_view>
#include <vector>

namespace rankparse::places::generator {

// An iso-codes name as it reads in prose: without its bracketed alternative, in natural order
// and without a leading "The":
//   "Wales [Cymru GB-CYM]" -> "Wales", "Congo, The Democratic Republic of the" -> "Democratic
//   Republic of the Congo", "Madrid, Comunidad de" -> "Comunidad de Madrid".
[[nodiscard]] std::string iso_display_name(std::string_view iso_name);

// Names an iso-codes entry may be written as, the display name first:
//   "Wales [Cymru GB-CYM]"  -> "Wales", "Cymru"
//   "Madrid, Comunidad de"  -> "Comunidad de Madrid", "Madrid, Comunidad de", "Madrid"
//   "Caraga (Region XIII)"  -> "Caraga (Region XIII)", "Caraga"
[[nodiscard]] std::vector<std::string> iso_name_variants(std::string_view iso_name);

// Names a GeoNames city may be written as, its own name first:
//   "Frankfurt (Oder)" -> "Frankfurt (Oder)", "Frankfurt"
//   "Donostia / San Sebastian" -> "Donostia / San Sebastian", "Donostia", "San Sebastian"
//   "Burgdorf, Hanover" -> "Burgdorf, Hanover", "Burgdorf"
[[nodiscard]] std::vector<std::string> city_name_variants(std::string_view city_name);

}  // namespace rankparse::places::generator
