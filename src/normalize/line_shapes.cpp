#include "normalize/line_shapes.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utf8proc.h>

#include "grammar/word_lists.hpp"
#include "normalize/locations.hpp"
#include "normalize/text.hpp"
#include "parse/numbers.hpp"

namespace rankparse::detail {
namespace {

constexpr std::size_t most_words_in_a_name = 14;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The next word of `text` at or after `pos` (words are what spaces separate),
// moving `pos` past it; empty at the end. Callers walk words with this rather
// than collecting them, since most lines are judged after a word or two.
std::string_view next_word(std::string_view text, std::size_t& pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  const auto begin = pos;
  while (pos < text.size() && !is_space(text[pos])) ++pos;
  return text.substr(begin, pos - begin);
}

std::string_view first_word(std::string_view text) {
  std::size_t pos = 0;
  return next_word(text, pos);
}

std::string_view last_word(std::string_view text) {
  auto end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  auto begin = end;
  while (begin > 0 && !is_space(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

// The words of a text known to have at most `Capacity` of them, kept in place.
template <std::size_t Capacity>
struct FewWords {
  std::array<std::string_view, Capacity> items;
  std::size_t size = 0;

  explicit FewWords(std::string_view text) {
    std::size_t pos = 0;
    for (auto word = next_word(text, pos); !word.empty() && size < Capacity; word = next_word(text, pos)) items[size++] = word;
  }
  [[nodiscard]] const std::string_view* begin() const { return items.data(); }
  [[nodiscard]] const std::string_view* end() const { return items.data() + size; }
};

// Lower-case words a name may contain without ceasing to be one.
constexpr std::array<std::string_view, 23> connectors = {"of", "and", "the", "for", "at", "in", "on", "de", "del", "la", "du", "der",
                                                       "und", "y", "&", "-", "–", "—", "|", "a", "an", "to", "by"};

constexpr std::size_t longest_connector = 3;  // bytes: "the", and "–" in UTF-8
static_assert(std::all_of(connectors.begin(), connectors.end(), [](std::string_view word) { return word.size() <= longest_connector; }));

bool starts_capitalized(std::string_view word) {
  // Skip an opening quote or parenthesis: "(NIT)", "\u201cThe".
  while (!word.empty() && (word.front() == '(' || word.front() == '"' || word.front() == '\'' || word.front() == '*')) word.remove_prefix(1);
  if (word.substr(0, 3) == "\xE2\x80\x9C" || word.substr(0, 3) == "\xE2\x80\x98") word.remove_prefix(3);
  if (word.empty()) return false;
  if (static_cast<unsigned char>(word.front()) >= 0x80) {  // a capital of another script ("Éire"), not "…"
    utf8proc_int32_t code_point = 0;
    utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data()), static_cast<utf8proc_ssize_t>(word.size()), &code_point);
    const auto category = utf8proc_category(code_point);
    return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT || category == UTF8PROC_CATEGORY_LO;
  }
  return is_upper(word.front()) || is_digit(word.front()) || word.front() == '#' || word.front() == '$';
}

// A word whose full stop ends no sentence: "St.", "Calif.", "Jan.".
bool is_abbreviation(std::string_view word) {
  return grammar::abbreviations().find(word) || grammar::state_abbreviations().find(word) ||
         (word.back() == '.' && grammar::month_names().find(word));
}

bool ends_like_sentence(std::string_view text) {
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.empty()) return false;
  if (text.back() == '?' || text.back() == '!') return true;
  if (text.back() != '.') return false;
  // "Co.", "N.C.", "Inc." end names, not sentences.
  const auto last = last_word(text);
  const bool initials = last.size() >= 2 && is_upper(last[last.size() - 2]);
  return !initials && !is_abbreviation(last) && more_words_than(text, 3);
}

// Whether a sentence ends with `word` and a new one starts with `next`:
// "Midwest. The", "Jan. 24. Semifinalists", not "U.S. News", "St. Louis",
// "Ala. Medical" or "Jan. 24".
bool ends_sentence(std::string_view word, std::string_view next) {
  if (!starts_capitalized(next) || word.size() < 2) return false;
  const auto body = word.substr(0, word.size() - 1);
  if (word.back() == '.' && std::all_of(body.begin(), body.end(), is_digit)) return true;
  return word.size() > 3 && (word.back() == '.' || word.back() == '?' || word.back() == '!') && !is_abbreviation(word) &&
         !is_upper(word[word.size() - 2]);
}

}  // namespace

std::size_t lower_case_words(std::string_view text) {
  std::size_t count = 0;
  std::size_t pos = 0;
  for (auto word = next_word(text, pos); !word.empty(); word = next_word(text, pos)) {
    if (word.front() >= 'a' && word.front() <= 'z' && !is_connector(word)) ++count;
  }
  return count;
}

bool more_words_than(std::string_view text, std::size_t count) {
  std::size_t pos = 0;
  for (std::size_t words = 0; !next_word(text, pos).empty();) {
    if (++words > count) return true;
  }
  return false;
}

bool is_connector(std::string_view word) {
  // A longer word (as most words are) is told apart by its length alone.
  if (word.size() > longest_connector) return false;
  for (const auto connector : connectors) {
    if (word == connector) return true;
  }
  return false;
}

bool is_entity_like(std::string_view text) {
  if (more_words_than(text, most_words_in_a_name)) return false;
  const FewWords<most_words_in_a_name> words(text);
  if (words.size == 0 || !starts_capitalized(words.items.front())) return false;
  if (ends_like_sentence(text)) return false;
  // A sentence break inside: ". The", "? Yes".
  for (std::size_t i = 0; i + 1 < words.size; ++i) {
    auto word = words.items[i];
    while (word.size() > 1 && (word.front() == '(' || word.front() == '"' || word.front() == '\'')) word.remove_prefix(1);
    if ((word.back() == '.' || word.back() == '?' || word.back() == '!') && word.size() > 3 && !is_abbreviation(word) &&
        is_upper(words.items[i + 1].front()) && !is_upper(word[word.size() - 2])) {
      return false;
    }
  }
  std::size_t counted = 0;
  std::size_t capitalized = 0;
  for (const auto word : words) {
    if (is_connector(word)) continue;
    ++counted;
    if (starts_capitalized(word)) ++capitalized;
  }
  return counted > 0 && capitalized * 2 >= counted;
}

bool is_only_name_words(std::string_view text) {
  std::size_t pos = 0;
  for (auto word = next_word(text, pos); !word.empty(); word = next_word(text, pos)) {
    if (starts_capitalized(word) || is_connector(word)) continue;
    if (std::none_of(word.begin(), word.end(), is_upper)) return false;
  }
  return true;
}

bool is_group_heading_like(std::string_view text) {
  const auto first = first_word(text);
  return !first.empty() && !more_words_than(text, 8) && starts_capitalized(first) && !ends_like_sentence(text) &&
         text.find(':') == std::string_view::npos;
}

bool is_sentence_intro(std::string_view text) {
  constexpr std::size_t most_words_in_a_heading = 15;
  if (more_words_than(text, most_words_in_a_heading)) return true;
  const FewWords<most_words_in_a_heading> words(text);
  for (std::size_t i = 0; i + 1 < words.size; ++i) {
    if (ends_sentence(words.items[i], words.items[i + 1])) return true;
  }
  return false;
}

std::size_t last_sentence_start(std::string_view text) {
  // A sentence of one or two words ("They are:") leans on the one before it.
  constexpr std::size_t fewest_words = 3;
  std::size_t start = 0;
  std::size_t previous_start = 0;
  std::size_t words_since_start = 0;
  std::size_t pos = 0;
  auto word = next_word(text, pos);
  while (!word.empty()) {
    ++words_since_start;
    const auto next = next_word(text, pos);
    if (!next.empty() && ends_sentence(word, next)) {
      if (words_since_start >= fewest_words) previous_start = start;
      start = static_cast<std::size_t>(next.data() - text.data());
      words_since_start = 0;
    }
    word = next;
  }
  return words_since_start >= fewest_words ? start : previous_start;
}

bool reads_as_sentence(std::string_view text) {
  constexpr std::size_t fewest_lower_case_words = 3;
  std::size_t lower_case = 0;
  std::size_t capitalized = 0;
  std::size_t pos = 0;
  for (auto word = next_word(text, pos); !word.empty(); word = next_word(text, pos)) {
    if (is_connector(word)) continue;
    if (word.front() >= 'a' && word.front() <= 'z') {
      ++lower_case;
    } else if (starts_capitalized(word)) {
      ++capitalized;
    }
  }
  return lower_case >= fewest_lower_case_words && lower_case > capitalized;
}

bool is_facility_name(std::string_view name) {
  std::size_t pos = 0;
  for (auto word = next_word(name, pos); !word.empty(); word = next_word(name, pos)) {
    if (grammar::facility_words().find(word)) return true;
  }
  return false;
}

std::string_view without_rank_suffix(std::string_view text) {
  // Only at the end: "No. 19;", "No. 48.", "#7 in Nursing" (four words at
  // most, a lone comma counting as one), so only the last five words are
  // searched: a paragraph costs no more than a name.
  constexpr std::size_t most_suffix_words = 4;
  auto tail_begin = text.size();
  for (std::size_t words = 0; words <= most_suffix_words && tail_begin > 0;) {
    while (tail_begin > 0 && is_space(text[tail_begin - 1])) --tail_begin;
    if (tail_begin == 0) break;
    while (tail_begin > 0 && !is_space(text[tail_begin - 1])) --tail_begin;
    ++words;
  }
  const auto tail = text.substr(tail_begin);
  for (const std::string_view marker : {", No. ", " No. ", " #"}) {
    const auto found = find_last(tail, marker);
    if (found == std::string_view::npos) continue;
    const auto at = tail_begin + found;
    if (at + marker.size() >= text.size() || !is_digit(text[at + marker.size()])) continue;
    if (!more_words_than(text.substr(at), most_suffix_words)) return text.substr(0, at);
  }
  return text;
}

bool is_footnote(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  return !text.empty() && (text.front() == '*' || text.substr(0, 3) == "\xE2\x80\xA0" /* dagger */ || text.substr(0, 2) == "\xC2\xB9");
}

bool is_note_label(std::string_view label) {
  return label == "Note" || label == "Notes" || label == "NOTE" || label == "Editor's note" || label == "Editor\u2019s note" ||
         label == "Source" || label == "Sources";
}

bool is_placeholder(std::string_view text) {
  const auto first = first_word(text);
  if (first.empty()) return true;
  return first == "No" || first == "None" || first == "none" || first == "N/A" || first == "n/a" || first == "TBD" || first == "--" ||
         first == "—";
}

bool mentions_ties(std::string_view text) {
  for (std::size_t pos = 0; pos + 3 <= text.size(); ++pos) {
    const auto piece = text.substr(pos, 3);
    if ((piece == "tie" || piece == "Tie") && (pos == 0 || !std::isalpha(static_cast<unsigned char>(text[pos - 1])))) return true;
  }
  return false;
}

bool looks_like_value(std::string_view text) {
  const auto first = first_word(text);
  if (first.empty() || more_words_than(text, 5)) return false;
  const auto c = first.front();
  if (is_digit(c) || c == '$' || c == '-' || c == '+' || first.substr(0, 2) == "\xC2\xA3" /* pound */ ||
      first.substr(0, 3) == "\xE2\x82\xAC" /* euro */) {
    return true;
  }
  // Grades: "A", "A+", "B-".
  return !more_words_than(text, 1) && is_upper(c) && first.size() <= 2 && (first.size() == 1 || first[1] == '+' || first[1] == '-');
}

bool is_region_label(std::string_view text) { return grammar::region_words().find(text) != nullptr || reads_as_place(text); }

bool is_non_ranking_heading(std::string_view title, std::string_view heading) {
  constexpr std::size_t most_short_heading_words = 3;
  std::size_t pos = 0;
  bool first = true;
  bool short_heading_word = false;  // a word that counts in a short heading only ("Media contact")
  std::string_view before_last;  // the heading's last two words, bare
  std::string_view last;
  for (auto word = next_word(title, pos); !word.empty(); word = next_word(title, pos), first = false) {
    auto bare = word;
    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.back()))) bare.remove_suffix(1);
    const auto* found = bare.empty() ? nullptr : grammar::non_ranking_words().find(bare);
    if (found && found->note == "short heading") {
      short_heading_word = true;
    } else if (found && (first || found->note != "first word")) {
      return true;
    }
    before_last = last;
    last = bare;
  }
  if (short_heading_word && !more_words_than(heading.empty() ? title : heading, most_short_heading_words)) return true;
  // A heading that introduces the criteria themselves: "Affordability
  // metrics included:", "Factors considered:", "Measures:". (A criteria word
  // alone at the end is no sign: "Hospitals that led on safety measures:".)
  const auto is_criteria = [](std::string_view word) { return !word.empty() && grammar::criteria_words().find(word) != nullptr; };
  const bool introduces = last == "included" || last == "include" || last == "includes" || last == "used" || last == "considered";
  return (introduces && is_criteria(before_last)) || (before_last.empty() && is_criteria(last));
}

