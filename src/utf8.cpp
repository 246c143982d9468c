#include "utf8.hpp"

namespace rankparse::detail {

Utf8Sequence scan_utf8(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t continuation_bytes = 0;
  // Allowed range of the first continuation byte; the others take 80..BF.
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation_bytes = 1;
  } else if (lead == 0xE0) {
    continuation_bytes = 2;
    low = 0xA0;
  } else if (lead == 0xED) {
    continuation_bytes = 2;
    high = 0x9F;
  } else if (lead >= 0xE1 && lead <= 0xEF) {
    continuation_bytes = 2;
  } else if (lead == 0xF0) {
    continuation_bytes = 3;
    low = 0x90;
  } else if (lead == 0xF4) {
    continuation_bytes = 3;
    high = 0x8F;
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    continuation_bytes = 3;
  } else {
    return {};  // 80..C1 or F5..FF: never a lead byte
  }
  std::size_t length = 1;
  for (; length <= continuation_bytes; ++length) {
    if (at + length >= text.size()) return {length, false};
    const auto byte = static_cast<unsigned char>(text[at + length]);
    if (byte < low || byte > high) return {length, false};
    low = 0x80;
    high = 0xBF;
  }
  return {length, true};
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    if (at + 8 <= text.size() && eight_ascii_bytes_at(text, at)) {  // ASCII: the common case
      at += 8;
      continue;
    }
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    const auto sequence = scan_utf8(text, at);
    if (!sequence.valid) return at;
    at += sequence.length;
  }
  return std::nullopt;
}

Utf8Repair replace_invalid_utf8(std::string_view text) {
  Utf8Repair repair;
  repair.text.reserve(text.size());
  std::size_t copied = 0;  // text[copied, at) goes out as it is
  for (std::size_t at = 0; at < text.size();) {
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    const auto sequence = scan_utf8(text, at);
    if (!sequence.valid) {
      repair.text.append(text, copied, at - copied);
      repair.text += replacement_character;
      ++repair.replaced;
      copied = at + sequence.length;
    }
    at += sequence.length;
  }
  repair.text.append(text, copied, text.size() - copied);
  return repair;
}

}  // namespace rankparse::detail
