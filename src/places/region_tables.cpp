#include "places/region_tables.hpp"

#include "places/name_variants.hpp"
#include "places/place_key.hpp"

#include <algorithm>
#include <array>
#include <iostream>
#include <limits>
#include <map>
#include <stdexcept>
#include <tuple>

namespace rankparse::places::generator {
namespace {

SubdivisionRow subdivision_row(std::string search_text, const IsoSubdivision& subdivision) {
  return {.search_text = std::move(search_text), .code = subdivision.code, .name = iso_display_name(subdivision.name),
          .country_code = subdivision.country_code};
}

template <typename Row>
void sort_by_search_text(std::vector<Row>& rows) {
  std::sort(rows.begin(), rows.end(), [](const Row& left, const Row& right) { return left.search_text < right.search_text; });
}

// Words (in key form) that locate rather than name. A subdivision whose whole name is made of
// them ("Central", "North West", "Lakes", "Coast") is not looked up by name: in an article such a
// word is almost never the Ugandan, Botswanan or South Sudanese region that carries it.
constexpr auto kVagueNameWords = std::to_array<std::string_view>({
    "bay", "capital", "center", "central", "centre", "centro", "city", "coast", "coastal", "east", "eastern",
    "est", "far", "highlands", "island", "islands", "lake", "lakes", "lower", "mid", "middle", "mountain",
    "mountains", "nord", "norte", "north", "northern", "oeste", "ouest", "plateau", "river", "south",
    "southern", "sud", "sur", "upper", "valley", "west", "western",
});

bool is_vague_name(std::string_view key) {
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t space = std::min(key.find(' ', start), key.size());
    const std::string_view word = key.substr(start, space - start);
    if (std::find(kVagueNameWords.begin(), kVagueNameWords.end(), word) == kVagueNameWords.end()) return false;
    start = space + 1;
  }
  return true;
}

// Where a country name comes from; on a clash the lower value wins.
enum class CountryNameSource { alias_file = 0, iso_name = 1, derived_variant = 2 };

struct CountryNameCandidate {
  std::string key;
  CountryNameSource source;
  std::size_t country;
};

std::string country_display_name(const IsoCountry& country) {
  return country.common_name.empty() ? iso_display_name(country.name) : country.common_name;
}

// country_named drops a leading "the" from its text, so no key may keep one.
std::string without_leading_the(std::string key) {
  return key.starts_with("the ") ? key.substr(4) : key;
}

std::size_t find_country(std::span<const IsoCountry> countries, const std::string& code, const TsvRow& row) {
  const auto found = std::find_if(countries.begin(), countries.end(), [&](const IsoCountry& country) { return country.code == code; });
  if (found == countries.end()) throw std::runtime_error{describe(row, "no ISO 3166-1 country " + code)};
  return static_cast<std::size_t>(found - countries.begin());
}

}  // namespace

std::vector<SubdivisionRow> subdivisions_by_name_key(std::span<const IsoSubdivision> subdivisions,
                                                     std::span<const SubdivisionUsage> usage) {
  struct Candidate {
    std::string key;
    std::size_t index;
    int source;  // 0: iso-codes name, 1: GeoNames admin1 name
  };
  std::vector<Candidate> candidates;
  for (std::size_t index = 0; index < subdivisions.size(); ++index) {
    if (!subdivisions[index].is_first_level) continue;
    for (const std::string& variant : iso_name_variants(subdivisions[index].name)) {
      candidates.push_back({make_place_key(variant), index, 0});
    }
    for (const std::string& admin1 : usage[index].admin1_names) candidates.push_back({make_place_key(admin1), index, 1});
  }
  const auto preference = [&](const Candidate& candidate) {
    const IsoSubdivision& subdivision = subdivisions[candidate.index];
    return std::tuple{subdivision.country_code != "US", candidate.source,
                      std::numeric_limits<std::uint64_t>::max() - usage[candidate.index].population,
                      std::string_view{subdivision.country_code}, std::string_view{subdivision.code}};
  };
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& left, const Candidate& right) {
    if (left.key != right.key) return left.key < right.key;
    return preference(left) < preference(right);
  });
  std::vector<SubdivisionRow> rows;
  for (const Candidate& candidate : candidates) {
    if (candidate.key.empty() || is_vague_name(candidate.key)) continue;
    if (!rows.empty() && rows.back().search_text == candidate.key) continue;
    rows.push_back(subdivision_row(candidate.key, subdivisions[candidate.index]));
  }
  return rows;
}

