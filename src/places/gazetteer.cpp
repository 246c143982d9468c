#include "places/gazetteer.hpp"

#include "places/place_key.hpp"
#include "places/places_data.hpp"

#include <algorithm>
#include <string>

namespace rankparse::places {
namespace {

// Finds the row whose `field` equals `wanted` in a table sorted by that field.
template <typename Row, typename Field>
const Row* find_row(std::span<const Row> table, std::string_view wanted, Field field) noexcept {
  const auto found = std::lower_bound(table.begin(), table.end(), wanted,
                                      [&](const Row& row, std::string_view text) { return row.*field < text; });
  return found != table.end() && (*found).*field == wanted ? &*found : nullptr;
}

bool is_postal_code_shape(std::string_view text) noexcept {
  return text.size() == 2 && std::all_of(text.begin(), text.end(), [](char letter) { return letter >= 'A' && letter <= 'Z'; });
}

const Subdivision* find_subdivision_by_code(std::string_view country_code, std::string_view code) noexcept {
  const std::span<const Subdivision> table = generated::subdivisions_by_code();
  const auto found = std::lower_bound(table.begin(), table.end(), std::pair{country_code, code},
                                      [](const Subdivision& row, const std::pair<std::string_view, std::string_view>& wanted) {
                                        return std::pair{row.country_code, row.code} < wanted;
                                      });
  return found != table.end() && found->country_code == country_code && found->code == code ? &*found : nullptr;
}

// "the Netherlands", "The U.S." -> the rest; names never start with the article in iso-codes.
std::string_view without_leading_article(std::string_view text) noexcept {
  for (const std::string_view article : {std::string_view{"the "}, std::string_view{"The "}, std::string_view{"THE "}}) {
    if (text.starts_with(article)) return text.substr(article.size());
  }
  return text;
}

}  // namespace

std::span<const City> cities_named(std::string_view text) {
  const std::string key = make_place_key(text);
  if (key.empty()) return {};
  const std::span<const std::string_view> keys = generated::city_keys();
  const auto [first, last] = std::equal_range(keys.begin(), keys.end(), std::string_view{key});
  const auto offset = static_cast<std::size_t>(first - keys.begin());
  return generated::cities().subspan(offset, static_cast<std::size_t>(last - first));
}

std::optional<Subdivision> subdivision_named(std::string_view text) {
  if (const auto* row = find_row(generated::states_by_abbreviation(), text, &generated::AbbreviatedSubdivision::abbreviation)) {
    return row->subdivision;
  }
  if (is_postal_code_shape(text)) {
    if (const Subdivision* state = find_subdivision_by_code("US", text)) return *state;
  }
  const std::string key = make_place_key(text);
  if (const auto* row = find_row(generated::subdivisions_by_name_key(), key, &generated::KeyedSubdivision::key)) {
    return row->subdivision;
  }
  return std::nullopt;
}

std::optional<Country> country_named(std::string_view text) {
  const std::string_view name = without_leading_article(text);
  if (const auto* row = find_row(generated::countries_by_exact_form(), name, &generated::KeyedCountry::key)) {
    return row->country;
  }
  const std::string key = make_place_key(name);
  if (const auto* row = find_row(generated::countries_by_name_key(), key, &generated::KeyedCountry::key)) {
    return row->country;
  }
  return std::nullopt;
}

std::string_view subdivision_name(std::string_view country_code, std::string_view code) noexcept {
  // Accept the full ISO form "US-CO" as well as the part after the dash.
  if (code.size() > country_code.size() && code.starts_with(country_code) && code[country_code.size()] == '-') {
    code.remove_prefix(country_code.size() + 1);
  }
  const Subdivision* subdivision = find_subdivision_by_code(country_code, code);
  return subdivision != nullptr ? subdivision->name : std::string_view{};
}

}  // namespace rankparse::places
