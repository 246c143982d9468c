#include "normalize/locations.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <string>
#include <span>
#include <vector>

#include "grammar/word_lists.hpp"
#include "normalize/text.hpp"
#include "normalize/text_memo.hpp"
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
  std::span<const places::City> cities;  // the gazetteer's cities named `city`, most populous first
};

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == ',')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
  return text;
}

std::optional<PlaceParts> read_place_uncached(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const auto comma = text.rfind(',');
  if (comma != std::string_view::npos) {
    const auto head = trimmed(text.substr(0, comma));
    const auto region = trimmed(text.substr(comma + 1));
    if (head.empty()) return std::nullopt;
    if (auto state = places::subdivision_named(region)) {
      return PlaceParts{head, state, state->country_code, places::cities_named(head)};
    }
    if (auto country = places::country_named(region)) {
      // "Oslo, Norway"; also "Toronto, Ontario, Canada" keeps the state when it reads as one.
      PlaceParts parts{head, std::nullopt, country->code, {}};
      if (const auto inner = head.rfind(','); inner != std::string_view::npos) {
        if (auto state = places::subdivision_named(trimmed(head.substr(inner + 1)))) {
          parts.city = trimmed(head.substr(0, inner));
          parts.state = state;
        }
      }
      parts.cities = places::cities_named(parts.city);
      return parts;
    }
    return std::nullopt;
  }
  // A US state, a country, a city, and only then another country's
  // subdivision: "Portland" is the city, not the Jamaican parish.
  const auto state = places::subdivision_named(text);
  if (state && state->country_code == "US") return PlaceParts{{}, state, state->country_code, {}};
  if (auto country = places::country_named(text)) return PlaceParts{{}, std::nullopt, country->code, {}};
  if (const auto cities = places::cities_named(text); !cities.empty()) return PlaceParts{text, std::nullopt, {}, cities};
  if (state) return PlaceParts{{}, state, state->country_code, {}};
  return std::nullopt;
}

// A list asks about the same few place texts many times (reading, voting,
// resolving), and every answer is a pure function of the text.
std::optional<PlaceParts> read_place(std::string_view text) {
  text = trimmed(text);
  // What is remembered of a reading: the city as a place in the text, so
  // that the answer can point into the text asked about.
  struct Reading {
    bool found = false;
    std::size_t city_offset = 0;
    std::size_t city_length = 0;
    std::optional<places::Subdivision> state;
    std::string_view country_code;
    std::span<const places::City> cities;
  };
  thread_local TextMemo<Reading> readings;
  const auto& reading = readings.get(text, [](std::string_view asked) {
    const auto parts = read_place_uncached(asked);
    if (!parts) return Reading{};
    return Reading{true, parts->city.empty() ? 0 : static_cast<std::size_t>(parts->city.data() - asked.data()), parts->city.size(),
                   parts->state, parts->country_code, parts->cities};
  });
  if (!reading.found) return std::nullopt;
  return PlaceParts{text.substr(reading.city_offset, reading.city_length), reading.state, reading.country_code, reading.cities};
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

// The one city of `candidates` (most populous first) that population alone
// settles: the only one, or one far larger than the next; else nullptr.
const places::City* dominant(std::span<const places::City* const> candidates) {
  if (candidates.size() == 1 || (candidates.size() > 1 && candidates[0]->population >= dominance_ratio * std::uint64_t{candidates[1]->population})) {
    return candidates.front();
  }
  return nullptr;
}

}  // namespace

// A list, and what its places are mostly, each counted once when first asked:
// - whether most are bare city names ("(St. Louis)", "(Reno)"): there a bare
//   "(Washington)" or "(New York)" is the city, as AP style has it;
// - the state most of its settled places are in: a list of Massachusetts
//   schools places a bare "Lexington" in Massachusetts, not Kentucky.
struct ListPlaces {
  const List& list;
  mutable std::optional<bool> cities_listed;
  mutable std::optional<std::string> usual_state;
  [[nodiscard]] bool lists_cities() const;
  [[nodiscard]] const std::string& likely_state() const;
};

