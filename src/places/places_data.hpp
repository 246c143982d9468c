#pragma once
// The tables generate_places writes into the build tree (places_data.cpp). Private to the library.
//
// Keys are made by make_place_key and every table is sorted by std::string_view's ordering of its
// search field, so the gazetteer finds rows with a binary search.

#include "places/gazetteer.hpp"

#include <span>
#include <string_view>

namespace rankparse::places::generated {

// Parallel arrays: city_keys()[i] is the key of cities()[i]. Sorted by key, then by population
// (largest first). A city appears once per distinct key of its names and aliases.
[[nodiscard]] std::span<const std::string_view> city_keys() noexcept;
[[nodiscard]] std::span<const City> cities() noexcept;

struct KeyedSubdivision {
  std::string_view key;
  Subdivision subdivision;
};
// One row per distinct key of a first-level subdivision name (iso-codes' names and GeoNames' admin1
// names); where names clash the row holds the preferred subdivision: US first, then an iso-codes
// name over a GeoNames one, then the subdivision whose GeoNames cities are more populous.
[[nodiscard]] std::span<const KeyedSubdivision> subdivisions_by_name_key() noexcept;

struct AbbreviatedSubdivision {
  std::string_view abbreviation;
  Subdivision subdivision;
};
// State and province abbreviations ("N.C.", "Ont."), sorted by the exact abbreviation.
[[nodiscard]] std::span<const AbbreviatedSubdivision> states_by_abbreviation() noexcept;

// Every ISO 3166-2 subdivision (any level), sorted by country code, then code.
[[nodiscard]] std::span<const Subdivision> subdivisions_by_code() noexcept;

struct KeyedCountry {
  std::string_view key;
  Country country;
};
// Country names (ISO names and name-like aliases), sorted by key, one row per key.
[[nodiscard]] std::span<const KeyedCountry> countries_by_name_key() noexcept;
// Country abbreviations that only count when written exactly so ("US", "U.K."), sorted by text.
[[nodiscard]] std::span<const KeyedCountry> countries_by_exact_form() noexcept;

}  // namespace rankparse::places::generated