bool counts_criteria(std::string_view title, std::size_t items) {
  constexpr std::size_t words_from_count_to_noun = 2;  // "five key dimensions"
  // Each count of `items` names criteria or entities by the two words after
  // it: "five key dimensions" criteria, "the top three cities" entities.
  // Entities counted so ("These five states led all five dimensions") make it a ranking.
  std::size_t counts = 0;
  std::size_t criteria_counts = 0;
  std::size_t since_count = words_from_count_to_noun;
  bool current_names_criteria = false;
  std::size_t pos = 0;
  for (auto word = next_word(title, pos); !word.empty(); word = next_word(title, pos)) {
    auto bare = word;
    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.back()))) bare.remove_suffix(1);
    // The criteria word ends its phrase ("dimensions:", "factors,"); "3 Measures Hospitals" counts hospitals.
    const bool ends_phrase = bare.size() < word.size() || pos >= title.size();
    if (since_count < words_from_count_to_noun && !current_names_criteria && ends_phrase && !bare.empty() && grammar::criteria_words().find(bare)) {
      current_names_criteria = true;
      ++criteria_counts;
    }
    const auto count = count_from_text(bare, {}).value;
    if (count > 0 && static_cast<std::size_t>(count) == items) {
      ++counts;
      since_count = 0;
      current_names_criteria = false;
    } else {
      ++since_count;
    }
  }
  return counts > 0 && criteria_counts == counts;
}

}  // namespace rankparse::detail