std::vector<SubdivisionRow> states_by_abbreviation(std::span<const TsvRow> abbreviation_rows,
                                                      std::span<const IsoSubdivision> subdivisions) {
  std::vector<SubdivisionRow> rows;
  for (const TsvRow& row : abbreviation_rows) {
    const std::string& abbreviation = row.fields[0];
    // "NC" is a US state's postal code; "CA-ON" names the country too.
    const std::string& code_field = row.fields[1];
    const auto dash = code_field.find('-');
    const std::string country = dash == std::string::npos ? "US" : code_field.substr(0, dash);
    const std::string code = dash == std::string::npos ? code_field : code_field.substr(dash + 1);
    const auto state = std::find_if(subdivisions.begin(), subdivisions.end(), [&](const IsoSubdivision& subdivision) {
      return subdivision.country_code == country && subdivision.code == code;
    });
    if (state == subdivisions.end()) throw std::runtime_error{describe(row, "no ISO 3166-2 subdivision " + country + "-" + code)};
    const auto duplicate = std::find_if(rows.begin(), rows.end(), [&](const SubdivisionRow& earlier) { return earlier.search_text == abbreviation; });
    if (duplicate != rows.end()) throw std::runtime_error{describe(row, "abbreviation " + abbreviation + " listed twice")};
    rows.push_back(subdivision_row(abbreviation, *state));
  }
  sort_by_search_text(rows);
  return rows;
}

std::vector<SubdivisionRow> subdivisions_by_code(std::span<const IsoSubdivision> subdivisions) {
  std::vector<SubdivisionRow> rows;
  rows.reserve(subdivisions.size());
  for (const IsoSubdivision& subdivision : subdivisions) rows.push_back(subdivision_row({}, subdivision));
  std::sort(rows.begin(), rows.end(), [](const SubdivisionRow& left, const SubdivisionRow& right) {
    return std::tie(left.country_code, left.code) < std::tie(right.country_code, right.code);
  });
  return rows;
}

CountryTables country_tables(std::span<const IsoCountry> countries, std::span<const TsvRow> alias_rows) {
  CountryTables tables;
  std::vector<CountryNameCandidate> candidates;
  for (const TsvRow& row : alias_rows) {
    const std::string& form = row.fields[0];
    const std::size_t country = find_country(countries, row.fields[1], row);
    if (row.fields[2] == "exact") {
      if (std::any_of(tables.by_exact_form.begin(), tables.by_exact_form.end(), [&](const CountryRow& earlier) { return earlier.search_text == form; })) {
        throw std::runtime_error{describe(row, "form " + form + " listed twice")};
      }
      tables.by_exact_form.push_back({.search_text = form, .code = countries[country].code, .name = country_display_name(countries[country])});
    } else if (row.fields[2] == "name") {
      candidates.push_back({without_leading_the(make_place_key(form)), CountryNameSource::alias_file, country});
    } else {
      throw std::runtime_error{describe(row, "third column must be \"exact\" or \"name\"")};
    }
  }
  for (std::size_t index = 0; index < countries.size(); ++index) {
    const IsoCountry& country = countries[index];
    for (const std::string* name : {&country.name, &country.common_name, &country.official_name}) {
      if (name->empty()) continue;
      const std::vector<std::string> variants = iso_name_variants(*name);
      for (std::size_t variant = 0; variant < variants.size(); ++variant) {
        const auto source = variant == 0 ? CountryNameSource::iso_name : CountryNameSource::derived_variant;
        candidates.push_back({without_leading_the(make_place_key(variants[variant])), source, index});
      }
    }
  }

  std::map<std::string, std::vector<const CountryNameCandidate*>> by_key;
  for (const CountryNameCandidate& candidate : candidates) {
    if (!candidate.key.empty()) by_key[candidate.key].push_back(&candidate);
  }
  for (auto& [key, claims] : by_key) {
    std::stable_sort(claims.begin(), claims.end(), [](const auto* left, const auto* right) { return left->source < right->source; });
    const CountryNameCandidate& winner = *claims.front();
    const bool contested = std::any_of(claims.begin(), claims.end(), [&](const auto* claim) {
      return claim->source == winner.source && claim->country != winner.country;
    });
    if (contested && winner.source == CountryNameSource::derived_variant) continue;  // "Korea", "Virgin Islands": leave out
    if (contested) std::cerr << "generate_places: warning: country name key \"" << key << "\" is ambiguous; using " << countries[winner.country].code << '\n';
    tables.by_name_key.push_back({.search_text = key, .code = countries[winner.country].code, .name = country_display_name(countries[winner.country])});
  }
  sort_by_search_text(tables.by_exact_form);
  return tables;  // by_name_key is already in key order: std::map iterates sorted
}

}  // namespace rankparse::places::generator
