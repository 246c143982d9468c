// UTF-8 well-formedness, shared by the input check, the repair of bad bytes
// and the JSON writer, so all three agree on what a bad sequence is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace rankparse::detail {

// The UTF-8 sequence that starts at text[at], a byte >= 0x80: how many bytes
// it takes and whether it is well formed (Unicode Table 3-7: no overlongs, no
// surrogates, nothing past U+10FFFF). When it is not, `length` is its maximal
// subpart: the lead byte and the continuation bytes that could still have
// begun a valid sequence, at least one byte.
struct Utf8Sequence {
  std::size_t length = 1;
  bool valid = false;
};
[[nodiscard]] Utf8Sequence scan_utf8(std::string_view text, std::size_t at);

// Byte offset of the first byte that is not well-formed UTF-8, if any.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// The eight bytes at text[at] as one word, for scanning runs of plain text
// a word at a time. Needs at + 8 <= text.size().
[[nodiscard]] inline std::uint64_t eight_bytes_at(std::string_view text, std::size_t at) {
  std::uint64_t word = 0;
  std::memcpy(&word, text.data() + at, sizeof word);
  return word;
}
// Whether the eight bytes at text[at] are all ASCII.
[[nodiscard]] inline bool eight_ascii_bytes_at(std::string_view text, std::size_t at) {
  return (eight_bytes_at(text, at) & 0x8080808080808080ULL) == 0;
}

inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

struct Utf8Repair {
  std::string text;              // each maximal bad subpart replaced by U+FFFD
  std::size_t replaced = 0;      // how many were replaced
};
[[nodiscard]] Utf8Repair replace_invalid_utf8(std::string_view text);

}  // namespace rankparse::detail
