// A streaming JSON writer: appends to one std::string as it goes, no tree.
// Output is byte for byte what nlohmann::json's dump() gives for the same
// document: dump(2) for JsonLayout::pretty ("key": value, two-space indent,
// empty containers as {} and []), dump(-1) for JsonLayout::compact, strings
// escaped as with error_handler_t::replace (see value(std::string_view)).
//
// The caller keeps the calls balanced: key() only directly inside an object
// and before each of its values, begin_*/end_* paired.
#pragma once

#include <cassert>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rankparse/rankparse.hpp"

namespace rankparse::detail {

class JsonWriter {
 public:
  // `capacity`: bytes to reserve up front, a guess at the document's size.
  explicit JsonWriter(JsonLayout layout, std::size_t capacity = 0);

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // The member name for the value that follows; returns *this so that a
  // member reads as one line: writer.key("name").value(text). Names are
  // written as given: plain ASCII without quotes or backslashes.
  // Inline, so that a literal name's length is known where it is written.
  JsonWriter& key(std::string_view name) {
    assert(!open_.empty() && open_.back().object && !after_key_);
    next_member();
    // Keys are the emitter's own names, plain ASCII: nothing to escape.
    append('"');
    append(name);
    append(pretty_ ? std::string_view("\": ") : std::string_view("\":"));
    after_key_ = true;
    return *this;
  }

  // Quoted and escaped: `"` and `\` by a backslash, control characters below
  // 0x20 as \b \f \n \r \t or \u00xx (lowercase hex); every other byte of
  // valid UTF-8 as it is. An ill-formed UTF-8 sequence becomes U+FFFD, one for
  // each maximal invalid subpart, as nlohmann's error_handler_t::replace does.
  void value(std::string_view text);
  // Without this a string literal would convert to bool, not to string_view.
  void value(const char* text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(std::nullptr_t);
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  void value(T number) {
    before_value();
    constexpr std::size_t longest = 24;  // 20 digits and a sign cover any 64-bit integer
    if (out_.size() - size_ < longest) grow(longest);
    // Written straight into the buffer: no copy, no call to memcpy.
    size_ = static_cast<std::size_t>(std::to_chars(out_.data() + size_, out_.data() + size_ + longest, number).ptr - out_.data());
  }
  // An object of integer members ({"begin":0,"end":4,...}), the shape of
  // every span: the commonest object in the output, so the compact layout
  // writes it in one go instead of member by member.
  void integer_object(std::initializer_list<std::pair<std::string_view, std::size_t>> members);
  // null when empty.
  template <typename T>
  void value(const std::optional<T>& maybe) {
    if (maybe) {
      value(*maybe);
    } else {
      value(nullptr);
    }
  }

  // The document, once every container is closed.
  [[nodiscard]] std::string str() && {
    assert(open_.empty());
    out_.resize(size_);
    return std::move(out_);
  }

 private:
  struct Container {
    bool object = false;
    bool empty = true;  // nothing written in it yet
  };

  // Separator, line break and indent before a value or a key.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    // A value with no key: the top-level document or an array element.
    assert(open_.empty() || !open_.back().object);
    if (!open_.empty()) next_member();
  }
  void next_member() {
    auto& container = open_.back();
    if (!container.empty) append(',');
    container.empty = false;
    if (pretty_) newline_and_indent();
  }
  // out_ is a buffer whose first size_ bytes are the document: an append is
  // a bounds check and a copy, and the buffer grows only when full.
  void append(std::string_view bytes) {
    if (out_.size() - size_ < bytes.size()) grow(bytes.size());
    std::memcpy(out_.data() + size_, bytes.data(), bytes.size());
    size_ += bytes.size();
  }
  void append(char c) {
    if (size_ == out_.size()) grow(1);
    out_[size_++] = c;
  }
  void grow(std::size_t needed);
  void open(char bracket, bool object);
  void close(char bracket, bool object);
  void newline_and_indent();
  void append_quoted(std::string_view text);

  std::string out_;
  std::size_t size_ = 0;
  bool pretty_;
  bool after_key_ = false;       // the next value belongs to the key just written
  std::vector<Container> open_;  // innermost last
};

}  // namespace rankparse::detail
