#include "source.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include <utf8proc.h>
#include <xxhash.h>

namespace rankparse::detail {
namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t offset = 0;
  while (offset < text.size()) {
    if (bytes[offset] < 0x80) {  // ASCII: the common case, no call needed
      ++offset;
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const auto length = utf8proc_iterate(bytes + offset, static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
    if (length < 0) return offset;
    offset += static_cast<std::size_t>(length);
  }
  return std::nullopt;
}

}  // namespace

Source::Source(std::string_view text) : text_(text), first_invalid_utf8_(find_invalid_utf8(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    // LF, CRLF and a lone CR each end one line.
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) line_starts_.push_back(i + 1);
  }
}

std::size_t Source::line_index(std::size_t offset) const {
  return static_cast<std::size_t>(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - line_starts_.begin()) - 1;
}

Span Source::span(RawSpan raw) const {
  const auto index = line_index(raw.begin);
  if (cursor_.line != index || cursor_.offset > raw.begin) cursor_ = {index, line_starts_[index], 1};
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
