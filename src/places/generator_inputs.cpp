#include "places/generator_inputs.hpp"

#include <geonames/geonames.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <memory>
#include <stdexcept>

namespace rankparse::places::generator {
namespace {

struct CityDeleter {
  void operator()(::GeonamesCity* city) const noexcept { geonames_city_free(city); }
};

std::string text_or_empty(const char* text) { return text != nullptr ? std::string{text} : std::string{}; }

nlohmann::json read_json(const std::filesystem::path& file) {
  std::ifstream stream{file};
  if (!stream) throw std::runtime_error{file.string() + ": cannot open"};
  try {
    return nlohmann::json::parse(stream);
  } catch (const nlohmann::json::exception& error) {
    throw std::runtime_error{file.string() + ": " + error.what()};
  }
}

// iso-codes keeps each standard's entries under a key naming the standard, e.g. "3166-1".
const nlohmann::json& entries(const nlohmann::json& document, const char* standard, const std::filesystem::path& file) {
  const auto found = document.find(standard);
  if (found == document.end() || !found->is_array() || found->empty()) {
    throw std::runtime_error{file.string() + ": no \"" + standard + "\" array"};
  }
  return *found;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

std::vector<GeonamesCityRecord> read_geonames_cities() {
  const int count = geonames_get_n_cities();
  if (count <= 0) throw std::runtime_error{"libgeonames lists no cities"};
  std::vector<GeonamesCityRecord> cities;
  cities.reserve(static_cast<std::size_t>(count));
  for (int index = 0; index < count; ++index) {
    const std::unique_ptr<::GeonamesCity, CityDeleter> city{geonames_get_city(index)};
    if (!city) throw std::runtime_error{"libgeonames has no city number " + std::to_string(index)};
    cities.push_back({
        .name = text_or_empty(geonames_city_get_name(city.get())),
        .admin1 = text_or_empty(geonames_city_get_state(city.get())),
        .country_code = text_or_empty(geonames_city_get_country_code(city.get())),
        .population = geonames_city_get_population(city.get()),
    });
    if (cities.back().name.empty() || cities.back().country_code.size() != 2) {
      throw std::runtime_error{"libgeonames city number " + std::to_string(index) + " lacks a name or country"};
    }
  }
  return cities;
}

std::vector<IsoCountry> read_iso_countries(const std::filesystem::path& iso_3166_1_json) {
  // Kept in a variable: a range-for does not extend the life of a temporary behind a reference.
  const nlohmann::json document = read_json(iso_3166_1_json);
  std::vector<IsoCountry> countries;
  for (const nlohmann::json& entry : entries(document, "3166-1", iso_3166_1_json)) {
    countries.push_back({
        .code = entry.at("alpha_2").get<std::string>(),
        .name = entry.at("name").get<std::string>(),
        .common_name = entry.value("common_name", std::string{}),
        .official_name = entry.value("official_name", std::string{}),
    });
  }
  return countries;
}

std::vector<IsoSubdivision> read_iso_subdivisions(const std::filesystem::path& iso_3166_2_json) {
  const nlohmann::json document = read_json(iso_3166_2_json);
  std::vector<IsoSubdivision> subdivisions;
  for (const nlohmann::json& entry : entries(document, "3166-2", iso_3166_2_json)) {
    const auto full_code = entry.at("code").get<std::string>();  // "US-NC"
    const std::size_t dash = full_code.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == full_code.size()) {
      throw std::runtime_error{iso_3166_2_json.string() + ": malformed code " + full_code};
    }
    subdivisions.push_back({
        .country_code = full_code.substr(0, dash),
        .code = full_code.substr(dash + 1),
        .name = entry.at("name").get<std::string>(),
        .is_first_level = !entry.contains("parent"),
    });
  }
  return subdivisions;
}

std::vector<TsvRow> read_tsv(const std::filesystem::path& file, std::size_t column_count) {
  std::ifstream stream{file};
  if (!stream) throw std::runtime_error{file.string() + ": cannot open"};
  std::vector<TsvRow> rows;
  std::string line;
  for (std::size_t line_number = 1; std::getline(stream, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    TsvRow row{.file = file, .line = line_number, .fields = split_tabs(line)};
    if (row.fields.size() != column_count) {
      throw std::runtime_error{describe(row, "expected " + std::to_string(column_count) + " tab-separated columns")};
    }
    for (const std::string& field : row.fields) {
      if (field.empty()) throw std::runtime_error{describe(row, "empty column")};
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) throw std::runtime_error{file.string() + ": no rows"};
  return rows;
}

std::string describe(const TsvRow& row, const std::string& message) {
  return row.file.string() + ":" + std::to_string(row.line) + ": " + message;
}

}  // namespace rankparse::places::generator
