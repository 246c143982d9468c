#pragma once
// Offline gazetteer: cities from libgeonames, countries and their subdivisions from iso-codes.
//
// All data is compiled into the library as sorted constant arrays (generated at build time by
// generate_places), so lookups cost a key computation plus a binary search, need no start-up
// work and are safe from any thread. Every returned string_view points into static storage.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace rankparse::places {

struct City {
  std::string_view name;          // as GeoNames spells it: "Boston", "St Louis", "Washington D.C."
  std::string_view state_code;    // ISO 3166-2 code after the dash ("MA", "ON", "ENG"); empty when unknown
  std::string_view state_name;    // ISO 3166-2 name when state_code is known ("Maine"), else GeoNames' admin1 name
  std::string_view country_code;  // ISO 3166-1 alpha-2: "US"
  std::uint32_t population;
};

// Gazetteer cities called `text` (aliases such as "NYC" included), most populous first; empty if none.
// Matching ignores case, diacritics, punctuation and spacing ("Sao Paulo" finds "São Paulo",
// "st. louis" and "Saint Louis" find "St Louis"); see place_key.hpp for the exact rules.
[[nodiscard]] std::span<const City> cities_named(std::string_view text);

struct Subdivision {
  std::string_view code;  // ISO 3166-2 code after the dash: "NC", "ON"
  std::string_view name;  // "North Carolina", "Ontario", "Wales"
  std::string_view country_code;
};

// First-level subdivisions (US states and their peers elsewhere) by
//   - full name, compared like city names ("North Carolina", "ontario");
//   - AP style abbreviation, exactly as written ("N.C.", "Calif.");
//   - USPS code, only in capitals exactly ("NC", "OR"), because "or", "in", "me" are English words.
// When several countries have a subdivision of that name, a US one wins.
[[nodiscard]] std::optional<Subdivision> subdivision_named(std::string_view text);

struct Country {
  std::string_view code;  // ISO 3166-1 alpha-2
  std::string_view name;  // the common name where iso-codes has one ("South Korea"), else its name
};

// ISO 3166-1 countries by name, common name or official name (compared like city names), plus usual
// forms iso-codes lacks: abbreviations taken exactly as written ("U.S.", "US", "USA", "UK") and
// names such as "Russia", "Britain", "England" (-> GB). A leading "the" is ignored.
[[nodiscard]] std::optional<Country> country_named(std::string_view text);

// Name of the subdivision with that ISO 3166-2 code ("CO" or "US-CO") in that country, e.g.
// subdivision_name("US", "CO") == "Colorado"; empty if there is none. Codes are compared exactly.
[[nodiscard]] std::string_view subdivision_name(std::string_view country_code, std::string_view code) noexcept;

}  // namespace rankparse::places
