// The lookup behind `table_word`: a TSV word list (`text<TAB>value`, an
// optional third column, `#` comments) indexed by first byte, longest first.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace rankparse::grammar {

class WordTable {
 public:
  enum class Case { sensitive, insensitive };
  struct Entry {
    std::string_view text;
    std::string_view value;
    std::string_view note;  // an optional third column
  };

  // `tsv` must outlive the table (it is static embedded data).
  WordTable(std::string_view tsv, Case case_mode);

  // Length of the longest entry that is a prefix of `input` and either ends in
  // punctuation ("Sept.") or is followed by what `is_boundary(rest)` accepts;
  // 0 when none is. The grammar passes its own word-end rule, so a curly
  // apostrophe or a no-break space ends a word here exactly as in the rules.
  template <typename IsBoundary>
  [[nodiscard]] std::size_t longest_match(std::string_view input, const IsBoundary& is_boundary) const {
    if (input.empty()) return 0;
    const auto second = second_byte(input);
    for (const auto candidate : by_first_byte_[fold(static_cast<unsigned char>(input.front()))]) {
      if (candidate.second != 0 && candidate.second != second) continue;
      const auto text = entries_[candidate.index].text;
      if (!equal_prefix(input, text)) continue;
      if (ends_in_punctuation(text) || is_boundary(input.substr(text.size()))) return text.size();
    }
    return 0;
  }
  // Every entry, in the file's order.
  [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }
  // The entry spelled `text` (the whole of it), or nullptr.
  [[nodiscard]] const Entry* find(std::string_view text) const;

 private:
  [[nodiscard]] bool equal_prefix(std::string_view input, std::string_view text) const;
  [[nodiscard]] unsigned char fold(unsigned char c) const {
    return (case_mode_ == Case::insensitive && c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
  }
  // The second byte of `text`, folded; 0 when it has one byte.
  [[nodiscard]] unsigned char second_byte(std::string_view text) const {
    return text.size() > 1 ? fold(static_cast<unsigned char>(text[1])) : static_cast<unsigned char>(0);
  }
  [[nodiscard]] static bool ends_in_punctuation(std::string_view text) {
    const auto last = static_cast<unsigned char>(text.back());
    return last < 0x80 && !((last >= '0' && last <= '9') || (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z'));
  }
  // An entry filed under its first byte, with its second byte (folded; 0
  // for a one-byte entry) so that most entries are passed over unread.
  struct Candidate {
    std::uint32_t index;
    unsigned char second;
  };
  std::vector<Entry> entries_;
  // Candidates by first byte (folded when case-insensitive), longest first.
  std::array<std::vector<Candidate>, 256> by_first_byte_;
  Case case_mode_;
};

}  // namespace rankparse::grammar
