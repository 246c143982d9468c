// Reading place text ("Durham, N.C.", "Boston", "Calif.", "Norway") with the
// gazetteer, and settling a city's state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"
#include "rankparse/article.hpp"

namespace rankparse::detail {

// True when `text` reads as a place: a known city, state, country, or
// "City, State" / "City, Country" with a known region.
[[nodiscard]] bool reads_as_place(std::string_view text);
// A location's text: as clean_text gives it, with a table's cells joined as
// a place is written ("Boston | Mass." and "Boulder<TAB>CO" are "Boston,
// Mass." and "Boulder, CO").
[[nodiscard]] std::string place_text(std::string_view text);
// True when `text` reads as a place whose city, if it names one, the gazetteer
// knows: "Oslo, Norway" does, "Hospital Oslo, Norway" does not.
[[nodiscard]] bool is_known_place(std::string_view text);
// True when `text` reads as a place that names a city the gazetteer knows:
// "Chicago, Ill.", "Boston"; not "Ill." alone, nor "Bishop, Calif.".
[[nodiscard]] bool names_known_city(std::string_view text);
// True when `text` reads "Town, State" with a US state or Canadian province
// and a town of capitalized words, known or not: "Eastport, Mich.", not
// "Universitätsmedizin Berlin, Berlin" (a German state) nor "Tyler in Tyler, Texas".
[[nodiscard]] bool reads_as_north_american_town(std::string_view text);
// True when `text` is only a city name (no state or country) the gazetteer knows.
[[nodiscard]] bool is_known_city_only(std::string_view text);

struct ListPlaces;  // a list and what its places are mostly (locations.cpp)

// Where a list's or group's places are when the entries do not say.
struct PlaceContext {
  std::string state;    // subdivision code, or empty
  std::string country;  // ISO 3166-1 alpha-2, or empty
  bool stated = false;  // named by a title or label, not guessed from the article's other places
  const ListPlaces* list = nullptr;  // the list whose entries these are
};

// Fills in city, state and country for every entry's location. A city's
// state is filled in only when the entity's own name names it (University of
// Colorado -> Aurora, CO) or one candidate clearly dominates; bare city names
// are read first in the article's home country, the one most of its places
// name outright. Otherwise the state stays null with an info diagnostic.
// A list titled "Michigan hospitals" or grouped under "Idaho" places its bare
// city names there, even ones the gazetteer does not know ("Bad Axe"). A
// bare "Washington" or "New York" is the city in a list of bare city names,
// the state otherwise.
void resolve_locations(std::vector<List>& lists, Diagnostics& diagnostics);

}  // namespace rankparse::detail
