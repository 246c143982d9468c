#include "emit/json_writer.hpp"

#include <algorithm>
#include <array>

#include "utf8.hpp"

namespace rankparse::detail {
namespace {

// The escape of a byte JSON strings may not hold as it is.
std::string_view escape_of(unsigned char byte, std::array<char, 6>& buffer) {
  switch (byte) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: break;
  }
  constexpr std::string_view hex = "0123456789abcdef";
  buffer = {'\\', 'u', '0', '0', hex[byte >> 4U], hex[byte & 0xFU]};
  return {buffer.data(), buffer.size()};
}

// What each byte needs in a JSON string: nothing, an escape, or (from 0x80
// on) a check that it begins a well-formed UTF-8 sequence.
enum class ByteKind : unsigned char { plain, escaped, non_ascii };
constexpr auto byte_kinds = [] {
  std::array<ByteKind, 256> kinds{};
  for (std::size_t byte = 0; byte < kinds.size(); ++byte) {
    kinds[byte] = byte >= 0x80 ? ByteKind::non_ascii : (byte < 0x20 || byte == '"' || byte == '\\') ? ByteKind::escaped : ByteKind::plain;
  }
  return kinds;
}();

}  // namespace

JsonWriter::JsonWriter(JsonLayout layout, std::size_t capacity) : pretty_(layout == JsonLayout::pretty) {
  out_.resize(capacity);
  open_.reserve(16);
}

void JsonWriter::grow(std::size_t needed) { out_.resize(std::max(2 * out_.size(), size_ + needed + 256)); }

void JsonWriter::begin_object() { open('{', true); }
void JsonWriter::end_object() { close('}', true); }
void JsonWriter::begin_array() { open('[', false); }
void JsonWriter::end_array() { close(']', false); }

void JsonWriter::value(std::string_view text) {
  before_value();
  append_quoted(text);
}

void JsonWriter::value(bool flag) {
  before_value();
  append(flag ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::value(std::nullptr_t) {
  before_value();
  append(std::string_view("null"));
}

void JsonWriter::open(char bracket, bool object) {
  before_value();
  append(bracket);
  open_.push_back({.object = object, .empty = true});
}

void JsonWriter::close(char bracket, bool object) {
  assert(!open_.empty() && open_.back().object == object && !after_key_);
  static_cast<void>(object);
  const bool empty = open_.back().empty;
  open_.pop_back();
  if (pretty_ && !empty) newline_and_indent();
  append(bracket);
}

void JsonWriter::newline_and_indent() {
  append('\n');
  for (std::size_t i = 0; i < open_.size(); ++i) append(std::string_view("  "));
}

void JsonWriter::append_quoted(std::string_view text) {
  append('"');
  std::size_t copied = 0;  // text[copied, at) goes out as it is
  std::size_t at = 0;
  std::array<char, 6> buffer{};
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    switch (byte_kinds[byte]) {
      case ByteKind::plain:
        ++at;
        break;
      case ByteKind::escaped:
        append(text.substr(copied, at - copied));
        append(escape_of(byte, buffer));
        copied = ++at;
        break;
      case ByteKind::non_ascii: {
        const auto sequence = scan_utf8(text, at);
        if (!sequence.valid) {
          append(text.substr(copied, at - copied));
          append(replacement_character);
          copied = at + sequence.length;
        }
        at += sequence.length;
        break;
      }
    }
  }
  append(text.substr(copied));
  append('"');
}

}  // namespace rankparse::detail
