#include "emit/json_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

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

// Whether none of the eight bytes in `word` needs more than a copy: no
// control byte, '"', '\\' or byte from 0x80 on. Most text is such bytes,
// and testing eight at a time is most of the speed of writing strings.
// (v - 0x01..) & ~v & 0x80.. is nonzero when some byte of v is zero, and
// (v - n * 0x01..) & ~v & 0x80.. when some byte is below n, for n <= 0x80.
bool eight_plain_bytes(std::uint64_t word) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL;
  constexpr std::uint64_t highs = 0x8080808080808080ULL;
  const auto has_zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  const std::uint64_t below_space = (word - ones * 0x20U) & ~word & highs;
  return ((word & highs) | below_space | has_zero_byte(word ^ (ones * '"')) | has_zero_byte(word ^ (ones * '\\'))) == 0;
}

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

void JsonWriter::integer_object(std::initializer_list<std::pair<std::string_view, std::size_t>> members) {
  if (pretty_) {
    begin_object();
    for (const auto& [name, number] : members) key(name).value(number);
    end_object();
    return;
  }
  before_value();
  constexpr std::size_t longest_number = 20;  // std::size_t in decimal
  std::size_t longest = 2;                    // the braces
  for (const auto& member : members) longest += member.first.size() + 4 + longest_number;  // "name":number,
  if (out_.size() - size_ < longest) grow(longest);
  char* at = out_.data() + size_;
  *at++ = '{';
  for (const auto& [name, number] : members) {
    if (at[-1] != '{') *at++ = ',';
    *at++ = '"';
    at = std::copy(name.begin(), name.end(), at);
    *at++ = '"';
    *at++ = ':';
    at = std::to_chars(at, out_.data() + out_.size(), number).ptr;
  }
  *at++ = '}';
  size_ = static_cast<std::size_t>(at - out_.data());
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
    while (at + 8 <= text.size() && eight_plain_bytes(eight_bytes_at(text, at))) at += 8;
    if (at == text.size()) break;
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
