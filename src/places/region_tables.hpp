#pragma once
// Build-time (generate_places only): the subdivision and country tables of places_data.hpp.

#include "places/generator_inputs.hpp"
#include "places/places_source_writer.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace rankparse::places::generator {

// What the city list says about one ISO 3166-2 subdivision (index-aligned with the ISO list).
struct SubdivisionUsage {
  std::uint64_t population = 0;        // of the GeoNames cities in it; ranks same-named subdivisions
  std::vector<std::string> admin1_names;  // GeoNames' names for it: "State of Maine", "Jiangsu"
};

// Full-name keys of first-level subdivisions, from iso-codes' names and from GeoNames' admin1
// names. A key shared by several subdivisions goes to a US one, then to an iso-codes name over a
// GeoNames one, then to the more populous. Names made only of words like "North" or "Central"
// are left out.
[[nodiscard]] std::vector<SubdivisionRow> subdivisions_by_name_key(std::span<const IsoSubdivision> subdivisions,
                                                                   std::span<const SubdivisionUsage> usage);

// Rows "abbreviation<TAB>code" of state_abbreviations.tsv ("N.C." NC, "Ont." CA-ON), checked against iso-codes.
[[nodiscard]] std::vector<SubdivisionRow> states_by_abbreviation(std::span<const TsvRow> abbreviation_rows,
                                                                    std::span<const IsoSubdivision> subdivisions);

[[nodiscard]] std::vector<SubdivisionRow> subdivisions_by_code(std::span<const IsoSubdivision> subdivisions);

struct CountryTables {
  std::vector<CountryRow> by_name_key;
  std::vector<CountryRow> by_exact_form;
};
// iso-codes' names plus country_aliases.tsv rows "form<TAB>alpha-2<TAB>exact|name".
[[nodiscard]] CountryTables country_tables(std::span<const IsoCountry> countries, std::span<const TsvRow> alias_rows);

}  // namespace rankparse::places::generator
