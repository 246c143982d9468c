#pragma once
// Build-time readers for the gazetteer's sources (used only by generate_places): the libgeonames
// city list, iso-codes' ISO 3166 JSON files and the project's tab-separated data files.
// Every reader throws std::runtime_error naming the file (and line) on malformed input.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace rankparse::places::generator {

struct GeonamesCityRecord {
  std::string name;
  std::string admin1;  // first-level subdivision as GeoNames names it: "Massachusetts", "State of Maine"
  std::string country_code;
  std::uint32_t population = 0;
};
[[nodiscard]] std::vector<GeonamesCityRecord> read_geonames_cities();

struct IsoCountry {
  std::string code;  // alpha-2
  std::string name;
  std::string common_name;    // often empty
  std::string official_name;  // often empty
};
[[nodiscard]] std::vector<IsoCountry> read_iso_countries(const std::filesystem::path& iso_3166_1_json);

struct IsoSubdivision {
  std::string country_code;  // "US"
  std::string code;          // after the dash: "NC"
  std::string name;          // verbatim, e.g. "Wales [Cymru GB-CYM]" or "Madrid, Comunidad de"
  bool is_first_level = true;  // iso-codes gives lower levels a "parent"
};
[[nodiscard]] std::vector<IsoSubdivision> read_iso_subdivisions(const std::filesystem::path& iso_3166_2_json);

struct TsvRow {
  std::filesystem::path file;
  std::size_t line = 0;
  std::vector<std::string> fields;
};
// Rows of a tab-separated file, skipping blank lines and lines starting with '#'. Every row must
// have exactly `column_count` non-empty fields.
[[nodiscard]] std::vector<TsvRow> read_tsv(const std::filesystem::path& file, std::size_t column_count);

// "file:line: message", for errors about a row.
[[nodiscard]] std::string describe(const TsvRow& row, const std::string& message);

}  // namespace rankparse::places::generator
