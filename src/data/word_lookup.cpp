#include "grammar/word_lookup.hpp"

#include <algorithm>

namespace rankparse::grammar {

WordTable::WordTable(std::string_view tsv, Case case_mode) : case_mode_(case_mode) {
  while (!tsv.empty()) {
    const auto newline = tsv.find('\n');
    std::string_view line = tsv.substr(0, newline);
    tsv = newline == std::string_view::npos ? std::string_view() : tsv.substr(newline + 1);
    if (line.empty() || line.front() == '#') continue;
    Entry entry{line, {}, {}};
    if (const auto tab = line.find('\t'); tab != std::string_view::npos) {
      entry.text = line.substr(0, tab);
      entry.value = line.substr(tab + 1);
      if (const auto second = entry.value.find('\t'); second != std::string_view::npos) {
        entry.note = entry.value.substr(second + 1);
        entry.value = entry.value.substr(0, second);
      }
    }
    entries_.push_back(entry);
  }
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const auto text = entries_[i].text;
    const auto first = fold(static_cast<unsigned char>(text.front()));
    by_first_byte_[first].push_back({i, second_byte(text)});
  }
  for (auto& bucket : by_first_byte_) {
    std::stable_sort(bucket.begin(), bucket.end(),
                     [&](Candidate a, Candidate b) { return entries_[a.index].text.size() > entries_[b.index].text.size(); });
  }
}

bool WordTable::equal_prefix(std::string_view input, std::string_view text) const {
  if (input.size() < text.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (fold(static_cast<unsigned char>(input[i])) != fold(static_cast<unsigned char>(text[i]))) {
      return false;
    }
  }
  return true;
}

const WordTable::Entry* WordTable::find(std::string_view text) const {
  if (text.empty()) return nullptr;
  const auto second = second_byte(text);
  for (const auto candidate : by_first_byte_[fold(static_cast<unsigned char>(text.front()))]) {
    if (candidate.second != second) continue;  // an entry of the same length has the same second byte
    const auto& entry = entries_[candidate.index];
    if (entry.text.size() == text.size() && equal_prefix(text, entry.text)) return &entry;
  }
  return nullptr;
}

}  // namespace rankparse::grammar
