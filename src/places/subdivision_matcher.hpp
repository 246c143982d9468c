#pragma once
// Build-time (generate_places only): which ISO 3166-2 subdivision a GeoNames admin1 name means.
//
// GeoNames names admin1 areas in English with assorted prefixes and suffixes ("State of Maine",
// "Yunnan Province", "Moscow Oblast", "Central Luzon") while iso-codes uses official, often native
// names ("Maine", "Yunnan Sheng", "Moskovskaja oblast'", "Central Luzon (Region III)"). The matcher
// tries, within the city's country, from strict to loose:
//   1. equal keys of any iso-codes name variant (see name_variants.hpp);
//   2. equal keys once administrative words ("state", "province", "of", "sheng", "oblast") are dropped;
//   3. the GeoNames key being the leading words of exactly one first-level subdivision's key
//      ("Veracruz" -> "Veracruz de Ignacio de la Llave", "Seoul" -> "Seoul-teukbyeolsi").
// First-level subdivisions win over lower levels at each step. Names in different languages
// ("Bavaria" / "Bayern") stay unmatched; their cities get no state code.

#include "places/generator_inputs.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rankparse::places::generator {

class SubdivisionMatcher {
 public:
  explicit SubdivisionMatcher(std::span<const IsoSubdivision> subdivisions);

  // Index into the constructor's span of the subdivision `admin1` names in that country.
  [[nodiscard]] std::optional<std::size_t> match(const std::string& country_code, const std::string& admin1) const;

 private:
  struct Candidate {
    std::size_t index = 0;
    bool is_first_level = true;
    std::vector<std::string> keys;
    std::vector<std::string> keys_without_administrative_words;
  };
  std::map<std::string, std::vector<Candidate>> candidates_by_country_;  // first-level candidates first
};

}  // namespace rankparse::places::generator