bool ListPlaces::lists_cities() const {
  if (cities_listed) return *cities_listed;
  int cities = 0;
  int states = 0;
  for (const auto& entry : list.entries) {
    if (!entry.location) continue;
    const auto parts = read_place(entry.location->text);
    if (!parts) continue;
    if (!parts->city.empty() && !parts->state && parts->country_code.empty()) ++cities;
    if (parts->city.empty() && parts->state) ++states;
  }
  cities_listed = cities > states;
  return *cities_listed;
}

const std::string& ListPlaces::likely_state() const {
  if (usual_state) return *usual_state;
  // A place's state counts when its text names it ("Dayton, Ohio") or when
  // population settles its city; the usual state is the one at least three
  // places are in and two of every three settled ones.
  std::map<std::string_view, int> votes;
  int settled = 0;
  for (const auto& entry : list.entries) {
    if (!entry.location) continue;
    const auto parts = read_place(entry.location->text);
    if (!parts) continue;
    std::string_view state;
    if (parts->state) {
      state = parts->state->code;
    } else if (!parts->city.empty()) {
      // The two most populous candidates in the place's country settle it (dominant, without a vector).
      std::array<const places::City*, 2> leading{};
      std::size_t count = 0;
      for (const auto& city : parts->cities) {
        if (!parts->country_code.empty() && city.country_code != parts->country_code) continue;
        if (count < leading.size()) leading[count] = &city;
        if (++count == leading.size()) break;
      }
      if (const auto* city = dominant(std::span<const places::City* const>(leading.data(), count))) state = city->state_code;
    }
    if (state.empty()) continue;
    ++votes[state];
    ++settled;
  }
  usual_state.emplace();
  for (const auto& [state, count] : votes) {
    if (count >= 3 && 3 * count >= 2 * settled) *usual_state = state;
  }
  return *usual_state;
}

namespace {

// A bare US state name read as the city of that name: "Washington" in a list of cities.
std::optional<PlaceParts> as_city(std::string_view text) {
  text = trimmed(text);
  const auto cities = places::cities_named(text);
  const bool in_us = std::any_of(cities.begin(), cities.end(), [](const places::City& city) { return city.country_code == "US"; });
  if (!in_us) return std::nullopt;
  return PlaceParts{text, std::nullopt, {}, cities};
}

}  // namespace

bool reads_as_place(std::string_view text) { return read_place(text).has_value(); }

std::string place_text(std::string_view text) {
  // Cells apart by a tab or a run of spaces are joined as a place is written.
  std::string joined;
  if (has_column_gap(text)) {
    for (const auto cell : column_cells(text)) joined.append(joined.empty() ? "" : ", ").append(cell);
    text = joined;
  }
  auto cleaned = clean_text(text);
  for (auto pipe = cleaned.find(" | "); pipe != std::string::npos; pipe = cleaned.find(" | ", pipe)) cleaned.replace(pipe, 3, ", ");
  return cleaned;
}

bool is_known_place(std::string_view text) {
  const auto parts = read_place(text);
  return parts && (parts->city.empty() || !parts->cities.empty());
}

bool names_known_city(std::string_view text) {
  const auto parts = read_place(text);
  return parts && !parts->city.empty() && !parts->cities.empty();
}

bool reads_as_north_american_town(std::string_view text) {
  const auto parts = read_place(text);
  if (!parts || parts->city.empty() || !parts->state) return false;
  if (parts->state->country_code != "US" && parts->state->country_code != "CA") return false;
  bool word_start = true;
  for (const char c : parts->city) {
    if (word_start && c >= 'a' && c <= 'z') return false;
    word_start = c == ' ';
  }
  return true;
}

bool is_known_city_only(std::string_view text) {
  const auto parts = read_place(text);
  return parts && !parts->city.empty() && !parts->state && parts->country_code.empty();
}

