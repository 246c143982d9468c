// The lookup behind `table_word`: a TSV word list (`text<TAB>value`, `#`
// comments) indexed by first byte, longest entries first.
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
  };

  // `tsv` must outlive the table (it is static embedded data).
  WordTable(std::string_view tsv, Case case_mode);

  // Length of the longest entry that is a prefix of `input` and is followed by
  // a word boundary; 0 when none is.
  [[nodiscard]] std::size_t longest_match(std::string_view input) const;
  // The entry spelled `text` (the whole of it), or nullptr.
  [[nodiscard]] const Entry* find(std::string_view text) const;

 private:
  [[nodiscard]] bool equal_prefix(std::string_view input, std::string_view text) const;
  std::vector<Entry> entries_;
  // entries_ indices by first byte (folded when case-insensitive), longest first.
  std::array<std::vector<std::uint32_t>, 256> by_first_byte_;
  Case case_mode_;
};

}  // namespace rankparse::grammar
