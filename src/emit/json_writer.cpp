#include "emit/json_writer.hpp"

#include "utf8.hpp"

namespace rankparse::detail {
namespace {

void append_escape(std::string& out, unsigned char byte) {
  switch (byte) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  constexpr std::string_view hex = "0123456789abcdef";
  out += "\\u00";
  out += hex[byte >> 4U];
  out += hex[byte & 0xFU];
}

}  // namespace

JsonWriter::JsonWriter(JsonLayout layout, std::size_t capacity) : pretty_(layout == JsonLayout::pretty) {
  out_.reserve(capacity);
  open_.reserve(16);
}

void JsonWriter::begin_object() { open('{', true); }
void JsonWriter::end_object() { close('}', true); }
void JsonWriter::begin_array() { open('[', false); }
void JsonWriter::end_array() { close(']', false); }

JsonWriter& JsonWriter::key(std::string_view name) {
  assert(!open_.empty() && open_.back().object && !after_key_);
  next_member();
  // Keys are the emitter's own names, plain ASCII: nothing to escape.
  out_ += '"';
  out_ += name;
  out_ += pretty_ ? "\": " : "\":";
  after_key_ = true;
  return *this;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  append_quoted(text);
}

void JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
}

void JsonWriter::value(std::nullptr_t) {
  before_value();
  out_ += "null";
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  // A value with no key: the top-level document or an array element.
  assert(open_.empty() || !open_.back().object);
  if (!open_.empty()) next_member();
}

void JsonWriter::next_member() {
  auto& container = open_.back();
  if (!container.empty) out_ += ',';
  container.empty = false;
  if (pretty_) newline_and_indent();
}

void JsonWriter::open(char bracket, bool object) {
  before_value();
  out_ += bracket;
  open_.push_back({.object = object, .empty = true});
}

void JsonWriter::close(char bracket, bool object) {
  assert(!open_.empty() && open_.back().object == object && !after_key_);
  static_cast<void>(object);
  const bool empty = open_.back().empty;
  open_.pop_back();
  if (pretty_ && !empty) newline_and_indent();
  out_ += bracket;
}

void JsonWriter::newline_and_indent() {
  out_ += '\n';
  out_.append(2 * open_.size(), ' ');
}

void JsonWriter::append_quoted(std::string_view text) {
  out_ += '"';
  std::size_t copied = 0;  // text[copied, at) goes out as it is
  std::size_t at = 0;
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x80) {
      const auto sequence = scan_utf8(text, at);
      if (!sequence.valid) {
        out_.append(text, copied, at - copied);
        out_ += replacement_character;
        copied = at + sequence.length;
      }
      at += sequence.length;
    } else if (byte < 0x20 || byte == '"' || byte == '\\') {
      out_.append(text, copied, at - copied);
      append_escape(out_, byte);
      copied = ++at;
    } else {
      ++at;
    }
  }
  out_.append(text, copied, text.size() - copied);
  out_ += '"';
}

}  // namespace rankparse::detail
