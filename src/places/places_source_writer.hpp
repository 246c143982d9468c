#pragma once
// Build-time (generate_places only): writes the tables declared in places_data.hpp as one C++
// source of constexpr arrays of string literals. One array of aggregates per table (not one
// variable per row) keeps the file quick to compile.

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace rankparse::places::generator {

struct CityRow {
  std::string key;
  std::string name;
  std::string state_code;
  std::string state_name;
  std::string country_code;
  std::uint32_t population = 0;
};

struct SubdivisionRow {
  std::string search_text;  // key, abbreviation, or unused (by-code table)
  std::string code;
  std::string name;
  std::string country_code;
};

struct CountryRow {
  std::string search_text;  // key or exact form
  std::string code;
  std::string name;
};

// Each vector already in the order places_data.hpp promises; write_places_source checks it.
struct PlacesTables {
  std::vector<CityRow> cities;
  std::vector<SubdivisionRow> subdivisions_by_name_key;
  std::vector<SubdivisionRow> states_by_abbreviation;
  std::vector<SubdivisionRow> subdivisions_by_code;
  std::vector<CountryRow> countries_by_name_key;
  std::vector<CountryRow> countries_by_exact_form;
};

// Throws std::runtime_error if a table is empty or out of order.
void write_places_source(const PlacesTables& tables, std::ostream& out);

}  // namespace rankparse::places::generator