// Where the article's places are when it does not say: the country most of
// its places name outright, or whose cities have candidates in one country only.
std::string home_country(const std::vector<List>& lists) {
  std::map<std::string_view, int> votes;
  for (const auto& list : lists) {
    for (const auto& entry : list.entries) {
      if (!entry.location) continue;
      const auto parts = read_place(entry.location->text);
      if (!parts) continue;
      if (!parts->country_code.empty()) {
        ++votes[parts->country_code];
        continue;
      }
      const auto candidates = parts->cities;
      const bool one_country = !candidates.empty() && std::all_of(candidates.begin(), candidates.end(), [&](const places::City& city) {
        return city.country_code == candidates.front().country_code;
      });
      if (one_country) ++votes[candidates.front().country_code];
    }
  }
  const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == votes.end() ? std::string() : std::string(best->first);
}

// A state or country named in a title or group label: "Michigan hospitals",
// "Top 4 hospitals in Canada", "Idaho". Full names only ("OR" and "IN" are words).
PlaceContext place_named_in_uncached(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : std::string(text) + " ") {
    if (c == ' ' || c == ',' || c == ':' || c == ';' || c == '(' || c == ')') {
      if (word.size() > 2 && (word.substr(word.size() - 2) == "'s" || word.substr(word.size() - 2) == "s'")) word.resize(word.size() - 2);
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  auto window_at = [&](std::size_t i, std::size_t length) {
    std::string window = words[i];
    for (std::size_t j = 1; j < length; ++j) {
      window += ' ';
      window += words[i + j];
    }
    return window;
  };
  // A region of several words is no place inside it: "New England" names no
  // England, "Pacific Northwest" no Pacific.
  for (std::size_t length = 3; length >= 2; --length) {
    for (std::size_t i = 0; i + length <= words.size(); ++i) {
      if (!grammar::region_words().find(window_at(i, length))) continue;
      for (std::size_t j = i; j < i + length; ++j) words[j].assign(1, '-');
    }
  }
  for (std::size_t length = 3; length >= 1; --length) {
    for (std::size_t i = 0; i + length <= words.size(); ++i) {
      const auto window = window_at(i, length);
      if (window.size() < 4 || !(window.front() >= 'A' && window.front() <= 'Z')) continue;
      if (window.find('.') != std::string::npos) continue;  // abbreviations are no context
      if (const auto state = places::subdivision_named(window); state && state->name == window) {
        return {std::string(state->code), std::string(state->country_code)};
      }
      if (const auto country = places::country_named(window)) return {{}, std::string(country->code)};
    }
  }
  return {};
}

// Every entry of a group asks about the same group label.
PlaceContext place_named_in(std::string_view text) {
  thread_local TextMemo<PlaceContext> contexts;
  return contexts.get(text, place_named_in_uncached);
}

void resolve_location(Location& location, std::string_view entity_name, const PlaceContext& context, Diagnostics& diagnostics) {
  auto parts = read_place(location.text);
  // Only the two states AP style lets a bare name mean the city of: "La." is
  // Louisiana, "(Delaware)" the state, whatever towns share their names.
  const auto bare = trimmed(location.text);
  if (parts && parts->city.empty() && parts->state && parts->state->country_code == "US" && (bare == "Washington" || bare == "New York") &&
      context.list && context.list->lists_cities()) {
    if (auto city = as_city(location.text)) parts = city;
  }
  if (!parts) {
    // A town the gazetteer lacks ("Bad Axe") under a list or group that names
    // its state ("Michigan hospitals"): that is where a reader places it.
    if (context.stated && !context.state.empty() && location.text.find(',') == std::string::npos) {
      location.city = location.text;
      location.state = context.state;
      if (!context.country.empty()) location.country = context.country;
    }
    return;
  }
  if (parts->state) location.state = std::string(parts->state->code);
  if (!parts->country_code.empty()) location.country = std::string(parts->country_code);
  if (parts->city.empty()) return;

  std::vector<const places::City*> matching;
  for (const auto& city : parts->cities) {
    const bool state_fits = !parts->state || city.state_code == parts->state->code;
    const bool country_fits = parts->country_code.empty() || city.country_code == parts->country_code;
    if (state_fits && country_fits) matching.push_back(&city);
  }
  location.city = matching.empty() ? std::string(parts->city) : std::string(matching.front()->name);
  if (parts->state) return;  // the text settles the state

  // The list or group says where its entries are: "Bad Axe" under "Michigan hospitals".
  auto within = [&](std::string_view state, std::string_view country) {
    std::vector<const places::City*> kept;
    std::copy_if(matching.begin(), matching.end(), std::back_inserter(kept), [&](const places::City* city) {
      return (state.empty() || city->state_code == state) && (country.empty() || city->country_code == country);
    });
    return kept;
  };
  if (!context.state.empty() || (!context.country.empty() && context.stated)) {
    const auto kept = within(context.state, parts->country_code.empty() ? context.country : parts->country_code);
    if (kept.empty()) {
      if (!context.state.empty()) location.state = context.state;
      if (!location.country && !context.country.empty()) location.country = context.country;
      return;
    }
    matching = kept;
  } else if (!context.country.empty() && parts->country_code.empty()) {
    // A bare "Birmingham" in an article about US places is the one in Alabama.
    if (auto at_home = within({}, context.country); !at_home.empty()) matching = std::move(at_home);
  }
  if (matching.empty()) return;  // a city the gazetteer does not know, and nothing says where it is

  // The entity's own words outrank the list's other places, and those
  // outrank population: "University of Maine (Portland)" is in Maine, a bare
  // "Lexington" in a list of Massachusetts towns in Massachusetts.
  const places::City* chosen = nullptr;
  if (const auto settled = named_by_entity(matching, entity_name); settled.size() == 1) {
    chosen = settled.front();
  } else {
    if (context.list && matching.size() > 1 && context.state.empty()) {
      if (auto usual = within(context.list->likely_state(), {}); !usual.empty() && !context.list->likely_state().empty()) matching = usual;
    }
    chosen = dominant(matching);
  }
  if (chosen) {
    location.city = std::string(chosen->name);
    if (!chosen->state_code.empty()) location.state = std::string(chosen->state_code);
    location.country = std::string(chosen->country_code);
    return;
  }
  std::string choices;
  for (std::size_t i = 0; i < matching.size() && i < 3; ++i) {
    if (i != 0) choices += "; ";
    choices += std::string(matching[i]->name) + (matching[i]->state_code.empty() ? "" : ", " + std::string(matching[i]->state_code)) +
               " (" + std::string(matching[i]->country_code) + ")";
  }
  const bool one_country = std::all_of(matching.begin(), matching.end(),
                                       [&](const places::City* city) { return city->country_code == matching.front()->country_code; });
  if (one_country) location.country = std::string(matching.front()->country_code);
  diagnostics.info("location.ambiguous_city",
                   "city '" + location.text + "' could be " + choices + (matching.size() > 3 ? "; ..." : "") + "; state left empty",
                   location.span);
}

void resolve_locations(std::vector<List>& lists, Diagnostics& diagnostics) {
  const auto home = home_country(lists);
  for (auto& list : lists) {
    auto list_context = list.title ? place_named_in(list.title->text) : PlaceContext{};
    list_context.stated = !list_context.state.empty() || !list_context.country.empty();
    const ListPlaces places{list, std::nullopt, std::nullopt};
    list_context.list = &places;
    if (list_context.country.empty()) list_context.country = home;
    for (auto& entry : list.entries) {
      if (!entry.location) continue;
      auto context = list_context;
      for (const auto& attribute : entry.attributes) {
        if (attribute.label != "group") continue;
        if (auto group = place_named_in(attribute.value); !group.state.empty() || !group.country.empty()) {
          context = group;
          context.stated = true;
        }
      }
      resolve_location(*entry.location, entry.name.text, context, diagnostics);
    }
  }
}

}  // namespace rankparse::detail
