#include "normalize/locations.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <span>
#include <vector>

#include "normalize/text.hpp"
#include "places/gazetteer.hpp"

namespace rankparse::detail {
namespace {

// A candidate wins on population alone only when it is this many times larger
// than the next: Cleveland, OH over Cleveland, TN, but not Columbus, OH over
// Columbus, GA, nor Kansas City, MO over Kansas City, KS.
constexpr std::uint32_t dominance_ratio = 5;

struct PlaceParts {
  std::string_view city;  // empty when the text names only a region
  std::optional<places::Subdivision> state;
  std::string_view country_code;  // empty when the text names no country or state
};

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == ',')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
  return text;
}

std::optional<PlaceParts> read_place(std::string_view text) {
  text = trimmed(text);
  if (text.empty()) return std::nullopt;
  const auto comma = text.rfind(',');
  if (comma != std::string_view::npos) {
    const auto head = trimmed(text.substr(0, comma));
    const auto region = trimmed(text.substr(comma + 1));
    if (head.empty()) return std::nullopt;
    if (auto state = places::subdivision_named(region)) {
      return PlaceParts{head, state, state->country_code};
    }
    if (auto country = places::country_named(region)) {
      // "Oslo, Norway"; also "Toronto, Ontario, Canada" keeps the state when it reads as one.
      PlaceParts parts{head, std::nullopt, country->code};
      if (const auto inner = head.rfind(','); inner != std::string_view::npos) {
        if (auto state = places::subdivision_named(trimmed(head.substr(inner + 1)))) {
          parts.city = trimmed(head.substr(0, inner));
          parts.state = state;
        }
      }
      return parts;
    }
    return std::nullopt;
  }
  // A US state, a country, a city, and only then another country's
  // subdivision: "Portland" is the city, not the Jamaican parish.
  const auto state = places::subdivision_named(text);
  if (state && state->country_code == "US") return PlaceParts{{}, state, state->country_code};
  if (auto country = places::country_named(text)) return PlaceParts{{}, std::nullopt, country->code};
  if (!places::cities_named(text).empty()) return PlaceParts{text, std::nullopt, {}};
  if (state) return PlaceParts{{}, state, state->country_code};
  return std::nullopt;
}

// The candidate cities the entity's name settles: those whose state (or
// country) the name spells out.
std::vector<const places::City*> named_by_entity(const std::vector<const places::City*>& candidates, std::string_view entity_name) {
  std::vector<const places::City*> settled;
  for (const auto* city : candidates) {
    if (!city->state_name.empty() && contains_words(entity_name, city->state_name)) settled.push_back(city);
  }
  return settled;
}

}  // namespace

bool reads_as_place(std::string_view text) { return read_place(text).has_value(); }

bool is_known_place(std::string_view text) {
  const auto parts = read_place(text);
  return parts && (parts->city.empty() || !places::cities_named(parts->city).empty());
}

bool is_known_city_only(std::string_view text) {
  const auto parts = read_place(text);
  return parts && !parts->city.empty() && !parts->state && parts->country_code.empty();
}

std::optional<std::string> home_country(const std::vector<List>& lists) {
  std::map<std::string_view, int> votes;
  for (const auto& list : lists) {
    for (const auto& entry : list.entries) {
      if (!entry.location) continue;
      const auto parts = read_place(entry.location->text);
      if (parts && !parts->country_code.empty()) ++votes[parts->country_code];
    }
  }
  const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (best == votes.end()) return std::nullopt;
  return std::string(best->first);
}

void resolve_location(Location& location, std::string_view entity_name, const std::optional<std::string>& home,
                      Diagnostics& diagnostics) {
  const auto parts = read_place(location.text);
  if (!parts) return;
  if (parts->state) location.state = std::string(parts->state->code);
  if (!parts->country_code.empty()) location.country = std::string(parts->country_code);
  if (parts->city.empty()) return;

  const auto candidates = places::cities_named(parts->city);
  std::vector<const places::City*> matching;
  for (const auto& city : candidates) {
    const bool state_fits = !parts->state || city.state_code == parts->state->code;
    const bool country_fits = parts->country_code.empty() || city.country_code == parts->country_code;
    if (state_fits && country_fits) matching.push_back(&city);
  }
  location.city = matching.empty() ? std::string(parts->city) : std::string(matching.front()->name);
  if (parts->state || matching.empty()) return;  // the text settles the state, or the city is unknown
  if (home && parts->country_code.empty()) {
    // A bare "Birmingham" in an article about US places is the one in Alabama.
    std::vector<const places::City*> at_home;
    std::copy_if(matching.begin(), matching.end(), std::back_inserter(at_home), [&](const places::City* city) { return city->country_code == *home; });
    if (!at_home.empty()) matching = std::move(at_home);
  }

  // The entity's own words outrank population: "University of Maine (Portland)" is in Maine.
  const places::City* chosen = nullptr;
  if (const auto settled = named_by_entity(matching, entity_name); settled.size() == 1) {
    chosen = settled.front();
  } else if (matching.size() == 1 || matching[0]->population >= dominance_ratio * std::uint64_t{matching[1]->population}) {
    chosen = matching.front();
  }
  if (chosen) {
    location.city = std::string(chosen->name);
    if (!chosen->state_code.empty()) location.state = std::string(chosen->state_code);
    location.country = std::string(chosen->country_code);
    return;
  }
  std::string choices;
  for (std::size_t i = 0; i < matching.size() && i < 3; ++i) {
    if (i != 0) choices += ", ";
    choices += std::string(matching[i]->name) + ", " + std::string(matching[i]->state_code) + " (" + std::string(matching[i]->country_code) + ")";
  }
  const bool one_country = std::all_of(matching.begin(), matching.end(),
                                       [&](const places::City* city) { return city->country_code == matching.front()->country_code; });
  if (one_country) location.country = std::string(matching.front()->country_code);
  diagnostics.info("location.ambiguous_city",
                   "city '" + location.text + "' could be " + choices + (matching.size() > 3 ? ", ..." : "") + "; state left empty",
                   location.span);
}

void resolve_locations(std::vector<List>& lists, Diagnostics& diagnostics) {
  const auto home = home_country(lists);
  for (auto& list : lists) {
    for (auto& entry : list.entries) {
      if (entry.location) resolve_location(*entry.location, entry.name.text, home, diagnostics);
    }
  }
}

}  // namespace rankparse::detail
