#include "places/name_variants.hpp"

#include <algorithm>
#include <optional>

namespace rankparse::places::generator {
namespace {

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(' ');
  return text.substr(first, last - first + 1);
}

void add_variant(std::vector<std::string>& variants, std::string_view variant) {
  variant = trim(variant);
  if (variant.empty()) return;
  if (std::find(variants.begin(), variants.end(), variant) == variants.end()) variants.emplace_back(variant);
}

// The text before a trailing " (...)" note, or the text itself.
std::string_view without_parenthetical(std::string_view text) {
  const auto open = text.find(" (");
  return open != std::string_view::npos && text.ends_with(')') ? text.substr(0, open) : text;
}

bool is_iso_code(std::string_view word) {  // "GB-CYM", "SE-12"
  return word.size() > 3 && word[2] == '-' &&
         std::all_of(word.begin(), word.end(), [](char c) { return c == '-' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// iso-codes notes alternative (usually native) names in brackets, sometimes ending with their own
// code: "Wales [Cymru GB-CYM]", "Catalunya [Cataluña]", "Skåne län [SE-12]".
std::string_view bracketed_alternative(std::string_view iso_name) {
  const auto open = iso_name.find(" [");
  if (open == std::string_view::npos || !iso_name.ends_with(']')) return {};
  std::string_view alternative = trim(iso_name.substr(open + 2, iso_name.size() - open - 3));
  const auto last_space = alternative.rfind(' ');
  const std::string_view last_word = last_space == std::string_view::npos ? alternative : alternative.substr(last_space + 1);
  if (is_iso_code(last_word)) alternative = last_space == std::string_view::npos ? std::string_view{} : alternative.substr(0, last_space);
  alternative = trim(alternative);
  // A lower-case note describes rather than names: "Amānat al ‘Āşimah [city]".
  if (!alternative.empty() && alternative.front() >= 'a' && alternative.front() <= 'z') return {};
  return alternative;
}

std::string_view without_bracketed_alternative(std::string_view iso_name) {
  const auto open = iso_name.find(" [");
  return trim(open != std::string_view::npos && iso_name.ends_with(']') ? iso_name.substr(0, open) : iso_name);
}

// iso-codes inverts names to sort them ("Palestine, State of", "Virgin Islands, British",
// "Madrid, Comunidad de"). Only a tail that is one word or ends in "of" (or Spanish "de") reads well in front;
// "Saint Helena, Ascension and Tristan da Cunha" is a list, not an inversion.
std::optional<std::string> uninverted(std::string_view name) {
  const auto comma = name.find(", ");
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string_view head = name.substr(0, comma);
  const std::string_view tail = name.substr(comma + 2);
  const bool reads_as_prefix = tail.find(' ') == std::string_view::npos || tail.ends_with(" of") || tail.ends_with(" of the") ||
                               tail.ends_with(" de") || tail.ends_with(" del");
  if (!reads_as_prefix) return std::nullopt;
  return std::string{tail} + " " + std::string{head};
}

std::string without_leading_the(std::string name) {
  return name.starts_with("The ") ? name.substr(4) : name;
}

}  // namespace

std::string iso_display_name(std::string_view iso_name) {
  const std::string_view name = without_bracketed_alternative(iso_name);
  const std::optional<std::string> natural_order = uninverted(name);
  return without_leading_the(natural_order ? *natural_order : std::string{name});
}

std::vector<std::string> iso_name_variants(std::string_view iso_name) {
  std::vector<std::string> variants;
  add_variant(variants, iso_display_name(iso_name));
  const std::string_view name = without_bracketed_alternative(iso_name);
  add_variant(variants, name);
  add_variant(variants, bracketed_alternative(iso_name));
  const std::string_view plain = without_parenthetical(name);
  add_variant(variants, plain);
  if (const auto comma = plain.find(", "); comma != std::string_view::npos) {
    add_variant(variants, plain.substr(0, comma));  // "Korea, Republic of" -> "Korea"
    if (const std::optional<std::string> natural_order = uninverted(plain)) add_variant(variants, *natural_order);
  }
  return variants;
}

std::vector<std::string> city_name_variants(std::string_view city_name) {
  std::vector<std::string> variants;
  add_variant(variants, city_name);
  const std::string_view plain = without_parenthetical(city_name);
  add_variant(variants, plain);
  if (const auto comma = plain.find(','); comma != std::string_view::npos) add_variant(variants, plain.substr(0, comma));
  if (plain.find('/') != std::string_view::npos) {
    for (std::size_t start = 0;;) {
      const auto slash = plain.find('/', start);
      add_variant(variants, plain.substr(start, slash == std::string_view::npos ? slash : slash - start));
      if (slash == std::string_view::npos) break;
      start = slash + 1;
    }
  }
  return variants;
}

}  // namespace rankparse::places::generator
