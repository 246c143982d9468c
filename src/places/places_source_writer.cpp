#include "places/places_source_writer.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace rankparse::places::generator {
namespace {

// A C++ std::string_view literal for `text`. The sv suffix passes the length along: converting
// ~100k plain literals would make the compiler evaluate strlen on each, which overruns clang's
// constexpr step limit. UTF-8 stays as it is (compilers read sources as UTF-8); quotes,
// backslashes and control bytes are escaped with fixed-width octal so that no escape can
// swallow the character after it.
std::string literal(std::string_view text) {
  std::string result = "\"";
  for (const char byte : text) {
    const auto code = static_cast<unsigned char>(byte);
    if (byte == '"' || byte == '\\') {
      result += '\\';
      result += byte;
    } else if (code < 0x20 || code == 0x7F) {
      result += '\\';
      result += static_cast<char>('0' + ((code >> 6) & 7));
      result += static_cast<char>('0' + ((code >> 3) & 7));
      result += static_cast<char>('0' + (code & 7));
    } else {
      result += byte;
    }
  }
  result += "\"sv";
  return result;
}

std::string subdivision_initializer(const SubdivisionRow& row) {
  return "{" + literal(row.code) + ", " + literal(row.name) + ", " + literal(row.country_code) + "}";
}

template <typename Row, typename Before>
void require_order(const std::vector<Row>& rows, const char* table, Before is_before) {
  if (rows.empty()) throw std::runtime_error{std::string{"generated table "} + table + " would be empty"};
  const auto misplaced = std::adjacent_find(rows.begin(), rows.end(), [&](const Row& left, const Row& right) { return !is_before(left, right); });
  if (misplaced != rows.end()) throw std::runtime_error{std::string{"generated table "} + table + " is out of order or has duplicates"};
}

void check_order(const PlacesTables& tables) {
  require_order(tables.cities, "cities", [](const CityRow& left, const CityRow& right) {
    return left.key < right.key || (left.key == right.key && left.population >= right.population);
  });
  const auto by_search_text = [](const auto& left, const auto& right) { return left.search_text < right.search_text; };
  require_order(tables.subdivisions_by_name_key, "subdivisions_by_name_key", by_search_text);
  require_order(tables.states_by_abbreviation, "states_by_abbreviation", by_search_text);
  require_order(tables.countries_by_name_key, "countries_by_name_key", by_search_text);
  require_order(tables.countries_by_exact_form, "countries_by_exact_form", by_search_text);
  require_order(tables.subdivisions_by_code, "subdivisions_by_code", [](const SubdivisionRow& left, const SubdivisionRow& right) {
    return std::tie(left.country_code, left.code) < std::tie(right.country_code, right.code);
  });
}

void write_subdivision_table(std::ostream& out, const char* type, const char* name, const std::vector<SubdivisionRow>& rows) {
  out << "constexpr " << type << ' ' << name << "[] = {\n";
  for (const SubdivisionRow& row : rows) {
    if (std::string_view{type} == "Subdivision") {
      out << subdivision_initializer(row) << ",\n";
    } else {
      out << '{' << literal(row.search_text) << ", " << subdivision_initializer(row) << "},\n";
    }
  }
  out << "};\n\n";
}

void write_country_table(std::ostream& out, const char* name, const std::vector<CountryRow>& rows) {
  out << "constexpr KeyedCountry " << name << "[] = {\n";
  for (const CountryRow& row : rows) {
    out << '{' << literal(row.search_text) << ", {" << literal(row.code) << ", " << literal(row.name) << "}},\n";
  }
  out << "};\n\n";
}

}  // namespace

void write_places_source(const PlacesTables& tables, std::ostream& out) {
  check_order(tables);
  out << "// Generated at build time by generate_places from libgeonames, iso-codes and grammar/data.\n"
         "// Do not edit: change the sources or src/places/ and rebuild.\n"
         "#include \"places/places_data.hpp\"\n\n"
         "namespace rankparse::places::generated {\n"
         "namespace {\n\n"
         "using namespace std::string_view_literals;\n\n";

  out << "constexpr std::string_view kCityKeys[] = {\n";
  for (const CityRow& row : tables.cities) out << literal(row.key) << ",\n";
  out << "};\n\n";
  out << "constexpr City kCities[] = {\n";
  for (const CityRow& row : tables.cities) {
    out << '{' << literal(row.name) << ", " << literal(row.state_code) << ", " << literal(row.state_name) << ", "
        << literal(row.country_code) << ", " << row.population << "u},\n";
  }
  out << "};\n\n";

  write_subdivision_table(out, "KeyedSubdivision", "kSubdivisionsByNameKey", tables.subdivisions_by_name_key);
  write_subdivision_table(out, "AbbreviatedSubdivision", "kStatesByAbbreviation", tables.states_by_abbreviation);
  write_subdivision_table(out, "Subdivision", "kSubdivisionsByCode", tables.subdivisions_by_code);
  write_country_table(out, "kCountriesByNameKey", tables.countries_by_name_key);
  write_country_table(out, "kCountriesByExactForm", tables.countries_by_exact_form);

  out << "}  // namespace\n\n"
         "std::span<const std::string_view> city_keys() noexcept { return kCityKeys; }\n"
         "std::span<const City> cities() noexcept { return kCities; }\n"
         "std::span<const KeyedSubdivision> subdivisions_by_name_key() noexcept { return kSubdivisionsByNameKey; }\n"
         "std::span<const AbbreviatedSubdivision> states_by_abbreviation() noexcept { return kStatesByAbbreviation; }\n"
         "std::span<const Subdivision> subdivisions_by_code() noexcept { return kSubdivisionsByCode; }\n"
         "std::span<const KeyedCountry> countries_by_name_key() noexcept { return kCountriesByNameKey; }\n"
         "std::span<const KeyedCountry> countries_by_exact_form() noexcept { return kCountriesByExactForm; }\n\n"
         "}  // namespace rankparse::places::generated\n";
  if (!out) throw std::runtime_error{"cannot write the generated source"};
}

}  // namespace rankparse::places::generator
