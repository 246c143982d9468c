#include "places/subdivision_matcher.hpp"

#include "places/name_variants.hpp"
#include "places/place_key.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace rankparse::places::generator {
namespace {

// Words (already in key form) that say what kind of area a name is rather than which one, in the
// languages GeoNames and iso-codes mix. Found by listing the admin1 names left unmatched.
constexpr auto kAdministrativeWords = std::to_array<std::string_view>({
    "administrative", "autonomous", "canton", "capital", "city", "community", "county", "da", "de", "del",
    "department", "district", "division", "do", "emirate", "estado", "federal", "free", "governorate", "ken",
    "krai", "kraj", "kray", "land", "lan", "municipality", "of", "oblast", "oblysy", "prefecture",
    "province", "region", "republic", "respublika", "sar", "sheng", "shi", "special", "state",
    "territory", "the", "voivodeship", "voivodship", "zizhiqu",
});

bool is_administrative_word(std::string_view word) {
  return std::find(kAdministrativeWords.begin(), kAdministrativeWords.end(), word) != kAdministrativeWords.end();
}

std::string without_administrative_words(std::string_view key) {
  std::string result;
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t space = std::min(key.find(' ', start), key.size());
    const std::string_view word = key.substr(start, space - start);
    if (!word.empty() && !is_administrative_word(word)) {
      if (!result.empty()) result += ' ';
      result += word;
    }
    start = space + 1;
  }
  return result;
}

bool contains(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool starts_with_words(std::string_view text, std::string_view leading_words) {
  return text.starts_with(leading_words) && (text.size() == leading_words.size() || text[leading_words.size()] == ' ');
}

}  // namespace

SubdivisionMatcher::SubdivisionMatcher(std::span<const IsoSubdivision> subdivisions) {
  for (std::size_t index = 0; index < subdivisions.size(); ++index) {
    const IsoSubdivision& subdivision = subdivisions[index];
    Candidate candidate{.index = index, .is_first_level = subdivision.is_first_level, .keys = {}, .keys_without_administrative_words = {}};
    for (const std::string& variant : iso_name_variants(subdivision.name)) {
      std::string key = make_place_key(variant);
      if (key.empty()) continue;
      if (std::string stripped = without_administrative_words(key); !stripped.empty()) {
        candidate.keys_without_administrative_words.push_back(std::move(stripped));
      }
      candidate.keys.push_back(std::move(key));
    }
    candidates_by_country_[subdivision.country_code].push_back(std::move(candidate));
  }
  for (auto& [country, candidates] : candidates_by_country_) {
    std::stable_partition(candidates.begin(), candidates.end(), [](const Candidate& candidate) { return candidate.is_first_level; });
  }
}

std::optional<std::size_t> SubdivisionMatcher::match(const std::string& country_code, const std::string& admin1) const {
  const auto country = candidates_by_country_.find(country_code);
  if (country == candidates_by_country_.end()) return std::nullopt;
  const std::vector<Candidate>& candidates = country->second;
  const std::string key = make_place_key(admin1);
  if (key.empty()) return std::nullopt;

  for (const Candidate& candidate : candidates) {
    if (contains(candidate.keys, key)) return candidate.index;
  }
  const std::string stripped = without_administrative_words(key);
  if (stripped.empty()) return std::nullopt;
  for (const Candidate& candidate : candidates) {
    if (contains(candidate.keys_without_administrative_words, stripped)) return candidate.index;
  }
  // Only in this direction: the reverse ("Northern Darfur" -> "Northern") picks the wrong area.
  std::optional<std::size_t> only_match;
  for (const Candidate& candidate : candidates) {
    if (!candidate.is_first_level) break;
    const bool extends = std::any_of(candidate.keys_without_administrative_words.begin(),
                                     candidate.keys_without_administrative_words.end(),
                                     [&](const std::string& iso_key) { return starts_with_words(iso_key, stripped); });
    if (!extends) continue;
    if (only_match) return std::nullopt;  // ambiguous: "North" would fit "North Holland" and "North Brabant"
    only_match = candidate.index;
  }
  return only_match;
}

}  // namespace rankparse::places::generator
