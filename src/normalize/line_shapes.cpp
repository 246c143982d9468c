#include "normalize/line_shapes.hpp"

#include <string>
#include <utf8proc.h>
#include <vector>

#include "grammar/word_lists.hpp"
#include "normalize/locations.hpp"

namespace rankparse::detail {
namespace {

constexpr std::size_t most_words_in_a_name = 14;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && is_space(text[pos])) ++pos;
    const auto begin = pos;
    while (pos < text.size() && !is_space(text[pos])) ++pos;
    if (pos > begin) words.push_back(text.substr(begin, pos - begin));
  }
  return words;
}

// Whether `text` has more than `count` words; stops counting there, so a
// paragraph costs no more than a name.
bool more_words_than(std::string_view text, std::size_t count) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    if (is_space(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++words > count) return true;
    }
  }
  return false;
}

// Lower-case words a name may contain without ceasing to be one.
bool is_connector(std::string_view word) {
  for (const std::string_view connector : {"of", "and", "the", "for", "at", "in", "on", "de", "del", "la", "du", "der", "und", "y",
                                           "&", "-", "–", "—", "|", "a", "an", "to", "by"}) {
    if (word == connector) return true;
  }
  return false;
}

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

bool ends_like_sentence(std::string_view text) {
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.empty()) return false;
  if (text.back() == '?' || text.back() == '!') return true;
  if (text.back() != '.') return false;
  // "Co.", "N.C.", "Inc." end names, not sentences.
  const auto words = words_of(text);
  const auto last = words.back();
  const bool initials = last.size() >= 2 && is_upper(last[last.size() - 2]);
  return !initials && !grammar::abbreviations().find(last) && !grammar::state_abbreviations().find(last) && words.size() > 3;
}

}  // namespace

bool is_entity_like(std::string_view text) {
  if (more_words_than(text, most_words_in_a_name)) return false;
  const auto words = words_of(text);
  if (words.empty() || words.size() > most_words_in_a_name || !starts_capitalized(words.front())) return false;
  if (ends_like_sentence(text)) return false;
  // A sentence break inside: ". The", "? Yes".
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    auto word = words[i];
    while (word.size() > 1 && (word.front() == '(' || word.front() == '"' || word.front() == '\'')) word.remove_prefix(1);
    if ((word.back() == '.' || word.back() == '?' || word.back() == '!') && word.size() > 3 && !grammar::abbreviations().find(word) &&
        !grammar::state_abbreviations().find(word) && is_upper(words[i + 1].front()) && !is_upper(word[word.size() - 2])) {
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

bool is_group_heading_like(std::string_view text) {
  const auto words = words_of(text);
  return !words.empty() && words.size() <= 8 && starts_capitalized(words.front()) && !ends_like_sentence(text) &&
         text.find(':') == std::string_view::npos;
}

bool is_sentence_intro(std::string_view text) {
  const auto words = words_of(text);
  if (words.size() > 15) return true;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const auto word = words[i];
    if (word.size() > 3 && (word.back() == '.' || word.back() == '?' || word.back() == '!') && !grammar::abbreviations().find(word) &&
        !grammar::state_abbreviations().find(word) && !is_upper(word[word.size() - 2]) && starts_capitalized(words[i + 1])) {
      return true;
    }
  }
  return false;
}

bool is_facility_name(std::string_view name) {
  for (const auto word : words_of(name)) {
    if (grammar::facility_words().find(word)) return true;
  }
  return false;
}

std::string_view without_rank_suffix(std::string_view text) {
  for (const std::string_view marker : {", No. ", " No. ", " #"}) {
    const auto at = text.rfind(marker);
    if (at == std::string_view::npos || at + marker.size() >= text.size() || !is_digit(text[at + marker.size()])) continue;
    // Only at the end: "No. 19;", "No. 48.", "#7 in Nursing" (a few words at most).
    if (words_of(text.substr(at)).size() <= 4) return text.substr(0, at);
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
  const auto words = words_of(text);
  if (words.empty()) return true;
  const auto first = words.front();
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
  const auto words = words_of(text);
  if (words.empty() || words.size() > 5) return false;
  const auto first = words.front();
  const auto c = first.front();
  if (is_digit(c) || c == '$' || c == '-' || c == '+' || first.substr(0, 2) == "\xC2\xA3" /* pound */ ||
      first.substr(0, 3) == "\xE2\x82\xAC" /* euro */) {
    return true;
  }
  // Grades: "A", "A+", "B-".
  return words.size() == 1 && is_upper(c) && first.size() <= 2 && (first.size() == 1 || first[1] == '+' || first[1] == '-');
}

bool is_region_label(std::string_view text) { return grammar::region_words().find(text) != nullptr || reads_as_place(text); }

bool is_non_ranking_heading(std::string_view title) {
  for (const auto word : words_of(title)) {
    auto bare = word;
    while (!bare.empty() && !std::isalnum(static_cast<unsigned char>(bare.back()))) bare.remove_suffix(1);
    if (!bare.empty() && grammar::non_ranking_words().find(bare)) return true;
  }
  return false;
}

}  // namespace rankparse::detail
