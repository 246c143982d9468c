#include "source.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include <xxhash.h>

#include "utf8.hpp"

namespace rankparse::detail {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

// Whether one of the eight bytes at text[at] is below 0x0E, the range that
// holds LF and CR (and tab, a false alarm that costs only a closer look).
bool may_end_line(std::string_view text, std::size_t at) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  const auto word = eight_bytes_at(text, at);
  return ((word - ones * 0x0E) & ~word & (ones * 0x80)) != 0;
}

}  // namespace

Source::Source(std::string_view text) : text_(text), first_invalid_utf8_(find_invalid_utf8(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Most eight-byte runs hold no line end: they are skipped whole.
    while (i + 8 <= text.size() && !may_end_line(text, i)) i += 8;
    if (i == text.size()) break;
    // LF, CRLF and a lone CR each end one line.
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) line_starts_.push_back(i + 1);
  }
  cursor_.offset = content_start(0);
}

std::size_t Source::content_start(std::size_t line) const {
  // A byte-order mark is no character of the first line: its text starts at column 1.
  return line == 0 && text_.starts_with(byte_order_mark) ? byte_order_mark.size() : line_starts_[line];
}

std::size_t Source::line_index(std::size_t offset) const {
  return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin()) - 1;
}

Span Source::span(RawSpan raw) const {
  // Most spans fall on the line of the one before: no search for it then.
  const bool on_cursor_line = raw.begin >= line_starts_[cursor_.line] &&
                              (cursor_.line + 1 == line_starts_.size() || raw.begin < line_starts_[cursor_.line + 1]);
  const auto index = on_cursor_line ? cursor_.line : line_index(raw.begin);
  if (cursor_.line != index || cursor_.offset > raw.begin) cursor_ = {index, std::min(content_start(index), raw.begin), 1};
  // Eight ASCII bytes are eight characters: counted without a look at each.
  while (cursor_.offset + 8 <= std::min(raw.begin, text_.size()) && eight_ascii_bytes_at(text_, cursor_.offset)) {
    cursor_.offset += 8;
    cursor_.column += 8;
  }
  for (; cursor_.offset < raw.begin && cursor_.offset < text_.size(); ++cursor_.offset) {
    if (!is_continuation(static_cast<unsigned char>(text_[cursor_.offset]))) ++cursor_.column;
  }
  return Span{.begin = raw.begin, .end = raw.end, .line = index + 1, .column = cursor_.column};
}

std::string_view Source::line_text(std::size_t offset) const {
  const auto begin = line_starts_[line_index(offset)];
  auto end = begin;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  return text_.substr(begin, end - begin);
}

std::string Source::hash() const {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(XXH3_64bits(text_.data(), text_.size())));
  return std::string("xxh3:") + hex;
}

}  // namespace rankparse::detail
