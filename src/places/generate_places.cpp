// Build-time tool: turns libgeonames' city list, iso-codes' ISO 3166 files and the project's
// place data files into places_data.cpp, the sorted constant tables the gazetteer searches.
// Doing this at build time means the library needs no data files and no start-up work.
//
//   generate_places --output places_data.cpp --iso-3166-1 iso_3166-1.json --iso-3166-2 iso_3166-2.json
//                   --state-abbreviations state_abbreviations.tsv --city-aliases place_aliases.tsv
//                   --country-aliases country_aliases.tsv [--report-unmatched]
//
// --report-unmatched lists GeoNames admin1 names that map to no ISO 3166-2 subdivision, most
// cities first, to help extend subdivision_matcher.cpp.

#include "places/generator_inputs.hpp"
#include "places/name_variants.hpp"
#include "places/place_key.hpp"
#include "places/places_source_writer.hpp"
#include "places/region_tables.hpp"
#include "places/subdivision_matcher.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <tuple>
#include <vector>

namespace rankparse::places::generator {
namespace {

struct Options {
  std::filesystem::path output;
  std::filesystem::path iso_3166_1;
  std::filesystem::path iso_3166_2;
  std::filesystem::path state_abbreviations;
  std::filesystem::path city_aliases;
  std::filesystem::path country_aliases;
  bool report_unmatched = false;
};

Options parse_options(std::span<char* const> arguments) {
  Options options;
  const std::map<std::string_view, std::filesystem::path*> path_options{
      {"--output", &options.output},
      {"--iso-3166-1", &options.iso_3166_1},
      {"--iso-3166-2", &options.iso_3166_2},
      {"--state-abbreviations", &options.state_abbreviations},
      {"--city-aliases", &options.city_aliases},
      {"--country-aliases", &options.country_aliases},
  };
  for (std::size_t index = 1; index < arguments.size(); ++index) {
    const std::string_view argument = arguments[index];
    if (argument == "--report-unmatched") {
      options.report_unmatched = true;
    } else if (const auto option = path_options.find(argument); option != path_options.end() && index + 1 < arguments.size()) {
      *option->second = arguments[++index];
    } else {
      throw std::runtime_error{"unexpected argument " + std::string{argument}};
    }
  }
  for (const auto& [name, path] : path_options) {
    if (path->empty()) throw std::runtime_error{"missing " + std::string{name}};
  }
  return options;
}

// The ISO subdivision (index) of each city, and per subdivision its cities' population and names.
struct CityStates {
  std::vector<std::optional<std::size_t>> subdivision_of_city;
  std::vector<SubdivisionUsage> usage;
};

CityStates match_city_states(std::span<const GeonamesCityRecord> cities, std::span<const IsoSubdivision> subdivisions,
                             bool report_unmatched) {
  const SubdivisionMatcher matcher{subdivisions};
  std::map<std::pair<std::string, std::string>, std::optional<std::size_t>> matched_admin1;  // 2.7k names for 24k cities
  std::map<std::pair<std::string, std::string>, std::uint64_t> unmatched_population;
  CityStates states{.subdivision_of_city = {}, .usage = std::vector<SubdivisionUsage>(subdivisions.size())};
  for (const GeonamesCityRecord& city : cities) {
    const auto admin1 = std::pair{city.country_code, city.admin1};
    auto found = matched_admin1.find(admin1);
    if (found == matched_admin1.end()) {
      found = matched_admin1.emplace(admin1, matcher.match(city.country_code, city.admin1)).first;
      if (found->second) states.usage[*found->second].admin1_names.push_back(city.admin1);
    }
    states.subdivision_of_city.push_back(found->second);
    if (found->second) {
      states.usage[*found->second].population += city.population;
    } else {
      unmatched_population[admin1] += city.population;
    }
  }
  if (report_unmatched) {
    std::vector<std::pair<std::uint64_t, std::pair<std::string, std::string>>> unmatched;
    for (const auto& [admin1, population] : unmatched_population) unmatched.emplace_back(population, admin1);
    std::sort(unmatched.rbegin(), unmatched.rend());
    for (const auto& [population, admin1] : unmatched) {
      std::cerr << "unmatched admin1: " << admin1.first << '\t' << admin1.second << '\t' << population << '\n';
    }
  }
  return states;
}

CityRow city_row(std::string key, const GeonamesCityRecord& city, const std::optional<std::size_t>& state,
                 std::span<const IsoSubdivision> subdivisions) {
  return {.key = std::move(key), .name = city.name, .state_code = state ? subdivisions[*state].code : std::string{},
          .state_name = state ? iso_display_name(subdivisions[*state].name) : city.admin1,
          .country_code = city.country_code, .population = city.population};
}

// The city an alias row "alias, GeoNames name, state code (or -), country code" means; the most
// populous if GeoNames has several.
std::size_t aliased_city(const TsvRow& row, std::span<const GeonamesCityRecord> cities, const CityStates& states,
                         std::span<const IsoSubdivision> subdivisions) {
  std::optional<std::size_t> best;
  for (std::size_t index = 0; index < cities.size(); ++index) {
    const auto& state = states.subdivision_of_city[index];
    const std::string state_code = state ? subdivisions[*state].code : std::string{"-"};
    if (cities[index].name != row.fields[1] || cities[index].country_code != row.fields[3]) continue;
    if (row.fields[2] != "-" && row.fields[2] != state_code) continue;
    if (!best || cities[index].population > cities[*best].population) best = index;
  }
  if (!best) throw std::runtime_error{describe(row, "GeoNames has no city " + row.fields[1] + ", " + row.fields[2] + ", " + row.fields[3])};
  return *best;
}

std::vector<CityRow> city_rows(std::span<const GeonamesCityRecord> cities, const CityStates& states,
                               std::span<const IsoSubdivision> subdivisions, std::span<const TsvRow> alias_rows) {
  std::vector<std::pair<std::string, std::size_t>> keyed_cities;  // (key, city index)
  for (std::size_t index = 0; index < cities.size(); ++index) {
    for (const std::string& variant : city_name_variants(cities[index].name)) keyed_cities.emplace_back(make_place_key(variant), index);
  }
  for (const TsvRow& row : alias_rows) keyed_cities.emplace_back(make_place_key(row.fields[0]), aliased_city(row, cities, states, subdivisions));

  std::vector<CityRow> rows;
  rows.reserve(keyed_cities.size());
  std::sort(keyed_cities.begin(), keyed_cities.end());
  keyed_cities.erase(std::unique(keyed_cities.begin(), keyed_cities.end()), keyed_cities.end());
  for (const auto& [key, index] : keyed_cities) {
    if (!key.empty()) rows.push_back(city_row(key, cities[index], states.subdivision_of_city[index], subdivisions));
  }
  // Most populous first within a key; the rest only makes the output reproducible.
  std::sort(rows.begin(), rows.end(), [](const CityRow& left, const CityRow& right) {
    return std::tie(left.key, right.population, left.country_code, left.state_code, left.name) <
           std::tie(right.key, left.population, right.country_code, right.state_code, right.name);
  });
  return rows;
}

void write_atomically(const std::filesystem::path& output, const PlacesTables& tables) {
  // A half-written file must never look up to date to the build system.
  std::filesystem::path temporary = output;
  temporary += ".tmp";
  {
    std::ofstream stream{temporary, std::ios::binary | std::ios::trunc};
    if (!stream) throw std::runtime_error{temporary.string() + ": cannot create"};
    write_places_source(tables, stream);
    stream.close();
    if (!stream) throw std::runtime_error{temporary.string() + ": cannot write"};
  }
  std::filesystem::rename(temporary, output);
}

void generate(const Options& options) {
  const std::vector<GeonamesCityRecord> cities = read_geonames_cities();
  const std::vector<IsoCountry> countries = read_iso_countries(options.iso_3166_1);
  const std::vector<IsoSubdivision> subdivisions = read_iso_subdivisions(options.iso_3166_2);
  const CityStates states = match_city_states(cities, subdivisions, options.report_unmatched);

  PlacesTables tables;
  tables.cities = city_rows(cities, states, subdivisions, read_tsv(options.city_aliases, 4));
  tables.subdivisions_by_name_key = subdivisions_by_name_key(subdivisions, states.usage);
  tables.states_by_abbreviation = states_by_abbreviation(read_tsv(options.state_abbreviations, 2), subdivisions);
  tables.subdivisions_by_code = subdivisions_by_code(subdivisions);
  CountryTables country_rows = country_tables(countries, read_tsv(options.country_aliases, 3));
  tables.countries_by_name_key = std::move(country_rows.by_name_key);
  tables.countries_by_exact_form = std::move(country_rows.by_exact_form);
  write_atomically(options.output, tables);
}

}  // namespace
}  // namespace rankparse::places::generator

int main(int argc, char** argv) {
  try {
    const std::span<char* const> arguments{argv, static_cast<std::size_t>(argc)};
    rankparse::places::generator::generate(rankparse::places::generator::parse_options(arguments));
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "generate_places: " << error.what() << '\n';
    return 1;
  }
}
