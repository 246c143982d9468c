// Reading place text ("Durham, N.C.", "Boston", "Calif.", "Norway") with the
// gazetteer, and settling a city's state.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diagnostics.hpp"
#include "rankparse/article.hpp"

namespace rankparse::detail {

// True when `text` reads as a place: a known city, state, country, or
// "City, State" / "City, Country" with a known region.
[[nodiscard]] bool reads_as_place(std::string_view text);

// Resolves a place for an entity named `entity_name`. A city's state is filled
// in only when the gazetteer leaves one candidate that clearly dominates or
// the entity's own name names the state (University of Colorado -> Aurora, CO);
// otherwise it stays null and an info diagnostic says so.
[[nodiscard]] Location resolve_location(std::string text, Span span, std::string_view entity_name, Diagnostics& diagnostics);

}  // namespace rankparse::detail
